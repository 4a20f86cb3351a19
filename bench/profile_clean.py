"""Profile of the page cleaner: where its time goes, by phase and by function.

Runs ``clean_html`` over WCXB dev pages (decoded first, outside the profile) under
pyinstrument, then prints CPU seconds per cleaner phase and pyinstrument's call tree.

    .venv/bin/python bench/profile_clean.py [--limit 300] [--tree]
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WCXB_HTML = ROOT / ".." / "shared" / "data" / "wcxb-dev" / "html"
sys.path.insert(0, str(ROOT))

# The phases of monitor/clean/html.py, by the function that does each.
PHASES = (
    ("parse (cut scripts, build the lxml tree)", "monitor.clean.html", "parse"),
    ("title", "monitor.clean.html", "page_title"),
    ("date", "monitor.clean.html", "find_date"),
    ("prune the frame", "monitor.clean.html", "prune"),
    ("choose the main block", "monitor.clean.html", "main_block"),
    ("trim the tail", "monitor.clean.html", "trim_tail"),
    ("drop link boxes", "monitor.clean.html", "drop_link_boxes"),
    ("render paragraphs", "monitor.clean.html", "render_paragraphs"),
)


def pages(limit: int) -> list[tuple[str, str]]:
    """(html, url) of the first `limit` WCXB dev pages, decoded as the fetcher does."""
    from monitor.fetch import decode_body

    files = sorted(WCXB_HTML.glob("*.html.gz"))[:limit]
    return [(decode_body(gzip.open(f).read())[0], f"https://example.org/{f.name}")
            for f in files]


def phase_times(docs: list[tuple[str, str]]) -> dict[str, float]:
    """CPU seconds spent in each phase over all docs, by wrapping each phase's function."""
    import importlib

    from monitor.clean import clean_html

    spent = dict.fromkeys((label for label, _, _ in PHASES), 0.0)
    originals = []
    for label, module_name, name in PHASES:
        module = importlib.import_module(module_name)
        original = getattr(module, name)
        originals.append((module, name, original))

        def timed(*args: object, _f: object = original, _label: str = label,
                  **kwargs: object) -> object:
            start = time.process_time()
            try:
                return _f(*args, **kwargs)  # type: ignore[operator]
            finally:
                spent[_label] += time.process_time() - start

        setattr(module, name, timed)
    try:
        start = time.process_time()
        for html, url in docs:
            clean_html(html, url)
        spent["total"] = time.process_time() - start
    finally:
        for module, name, original in originals:
            setattr(module, name, original)
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="WCXB dev pages (default 300)")
    parser.add_argument("--tree", action="store_true", help="print pyinstrument's call tree")
    args = parser.parse_args(argv)
    docs = pages(args.limit)
    if not docs:
        print(f"no pages under {WCXB_HTML}: is ../shared beside the repository?")
        return 1
    spent = phase_times(docs)
    total = spent.pop("total")
    print(f"clean_html over {len(docs)} WCXB dev pages: {total:.2f} s CPU, "
          f"{1000 * total / len(docs):.1f} ms a page")
    print("| phase | CPU s | share |\n|---|---|---|")
    for label, seconds in spent.items():
        print(f"| {label} | {seconds:.2f} | {seconds / total:.0%} |")
    rest = total - sum(spent.values())
    print(f"| the rest (dedupe, tail headings, templates) | {rest:.2f} | {rest / total:.0%} |")
    if args.tree:
        from pyinstrument import Profiler

        from monitor.clean import clean_html

        profiler = Profiler(interval=0.0005)
        with profiler:
            for html, url in docs:
                clean_html(html, url)
        print(profiler.output_text(unicode=True, color=False, show_all=False))
    print(f"reproduce: .venv/bin/python bench/profile_clean.py --limit {args.limit}"
          + (" --tree" if args.tree else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
