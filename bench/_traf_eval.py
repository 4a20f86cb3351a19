"""trafilatura's own evaluation set, scored the way its ``tests/eval_common.py`` scores it.

Each entry names an HTML file and snippets that must be in the extracted text (``with``)
and snippets that must not (``without``). Both sides are whitespace-normalised and
matched as substrings; true/false positives and negatives are summed over the corpus,
then precision = tp/(tp+fp), recall = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn). A tool that
raises on a page counts as having found nothing there. Each tool gets the raw bytes
(trafilatura decodes them itself; ours decodes them as the fetcher does, inside its time).
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _tools import RUNNERS

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Item:
    """One annotated page of the set."""

    url: str
    path: str
    with_: tuple[str, ...]
    without: tuple[str, ...]


@dataclass(frozen=True)
class Counts:
    """One tool on one page: snippet counts and CPU time of the text extraction."""

    url: str
    tool: str
    tp: int
    fp: int
    fn: int
    tn: int
    cpu: float


def norm(text: str) -> str:
    """Whitespace runs as one space, trimmed (so whitespace variants cost nothing)."""
    return _SPACE.sub(" ", text).strip()


def load_items(root: Path, limit: int | None) -> list[Item]:
    """The entries of evaldata.json whose HTML is present (cache/ first, then eval/)."""
    index = root / "evaldata.json"
    if not index.exists():
        return []
    items = []
    for url, entry in json.loads(index.read_text(encoding="utf-8")).items():
        for sub in ("cache", "eval"):
            path = root / sub / f"{entry['file']}.gz"
            if path.exists():
                items.append(Item(url, str(path), tuple(entry["with"]), tuple(entry["without"])))
                break
    return items[:limit]


def count(item: Item, text: str | None) -> tuple[int, int, int, int]:
    """(tp, fp, fn, tn) of one extracted text."""
    found = norm(text or "")
    tp = sum(1 for s in item.with_ if norm(s) in found)
    fp = sum(1 for s in item.without if norm(s) in found)
    return tp, fp, len(item.with_) - tp, len(item.without) - fp


def run_item(job: tuple[Item, tuple[str, ...]]) -> list[Counts]:
    """Every requested tool on one page."""
    item, tools = job
    with gzip.open(item.path, "rb") as handle:
        body = handle.read()
    out = []
    for tool in tools:
        try:
            text, _title, _day, _cpu, cpu_text = RUNNERS[tool](body, item.url)
        except Exception:  # a crash is a full miss, as in trafilatura's own evaluation
            text, cpu_text = None, float("nan")
        out.append(Counts(item.url, tool, *count(item, text), cpu_text))
    return out


def summarise(results: list[Counts], tools: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """Per tool: corpus precision, recall, accuracy, F1 and median/mean CPU ms per page."""
    summary: dict[str, dict[str, Any]] = {}
    for tool in tools:
        mine = [r for r in results if r.tool == tool]
        tp, fp = sum(r.tp for r in mine), sum(r.fp for r in mine)
        fn, tn = sum(r.fn for r in mine), sum(r.tn for r in mine)
        cpu = [r.cpu for r in mine if r.cpu == r.cpu]
        summary[tool] = {
            "te_precision": tp / (tp + fp) if tp + fp else 0.0,
            "te_recall": tp / (tp + fn) if tp + fn else 0.0,
            "te_accuracy": (tp + tn) / (tp + fp + fn + tn) if mine else 0.0,
            "te_f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0,
            "te_cpu_median_ms": 1000 * statistics.median(cpu) if cpu else float("nan"),
            "te_cpu_mean_ms": 1000 * statistics.fmean(cpu) if cpu else float("nan"),
            "te_pages": len(mine),
            "te_errors": len(mine) - len(cpu),
        }
    return summary
