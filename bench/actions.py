"""Precision and recall of the action finder on the hand-labelled documents, and its speed.

The label files of `fixtures/actions/` (loaded with headline and date by `corpus.py`):
`labels.json` (first set, with its held-out quarter), `labels-2021b.json` to
`labels-2021l.json` and `pages.json` (each with a seeded lockbox), and statements of our
own writing, `invented-a.json` to `invented-aw.json` (split "invented", each set one writer's;
trained on once no longer fresh). A set in `corpus.FRESH` is kept out of everything but its
own one measurement. A sentence counts as found when the finder returns an action with that
sentence's text.

    --split train|held_out  the shipped model on those documents (train: in-sample)
    --cv                    grouped k-fold over the train documents: each fold scored by a
                            model trained (thresholds chosen by an inner CV) on the others;
                            overall, per source and per kind (needs the `train` extra)
    --cv --by-source        the same with folds of whole label files: each writer's set and
                            each draw of real releases scored by a model that never read it
    --split invented        the shipped model on the invented statements (not the fresh ones;
                            in-sample: they are trained on)
    --by-set                each set of our own writing scored by a model trained without it
                            (and on the real releases' train splits): across writers, per set
                            and per kind (needs the `train` extra)
    --policy pooled|real-first  with --cv or --by-set: the model's thresholds chosen over
                            all documents as one, or by the real releases (train.REAL_FIRST)
    --split lockbox         the shipped model on the lockboxes: once, at the very end
    --split all --source S  the shipped model on every document of one set: a fresh set,
                            once, before anything is trained on it
    --finder-at REV         with --split (and --source): the finder of an earlier commit (its
                            monitor/ and store/, from git) on a set labelled after it, as
                            statements it never met (the labels and splits are today's)
    --agreement             the readers of `fixtures/actions/agreement-13.json`, each
                            against the labels and against each other, beside the finder on
                            the same sentences (cross-validated, or shipped on a fresh set):
                            how far a careful reader agrees with the labels (needs `train`)
    --jobs N                with --cv, --by-set, --agreement: outer folds fitted at once
                            (default one per core; the same figures whatever N)
    --repeats N             with --cv, --by-set, --agreement: runs of the inner CV that
                            chooses each outer fold's thresholds (default train.REPEATS,
                            as the shipped model's are chosen; 1 is quicker)
    --load                  model size, what loading it adds to a command's start, and
                            reading it packed against the same model as gzipped JSON
    --speed                 documents per CPU second of the whole finder (model included)
                            on the labelled documents and on all 587 releases of the archive

    .venv/bin/python bench/actions.py --cv --speed
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.actions import Action, find_actions  # noqa: E402
from monitor.actions.judged import ASKED_FEATURE  # noqa: E402

sys.path.insert(0, str(ROOT / "fixtures" / "actions"))
import corpus  # noqa: E402

COMMAND = ".venv/bin/python bench/actions.py"


def load_rebuild() -> ModuleType:
    """fixtures/actions/rebuild.py, which is a script and not a package."""
    path = ROOT / "fixtures" / "actions" / "rebuild.py"
    spec = importlib.util.spec_from_file_location("actions_labels_rebuild", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Score:
    """Sentence-level counts and the figures made of them."""

    documents: int
    sentences: int
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {**asdict(self), "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass(frozen=True)
class Outcome:
    """One labelled sentence and whether the finder called it an action."""

    link: str
    index: int
    sentence: str
    labelled: bool
    found: Action | None
    source: str = ""  # the label file: two sets of our own writing may share an id (a link)


def outcomes(documents: Iterable[object],
             finder: Callable[..., list[Action]] = find_actions) -> list[Outcome]:
    """Every labelled sentence with the finder's verdict on its document's text (given the
    document's headline and date when it has them, as the tracking step does)."""
    result: list[Outcome] = []
    for doc in documents:
        sentences: Sequence[str] = doc.sentences  # type: ignore[attr-defined]
        text = getattr(doc, "text", None) or "\n\n".join(sentences)  # (paragraphs kept)
        found = {a.text: a for a in finder(text,
                                           published=getattr(doc, "published", None),
                                           title=getattr(doc, "title", ""))}
        for i, sentence in enumerate(sentences):
            result.append(Outcome(doc.link, i, sentence,  # type: ignore[attr-defined]
                                  i in doc.actions, found.get(sentence),  # type: ignore[attr-defined]
                                  getattr(doc, "source", "")))
    return result


def score(results: Sequence[Outcome]) -> Score:
    """Counts over a list of outcomes."""
    return Score(
        documents=len({(o.source, o.link) for o in results}),
        sentences=len(results),
        true_positives=sum(o.labelled and o.found is not None for o in results),
        false_positives=sum(not o.labelled and o.found is not None for o in results),
        false_negatives=sum(o.labelled and o.found is None for o in results),
    )


BANDS = ((0.85, 1.01), (0.7, 0.85), (0.0, 0.7))


def bands(results: Sequence[Outcome]) -> list[dict[str, object]]:
    """How many found actions were labelled actions, per band of the finder's confidence."""
    out: list[dict[str, object]] = []
    for low, high in BANDS:
        found = [o for o in results if o.found is not None and low <= o.found.confidence < high]
        out.append({"band": f"[{low:.2f}, {min(high, 1.0):.2f})", "found": len(found),
                    "correct": sum(o.labelled for o in found)})
    return out


def rules_alone(text: str) -> list[object]:
    """The anchor: the rule pass alone over a text's sentences (the finder before issue 13)."""
    from monitor.actions.rules import verdicts
    from store.text import split_sentences

    sentences = split_sentences(text)
    return verdicts(sentences, 0)


def documents_per_second(texts: Sequence[str], minimum_seconds: float = 1.0,
                         finder: Callable[[str], object] = find_actions) -> float:
    """How many of these texts the finder gets through per CPU second (repeated ≥ 1 s).

    CPU time of this process, not wall time: the machine is shared and noisy.
    """
    rounds, start = 0, time.process_time()
    while True:
        for text in texts:
            finder(text)
        rounds += 1
        elapsed = time.process_time() - start
        if elapsed >= minimum_seconds:
            return rounds * len(texts) / elapsed


def print_errors(results: Sequence[Outcome]) -> None:
    """The false positives and false negatives, with the document they come from."""
    for o in results:
        if o.labelled == (o.found is not None):
            continue
        tag = "FP" if o.found else "FN"
        # (an earlier commit's finds, `--finder-at`, bring their text only)
        extra = f"  [{o.found.actor} / {o.found.verb}]" if isinstance(o.found, Action) else ""
        name = o.link.rstrip("/").rsplit("/", 1)[-1]  # a release's slug, an invented id
        print(f"{tag} {name}#{o.index}{extra}\n   {o.sentence}")


def cross_validated(docs: Sequence[corpus.Doc], k: int = 5,
                    fold_of: Sequence[int] | None = None,
                    real_first: bool | None = None, jobs: int | None = None,
                    table: tuple[list[list[str]], list[int], list[int]] | None = None,
                    repeats: int | None = None) -> list[tuple[int, bool, bool]]:
    """Per sentence of the train documents: (document index, labelled, found by a model that
    never saw the document). Folds deal the documents round-robin into `k`, or are given per
    document (`fold_of`; -1: always trained on, never scored, its rows come back unfound).
    Each outer fold's thresholds are chosen by an inner CV by source on the other folds only,
    run `repeats` times as `train.choose_thresholds` runs it (`train.REPEATS` when None);
    furniture the rules block is never found, as in the finder. `real_first`: the policy
    (`train.REAL_FIRST` when None): the real releases choose the thresholds, weighted as much
    as our own writing, or all documents as one, unweighted. The outer folds run in `jobs`
    processes (one per core when None): each is fitted alone, so the figures do not depend
    on how many run at once. `table`: `train.rows(docs)`, when the caller has it."""
    import train

    x, y, groups = train.rows(docs) if table is None else table
    source = train.by_source(docs, groups)
    # the real releases choose, or (None) one group: the pair that finds most over everything
    real = (train.real_rows(docs, groups)
            if (train.REAL_FIRST if real_first is None else real_first) else None)
    fold = train.folds(groups, k) if fold_of is None else [fold_of[g] for g in groups]
    found = [False] * len(y)
    outer = sorted(set(fold) - {-1})
    _FOLDS.update(x=x, y=y, source=source, real=real, fold=fold,
                  repeats=train.REPEATS if repeats is None else repeats)
    try:
        workers = min(len(outer), jobs or os.cpu_count() or 1)
        if workers > 1:  # forked: the rows are inherited, only fold numbers and finds cross
            context = multiprocessing.get_context("fork")
            with context.Pool(workers) as pool:
                done = pool.imap_unordered(_one_fold, outer)
                hits = [i for part in done for i in part]
        else:
            hits = [i for f in outer for i in _one_fold(f)]
    finally:
        _FOLDS.clear()
    for i in hits:
        found[i] = True
    return [(g, bool(label), hit) for g, label, hit in zip(groups, y, found, strict=True)]


_FOLDS: dict[str, Any] = {}  # the rows of the CV running (`cross_validated`), for `_one_fold`


def _one_fold(f: int) -> list[int]:
    """The rows of outer fold `f` found by a model fitted, and its thresholds chosen by an
    inner CV by source, on the other folds' rows only."""
    import train

    from monitor.actions.features import blocked
    from monitor.actions.model import threshold_of

    x, y, source, real, fold, repeats = (
        _FOLDS[n] for n in ("x", "y", "source", "real", "fold", "repeats"))
    inside = [i for i in range(len(y)) if fold[i] != f]
    xi, yi = [x[i] for i in inside], [y[i] for i in inside]
    gi = [source[i] for i in inside]  # the inner CV by source, as train.build does
    ri = [real[i] for i in inside] if real is not None else None
    wi = train.balanced(ri) if ri is not None else None
    t, t_new = train.choose_thresholds(xi, yi, gi, wi, ri, repeats)
    model = train.fit(xi, yi, weights=wi)
    test = [i for i in range(len(y)) if fold[i] == f]
    return [i for i, p in zip(test, train.predict(model, [x[i] for i in test]), strict=True)
            if p >= threshold_of(x[i], t, t_new, train.VETO_AT_MOST) and not blocked(x[i])]


def _score(rows: Sequence[tuple[bool, bool]], documents: int) -> Score:
    return Score(documents, len(rows), sum(a and b for a, b in rows),
                 sum(b and not a for a, b in rows), sum(a and not b for a, b in rows))


def _line(name: str, s: Score, anchor: Score | None = None) -> str:
    text = (f"{name:28} docs {s.documents:3}  sent {s.sentences:4}  TP {s.true_positives:3} "
            f"FP {s.false_positives:3} FN {s.false_negatives:3}  P {s.precision:.3f}  "
            f"R {s.recall:.3f}")
    if anchor is not None:
        text += f"   | rules alone P {anchor.precision:.3f} R {anchor.recall:.3f}"
    return text


def folds_by_source(docs: Sequence[corpus.Doc], k: int) -> list[int]:
    """The fold of each document when the folds deal whole label files round-robin, in the
    order they first appear (`train.by_source`'s groups)."""
    import train

    return train.folds(train.by_source(docs, range(len(docs))), k)


def report_cv(docs: Sequence[corpus.Doc], k: int, by_set: bool = False,
              errors: bool = False, real_first: bool | None = None,
              jobs: int | None = None, by_source: bool = False,
              repeats: int | None = None) -> list[str]:
    """Lines: the CV figures overall, for the real releases and for the statements of our own
    writing, per source and per kind, beside the rules alone.
    `by_set`: each set of our own writing scored by a model trained on everything else (the
    real releases' train splits are always trained on): one writer's voice against models
    that never read it. `by_source`: the k folds deal whole label files (a writer's set, a
    draw of real releases) round-robin, so that no fold's model read its writers' phrasing.
    `errors`: then each sentence scored wrong, by a model that never saw its document.
    `repeats`: how many times each inner CV runs (`cross_validated`)."""
    import train

    fold_of = None
    if by_set:
        sets = sorted({d.source for d in docs if d.source in corpus.INVENTED})
        fold_of = [sets.index(d.source) if d.source in sets else -1 for d in docs]
        scored = {id(d) for d in docs if d.source in sets}
        title = "each set of our own writing scored by a model trained without it:"
    elif by_source:
        fold_of = folds_by_source(docs, k)
        scored = {id(d) for d in docs}
        title = f"cross-validated ({k}-fold by label file, train splits only):"
    else:
        scored = {id(d) for d in docs}
        title = f"cross-validated ({k}-fold by document, train splits only):"
    if real_first is not None:
        title = title[:-1] + (", the real releases choosing the thresholds:" if real_first
                              else ", thresholds over all documents as one:")
    table = train.rows(docs)  # (the features once: the CV's and the rows' below)
    x = table[0]
    rows = cross_validated(docs, k, fold_of, real_first, jobs, table, repeats)
    rules = [("r:action" in feats or "r:restate" in feats) for feats in x]
    lines = [title]
    # the real releases apart from the statements of our own writing: the sets of our own
    # writing outnumber them, and what the model learns there need not hold on them
    keys: list[tuple[str, Callable[[corpus.Doc], bool]]] = [
        ("all", lambda d: id(d) in scored),
        ("real releases", lambda d: d.source not in corpus.INVENTED and id(d) in scored),
        ("our own writing", lambda d: d.source in corpus.INVENTED and id(d) in scored)]
    keys += [(f"source {s}", lambda d, s=s: d.source == s and id(d) in scored)
             for s in corpus.SOURCES]
    keys += [(f"kind {kd}", lambda d, kd=kd: d.kind == kd and id(d) in scored)
             for kd in sorted({d.kind for d in docs if id(d) in scored})]
    groups = [g for g, _, _ in rows]
    selections = [(name, [i for i, g in enumerate(groups) if keep(docs[g])])
                  for name, keep in keys]
    # the transcripts with reporters' questions cut at the first question: their opening
    # remarks read like a written statement, their questions and answers do not
    opening = before_first_question(x, groups)
    for who, invented in (("real", False), ("our", True)):
        for part, top in (("opening", True), ("Q&A", False)):
            selections.append((f"{who} transcripts: {part}", [
                i for i, g in enumerate(groups) if opening[i] is top and id(docs[g]) in scored
                and (docs[g].source in corpus.INVENTED) == invented]))
    for name, idx in selections:
        if not idx:
            continue
        n = len({rows[i][0] for i in idx})
        ours = _score([(rows[i][1], rows[i][2]) for i in idx], n)
        anchor = _score([(rows[i][1], rules[i]) for i in idx], n)
        lines.append(_line(name, ours, anchor))
    if errors:
        place = [j for doc in docs for j in range(len(doc.sentences))]
        for i, (g, label, hit) in enumerate(rows):
            if label != hit and id(docs[g]) in scored:
                name = docs[g].link.rstrip("/").rsplit("/", 1)[-1]
                lines.append(f"{'FN' if label else 'FP'} {name}#{place[i]}\n"
                             f"   {docs[g].sentences[place[i]]}")
    return lines


def before_first_question(x: Sequence[Sequence[str]],
                           groups: Sequence[int]) -> list[bool | None]:
    """Per row: in a document with a reporter's question, whether it comes before the first
    one (True) or not (False); None in a document without one."""
    first: dict[int, int] = {}
    for i, (feats, g) in enumerate(zip(x, groups, strict=True)):
        if g not in first and ASKED_FEATURE in feats:
            first[g] = i
    return [None if g not in first else i < first[g] for i, g in enumerate(groups)]


def report_agreement(docs: Sequence[corpus.Doc], k: int, jobs: int | None = None,
                     repeats: int | None = None) -> list[str]:
    """Lines: each reader of the agreement record scored against the labels and against the
    other, and the finder against the labels and the readers, on the record's sentences
    (`fixtures/actions/agreement.py`). The finder never met the documents: on one it may be
    trained on, a model trained without it (as `--cv`); on one of a set kept fresh, the
    shipped finder."""
    import json

    record = json.loads((ROOT / "fixtures" / "actions" / "agreement-13.json").read_text("utf-8"))
    where = {(d.source, d.link): g for g, d in enumerate(docs)}  # two sets share ids
    rows = cross_validated(docs, k, jobs=jobs, repeats=repeats)
    start: dict[int, int] = {}
    for i, (g, _, _) in enumerate(rows):
        start.setdefault(g, i)
    fresh: dict[tuple[str, str], corpus.Doc] = {}  # read only if a sample document is fresh
    views: dict[str, list[bool]] = {"labels": [], "finder": []}
    for entry in record["documents"]:
        key = entry["source"], entry["link"]
        if key not in where and not fresh:
            fresh = {(d.source, d.link): d for d in corpus.load() if d.source in corpus.FRESH}
        doc = docs[where[key]] if key in where else fresh[key]
        if [corpus.rebuild.sentence_hash(s) for s in doc.sentences] != entry["hashes"]:
            raise SystemExit(f"{doc.link}: its sentences changed since the readers read it")
        # the labels as the readers found them (a later relabelling is not theirs to meet)
        views["labels"] += [i in entry["labels"] for i in range(len(doc.sentences))]
        if key in where:
            first = start[where[key]]
            views["finder"] += [rows[first + i][2] for i in range(len(doc.sentences))]
        else:
            views["finder"] += [o.found is not None for o in outcomes([doc])]
        for r, found in enumerate(entry["readers"]):
            views.setdefault(f"reader {r + 1}", []).extend(
                i in found for i in range(len(doc.sentences)))
    n = len(record["documents"])
    lines = [f"agreement on {n} documents, {len(views['labels'])} sentences (precision and "
             "recall of the row, taking the column as the truth):"]
    for truth in [name for name in views if name != "finder"]:
        for name in views:
            if name != truth:
                s = _score(list(zip(views[truth], views[name], strict=True)), n)
                lines.append(_line(f"{name} vs {truth}", s) + f"  F1 {s.f1:.3f}")
    return lines


def speed_lines(repeats: int = 5) -> list[str]:
    """Documents per CPU second of the whole finder and of the rules alone, interleaved runs,
    medians."""
    docs = corpus.load()
    labelled = [d.text for d in docs]
    archive = [corpus.rebuild.document_text(item["content_encoded"])
               for item in corpus.rebuild.load_items()]
    lines = []
    for name, texts in ((f"the {len(labelled)} labelled documents", labelled),
                        (f"all {len(archive)} releases of the archive", archive)):
        ours, anchor = [], []
        for _ in range(repeats):
            ours.append(documents_per_second(texts))
            anchor.append(documents_per_second(texts, finder=rules_alone))
        o, a = statistics.median(ours), statistics.median(anchor)
        lines.append(f"speed on {name}: {o:.0f} docs per CPU second (median of {repeats}); "
                     f"rules alone {a:.0f}; ratio {o / a:.2f}")
    return lines


def load_lines(repeats: int = 9) -> list[str]:
    """What loading the model adds to a command's start: fresh interpreters importing the
    finder with and without loading the model file (interleaved, medians), and the load alone;
    then reading the file packed against the same model as the gzipped JSON it was until the
    thirty-sixth session (in this process, interleaved, medians)."""
    import subprocess

    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        return time.perf_counter() - start

    bare, loaded = [], []
    for _ in range(repeats):
        bare.append(run("import monitor.actions"))
        loaded.append(run("import monitor.actions; from monitor.actions.model import load_model;"
                          " load_model()"))
    import gzip
    import json

    from monitor.actions.model import MODEL_FILE, load_model, unpack
    start = time.perf_counter()
    load_model()
    alone = time.perf_counter() - start
    path = ROOT / "monitor" / "actions" / MODEL_FILE
    packed = path.read_bytes()
    # the anchor: the same model as gzipped JSON, written and read as it was until the
    # thirty-sixth session; both timed in this process, interleaved
    as_json = gzip.compress((json.dumps(unpack(packed), indent=0, ensure_ascii=False) + "\n")
                            .encode("utf-8"), compresslevel=9, mtime=0)

    def read_json() -> dict[str, float]:
        spec = json.loads(gzip.decompress(as_json).decode("utf-8"))
        return {str(k): float(v) for k, v in spec["weights"].items()}

    ours, theirs = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        unpack(packed)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        read_json()
        theirs.append(time.perf_counter() - start)
    b, m = statistics.median(bare), statistics.median(loaded)
    o, t = statistics.median(ours), statistics.median(theirs)
    return [f"model file {len(packed) / 1e6:.3f} MB; loading it adds {m - b:+.3f} s to a fresh "
            f"start (import monitor.actions {b:.3f} s, with the model {m:.3f} s, medians of "
            f"{repeats}); load_model() alone {alone:.3f} s",
            f"reading the file: packed {o:.3f} s, the same model as gzipped JSON "
            f"({len(as_json) / 1e6:.3f} MB) {t:.3f} s: ratio {o / t:.2f} (medians of {repeats})"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--split", choices=("train", "held_out", "invented", "lockbox", "all"),
                        help="all: every split, the lockbox too (for a set labelled and "
                             "measured once before any training on it)")
    parser.add_argument("--source", choices=corpus.SOURCES, action="append",
                        help="only the documents of this label file (repeat for several)")
    parser.add_argument("--cv", action="store_true", help="grouped k-fold CV on train docs")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--by-source", action="store_true",
                        help="with --cv: folds of whole label files, not of documents")
    parser.add_argument("--jobs", type=int, metavar="N",
                        help="with --cv, --by-set or --agreement: outer folds fitted at once "
                             "(default: one per core; the figures do not depend on it)")
    parser.add_argument("--repeats", type=int, metavar="N",
                        help="with --cv, --by-set or --agreement: runs of each inner CV that "
                             "chooses a fold's thresholds (default train.REPEATS, as shipped)")
    parser.add_argument("--by-set", action="store_true",
                        help="leave each set of our own writing out in turn (needs `train`)")
    parser.add_argument("--policy", choices=("pooled", "real-first"),
                        help="with --cv or --by-set: how the model's thresholds are chosen "
                             "(train.REAL_FIRST), to compare with the shipped policy")
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--load", action="store_true", help="model size and load time")
    parser.add_argument("--agreement", action="store_true",
                        help="readers and finder against the labels on the agreement sample")
    parser.add_argument("--finder-at", metavar="REV",
                        help="the finder of an earlier commit (with --split)")
    parser.add_argument("--errors", action="store_true",
                        help="list false positives and negatives (never with lockbox; with "
                             "--cv or --by-set, those of the held-apart folds)")
    args = parser.parse_args(argv)
    if args.split == "all" and not args.source:
        parser.error("--split all measures one set once: name it with --source")
    if args.by_source and not args.cv:
        parser.error("--by-source deals the folds of --cv: give --cv")
    if args.policy and not (args.cv or args.by_set):
        parser.error("--policy compares policies in CV: give --cv or --by-set")
    real_first = None if args.policy is None else args.policy == "real-first"
    if args.finder_at and not args.split:
        parser.error("--finder-at measures an earlier finder: give --split (and --source)")
    if not (args.split or args.cv or args.by_set or args.speed or args.load
            or args.agreement):
        args.split, args.speed = "held_out", True  # no option: what needs no train extra
    if not corpus.available():
        print("../shared/data is not present: the labelled set needs it.", file=sys.stderr)
        return 1
    command = COMMAND + " " + " ".join(argv if argv is not None else sys.argv[1:])
    if args.split:
        # a set kept fresh is measured only when named (`--split all --source 2021f`)
        docs = [d for d in corpus.load(lockbox=args.split in ("lockbox", "all"))
                if args.split in (d.split, "all")
                and (d.source in args.source if args.source
                     else d.source not in corpus.FRESH)]
        if args.finder_at:
            results = outcomes(docs, finder_at(args.finder_at, docs))
            name = f"{args.split} (finder of {args.finder_at})"
        else:
            results = outcomes(docs)
            name = f"{args.split} (shipped model)"
        print(_line(name, score(results)))
        for source in corpus.SOURCES:
            part = [o for o, d in zip(results, _owners(docs), strict=True) if d.source == source]
            if part:
                print(_line(f"  source {source}", score(part)))
        if args.errors and args.split not in ("lockbox", "all"):
            print_errors(results)
    if args.cv:
        import train  # the documents the model is trained on: the same filter

        print("\n".join(report_cv(train.training_documents(), args.folds,
                                   errors=args.errors, real_first=real_first,
                                   jobs=args.jobs, by_source=args.by_source,
                                   repeats=args.repeats)))
    if args.by_set:
        import train

        print("\n".join(report_cv(train.training_documents(), args.folds, by_set=True,
                                   errors=args.errors, real_first=real_first,
                                   jobs=args.jobs, repeats=args.repeats)))
    if args.agreement:
        import train

        print("\n".join(report_agreement(train.training_documents(), args.folds,
                                          args.jobs, args.repeats)))
    if args.speed:
        print("\n".join(speed_lines()))
    if args.load:
        print("\n".join(load_lines()))
    print(f"reproduce: {command.strip()}")
    return 0


