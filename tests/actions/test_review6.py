"""A second reader's probes of the rules added for the statements of our own writing
(issue 13, sixth review): each rule's edges, invented sentences, expected per
fixtures/actions/README.md."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.actions import find_actions
from monitor.actions.rules import Action, verdicts

from .review6_cases import CASES, HEADLINE_CASES


@pytest.mark.parametrize(("sentences", "index", "expected"), CASES)
def test_a_sentence_of_the_review(sentences: list[str], index: int, expected: bool) -> None:
    assert isinstance(verdicts(sentences, 2021)[index], Action) is expected, sentences[index]


@pytest.mark.parametrize(("title", "sentences", "actions"), HEADLINE_CASES)
def test_a_headline_anchors_only_a_measure_it_names(title: str, sentences: list[str],
                                                    actions: list[int]) -> None:
    found = find_actions("\n\n".join(sentences), title=title,
                         published=datetime(2021, 5, 1, tzinfo=UTC))
    assert [sentences.index(a.text) for a in found] == actions
