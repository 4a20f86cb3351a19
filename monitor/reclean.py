"""Re-clean the store: run the current cleaner over every stored raw page.

Two passes over the newest raw page of each document: the first teaches each host's
template every stored page (pages counted before are not counted again), the second
cleans each page with its host's template and tracks the text through `track_page`, so a
revision is made only where the text truly changed (compared on words). Those revisions
come from the cleaner, not from the site, so they are never announced.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from store import Store, StoredPage

from .clean import Cleaned
from .fetch import decode_stored
from .templates import clean_for_host, learn
from .tracking import track_page

__all__ = ["ReCleanSummary", "reclean_store"]

log = logging.getLogger(__name__)


@dataclass
class ReCleanSummary:
    """What `reclean` did, printed as text or as one JSON object."""

    documents: int = 0
    revised: int = 0
    unchanged: int = 0
    empty: int = 0  # the cleaner finds no main text now: the stored text is kept
    learned: int = 0  # pages newly counted into their host's template


def _clean(store: Store, page: StoredPage) -> Cleaned:
    text = decode_stored(page.body, page.encoding, page.content_type)
    return clean_for_host(store, text, page.url, page.content_type)[0]


def reclean_store(store: Store, clock: Callable[[], datetime]) -> ReCleanSummary:
    """Learn templates from every stored page, then re-clean and re-track each document."""
    summary = ReCleanSummary()
    for page in store.latest_raw_pages():
        summary.learned += learn(store, page.url, _clean(store, page), clock())
    for page in store.latest_raw_pages():
        summary.documents += 1
        cleaned = _clean(store, page)
        if not cleaned.paragraphs:
            summary.empty += 1
            continue
        doc = store.document(page.document_id)
        result = track_page(
            store, cleaned, url=doc.url, fetch_url=doc.fetch_url, at=clock(),
            source_id=doc.source_id, baseline=True,
            published=cleaned.published or doc.published, title=cleaned.title or doc.title,
            etag=doc.etag, last_modified=doc.last_modified)
        if result.status == "revision":
            summary.revised += 1
            log.info("re-cleaned %s: revision %s", doc.url, result.revision_id)
        else:
            summary.unchanged += 1
    return summary
