"""The current tables, as SQLAlchemy Core models. Migrations create and change them."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

__all__ = [
    "UTCDateTime",
    "action_keys",
    "actions",
    "baseline_links",
    "dedup_docs",
    "dedup_keys",
    "dedup_stop",
    "deliveries",
    "digest_items",
    "digests",
    "documents",
    "events",
    "fetches",
    "health",
    "host_slots",
    "host_template_pages",
    "host_templates",
    "metadata",
    "migrations",
    "raw_pages",
    "revisions",
    "sources",
    "subscription_state",
    "workers",
]



class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on every database."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: pass an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


metadata = MetaData()

migrations = Table(
    "migrations",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", UTCDateTime(), nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(500), nullable=False, unique=True),
    Column("url", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("every_seconds", Integer, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("baseline_at", UTCDateTime()),  # first successful check
    Column("last_checked_at", UTCDateTime()),
    Column("next_check_at", UTCDateTime()),
    Column("last_error", Text),
    Column("failures", Integer, nullable=False, default=0),
    Column("etag", Text),
    Column("last_modified", Text),
    # Added by 0008_watch_state: a fingerprint of url, kind and filters (a change of any
    # takes a new baseline), and how many links the last successful check found.
    Column("settings", String(64)),
    Column("links", Integer),
    # Added by 0012_work_leases: the worker checking the source now, and until when.
    Column("lease_owner", String(200)),
    Column("lease_until", UTCDateTime()),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False, unique=True),  # canonical URL
    Column("fetch_url", Text, nullable=False),  # where it was last fetched from
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="SET NULL")),
    Column("title", Text, nullable=False, default=""),
    Column("published", UTCDateTime()),
    Column("first_seen_at", UTCDateTime(), nullable=False),
    Column("last_checked_at", UTCDateTime()),
    Column("last_changed_at", UTCDateTime()),
    Column("next_check_at", UTCDateTime()),
    Column("revision_count", Integer, nullable=False, default=0),
    Column("text_hash", String(64), nullable=False),
    Column("duplicate_of", Integer, ForeignKey("documents.id", ondelete="SET NULL")),
    Column("similarity", Float),
    Column("status", String(20), nullable=False, default="active"),  # active | removed
    Column("failures", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("baseline", Boolean, nullable=False, default=False),
    # Added by 0012_work_leases: the worker re-checking the page now, and until when.
    Column("lease_owner", String(200)),
    Column("lease_until", UTCDateTime()),
    Index("ix_documents_text_hash", "text_hash"),
    Index("ix_documents_next_check_at", "next_check_at"),
    Index("ix_documents_fetch_url", "fetch_url"),
)

raw_pages = Table(
    "raw_pages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("fetched_at", UTCDateTime(), nullable=False),
    Column("url", Text, nullable=False),
    Column("content_type", String(200), nullable=False),
    Column("encoding", String(50)),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("body", LargeBinary, nullable=False),  # zlib-compressed bytes as fetched
    Index("ix_raw_pages_document", "document_id"),
)

revisions = Table(
    "revisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("fetched_at", UTCDateTime(), nullable=False),
    Column("title", Text, nullable=False),
    Column("published", UTCDateTime()),
    Column("text", Text, nullable=False),
    Column("text_hash", String(64), nullable=False),
    Column("added", Text, nullable=False, default="[]"),  # JSON list of sentences
    Column("removed", Text, nullable=False, default="[]"),
    Column("change", String(20)),  # null for the first; substantive|trivial|frame|flapping
    Column("raw_id", Integer, ForeignKey("raw_pages.id", ondelete="SET NULL")),
    Column("score", Float),  # share of words changed, 0-100 (migration 0006_change_score)
    UniqueConstraint("document_id", "number", name="uq_revisions_document_number"),
)

fetches = Table(
    "fetches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime(), nullable=False),
    Column("url", Text, nullable=False),
    Column("final_url", Text),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="SET NULL")),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="SET NULL")),
    Column("status", Integer),
    Column("bytes", Integer, nullable=False, default=0),
    Column("elapsed_ms", Integer, nullable=False, default=0),
    Column("outcome", String(20), nullable=False),
    Column("error", Text),
    Index("ix_fetches_at", "at"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime(), nullable=False),
    Column("kind", String(20), nullable=False),  # new | changed | duplicate | removed
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("revision_id", Integer, ForeignKey("revisions.id", ondelete="SET NULL")),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="SET NULL")),
    Column("baseline", Boolean, nullable=False, default=False),
    Column("announce", Boolean, nullable=False, default=True),
    # Added by 0009_event_original: the statement a re-post's event speaks for (its edit
    # announced as a change of the original; on a "new" event, the one it was a copy of).
    Column("original_id", Integer, ForeignKey("documents.id", ondelete="SET NULL")),
    Index("ix_events_at", "at"),
    Index("ix_events_original", "original_id"),
)

# The near-duplicate index (store/dedup.py, format of 0016_dedup_signatures): postings of
# the keys fewer than MAX_DF documents share, the keys more share (a site's template
# sentences, their postings dropped), and per document its keys and scoring sentences.
dedup_keys = Table(
    "dedup_keys",
    metadata,
    Column("key", BigInteger, primary_key=True),
    Column(
        "document_id",
        Integer,
        ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sqlite_with_rowid=False,
)

dedup_stop = Table(
    "dedup_stop",
    metadata,
    Column("key", BigInteger, primary_key=True),
    sqlite_with_rowid=False,
)

dedup_docs = Table(
    "dedup_docs",
    metadata,
    Column(
        "document_id",
        Integer,
        ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("keys", LargeBinary, nullable=False),  # 8 bytes a key, little-endian
    Column("sentences", LargeBinary, nullable=False),  # zlib: "words\tslot words" lines
)

actions = Table(
    "actions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("revision_id", Integer, ForeignKey("revisions.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("verb", String(100), nullable=False),
    # Added by 0005_action_details: what the finder says of the measure.
    Column("kind", String(30), nullable=False, server_default="other"),
    Column("object", Text, nullable=False, server_default=""),
    Column("amount", Text, nullable=False, server_default=""),
    Column("stated_date", Text, nullable=False, server_default=""),
    Column("confidence", Float, nullable=False, server_default="0"),
    # The earlier action (of another document) this one announces again, if any.
    Column("repeat_of", Integer, ForeignKey("actions.id", ondelete="SET NULL")),
    Index("ix_actions_revision", "revision_id"),
)

# Keys of action sentences, to find an action announced again in a later document.
action_keys = Table(
    "action_keys",
    metadata,
    Column("key", BigInteger, nullable=False),
    Column("action_id", Integer, ForeignKey("actions.id", ondelete="CASCADE"), nullable=False),
    Index("ix_action_keys_key", "key"),
    Index("ix_action_keys_action", "action_id"),
)

subscription_state = Table(
    "subscription_state",
    metadata,
    Column("name", String(500), primary_key=True),
    Column("last_event_id", Integer, nullable=False),  # events up to here are dealt with
    Column("last_digest_at", UTCDateTime()),
)

digests = Table(
    "digests",
    metadata,
    Column("id", String(64), primary_key=True),  # the digest_id receivers see, stable on retry
    Column("subscription", String(500), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("payload", Text, nullable=False),  # the JSON body, fixed when the digest is made
    Index("ix_digests_subscription", "subscription"),
)

digest_items = Table(
    "digest_items",
    metadata,
    Column("digest_id", String(64), ForeignKey("digests.id", ondelete="CASCADE"),
           nullable=False),
    Column("subscription", String(500), nullable=False),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    # An event goes into at most one digest of a subscription, whatever crashes.
    UniqueConstraint("subscription", "event_id", name="uq_digest_items_subscription_event"),
)

deliveries = Table(
    "deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("digest_id", String(64), ForeignKey("digests.id", ondelete="CASCADE"),
           nullable=False),
    Column("channel", String(20), nullable=False),  # email | webhook
    Column("target", Text, nullable=False),
    Column("status", String(20), nullable=False),  # pending | sending | sent | dead
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", UTCDateTime(), nullable=False),
    Column("last_error", Text),
    Column("sent_at", UTCDateTime()),
    # Added by 0011_delivery_claims: who is sending it ("sending") and until when; a
    # claim whose lease ran out (its worker died mid-send) is due again.
    Column("claimed_by", String(200)),
    Column("lease_until", UTCDateTime()),
    Index("ix_deliveries_status_next", "status", "next_attempt_at"),
)


# Per-host page templates: block fingerprints and on how many distinct pages of the host
# each was seen; a block seen on enough of them is the host's frame, not a statement.
host_templates = Table(
    "host_templates",
    metadata,
    Column("host", String(255), primary_key=True),
    Column("fingerprint", String(16), primary_key=True),
    Column("pages", Integer, nullable=False),
    Column("first_seen_at", UTCDateTime(), nullable=False),
)

host_template_pages = Table(
    "host_template_pages",
    metadata,
    Column("host", String(255), primary_key=True),
    Column("page", String(16), primary_key=True),  # a hash of the page's URL
    Column("learned_at", UTCDateTime(), nullable=False),
)


# The links a source's baseline found (0008): one that failed then is stored later as
# baseline too, never announced.
baseline_links = Table(
    "baseline_links",
    metadata,
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    Column("url", Text, nullable=False),
    UniqueConstraint("source_id", "url", name="uq_baseline_links_source_url"),
)

# Health incidents (0008): a source failing check after check, a delivery target parked as
# dead. Open while closed_at is null; each opening and closing is told once.
health = Table(
    "health",
    metadata,
    Column("key", String(600), primary_key=True),  # "source:NAME", "delivery:CHANNEL:TARGET"
    Column("opened_at", UTCDateTime(), nullable=False),
    Column("closed_at", UTCDateTime()),
    Column("detail", Text, nullable=False, default=""),
)


# Per-host politeness across workers (0012): the earliest start of the next request to
# the host, as epoch seconds; each request reserves its start by moving it on atomically.
host_slots = Table(
    "host_slots",
    metadata,
    Column("host", String(255), primary_key=True),
    Column("next_start", Float, nullable=False),
)

# Live workers (0013): each daemon or `run` process, with its last heartbeat.
workers = Table(
    "workers",
    metadata,
    Column("id", String(200), primary_key=True),  # host:pid:random
    Column("hostname", String(255), nullable=False),
    Column("pid", Integer, nullable=False),
    Column("command", String(50), nullable=False),  # daemon | run
    Column("started_at", UTCDateTime(), nullable=False),
    Column("heartbeat_at", UTCDateTime(), nullable=False),
    Column("stopped_at", UTCDateTime()),
    # PostgreSQL (0017): the server session the worker keeps open while it lives, as the
    # backend's pid and start (epoch seconds); once that session is gone the worker is dead
    # and its claims are free at once, without waiting for their leases to run out.
    Column("session_pid", Integer),
    Column("session_start", Float),
)
