"""What a watch keeps between checks besides documents: each source's settings and baseline
links, health incidents, and notices queued outside any subscription's cursor.

A source's baseline is the set of links the first discovery that finds any of them lists.
A baseline link that could not be stored then (its fetch failed) is stored as baseline
whenever it is fetched later, so fixing a source never floods a digest. Changing a source's
url, kind or filters takes a new baseline.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, select, update

from . import schema
from .db import StoreBase, insert_or

__all__ = ["Incident", "WatchMixin"]


@dataclass(frozen=True)
class Incident:
    """A health incident: open while `closed_at` is None."""

    key: str
    opened_at: datetime
    closed_at: datetime | None
    detail: str


class WatchMixin(StoreBase):
    """Source settings and baselines, health incidents, notices."""

    # -- sources -------------------------------------------------------------------------------
    def source_settings(self, source_id: int, fingerprint: str) -> bool:
        """Record a source's settings; True when they changed, which takes a new baseline
        (and drops the ETag/Last-Modified, which belong to the old settings)."""
        table = schema.sources
        with self.transaction() as conn:
            stored = conn.execute(select(table.c.settings).where(table.c.id == source_id)
                                  .with_for_update()).scalar_one()
            if stored == fingerprint:
                return False
            values: dict[str, Any] = {"settings": fingerprint}
            changed = stored is not None  # None: first seen by this version, nothing to undo
            if changed:
                values |= {"baseline_at": None, "etag": None, "last_modified": None,
                           "next_check_at": None, "links": None}
                conn.execute(delete(schema.baseline_links)
                             .where(schema.baseline_links.c.source_id == source_id))
            conn.execute(update(table).where(table.c.id == source_id).values(**values))
        return changed

    def take_baseline(self, source_id: int, at: datetime, urls: Iterable[str]) -> None:
        """Mark the source baselined (if not yet) and remember the links its baseline found."""
        table, links = schema.sources, schema.baseline_links
        with self.transaction() as conn:
            conn.execute(update(table).where(and_(table.c.id == source_id,
                                                  table.c.baseline_at.is_(None)))
                         .values(baseline_at=at))
            known = set(conn.execute(select(links.c.url).where(links.c.source_id == source_id))
                        .scalars())
            fresh = sorted(set(urls) - known)
            if fresh:  # another worker may be adding the same links: each is kept once
                conn.execute(insert_or(conn, links).on_conflict_do_nothing(
                    index_elements=[links.c.source_id, links.c.url]),
                    [{"source_id": source_id, "url": u} for u in fresh])

    def baseline_links(self, source_id: int) -> frozenset[str]:
        """The links the source's baseline found."""
        links = schema.baseline_links
        with self.transaction() as conn:
            return frozenset(conn.execute(select(links.c.url)
                                          .where(links.c.source_id == source_id)).scalars())

    def source_links(self, source_id: int, count: int) -> None:
        """Record how many links the source's last check found."""
        table = schema.sources
        with self.transaction() as conn:
            conn.execute(update(table).where(table.c.id == source_id).values(links=count))

    # -- health ----------------------------------------------------------------------------------
    def open_incident(self, key: str, at: datetime, detail: str) -> bool:
        """Open an incident; True when it was not open already (tell people once)."""
        table = schema.health
        with self.transaction() as conn:  # atomic: of two processes, one opens it
            inserted = conn.execute(insert_or(conn, table).values(
                key=key, opened_at=at, detail=detail,
            ).on_conflict_do_nothing(index_elements=[table.c.key]).returning(table.c.key))
            if inserted.first() is not None:
                return True
            reopened = conn.execute(update(table).where(and_(
                table.c.key == key, table.c.closed_at.is_not(None))).values(
                opened_at=at, closed_at=None, detail=detail)).rowcount
        return bool(reopened)

    def close_incident(self, key: str, at: datetime) -> Incident | None:
        """Close an open incident; the incident when it was open (tell people once)."""
        table = schema.health
        with self.transaction() as conn:  # atomic: of two processes, one closes it
            row = conn.execute(update(table).where(and_(
                table.c.key == key, table.c.closed_at.is_(None))).values(closed_at=at)
                .returning(table.c.key, table.c.opened_at, table.c.detail)).first()
        if row is None:
            return None
        return Incident(row.key, row.opened_at, at, row.detail)

    def incidents(self, open_only: bool = True) -> list[Incident]:
        """Health incidents, open ones only by default, oldest first."""
        table = schema.health
        query = select(table).order_by(table.c.opened_at)
        if open_only:
            query = query.where(table.c.closed_at.is_(None))
        with self.transaction() as conn:
            rows = conn.execute(query).all()
        return [Incident(r.key, r.opened_at, r.closed_at, r.detail) for r in rows]

    # -- notices -------------------------------------------------------------------------------
    def queue_notice(self, subscription: str, payload: dict[str, Any],
                     targets: list[tuple[str, str]], at: datetime) -> str:
        """Write a digest that is no part of the subscription's events (a health notice),
        with one pending delivery per target; the subscription's cursor is left alone."""
        digest_id = str(payload.get("digest_id") or uuid.uuid4().hex)
        with self.transaction() as conn:
            conn.execute(schema.digests.insert().values(
                id=digest_id, subscription=subscription, created_at=at,
                payload=json.dumps({**payload, "digest_id": digest_id}, ensure_ascii=False)))
            for channel, target in targets:
                conn.execute(schema.deliveries.insert().values(
                    digest_id=digest_id, channel=channel, target=target, status="pending",
                    attempts=0, next_attempt_at=at))
        return digest_id
