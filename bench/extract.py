"""Benchmark: our page cleaner against trafilatura on WCXB dev, its .gov subset and
trafilatura's own evaluation set, in one run.

Metric (WCXB's own): per-page bag-of-words F1 over lowercased ``\\w+`` tokens of the
extracted text against ``ground_truth.main_content``, averaged over pages. Also exact
title match (up to case, spacing, curly quotes and dashes), publication date on the right
day (in the page's own time zone), and CPU time per page
(``time.process_time`` around each call, measured inside the worker that ran it).
On trafilatura-eval: snippet precision, recall and F1 over the corpus, as its own
evaluation counts them (see ``_traf_eval.py``), and CPU time of the text extraction.

    .venv/bin/python bench/extract.py [--limit N] [--jobs 2] [--tools ours,trafilatura]
                                      [--sets wcxb-dev,gov,trafilatura-eval]
                                      [--split tuning|held|all] [--seed S]

Hold-out: every page falls in the "tuning" or the "held" split by a seeded hash of its id
(WCXB page number, trafilatura-eval URL), about 2/3 tuning. Work on tuning pages only;
``--split all`` prints the whole set, then tuning and held side by side from the same run.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import logging
import re
import statistics
import sys
from collections import Counter
from dataclasses import asdict, dataclass
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data"
WCXB = DATA / "wcxb-dev"
GOV = DATA / "gov-pages" / "wcxb-gov-subset"
TRAF_EVAL = DATA / "trafilatura-eval"
OUT = ROOT / "bench" / "out"
TOOLS = ("ours", "trafilatura")
SETS = ("wcxb-dev", "gov", "trafilatura-eval")
SPLITS = ("tuning", "held", "all")
SEED = "policywatch-14"
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _tools import RUNNERS, day_of  # noqa: E402
from _traf_eval import load_items, run_item  # noqa: E402
from _traf_eval import summarise as summarise_eval  # noqa: E402


@dataclass(frozen=True)
class Page:
    """One benchmark page: where its HTML is and what the ground truth says."""

    set_name: str
    page_id: str
    html_path: str
    url: str
    page_type: str
    main_content: str
    title: str | None
    publish_date: str | None


@dataclass(frozen=True)
class Result:
    """One tool on one page."""

    set_name: str
    page_id: str
    page_type: str
    tool: str
    f1: float
    precision: float
    recall: float
    title_ok: bool | None  # None when the ground truth has no title
    date_ok: bool | None  # None when the ground truth has no date
    cpu: float  # seconds of process CPU time, text and metadata together
    cpu_text: float  # seconds for the text alone (trafilatura: extract() only)


def split_of(key: str, seed: str = SEED) -> str:
    """"held" for about a third of the keys, "tuning" for the rest, by a seeded hash."""
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return "held" if int.from_bytes(digest[:8], "big") % 3 == 0 else "tuning"


def word_prf(predicted: str, reference: str) -> tuple[float, float, float]:
    """WCXB's word-level F1 (with precision and recall) over lowercased \\w+ tokens."""
    pred = Counter(_WORD.findall(predicted.lower()))
    ref = Counter(_WORD.findall(reference.lower()))
    if not ref:
        return (1.0, 1.0, 1.0) if not pred else (0.0, 0.0, 0.0)
    if not pred:
        return 0.0, 0.0, 0.0
    overlap = sum((pred & ref).values())
    p = overlap / sum(pred.values())
    r = overlap / sum(ref.values())
    return (2 * p * r / (p + r) if p + r > 0 else 0.0), p, r


_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                             "\u00a0": " "})


def _norm_title(title: str | None) -> str:
    """Titles compare equal up to case, spacing and curly quotes or dashes (for both tools)."""
    return _SPACE.sub(" ", (title or "").translate(_TYPOGRAPHY)).strip().casefold()


def load_pages(limit: int | None, sets: tuple[str, ...] = SETS) -> list[Page]:
    """WCXB dev pages (page type from metadata.json) followed by the .gov subset."""
    pages: list[Page] = []
    types: dict[str, Any] = {}
    if (WCXB / "metadata.json").exists():
        types = json.loads((WCXB / "metadata.json").read_text())["files"]
    for set_name, gt_dir, html_dir in (("wcxb-dev", WCXB / "ground-truth", WCXB / "html"),
                                       ("gov", GOV, GOV)):
        if set_name not in sets:
            continue
        files = sorted(gt_dir.glob("*.json.gz")) if gt_dir.exists() else []
        for gt_file in files[:limit]:
            page_id = gt_file.name.split(".")[0]
            with gzip.open(gt_file, "rt", encoding="utf-8") as handle:
                data = json.load(handle)
            truth = data["ground_truth"]
            page_type = (types.get(page_id, {}).get("page_type")
                         or data.get("_internal", {}).get("page_type", {}).get("primary", "?"))
            pages.append(Page(set_name, page_id, str(html_dir / f"{page_id}.html.gz"),
                              data.get("url") or "", page_type, truth.get("main_content") or "",
                              truth.get("title"), truth.get("publish_date")))
    return pages


