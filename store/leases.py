"""Work shared between processes: leases on due sources and page re-checks, per-host request
slots, and the register of live workers.

A worker claims work with one statement (`UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP
LOCKED) RETURNING`): rows another worker is claiming at that moment are skipped, never
waited for or taken twice. A claim lasts until its lease runs out; a live worker renews its
leases with each heartbeat, so the claims of a worker that was killed return to the queue
one lease period later; on PostgreSQL at once, since each worker keeps a server session open
while it lives (`keep_session`) and a claim whose owner's session has ended is free. On
SQLite the same statements run one writer at a time.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, column, func, or_, select, text, update
from sqlalchemy import table as relation
from sqlalchemy.exc import DatabaseError

from . import schema
from .db import StoreBase, describe_error, insert_or
from .errors import DatabaseUnavailable
from .records import DocumentRecord, SourceRecord

__all__ = ["LeasesMixin", "WorkQueue", "WorkerRecord"]


@dataclass(frozen=True)
class WorkerRecord:
    """A process that works on the database, with what it holds now."""

    id: str
    hostname: str
    pid: int
    command: str
    started_at: datetime
    heartbeat_at: datetime
    sources: tuple[str, ...]  # names of the sources it is checking
    pages: int  # page re-checks it holds
    sending: int  # deliveries it is sending


@dataclass(frozen=True)
class WorkQueue:
    """Work due now and not claimed by anyone."""

    sources: int
    pages: int
    deliveries: int


def _free(table: Any, now: datetime, dialect: str) -> Any:
    """Rows nobody holds: never claimed, given back, lease run out, or (PostgreSQL) held by
    a worker whose server session has ended, as a killed worker's does at once."""
    free = or_(table.c.lease_until.is_(None), table.c.lease_until < now)
    if dialect != "postgresql":
        return free
    w = schema.workers
    alive = (select(_SESSIONS.c.pid).where(and_(
        _SESSIONS.c.pid == w.c.session_pid,
        or_(_SESSIONS.c.backend_start.is_(None),  # another role's session, unprivileged
            func.extract("epoch", _SESSIONS.c.backend_start) == w.c.session_start)))
        .correlate(w))
    dead = select(w.c.id).where(and_(w.c.stopped_at.is_(None), w.c.session_pid.is_not(None),
                                     ~alive.exists()))
    return or_(free, table.c.lease_owner.in_(dead))


# PostgreSQL's view of its server sessions: every role sees each one's pid; its start, only
# its own role's (or with pg_read_all_stats), so a pid alone must do for the others.
_SESSIONS = relation("pg_stat_activity", column("pid"), column("backend_start"))


def _record(cls: Any, row: Any) -> Any:
    return cls(**{k: v for k, v in row._mapping.items() if k in cls.__dataclass_fields__})


class LeasesMixin(StoreBase):
    """Claims with leases, host slots and workers."""

    # -- claims --------------------------------------------------------------------------------
    def claim_sources(self, worker: str, now: datetime, lease_until: datetime, *,
                      names: list[str] | None = None, due_only: bool = True,
                      limit: int = 1, orphaned: bool = False) -> list[SourceRecord]:
        """Claim sources nobody else holds: due ones (never checked, or next check passed),
        or with `due_only=False` any of `names`. A dead worker's first, then oldest due;
        with `orphaned` only a dead worker's (still owned, but free)."""
        table = schema.sources
        picked = select(table.c.id).where(_free(table, now, self.dialect))
        if orphaned:
            picked = picked.where(table.c.lease_owner.is_not(None))
        if due_only:
            picked = picked.where(or_(table.c.next_check_at.is_(None),
                                      table.c.next_check_at <= now))
        if names is not None:
            picked = picked.where(table.c.name.in_(names))
        # A killed worker's claims first (still owned, lease run out): the oldest work.
        picked = picked.order_by(table.c.lease_owner.is_(None),
                                 table.c.next_check_at.is_not(None), table.c.next_check_at,
                                 table.c.id).limit(limit)
        return [_record(SourceRecord, r) for r in self._claim(table, picked, worker,
                                                              lease_until)]

    def claim_documents(self, worker: str, now: datetime, lease_until: datetime, *,
                        limit: int = 500) -> list[DocumentRecord]:
        """Claim active pages whose re-check is due and that nobody else holds."""
        docs = schema.documents
        picked = (select(docs.c.id)
                  .where(and_(docs.c.status == "active", docs.c.next_check_at.is_not(None),
                              docs.c.next_check_at <= now, _free(docs, now, self.dialect)))
                  .order_by(docs.c.next_check_at).limit(limit))
        rows = self._claim(docs, picked, worker, lease_until)
        return sorted((_record(DocumentRecord, r) for r in rows),
                      key=lambda d: (d.next_check_at, d.id))

    def _claim(self, table: Any, picked: Any, worker: str, lease_until: datetime) -> list[Any]:
        with self.transaction() as conn:
            return list(conn.execute(
                update(table)
                .where(table.c.id.in_(picked.with_for_update(skip_locked=True)
                                      .scalar_subquery()))
                .values(lease_owner=worker, lease_until=lease_until)
                .returning(*table.c)).all())

    def release(self, worker: str, *, sources: Iterable[int] = (),
                documents: Iterable[int] = ()) -> None:
        """Give back claims held by `worker` (work done, or left for others)."""
        with self.transaction() as conn:
            for table, ids in ((schema.sources, sources), (schema.documents, documents)):
                if ids:
                    conn.execute(update(table).where(and_(
                        table.c.id.in_(list(ids)), table.c.lease_owner == worker))
                        .values(lease_owner=None, lease_until=None))

    # -- workers --------------------------------------------------------------------------------
    def heartbeat(self, worker: str, command: str, now: datetime,
                  lease_until: datetime) -> None:
        """Say this worker is alive (registering it the first time) and renew its leases."""
        table = schema.workers
        with self.transaction() as conn:
            conn.execute(insert_or(conn, table).values(
                id=worker, hostname=socket.gethostname(), pid=os.getpid(), command=command,
                started_at=now, heartbeat_at=now,
            ).on_conflict_do_update(index_elements=[table.c.id],
                                    set_={"heartbeat_at": now, "stopped_at": None}))
            for leased in (schema.sources, schema.documents):
                conn.execute(update(leased).where(leased.c.lease_owner == worker)
                             .values(lease_until=lease_until))

    def keep_session(self, worker: str) -> None:
        """PostgreSQL: keep one server session open for as long as this worker lives, and
        name it in the worker's row, so that other workers see at once when it dies (its
        claims are then free, see `_free`). Opened on the first call, and again when the
        server dropped it; on SQLite nothing (a dead worker's leases run out). A live worker
        whose session dropped looks dead until its next heartbeat opens another: a source it
        holds may then be checked twice, which the store step makes harmless."""
        if self.dialect != "postgresql":
            return
        session: Connection | None = getattr(self, "_session", None)
        try:
            if session is not None:
                try:
                    session.execute(text("SELECT 1")).scalar()
                    session.commit()
                    return
                except DatabaseError:
                    session.invalidate()
                    session.close()
                    self._session = None
            session = self.engine.connect()
            session.execute(update(schema.workers).where(schema.workers.c.id == worker).values(
                session_pid=func.pg_backend_pid(),
                session_start=select(func.extract("epoch", _SESSIONS.c.backend_start))
                .where(_SESSIONS.c.pid == func.pg_backend_pid()).scalar_subquery()))
            session.commit()
            self._session = session
        except DatabaseError as exc:
            raise DatabaseUnavailable(describe_error(self.url, exc)) from exc

    def _drop_session(self) -> None:
        session: Connection | None = getattr(self, "_session", None)
        if session is not None:
            self._session = None
            session.close()

    def close(self) -> None:
        """Release every pooled connection, and the worker's session."""
        self._drop_session()
        super().close()

    def worker_stopped(self, worker: str, now: datetime) -> None:
        """A worker stopping cleanly gives back everything it holds."""
        with self.transaction() as conn:
            conn.execute(update(schema.workers).where(schema.workers.c.id == worker)
                         .values(stopped_at=now, session_pid=None, session_start=None))
            for leased in (schema.sources, schema.documents):
                conn.execute(update(leased).where(leased.c.lease_owner == worker)
                             .values(lease_owner=None, lease_until=None))
        self._drop_session()

    def live_workers(self, now: datetime, since: datetime) -> list[WorkerRecord]:
        """Workers not stopped whose last heartbeat is after `since`, with their claims."""
        w, src, docs, dl = schema.workers, schema.sources, schema.documents, schema.deliveries
        with self.transaction() as conn:
            rows = conn.execute(select(w).where(and_(w.c.stopped_at.is_(None),
                                                     w.c.heartbeat_at >= since))
                                .order_by(w.c.started_at, w.c.id)).all()
            held: dict[str, list[str]] = {}
            for name, owner in conn.execute(select(src.c.name, src.c.lease_owner).where(
                    src.c.lease_until >= now).order_by(src.c.name)):
                held.setdefault(owner, []).append(name)
            pages: dict[str, int] = {o: n for o, n in conn.execute(
                select(docs.c.lease_owner, func.count()).where(docs.c.lease_until >= now)
                .group_by(docs.c.lease_owner))}
            sending: dict[str, int] = {o: n for o, n in conn.execute(
                select(dl.c.claimed_by, func.count())
                .where(and_(dl.c.status == "sending", dl.c.lease_until >= now))
                .group_by(dl.c.claimed_by))}
        return [WorkerRecord(r.id, r.hostname, r.pid, r.command, r.started_at, r.heartbeat_at,
                             tuple(held.get(r.id, ())), int(pages.get(r.id, 0)),
                             int(sending.get(r.id, 0))) for r in rows]

    def work_queue(self, now: datetime) -> WorkQueue:
        """How much work is due now and not claimed."""
        src, docs, dl = schema.sources, schema.documents, schema.deliveries
        free = or_(src.c.lease_until.is_(None), src.c.lease_until < now)
        with self.transaction() as conn:
            sources = conn.execute(select(func.count()).select_from(src).where(and_(
                free, or_(src.c.next_check_at.is_(None), src.c.next_check_at <= now)))).scalar()
            pages = conn.execute(select(func.count()).select_from(docs).where(and_(
                docs.c.status == "active", docs.c.next_check_at <= now,
                or_(docs.c.lease_until.is_(None), docs.c.lease_until < now)))).scalar()
            deliveries = conn.execute(select(func.count()).select_from(dl).where(or_(
                and_(dl.c.status == "pending", dl.c.next_attempt_at <= now),
                and_(dl.c.status == "sending", dl.c.lease_until < now)))).scalar()
        return WorkQueue(int(sources or 0), int(pages or 0), int(deliveries or 0))

    # -- politeness -----------------------------------------------------------------------------
    def reserve_host(self, host: str, delay: float) -> float:
        """Reserve the next request start on `host` for whichever worker asks: the seconds
        to wait before starting (0: start now). Reserved starts are `delay` apart across
        every worker on the database. The time is taken once the host's row is locked (the
        database server's clock on PostgreSQL), so waiting for the lock never eats the gap."""
        table = schema.host_slots
        with self.transaction() as conn:
            if conn.dialect.name == "postgresql":
                now: Any = func.extract("epoch", func.clock_timestamp())
                latest = func.greatest(table.c.next_start, now)
            else:  # the transaction holds SQLite's write lock already
                now = time.time()
                latest = func.max(table.c.next_start, now)
            stmt = insert_or(conn, table).values(host=host, next_start=now + delay)
            row = conn.execute(stmt.on_conflict_do_update(
                index_elements=[table.c.host], set_={"next_start": latest + delay})
                .returning(table.c.next_start, now)).one()
        return max(0.0, float(row[0]) - delay - float(row[1]))
