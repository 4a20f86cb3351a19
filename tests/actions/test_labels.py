"""The hand-labelled action sets: all five state.gov files load, hash-check and keep their splits.

Counts only: no test reads which sentences of the lockbox are actions.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path
from types import ModuleType

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "actions"


def script(name: str) -> ModuleType:
    """fixtures/actions/<name>.py, which is a script and not a package."""
    spec = importlib.util.spec_from_file_location(f"action_labels_{name}", FIXTURES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rebuild() -> ModuleType:
    module = script("rebuild")
    if not module.available():
        pytest.skip(f"{module.ITEMS} is not present (the labelled sets need ../shared/data)")
    return module


def test_every_file_loads_with_its_splits(rebuild: ModuleType) -> None:
    files = rebuild.rebuild_all()
    first, second = files[rebuild.LABELS], files[rebuild.LABELS_2021B]
    third = files[rebuild.LABELS_2021C]
    raw = {d["link"]: d["held_out"]
           for d in json.loads(rebuild.LABELS.read_text("utf-8"))["documents"]}
    assert len(first) == 48
    assert all(d.split == ("held_out" if raw[d.link] else "tuning") for d in first)
    assert all(d.held_out == raw[d.link] for d in first)
    assert {d.split for d in second} == {"train", "lockbox"}
    assert not {d.link for d in first} & {d.link for d in second}
    assert len(second) >= 115 and sum(len(d.sentences) for d in second) >= 1150
    assert all(len(d.sentences) >= 3 for d in second)
    assert {d.split for d in third} == {"train", "lockbox"}
    assert all(3 <= len(d.sentences) <= 70 for d in third)
    links = [d.link for documents in files.values() for d in documents]
    assert len(links) == len(set(links))


def test_the_new_set_is_past_150_documents(rebuild: ModuleType) -> None:
    files = rebuild.rebuild_all()
    new = files[rebuild.LABELS_2021B] + files[rebuild.LABELS_2021C]
    assert len(new) > 150 and sum(len(d.sentences) for d in new) >= 1900


def test_rebuild_without_arguments_is_still_the_first_set(rebuild: ModuleType) -> None:
    assert [d.link for d in rebuild.rebuild()] == [
        d["link"] for d in json.loads(rebuild.LABELS.read_text("utf-8"))["documents"]]


@pytest.mark.parametrize(("name", "size"), [("LABELS_2021D", 40), ("LABELS_2021E", 40),
                                            ("LABELS_2021F", 60), ("LABELS_2021G", 71),
                                            ("LABELS_2021H", 54)])
def test_the_later_sets_hash_check_and_share_no_release(rebuild: ModuleType, name: str,
                                                        size: int) -> None:
    files = rebuild.rebuild_all()
    fresh = files[getattr(rebuild, name)]
    assert len(fresh) == size and sum(len(d.sentences) for d in fresh) >= 8 * size
    assert {d.split for d in fresh} == {"train", "lockbox"}
    # the eighth set admits the transcripts the others left out
    assert all((d.kind != "transcript" or name == "LABELS_2021H") and 3 <= len(d.sentences) <= 70
               for d in fresh)
    links = [d.link for documents in files.values() for d in documents]
    assert len(links) == len(set(links))


def test_the_ninth_set_is_what_the_eight_left(rebuild: ModuleType) -> None:
    files = rebuild.rebuild_all()
    ninth = files[rebuild.LABELS_2021I]
    assert len(ninth) == 26 and {d.kind for d in ninth} == {"readout"}
    assert {d.split for d in ninth} == {"train", "lockbox"}
    assert all(3 <= len(d.sentences) <= 70 for d in ninth)
    links = [d.link for documents in files.values() for d in documents]
    assert len(links) == len(set(links))
    assert script("draw").pool(rebuild.LABEL_FILES, transcripts=True) == {}


@pytest.mark.parametrize(("name", "size"), [("LABELS_2021J", 15), ("LABELS_2021K", 12)])
def test_the_tenth_and_eleventh_sets_are_long_transcripts_no_other_set_holds(
        rebuild: ModuleType, name: str, size: int) -> None:
    files = rebuild.rebuild_all()
    long = files[getattr(rebuild, name)]
    assert len(long) == size and {d.kind for d in long} == {"transcript"}
    assert {d.split for d in long} == {"train", "lockbox"}
    assert all(71 <= len(d.sentences) <= 120 for d in long)
    links = [d.link for documents in files.values() for d in documents]
    assert len(links) == len(set(links))
    # together they hold every transcript of 71 to 120 sentences the nine before left
    both = {d.link for d in files[rebuild.LABELS_2021J] + files[rebuild.LABELS_2021K]}
    assert both == {link for link, _ in script("draw").pool_j()["transcript"]}


# The sets of transcripts of more than 120 sentences, in the order drawn, each from what the
# ones before left of the 66 such transcripts the eleven earlier files did not hold: 12 each,
# and the last the 6 that were left
LONGEST = ("LABELS_2021L", "LABELS_2021M", "LABELS_2021N", "LABELS_2021O", "LABELS_2021P",
           "LABELS_2021Q")


@pytest.mark.parametrize("n", range(len(LONGEST)), ids=[name[-1].lower() for name in LONGEST])
def test_each_set_of_the_longest_transcripts_is_drawn_from_what_the_ones_before_left(
        rebuild: ModuleType, n: int) -> None:
    files = rebuild.rebuild_all()
    drawn = files[getattr(rebuild, LONGEST[n])]
    size = min(12, 66 - 12 * n)
    assert len(drawn) == size and {d.kind for d in drawn} == {"transcript"}
    assert sum(d.split == "lockbox" for d in drawn) == size // 3
    assert all(len(d.sentences) > 120 for d in drawn)
    links = [d.link for documents in files.values() for d in documents]
    assert len(links) == len(set(links))  # in no other file
    draw = script("draw")
    pool = getattr(draw, "pool_" + LONGEST[n][-1].lower())()["transcript"]
    assert len(pool) == 66 - 12 * n
    assert {d.link for d in drawn} <= {link for link, _ in pool}


def test_the_longest_transcripts_are_all_drawn(rebuild: ModuleType) -> None:
    draw = script("draw")
    left = draw.pool(rebuild.LABEL_FILES, transcripts=True, lengths=draw.LONG_L)
    assert not left.get("transcript")


@pytest.mark.parametrize("name", ["LABELS_2021B", "LABELS_2021C", "LABELS_2021D",
                                  "LABELS_2021E", "LABELS_2021F", "LABELS_2021G",
                                  "LABELS_2021H", "LABELS_2021I", "LABELS_2021J",
                                  "LABELS_2021K", "LABELS_2021L", "LABELS_2021M",
                                  "LABELS_2021N", "LABELS_2021O", "LABELS_2021P",
                                  "LABELS_2021Q"])
def test_lockbox_is_a_third_of_every_kind(rebuild: ModuleType, name: str) -> None:
    documents = rebuild.rebuild(getattr(rebuild, name))
    kinds = Counter(d.kind for d in documents)
    boxed = Counter(d.kind for d in documents if d.split == "lockbox")
    assert all(boxed[k] == round(n / 3) for k, n in kinds.items())
    # no kind above a quarter of the draw asked for (a pool may run out before it is met)
    draw = script("draw")
    if name == "LABELS_2021H":  # its shares are set by hand: all that was left of two kinds
        assert dict(kinds) == draw.SHARE_H
        return
    if name == "LABELS_2021I":  # all that was left: every kind's whole pool
        assert dict(kinds) == {k: len(v) for k, v in draw.pool_i().items()}
        return
    if name in ("LABELS_2021J", "LABELS_2021K", "LABELS_2021L", "LABELS_2021M",
                "LABELS_2021N", "LABELS_2021O", "LABELS_2021P",
                "LABELS_2021Q"):  # transcripts only
        assert set(kinds) == {"transcript"}
        return
    asked = {"LABELS_2021B": draw.DOCUMENTS, "LABELS_2021C": draw.DOCUMENTS_C}.get(
        name, getattr(draw, "DOCUMENTS_" + name[-1], 0))
    assert max(kinds.values()) <= int(0.25 * asked)


def test_the_drawn_files_are_the_seeded_draws(rebuild: ModuleType) -> None:
    assert script("draw").main(["--check"]) == 0


def test_the_third_draw_favours_the_kinds_the_second_has_fewest_of() -> None:
    allocate = script("draw").allocate_fewest
    have = {"a": 0, "b": 1, "c": 2, "d": 3, "e": 50}
    # Fewest first, no kind above a quarter of the draw: the well-stocked kind gets none.
    assert allocate(have, dict.fromkeys(have, 10), total=8) == {
        "a": 2, "b": 2, "c": 2, "d": 2, "e": 0}
    # A kind with one release left gives it; the next go to the others in turn.
    assert allocate(have, {"a": 1, "b": 10, "c": 10, "d": 10, "e": 10}, total=8) == {
        "a": 1, "b": 2, "c": 2, "d": 2, "e": 1}


def test_label_files_hold_no_text() -> None:
    for name in ("labels.json", "labels-2021b.json", "labels-2021c.json",
                 "labels-2021d.json", "labels-2021e.json", "labels-2021f.json",
                 "labels-2021g.json", "labels-2021h.json", "labels-2021i.json",
                 "labels-2021j.json", "labels-2021k.json", "labels-2021l.json",
                 "labels-2021m.json", "labels-2021n.json", "labels-2021o.json",
                 "labels-2021p.json", "labels-2021q.json"):
        for d in json.loads((FIXTURES / name).read_text("utf-8"))["documents"]:
            assert set(d) <= {"link", "kind", "held_out", "split", "actions", "hashes"}
            assert all(len(h) == 8 and int(h, 16) >= 0 for h in d["hashes"])


def test_a_fresh_set_is_neither_trained_nor_cross_validated_on(rebuild: ModuleType) -> None:
    corpus = script("corpus")
    train = script("train")
    assert set(corpus.FRESH) <= set(corpus.SOURCES)
    assert not any(d.source in corpus.FRESH for d in train.training_documents())
    assert {d.source for d in train.training_documents()} == set(corpus.SOURCES) - set(
        corpus.FRESH)
    assert not any(d.split in ("lockbox", "held_out") for d in train.training_documents())


def test_a_document_s_text_keeps_its_paragraphs_and_cuts_into_its_sentences(
        rebuild: ModuleType) -> None:
    from store.text import split_sentences

    docs = script("corpus").load()
    several = 0
    for doc in docs:
        numbers = doc.paragraphs
        assert len(numbers) == len(doc.sentences), doc.link
        assert numbers[:1] in ((), (0,)) and all(
            b - a in (0, 1) for a, b in pairwise(numbers)), doc.link
        # the finder is given this text (bench/actions.py) and cuts it as the labels number it
        assert tuple(split_sentences(doc.text)) == doc.sentences, doc.link
        several += any(a == b for a, b in pairwise(numbers))
    # most real releases and statements of ours have a paragraph of more than one sentence
    assert several > len(docs) / 2