def run_page(job: tuple[Page, tuple[str, ...]]) -> list[Result]:
    """Every requested tool on one page, each timed in this process."""
    page, tools = job
    with gzip.open(page.html_path, "rb") as handle:
        html = handle.read().decode("utf-8", errors="replace")
    results = []
    for tool in tools:
        text, title, day, cpu, cpu_text = RUNNERS[tool](html, page.url)
        f1, p, r = word_prf(text, page.main_content)
        title_ok = None if not page.title else _norm_title(title) == _norm_title(page.title)
        truth_day = day_of(page.publish_date)
        date_ok = None if truth_day is None else day == truth_day
        results.append(Result(page.set_name, page.page_id, page.page_type, tool, f1, p, r,
                              title_ok, date_ok, cpu, cpu_text))
    return results


def _rate(values: list[bool | None]) -> float:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else float("nan")


def _cpu(results: list[Result]) -> dict[str, float]:
    """Median and mean CPU ms per page, text and metadata together and text alone."""
    if not results:
        return dict.fromkeys(("cpu_median_ms", "cpu_mean_ms", "cpu_text_median_ms",
                              "cpu_text_mean_ms"), float("nan"))
    return {"cpu_median_ms": 1000 * statistics.median(r.cpu for r in results),
            "cpu_mean_ms": 1000 * statistics.fmean(r.cpu for r in results),
            "cpu_text_median_ms": 1000 * statistics.median(r.cpu_text for r in results),
            "cpu_text_mean_ms": 1000 * statistics.fmean(r.cpu_text for r in results)}


