"""How far the action finder's model goes with its features and labels, beside variants.

Cross-validation by source over the train documents (the rows `fixtures/actions/train.py`
fits: every sentence's features as the finder computes them; folds hold whole label files,
writers the model never read), then the finder's decision: a sentence the rules found is an
action unless the model scores it below the veto (a statement's first measure: below
`train.VETO_AT_MOST` at most), one the model alone may weigh is an action at or above the
second threshold. Printed for each variant: precision and recall over all rows, the real
releases and our own writing, at the thresholds `train.best_thresholds` picks from the same
out-of-fold scores (the pair finding most at precision `train.TARGET_PRECISION`), and the
recall's ratio to the shipped model's (the anchor: train.C, the pooled thresholds).

- learners: the L2 logistic regression at other penalties; with `--trees`, gradient-boosted
  trees over the commonest features (scikit-learn; some minutes);
- vetoes: the shipped model's scores with the rules' finds vetoed only below a cap, the
  second threshold as chosen.

    .venv/bin/python bench/action_model.py [--trees]     (needs the `train` extra)
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "fixtures" / "actions"))

import train  # noqa: E402

COMMAND = ".venv/bin/python bench/action_model.py"
Rows = Sequence[list[str]]
Learner = Callable[[Rows, Sequence[int], Rows], list[float]]


def logistic(c: float) -> Learner:
    """The shipped learner (`train.fit`) at inverse penalty `c`."""
    def fit_predict(x: Rows, y: Sequence[int], test: Rows) -> list[float]:
        return train.predict(train.fit(x, y, c), test)
    return fit_predict


def trees(features: int = 3000) -> Learner:
    """Gradient-boosted trees over the `features` commonest features of the training rows."""
    def fit_predict(x: Rows, y: Sequence[int], test: Rows) -> list[float]:
        import numpy as np
        from sklearn.ensemble import HistGradientBoostingClassifier

        kept = [f for f, _ in Counter(f for row in x for f in row).most_common(features)]
        column = {f: i for i, f in enumerate(kept)}

        def matrix(rows: Rows) -> np.ndarray:  # type: ignore[type-arg, unused-ignore]
            out = np.zeros((len(rows), len(kept)), dtype=np.float32)
            for r, row in enumerate(rows):
                for f in row:
                    if f in column:
                        out[r, column[f]] = 1.0
            return out

        model = HistGradientBoostingClassifier(max_iter=300, random_state=0)
        model.fit(matrix(x), np.array(y))
        return [float(p) for p in model.predict_proba(matrix(test))[:, 1]]
    return fit_predict


def out_of_fold(learner: Learner, x: Rows, y: Sequence[int],
                groups: Sequence[int]) -> list[float]:
    """Each row's score from `learner` fit on the other folds (`train.folds` of the groups)."""
    fold = train.folds(groups)
    scores = [0.0] * len(y)
    for f in range(train.FOLDS):
        fit_rows = [i for i in range(len(y)) if fold[i] != f]
        test_rows = [i for i in range(len(y)) if fold[i] == f]
        found = learner([x[i] for i in fit_rows], [y[i] for i in fit_rows],
                        [x[i] for i in test_rows])
        for i, p in zip(test_rows, found, strict=True):
            scores[i] = p
    return scores


Masks = tuple[list[bool], list[bool], list[bool]]  # train.ruled, train.alone, train.first


def decided(scores: Sequence[float], masks: Masks, veto: float, new: float) -> list[bool]:
    """The finder's decision on each row at these thresholds (`finder._judge`)."""
    return [(p >= (min(veto, train.VETO_AT_MOST) if f else veto)) if r else (a and p >= new)
            for p, r, a, f in zip(scores, *masks, strict=True)]


def figures(hits: Sequence[bool], y: Sequence[int], rows: Sequence[bool]) -> tuple[float, float]:
    """Precision and recall among `rows`."""
    found = sum(h for h, r in zip(hits, rows, strict=True) if r)
    right = sum(h and v for h, v, r in zip(hits, y, rows, strict=True) if r)
    actions = sum(v for v, r in zip(y, rows, strict=True) if r)
    return (right / found if found else 1.0), (right / actions if actions else 1.0)


def line(name: str, hits: Sequence[bool], y: Sequence[int], real: Sequence[bool],
         thresholds: tuple[float, float], anchor: float | None) -> tuple[str, float]:
    everything = figures(hits, y, [True] * len(y))
    parts = [f"{name:40s} veto {thresholds[0]:.2f} new {thresholds[1]:.2f}",
             f"all P {everything[0]:.3f} R {everything[1]:.3f}"]
    for label, rows in (("real", real), ("own", [not r for r in real])):
        p, r = figures(hits, y, rows)
        parts.append(f"{label} {p:.3f} / {r:.3f}")
    if anchor is not None:
        parts.append(f"recall ratio {everything[1] / anchor:.3f}")
    return "  ".join(parts), everything[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trees", action="store_true",
                        help="also gradient-boosted trees (some minutes)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    docs = train.training_documents()
    x, y, documents = train.rows(docs)
    groups = train.by_source(docs, documents)
    real = train.real_rows(docs, documents)
    masks = train.ruled(x), train.alone(x), train.first(x)
    print(f"{len(docs)} documents, {len(y)} sentences, {sum(y)} actions; folds by source; "
          f"thresholds for precision {train.TARGET_PRECISION}")
    shipped = out_of_fold(logistic(train.C), x, y, groups)
    pair = train.best_thresholds(shipped, y, *masks)
    text, anchor = line(f"shipped: logistic C {train.C:g}", decided(shipped, masks, *pair), y, real,
                        pair, None)
    print(text)
    learners: list[tuple[str, Learner]] = [(f"logistic C {c:g}", logistic(c))
                                           for c in (1.0, 10.0) if c != train.C]
    if args.trees:
        learners.append(("boosted trees, 3,000 features", trees()))
    for name, learner in learners:
        scores = out_of_fold(learner, x, y, groups)
        chosen = train.best_thresholds(scores, y, *masks)
        print(line(name, decided(scores, masks, *chosen), y, real, chosen, anchor)[0])
    for cap in (0.3, 0.2, 0.1, 0.0):
        capped = (min(pair[0], cap), pair[1])
        print(line(f"shipped, rules vetoed below {cap:g} only", decided(shipped, masks, *capped), y,
                   real, capped, anchor)[0])
    print(f"({time.perf_counter() - started:.0f} s) reproduce: {COMMAND}"
          + (" --trees" if args.trees else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
