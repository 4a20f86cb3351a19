"""Frozen records the store hands out: never a Session, never a live row."""

from __future__ import annotations

import functools
import hashlib
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

__all__ = [
    "DocumentRecord",
    "EventRecord",
    "FetchRecord",
    "RawPage",
    "RevisionRecord",
    "SourceRecord",
    "TrackResult",
]

TrackStatus = Literal["new", "revision", "unchanged", "duplicate"]
ChangeClass = Literal["substantive", "trivial", "frame", "flapping"]


@dataclass(frozen=True)
class SourceRecord:
    """A configured source as stored, with its check state."""

    id: int
    name: str
    url: str
    kind: str
    every_seconds: int
    baseline_at: datetime | None
    last_checked_at: datetime | None
    next_check_at: datetime | None
    last_error: str | None
    failures: int
    etag: str | None
    last_modified: str | None
    links: int | None = None  # links the last successful check found (None: never checked)
    lease_owner: str | None = None  # the worker checking it now (until lease_until)
    lease_until: datetime | None = None


@dataclass(frozen=True)
class DocumentRecord:
    """One statement, identified by its canonical URL."""

    id: int
    url: str
    fetch_url: str
    source_id: int | None
    title: str
    published: datetime | None
    first_seen_at: datetime
    last_checked_at: datetime | None
    last_changed_at: datetime | None
    next_check_at: datetime | None
    revision_count: int
    text_hash: str
    duplicate_of: int | None
    similarity: float | None
    status: str
    failures: int
    last_error: str | None
    etag: str | None
    last_modified: str | None
    baseline: bool
    lease_owner: str | None = None  # the worker re-checking it now (until lease_until)
    lease_until: datetime | None = None


@dataclass(frozen=True)
class RevisionRecord:
    """One stored version of a document's cleaned text, with its diff to the previous one."""

    id: int
    document_id: int
    number: int
    fetched_at: datetime
    title: str
    published: datetime | None
    text: str
    text_hash: str
    added: tuple[str, ...]
    removed: tuple[str, ...]
    change: str | None
    raw_id: int | None
    score: float | None = None  # share of words changed, 0-100; null for the first


@dataclass(frozen=True)
class RawPage:
    """The bytes of a page as fetched, kept so it can be cleaned again later."""

    url: str
    content_type: str
    body: bytes
    encoding: str | None = None

    @functools.cached_property
    def packed(self) -> tuple[str, bytes]:
        """The body's SHA-256 (hex) and its zlib form as stored; worked out once, so that
        a caller can do it before the store step's lock."""
        return hashlib.sha256(self.body).hexdigest(), zlib.compress(self.body, 6)


@dataclass(frozen=True)
class FetchRecord:
    """One HTTP fetch as logged."""

    id: int
    at: datetime
    url: str
    final_url: str | None
    source_id: int | None
    document_id: int | None
    status: int | None
    bytes: int
    elapsed_ms: int
    outcome: str
    error: str | None


@dataclass(frozen=True)
class EventRecord:
    """Something that happened to a document: new, changed, duplicate or removed."""

    id: int
    at: datetime
    kind: str
    document_id: int
    revision_id: int | None
    source_id: int | None
    baseline: bool
    announce: bool
    original_id: int | None = None  # a re-post's event: the statement it speaks for


@dataclass(frozen=True)
class TrackResult:
    """What tracking made of one cleaned page."""

    status: TrackStatus
    document_id: int
    url: str
    revision_id: int | None = None
    duplicate_of: str | None = None
    similarity: float | None = None
    change: ChangeClass | None = None
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    score: float | None = None
