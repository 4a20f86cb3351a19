"""Raw pages kept for re-cleaning, and per-host page templates learned from stored pages.

A host's template is the set of block fingerprints seen on at least `min_pages` distinct
pages of that host. A page is counted once per host however often it is fetched again.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, and_, delete, func, select

from . import schema
from .db import StoreBase, insert_or

__all__ = ["PagesMixin", "StoredPage"]

_CHUNK = 400  # bound parameters per statement, well under every database's limit
EXPIRE_WINDOW = 200  # a block not yet a template is forgotten once this many later pages ...
EXPIRE_EVERY = 16  # ... looked at, on one page in this many


@dataclass(frozen=True)
class StoredPage:
    """The newest raw page of a document, decompressed, with what it was stored under."""

    document_id: int
    raw_id: int
    url: str
    content_type: str
    encoding: str | None
    body: bytes


def _page_key(url: str) -> str:
    return hashlib.blake2b(url.encode("utf-8", "replace"), digest_size=8).hexdigest()


class PagesMixin(StoreBase):
    """Newest raw page per document; learning and reading per-host templates."""

    def latest_raw_pages(self, batch: int = 200) -> Iterator[StoredPage]:
        """The newest raw page of every document that has one, by document id."""
        raws = schema.raw_pages
        newest = (select(raws.c.document_id, func.max(raws.c.id).label("raw_id"))
                  .group_by(raws.c.document_id).subquery())
        after = 0
        while True:
            with self.transaction() as conn:
                rows = conn.execute(
                    select(raws).join(newest, raws.c.id == newest.c.raw_id)
                    .where(raws.c.document_id > after).order_by(raws.c.document_id)
                    .limit(batch)).all()
            if not rows:
                return
            for row in rows:
                yield StoredPage(row.document_id, row.id, row.url, row.content_type,
                                 row.encoding, zlib.decompress(row.body))
            after = rows[-1].document_id

    def host_template(self, host: str, min_pages: int) -> frozenset[str]:
        """Fingerprints of the blocks seen on at least `min_pages` distinct pages of host."""
        table = schema.host_templates
        with self.transaction() as conn:
            found = conn.execute(select(table.c.fingerprint).where(
                and_(table.c.host == host, table.c.pages >= min_pages))).scalars()
            return frozenset(found)

    def learn_template(self, host: str, url: str, fingerprints: Iterable[str],
                       at: datetime, *, expire_below: int = 0) -> bool:
        """Count a page's blocks for its host; False (nothing counted) if the page was before.

        With `expire_below`, blocks on fewer pages than that which were first seen before
        the host's last EXPIRE_WINDOW pages are forgotten: a block no later page repeated is
        the page's own text, not the frame. This runs on one page in EXPIRE_EVERY (picked by
        the page's key, so the same pages always), which bounds its cost.
        """
        pages, table = schema.host_template_pages, schema.host_templates
        key = _page_key(url)
        wanted = sorted(set(fingerprints))
        # One page of a host at a time (the blocks' rows are shared, and the expiry deletes
        # them in its own order); other hosts' pages meanwhile. Never under TRACK_LOCK.
        with self.transaction(lock=f"template {host}") as conn:
            # Whichever process inserts the page's row counts its blocks; the other none.
            counted = conn.execute(insert_or(conn, pages).values(
                host=host, page=key, learned_at=at,
            ).on_conflict_do_nothing(index_elements=[pages.c.host, pages.c.page])
                .returning(pages.c.page)).first()
            if counted is None:
                return False
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start:start + _CHUNK]
                stmt = insert_or(conn, table)
                conn.execute(stmt.on_conflict_do_update(
                    index_elements=[table.c.host, table.c.fingerprint],
                    set_={"pages": table.c.pages + 1}),
                    [{"host": host, "fingerprint": f, "pages": 1, "first_seen_at": at}
                     for f in chunk])
            if expire_below and int(key, 16) % EXPIRE_EVERY == 0:
                _expire(conn, host, expire_below)
        return True


def _expire(conn: Connection, host: str, below: int) -> None:
    pages, table = schema.host_template_pages, schema.host_templates
    cutoff = conn.execute(
        select(pages.c.learned_at).where(pages.c.host == host)
        .order_by(pages.c.learned_at.desc()).offset(EXPIRE_WINDOW).limit(1)).scalar()
    if cutoff is not None:
        conn.execute(delete(table).where(and_(
            table.c.host == host, table.c.pages < below, table.c.first_seen_at < cutoff)))
