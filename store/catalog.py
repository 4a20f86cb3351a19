"""Sources, the fetch log, check schedules, events and search."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row, and_, desc, or_, select, text, update

from . import schema
from .db import TRACK_LOCK, StoreBase, insert_or
from .errors import NotFound
from .records import DocumentRecord, EventRecord, FetchRecord, SourceRecord

__all__ = ["CatalogMixin"]


def _record(cls: Any, row: Row[Any]) -> Any:
    return cls(**{k: v for k, v in row._mapping.items() if k in cls.__dataclass_fields__})


class CatalogMixin(StoreBase):
    """Everything about sources, fetches and events, and the read side for the CLI."""

    # -- sources ---------------------------------------------------------------------------
    def sync_source(self, name: str, url: str, kind: str, every_seconds: int,
                    at: datetime) -> SourceRecord:
        """Insert or update a configured source by name; its check state is kept."""
        table = schema.sources
        with self.transaction() as conn:
            # Inserted if new (by whichever process comes first), then re-read under a lock.
            conn.execute(insert_or(conn, table).values(
                name=name, url=url, kind=kind, every_seconds=every_seconds, created_at=at,
                failures=0).on_conflict_do_nothing(index_elements=[table.c.name]))
            row = conn.execute(select(table).where(table.c.name == name).with_for_update()).one()
            if (row.url, row.kind, row.every_seconds) != (url, kind, every_seconds):
                changes: dict[str, Any] = {"kind": kind, "every_seconds": every_seconds}
                if row.url != url:  # a new address is a new baseline
                    changes |= {"url": url, "baseline_at": None, "etag": None,
                                "last_modified": None, "next_check_at": None}
                conn.execute(update(table).where(table.c.id == row.id).values(**changes))
            fresh = conn.execute(select(table).where(table.c.name == name)).one()
        return _record(SourceRecord, fresh)  # type: ignore[no-any-return]

    def sources(self) -> list[SourceRecord]:
        """Every stored source."""
        with self.transaction() as conn:
            rows = conn.execute(select(schema.sources).order_by(schema.sources.c.id)).all()
        return [_record(SourceRecord, r) for r in rows]

    def source_checked(self, source_id: int, at: datetime, next_check_at: datetime, *,
                       error: str | None = None, etag: str | None = None,
                       last_modified: str | None = None) -> None:
        """Record a source check (its baseline is taken apart: `take_baseline`)."""
        table = schema.sources
        with self.transaction() as conn:
            values: dict[str, Any] = {"last_checked_at": at, "next_check_at": next_check_at,
                                      "last_error": error}
            if error is None:
                values |= {"failures": 0, "etag": etag, "last_modified": last_modified}
            else:
                values["failures"] = table.c.failures + 1
            conn.execute(update(table).where(table.c.id == source_id).values(**values))

    # -- documents ---------------------------------------------------------------------------
    def schedule_document(self, document_id: int, next_check_at: datetime | None) -> None:
        """Set when a document is next checked (None: never again)."""
        docs = schema.documents
        with self.transaction() as conn:
            conn.execute(update(docs).where(docs.c.id == document_id)
                         .values(next_check_at=next_check_at))

    def document_failed(self, document_id: int, at: datetime, error: str,
                        next_check_at: datetime | None) -> None:
        """Record a failed re-check against the document, keeping its text."""
        docs = schema.documents
        with self.transaction() as conn:
            conn.execute(update(docs).where(docs.c.id == document_id).values(
                last_checked_at=at, last_error=error, failures=docs.c.failures + 1,
                next_check_at=next_check_at))

    def document_removed(self, document_id: int, at: datetime, source_id: int | None) -> None:
        """Mark a document removed (404/410) and record the event once."""
        docs = schema.documents
        # Under the store step's lock: events are written one transaction at a time, so
        # their ids commit in order and a digest's cursor never passes one still uncommitted.
        with self.transaction(lock=TRACK_LOCK) as conn:
            changed = conn.execute(update(docs).where(and_(
                docs.c.id == document_id, docs.c.status != "removed")).values(
                status="removed", last_checked_at=at, next_check_at=None)).rowcount
            conn.execute(update(docs).where(docs.c.id == document_id).values(
                last_checked_at=at, next_check_at=None))
            if changed:
                conn.execute(schema.events.insert().values(
                    at=at, kind="removed", document_id=document_id, source_id=source_id,
                    baseline=False, announce=False))

    def not_modified(self, document_id: int, at: datetime) -> None:
        """A conditional re-check answered 304."""
        docs = schema.documents
        with self.transaction() as conn:
            conn.execute(update(docs).where(docs.c.id == document_id).values(
                last_checked_at=at, failures=0, last_error=None))

    def due_documents(self, now: datetime, limit: int = 500) -> list[DocumentRecord]:
        """Active documents whose next check is due, oldest due first."""
        docs = schema.documents
        with self.transaction() as conn:
            rows = conn.execute(
                select(docs).where(and_(docs.c.status == "active",
                                        docs.c.next_check_at.is_not(None),
                                        docs.c.next_check_at <= now))
                .order_by(docs.c.next_check_at).limit(limit)).all()
        return [_record(DocumentRecord, r) for r in rows]

    def documents(self, limit: int = 50, offset: int = 0) -> list[DocumentRecord]:
        """Documents, most recently seen first."""
        docs = schema.documents
        with self.transaction() as conn:
            rows = conn.execute(select(docs).order_by(desc(docs.c.first_seen_at), desc(docs.c.id))
                                .limit(limit).offset(offset)).all()
        return [_record(DocumentRecord, r) for r in rows]

    def document(self, ref: str | int) -> DocumentRecord:
        """A document by id or URL; NotFound names what was asked for."""
        docs = schema.documents
        cond = docs.c.id == int(ref) if str(ref).isdigit() else or_(
            docs.c.url == str(ref), docs.c.fetch_url == str(ref))
        with self.transaction() as conn:
            row = conn.execute(select(docs).where(cond).limit(1)).first()
        if row is None:
            raise NotFound(f"no stored document {ref!r}. List them with `policywatch history`.")
        return _record(DocumentRecord, row)  # type: ignore[no-any-return]

    def duplicates_of(self, document_id: int) -> list[DocumentRecord]:
        """Documents stored as re-posts of this one."""
        docs = schema.documents
        with self.transaction() as conn:
            rows = conn.execute(select(docs).where(docs.c.duplicate_of == document_id)
                                .order_by(docs.c.id)).all()
        return [_record(DocumentRecord, r) for r in rows]

    def search(self, query: str, limit: int = 20) -> list[tuple[DocumentRecord, str]]:
        """Original documents matching a full-text query, best first, each with a snippet."""
        docs = schema.documents
        with self.transaction() as conn:
            if conn.dialect.name == "sqlite":
                terms = " ".join('"' + t.replace('"', '""') + '"' for t in query.split())
                hits = conn.execute(text(
                    "SELECT rowid, snippet(documents_fts, 1, '[', ']', '…', 12) FROM documents_fts"
                    " WHERE documents_fts MATCH :q ORDER BY rank LIMIT :n"),
                    {"q": terms, "n": limit}).all()
                ids = [h[0] for h in hits]
                snippets = {h[0]: h[1] for h in hits}
            else:
                like = f"%{query}%"
                revs = schema.revisions
                rows = conn.execute(select(docs.c.id).join(revs, revs.c.document_id == docs.c.id)
                                    .where(or_(revs.c.text.ilike(like), docs.c.title.ilike(like)))
                                    .distinct().limit(limit)).all()
                ids, snippets = [r[0] for r in rows], {}
            # A re-post carries the same text as its original: show the original only.
            found = {r.id: r for r in conn.execute(
                select(docs).where(docs.c.id.in_(ids), docs.c.duplicate_of.is_(None))).all()}
        return [(_record(DocumentRecord, found[i]), snippets.get(i, "")) for i in ids if i in found]

    # -- fetches and events -------------------------------------------------------------------
    def record_fetch(self, *, at: datetime, url: str, outcome: str, final_url: str | None = None,
                     source_id: int | None = None, document_id: int | None = None,
                     status: int | None = None, size: int = 0, elapsed: float = 0.0,
                     error: str | None = None) -> None:
        """Log one fetch: what, when, how it went."""
        with self.transaction() as conn:
            conn.execute(schema.fetches.insert().values(
                at=at, url=url, final_url=final_url, source_id=source_id,
                document_id=document_id, status=status, bytes=size,
                elapsed_ms=int(elapsed * 1000), outcome=outcome, error=error))

    def fetch_log(self, limit: int = 50) -> list[FetchRecord]:
        """The most recent fetches, newest first."""
        table = schema.fetches
        with self.transaction() as conn:
            rows = conn.execute(select(table).order_by(desc(table.c.id)).limit(limit)).all()
        return [_record(FetchRecord, r) for r in rows]

    def events(self, since_id: int = 0, limit: int = 1000) -> list[EventRecord]:
        """Events after an id, oldest first."""
        table = schema.events
        with self.transaction() as conn:
            rows = conn.execute(select(table).where(table.c.id > since_id)
                                .order_by(table.c.id).limit(limit)).all()
        return [_record(EventRecord, r) for r in rows]
