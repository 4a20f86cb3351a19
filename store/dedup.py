"""Near-duplicate detection across URLs: exact hash, then rare keys, then rapidfuzz.

Each document is indexed by a few keys taken from its first MAX_CHARS characters: the
hashes of its longer sentences and a content-defined sample of its word 5-grams
(those whose hash is 0 modulo SAMPLE, so a truncated, reordered or partly edited
copy keeps the keys of the parts it kept). Keys shared by more than MAX_DF documents
(a site's template sentences) are ignored when looking for candidates, so only the
few documents that share the most rare keys with the new one are scored.

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
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, bindparam, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from . import schema
from .text import split_sentences

__all__ = [
    "DUPLICATE_THRESHOLD",
    "Match",
    "document_keys",
    "find_duplicate",
    "index",
    "index_many",
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
    text: str

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
    for i in range(len(tokens) - SHINGLE + 1):
        key = _key(" ".join(tokens[i : i + SHINGLE]))
        if key % SAMPLE == 0:
            keys.add(key)
    return frozenset(keys)


def _add_df(conn: Connection, counts: Counter[int]) -> None:
    if not counts:
        return
    table = schema.dedup_df
    rows = [{"key": k, "df": n} for k, n in counts.items()]
    if conn.dialect.name in ("sqlite", "postgresql"):
        dialect_insert = sqlite.insert if conn.dialect.name == "sqlite" else postgresql.insert
        stmt = dialect_insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=[table.c.key], set_={"df": table.c.df + stmt.excluded.df}
        )
        conn.execute(stmt, rows)
        return
    for row in rows:  # portable fallback
        updated = conn.execute(
            update(table).where(table.c.key == row["key"]).values(df=table.c.df + row["df"])
        )
        if updated.rowcount == 0:
            conn.execute(table.insert().values(**row))


def index(conn: Connection, document_id: int, text: str) -> None:
    """Add (or refresh) a document's keys in the index."""
    unindex(conn, document_id)
    index_many(conn, [(document_id, text)])


def index_many(conn: Connection, texts: Iterable[tuple[int, str]]) -> int:
    """Index many new documents at once (a bulk load); return how many keys were added."""
    rows: list[dict[str, int]] = []
    counts: Counter[int] = Counter()
    for document_id, text in texts:
        keys = document_keys(text)
        rows.extend({"key": k, "document_id": document_id} for k in keys)
        counts.update(keys)
    if rows:
        conn.execute(schema.dedup_keys.insert(), rows)
        _add_df(conn, counts)
    return len(rows)


def unindex(conn: Connection, document_id: int) -> None:
    """Remove a document's keys from the index."""
    table, df = schema.dedup_keys, schema.dedup_df
    query = select(table.c.key).where(table.c.document_id == document_id)
    old = list(conn.execute(query).scalars())
    if not old:
        return
    conn.execute(delete(table).where(table.c.document_id == document_id))
    conn.execute(
        update(df).where(df.c.key == bindparam("k")).values(df=df.c.df - 1),
        [{"k": k} for k in old],
    )
    # A key no document holds any more takes no room.
    conn.execute(delete(df).where(df.c.key.in_(old), df.c.df <= 0))


def _rows(conn: Connection, sql: str, values: Sequence[int], *more: int) -> list[Any]:
    """Rows of a driver-level query whose "{in}" is a list of len(values) parameters.

    The duplicate check runs on every new page; SQLAlchemy's expanding IN costs more
    than the lookups themselves (0.3 ms a statement), so these few queries go to the
    driver as they are.
    """
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    query = sql.replace("{in}", ", ".join([mark] * len(values))).replace("{p}", mark)
    return list(conn.exec_driver_sql(query, (*values, *more)).all())


def _candidates(conn: Connection, keys: set[int], exclude: int | None) -> list[int]:
    """The stored documents sharing the most rare keys with these, best first."""
    if not keys:
        return []
    found = _rows(conn, "SELECT key, df FROM dedup_df WHERE key IN ({in})", list(keys))
    known: dict[int, int] = {key: count for key, count in found}
    rare = [k for k in keys if known.get(k, 0) <= MAX_DF]
    # A re-post keeps most of its rare keys; a stranger shares a stray phrase or two.
    needed = max(MIN_SHARED, math.ceil(MIN_SHARE * len(rare)))
    stored = sorted((known[k], k) for k in rare if k in known)  # no stored document: no use
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
    sa, sb = _sentences(a), _sentences(b)
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
    candidates = _candidates(conn, document_keys(text), exclude)
    if not candidates:
        return None
    found = _rows(
        conn,
        "SELECT d.id, d.duplicate_of, r.text FROM documents d JOIN revisions r "
        "ON r.document_id = d.id AND r.number = d.revision_count WHERE d.id IN ({in})",
        candidates,
    )
    rows = sorted(found, key=lambda row: candidates.index(row[0]))
    best: Match | None = None
    for doc_id, duplicate_of, other in rows:
        score = similarity(text, other)
        if score < DUPLICATE_THRESHOLD:
            continue
        if best is None or score > best.similarity:
            best = Match(duplicate_of or doc_id, score)
        if score >= CERTAIN:
            break  # candidates come best-sharing first; this one will not be beaten
    return best
