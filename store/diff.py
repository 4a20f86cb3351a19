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
# A word, a run of spaces, or one other character: the tokens cover the text exactly.
_TOKEN = re.compile(r"\w+(?:[.,'\u2019-]\w+)*|\s+|[^\w\s]")


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
    """One sentence's edit as (op, text) chunks, spacing kept; ops are equal, delete, insert."""
    old, new = _TOKEN.findall(before), _TOKEN.findall(after)
    blocks = opcodes(old, new)
    chunks: list[tuple[WordOp, str]] = []
    k = 0
    while k < len(blocks):
        op = blocks[k]
        if op.tag == "equal" and not _glue(blocks, k, old):
            _emit(chunks, "equal", "".join(old[op.i1:op.i2]))
            k += 1
            continue
        # A run of changes, with the spaces and lone punctuation between them, is one edit:
        # "[-nearly 30-]{+31+}" rather than "[-nearly-] [-30-]{+31+}".
        i1, j1 = op.i1, op.j1
        while k < len(blocks) and (blocks[k].tag != "equal" or _glue(blocks, k, old)):
            k += 1
        i2, j2 = (blocks[k].i1, blocks[k].j1) if k < len(blocks) else (len(old), len(new))
        _emit(chunks, "delete", "".join(old[i1:i2]))
        _emit(chunks, "insert", "".join(new[j1:j2]))
    return chunks


def _glue(blocks: list[Opcode], k: int, old: list[str]) -> bool:
    """An equal block of only spaces and punctuation squeezed between two changes."""
    op = blocks[k]
    if op.tag != "equal" or k == 0 or k == len(blocks) - 1:
        return False
    return not any(t[0].isalnum() or t[0] == "_" for t in old[op.i1:op.i2])


def _emit(chunks: list[tuple[WordOp, str]], op: WordOp, text: str) -> None:
    if not text:
        return
    if chunks and chunks[-1][0] == op:
        chunks[-1] = (op, chunks[-1][1] + text)
    else:
        chunks.append((op, text))


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
