"""Per-host templates on real pages: nine years of one state.gov report template, in order.

Each page (state-gov-human-rights-reports, France and Mexico, 2016-2024, all on
www.state.gov) is cleaned with the template learned from the pages before it, then
taught to the store. Printed per page: paragraphs and words without and with the
template; at the end, every paragraph the template dropped, with how many pages lost it.

    .venv/bin/python bench/templates.py
"""

from __future__ import annotations

import csv
import re
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "gov-pages"
sys.path.insert(0, str(ROOT))

from monitor.clean import clean_html  # noqa: E402
from monitor.templates import clean_for_host, learn  # noqa: E402
from store import Store  # noqa: E402

_WORD = re.compile(r"\w+")


def pages() -> list[tuple[Path, str]]:
    """The report pages with their original URLs, oldest year first."""
    with (DATA / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        rows = {r[0]: r[3] for r in csv.reader(handle, delimiter="\t") if len(r) > 3}
    found = sorted((DATA / "state-gov-human-rights-reports").glob("*.html"))
    return [(p, rows.get(f"state-gov-human-rights-reports/{p.name}", "https://www.state.gov/"))
            for p in found]


def main() -> int:
    """Run the replay of the report pages and print what the template removed."""
    todo = pages()
    if not todo:
        print(f"no pages under {DATA}", file=sys.stderr)
        return 1
    dropped: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'templates.db'}")
        print(f"{'page':22}{'paragraphs':>12}{'with tmpl':>11}{'words':>9}{'with tmpl':>11}"
              f"{'ms':>7}")
        for path, url in todo:
            html = path.read_text(encoding="utf-8", errors="replace")
            plain = clean_html(html, url)
            start = time.process_time()
            cleaned, _ = clean_for_host(store, html, url, "text/html")
            learn(store, url, cleaned, datetime.now(UTC))
            ms = 1000 * (time.process_time() - start)
            kept = set(cleaned.paragraphs)
            dropped.update(p for p in set(plain.paragraphs) if p not in kept)
            print(f"{path.stem:22}{len(plain.paragraphs):>12}{len(cleaned.paragraphs):>11}"
                  f"{len(_WORD.findall(plain.text)):>9}{len(_WORD.findall(cleaned.text)):>11}"
                  f"{ms:>7.0f}")
    print(f"\nparagraphs the template dropped ({len(dropped)} distinct):")
    for text, count in dropped.most_common():
        print(f"  {count:>3} pages  {text[:100]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
