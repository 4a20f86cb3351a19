"""bench/actions.py's cross-validation: the same finds however many folds run at once, and
the transcripts cut at their first reporter's question."""

from __future__ import annotations

import importlib.util

import pytest

from monitor.actions.judged import ASKED_FEATURE
from tests.bench_module import load


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None,
                    reason="the train extra (scikit-learn) is not installed")
def test_folds_fitted_in_parallel_find_what_folds_fitted_one_by_one() -> None:
    bench = load("actions")
    # three sets of our own writing (no ../shared/data needed): enough to fit and to choose
    # thresholds on, small enough to fit in seconds
    docs = [d for d in bench.corpus.load_invented()
            if d.source in ("invented-a", "invented-b", "invented-c")]
    assert len({d.source for d in docs}) == 3
    one = bench.cross_validated(docs, 3, jobs=1)
    two = bench.cross_validated(docs, 3, jobs=2)
    assert one == two
    assert sum(hit for _, _, hit in one) > 0  # the folds found something to agree on
    assert len(one) == sum(len(d.sentences) for d in docs)
    # a document always trained on is never scored
    fold_of = [-1 if d.source == "invented-a" else n % 2 for n, d in enumerate(docs)]
    kept = bench.cross_validated(docs, 2, fold_of, jobs=2)
    assert not any(hit for g, _, hit in kept if docs[g].source == "invented-a")
    assert bench._FOLDS == {}  # the rows are not kept after the CV


def test_a_transcript_s_opening_remarks_end_at_its_first_reporter_s_question() -> None:
    bench = load("actions")
    asked = ASKED_FEATURE
    x = [["r:action"], ["r:none"], [asked], ["r:action"],  # a briefing
         ["r:action"], ["r:none"],  # a statement: no question
         [asked], ["r:none"]]  # a question first
    groups = [0, 0, 0, 0, 1, 1, 2, 2]
    assert bench.before_first_question(x, groups) == [True, True, False, False, None, None,
                                                       False, False]


def test_folds_by_source_hold_whole_label_files_dealt_in_turn() -> None:
    bench = load("actions")
    docs = [d for d in bench.corpus.load_invented()
            if d.source in ("invented-a", "invented-b", "invented-c")]
    fold = bench.folds_by_source(docs, 2)
    by_source: dict[str, set[int]] = {}
    for d, f in zip(docs, fold, strict=True):
        by_source.setdefault(d.source, set()).add(f)
    # each label file in one fold, the files dealt round-robin as they first appear
    assert by_source == {"invented-a": {0}, "invented-b": {1}, "invented-c": {0}}


def test_statements_of_two_sets_that_share_an_id_are_counted_apart() -> None:
    bench = load("actions")
    # invented-af, -ai, -al and -an were written with ids of the same shape (af01 …): the
    # same link, four statements
    docs = [d for d in bench.corpus.load_invented()
            if d.source in ("invented-af", "invented-ai")]
    assert len({d.link for d in docs}) < len(docs)

    def nothing(text: str, **_: object) -> list[object]:
        return []

    s = bench.score(bench.outcomes(docs, nothing))
    assert s.documents == len(docs)
    assert s.sentences == sum(len(d.sentences) for d in docs)
    assert s.true_positives == s.false_positives == 0
