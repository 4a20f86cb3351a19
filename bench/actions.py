"""Precision, recall and F1 of `monitor.actions.find_actions` on the hand-labelled releases.

The labels (`fixtures/actions/labels.json`) name 48 real state.gov releases of 2021 and,
for each, the sentences that announce an action; the text is rebuilt from
`../shared/data` at run time (`fixtures/actions/rebuild.py`). A quarter of the documents,
chosen before any tuning, are held out: tune on the rest (`--split tuning --errors`) and
read the held-out figures only to report them. A sentence counts as found when
`find_actions` returns an action with that sentence's text.

Speed is documents per CPU second of `find_actions` on the text of the labelled releases
and on all 587 releases of the archive (press-briefing transcripts included).

    .venv/bin/python bench/actions.py [--split all|tuning|held_out] [--errors] [--json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.actions import Action, find_actions  # noqa: E402

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


def outcomes(documents: Iterable[object],
             finder: Callable[[str], list[Action]] = find_actions) -> list[Outcome]:
    """Every labelled sentence with the finder's verdict on its document's text."""
    result: list[Outcome] = []
    for doc in documents:
        sentences: Sequence[str] = doc.sentences  # type: ignore[attr-defined]
        found = {a.text: a for a in finder("\n\n".join(sentences))}
        for i, sentence in enumerate(sentences):
            result.append(Outcome(doc.link, i, sentence,  # type: ignore[attr-defined]
                                  i in doc.actions, found.get(sentence)))  # type: ignore[attr-defined]
    return result


def score(results: Sequence[Outcome]) -> Score:
    """Counts over a list of outcomes."""
    return Score(
        documents=len({o.link for o in results}),
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


def documents_per_second(texts: Sequence[str], minimum_seconds: float = 1.0) -> float:
    """How many of these texts `find_actions` gets through per CPU second (repeated ≥ 1 s).

    CPU time of this process, not wall time: the machine is shared and noisy.
    """
    rounds, start = 0, time.process_time()
    while True:
        for text in texts:
            find_actions(text)
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
        extra = f"  [{o.found.actor} / {o.found.verb}]" if o.found else ""
        print(f"{tag} {o.link.rsplit('/', 2)[-2]}#{o.index}{extra}\n   {o.sentence}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--split", choices=("all", "tuning", "held_out"), default="all")
    parser.add_argument("--errors", action="store_true",
                        help="list false positives and negatives (never on held_out when tuning)")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    args = parser.parse_args(argv)
    rebuild = load_rebuild()
    if not rebuild.available():
        print(f"{rebuild.ITEMS} is not present: the labelled set needs ../shared/data.",
              file=sys.stderr)
        return 1
    documents = rebuild.rebuild()
    parts = {"all": documents,
             "tuning": [d for d in documents if not d.held_out],
             "held_out": [d for d in documents if d.held_out]}
    shown = ("all", "held_out") if args.split == "all" else (args.split,)
    report: dict[str, object] = {}
    for name in shown:
        results = outcomes(parts[name])
        report[name] = score(results).as_dict()
        if args.errors and args.split != "all":
            print_errors(results)
    report["confidence_bands"] = bands(outcomes(documents))
    labelled_texts = ["\n\n".join(d.sentences) for d in documents]
    corpus = [rebuild.document_text(item["content_encoded"]) for item in rebuild.load_items()]
    report["docs_per_second"] = {"labelled": round(documents_per_second(labelled_texts)),
                                 "archive_587": round(documents_per_second(corpus))}
    report["command"] = COMMAND
    if args.json:
        print(json.dumps(report))
        return 0
    for name in shown:
        s = report[name]
        assert isinstance(s, dict)
        print(f"{name:9} docs {s['documents']:3}  sentences {s['sentences']:4}  "
              f"TP {s['true_positives']:3} FP {s['false_positives']:3} "
              f"FN {s['false_negatives']:3}  P {s['precision']:.3f}  R {s['recall']:.3f}  "
              f"F1 {s['f1']:.3f}")
    speed = report["docs_per_second"]
    assert isinstance(speed, dict)
    print(f"speed     {speed['labelled']} docs per CPU second on the labelled releases, "
          f"{speed['archive_587']} on all 587 releases")
    bands_found = report["confidence_bands"]
    assert isinstance(bands_found, list)
    print("confidence (all documents): " + "; ".join(
        f"{b['band']}: {b['correct']}/{b['found']} correct" for b in bands_found))
    print(f"reproduce: {COMMAND}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
