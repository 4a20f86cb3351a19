"""A second reader's probes of the rules added for the White House, Justice and international
statements of our own writing (issue 13, seventh review): invented sentences, expected per
fixtures/actions/README.md."""

from __future__ import annotations

import pytest

from monitor.actions.rules import Action, verdicts

from .review7_cases import CASES


@pytest.mark.parametrize(("sentences", "index", "expected"), CASES)
def test_a_sentence_of_the_review(sentences: list[str], index: int, expected: bool) -> None:
    assert isinstance(verdicts(sentences, 2021)[index], Action) is expected, sentences[index]
