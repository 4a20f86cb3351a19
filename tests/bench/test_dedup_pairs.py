"""bench/dedup_pairs.py builds the labelled set it describes and scores it honestly."""

from __future__ import annotations

import difflib
import random
from collections import Counter
from types import ModuleType

import pytest

from store.text import split_sentences, words
from tests.bench_module import load

INTRO = "The following statement was released by the Department of State in Washington:"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load("dedup_pairs")  # reads no data on import


@pytest.fixture(scope="module")
def pairs(bench: ModuleType) -> ModuleType:
    module = bench
    if not module.replay.DATA.exists():
        pytest.skip(f"{module.replay.DATA} is not present (the bench needs ../shared/data)")
    return module


@pytest.fixture(scope="module")
def releases(pairs: ModuleType) -> list:  # type: ignore[type-arg]
    return pairs.load_releases()  # type: ignore[no-any-return]


def test_half_of_every_family_is_held_out_and_state_gov_own_reposts_are_not(
        pairs: ModuleType, releases: list) -> None:  # type: ignore[type-arg]
    stored, held = pairs.split(releases, random.Random(11))
    assert {id(r) for r in stored}.isdisjoint(id(r) for r in held)
    assert len(stored) + len(held) == len(releases)
    same_title = {t for t, n in Counter(r.title for r in releases).items() if n > 1}
    for name in ("national-day", "schedule", "readout", "briefing"):
        members = [r for r in releases
                   if pairs.family(r.title) == name and r.title not in same_title]
        out = [r for r in held if pairs.family(r.title) == name and r.title not in same_title]
        assert len(members) >= 4, name
        assert 0.3 <= len(out) / len(members) <= 0.6, name
    by_title = {r.title.casefold(): r for r in stored}
    for r in held:  # a held-out look-alike is never a copy of a stored release
        twin = by_title.get(r.title.casefold())
        assert twin is None or not pairs._reposted(twin, r), r.title


def test_positives_are_reposts_in_our_frame_and_negatives_the_held_out_texts(
        pairs: ModuleType, releases: list) -> None:  # type: ignore[type-arg]
    rng = random.Random(5)
    stored, held = pairs.split(releases, rng)
    stored = [r for r in stored if len(r.paragraphs) >= 4][:30]
    queries = pairs.build(stored, held, 3, rng)
    kinds = Counter(q.kind for q in queries)
    assert all(kinds[k] == 3 for k in pairs.KINDS)
    originals = {r.link: pairs.original_text(r) for r in stored}
    for q in queries:
        if q.original is None:
            assert q.kind == f"lookalike:{q.family}" and q.title in {r.title for r in held}
            continue
        original, copy = originals[q.original], q.text
        assert INTRO in copy and "Office of Examples Abroad" not in copy  # the frame is gone
        ratio = difflib.SequenceMatcher(a=words(original), b=words(copy), autojunk=False).ratio()
        if q.kind == "frame+intro":
            assert copy.replace(INTRO + "\n\n", "", 1) == original
        elif q.kind == "quotes+whitespace":
            assert words(copy.replace(INTRO, "")) == words(original) and copy != original
        elif q.kind.startswith("edit"):
            assert copy.replace(INTRO + "\n\n", "", 1) != original and ratio >= 0.7
        else:  # truncated, all at once: the first paragraphs, at least half of the text
            assert len(split_sentences(copy)) < len(split_sentences(original)) + 1
            assert len(copy) >= 0.4 * len(original)


def test_precision_recall_and_margin_count_what_they_say(bench: ModuleType) -> None:
    def row(kind: str, positive: bool, found: int | None, want: int | None,
            similarity: float) -> dict[str, object]:
        return {"kind": kind, "title": kind, "matched": None, "positive": positive,
                "found": found, "want": want, "ok": found == want,
                "similarity": similarity, "ms": 2.0}

    rows = [row("edit5", True, 1, 1, 97.0), row("edit5", True, 2, 2, 93.5),
            row("truncated", True, None, 3, 88.0),  # missed
            row("lookalike:readout", False, None, None, 40.0),
            row("lookalike:readout", False, 4, None, 91.0)]  # a false match
    report = bench.summarise(rows)
    assert (report["positives"], report["negatives"]) == (3, 2)
    assert report["precision"] == round(2 / 3, 4) and report["recall"] == round(2 / 3, 4)
    assert report["false_positives"] == 1 and len(report["missed"]) == 1
    assert report["margin"] == 88.0 - 91.0
    assert report["per_kind"]["edit5"]["ok"] == 2
    assert report["similarity_positives"]["min"] == 88.0
