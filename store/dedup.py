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

Scoring aligns sentences, not characters: the share of the shorter text whose
sentences reappear in the longer one, verbatim or with small edits, so reordered,
truncated and introduced copies score high. A sentence pair that differs by names or
numbers on both sides (a country, a minister, a date) is a template slot filled
differently, which is how look-alikes ("National Day" messages, call readouts, daily
schedules) differ from re-posts, so such a pair earns nothing.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import math
import re
import struct
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Connection

from . import schema
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
DUPLICATE_THRESHOLD = 90.0
CERTAIN = 99.0  # a score no other candidate needs to beat
FUZZY_SENTENCE = 75.0  # fuzz.ratio at which two sentences count as one, edited
MAX_PAIRS = 20_000  # sentence pairs compared for edits; more differing sentences means distinct
MIN_COVER = 0.3  # a text under this fraction of the other's length cannot re-post it
MAX_INTRO = 2  # unmatched sentences opening a copy that may be an intro line ...
MAX_INTRO_SHARE = 0.2  # ... when they are at most this share of it
MAX_INTRO_CHARS = 120  # ... or at most this long
BATCH = 2_000  # documents indexed per statement batch in a bulk load or rebuild
CHUNK = 500  # keys per IN list when indexing
_TOKEN = re.compile(r"\w+")
# Numbers anywhere, capitalised words but the first: the slots a template fills in.
_SLOT = re.compile(r"(?<=\W)[A-Z]\w*|\b\d\w*")


@dataclass(frozen=True)
class Match:
    """The stored document a new text duplicates, and how similar they are (0-100)."""

    document_id: int
    similarity: float


@dataclass(frozen=True)
class _Sentence:
    key: str  # normalised words
    text: str  # the sentence; loaded from the index, only its slot words (" " + words)

    @functools.cached_property
    def words(self) -> frozenset[str]:
        return frozenset(self.key.split(" "))

    @functools.cached_property
    def slots(self) -> frozenset[str]:  # names and numbers: what a template fills in
        return frozenset(m.lower() for m in _SLOT.findall(self.text))


def _key(token: str) -> int:
    # 63 bits so the key fits a signed BIGINT everywhere.
    return int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "big") >> 1


def document_keys(text: str) -> set[int]:
    """The index keys of a text: long-sentence hashes and sampled 5-gram hashes."""
    return set(_keys(text))


@functools.lru_cache(maxsize=4)  # tracking a new page checks, then indexes the same text
def _keys(text: str) -> frozenset[int]:
    # The same words as text.words and text.sentence_key, from the first MAX_CHARS only.
    # A text that short is split once, for its keys and for scoring (_sentences).
    sentences = (s.key for s in _sentences(text)) if len(text) <= MAX_CHARS else (
        " ".join(_TOKEN.findall(s.lower()))
        for s in split_sentences(unicodedata.normalize("NFKC", text[:MAX_CHARS])))
    keys = {_key("s:" + key) for key in sentences if key.count(" ") + 1 >= MIN_SENTENCE_WORDS}
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS])
    tokens = _TOKEN.findall(text.lower())
    join, blake2b, from_bytes = " ".join, hashlib.blake2b, int.from_bytes  # _key, inlined
    for i in range(len(tokens) - SHINGLE + 1):
        key = from_bytes(blake2b(join(tokens[i : i + SHINGLE]).encode(), digest_size=8)
                         .digest(), "big") >> 1
        if key % SAMPLE == 0:
            keys.add(key)
    return frozenset(keys)


def _pack_sentences(sentences: Sequence[_Sentence]) -> bytes:
    # The slot words keep their case: " " + them, split by _SLOT again, gives the same slots.
    return zlib.compress("\n".join(
        s.key + "\t" + " ".join(_SLOT.findall(s.text)) for s in sentences).encode(), 6)


def _unpack_sentences(blob: bytes) -> tuple[_Sentence, ...]:
    lines = zlib.decompress(blob).decode().split("\n")
    return tuple(_Sentence(key, " " + slots) for key, slots in
                 (line.split("\t") for line in lines if line))


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
                           _pack_sentences(_sentences(text))))
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


