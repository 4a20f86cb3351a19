"""policywatch's store: documents, revisions, duplicates, fetches and events in SQL.

`store` imports nothing else of policywatch's. Open it with `Store(url)`; every write
happens inside `with store.transaction():` (each method opens its own when none is open).
"""

from __future__ import annotations

from .actions import ACTION_KINDS, ActionRecord, ActionsMixin, NewAction, kind_rank
from .catalog import CatalogMixin
from .errors import DatabaseUnavailable, NotFound, SchemaTooNew, StoreError
from .history import HistoryMixin, sentence_diff
from .outbox import DeliveryRecord, OutboxMixin, PendingEvent
from .pages import PagesMixin, StoredPage
from .records import (
    DocumentRecord,
    EventRecord,
    FetchRecord,
    RawPage,
    RevisionRecord,
    SourceRecord,
    TrackResult,
)

__all__ = [
    "ACTION_KINDS",
    "ActionRecord",
    "DatabaseUnavailable",
    "DeliveryRecord",
    "DocumentRecord",
    "EventRecord",
    "FetchRecord",
    "NewAction",
    "NotFound",
    "PendingEvent",
    "RawPage",
    "RevisionRecord",
    "SchemaTooNew",
    "SourceRecord",
    "Store",
    "StoreError",
    "StoredPage",
    "TrackResult",
    "kind_rank",
    "sentence_diff",
]


class Store(HistoryMixin, CatalogMixin, OutboxMixin, ActionsMixin, PagesMixin):
    """The whole store: open with a SQLAlchemy URL; migrations run on open."""
