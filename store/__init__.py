"""policywatch's store: documents, revisions, duplicates, fetches and events in SQL.

`store` imports nothing else of policywatch's. Open it with `Store(url)`; every write
happens inside `with store.transaction():` (each method opens its own when none is open).
"""

from __future__ import annotations

from .actions import ACTION_KINDS, ActionRecord, ActionsMixin, NewAction, kind_rank
from .browse import BrowseMixin, FoundAction
from .catalog import CatalogMixin
from .db import TRACK_LOCK, sqlite_path
from .errors import DatabaseMissing, DatabaseUnavailable, NotFound, SchemaTooNew, StoreError
from .history import HistoryMixin, sentence_diff
from .leases import LeasesMixin, WorkerRecord, WorkQueue
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
from .views import DocumentView, Finding, FindingFilter, FindingsPage, SearchHit, ViewsMixin
from .watch import Incident, WatchMixin

__all__ = [
    "ACTION_KINDS",
    "TRACK_LOCK",
    "ActionRecord",
    "DatabaseMissing",
    "DatabaseUnavailable",
    "DeliveryRecord",
    "DocumentRecord",
    "DocumentView",
    "EventRecord",
    "FetchRecord",
    "Finding",
    "FindingFilter",
    "FindingsPage",
    "FoundAction",
    "Incident",
    "NewAction",
    "NotFound",
    "PendingEvent",
    "RawPage",
    "RevisionRecord",
    "SchemaTooNew",
    "SearchHit",
    "SourceRecord",
    "Store",
    "StoreError",
    "StoredPage",
    "TrackResult",
    "WorkQueue",
    "WorkerRecord",
    "kind_rank",
    "sentence_diff",
    "sqlite_path",
]


class Store(HistoryMixin, CatalogMixin, OutboxMixin, ActionsMixin, PagesMixin, WatchMixin,
            BrowseMixin, ViewsMixin, LeasesMixin):
    """The whole store: open with a SQLAlchemy URL; migrations run on open (with
    `read_only=True`: an existing database only, opened read-only)."""
