"""Near-duplicate detection across URLs: exact hash, then rare keys, then rapidfuzz.

Each document is indexed by a few keys taken from its first MAX_CHARS characters: the
hashes of its longer sentences and a content-defined sample of its word 5-grams
(those whose hash is 0 modulo SAMPLE, so a truncated, reordered or partly edited
copy keeps the keys of the parts it kept). A key more than MAX_DF documents share (a
site's template sentences) becomes a stop key and loses its postings, so every posting
list stays short and one lookup of the new text's keys names the few documents that
share the most rare keys with it; only those are scored.

Each indexed document also keeps its keys (to unindex it) and its sentences as scoring
needs them (normalised words and slot words), so a candidate is scored without loading
and re-splitting its text.

Scoring (store/likeness.py) aligns sentences, names and numbers being template slots.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import math
import struct
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from . import schema
from .likeness import (
    DUPLICATE_THRESHOLD,
    TOKEN,
    pack_sentences,
    sentence_similarity,
    sentences,
    similarity,
    unpack_sentences,
)
from .text import split_sentences

__all__ = [
    "DUPLICATE_THRESHOLD",
    "Match",
    "document_keys",
    "find_duplicate",
    "index",
    "index_many",
    "rebuild",
    "similarity",
    "unindex",
]

SHINGLE = 5
SAMPLE = 8
MIN_SENTENCE_WORDS = 6
MAX_CHARS = 10_000  # keys come from the start of a text: bounds index size and query cost
MAX_DF = 50  # a key shared by more documents than this is template, not content
MIN_SHARED = 2  # rare keys a stored document must share with the new one to be scored
MIN_SHARE = 0.2  # ... and at least this share of the new one's rare keys
MAX_SCORED = 4  # at most this many candidates, the best-sharing ones, are scored
MAX_QUERIED = 48  # the rarest keys looked up in the index: bounds the query as it grows
CERTAIN = 99.0  # a score no other candidate needs to beat
BATCH = 2_000  # documents indexed per statement batch in a bulk load or rebuild
CHUNK = 500  # keys per IN list when indexing


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
    return set(_keys(text))


@functools.lru_cache(maxsize=4)  # tracking a new page checks, then indexes the same text
def _keys(text: str) -> frozenset[int]:
    # The same words as text.words and text.sentence_key, from the first MAX_CHARS only.
    # A text that short is split once, for its keys and for scoring (likeness.sentences).
    keyed = (s.key for s in sentences(text)) if len(text) <= MAX_CHARS else (
        " ".join(TOKEN.findall(s.lower()))
        for s in split_sentences(unicodedata.normalize("NFKC", text[:MAX_CHARS])))
    keys = {_key("s:" + key) for key in keyed if key.count(" ") + 1 >= MIN_SENTENCE_WORDS}
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS])
    tokens = TOKEN.findall(text.lower())
    join, blake2b, from_bytes = " ".join, hashlib.blake2b, int.from_bytes  # _key, inlined
    for i in range(len(tokens) - SHINGLE + 1):
        key = from_bytes(blake2b(join(tokens[i : i + SHINGLE]).encode(), digest_size=8)
                         .digest(), "big") >> 1
        if key % SAMPLE == 0:
            keys.add(key)
    return frozenset(keys)


def _in(conn: Connection, sql: str, values: Sequence[int], *more: int) -> list[Any]:
    """_rows over values in chunks of CHUNK (a bulk load names more keys than one IN takes)."""
    return [row for i in range(0, len(values), CHUNK)
            for row in _rows(conn, sql, values[i : i + CHUNK], *more)]


def _many(conn: Connection, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """A driver-level executemany of `sql` whose parameters are written "{p}"."""
    conn.exec_driver_sql(sql.replace("{p}", "?" if conn.dialect.paramstyle == "qmark" else "%s"),
                         list(rows))


def index(conn: Connection, document_id: int, text: str) -> None:
    """Add (or refresh) a document's keys in the index."""
    unindex(conn, document_id)
    index_many(conn, [(document_id, text)])


