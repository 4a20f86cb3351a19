"""A second reader's probes of the rules added in the seventh session for regulators' releases,
transcripts and other governments' statements (issue 13, eighth review): invented sentences,
expected per fixtures/actions/README.md. The few the rules still get wrong are listed apart
(`STILL_WRONG`, each with why) and expected to fail, so that a fix shows."""

from __future__ import annotations

import pytest

from monitor.actions.rules import Action, verdicts

from .review8_cases import CASES

STILL_WRONG = {  # sentence -> why the rules still disagree with the README
    "Attorneys general from 20 states filed a lawsuit against the manufacturer on Monday.":
        "a subject ending in a lowercase common noun (“states”) is not read as an actor",
    "The NRC launched an emergency appeal for $40 million to support displaced families.":
        "“NRC” is read as the Nuclear Regulatory Commission, not the Norwegian Refugee Council",
    "Jane Roe has been named Chief Counsel of the Agency.":
        "a passive “named” is judged by its subject, not by the title after it",
    "Jane Roe, whom the President named Special Envoy in March, will lead the delegation to "
    "Marlin.": "a verb inside a relative clause opened by “whom” is taken as the main one",
    "The Attorney General will hold a press conference at 2 p.m. to announce a major "
    "enforcement action.": "a gathering held “to announce” counts even when nothing is named",
    "During his visit to Marlin last week, the Secretary announced $50 million in new "
    "humanitarian assistance.": "history by its opening (“last week”), though the same "
                               "measure's earlier step the same year counts",
}


def _judged(sentences: list[str], index: int) -> bool:
    return isinstance(verdicts(sentences, 2021)[index], Action)


@pytest.mark.parametrize(("sentences", "index", "expected"),
                         [c for c in CASES if c[0][c[1]] not in STILL_WRONG])
def test_a_sentence_of_the_review(sentences: list[str], index: int, expected: bool) -> None:
    assert _judged(sentences, index) is expected, sentences[index]


@pytest.mark.parametrize(("sentences", "index", "expected"),
                         [c for c in CASES if c[0][c[1]] in STILL_WRONG])
@pytest.mark.xfail(strict=True, reason="known: see STILL_WRONG")
def test_a_sentence_the_rules_still_get_wrong(sentences: list[str], index: int,
                                              expected: bool) -> None:
    assert _judged(sentences, index) is expected, STILL_WRONG[sentences[index]]


def test_every_known_miss_is_a_case_of_the_review() -> None:
    assert set(STILL_WRONG) <= {c[0][c[1]] for c in CASES}
