"""Ordered, named schema migrations, recorded in the `migrations` table."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, inspect, select, text

from . import dedup, schema

log = logging.getLogger(__name__)

__all__ = ["MIGRATIONS", "migrate"]


def _initial(conn: Connection) -> None:
    tables = [
        schema.sources,
        schema.documents,
        schema.raw_pages,
        schema.revisions,
        schema.fetches,
        schema.events,
        schema.dedup_keys,
    ]  # and dedup_df, the key counts 0016 replaced: its drop takes either database
    for table in tables:
        table.create(conn, checkfirst=True)


def _dedup_document_index(conn: Connection) -> None:
    # Deleting a document's keys looks them up by document.
    conn.execute(
        text("CREATE INDEX IF NOT EXISTS ix_dedup_keys_document ON dedup_keys (document_id)")
    )


def _fulltext(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return  # other databases fall back to LIKE in Store.search
    conn.execute(
        text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
            "title, text, tokenize = 'porter unicode61 remove_diacritics 2')"
        )
    )


def _digests(conn: Connection) -> None:
    for table in (schema.actions, schema.subscription_state, schema.digests,
                  schema.digest_items, schema.deliveries):
        table.create(conn, checkfirst=True)


def _action_details(conn: Connection) -> None:
    # Databases made before 0005 have actions without these columns; newer ones have them.
    present = {c["name"] for c in inspect(conn).get_columns("actions")}
    added = (("kind", "VARCHAR(30) NOT NULL DEFAULT 'other'"),
             ("object", "TEXT NOT NULL DEFAULT ''"), ("amount", "TEXT NOT NULL DEFAULT ''"),
             ("stated_date", "TEXT NOT NULL DEFAULT ''"),
             ("confidence", "FLOAT NOT NULL DEFAULT 0"),
             ("repeat_of", "INTEGER REFERENCES actions (id) ON DELETE SET NULL"))
    for name, ddl in added:
        if name not in present:
            conn.execute(text(f"ALTER TABLE actions ADD COLUMN {name} {ddl}"))
    schema.action_keys.create(conn, checkfirst=True)


def _change_score(conn: Connection) -> None:
    # A database made before this migration has no score column; a new one has it already.
    if "score" not in {c["name"] for c in inspect(conn).get_columns("revisions")}:
        conn.execute(text("ALTER TABLE revisions ADD COLUMN score FLOAT"))


def _host_templates(conn: Connection) -> None:
    for table in (schema.host_templates, schema.host_template_pages):
        table.create(conn, checkfirst=True)


def _watch_state(conn: Connection) -> None:
    present = {c["name"] for c in inspect(conn).get_columns("sources")}
    for name, ddl in (("settings", "VARCHAR(64)"), ("links", "INTEGER")):
        if name not in present:
            conn.execute(text(f"ALTER TABLE sources ADD COLUMN {name} {ddl}"))
    for table in (schema.baseline_links, schema.health):
        table.create(conn, checkfirst=True)


def _add_columns(conn: Connection, table: str, columns: tuple[tuple[str, str], ...]) -> None:
    present = {c["name"] for c in inspect(conn).get_columns(table)}
    for name, ddl in columns:
        if name not in present:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} {ddl}"))


def _delivery_claims(conn: Connection) -> None:
    _add_columns(conn, "deliveries", (("claimed_by", "VARCHAR(200)"),
                                      ("lease_until", "TIMESTAMP")))


def _work_leases(conn: Connection) -> None:
    for table in ("sources", "documents"):
        _add_columns(conn, table, (("lease_owner", "VARCHAR(200)"),
                                   ("lease_until", "TIMESTAMP")))
    schema.host_slots.create(conn, checkfirst=True)


def _workers(conn: Connection) -> None:
    schema.workers.create(conn, checkfirst=True)


def _worker_sessions(conn: Connection) -> None:
    _add_columns(conn, "workers", (("session_pid", "INTEGER"),
                                   ("session_start", "DOUBLE PRECISION")))


def _event_original(conn: Connection) -> None:
    # A re-post's edit is announced as a change of its original: the event names it.
    _add_columns(conn, "events", (("original_id",
                                   "INTEGER REFERENCES documents (id) ON DELETE SET NULL"),))
    conn.execute(text("CREATE INDEX IF NOT EXISTS ix_events_original ON events (original_id)"))


def _browse_indexes(conn: Connection) -> None:
    # The web view's reads (store/views.py): findings of one source or kind newest first,
    # a document's events and re-posts, actions by kind and the events of their revisions.
    for name, ddl in (("ix_events_source_at", "events (source_id, at)"),
                      ("ix_events_kind_at", "events (kind, at)"),
                      ("ix_events_document", "events (document_id)"),
                      ("ix_events_revision", "events (revision_id)"),
                      ("ix_documents_duplicate_of", "documents (duplicate_of)"),
                      ("ix_actions_kind_revision", "actions (kind, revision_id)")):
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {ddl}"))


def _dedup_signatures(conn: Connection) -> None:
    # The index drops the postings of template keys (dedup_stop) instead of counting every
    # key (dedup_df), and keeps each document's keys and sentences (dedup_docs) instead of
    # an index by document: rebuilt from the current texts.
    conn.execute(text("DROP INDEX IF EXISTS ix_dedup_keys_document"))
    conn.execute(text("DROP TABLE IF EXISTS dedup_df"))
    for table in (schema.dedup_keys, schema.dedup_stop, schema.dedup_docs):
        table.create(conn, checkfirst=True)
    count = conn.execute(text("SELECT count(*) FROM documents")).scalar_one()
    if count > 1000:
        log.warning("upgrading the duplicate index: rebuilding it from %d documents "
                    "(about a minute per 10,000)", count)
    dedup.rebuild(conn)


Migration = Callable[[Connection], None]

MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    ("0001_initial", _initial),
    ("0002_dedup_document_index", _dedup_document_index),
    ("0003_fulltext", _fulltext),
    ("0004_actions_and_digests", _digests),
    ("0005_action_details", _action_details),
    ("0006_change_score", _change_score),
    ("0007_host_templates", _host_templates),
    ("0008_watch_state", _watch_state),
    ("0009_event_original", _event_original),
    ("0011_delivery_claims", _delivery_claims),
    ("0012_work_leases", _work_leases),
    ("0013_workers", _workers),
    ("0014_browse_indexes", _browse_indexes),
    ("0016_dedup_signatures", _dedup_signatures),
    ("0017_worker_sessions", _worker_sessions),
)


def migrate(conn: Connection) -> list[str]:
    """Apply every migration not yet recorded, in order; return the names applied."""
    if not inspect(conn).has_table("migrations"):
        schema.migrations.create(conn)
    done = set(conn.execute(select(schema.migrations.c.name)).scalars())
    applied = []
    for name, step in MIGRATIONS:
        if name in done:
            continue
        step(conn)
        conn.execute(schema.migrations.insert().values(name=name, applied_at=datetime.now(UTC)))
        applied.append(name)
    return applied