def index_many(
    conn: Connection, texts: Iterable[tuple[int, str]], *, batch_size: int = BATCH
) -> int:
    """Index many new documents at once (a bulk load); return how many postings were added."""
    texts = iter(texts)
    batch = list(itertools.islice(texts, batch_size))
    following = list(itertools.islice(texts, batch_size))
    if not following:
        return _post(conn, _signatures(conn, batch))
    # A bulk load stages its postings and adds them in key order at once: the index is then
    # written leaf by leaf, not a random leaf a posting.
    conn.exec_driver_sql("CREATE TEMPORARY TABLE IF NOT EXISTS dedup_staged "
                         "(key BIGINT NOT NULL, document_id INTEGER NOT NULL)")
    while batch:
        _many(conn, "INSERT INTO dedup_staged (key, document_id) VALUES ({p}, {p})",
              _signatures(conn, batch))
        batch, following = following, list(itertools.islice(texts, batch_size))
    stop = "DELETE FROM dedup_staged WHERE key IN (SELECT key FROM dedup_stop)"
    conn.exec_driver_sql(stop)
    _stop(conn, [row[0] for row in _rows(
        conn, "SELECT s.key FROM dedup_staged s GROUP BY s.key HAVING count(*) + "
        "(SELECT count(*) FROM dedup_keys k WHERE k.key = s.key) > {p}", [], MAX_DF)])
    conn.exec_driver_sql(stop)
    added = conn.exec_driver_sql(
        "INSERT INTO dedup_keys (key, document_id) SELECT key, document_id FROM dedup_staged "
        "ORDER BY key, document_id").rowcount
    conn.exec_driver_sql("DROP TABLE dedup_staged")
    return int(added)


