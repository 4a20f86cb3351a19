"""Tracking: one document per canonical URL, a revision per text change, duplicates across URLs."""

from __future__ import annotations

import json
import zlib
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, func, or_, select, text, update

from . import dedup, reposts, schema
from .changes import FLAP_WINDOW, classify, frame_sentences
from .db import TRACK_LOCK, StoreBase
from .diff import sentence_opcodes
from .records import ChangeClass, DocumentRecord, RawPage, RevisionRecord, TrackResult
from .text import sentence_key, split_sentences, text_hash

__all__ = ["HistoryMixin", "sentence_diff"]


def sentence_diff(old: str, new: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Sentences added and removed between two texts, compared on their normalised form."""
    old_s, new_s = split_sentences(old), split_sentences(new)
    old_k, new_k = [sentence_key(s) for s in old_s], [sentence_key(s) for s in new_s]
    added: list[str] = []
    removed: list[str] = []
    for tag, i1, i2, j1, j2 in sentence_opcodes(old_k, new_k):
        if tag in ("replace", "delete"):
            removed.extend(old_s[i1:i2])
        if tag in ("replace", "insert"):
            added.extend(new_s[j1:j2])
    # A sentence that only moved is neither added nor removed.
    moved = {sentence_key(s) for s in added} & {sentence_key(s) for s in removed}
    return (
        tuple(s for s in added if sentence_key(s) not in moved),
        tuple(s for s in removed if sentence_key(s) not in moved),
    )


def _document(row: Row[Any]) -> DocumentRecord:
    return DocumentRecord(**row._mapping)


def _revision(row: Row[Any]) -> RevisionRecord:
    data = dict(row._mapping)
    data["added"] = tuple(json.loads(data["added"]))
    data["removed"] = tuple(json.loads(data["removed"]))
    return RevisionRecord(**data)


class HistoryMixin(StoreBase):
    """Documents, revisions and raw pages."""

    def document_for(self, url: str) -> DocumentRecord | None:
        """The document at this canonical or fetched URL, if any."""
        return self.document_at(url)

    def document_at(self, *urls: str) -> DocumentRecord | None:
        """The document at the first of these URLs (canonical or fetched) that has one, in
        one query."""
        docs = schema.documents
        wanted = list(dict.fromkeys(urls))
        with self.transaction() as conn:
            rows = conn.execute(select(docs).where(or_(
                docs.c.url.in_(wanted), docs.c.fetch_url.in_(wanted))).order_by(docs.c.id)).all()
        for url in wanted:
            for row in rows:
                if url in (row.url, row.fetch_url):
                    return _document(row)
        return None

    def _store_raw(self, conn: Connection, doc_id: int, raw: RawPage, at: datetime, *,
                   new: bool = False) -> int | None:
        raws = schema.raw_pages
        sha, packed = raw.packed
        last = None if new else conn.execute(
            select(raws.c.id, raws.c.sha256)
            .where(raws.c.document_id == doc_id)
            .order_by(raws.c.id.desc())
            .limit(1)
        ).first()
        if last is not None and last.sha256 == sha:
            return int(last.id)
        result = conn.execute(
            raws.insert().values(
                document_id=doc_id, fetched_at=at, url=raw.url, content_type=raw.content_type,
                encoding=raw.encoding, sha256=sha, size=len(raw.body),
                body=packed,
            )
        )
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def _index_text(self, conn: Connection, doc_id: int, title: str, body: str, *,
                    new: bool = False) -> None:
        if new:  # nothing indexed under this id yet
            dedup.index_many(conn, [(doc_id, body)])
        else:
            dedup.index(conn, doc_id, body)
        if conn.dialect.name == "sqlite":
            if not new:
                conn.execute(text("DELETE FROM documents_fts WHERE rowid = :id"),
                             {"id": doc_id})
            conn.execute(
                text("INSERT INTO documents_fts (rowid, title, text) VALUES (:id, :title, :text)"),
                {"id": doc_id, "title": title, "text": body},
            )

    def _add_revision(
        self, conn: Connection, doc_id: int, number: int, at: datetime, title: str,
        published: datetime | None, body: str, digest: str, raw_id: int | None,
        added: tuple[str, ...] = (), removed: tuple[str, ...] = (),
        change: ChangeClass | None = None, score: float | None = None,
    ) -> int:
        result = conn.execute(
            schema.revisions.insert().values(
                document_id=doc_id, number=number, fetched_at=at, title=title,
                published=published, text=body, text_hash=digest, added=json.dumps(added),
                removed=json.dumps(removed), change=change, score=score, raw_id=raw_id,
            )
        )
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def _event(
        self, conn: Connection, kind: str, doc_id: int, rev_id: int | None,
        source_id: int | None, at: datetime, baseline: bool, announce: bool,
        original_id: int | None = None,
    ) -> None:
        conn.execute(
            schema.events.insert().values(
                at=at, kind=kind, document_id=doc_id, revision_id=rev_id, source_id=source_id,
                baseline=baseline, announce=announce and not baseline, original_id=original_id,
            )
        )

    def track(
        self, *, url: str, fetch_url: str, title: str, published: datetime | None,
        body: str, raw: RawPage | None, source_id: int | None, at: datetime,
        baseline: bool = False, etag: str | None = None, last_modified: str | None = None,
    ) -> TrackResult:
        """Store one cleaned page: new, a revision with its diff, unchanged, or a duplicate."""
        digest = text_hash(title + "\n" + body)
        with self.transaction(lock=TRACK_LOCK) as conn:
            existing = self.document_at(fetch_url, url)
            if existing is not None:
                return self._track_existing(
                    conn, existing, title, published, body, digest, raw, source_id, at,
                    baseline, etag, last_modified,
                )
            return self._track_new(
                conn, url, fetch_url, title, published, body, digest, raw, source_id, at,
                baseline, etag, last_modified,
            )

    def _track_existing(
        self, conn: Connection, doc: DocumentRecord, title: str, published: datetime | None,
        body: str, digest: str, raw: RawPage | None, source_id: int | None, at: datetime,
        baseline: bool, etag: str | None, last_modified: str | None,
    ) -> TrackResult:
        docs, revs = schema.documents, schema.revisions
        raw_id = self._store_raw(conn, doc.id, raw, at) if raw else None
        state = {"last_checked_at": at, "failures": 0, "last_error": None, "status": "active",
                 "etag": etag, "last_modified": last_modified}
        if digest == doc.text_hash:
            conn.execute(update(docs).where(docs.c.id == doc.id).values(**state))
            return TrackResult("unchanged", doc.id, doc.url)
        history = conn.execute(
            select(revs.c.title, revs.c.text, revs.c.text_hash).where(revs.c.document_id == doc.id)
            .order_by(revs.c.number.desc()).limit(FLAP_WINDOW)
        ).all()
        previous = history[0].text if history else ""
        added, removed = sentence_diff(previous, body)
        classed = classify(
            old_title=history[0].title if history else "", old=previous, title=title, new=body,
            added=added, removed=removed, new_hash=digest,
            recent=[h.text_hash for h in history[1:]],
            frame=lambda: frame_sentences(conn, doc.url, doc.id))
        change = classed.kind
        number = doc.revision_count + 1
        rev_id = self._add_revision(
            conn, doc.id, number, at, title, published, body, digest, raw_id, added, removed,
            change, classed.score,
        )
        conn.execute(
            update(docs).where(docs.c.id == doc.id).values(
                revision_count=number, text_hash=digest, title=title,
                published=published or doc.published, last_changed_at=at, **state,
            )
        )
        # An edit of a re-post speaks for its original, or makes it a statement of its own.
        copy = reposts.judge_copy_edit(conn, doc.id, doc.duplicate_of, body, added, removed) \
            if doc.duplicate_of is not None and change == "substantive" else None
        self._index_text(conn, doc.id, title, body)
        self._event(conn, copy.kind if copy else "changed", doc.id, rev_id, source_id, at,
                    baseline, announce=change == "substantive" and (
                        copy.announce if copy else doc.duplicate_of is None
                        and not reposts.announced_on_a_copy(conn, doc.id, added, removed)),
                    original_id=copy.original_id if copy else None)
        return TrackResult("new" if copy and copy.kind == "new" else "revision", doc.id,
                           doc.url, rev_id, change=change, added=added, removed=removed,
                           score=classed.score)

    def _track_new(
        self, conn: Connection, url: str, fetch_url: str, title: str,
        published: datetime | None, body: str, digest: str, raw: RawPage | None,
        source_id: int | None, at: datetime, baseline: bool, etag: str | None,
        last_modified: str | None,
    ) -> TrackResult:
        docs = schema.documents
        match = self._exact_duplicate(conn, digest) or dedup.find_duplicate(conn, body)
        result = conn.execute(
            docs.insert().values(
                url=url, fetch_url=fetch_url, source_id=source_id, title=title,
                published=published, first_seen_at=at, last_checked_at=at, revision_count=1,
                text_hash=digest, duplicate_of=match.document_id if match else None,
                similarity=match.similarity if match else None, status="active", failures=0,
                etag=etag, last_modified=last_modified, baseline=baseline,
            )
        )
        doc_id = int(result.inserted_primary_key[0])  # type: ignore[index]
        raw_id = self._store_raw(conn, doc_id, raw, at, new=True) if raw else None
        rev_id = self._add_revision(conn, doc_id, 1, at, title, published, body, digest, raw_id)
        self._index_text(conn, doc_id, title, body, new=True)
        kind = "duplicate" if match else "new"
        self._event(conn, kind, doc_id, rev_id, source_id, at, baseline, announce=not match)
        if match is None:
            return TrackResult("new", doc_id, url, rev_id)
        original = conn.execute(select(docs.c.url).where(docs.c.id == match.document_id))
        return TrackResult("duplicate", doc_id, url, rev_id, duplicate_of=original.scalar_one(),
                           similarity=match.similarity)

    def _exact_duplicate(self, conn: Connection, digest: str) -> dedup.Match | None:
        docs = schema.documents
        row = conn.execute(
            select(docs.c.id, docs.c.duplicate_of).where(docs.c.text_hash == digest).limit(1)
        ).first()
        return dedup.Match(row.duplicate_of or row.id, 100.0) if row else None

    def revisions(self, document_id: int) -> list[RevisionRecord]:
        """Every revision of a document, oldest first."""
        revs = schema.revisions
        with self.transaction() as conn:
            rows = conn.execute(
                select(revs).where(revs.c.document_id == document_id).order_by(revs.c.number)
            ).all()
        return [_revision(r) for r in rows]

    def raw_body(self, raw_id: int) -> bytes:
        """The decompressed bytes of a stored raw page."""
        raws = schema.raw_pages
        with self.transaction() as conn:
            body = conn.execute(select(raws.c.body).where(raws.c.id == raw_id)).scalar_one()
        return zlib.decompress(body)

    def count_documents(self) -> int:
        """How many documents are stored."""
        with self.transaction() as conn:
            count = conn.execute(select(func.count()).select_from(schema.documents))
            return int(count.scalar_one())
