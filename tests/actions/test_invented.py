"""The invented statements (fixtures/actions/invented-*.json): checked loading, never trained on.

Counts and checks only: no test reads which sentences of a fresh invented set are actions.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "actions"


def script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"invented_test_{name}", FIXTURES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


invented = script("invented")

GOOD = {
    "id": "t1", "site": "treasury.gov", "kind": "sanctions", "published": "2019-03-14",
    "title": "Treasury Sanctions Two Smugglers",
    "paragraphs": ["Today the Treasury designated two smugglers. Mr. Smith said so.",
                   "They first met in 2015."],
    "actions": ["Today the Treasury designated two smugglers."],
}


def write(tmp_path: Path, *documents: dict[str, object]) -> Path:
    path = tmp_path / "invented-t.json"
    path.write_text(json.dumps({"schema": 1, "documents": list(documents)}), encoding="utf-8")
    return path


def test_a_statement_is_cut_as_the_finder_is_given_it_and_its_actions_found(
        tmp_path: Path) -> None:
    (s,) = invented.load(write(tmp_path, GOOD))
    assert s.sentences == ("Today the Treasury designated two smugglers.", "Mr. Smith said so.",
                           "They first met in 2015.")
    assert s.actions == {0}
    assert (s.published.year, s.published.month, s.published.day) == (2019, 3, 14)
    assert s.published.tzinfo is not None


@pytest.mark.parametrize(("change", "message"), [
    ({"actions": ["Today the Treasury designated two"]}, "is not one of its sentences"),
    ({"actions": ["Mr. Smith said so.", "Mr. Smith said so."]}, "listed twice"),
    ({"paragraphs": ["Mr. Smith said so.", "Mr. Smith said so."],
      "actions": ["Mr. Smith said so."]}, "occurs more than once"),
    ({"published": "14 March 2019"}, "published must be YYYY-MM-DD"),
    ({"published": "9999-12-31"}, "is after today"),
    ({"paragraphs": []}, "paragraphs must be a list of non-empty strings"),
    ({"actions": [3]}, "actions must be a list of sentences"),
])
def test_a_label_that_does_not_match_the_text_is_named(
        tmp_path: Path, change: dict[str, object], message: str) -> None:
    with pytest.raises(invented.InventedError, match=message):
        invented.load(write(tmp_path, {**GOOD, **change}))


def test_a_missing_field_a_repeated_id_and_a_broken_file_are_named(tmp_path: Path) -> None:
    with pytest.raises(invented.InventedError, match="missing title"):
        invented.load(write(tmp_path, {k: v for k, v in GOOD.items() if k != "title"}))
    with pytest.raises(invented.InventedError, match="ids must be unique"):
        invented.load(write(tmp_path, GOOD, GOOD))
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(invented.InventedError, match=r"broken\.json"):
        invented.load(broken)


def test_the_script_prints_the_cut_text_and_fails_on_a_bad_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert invented.main([str(write(tmp_path, GOOD))]) == 0
    out = capsys.readouterr().out
    assert "*   0 Today the Treasury designated two smugglers." in out
    assert "    1 Mr. Smith said so." in out
    assert "sanctions" in out and "1 actions" in out
    assert invented.main([str(write(tmp_path, {**GOOD, "actions": ["nope."]}))]) == 1
    assert "is not one of its sentences" in capsys.readouterr().err


# sets of long spoken-word transcripts, fewer statements of 40 sentences and more: one site's
# daily briefings (invented-ap), officials' interviews, press conferences and briefings (-aq),
# joint press availabilities, speeches and interviews (-aw), briefings and press conferences
# of 40 to 150 sentences (-bd); the State Department's and the White House's spoken word of 30
# to 90 sentences (-bm), the State Department's of 40 to 120 (-bq) and both again, 2014-2026
# (-bt); officials' prepared remarks (-bv), other agencies' press conferences (-bw), the State
# Department's daily briefings and background calls of 45 to 110 (-bz), the White House's
# (-cd), the President's press conferences, remarks and interviews of 40 to 110 (-co), the
# Secretary of State's and senior officials' speeches and press availabilities of 40 to 110
# (-cr), international organisations' and foreign governments' briefings and press
# conferences of 40 to 110 (-cv), U.S. ambassadors' and envoys' press conferences, roundtables
# and interviews abroad of 40 to 90 (-cz), congressional hearings' exchanges of 40 to 90
# (-de), town halls, students' and diasporas' questions and public conversations of 40 to 90
# (-di), the Treasury Secretary's, trade officials' and finance ministers' press conferences
# and interviews of 40 to 90 (-dm), State Department officials' briefings at the annual
# reports' release, asked for at 40 to 90 and written shorter (-dq, 37 on average), the State
# Department's daily briefings of 40 to 90 (-dr), the Department of Defense's press briefings
# of 40 to 90 (-dx), speeches at donor and pledging conferences asked for at 40 to 90 and
# written shorter (-eb, 43 on average), officials' press calls on one measure of 40 to 90
# (-fc), the State Department's daily briefings again (-fh), the Secretary's joint press
# availabilities abroad, 12 of 40 to 80 (-fk), the President's and the Vice President's
# remarks, press conferences and gaggles of 40 to 90 (-fp), senior officials' background
# briefings and press calls on a trip or a summit of 40 to 90 (-fx), and the long sets briefed
# since at 40 to 90 (-ga, -gd, -gz, -hf, -hk) or 40 to 110 (-gk, -gn, -gp, -gs): each with the
# fewest sentences a statement has on average
LONG_TRANSCRIPTS = {"invented-ap": 40, "invented-aq": 40, "invented-aw": 40, "invented-bd": 40,
                    "invented-bm": 30, "invented-bq": 40, "invented-bt": 40, "invented-bv": 30,
                    "invented-bw": 40, "invented-bz": 40, "invented-cd": 40,
                    "invented-co": 40, "invented-cr": 40, "invented-cv": 40,
                    "invented-cz": 40, "invented-de": 40, "invented-di": 40,
                    "invented-dm": 40, "invented-dq": 30, "invented-dr": 40,
                    "invented-dx": 40, "invented-eb": 40, "invented-eg": 40,
                    "invented-ek": 40, "invented-es": 40, "invented-ex": 40,
                    "invented-fc": 40, "invented-fh": 40, "invented-fk": 40,
                    "invented-fp": 40, "invented-fx": 40, "invented-ga": 40,
                    "invented-gd": 40, "invented-gk": 40, "invented-gn": 40,
                    "invented-gp": 40, "invented-gs": 40, "invented-gu": 40,
                    "invented-gz": 40, "invented-hf": 40, "invented-hk": 40}
# sets briefed on few kinds: readouts, joint statements, fact sheets of one site (-bl); the
# White House's fact sheets alone (-fy); the White House's and the State Department's fact
# sheets (-gy); fact sheets, relationship fact sheets and questions and answers of several
# agencies (-hi)
FEW_KINDS = {"invented-bl": 3, "invented-fy": 1, "invented-gy": 1, "invented-hi": 3}
ONE_SITE_AND_KIND = {"invented-fy": ("whitehouse.gov", "fact_sheet")}
# sets briefed on one site's joint statements and readouts, in five kinds (-hh)
ONE_SITE = ("invented-hh",)
# sets whose every statement announces something: briefings at an annual report's release,
# each releasing its report (-dq); speeches at pledging conferences, each with its pledge (-eb);
# the Press Secretary's long briefings, each with a measure among its toplines or answers (-ex);
# officials' press calls on a single measure announced that day (-fc); the daily briefings of
# -fh, each with a measure among its toplines or answers; the joint press availabilities of
# -fk, each with an agreement, assistance or a measure in its opening statements or answers;
# the Spokesperson's long daily briefings of -ga, likewise; the Pentagon's long briefings of
# -gn, each with a deployment, an order or a package among its opening lines or answers; the
# Spokesperson's long daily briefings of -gp and the Press Secretary's of -gs, each with a
# measure among its toplines or answers; the Secretary's interviews and press availabilities
# of -gu, each with a measure announced or restated in an answer; senior officials' background
# calls of -gz, each previewing or explaining a measure; the joint press availabilities and
# press conferences of -hk, each with a measure in its opening statements or answers
ALL_ANNOUNCE = ("invented-dq", "invented-eb", "invented-ex", "invented-fc", "invented-fh",
                "invented-fk", "invented-ga", "invented-gn", "invented-gp", "invented-gs",
                "invented-gu", "invented-gz", "invented-hk")


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("invented-*.json")))
def test_every_shipped_set_loads_and_is_of_some_size(name: str) -> None:
    statements = invented.load(FIXTURES / f"{name}.json")
    sentences = sum(len(s.sentences) for s in statements)
    assert any(s.actions for s in statements)
    assert any(not s.actions for s in statements) or name in ALL_ANNOUNCE
    if name in LONG_TRANSCRIPTS:
        # (-ex, its writer stopped at the time limit: 15 statements, 680 sentences; -fk was
        # briefed to 12 statements and 550 to 750 sentences: 589)
        assert len(statements) >= 10 and sentences >= 550
        assert sentences >= LONG_TRANSCRIPTS[name] * len(statements)
        return
    assert len(statements) >= 30
    assert sentences >= 300
    # (invented-i is spoken word only)
    assert len({s.kind for s in statements}) >= FEW_KINDS.get(name, 4)
    # several sites (invented-m: State and the White House), or one site's many kinds
    # (invented-aa: the State Department alone, in fourteen kinds; invented-aj, in six), or
    # the one site and kind briefed (-fy)
    if name in ONE_SITE_AND_KIND:
        assert {(s.site, s.kind) for s in statements} == {ONE_SITE_AND_KIND[name]}
        return
    if name in ONE_SITE:
        assert len({s.site for s in statements}) == 1
        return
    assert len({s.site for s in statements}) >= 2 or len({s.kind for s in statements}) >= 6


def test_invented_statements_are_trained_on_once_no_longer_fresh() -> None:
    corpus = script("corpus")
    if not corpus.available():
        pytest.skip("the labelled sets need ../shared/data")
    train = script("train")
    assert set(corpus.INVENTED) <= set(corpus.SOURCES)
    assert set(corpus.INVENTED) == {p.stem for p in FIXTURES.glob("invented-*.json")}
    trained = {d.source for d in train.training_documents()}
    assert not trained & set(corpus.FRESH)
    assert set(corpus.INVENTED) - set(corpus.FRESH) <= trained
    assert {d.split for d in corpus.load_invented()} == {"invented"}


def test_the_readme_table_counts_each_set_as_its_file_holds_it() -> None:
    # (statements, sentences, actions: a reading that relabels a set changes its count)
    table = re.findall(r"^\| `(invented-[a-z]+)\.json` \|[^|]*\| ([\d,]+) \| ([\d,]+) \| "
                       r"([\d,]+) \|", (FIXTURES / "README.md").read_text("utf-8"), re.M)
    assert sorted(name for name, *_ in table) == sorted(
        p.stem for p in FIXTURES.glob("invented-*.json"))
    for name, *counts in table:
        statements = invented.load(FIXTURES / f"{name}.json")
        assert [int(c.replace(",", "")) for c in counts] == [
            len(statements), sum(len(s.sentences) for s in statements),
            sum(len(s.actions) for s in statements)], name


def test_the_twelfth_session_s_label_changes_are_what_the_label_files_hold() -> None:
    # relabel-12.json records each label the check against the new rulings changed (no
    # text): every entry must name a sentence that is there, by its hash, labelled as "now".
    corpus = script("corpus")
    if not corpus.available():
        pytest.skip("the labelled sets need ../shared/data")
    record = json.loads((FIXTURES / "relabel-12.json").read_text("utf-8"))
    changes = record["changes"]
    assert len(changes) == 53 and {c["ruling"] for c in changes} <= {
        "text", "factsheet", "flags", "admin", "scope", "procedure", "invitation", "two"}
    docs = {(d.source, d.link): d for d in corpus.load()}
    hash_of = corpus.rebuild.sentence_hash
    later = later_labels()  # (a later reading may have judged a sentence again: close-33.json)
    for c in changes:
        doc = docs[c["source"], c["link"]]
        assert doc.split != "lockbox" and c["was"] != c["now"]
        assert hash_of(doc.sentences[c["index"]]) == c["hash"], c
        now = later.get((c["source"], c["link"], c["index"]), c["now"])
        assert (c["index"] in doc.actions) == now, c


def test_the_agreement_record_is_its_seeded_sample_read_again_by_two_readers() -> None:
    # agreement-13.json: a seeded sample of train documents, every sentence read again by two
    # readers blind to labels and model (no text: each sentence by its hash)
    corpus = script("corpus")
    if not corpus.available():
        pytest.skip("the labelled sets need ../shared/data")
    agreement = script("agreement")
    record = json.loads((FIXTURES / "agreement-13.json").read_text("utf-8"))
    drawn = agreement.sample()
    assert [(d.source, d.link) for d in drawn] == [
        (e["source"], e["link"]) for e in record["documents"]]
    hash_of = corpus.rebuild.sentence_hash
    for doc, entry in zip(drawn, record["documents"], strict=True):
        assert [hash_of(s) for s in doc.sentences] == entry["hashes"]
        assert len(entry["readers"]) == 2
        assert all(0 <= i < len(doc.sentences) for r in entry["readers"] for i in r)
    # the readers marked more than the labels, and agreed with each other more than with them
    docs = record["documents"]
    readers = [{(n, i) for n, e in enumerate(docs) for i in e["readers"][r]} for r in (0, 1)]
    labels = {(n, i) for n, e in enumerate(docs) for i in e["labels"]}
    assert min(map(len, readers)) > len(labels) == 91

    def f1(a: set[tuple[int, int]], b: set[tuple[int, int]]) -> float:
        return 2 * len(a & b) / (len(a) + len(b))

    assert f1(*readers) > max(f1(r, labels) for r in readers)


# The second readings (`reread.py`): every statement of the sets read, every sentence, by two
# readers each (no text: each sentence by its hash), the labels as they were when read, and
# the changes both readers agree on against them, applied in the fifteenth session.
# reread-13.json: invented-a to -o; reread-14b.json: invented-p to -ad; reread-14.json: the
# real releases' train splits, never of a lockbox or a fresh set.
@pytest.mark.parametrize(("reading", "record", "added", "removed"), [
    ("13", "reread-13.json", 207, 21), ("14b", "reread-14b.json", 345, 35),
    ("14", "reread-14.json", 55, 13)])
def test_a_second_reading_is_every_statement_of_its_sets(reading: str, record: str, added: int,
                                                         removed: int) -> None:
    corpus = script("corpus")
    if reading == "14" and not corpus.available():
        pytest.skip("the labelled sets need ../shared/data")
    reread = script("reread")
    docs, groups, path = reread.documents(reading)
    assert path.name == record
    sets = {s for group in groups.values() for s in group}
    if reading == "14b":
        assert [s for group in groups.values() for s in group] == [
            f"invented-{n}" for n in (*"pqrstuvwxyz", "aa", "ab", "ac", "ad")]
    if reading == "14":  # the train splits of every real set labelled before it
        assert sets == {"first", *(f"2021{n}" for n in "bcdefghijk"), "pages"}
        assert {d.source for d in docs} == sets
        assert {d.split for d in docs} == {"train"}
        assert not sets & (set(corpus.FRESH) | set(corpus.INVENTED))
    entries = json.loads(path.read_text("utf-8"))["documents"]
    order = [d for group in groups.values() for d in docs if d.source in group]
    assert [(e["source"], e["link"]) for e in entries] == [(d.source, d.link) for d in order]
    hash_of = corpus.rebuild.sentence_hash
    found = reread.changes(entries)
    assert (sum(c["now"] for c in found), sum(not c["now"] for c in found)) == (added, removed)
    changed = {(c["link"], c["index"]): c["now"] for c in found}
    later = later_labels()
    for doc, e in zip(order, entries, strict=True):
        assert e["hashes"] == [hash_of(s) for s in doc.sentences]
        assert all(0 <= i < len(doc.sentences) for r in e["readers"] for i in r)
        # applied (fifteenth session): each label as it was when read, unless both readers
        # judged it otherwise, or a later reading relabelled it (twenty-seventh, -eighth)
        assert sorted(doc.actions) == [
            i for i in range(len(doc.sentences))
            if later.get((doc.source, doc.link, i),
                         changed.get((doc.link, i), i in e["labels"]))]


# The twenty-seventh session's readings under the one guide: sentences that word patterns
# marked as scope (what today's measure leaves out) or as a list's items, labelled no action,
# each read by two blind readers; the ones both called actions were labelled so. The
# twenty-eighth's reading under its ruling on delegations: the sentences both readers judged
# otherwise than labelled (each change says its new label, `now`; all 31 now no action). The
# twenty-ninth's under its ruling on personnel, the same, save four verdicts that a ruling of
# the README overrules (`overruled`: left as labelled, each with the ruling and the readers'
# verdict, `judged`); then the sentences that reading showed were left unread of the same kinds (a
# predecessor named, a nominee's biography labelled an action, a list's heading); the
# thirtieth's third part, with meeting notices (the Senate's confirmation, advisory committees);
# the pleas of -gf, written under a line on courts a review found wrong, read again
# and the like sentences of this session's sets that a review found at odds with the README;
# the thirty-first's: commitments made to a government's initiative, the sentences at odds with
# the thirtieth's writers' rulings gathered, and a third reading after a review (a later record
# supersedes an earlier one on the same sentence); the thirty-second's: the sentences at odds
# with the thirty-first's writers' rulings gathered, and the earlier steps of the same year
# opening a sentence in two word patterns; then, after a review, the sentences it found at odds
# (`again-32.json`); the thirty-third's: like sentences a review had left split
# (`splits-33.json`), and the sentences at odds with the thirty-second's writers' rulings
# gathered (`conf-33.json`); then, after a review, the sentences it found at odds
# (`again-33.json`), and after a closing review, like sentences still split (`close-33.json`);
# the thirty-fourth's: the sentences at odds with the thirty-third's writers' rulings gathered
# (`conf-34.json`), then, after a review, the sentences it found at odds (`again-34.json`), and
# after a closing review, like sentences still split (`close-34.json`); the thirty-fifth's: the
# sentences at odds with the thirty-fourth's writers' rulings gathered (`conf-35.json`), then,
# after a review, the sentences it found at odds (`again-35.json`), and the sentences the
# thirty-third's readers had split on, read by two more (`splits-35.json`), and after a closing
# review, like sentences still split (`close-35.json`); the thirty-sixth's: the sentences at
# odds with the thirty-fifth's writers' rulings gathered (`conf-36.json`), then, after a
# review, the sentences it found at odds (`again-36.json`), and after a closing review, like
# sentences still split (`close-36.json`)
LATER_READINGS = {"scope-27.json": 75, "lists-27.json": 38, "deleg-28.json": 31,
                  "pers-29.json": 21, "pers-29b.json": 23, "pers-30.json": 5,
                  "pleas-30.json": 8, "fresh-30.json": 6, "commit-31.json": 37,
                  "conf-31.json": 31, "again-31.json": 62, "conf-32.json": 28,
                  "again-32.json": 51, "splits-33.json": 36,
                  "conf-33.json": 31, "again-33.json": 36,
                  "close-33.json": 41, "conf-34.json": 47, "again-34.json": 22,
                  "close-34.json": 22, "conf-35.json": 21, "again-35.json": 15,
                  "splits-35.json": 2, "close-35.json": 34, "conf-36.json": 20,
                  "again-36.json": 17, "close-36.json": 27}


def later_labels() -> dict[tuple[str, str, int], bool]:
    return {(c["source"], c["link"], c["sentence"]): c.get("now", True)
            for name in LATER_READINGS
            for c in json.loads((FIXTURES / name).read_text("utf-8"))["changes"]}


@pytest.mark.parametrize(("record", "count"), sorted(LATER_READINGS.items()))
def test_a_later_reading_is_labelled_as_both_readers_found(record: str, count: int) -> None:
    corpus = script("corpus")
    whole = corpus.available()  # some changes are in real releases (../shared/data)
    docs = {(d.source, d.link): d
            for d in (corpus.load() if whole else corpus.load_invented())}
    whole_record = json.loads((FIXTURES / record).read_text("utf-8"))
    changes, overruled = whole_record["changes"], whole_record.get("overruled", [])
    assert len(changes) == count == whole_record.get("applied", count)
    # (the record's own tallies, which fixtures/actions/README.md quotes)
    assert whole_record.get("both_otherwise", whole_record.get("both_action")) == (
        count + len(overruled))
    assert len({(c["source"], c["link"], c["sentence"]) for c in changes + overruled}) == (
        count + len(overruled))
    # a sentence a later reading judged again stands as that reading left it, which must
    # differ from this one's (else the later change changes nothing)
    names = list(LATER_READINGS)
    again = {(c["source"], c["link"], c["sentence"]): c.get("now", True)
             for name in names[names.index(record) + 1:]
             for c in json.loads((FIXTURES / name).read_text("utf-8"))["changes"]}
    for c in changes + overruled:
        if not whole and not c["source"].startswith("invented-"):
            continue
        doc = docs[(c["source"], c["link"])]
        assert corpus.rebuild.sentence_hash(doc.sentences[c["sentence"]]) == c["hash"]
        now = c.get("now", True) if c in changes else not c["judged"]
        key = (c["source"], c["link"], c["sentence"])
        if key in again:
            assert again[key] != now
            now = again[key]
        assert (c["sentence"] in doc.actions) == now
        assert c["reader1"] and c["reader2"]
        assert c in changes or (c["overruled_by"].startswith("README") and "now" not in c)


def test_applying_a_second_reading_rewrites_only_the_labels_it_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, reread = script("corpus"), script("reread")
    docs = [d for d in corpus.load_invented() if d.source == "invented-g"]
    copy = tmp_path / "invented-g.json"
    copy.write_text((FIXTURES / "invented-g.json").read_text("utf-8"), "utf-8")
    monkeypatch.setattr(reread, "label_file", lambda source: copy)
    doc = next(d for d in docs if d.actions and len(d.sentences) > len(d.actions) + 1)
    dropped = min(doc.actions)
    added = min(i for i in range(len(doc.sentences)) if i not in doc.actions)
    hash_of = corpus.rebuild.sentence_hash
    found = [{"source": doc.source, "link": doc.link, "index": i,
              "hash": hash_of(doc.sentences[i]), "was": i == dropped, "now": i == added}
             for i in (dropped, added)]
    before = json.loads(copy.read_text("utf-8"))["documents"]
    reread.apply(found, docs)
    after = json.loads(copy.read_text("utf-8"))["documents"]
    ident = doc.link.removeprefix("invented:")
    for old, new in zip(before, after, strict=True):
        if old["id"] != ident:
            assert old == new  # every other statement as it was
            continue
        assert {k: v for k, v in old.items() if k != "actions"} == {
            k: v for k, v in new.items() if k != "actions"}
        assert set(new["actions"]) == (set(old["actions"]) - {doc.sentences[dropped]}
                                       | {doc.sentences[added]})
    # a sentence changed since it was read, or labels not those the corpus read: refused,
    # the file left alone
    text = copy.read_text("utf-8")
    with pytest.raises(SystemExit):
        reread.apply([{**found[0], "hash": "00000000"}], docs)
    with pytest.raises(SystemExit):
        reread.apply(found, docs)  # (the copy holds the changed labels now)
    assert copy.read_text("utf-8") == text
