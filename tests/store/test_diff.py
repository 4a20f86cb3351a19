"""store.diff: rapidfuzz opcodes over sentences and words, and changed sentence pairs."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest

from store.diff import Opcode, changed_pairs, opcodes, sentence_opcodes, word_diff

BEFORE = "Prices rose nearly 30 percent in Ohio, the agency said."
AFTER = "Prices rose 31 percent in Ohio and Kentucky, the agency said."


def joined(chunks: list[tuple[str, str]], keep: str) -> str:
    return "".join(text for op, text in chunks if op in ("equal", keep))


def test_sentence_opcodes_are_difflib_style_blocks() -> None:
    old, new = ["a", "b", "c"], ["a", "x", "c", "d"]
    assert sentence_opcodes(old, new) == [
        Opcode("equal", 0, 1, 0, 1), Opcode("replace", 1, 2, 1, 2),
        Opcode("equal", 2, 3, 2, 3), Opcode("insert", 3, 3, 3, 4),
    ]
    assert sentence_opcodes(["a", "b"], ["b"]) == [Opcode("delete", 0, 1, 0, 0),
                                                   Opcode("equal", 1, 2, 0, 1)]
    assert sentence_opcodes([], []) == []


def test_opcodes_cover_both_sides_without_gaps() -> None:
    old, new = list("the quick brown fox"), list("a quick red fox jumps")
    blocks = opcodes(old, new)
    assert blocks[0].i1 == 0 and blocks[0].j1 == 0
    assert blocks[-1].i2 == len(old) and blocks[-1].j2 == len(new)
    for a, b in pairwise(blocks):
        assert (a.i2, a.j2) == (b.i1, b.j1)
        assert "equal" in (a.tag, b.tag)  # changes next to each other are one block
    for op in blocks:
        if op.tag == "equal":
            assert old[op.i1:op.i2] == new[op.j1:op.j2]


def test_word_diff_shows_the_changed_number_and_the_added_words() -> None:
    chunks = word_diff(BEFORE, AFTER)
    assert chunks == [
        ("equal", "Prices rose "), ("delete", "nearly 30"), ("insert", "31"),
        ("equal", " percent in Ohio"), ("insert", " and Kentucky"),
        ("equal", ", the agency said."),
    ]


@pytest.mark.parametrize(("before", "after"), [
    (BEFORE, AFTER), ("", "A new sentence."), ("An old sentence.", ""),
    ("Tabs\tand  double  spaces stay.", "Tabs\tand  double  spaces  stay put."),
    ("<script>alert(1)</script> was here", "<b>bold</b> was here &amp; there"),
    ("The fine is $5,000,000 (five million).", "The fine is $7,500,000 (seven and a half)."),
    ("  Leading  and   inner spaces", "Leading and inner  spaces "), ("a b", "a  b"),
    ("x", ""), ("", ""), ("One. Two.", "Two. One."),
])
def test_word_diff_keeps_the_original_spacing(before: str, after: str) -> None:
    chunks = word_diff(before, after)
    assert joined(chunks, "delete") == before
    assert joined(chunks, "insert") == after
    assert all(text for _, text in chunks)
    assert all(a[0] != b[0] for a, b in pairwise(chunks))


def test_word_diff_matches_words_not_the_spaces_between_them() -> None:
    assert word_diff("The levy applies in Freedonia and Corvania.",
                     "The levy applies in Freedonia, Ostravia and Corvania.") == [
        ("equal", "The levy applies in Freedonia"), ("insert", ", Ostravia"),
        ("equal", " and Corvania."),
    ]
    assert word_diff("It rose nearly 30 percent.", "It rose 30 percent.") == [
        ("equal", "It rose"), ("delete", " nearly"), ("equal", " 30 percent."),
    ]


def test_word_diff_of_equal_text_is_one_equal_chunk() -> None:
    assert word_diff(BEFORE, BEFORE) == [("equal", BEFORE)]


def test_changed_pairs_pair_edits_and_leave_moves_out() -> None:
    old = ["Intro stays.", BEFORE, "This sentence moves.", "This one goes away entirely."]
    new = ["This sentence moves.", "Intro stays.", AFTER, "Completely fresh wording added here."]
    assert changed_pairs(old, new) == [
        (BEFORE, AFTER),
        ("This one goes away entirely.", ""),
        ("", "Completely fresh wording added here."),
    ]


def test_changed_pairs_pair_by_likeness_not_position() -> None:
    old = ["The ban covers 12 ports.", "Officials met on Monday in Geneva."]
    new = ["A statement was read aloud.", "Officials met on Tuesday in Geneva."]
    assert changed_pairs(old, new) == [
        ("The ban covers 12 ports.", ""),
        ("", "A statement was read aloud."),
        ("Officials met on Monday in Geneva.", "Officials met on Tuesday in Geneva."),
    ]


def test_changed_pairs_never_cross() -> None:
    old = ["The ban covers 12 ports.", "Officials met on Monday in Geneva."]
    new = ["Officials met on Tuesday in Geneva.", "The ban covers 14 ports."]
    pairs = changed_pairs(old, new)
    assert len(pairs) == 3  # one like pair kept in order; the other is a removal and an addition
    assert sum(1 for before, after in pairs if before and after) == 1


def test_changed_pairs_ignore_cosmetic_differences() -> None:
    assert changed_pairs(["It\u2019s  done."], ["it's done."]) == []
    assert changed_pairs([], []) == []


def test_no_package_diffs_with_difflib() -> None:
    root = Path(__file__).resolve().parents[2]
    users = [str(p.relative_to(root)) for pkg in ("monitor", "store", "alerts")
             for p in (root / pkg).rglob("*.py") if re.search(r"\bdifflib\b", p.read_text())]
    assert users == []