def _signatures(conn: Connection, batch: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Store each document's keys and sentences; return its postings, (key, document)."""
    signatures: list[tuple[int, bytes, bytes]] = []
    postings: list[tuple[int, int]] = []
    for document_id, text in batch:
        keys = sorted(_keys(text))
        signatures.append((document_id, struct.pack(f"<{len(keys)}q", *keys),
                           pack_sentences(sentences(text))))
        postings.extend((key, document_id) for key in keys)
    if signatures:
        _many(conn, "INSERT INTO dedup_docs (document_id, keys, sentences) "
              "VALUES ({p}, {p}, {p})", signatures)
    return postings


def _post(conn: Connection, postings: list[tuple[int, int]]) -> int:
    """Add postings to the index, but those of stop keys; return how many were added."""
    keys = sorted({key for key, _ in postings})
    stopped = {row[0] for row in _in(conn, "SELECT key FROM dedup_stop WHERE key IN ({in})", keys)}
    postings = sorted(p for p in postings if p[0] not in stopped)  # key order: leaf by leaf
    if not postings:
        return 0
    _many(conn, "INSERT INTO dedup_keys (key, document_id) VALUES ({p}, {p})", postings)
    _stop(conn, [row[0] for row in _in(
        conn, "SELECT key FROM dedup_keys WHERE key IN ({in}) GROUP BY key "
        "HAVING count(*) > {p}", [k for k in keys if k not in stopped], MAX_DF)])
    return len(postings)


def _stop(conn: Connection, keys: list[int]) -> None:
    # A key shared by more than MAX_DF documents is template: a stop key, no postings.
    if keys:
        _many(conn, "INSERT INTO dedup_stop (key) VALUES ({p})", [(k,) for k in keys])
        _in(conn, "DELETE FROM dedup_keys WHERE key IN ({in})", sorted(keys))


def unindex(conn: Connection, document_id: int) -> None:
    """Remove a document's keys from the index (a stop key stays one)."""
    row = _rows(conn, "SELECT keys FROM dedup_docs WHERE document_id = {p}", [], document_id)
    if not row:
        return
    blob = row[0][0]
    _in(conn, "DELETE FROM dedup_keys WHERE key IN ({in}) AND document_id = {p}",
        struct.unpack(f"<{len(blob) // 8}q", blob), document_id)
    _rows(conn, "DELETE FROM dedup_docs WHERE document_id = {p}", [], document_id)


def rebuild(conn: Connection) -> int:
    """Index every document's current text again from scratch; return how many."""
    for table in (schema.dedup_keys, schema.dedup_stop, schema.dedup_docs):
        conn.execute(table.delete())

    def texts() -> Iterator[tuple[int, str]]:
        last = 0
        while rows := _rows(
            conn, "SELECT d.id, r.text FROM documents d JOIN revisions r ON r.document_id = d.id "
            "AND r.number = d.revision_count WHERE d.id > {p} ORDER BY d.id LIMIT {p}",
            [], last, BATCH,
        ):
            yield from ((doc, text) for doc, text in rows)
            last = rows[-1][0]

    index_many(conn, texts())
    return int(_rows(conn, "SELECT count(*) FROM dedup_docs", [])[0][0])


def _rows(conn: Connection, sql: str, values: Sequence[int], *more: int) -> list[Any]:
    """Rows of a driver-level query whose "{in}" is a list of len(values) parameters.

    The duplicate check runs on every new page; SQLAlchemy's expanding IN costs more
    than the lookups themselves (0.3 ms a statement), so these few queries go to the
    driver as they are.
    """
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    query = sql.replace("{in}", ", ".join([mark] * len(values))).replace("{p}", mark)
    result = conn.exec_driver_sql(query, (*values, *more))
    return list(result.all()) if result.returns_rows else []


def _candidates(conn: Connection, keys: frozenset[int], exclude: int | None) -> list[int]:
    """The stored documents sharing the most rare keys with these, best first."""
    if not keys:
        return []
    values = list(keys)
    # One round trip for the stop keys and how many documents hold each other key (the
    # counts read the postings the second query reads again, from the page cache).
    known: dict[int, int] = dict(_rows(
        conn, "SELECT key, -1 FROM dedup_stop WHERE key IN ({in}) UNION ALL "
        "SELECT key, count(*) FROM dedup_keys WHERE key IN ({in}) GROUP BY key",
        values, *values))
    rare = [k for k in values if 0 <= known.get(k, 0) <= MAX_DF]
    # A re-post keeps most of its rare keys; a stranger shares a stray phrase or two.
    needed = max(MIN_SHARED, math.ceil(MIN_SHARE * len(rare)))
    stored = sorted((known[k], k) for k in rare if k in known)  # none stored: no use
    if len(stored) > MAX_QUERIED:  # the rarest keys name the few documents worth scoring
        needed = max(MIN_SHARED, math.ceil(needed * MAX_QUERIED / len(stored)))
        stored = stored[:MAX_QUERIED]
    if len(stored) < needed:
        return []
    rows = _rows(
        conn,
        "SELECT document_id, count(*) AS shared FROM dedup_keys WHERE key IN ({in}) "
        "GROUP BY document_id HAVING count(*) >= {p} ORDER BY shared DESC, document_id "
        "LIMIT {p}",
        [k for _, k in stored], needed, MAX_SCORED + 1,
    )
    return [doc for doc, _ in rows if doc != exclude][:MAX_SCORED]


def find_duplicate(
    conn: Connection, text: str, *, exclude: int | None = None
) -> Match | None:
    """The stored original this text re-posts, or None when it is a new statement."""
    candidates = _candidates(conn, _keys(text), exclude)
    if not candidates:
        return None
    found = _rows(
        conn,
        "SELECT d.id, d.duplicate_of, s.sentences FROM documents d JOIN dedup_docs s "
        "ON s.document_id = d.id WHERE d.id IN ({in})",
        candidates,
    )
    rows = sorted(found, key=lambda row: candidates.index(row[0]))
    best: Match | None = None
    mine = sentences(text)
    for doc_id, duplicate_of, blob in rows:
        score = sentence_similarity(mine, unpack_sentences(blob))
        if score < DUPLICATE_THRESHOLD:
            continue
        if best is None or score > best.similarity:
            best = Match(duplicate_of or doc_id, score)
        if score >= CERTAIN:
            break  # candidates come best-sharing first; this one will not be beaten
    return best