@functools.lru_cache(maxsize=16)  # a new text is scored against up to MAX_SCORED others
def _sentences(text: str) -> tuple[_Sentence, ...]:
    result = []
    for sentence in split_sentences(unicodedata.normalize("NFKC", text)):
        key = " ".join(_TOKEN.findall(sentence.lower()))
        if key:
            result.append(_Sentence(key, sentence))
    return tuple(result)


def _slot_swap(a: _Sentence, b: _Sentence) -> bool:
    # Each side names something the other does not: the same template, filled differently.
    return bool((a.slots - b.words) and (b.slots - a.words))


def _coverage(
    short: Sequence[_Sentence], long: Sequence[_Sentence], slots: bool = True
) -> tuple[float, int]:
    """Characters of `short` found again in `long`, verbatim or with small edits; and the
    characters of the unmatched sentences that open `short` (an intro line), if few and
    if the copy then starts where `long` starts."""
    pool = Counter(s.key for s in long)
    credit, unmatched = 0.0, []
    matched = [False] * len(short)
    for i, sentence in enumerate(short):
        if pool[sentence.key] > 0:
            pool[sentence.key] -= 1
            credit += len(sentence.key)
            matched[i] = True
        else:
            unmatched.append((i, sentence))
    rest = [s for s in long if pool[s.key] > 0]
    swapped = False
    opens = bool(long) and any(s.key == long[0].key for s in short)
    if unmatched and rest and len(unmatched) * len(rest) <= MAX_PAIRS:
        choices = {j: s.key for j, s in enumerate(rest)}
        for i, sentence in unmatched:
            found = process.extractOne(
                sentence.key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_SENTENCE
            )
            if found is None:
                continue
            if slots and _slot_swap(sentence, rest[found[2]]):
                swapped = True  # a template filled in differently: no intro line, a look-alike
                continue
            credit += len(sentence.key) * found[1] / 100
            matched[i] = True
            opens = opens or rest[found[2]] is long[0]
            del choices[found[2]]
    opening = next((i for i, m in enumerate(matched) if m), 0)
    # Two statements that differ in their opening and share a closing line are no re-post.
    if swapped or not opens or opening > MAX_INTRO:
        return credit, 0
    return credit, sum(len(s.key) for s in short[:opening])


def similarity(a: str, b: str, *, slots: bool = True) -> float:
    """0-100: how much of the shorter text the longer one carries, in any order, edits allowed.

    With `slots` (the default), a sentence pair that differs by names or numbers on both
    sides earns nothing (a template filled in differently); without, it is a small edit.
    """
    return _similarity(_sentences(a), _sentences(b), slots)


def _similarity(sa: Sequence[_Sentence], sb: Sequence[_Sentence], slots: bool = True) -> float:
    la, lb = sum(len(s.key) for s in sa), sum(len(s.key) for s in sb)
    if not la or not lb:
        return 0.0
    (short, ls), (long, ll) = sorted(((sa, la), (sb, lb)), key=lambda pair: pair[1])
    credit, intro = _coverage(short, long, slots)
    if ls / ll < MIN_COVER:
        return round(100 * credit / ll, 1)  # a fragment: scored against the whole
    score = _directed(credit, intro, ls, ll)
    if score < DUPLICATE_THRESHOLD:  # a truncated copy with an intro may be the longer one
        score = max(score, _directed(*_coverage(long, short, slots), ll, ls))
    return round(score, 1)


def _directed(credit: float, intro: int, size: int, other: int) -> float:
    """How much of one text (`size` characters) the other carries, 0-100.

    An intro line before the copied text ("The following statement was released by ...")
    is not held against it when short; a truncated copy loses a little for what it lacks.
    """
    if intro > max(MAX_INTRO_SHARE * size, MAX_INTRO_CHARS):
        intro = 0
    kept = size - intro
    ratio = min(kept, other) / max(kept, other)
    return min(100.0, 100 * credit / kept * (0.9 + 0.1 * ratio))


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
    mine = _sentences(text)
    for doc_id, duplicate_of, blob in rows:
        score = _similarity(mine, _unpack_sentences(blob))
        if score < DUPLICATE_THRESHOLD:
            continue
        if best is None or score > best.similarity:
            best = Match(duplicate_of or doc_id, score)
        if score >= CERTAIN:
            break  # candidates come best-sharing first; this one will not be beaten
    return best
