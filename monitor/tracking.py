"""Track one cleaned page: learn its host's template, settle, store, record its actions.

The one way a page enters the store, used alike by `run` (the pipeline), `ingest` and
`reclean`, in one transaction: the template's counts, the document, its revision and its
actions are written together or not at all.
"""

from __future__ import annotations

from datetime import datetime

from store import TRACK_LOCK, RawPage, Store, TrackResult

from .actions import find_actions, find_actions_in
from .clean import Cleaned
from .templates import learn, settle

__all__ = ["track_page"]


def track_page(
    store: Store, cleaned: Cleaned, *, url: str, fetch_url: str, at: datetime,
    template: frozenset[str] = frozenset(), learn_from: str | None = None,
    raw: RawPage | None = None, source_id: int | None = None, baseline: bool = False,
    published: datetime | None = None, title: str | None = None,
    etag: str | None = None, last_modified: str | None = None,
) -> TrackResult:
    """Store a cleaned page as a new document, a revision, unchanged or a duplicate.

    `url` is the document's URL (canonical), `fetch_url` the one to fetch it again.
    `learn_from`: the URL the page was cleaned under, whose host's template counts its
    blocks (None: count nothing). `template`: the blocks it was cleaned with; a text that
    differs from the stored one only by them is kept as the stored one (empty: no settling,
    as when `reclean` applies the current cleaner on purpose). A new document records all
    its actions, a revision only those of its added sentences.
    """
    # Work that needs no lock is done first: the body packed for storing, the actions of a
    # page no document has yet (the common case of a new page, found again under the lock
    # only if the guess was wrong), and the host template's counts, whose rows are locked
    # by host, never while the store step's lock is held (no lock waits on the other).
    if raw is not None:
        _ = raw.packed
    day = published or cleaned.published  # the statement's date and headline:
    headline = title if title is not None else cleaned.title  # history, restatements
    guess = (cleaned.text, find_actions(cleaned.text, published=day, title=headline)) \
        if store.document_at(fetch_url, url) is None else None
    with store.transaction():
        if learn_from is not None:
            learn(store, learn_from, cleaned, at)
        # Under the store step's lock, across processes: the duplicate check and the
        # document's next revision number see every page stored before, and events commit
        # in id order.
        with store.transaction(lock=TRACK_LOCK):
            cleaned = settle(store, cleaned, template, fetch_url, cleaned.url)
            result = store.track(
                url=url, fetch_url=fetch_url, title=headline, published=day,
                body=cleaned.text, raw=raw, source_id=source_id, at=at, baseline=baseline,
                etag=etag, last_modified=last_modified)
            if result.revision_id is not None:
                if result.status not in ("new", "duplicate"):
                    found = find_actions_in(result.added, published=day, title=headline,
                                            whole=False)
                elif guess is not None and guess[0] == cleaned.text:
                    found = guess[1]
                else:
                    found = find_actions(cleaned.text, published=day, title=headline)
                store.record_actions(result.document_id, result.revision_id, found)
    return result
