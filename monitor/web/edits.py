"""A revision's edit as the web view shows it, over store.diff (the project's one diff
module): changed sentences paired by likeness and diffed word by word, and the sentences
only added or only removed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from store import diff as store_diff

__all__ = ["Edit", "Segment", "edit_from_pairs", "edit_of", "word_diff"]


@dataclass(frozen=True)
class Segment:
    """A run of text: kept ("equal"), taken out ("delete") or put in ("insert"). The
    segments of a pair carry their own spacing: joined, they give the sentences back."""

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
        return [{"before": "".join(s.text for s in pair if s.op != "insert"),
                 "after": "".join(s.text for s in pair if s.op != "delete")}
                for pair in self.pairs]


def word_diff(before: str, after: str) -> list[Segment]:
    """The words of `after` against `before`: runs kept, deleted and inserted, in order."""
    return [Segment(op, text) for op, text in store_diff.word_diff(before, after)]


def edit_from_pairs(pairs: Sequence[tuple[str, str]]) -> Edit:
    """An edit from (before, after) pairs, "" on the missing side (a digest's `changes`)."""
    return Edit(pairs=tuple(tuple(word_diff(b, a)) for b, a in pairs if b and a),
                removed=tuple(b for b, a in pairs if b and not a),
                added=tuple(a for b, a in pairs if a and not b))


def edit_of(removed: Sequence[str], added: Sequence[str]) -> Edit:
    """The edit of a revision from its removed and added sentences."""
    return edit_from_pairs(store_diff.pair_sentences(removed, added))
