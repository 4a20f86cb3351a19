"""Browsing what was found: documents by what happened to them, and the stored actions,
filtered by time, source and kind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, desc, func, select
from sqlalchemy.orm import aliased

from . import schema
from .actions import ActionRecord
from .db import StoreBase
from .records import DocumentRecord

__all__ = ["BrowseMixin", "FoundAction"]


@dataclass(frozen=True)
class FoundAction:
    """A stored action with the document and source it was found in, and when."""

    action: ActionRecord
    document_id: int
    url: str
    title: str
    source: str | None
    found_at: datetime


class BrowseMixin(StoreBase):
    """Filtered reads for `history` and the stored-actions listing."""

    def find_documents(self, *, since: datetime | None = None, source: str | None = None,
                       kind: str | None = None, limit: int = 50) -> list[DocumentRecord]:
        """Documents with an event of `kind` (new, changed, removed; None: any) at or after
        `since`, found by the source named `source`; the latest such event first."""
        ev, docs, src = schema.events, schema.documents, schema.sources
        conditions: list[Any] = []
        if kind is not None:
            conditions.append(ev.c.kind == kind)
        if since is not None:
            conditions.append(ev.c.at >= since)
        latest = (select(ev.c.document_id, func.max(ev.c.at).label("last_at"))
                  .where(and_(True, *conditions)).group_by(ev.c.document_id).subquery())
        query = select(docs).join(latest, latest.c.document_id == docs.c.id)
        if source is not None:
            query = query.join(src, src.c.id == docs.c.source_id).where(src.c.name == source)
        query = query.order_by(desc(latest.c.last_at), desc(docs.c.id)).limit(limit)
        with self.transaction() as conn:
            rows = conn.execute(query).all()
        fields = DocumentRecord.__dataclass_fields__
        return [DocumentRecord(**{k: v for k, v in r._mapping.items() if k in fields})
                for r in rows]

    def find_actions(self, *, kind: str | None = None, actor: str | None = None,
                     since: datetime | None = None, source: str | None = None,
                     limit: int = 100) -> list[FoundAction]:
        """Stored actions, newest first: of a kind of measure, by an actor (a part of its
        name, any case), found at or after `since`, in documents of the named source."""
        acts, docs, revs, src = (schema.actions, schema.documents, schema.revisions,
                                 schema.sources)
        first, first_doc = aliased(acts), aliased(docs)
        query = (select(acts, docs.c.url, docs.c.title, src.c.name.label("source"),
                        revs.c.fetched_at.label("found_at"),
                        first_doc.c.url.label("previous_url"),
                        first_doc.c.first_seen_at.label("previous_at"))
                 .join(docs, docs.c.id == acts.c.document_id)
                 .join(revs, revs.c.id == acts.c.revision_id)
                 .outerjoin(src, src.c.id == docs.c.source_id)
                 .outerjoin(first, first.c.id == acts.c.repeat_of)
                 .outerjoin(first_doc, first_doc.c.id == first.c.document_id))
        if kind is not None:
            query = query.where(acts.c.kind == kind)
        if actor is not None:
            query = query.where(func.lower(acts.c.actor).contains(actor.lower()))
        if since is not None:
            query = query.where(revs.c.fetched_at >= since)
        if source is not None:
            query = query.where(src.c.name == source)
        query = query.order_by(desc(revs.c.fetched_at), acts.c.document_id,
                               acts.c.position).limit(limit)
        with self.transaction() as conn:
            rows = conn.execute(query).all()
        fields = ActionRecord.__dataclass_fields__
        out = []
        for row in rows:
            data = dict(row._mapping)
            action = ActionRecord(**{k: v for k, v in data.items() if k in fields})
            out.append(FoundAction(action, action.document_id, data["url"], data["title"],
                                   data["source"], data["found_at"]))
        return out
