"""bench/changes.py measures what it says: labels, announcements, the summary table."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.bench_module import load


@pytest.fixture(scope="module")
def changes() -> ModuleType:
    module = load("changes")
    if not module.EDGI.is_dir():
        pytest.skip(f"{module.EDGI} is not present (the bench needs ../shared/data)")
    return module


def test_labels_follow_the_words_a_reader_sees(changes: ModuleType) -> None:
    before = "<p>Remarks in <em>Washington</em>, D.C., on the new port rules.</p>"
    assert changes._label(before, before.replace("<em>", "<strong>").replace("</em>", "</strong>")
                          ) == "markup only"
    assert changes._label(before, before.replace("D.C.,", "DC,")) == "punctuation only"
    assert changes._label(before, before.replace("new", "old")) == "text edit"
    assert changes._label(before, before.replace("port rules", "portrules")) == "punctuation only"


def test_every_edgi_pair_is_tracked_at_its_url_and_judged_by_its_label(
        changes: ModuleType, tmp_path: Path) -> None:
    from store import Store

    store = Store(f"sqlite:///{tmp_path / 'changes.db'}")
    rows = {r.case: r for r in changes.edgi(store)}
    assert len(rows) == len(list(changes.EDGI.glob("*-a.html"))) >= 6
    for case, row in rows.items():
        assert row.truth == ("real" if case.startswith("truepos") else "noise")
        assert row.announced <= (row.status == "revision")
    # Pairs the tracker gets right today must stay right.
    assert rows["falsepos-num-views"].change == "trivial" and rows["falsepos-num-views"].ok
    assert rows["falsepos-small-changes"].ok
    assert rows["truepos-major-changes"].change == "substantive"
    assert rows["truepos-major-changes"].announced
    # A banner carousel outside the page's <main>, a hero caption above the body field and
    # a listed item's "View this Dataset" button were the cleaner's misses.
    assert rows["falsepos-footer"].status == "unchanged" and rows["falsepos-footer"].ok
    for case in ("truepos-dataset-removal", "truepos-image-removal"):
        assert rows[case].change == "substantive" and rows[case].announced, case
    assert [case for case, row in rows.items() if not row.ok] == []
    assert all(row.ok for row in rows.values())


def test_the_summary_counts_classes_per_label_and_what_was_right(changes: ModuleType) -> None:
    row = changes.Row
    rows = [row("a v2", "real", "text edit", "revision", "substantive", 12.0, True),
            row("b v2", "real", "text edit", "unchanged", None, None, False),
            row("c v2", "noise", "punctuation only", "revision", "trivial", 1.5, False),
            row("d v2", "noise", "markup only", "unchanged", None, None, False)]
    lines = changes.summary(rows, "sample")
    assert "| label | substantive | trivial | unchanged | announced | must be |" in lines
    assert "| text edit (2) | 1 | 0 | 1 | 1 | all |" in lines
    assert "| punctuation only (1) | 0 | 1 | 0 | 0 | none |" in lines
    assert lines[-1] == "3/4 as they must be."
    missed = [line for line in changes.table(rows, "sample") if "MISS" in line]
    assert missed == ["| b v2 | text edit | real | unchanged | - | - | no | MISS |"]
