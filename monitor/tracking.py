"""Store one cleaned page and the actions it announces (shared by runs and ingest)."""

from __future__ import annotations

from datetime import datetime

from store import RawPage, Store, TrackResult

from .actions import find_actions, find_actions_in
from .model import Cleaned

__all__ = ["store_page"]


def store_page(
    store: Store, cleaned: Cleaned, *, url: str, fetch_url: str, raw: RawPage | None,
    source_id: int | None, at: datetime, baseline: bool = False,
    published: datetime | None = None, title: str | None = None,
    etag: str | None = None, last_modified: str | None = None,
) -> TrackResult:
    """Track the page; a new document records all its actions, a revision only its added ones."""
    with store.transaction():
        result = store.track(
            url=url, fetch_url=fetch_url, title=title if title is not None else cleaned.title,
            published=published or cleaned.published, body=cleaned.text, raw=raw,
            source_id=source_id, at=at, baseline=baseline, etag=etag,
            last_modified=last_modified)
        if result.revision_id is not None:
            found = (find_actions(cleaned.text) if result.status in ("new", "duplicate")
                     else find_actions_in(result.added))
            store.record_actions(result.document_id, result.revision_id, found)
    return result