@dataclass(frozen=True)
class _Found:
    """A sentence an earlier commit's finder returned (only its text crosses the process)."""

    text: str


_AT_REVISION = """
import json, sys
from datetime import datetime
tree, payload = sys.argv[1], sys.argv[2]
sys.path.insert(0, tree)
import monitor
assert monitor.__file__.startswith(tree), monitor.__file__
from monitor.actions import find_actions
out = []
for d in json.load(open(payload, encoding="utf-8")):
    day = datetime.fromisoformat(d["published"]) if d["published"] else None
    out.append([a.text for a in find_actions(d["text"], published=day, title=d["title"])])
print(json.dumps(out))
"""


def finder_at(revision: str, docs: Sequence[corpus.Doc]) -> Callable[..., list[Action]]:
    """The finder of an earlier commit, run in a fresh interpreter on its own code (`git
    archive` of monitor/, store/ and alerts/ at `revision`), as a finder of these documents'
    texts. The labels, splits and headlines stay today's."""
    import json
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "monitor",
                                  "store", "alerts"], capture_output=True, check=False)
        if archive.returncode:
            raise SystemExit(f"git archive {revision}: {archive.stderr.decode().strip()}")
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        payload = Path(tmp) / "documents.json"
        texts = [d.text for d in docs]
        payload.write_text(json.dumps([
            {"text": t, "title": d.title,
             "published": d.published.isoformat() if d.published else None}
            for t, d in zip(texts, docs, strict=True)]), encoding="utf-8")
        done = subprocess.run([sys.executable, "-c", _AT_REVISION, tmp, str(payload)],
                              capture_output=True, text=True, check=False, cwd=tmp)
        if done.returncode:
            raise SystemExit(f"the finder of {revision} failed:\n{done.stderr[-2000:]}")
    found = dict(zip(texts, json.loads(done.stdout), strict=True))

    def finder(text: str, **_: object) -> list[Action]:
        return [_Found(t) for t in found[text]]  # type: ignore[misc]

    return finder


def _owners(docs: Sequence[corpus.Doc]) -> list[corpus.Doc]:
    return [d for d in docs for _ in d.sentences]


if __name__ == "__main__":
    raise SystemExit(main())
