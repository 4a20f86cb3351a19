"""`policywatch reclean`: run the current cleaner over every stored raw page.

Two passes over the newest raw page of each document: the first teaches each host's
template every stored page (pages counted before are not counted again), the second
cleans each page with its host's template and tracks the text through the store's normal
path, so a revision is made only where the text truly changed (compared on words). Those
revisions come from the cleaner, not from the site, so they are never announced.
"""

from __future__ import annotations

import codecs
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime

import click

from store import Store, StoredPage

from .charset import decode_body
from .cli import _config_option, _echo_json, _failures, _json_option, _load, cli
from .model import Cleaned
from .templates import clean_for_host, learn
from .tracking import store_page

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


def _decode(page: StoredPage) -> str:
    if page.encoding:
        try:
            codecs.lookup(page.encoding)
            return page.body.decode(page.encoding, errors="replace")
        except LookupError:
            pass
    return decode_body(page.body, page.content_type)[0]


def _clean(store: Store, page: StoredPage) -> tuple[Cleaned, frozenset[str]]:
    return clean_for_host(store, _decode(page), page.url, page.content_type)


def reclean_store(store: Store, clock: Callable[[], datetime]) -> ReCleanSummary:
    """Learn templates from every stored page, then re-clean and re-track each document."""
    summary = ReCleanSummary()
    for page in store.latest_raw_pages():
        cleaned, _ = _clean(store, page)
        summary.learned += learn(store, page.url, cleaned, clock())
    for page in store.latest_raw_pages():
        summary.documents += 1
        cleaned, _ = _clean(store, page)
        if not cleaned.paragraphs:
            summary.empty += 1
            continue
        doc = store.document(page.document_id)
        with store.transaction():
            result = store_page(
                store, cleaned, url=doc.url, fetch_url=doc.fetch_url, raw=None,
                source_id=doc.source_id, at=clock(), baseline=True,
                published=cleaned.published or doc.published, title=cleaned.title or doc.title,
                etag=doc.etag, last_modified=doc.last_modified)
        if result.status == "revision":
            summary.revised += 1
            log.info("re-cleaned %s: revision %s", doc.url, result.revision_id)
        else:
            summary.unchanged += 1
    return summary


@cli.command()
@_config_option
@_json_option
def reclean(config_path: str | None, as_json: bool) -> None:
    """Re-run the current cleaner over the stored raw pages; revise only changed texts."""
    from .clock import make_clock
    from .runtime import open_store

    config = _load(config_path)
    with _failures():
        summary = reclean_store(open_store(config), make_clock(None))
    if as_json:
        _echo_json(asdict(summary))
    else:
        click.echo(f"{summary.documents} documents re-cleaned: {summary.revised} revised, "
                   f"{summary.unchanged} unchanged, {summary.empty} without main text now; "
                   f"{summary.learned} pages newly learned into their host's template")
