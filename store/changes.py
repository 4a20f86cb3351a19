"""Classing a revision: substantive, trivial, frame or flapping, and how much it changed.

The tracker sees cleaned text, so markup, link targets, whitespace, quote styles,
punctuation and reflowed paragraphs never reach here: texts that differ only in those
have the same word hash and are *unchanged*. What is left is classed in this order:

- **flapping**: the text is back to one of the last FLAP_WINDOW revisions (A -> B -> A);
- **trivial**: the added and removed sentences pair off once punctuation and spaces are
  dropped ("D.C." and "DC", a list re-cut into lines), and, in short lines and stamps
  ("Page last reviewed", "Number of views", a dateline), numbers, dates and times
  masked. A number changed in a sentence of the statement itself ("$5 million", "July
  22, 2020") is substantive;
- **frame**: every sentence added or removed, after pairing off the trivial ones, is a
  template sentence of the host: one found in most (FRAME_SHARE) of the host's other
  recent documents as stored, and in FRAME_DOCS at least (a footer, a banner, a menu
  the cleaner let through). A byline or a dateline that many but not most statements
  carry is content. A new template line replacing an old one counts when it is a small
  edit of it;
- **substantive**: anything else. Only these are announced by default.

The score is the share of words changed, 0-100: the words of the removed and added
sentences that do not match up, over the words of both versions.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from rapidfuzz import fuzz
from sqlalchemy import Connection, select

from . import schema
from .diff import indel_distance
from .records import ChangeClass
from .text import sentence_key, split_sentences, words

__all__ = ["FLAP_WINDOW", "FRAME_DOCS", "Change", "change_score", "classify", "frame_sentences",
           "masked"]

FLAP_WINDOW = 5  # a text equal to one of the last N revisions is flapping, not news
FRAME_DOCS = 2  # a template sentence is in at least this many other documents of the host
FRAME_SHARE = 0.6  # ... and in this share of those looked at
FRAME_SAMPLE = 60  # the most recent documents of a host looked at for its template
FRAME_EDIT = 80.0  # fuzz.ratio at which a new template line is an edit of an old one
_DATE_WORDS = frozenset(
    """
    jan january feb february mar march apr april may jun june jul july aug august sep sept
    september oct october nov november dec december mon monday tue tues tuesday wed wednesday
    thu thur thurs thursday fri friday sat saturday sun sunday edt est cdt cst mdt mst
    pdt pst utc gmt et
    """.split()
)
STAMP_WORDS = 8  # a line this short whose numbers moved is a stamp, not a statement
_STAMP = frozenset(
    "updated update reviewed modified posted views viewed comments accessed retrieved "
    "revised edited published printed generated".split()
)
_HAS_DIGIT = re.compile(r"\d")
_CLOCK = re.compile(r"(?<=\d)\s*[ap]\.?\s?m\b\.?", re.IGNORECASE)  # "10:15 a.m."


@dataclass(frozen=True)
class Change:
    """A revision's class and score (share of words changed, 0-100)."""

    kind: ChangeClass
    score: float


def masked(text: str) -> tuple[str, ...]:
    """The words of a text with numbers, dates and times masked: what a counter cannot move."""
    out: list[str] = []
    for word in words(_CLOCK.sub(" 0 ", text)):
        slot = "#" if _HAS_DIGIT.search(word) or word in _DATE_WORDS else word
        if not (slot == "#" and out and out[-1] == "#"):  # "March 3, 2026" is one slot
            out.append(slot)
    return tuple(out)


def _shape(text: str) -> str:
    # Words run together: punctuation inside a word ("D.C.", "e-mail") is cosmetic. Numbers
    # are masked only in stamps and short lines, where they are counters and dates.
    tokens = words(text)
    if len(tokens) <= STAMP_WORDS or not _STAMP.isdisjoint(tokens):
        return "".join(masked(text))
    return "".join(tokens)


def change_score(old: str, new: str, added: Iterable[str], removed: Iterable[str]) -> float:
    """The share of words changed between two texts, 0-100, from their sentence diff."""
    plus = [w for s in added for w in words(s)]
    minus = [w for s in removed for w in words(s)]
    total = len(words(old)) + len(words(new))
    if not total:
        return 0.0
    # Words inserted plus words deleted: len(plus) + len(minus) - 2 * (words kept in order).
    return round(100 * indel_distance(minus, plus) / total, 2)


def _untrivial(
    added: tuple[str, ...], removed: tuple[str, ...]
) -> tuple[list[str], list[str]]:
    """Added and removed sentences left once pairs equal but for numbers are paired off."""
    pool = Counter(_shape(s) for s in removed)
    plus = []
    for sentence in added:
        key = _shape(sentence)
        if pool[key] > 0:
            pool[key] -= 1
        else:
            plus.append(sentence)
    minus = []
    for sentence in removed:
        key = _shape(sentence)
        if pool[key] > 0:
            pool[key] -= 1
            minus.append(sentence)
    if "".join(words(" ".join(plus))) == "".join(words(" ".join(minus))):
        return [], []  # the same words cut into other sentences or lines
    return plus, minus


def frame_sentences(conn: Connection, url: str, document_id: int | None) -> frozenset[str]:
    """Sentence keys found in most of the host's other recent documents: its frame."""
    host = urlsplit(url).netloc
    counts: Counter[str] = Counter()
    if not host:
        return frozenset()
    docs, revs = schema.documents, schema.revisions
    query = (
        select(revs.c.text)
        .join(docs, (revs.c.document_id == docs.c.id) & (revs.c.number == docs.c.revision_count))
        .where(docs.c.url.like(f"http%://{host}/%"), docs.c.duplicate_of.is_(None))
        .order_by(docs.c.id.desc()).limit(FRAME_SAMPLE)
    )
    if document_id is not None:
        query = query.where(docs.c.id != document_id)
    texts = conn.execute(query).scalars().all()
    for text in texts:
        counts.update({sentence_key(s) for s in split_sentences(text)})
    needed = max(FRAME_DOCS, math.ceil(FRAME_SHARE * len(texts)))
    return frozenset(k for k, n in counts.items() if n >= needed)


def _is_frame(plus: list[str], minus: list[str], frame: frozenset[str]) -> bool:
    def common(sentence: str) -> bool:
        return sentence_key(sentence) in frame

    if not all(common(s) for s in minus):
        return False
    old = [sentence_key(s) for s in minus]
    return all(common(s) or any(fuzz.ratio(sentence_key(s), o) >= FRAME_EDIT for o in old)
               for s in plus)


def classify(
    *, old_title: str, old: str, title: str, new: str, added: tuple[str, ...],
    removed: tuple[str, ...], new_hash: str, recent: list[str],
    frame: Callable[[], frozenset[str]] | None = None,
) -> Change:
    """The class and score of the revision from (old_title, old) to (title, new).

    `frame` (the host's frame sentences) is called only when the frame could decide the class.
    """
    retitled = words(title) != words(old_title)
    score = change_score(old_title + "\n" + old, title + "\n" + new,
                         [*added, *([title] if retitled else [])],
                         [*removed, *([old_title] if retitled else [])])
    if new_hash in recent:
        return Change("flapping", score)
    plus, minus = _untrivial(added, removed)
    if _shape(title) != _shape(old_title):
        return Change("substantive", score)
    if not plus and not minus:
        return Change("trivial", score)
    if frame is not None and _is_frame(plus, minus, frame()):
        return Change("frame", score)
    return Change("substantive", score)
