"""The finder's cheap first tests: a pattern is tried only when the text holds one of the
words it needs, so each word list must be a necessary condition of its pattern. Checked over
every sentence of our own writing (no ../shared needed): a pattern widened without its
words would match a sentence its words turn away, and the finder would silently miss it."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from monitor.actions.agreements import IN_FORCE, in_force
from monitor.actions.enforcement import SETTLEMENT_TERMS
from monitor.actions.features import Context, sentence_features
from monitor.actions.idioms import VISIT_AHEAD, visit_ahead
from monitor.actions.judged import MONEY_SUM
from monitor.actions.lexicon import MONEY, OPINION, OPINION_WORDS, folded, holds_any
from monitor.actions.months import AGO, AGO_WORDS
from monitor.actions.rules import verdicts
from monitor.actions.shapes import SHAPES
from tests.actions.test_invented import invented

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "actions"


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    out = [s for path in sorted(FIXTURES.glob("invented-*.json"))
           for statement in invented.load(path) for s in statement.sentences]
    # and a few the sets may lack, in capitals and with the letters re folds ("İ", "ſ")
    out += ["WE WELCOME THE DECISION AND URGE RESTRAINT.", "The Minister will VISIT Paris.",
            "It was signed two years AGO.", "We are deeply CONCERNED by the reports.",
            "İt was ſaid."]
    assert len(out) > 30_000
    return out


@pytest.mark.parametrize(("pattern", "words"), [
    (OPINION, OPINION_WORDS), (AGO, AGO_WORDS)], ids=["opinion", "ago"])
def test_a_case_insensitive_pattern_matches_only_text_holding_its_words(
        sentences: list[str], pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
    for s in sentences:
        if pattern.search(s):
            assert holds_any(folded(s), words), s


def test_a_visit_ahead_is_found_only_through_its_words(sentences: list[str]) -> None:
    for s in sentences:
        assert visit_ahead(s) == (VISIT_AHEAD.search(s) is not None), s


def test_each_shape_matches_only_text_holding_one_of_its_cue_words(
        sentences: list[str]) -> None:
    for pattern, cues in SHAPES:
        if not isinstance(cues, tuple) or not cues:
            continue  # a sum's shapes (a digit and a currency first), or anchored at the start
        def match(s: str, pattern: re.Pattern[str] = pattern) -> object:
            return in_force(s) if pattern is IN_FORCE else pattern.search(s)  # (as shape())

        for s in sentences:
            if match(s) and not holds_any(s, cues):
                # (only SETTLEMENT_TERMS' compliance branch has a test of its own: an
                # auxiliary and a compliance word in any case)
                assert pattern is SETTLEMENT_TERMS and re.search(
                    r"(?i:compliance|audit|monitor|remedial|consultant)", s), (
                    pattern.pattern[:60], s)


def test_folding_is_what_re_compares() -> None:
    assert folded("WELCOMES") == "welcomes" and folded("İstanbul") == "istanbul"
    assert re.search("is", folded("İS"), re.IGNORECASE) and "is" in folded("İS")
    assert "sanction" in folded("ſanction") and re.search("sanction", "ſanction", re.IGNORECASE)


def test_a_sum_is_cued_wherever_the_sum_pattern_finds_one(sentences: list[str]) -> None:
    # The money cue tries MONEY_SUM only from five characters before each run of digits: every
    # currency code and symbol of lexicon.MONEY, before a number with the spaces it allows,
    # and every sentence of our own writing with a digit, must be cued exactly when the
    # pattern finds a sum anywhere (a longer code added to the lexicon would break the window)
    codes = re.search(r"\(\?:(USD\|[^)]*)\)", MONEY)
    assert codes is not None
    marks = [*codes.group(1).replace("\\.?", ".").replace("\\", "").split("|"),
             "US$", "A$", "NZ$", "HK$", "$", "£", "€", "¥", "₹", "₦", "R", "N", "K", "Sh"]
    made = [f"The grant of {mark}{space}{n} was paid." for mark in marks
            for space in ("", " ", "  ") for n in ("5", "12,500", "3.5 bn")]
    made += ["In 2021, 40 people received 12 kits.", "Phase 2 costs 7 billion.",
             "It gave 100 euros and 5 pounds sterling to 3 groups.", "Room 12B, 5th floor."]
    checked = 0
    for text in [s for s in sentences if any(c.isdigit() for c in s)][:3000] + made:
        context = Context(verdicts([text], 2024), datetime(2024, 1, 10), "Grant", 0)
        cued = "c:money" in sentence_features([text], 0, context)
        assert cued == bool(MONEY_SUM.search(text)), text
        checked += 1
    assert checked > 3000
