"""A revision's edit as the web view shows it: changed sentences paired up and diffed word
by word, and the sentences only added or only removed."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

__all__ = ["Edit", "Segment", "edit_of", "word_diff"]

PAIR_SCORE = 50.0  # a removed and an added sentence this alike are one sentence edited


@dataclass(frozen=True)
class Segment:
    """A run of words: kept ("equal"), taken out ("delete") or put in ("insert")."""

    op: str
    text: str


@dataclass(frozen=True)
class Edit:
    """What one revision changed: sentence pairs word by word, and whole sentences."""

    pairs: tuple[tuple[Segment, ...], ...]
    removed: tuple[str, ...]
    added: tuple[str, ...]

    @property
    def empty(self) -> bool:
        """True when nothing is shown (a first revision, or only markup changed)."""
        return not (self.pairs or self.removed or self.added)

    def changes(self) -> list[dict[str, str]]:
        """`[{"before", "after"}]` per changed sentence pair, as the webhook has them."""
        return [{"before": " ".join(s.text for s in pair if s.op != "insert"),
                 "after": " ".join(s.text for s in pair if s.op != "delete")}
                for pair in self.pairs]


def word_diff(before: str, after: str) -> list[Segment]:
    """The words of `after` against `before`: runs kept, deleted and inserted, in order."""
    old, new = before.split(), after.split()
    out: list[Segment] = []
    for op in Indel.opcodes(old, new):
        if op.tag == "equal":
            out.append(Segment("equal", " ".join(old[op.src_start:op.src_end])))
        if op.src_end > op.src_start and op.tag != "equal":
            out.append(Segment("delete", " ".join(old[op.src_start:op.src_end])))
        if op.dest_end > op.dest_start and op.tag != "equal":
            out.append(Segment("insert", " ".join(new[op.dest_start:op.dest_end])))
    return out


def edit_of(removed: tuple[str, ...], added: tuple[str, ...]) -> Edit:
    """Pair each removed sentence with the most alike added one (greedily, best first)."""
    scored = sorted(((fuzz.ratio(r, a), i, j) for i, r in enumerate(removed)
                     for j, a in enumerate(added)), reverse=True)
    used_r: set[int] = set()
    used_a: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for score, i, j in scored:
        if score < PAIR_SCORE:
            break
        if i not in used_r and j not in used_a:
            used_r.add(i)
            used_a.add(j)
            pairs.append((i, j))
    pairs.sort(key=lambda p: p[1])
    return Edit(
        pairs=tuple(tuple(word_diff(removed[i], added[j])) for i, j in pairs),
        removed=tuple(r for i, r in enumerate(removed) if i not in used_r),
        added=tuple(a for j, a in enumerate(added) if j not in used_a))
