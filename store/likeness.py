"""How much of one text another carries: sentence alignment with edits, names and numbers
as template slots. The scoring half of the duplicate check (store/dedup.py), pure text.

Scoring aligns sentences, not characters: the share of the shorter text whose
sentences reappear in the longer one, verbatim or with small edits, so reordered,
truncated and introduced copies score high. A sentence pair that differs by names or
numbers on both sides (a country, a minister, a date) is a template slot filled
differently, which is how look-alikes ("National Day" messages, call readouts, daily
schedules) differ from re-posts, so such a pair earns nothing.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .text import split_sentences

__all__ = ["DUPLICATE_THRESHOLD", "TOKEN", "Sentence", "pack_sentences", "sentence_similarity",
           "sentences", "similarity", "unpack_sentences"]

DUPLICATE_THRESHOLD = 90.0
FUZZY_SENTENCE = 75.0  # fuzz.ratio at which two sentences count as one, edited
MAX_PAIRS = 20_000  # sentence pairs compared for edits; more differing sentences means distinct
MIN_COVER = 0.3  # a text under this fraction of the other's length cannot re-post it
MAX_INTRO = 2  # unmatched sentences opening a copy that may be an intro line ...
MAX_INTRO_SHARE = 0.2  # ... when they are at most this share of it
MAX_INTRO_CHARS = 120  # ... or at most this long
TOKEN = re.compile(r"\w+")
# Numbers anywhere, capitalised words but the first: the slots a template fills in.
_SLOT = re.compile(r"(?<=\W)[A-Z]\w*|\b\d\w*")


@dataclass(frozen=True)
class Sentence:
    """One sentence as scoring sees it."""

    key: str  # normalised words
    text: str  # the sentence; loaded from the index, only its slot words (" " + words)

    @functools.cached_property
    def words(self) -> frozenset[str]:
        return frozenset(self.key.split(" "))

    @functools.cached_property
    def slots(self) -> frozenset[str]:  # names and numbers: what a template fills in
        return frozenset(m.lower() for m in _SLOT.findall(self.text))


def pack_sentences(split: Sequence[Sentence]) -> bytes:
    """A text's sentences as scoring needs them, compressed for the index."""
    # The slot words keep their case: " " + them, split by _SLOT again, gives the same slots.
    return zlib.compress("\n".join(
        s.key + "\t" + " ".join(_SLOT.findall(s.text)) for s in split).encode(), 6)


def unpack_sentences(blob: bytes) -> tuple[Sentence, ...]:
    """The inverse of `pack_sentences` (each sentence's text is its slot words only)."""
    lines = zlib.decompress(blob).decode().split("\n")
    return tuple(Sentence(key, " " + slots) for key, slots in
                 (line.split("\t") for line in lines if line))


@functools.lru_cache(maxsize=16)  # a new text is scored against a few candidates
def sentences(text: str) -> tuple[Sentence, ...]:
    """A text's sentences with their normalised words (empty ones dropped)."""
    result = []
    for sentence in split_sentences(unicodedata.normalize("NFKC", text)):
        key = " ".join(TOKEN.findall(sentence.lower()))
        if key:
            result.append(Sentence(key, sentence))
    return tuple(result)


def _slot_swap(a: Sentence, b: Sentence) -> bool:
    # Each side names something the other does not: the same template, filled differently.
    return bool((a.slots - b.words) and (b.slots - a.words))


def _coverage(
    short: Sequence[Sentence], long: Sequence[Sentence], slots: bool = True
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
    return sentence_similarity(sentences(a), sentences(b), slots)


def sentence_similarity(
    sa: Sequence[Sentence], sb: Sequence[Sentence], slots: bool = True
) -> float:
    """`similarity` of two texts already split by `sentences`."""
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
