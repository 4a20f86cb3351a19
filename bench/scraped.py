"""Benchmark: scraped plain text with a glued, repeated header, before and after, in one run.

The whitehouse-scraped feed (../shared/data/whitehouse-scraped/) names real statements,
their dates and the section they were listed under, but its copy carries no page text.
Each statement is rendered in the shape the same scraper's later feeds publish: copies of
"label + headline + site name + date" glued on one line, the label alone, the site name
and the date, then paragraphs (ours: placeholder sentences, no text of the pages). The
label is the title of the feed's section page; the site name is only in this renderer,
never in the cleaner. Shapes: 2 and 3 copies, 1 copy, the label in broken letter case,
the site name and date on lines of their own, no label line (also in broken case), an ISO
date, another site name. An item is right when the title is the headline, the date its
day and the text exactly the paragraphs.

"before" is the cleaner at git revision --baseline (the commit this work started from),
run from an exported copy of that revision in a subprocess; "after" is this tree.

    .venv/bin/python bench/scraped.py [--baseline 97e0c43] [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import asdict, dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FEED_DIR = ROOT / ".." / "shared" / "data" / "whitehouse-scraped"
BASELINE = "97e0c43"  # main before issue 14 part 1
SITE = "The White House"  # what the rendered pages print; the cleaner is never told
BODY = (
    "This placeholder paragraph stands where the statement's first paragraph was printed.",
    "A second paragraph follows it, as long as an ordinary sentence of a press statement.",
    "The last paragraph closes the statement and names no date and no office of its own.",
)
SHAPES = ("2 copies", "3 copies", "1 copy", "broken-case label", "site and date lines",
          "no label line", "broken case, no label line", "ISO date", "other site name")


@dataclass(frozen=True)
class Case:
    """One statement rendered in one shape, with what a right reading gives."""

    shape: str
    url: str
    text: str
    title: str
    day: str
    paragraphs: tuple[str, ...]


def _items(feed: Path) -> tuple[str, list[tuple[str, str, str]]]:
    """The section label (the title of the section page) and (url, title, day) per statement."""
    items = [(i.findtext("link", "").strip(), " ".join(i.findtext("title", "").split()),
              i.findtext("pubDate", "")) for i in ET.parse(feed).getroot().iter("item")]
    links = [link for link, _, _ in items]
    # The section page is the item whose address the other items' addresses extend.
    sections = [(link, title) for link, title, _ in items
                if sum(other.startswith(link) and other != link for other in links) > 1]
    label = sections[0][1] if sections else "Statements"
    statements = [(link, title, parsedate_to_datetime(date).date().isoformat())
                  for link, title, date in items if (link, title) not in sections]
    return label, statements


def _render(shape: str, label: str, title: str, day: str) -> str:
    from datetime import date

    shown = day if shape == "ISO date" else date.fromisoformat(day).strftime("%B %-d, %Y")
    site = "Office of the Example Governor" if shape == "other site name" else SITE
    if "broken" in shape:
        label = label.swapcase()  # what a CSS text-transform can leave in a scrape
    copy = f"{label}{title}{site}{shown}"
    copies = {"3 copies": 3, "1 copy": 1}.get(shape, 2)
    tail = f"{site}\n{shown}" if shape == "site and date lines" else f"{site}{shown}"
    labels = [] if shape.endswith("no label line") else [label]
    return "\n".join([copy] * copies + labels + [tail, *BODY]) + "\n"


def cases() -> list[Case]:
    """Every statement of every feed file in every shape."""
    found: list[Case] = []
    for feed in sorted(FEED_DIR.glob("*.xml")):
        label, statements = _items(feed)
        for url, title, day in statements:
            found.extend(Case(shape, url, _render(shape, label, title, day), title, day, BODY)
                         for shape in SHAPES)
    return found


def measure(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Clean each case with the `monitor` this process imports; what it got right."""
    from monitor.clean import clean_document

    rows = []
    for case in items:
        cleaned = clean_document(case["text"], case["url"], "text/plain")
        day = cleaned.published.date().isoformat() if cleaned.published else None
        rows.append({"shape": case["shape"], "url": case["url"],
                     "title": cleaned.title == case["title"], "date": day == case["day"],
                     "body": list(cleaned.paragraphs) == list(case["paragraphs"]),
                     "got_title": cleaned.title})
    return rows


def _baseline_rows(rev: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "monitor", "store",
                                  "alerts"], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        env = {**os.environ, "PYTHONPATH": tmp}
        done = subprocess.run([sys.executable, __file__, "--worker"], env=env, cwd=tmp,
                              input=json.dumps(items), capture_output=True, text=True, check=True)
    rows: list[dict[str, Any]] = json.loads(done.stdout)
    return rows


def _tally(rows: list[dict[str, Any]]) -> dict[str, tuple[int, int, int, int, int]]:
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for row in rows:
        for key in (row["shape"], "all shapes"):
            t = per[key]
            t[0] += 1
            t[1] += row["title"]
            t[2] += row["date"]
            t[3] += row["body"]
            t[4] += row["title"] and row["date"] and row["body"]
    return {k: (v[0], v[1], v[2], v[3], v[4]) for k, v in per.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", default=BASELINE, help="git revision for 'before'")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:  # run by _baseline_rows under the exported revision
        print(json.dumps(measure(json.loads(sys.stdin.read()))))
        return
    if not FEED_DIR.is_dir():
        sys.exit(f"whitehouse-scraped data not found at {FEED_DIR.resolve()}")
    sys.path.insert(0, str(ROOT))
    items = [asdict(case) for case in cases()]
    before, after = _baseline_rows(args.baseline, items), measure(items)
    print(f"{len(items) // len(SHAPES)} statements x {len(SHAPES)} shapes; right = title, "
          "date and body all right")
    print(f"{'shape':<26} {'n':>3} | {'before: title date body right':>30} | "
          f"{'after: title date body right':>29}")
    tb, ta = _tally(before), _tally(after)
    for shape in (*SHAPES, "all shapes"):
        n, *b = tb[shape]
        _, *a = ta[shape]
        print(f"{shape:<26} {n:>3} | {b[0]:>12} {b[1]:>4} {b[2]:>4} {b[3]:>5} | "
              f"{a[0]:>11} {a[1]:>4} {a[2]:>4} {a[3]:>5}")
    if args.show_misses:
        for row in after:
            if not (row["title"] and row["date"] and row["body"]):
                print(f"  miss [{row['shape']}] {row['url']}: title {row['got_title']!r}")
    print(f"\nreproduce: .venv/bin/python bench/scraped.py --baseline {args.baseline}")


if __name__ == "__main__":
    main()
