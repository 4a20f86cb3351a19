"""The finder's cheap first tests: a pattern is tried only when the text holds one of the
words it needs, so each word list must be a necessary condition of its pattern. Checked over
every sentence of our own writing (no ../shared needed): a pattern widened without its
words would match a sentence its words turn away, and the finder would silently miss it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from monitor.actions.agreements import IN_FORCE, in_force
from monitor.actions.enforcement import SETTLEMENT_TERMS
from monitor.actions.idioms import VISIT_AHEAD, visit_ahead
from monitor.actions.lexicon import OPINION, OPINION_WORDS, folded, holds_any
from monitor.actions.months import AGO, AGO_WORDS
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
