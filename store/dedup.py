"""Near-duplicate detection across URLs: exact hash, then rare keys, then rapidfuzz.

Each document is indexed by a few keys: the hashes of its longer sentences and a
content-defined sample of its word 5-grams (those whose hash is 0 modulo SAMPLE,
so a truncated or partly edited copy keeps the keys of the parts it kept). Keys
shared by many documents (a site's template sentences) are ignored when looking
for candidates, so only the handful of documents that share rare keys with the
new one are scored with rapidfuzz.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import Connection, bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from . import schema
from .text import normalize, sentence_key, split_sentences, words

__all__ = ["DUPLICATE_THRESHOLD", "Match", "document_keys", "find_duplicate", "index", "unindex"]

SHINGLE = 5
SAMPLE = 8
MIN_SENTENCE_WORDS = 6
MAX_DF = 50  # a key shared by more documents than this is template, not content
MAX_CANDIDATES = 12
DUPLICATE_THRESHOLD = 90.0
_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")


@dataclass(frozen=True)
class Match:
    """The stored document a new text duplicates, and how similar they are (0-100)."""

    document_id: int
    similarity: float


def _key(token: str) -> int:
    # 63 bits so the key fits a signed BIGINT everywhere.
    return int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "big") >> 1


def document_keys(text: str) -> set[int]:
    """The index keys of a text: long-sentence hashes and sampled 5-gram hashes."""
    keys = set()
    for sentence in split_sentences(text):
        skey = sentence_key(sentence)
        if skey.count(" ") + 1 >= MIN_SENTENCE_WORDS:
            keys.add(_key("s:" + skey))
    tokens = words(text)
    for i in range(len(tokens) - SHINGLE + 1):
        key = _key(" ".join(tokens[i : i + SHINGLE]))
        if key % SAMPLE == 0:
            keys.add(key)
    return keys


def _upsert_df(conn: Connection, keys: Iterable[int], delta: int) -> None:
    rows = [{"key": k, "df": max(delta, 0)} for k in keys]
    if not rows:
        return
    table = schema.dedup_df
    if conn.dialect.name in ("sqlite", "postgresql"):
        dialect_insert = sqlite.insert if conn.dialect.name == "sqlite" else postgresql.insert
        stmt = dialect_insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=[table.c.key], set_={"df": table.c.df + delta}
        )
        conn.execute(stmt, rows)
        return
    for row in rows:  # portable fallback
        updated = conn.execute(
            update(table).where(table.c.key == row["key"]).values(df=table.c.df + delta)
        )
        if updated.rowcount == 0 and delta > 0:
            conn.execute(table.insert().values(**row))


def index(conn: Connection, document_id: int, text: str) -> None:
    """Add (or refresh) a document's keys in the index."""
    unindex(conn, document_id)
    keys = document_keys(text)
    if not keys:
        return
    conn.execute(
        schema.dedup_keys.insert(), [{"key": k, "document_id": document_id} for k in keys]
    )
    _upsert_df(conn, keys, +1)


def unindex(conn: Connection, document_id: int) -> None:
    """Remove a document's keys from the index."""
    table = schema.dedup_keys
    query = select(table.c.key).where(table.c.document_id == document_id)
    old = list(conn.execute(query).scalars())
    if not old:
        return
    conn.execute(delete(table).where(table.c.document_id == document_id))
    _upsert_df(conn, old, -1)


def _candidates(conn: Connection, keys: set[int], exclude: int | None) -> list[int]:
    if not keys:
        return []
    table, df = schema.dedup_keys, schema.dedup_df
    rare = (
        select(df.c.key)
        .where(df.c.key.in_(bindparam("keys", expanding=True)), df.c.df <= MAX_DF)
        .scalar_subquery()
    )
    query = (
        select(table.c.document_id, func.count().label("shared"))
        .where(table.c.key.in_(rare))
        .group_by(table.c.document_id)
        .order_by(func.count().desc())
        .limit(MAX_CANDIDATES + 1)
    )
    rows = conn.execute(query, {"keys": list(keys)}).all()
    return [doc for doc, _ in rows if doc != exclude][:MAX_CANDIDATES]


def _proper_nouns(text: str) -> set[str]:
    return {m.group(0) for m in _PROPER.finditer(text)}


def similarity(a: str, b: str) -> float:
    """0-100: how much of the shorter text the longer one carries, edits allowed."""
    na, nb = " ".join(words(a)), " ".join(words(b))
    if not na or not nb:
        return 0.0
    score = fuzz.ratio(na, nb)
    shorter, longer = sorted((na, nb), key=len)
    if len(shorter) >= 200 and len(shorter) < 0.8 * len(longer):
        # A truncated re-post or one with an intro line: score the best-aligned window.
        score = max(score, fuzz.partial_ratio(shorter, longer) * 0.98)
    return float(score)


def _template_lookalike(a: str, b: str) -> bool:
    # Look-alikes built from one template ("National Day" messages, readouts) differ in
    # the names they carry; a re-post keeps every name of the original.
    only_a, only_b = _proper_nouns(a) - _proper_nouns(b), _proper_nouns(b) - _proper_nouns(a)
    return bool(only_a) and bool(only_b) and normalize(a) != normalize(b)


def find_duplicate(
    conn: Connection, text: str, *, exclude: int | None = None
) -> Match | None:
    """The stored original this text re-posts, or None when it is a new statement."""
    docs, revs = schema.documents, schema.revisions
    keys = document_keys(text)
    candidates = _candidates(conn, keys, exclude)
    if not candidates:
        return None
    rows = conn.execute(
        select(docs.c.id, docs.c.duplicate_of, revs.c.text)
        .join(revs, (revs.c.document_id == docs.c.id) & (revs.c.number == docs.c.revision_count))
        .where(docs.c.id.in_(candidates))
    ).all()
    best: Match | None = None
    for doc_id, duplicate_of, other in rows:
        score = similarity(text, other)
        if score < DUPLICATE_THRESHOLD or _template_lookalike(text, other):
            continue
        original = duplicate_of or doc_id
        if best is None or score > best.similarity:
            best = Match(original, round(score, 1))
    return best