def summarise(results: list[Result], tools: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """Per tool: mean F1 overall/articles/gov, min gov F1, title/date rates, CPU times.

    Title and date rates count only pages whose ground truth has a title or date.
    """
    summary: dict[str, dict[str, Any]] = {}
    for tool in tools:
        mine = [r for r in results if r.tool == tool]
        dev = [r for r in mine if r.set_name == "wcxb-dev"]
        art = [r for r in dev if r.page_type == "article"]
        gov = [r for r in mine if r.set_name == "gov"]
        summary[tool] = {
            "dev_f1": statistics.fmean(r.f1 for r in dev) if dev else float("nan"),
            "dev_p": statistics.fmean(r.precision for r in dev) if dev else float("nan"),
            "dev_r": statistics.fmean(r.recall for r in dev) if dev else float("nan"),
            "article_f1": statistics.fmean(r.f1 for r in art) if art else float("nan"),
            "gov_f1": statistics.fmean(r.f1 for r in gov) if gov else float("nan"),
            "gov_min": min((r.f1 for r in gov), default=float("nan")),
            "title": _rate([r.title_ok for r in dev]),
            "date": _rate([r.date_ok for r in dev]),
            "gov_title": _rate([r.title_ok for r in gov]),
            "gov_date": _rate([r.date_ok for r in gov]),
            # The .gov pages are WCXB dev pages too: time each page once.
            **_cpu(dev or mine),
            "pages": len(mine), "dev_pages": len(dev), "article_pages": len(art),
            "gov_pages": len(gov),
        }
    return summary


def print_table(summary: dict[str, dict[str, Any]], command: str) -> None:
    """A compact side-by-side table, with ratios when both tools ran."""
    rows = [("WCXB dev F1 (all)", "dev_f1", "{:.3f}"), ("  precision", "dev_p", "{:.3f}"),
            ("  recall", "dev_r", "{:.3f}"), ("WCXB dev F1 (articles)", "article_f1", "{:.3f}"),
            (".gov subset F1 (mean)", "gov_f1", "{:.3f}"), (".gov subset F1 (min)", "gov_min",
                                                            "{:.3f}"),
            ("title exact match (WCXB dev)", "title", "{:.3f}"),
            ("date on the right day (WCXB dev)", "date", "{:.3f}"),
            ("title exact match (.gov)", "gov_title", "{:.3f}"),
            ("date on the right day (.gov)", "gov_date", "{:.3f}"),
            ("CPU ms/page median (text+meta)", "cpu_median_ms", "{:.1f}"),
            ("CPU ms/page mean (text+meta)", "cpu_mean_ms", "{:.1f}"),
            ("CPU ms/page median (text only)", "cpu_text_median_ms", "{:.1f}"),
            ("CPU ms/page mean (text only)", "cpu_text_mean_ms", "{:.1f}"),
            ("trafilatura-eval snippet F1", "te_f1", "{:.3f}"),
            ("  precision", "te_precision", "{:.3f}"), ("  recall", "te_recall", "{:.3f}"),
            ("  accuracy", "te_accuracy", "{:.3f}"),
            ("trafilatura-eval CPU ms median", "te_cpu_median_ms", "{:.1f}"),
            ("trafilatura-eval CPU ms mean", "te_cpu_mean_ms", "{:.1f}")]
    tools = list(summary)
    print(f"{'':32}" + "".join(f"{t:>13}" for t in tools)
          + ("   ours/traf" if len(tools) == 2 else ""))
    for label, key, fmt in rows:
        values = [summary[t].get(key, float("nan")) for t in tools]
        line = f"{label:32}" + "".join(f"{fmt.format(v):>13}" for v in values)
        if len(tools) == 2 and values[1]:
            line += f"{values[0] / values[1]:>12.2f}"
        print(line)
    first = summary[tools[0]]
    print(f"pages: {first['dev_pages']} WCXB dev ({first['article_pages']} articles), "
          f"{first['gov_pages']} .gov, {first.get('te_pages', 0)} trafilatura-eval "
          f"({first.get('te_errors', 0)} raised)")
    print(f"reproduce: {command}")


def _summary(results: list[Result], counts: list[Any],
             tools: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    summary = summarise(results, tools)
    for tool, extra in summarise_eval(counts, tools).items():
        summary[tool].update(extra)
    return summary


_SPLIT_ROWS = (("WCXB dev F1 (all)", "dev_f1"), ("WCXB dev F1 (articles)", "article_f1"),
               (".gov subset F1 (mean)", "gov_f1"), ("title exact match (WCXB dev)", "title"),
               ("date on the right day (WCXB dev)", "date"),
               ("trafilatura-eval snippet F1", "te_f1"))


def print_splits(splits: dict[str, dict[str, dict[str, Any]]], tools: tuple[str, ...]) -> None:
    """The headline figures of each split, tools side by side (tuning, then held)."""
    header = "".join(f"{part[:4] + ' ' + tool[:8]:>14}" for part in splits for tool in tools)
    print(f"\n{'by split':32}{header}")
    for label, key in _SPLIT_ROWS:
        values = [splits[part][tool].get(key, float("nan")) for part in splits for tool in tools]
        print(f"{label:32}" + "".join(f"{v:>14.3f}" for v in values))
    counts = ", ".join(f"{part} {splits[part][tools[0]]['dev_pages']} WCXB dev / "
                       f"{splits[part][tools[0]]['gov_pages']} .gov / "
                       f"{splits[part][tools[0]].get('te_pages', 0)} trafilatura-eval"
                       for part in splits)
    print(f"pages: {counts}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="pages per set (default: all)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--tools", default=",".join(TOOLS), help="ours,trafilatura")
    parser.add_argument("--json", type=Path, default=OUT / "extract.json",
                        help="where to write the summary and per-page scores")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages of ours")
    parser.add_argument("--split", choices=SPLITS, default="all",
                        help="tuning (~2/3 of each set), held (the rest) or all (default)")
    parser.add_argument("--seed", default=SEED, help=f"seed of the split (default {SEED})")
    parser.add_argument("--sets", default=",".join(SETS),
                        help="which sets to run (default: " + ",".join(SETS) + ")")
    args = parser.parse_args(argv)
    tools = tuple(t for t in args.tools.split(",") if t)
    if not set(tools) <= set(TOOLS):
        parser.error(f"--tools: choose from {', '.join(TOOLS)}")
    sets = tuple(s for s in args.sets.split(",") if s)
    if not set(sets) <= set(SETS):
        parser.error(f"--sets: choose from {', '.join(SETS)}")
    logging.disable(logging.CRITICAL)  # trafilatura warns on every discarded page
    pages = load_pages(args.limit, sets)
    items = load_items(TRAF_EVAL, args.limit) if "trafilatura-eval" in sets else []
    if args.split != "all":
        pages = [p for p in pages if split_of(p.page_id, args.seed) == args.split]
        items = [i for i in items if split_of(i.url, args.seed) == args.split]
    if not pages and not items:
        print(f"no benchmark data under {DATA.resolve()}", file=sys.stderr)
        return 1
    jobs = [(page, tools) for page in pages]
    eval_jobs = [(item, tools) for item in items]
    results: list[Result] = []
    counts: list[Any] = []
    if args.jobs > 1:
        with Pool(args.jobs) as pool:
            for chunk in pool.imap_unordered(run_page, jobs, chunksize=8):
                results.extend(chunk)
            for more in pool.imap_unordered(run_item, eval_jobs, chunksize=8):
                counts.extend(more)
    else:
        results = [r for job in jobs for r in run_page(job)]
        counts = [c for job in eval_jobs for c in run_item(job)]
    summary = _summary(results, counts, tools)
    argv_text = " ".join(sys.argv[1:] if argv is None else argv)
    command = f".venv/bin/python bench/extract.py {argv_text}".strip()
    print(f"split: {args.split} (seed {args.seed})")
    print_table(summary, command)
    splits: dict[str, Any] = {}
    if args.split == "all":
        for part in SPLITS[:2]:
            splits[part] = _summary(
                [r for r in results if split_of(r.page_id, args.seed) == part],
                [c for c in counts if split_of(c.url, args.seed) == part], tools)
        print_splits(splits, tools)
    if args.worst:
        mine = sorted((r for r in results if r.tool == tools[0]), key=lambda r: r.f1)
        for r in mine[: args.worst]:
            print(f"  {r.set_name}/{r.page_id} {r.page_type:13} f1={r.f1:.3f} "
                  f"p={r.precision:.3f} r={r.recall:.3f}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"summary": summary, "splits": splits,
                                     "pages": [asdict(r) for r in results],
                                     "trafilatura_eval": [asdict(c) for c in counts]},
                                    indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
