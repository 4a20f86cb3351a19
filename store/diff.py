"""Diffs over rapidfuzz: sentence opcodes, word-level edits and changed sentence pairs.

Every diff of the project goes through here. rapidfuzz's `Indel` opcodes
give a longest common subsequence of two sequences of hashable items; its raw runs of
inserts and deletes are merged into the classic equal/replace/delete/insert blocks:

- `sentence_opcodes`: equal/replace/delete/insert blocks over two lists of sentence keys;
- `word_diff`: one sentence pair as (op, text) chunks that keep the original spacing, so
  the equal and delete chunks join to `before` and the equal and insert chunks to `after`;
- `changed_pairs`: the edit of a revision as (before, after) sentence pairs: the removed
  and added sentences paired by likeness (`pair_sentences`, in order on both sides), the
  rest pure removals (before, "") or additions ("", after).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from typing import Literal, NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from .text import sentence_key

__all__ = ["PAIR_LIKENESS", "Opcode", "changed_pairs", "indel_distance", "opcodes",
           "pair_sentences", "sentence_opcodes", "word_diff"]

PAIR_LIKENESS = 50.0  # fuzz.ratio from which a removed and an added sentence are one edit
PAIR_BLOCK = 400  # past this many sentences a side, a replaced block pairs greedily in order
Tag = Literal["equal", "replace", "delete", "insert"]
WordOp = Literal["equal", "delete", "insert"]
# Leading spaces, then words or other characters with the spaces after them: the tokens
# cover the text exactly.
_TOKEN = re.compile(r"^\s+|(?:\w+(?:[.,'\u2019-]\w+)*|[^\w\s])\s*")


class Opcode(NamedTuple):
    """One block of a diff: old[i1:i2] becomes new[j1:j2]."""

    tag: Tag
    i1: int
    i2: int
    j1: int
    j2: int


def opcodes(old: Sequence[Hashable], new: Sequence[Hashable]) -> list[Opcode]:
    """Equal/replace/delete/insert blocks turning `old` into `new` (a longest common run)."""
    out: list[Opcode] = []
    start: tuple[int, int] | None = None  # where the current run of changes began
    i = j = 0
    for op in Indel.opcodes(list(old), list(new)):
        if op.tag == "equal":
            if start is not None:
                out.append(_block(start, op.src_start, op.dest_start))
                start = None
            out.append(Opcode("equal", op.src_start, op.src_end, op.dest_start, op.dest_end))
        elif start is None:
            start = (op.src_start, op.dest_start)
        i, j = op.src_end, op.dest_end
    if start is not None:
        out.append(_block(start, i, j))
    return out


def _block(start: tuple[int, int], i2: int, j2: int) -> Opcode:
    i1, j1 = start
    tag: Tag = "replace" if i1 < i2 and j1 < j2 else ("delete" if i1 < i2 else "insert")
    return Opcode(tag, i1, i2, j1, j2)


def sentence_opcodes(old: Sequence[str], new: Sequence[str]) -> list[Opcode]:
    """The blocks turning one list of sentences (or sentence keys) into another."""
    return opcodes(old, new)


def indel_distance(old: Sequence[Hashable], new: Sequence[Hashable]) -> int:
    """Items inserted plus items deleted by the shortest edit from `old` to `new`."""
    return int(Indel.distance(list(old), list(new)))


def word_diff(before: str, after: str) -> list[tuple[WordOp, str]]:
    """One sentence's edit as (op, text) chunks, spacing kept; ops are equal, delete, insert.

    Words and punctuation are compared without the spaces after them, so spacing alone never
    makes a match: "in Freedonia{+, Ostravia+} and Corvania", not a match on every " ".
    """
    old, new = _TOKEN.findall(before), _TOKEN.findall(after)
    parts: list[list[str]] = []  # [equal text, "", ""] or ["", old text, new text], alternating
    for op in opcodes([t.rstrip() or " " for t in old], [t.rstrip() or " " for t in new]):
        if op.tag != "equal":
            _part(parts, "", "".join(old[op.i1:op.i2]), "".join(new[op.j1:op.j2]))
            continue
        for a, b in zip(old[op.i1:op.i2], new[op.j1:op.j2], strict=True):
            core = a.rstrip() if a == b or a.strip() else ""
            _part(parts, core, "", "")
            if a == b:
                _part(parts, a[len(core):], "", "")
            else:  # the same word with other spaces after it: the spaces are an edit
                _part(parts, "", a[len(core):], b[len(core):])
    for k, part in enumerate(parts):
        if part[0]:
            continue
        _space_out(parts, k)
    chunks: list[tuple[WordOp, str]] = []
    ops: tuple[WordOp, ...] = ("equal", "delete", "insert")
    for part in parts:
        chunks += [(op, text) for op, text in zip(ops, part, strict=True) if text]
    return chunks


def _part(parts: list[list[str]], equal: str, minus: str, plus: str) -> None:
    """Append a part, merged into the last one when of the same kind."""
    if not (equal or minus or plus):
        return
    kind = bool(equal)
    if parts and bool(parts[-1][0]) == kind:
        last = parts[-1]
        last[0], last[1], last[2] = last[0] + equal, last[1] + minus, last[2] + plus
    else:
        parts.append([equal, minus, plus])


def _space_out(parts: list[list[str]], k: int) -> None:
    """Keep spaces outside the marks: "[-nearly 30-]{+31+} percent", "rose[- nearly-] 30"."""
    part = parts[k]
    prev = parts[k - 1] if k > 0 else None
    after = parts[k + 1] if k + 1 < len(parts) else None
    minus, plus = part[1], part[2]
    lead = _common(_leading(minus), _leading(plus))
    if prev is not None and lead:
        prev[0] += lead
        minus, plus = minus[len(lead):], plus[len(lead):]
    trail = _common(_trailing(minus)[::-1], _trailing(plus)[::-1])[::-1]
    if after is not None and trail:
        after[0] = trail + after[0]
        minus, plus = minus[:-len(trail)], plus[:-len(trail)]
    text = minus or plus
    space = _trailing(text)
    if (prev is not None and after is not None and not (minus and plus) and text.strip()
            and space and prev[0].endswith(space) and len(prev[0]) > len(space)):
        # A pure removal or addition: the space before it moves into the mark instead.
        prev[0] = prev[0][:-len(space)]
        after[0] = space + after[0]
        text = space + text[:-len(space)]
        minus, plus = (text, "") if minus else ("", text)
    part[1], part[2] = minus, plus


def _leading(text: str) -> str:
    return text[:len(text) - len(text.lstrip())]


def _trailing(text: str) -> str:
    return text[len(text.rstrip()):]


def _common(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def changed_pairs(
    old_sentences: Sequence[str], new_sentences: Sequence[str]
) -> list[tuple[str, str]]:
    """The changed sentences as (before, after) pairs, in text order; "" on the missing side.

    Sentences match on their normalised form, so a sentence that only moved is no change.
    The removed and added sentences (those of the sentence diff) are paired by likeness.
    """
    old_k = [sentence_key(s) for s in old_sentences]
    new_k = [sentence_key(s) for s in new_sentences]
    blocks = [op for op in opcodes(old_k, new_k) if op.tag != "equal"]
    removed = [i for op in blocks for i in range(op.i1, op.i2)]
    added = [j for op in blocks for j in range(op.j1, op.j2)]
    moved = {old_k[i] for i in removed} & {new_k[j] for j in added}
    return pair_sentences([old_sentences[i] for i in removed if old_k[i] not in moved],
                          [new_sentences[j] for j in added if new_k[j] not in moved])


def pair_sentences(removed: Sequence[str], added: Sequence[str]) -> list[tuple[str, str]]:
    """Removed and added sentences as (before, after) pairs by likeness, both sides in order."""
    minus, plus = list(removed), list(added)
    if not minus or not plus:
        return [(s, "") for s in minus] + [("", s) for s in plus]
    matches = _align(minus, plus)
    out: list[tuple[str, str]] = []
    i = j = 0
    for mi, pj in [*matches, (len(minus), len(plus))]:
        out.extend((s, "") for s in minus[i:mi])
        out.extend(("", s) for s in plus[j:pj])
        if mi < len(minus):
            out.append((minus[mi], plus[pj]))
        i, j = mi + 1, pj + 1
    return out


def _align(minus: list[str], plus: list[str]) -> list[tuple[int, int]]:
    """Non-crossing pairs (i, j) of like sentences with the greatest total likeness."""
    keys_m = [sentence_key(s) for s in minus]
    keys_p = [sentence_key(s) for s in plus]
    scores = [[fuzz.ratio(a, b, score_cutoff=PAIR_LIKENESS) for b in keys_p] for a in keys_m]
    n, m = len(minus), len(plus)
    if n > PAIR_BLOCK or m > PAIR_BLOCK:  # keep a rewritten long page cheap
        greedy: list[tuple[int, int]] = []
        j = 0
        for i in range(n):
            row = [(float(scores[i][c]), c) for c in range(j, m) if scores[i][c] > 0]
            if row:
                j = max(row)[1]
                greedy.append((i, j))
                j += 1
        return greedy
    # best[i][j]: the greatest total over minus[i:] and plus[j:] (a small alignment table).
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = best[i + 1][j + 1] + scores[i][j] if scores[i][j] > 0 else 0.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], take)
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        if scores[i][j] > 0 and best[i][j] == best[i + 1][j + 1] + scores[i][j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs
