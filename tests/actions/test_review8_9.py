"""Second readers' probes of the rules added in the seventh session (issue 13, reviews 8
and 9) and the eighth (reviews 10 and 11): invented sentences for regulators' releases,
transcripts, other governments' statements, settlements, central banks and fact sheets,
and the ninth's (review 12: actors by initials, cities, counted objects, benefits) and the
tenth's (review 13: goods and people moved, envoys recalled, subjects that say none) and the
eleventh's (review 14: proceedings begun, requests denied, legislators, bodies the lexicon
does not name, clauses announced, shares of today's funding, measures taking effect),
expected per fixtures/actions/README.md (`review8_cases.py` to `review14_cases.py`; review
11's `DATED_CASES` are judged with the statement's date).
The cases the rules still get wrong are listed apart in those files (`STILL_WRONG`, each with
why or how) and expected to fail, so that a fix shows."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.actions.rules import Action, verdicts

from . import (
    review8_cases,
    review9_cases,
    review10_cases,
    review11_cases,
    review12_cases,
    review13_cases,
    review14_cases,
)

REVIEWS = (review8_cases, review9_cases, review10_cases, review11_cases, review12_cases,
           review13_cases, review14_cases)
RIGHT = [c for r in REVIEWS for c in r.CASES if c[0][c[1]] not in r.STILL_WRONG]
WRONG = [(*c, r.STILL_WRONG[c[0][c[1]]]) for r in REVIEWS for c in r.CASES
         if c[0][c[1]] in r.STILL_WRONG]


def _judged(sentences: list[str], index: int) -> bool:
    return isinstance(verdicts(sentences, 2021)[index], Action)


@pytest.mark.parametrize(("sentences", "index", "expected"), RIGHT)
def test_a_sentence_of_the_reviews(sentences: list[str], index: int, expected: bool) -> None:
    assert _judged(sentences, index) is expected, sentences[index]


@pytest.mark.parametrize(("sentences", "index", "expected", "why"), WRONG)
@pytest.mark.xfail(strict=True, reason="known: see STILL_WRONG of the cases")
def test_a_sentence_the_rules_still_get_wrong(sentences: list[str], index: int, expected: bool,
                                              why: str) -> None:
    assert _judged(sentences, index) is expected, why


@pytest.mark.parametrize("review", REVIEWS)
def test_every_known_miss_is_a_case_of_its_review(review: object) -> None:
    cases = [*review.CASES, *getattr(review, "DATED_CASES", [])]  # type: ignore[attr-defined]
    assert set(review.STILL_WRONG) <= {c[0][c[1]] for c in cases}  # type: ignore[attr-defined]


DATED = review11_cases.DATED_CASES


def _judged_on(sentences: list[str], index: int, day: str) -> bool:
    when = date.fromisoformat(day)
    return isinstance(verdicts(sentences, when.year, day=when)[index], Action)


@pytest.mark.parametrize(("sentences", "index", "expected", "day"),
                         [c for c in DATED if c[0][c[1]] not in review11_cases.STILL_WRONG])
def test_a_dated_sentence_of_the_reviews(sentences: list[str], index: int, expected: bool,
                                         day: str) -> None:
    assert _judged_on(sentences, index, day) is expected, sentences[index]


@pytest.mark.parametrize(("sentences", "index", "expected", "day"),
                         [c for c in DATED if c[0][c[1]] in review11_cases.STILL_WRONG])
@pytest.mark.xfail(strict=True, reason="known: see STILL_WRONG of the cases")
def test_a_dated_sentence_the_rules_still_get_wrong(sentences: list[str], index: int,
                                                    expected: bool, day: str) -> None:
    assert _judged_on(sentences, index, day) is expected
