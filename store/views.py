"""Read-only queries for the web view: a page of findings, one document with everything
about it, prefix search. Each returns frozen records and runs a bounded number of indexed
queries, so a page costs the same at 100,000 documents as at 100."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, bindparam, desc, exists, or_, select, text
from sqlalchemy.orm import aliased

from . import schema
from .actions import ActionRecord
from .db import StoreBase
from .errors import NotFound
from .outbox import DeliveryRecord, PendingEvent
from .records import DocumentRecord, RevisionRecord

__all__ = ["DocumentView", "Finding", "FindingFilter", "FindingsPage", "SearchHit",
           "ViewsMixin", "fts_prefix_query", "snippet"]

FINDING_KINDS = ("new", "changed", "removed")
_TERM = re.compile(r"\w+")
# Up to this many documents match a keyword (or revisions an action kind): fetch their
# events directly; more, and walking the events newest first fills a page sooner.
FEW_MATCHES = 5000
_COUNT_UP_TO = ("SELECT count(*) FROM (SELECT rowid FROM documents_fts WHERE documents_fts "
                "MATCH :q LIMIT :cap)")
_HITS = ("SELECT f.rowid FROM documents_fts f JOIN documents d ON d.id = f.rowid "
         "WHERE documents_fts MATCH :q AND d.duplicate_of IS NULL ")
_BEST = _HITS + "ORDER BY rank LIMIT :n OFFSET :o"
_NEWEST = _HITS + "ORDER BY f.rowid DESC LIMIT :n OFFSET :o"


@dataclass(frozen=True)
class FindingFilter:
    """What `/` shows: every filter is optional; `before` is the keyset cursor (an event id)."""

    source: str | None = None
    action_kind: str | None = None
    kind: str | None = None  # new | changed | removed
    since: datetime | None = None
    until: datetime | None = None
    keyword: str | None = None
    before: int | None = None


@dataclass(frozen=True)
class Finding:
    """One event worth showing: a statement found, edited or taken down, with its actions."""

    event_id: int
    kind: str
    at: datetime
    document_id: int
    revision_id: int | None
    revision: int | None
    title: str
    url: str
    source: str | None
    published: datetime | None
    change: str | None
    baseline: bool
    announce: bool
    actions: tuple[ActionRecord, ...] = ()

    @property
    def action_kinds(self) -> tuple[str, ...]:
        """The distinct kinds of measure announced, in text order."""
        return tuple(dict.fromkeys(a.kind for a in self.actions))


@dataclass(frozen=True)
class FindingsPage:
    """A page of findings, newest first, and the cursor of the next page (None: last)."""

    findings: tuple[Finding, ...]
    next_before: int | None


@dataclass(frozen=True)
class DocumentView:
    """A document with its source, revisions, re-posts and actions (by revision number)."""

    document: DocumentRecord
    source: str | None
    revisions: tuple[RevisionRecord, ...]
    also_at: tuple[DocumentRecord, ...]
    original: DocumentRecord | None
    actions: dict[int, tuple[ActionRecord, ...]] = field(default_factory=dict)
    previous_documents: dict[int, int] = field(default_factory=dict)  # action id -> doc id


@dataclass(frozen=True)
class SearchHit:
    """A document matching a search, with a short plain-text snippet around the match."""

    document: DocumentRecord
    snippet: str


def fts_prefix_query(query: str) -> str:
    """An FTS5 query where every word must occur, each as a prefix ("sanct" finds
    "sanctions"); '' when the query has no word at all."""
    return " ".join(f'"{t}"*' for t in _TERM.findall(query))


def snippet(text_: str, words: list[str], around: int = 12) -> str:
    """About `around` words either side of the first word starting with a query word."""
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")", re.IGNORECASE)
    found = pattern.search(text_)
    tokens = text_.split()
    if found is None:
        return " ".join(tokens[:2 * around]) + (" …" if len(tokens) > 2 * around else "")
    at = len(text_[:found.start()].split())
    start, end = max(0, at - around), at + around
    return (("… " if start else "") + " ".join(tokens[start:end])
            + (" …" if end < len(tokens) else ""))


_FIRST = aliased(schema.actions)  # the action a repeat points to
# Built once: making an alias's columns costs milliseconds on every call otherwise.
_ACTIONS = (
    select(schema.actions, schema.documents.c.url.label("previous_url"),
           schema.documents.c.first_seen_at.label("previous_at"))
    .outerjoin(_FIRST, _FIRST.c.id == schema.actions.c.repeat_of)
    .outerjoin(schema.documents, schema.documents.c.id == _FIRST.c.document_id)
    .where(schema.actions.c.revision_id.in_(bindparam("ids", expanding=True)))
    .order_by(schema.actions.c.revision_id, schema.actions.c.position))


_EV, _DOCS, _REVS, _SRC = schema.events, schema.documents, schema.revisions, schema.sources
_ORIGINAL = aliased(schema.documents)  # the statement a re-post's event speaks for
# The feeds' events: the fields of a PendingEvent, in the order feed_events reads them.
# Built once, like _ACTIONS.
_FEED_EVENTS = (
    select(_EV.c.id, _EV.c.kind, _EV.c.at, _EV.c.document_id, _EV.c.revision_id,
           _SRC.c.name, _DOCS.c.url, _DOCS.c.title, _DOCS.c.published, _REVS.c.text,
           _DOCS.c.duplicate_of, _REVS.c.change, _REVS.c.added, _REVS.c.removed,
           _EV.c.announce, _EV.c.original_id, _ORIGINAL.c.url, _ORIGINAL.c.title,
           _ORIGINAL.c.published)
    .join(_DOCS, _DOCS.c.id == _EV.c.document_id)
    .outerjoin(_ORIGINAL, _ORIGINAL.c.id == _EV.c.original_id)
    .outerjoin(_REVS, _REVS.c.id == _EV.c.revision_id)
    .outerjoin(_SRC, _SRC.c.id == _EV.c.source_id)
    .where(_EV.c.id > bindparam("after"), _EV.c.id <= bindparam("upto"),
           _EV.c.baseline.is_(False))
    .order_by(_EV.c.id))

# The re-posts of many originals (built once too: its IN list is a parameter).
_REPOSTS = (select(_DOCS.c.duplicate_of, _DOCS.c.url)
            .where(_DOCS.c.duplicate_of.in_(bindparam("ids", expanding=True)))
            .order_by(_DOCS.c.id))


def _actions(conn: Connection, revision_ids: Iterable[int]) -> dict[int, list[ActionRecord]]:
    ids = sorted(set(revision_ids))
    if not ids:
        return {}
    out: dict[int, list[ActionRecord]] = {}
    result = conn.execute(_ACTIONS, {"ids": ids})
    keys = list(result.keys())  # zipped with each row: a row's _mapping costs more
    for row in result:
        record = ActionRecord(**dict(zip(keys, row, strict=True)))
        out.setdefault(record.revision_id, []).append(record)
    return out


def _document(row: Any) -> DocumentRecord:
    fields = DocumentRecord.__dataclass_fields__
    return DocumentRecord(**{k: v for k, v in row._mapping.items() if k in fields})


class ViewsMixin(StoreBase):
    """The reads behind `policywatch serve`."""

    def source_names(self) -> list[str]:
        """Names of the stored sources, sorted."""
        src = schema.sources
        with self.transaction() as conn:
            return list(conn.execute(select(src.c.name).order_by(src.c.name)).scalars())

    def _keyword_condition(self, conn: Connection, keyword: str) -> Any:
        ev, docs = schema.events, schema.documents
        if conn.dialect.name == "sqlite":
            match = fts_prefix_query(keyword)
            if not match:
                return None
            matching = text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :kw")
            few = list(conn.execute(text(matching.text + " LIMIT :cap"),
                                    {"kw": match, "cap": FEW_MATCHES + 1}).scalars())
            if len(few) <= FEW_MATCHES:  # look up their events by document, then sort
                return ev.c.document_id.in_(few)
            # Many: walk the events newest first (`+ 0`: not through ix_events_document),
            # each checked against the matches, until the page is full.
            return (ev.c.document_id + 0).in_(matching.bindparams(kw=match))
        revs = aliased(schema.revisions)  # the page's query joins revisions too
        conditions = []
        for term in _TERM.findall(keyword):
            like = f"%{term}%"
            conditions.append(or_(docs.c.title.ilike(like), exists().where(
                revs.c.document_id == ev.c.document_id, revs.c.text.ilike(like))))
        return and_(*conditions) if conditions else None

    def _action_condition(self, conn: Connection, kind: str) -> Any:
        ev, acts = schema.events, schema.actions
        few = list(conn.execute(select(acts.c.revision_id).where(acts.c.kind == kind)
                                .limit(FEW_MATCHES + 1)).scalars())
        if len(few) <= FEW_MATCHES:  # a rare kind: its revisions' events, then sort
            return ev.c.revision_id.in_(few)
        # A common kind: walk the events newest first until the page is full.
        return exists().where(acts.c.revision_id == ev.c.revision_id, acts.c.kind == kind)

    def findings(self, filters: FindingFilter, limit: int = 25) -> FindingsPage:
        """A page of new, changed and removed statements, newest first, with their actions."""
        ev, docs, revs, src = schema.events, schema.documents, schema.revisions, schema.sources
        with self.transaction() as conn:
            # `kind || ''`: not an index lookup, so SQLite walks ix_events_at newest first
            # and stops after one page, instead of sorting every event of three kinds.
            conditions: list[Any] = [(ev.c.kind + "").in_(FINDING_KINDS)]
            if filters.kind:
                conditions.append(ev.c.kind == filters.kind)
            if filters.source:
                source_id = conn.execute(select(src.c.id).where(src.c.name == filters.source)
                                         ).scalar()
                conditions.append(ev.c.source_id == (source_id or -1))
            if filters.since:
                conditions.append(ev.c.at >= filters.since)
            if filters.until:
                conditions.append(ev.c.at < filters.until)
            if filters.action_kind:
                conditions.append(self._action_condition(conn, filters.action_kind))
            if filters.keyword:
                condition = self._keyword_condition(conn, filters.keyword)
                if condition is not None:
                    conditions.append(condition)
            if filters.before is not None:
                cursor = conn.execute(select(ev.c.at).where(ev.c.id == filters.before)).scalar()
                if cursor is not None:  # `at <= cursor` too: the index walk starts there
                    conditions.append(ev.c.at <= cursor)
                    conditions.append(or_(ev.c.at < cursor,
                                          and_(ev.c.at == cursor, ev.c.id < filters.before)))
            rows = conn.execute(
                select(ev.c.id.label("event_id"), ev.c.kind, ev.c.at, ev.c.document_id,
                       ev.c.revision_id, ev.c.baseline, ev.c.announce, revs.c.number,
                       revs.c.change, docs.c.title, docs.c.url, docs.c.published,
                       src.c.name.label("source"))
                .join(docs, docs.c.id == ev.c.document_id)
                .outerjoin(revs, revs.c.id == ev.c.revision_id)
                .outerjoin(src, src.c.id == ev.c.source_id)
                .where(and_(*conditions))
                .order_by(desc(ev.c.at), desc(ev.c.id)).limit(limit + 1)).all()
            found = _actions(conn, (r.revision_id for r in rows[:limit] if r.revision_id))
        findings = tuple(
            Finding(event_id=r.event_id, kind=r.kind, at=r.at, document_id=r.document_id,
                    revision_id=r.revision_id, revision=r.number, title=r.title, url=r.url,
                    source=r.source, published=r.published, change=r.change,
                    baseline=bool(r.baseline), announce=bool(r.announce),
                    actions=tuple(found.get(r.revision_id or 0, ())))
            for r in rows[:limit])
        more = len(rows) > limit
        return FindingsPage(findings, findings[-1].event_id if more and findings else None)

    def document_view(self, document_id: int) -> DocumentView:
        """Everything the document page shows; NotFound when there is no such document."""
        docs, revs, src, acts = (schema.documents, schema.revisions, schema.sources,
                                 schema.actions)
        with self.transaction() as conn:
            row = conn.execute(select(docs).where(docs.c.id == document_id)).first()
            if row is None:
                raise NotFound(f"no stored document {document_id}.")
            doc = _document(row)
            source = conn.execute(select(src.c.name).where(src.c.id == doc.source_id)
                                  ).scalar() if doc.source_id else None
            rev_rows = conn.execute(select(revs).where(revs.c.document_id == document_id)
                                    .order_by(revs.c.number)).all()
            dups = conn.execute(select(docs).where(docs.c.duplicate_of == document_id)
                                .order_by(docs.c.id)).all()
            original = conn.execute(select(docs).where(docs.c.id == doc.duplicate_of)
                                    ).first() if doc.duplicate_of else None
            by_revision = _actions(conn, (r.id for r in rev_rows))
            repeats = {a.repeat_of for found in by_revision.values() for a in found
                       if a.repeat_of}
            previous = {r.id: r.document_id for r in conn.execute(
                select(acts.c.id, acts.c.document_id).where(acts.c.id.in_(repeats)))}
        revisions = tuple(RevisionRecord(**{**r._mapping, "added": tuple(json.loads(r.added)),
                                            "removed": tuple(json.loads(r.removed))})
                          for r in rev_rows)
        numbers = {r.id: r.number for r in revisions}
        return DocumentView(
            document=doc, source=source, revisions=revisions,
            also_at=tuple(_document(d) for d in dups),
            original=_document(original) if original is not None else None,
            actions={numbers[rid]: tuple(found) for rid, found in by_revision.items()},
            previous_documents={a.id: previous[a.repeat_of] for found in by_revision.values()
                                for a in found if a.repeat_of in previous})

    def revision_pair(self, revision_id: int) -> tuple[RevisionRecord | None, RevisionRecord]:
        """A revision and the one before it (None for a first revision)."""
        revs = schema.revisions
        with self.transaction() as conn:
            row = conn.execute(select(revs).where(revs.c.id == revision_id)).first()
            if row is None:
                raise NotFound(f"no stored revision {revision_id}.")
            before = conn.execute(select(revs).where(
                revs.c.document_id == row.document_id, revs.c.number == row.number - 1)).first()
        def record(r: Any) -> RevisionRecord:
            return RevisionRecord(**{**r._mapping, "added": tuple(json.loads(r.added)),
                                     "removed": tuple(json.loads(r.removed))})

        return (record(before) if before is not None else None), record(row)

    def search_documents(self, query: str, limit: int = 25, offset: int = 0
                         ) -> list[SearchHit]:
        """Original documents where every word of the query occurs (as a word prefix):
        best first (bm25) when a few thousand match or fewer, else newest first, since
        ranking tens of thousands costs seconds. FTS5 on SQLite, ILIKE elsewhere."""
        docs, revs = schema.documents, schema.revisions
        words = _TERM.findall(query)
        if not words:
            return []
        with self.transaction() as conn:
            if conn.dialect.name == "sqlite":
                match = {"q": fts_prefix_query(query), "cap": FEW_MATCHES + 1}
                many = conn.execute(text(_COUNT_UP_TO), match).scalar_one() > FEW_MATCHES
                ids = list(conn.execute(text(_NEWEST if many else _BEST),
                                        {**match, "n": limit, "o": offset}).scalars())
            else:
                conditions = [or_(docs.c.title.ilike(f"%{w}%"), exists().where(
                    revs.c.document_id == docs.c.id, revs.c.number == docs.c.revision_count,
                    revs.c.text.ilike(f"%{w}%"))) for w in words]
                ids = list(conn.execute(select(docs.c.id).where(
                    docs.c.duplicate_of.is_(None), *conditions)
                    .order_by(desc(docs.c.first_seen_at), desc(docs.c.id))
                    .limit(limit).offset(offset)).scalars())
            rows = {r.id: r for r in conn.execute(
                select(docs, revs.c.text.label("current_text"))
                .join(revs, and_(revs.c.document_id == docs.c.id,
                                 revs.c.number == docs.c.revision_count))
                .where(docs.c.id.in_(ids))).all()}
        return [SearchHit(_document(rows[i]), snippet(rows[i].current_text, words))
                for i in ids if i in rows]

    def recent_deliveries(self, status: str | None = None, limit: int = 100
                          ) -> list[DeliveryRecord]:
        """Deliveries newest first, optionally of one status (pending, sent, dead)."""
        dl, dg = schema.deliveries, schema.digests
        query = select(dl, dg.c.subscription, dg.c.payload).join(dg, dg.c.id == dl.c.digest_id)
        if status:
            query = query.where(dl.c.status == status)
        with self.transaction() as conn:
            rows = conn.execute(query.order_by(desc(dl.c.id)).limit(limit)).all()
        return [DeliveryRecord(**dict(r._mapping)) for r in rows]

    def actions_by_revision(self, revision_ids: Iterable[int]) -> dict[int, list[ActionRecord]]:
        """The actions of many revisions in one query, by revision id."""
        with self.transaction() as conn:
            return _actions(conn, revision_ids)

    def feed_events(self, after: int, upto: int) -> list[PendingEvent]:
        """The events with ids in (after, upto] but baseline ones, oldest first, as
        `pending_events` gives them: one slice of the feeds' window."""
        with self.transaction() as conn:
            rows = conn.execute(_FEED_EVENTS, {"after": after, "upto": upto}).all()
        # Unpacked by position: a mapping per row cost more than the query.
        return [PendingEvent(
            event_id=event_id, kind=kind, at=at, document_id=document_id,
            revision_id=revision_id, source=source, url=url, title=title, published=published,
            text=text_ or "", duplicate_of=duplicate_of, change=change,
            added=tuple(json.loads(added or "[]")), removed=tuple(json.loads(removed or "[]")),
            announce=announce, original_id=original_id, original_url=original_url,
            original_title=original_title, original_published=original_published)
            for (event_id, kind, at, document_id, revision_id, source, url, title, published,
                 text_, duplicate_of, change, added, removed, announce, original_id,
                 original_url, original_title, original_published) in rows]

    def reposts_by_document(self, document_ids: Iterable[int]) -> dict[int, list[str]]:
        """The URLs of the re-posts of many documents in one query, by original's id."""
        ids = sorted(set(document_ids))
        out: dict[int, list[str]] = {}
        if not ids:
            return out
        with self.transaction() as conn:
            for original, url in conn.execute(_REPOSTS, {"ids": ids}):
                out.setdefault(original, []).append(url)
        return out
