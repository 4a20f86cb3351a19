"""Change classes on labelled real edits: EDGI's version pairs and the 2021 state.gov edits.

EDGI (web-monitoring-processing): each `falsepos-*` pair is a change a monitor must not
report (footer, view counter, small edits), each `truepos-*` pair a real change. Version a
then version b of each page are cleaned (`monitor.clean.clean_document`) and tracked
(`monitor.tracking.track_page`) under the page's original URL, the daemon's path; a pair
passes when it yields an announced `changed` event exactly when it is `truepos`.

state.gov 2021: every release is stored first (so the host's other documents are there
for the frame test, as in a running daemon), each in our own page frame (bench/replay.py)
whose menus, "Related" list and timestamps change at every step; then each later version
of the 47 edited releases. Ground truth is the words a reader sees (bench/replay.py's
`words`): a later version with the same words is *markup only* and must never be
announced; one whose letters and digits are the same once punctuation and spaces are
dropped ("Washington, D.C." -> "Washington, DC") is *punctuation only*, trivial by the
issue's definition, and must not be announced either; any other is a *text edit* and must
always be announced.

    .venv/bin/python bench/changes.py [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import replay

from monitor.clean import clean_document
from monitor.tracking import track_page
from store import RawPage, Store, TrackResult

ROOT = Path(__file__).resolve().parents[1]
GOV = ROOT.parent / "shared" / "data" / "gov-pages"
EDGI = GOV / "web-monitoring-processing"
OUT = Path(__file__).resolve().parent / "out" / "changes.json"
COMMAND = ".venv/bin/python bench/changes.py"
T0 = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Row:
    """One labelled edit and what policywatch made of it."""

    case: str
    truth: str  # "real" | "noise"
    why: str  # the label: truepos/falsepos, text edit, punctuation only, markup only
    status: str  # new | revision | unchanged | duplicate
    change: str | None
    score: float | None
    announced: bool

    @property
    def ok(self) -> bool:
        return self.announced == (self.truth == "real")


def _announced(store: Store, result: TrackResult) -> bool:
    return any(e.kind == "changed" and e.announce and e.revision_id == result.revision_id
               for e in store.events()) if result.status == "revision" else False


def _track(store: Store, url: str, html: str, hours: float) -> TrackResult:
    cleaned = clean_document(html, url, "text/html")
    return track_page(store, cleaned, url=url, fetch_url=url,
                      raw=RawPage(url, "text/html", html.encode()), source_id=None,
                      at=T0 + timedelta(hours=hours))


def edgi(store: Store) -> list[Row]:
    """Every EDGI pair: version a, then b, at its first original URL."""
    urls: dict[str, str] = {}
    with (GOV / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            urls[row["file"]] = row["original_url"]
    rows = []
    for a in sorted(EDGI.glob("*-a.html")):
        name = a.name[: -len("-a.html")]
        url = urls[f"web-monitoring-processing/{a.name}"]
        _track(store, url, a.read_text(encoding="utf-8", errors="replace"), 0)
        b = EDGI / f"{name}-b.html"
        result = _track(store, url, b.read_text(encoding="utf-8", errors="replace"), 2)
        truth = "real" if name.startswith("truepos") else "noise"
        rows.append(Row(name, truth, name.split("-")[0], result.status, result.change,
                        result.score,
                        _announced(store, result)))
    return rows


def state_gov(store: Store) -> list[Row]:
    """Every 2021 release stored, then each later version of the edited ones."""
    releases = replay.load(None)
    base = "https://www.state.gov"
    for n, r in enumerate(releases):
        related = releases[max(0, n - 3):n]
        page = replay.frame(r, r.versions[0], T0 + timedelta(minutes=n), related)
        _track(store, base + r.path, page, n / 60)
    rows = []
    step = len(releases) / 60 + 1
    for r in releases:
        for k in range(1, len(r.versions)):
            step += 1
            related = releases[k:k + 3]
            page = replay.frame(r, r.versions[k], T0 + timedelta(hours=step), related)
            result = _track(store, base + r.path, page, step)
            why = _label(r.versions[k - 1], r.versions[k])
            rows.append(Row(f"{r.path} v{k + 1}", "real" if why == "text edit" else "noise",
                            why, result.status, result.change, result.score,
                            _announced(store, result)))
    return rows


def _label(before: str, after: str) -> str:
    old, new = replay.words(before), replay.words(after)
    if old == new:
        return "markup only"
    return "punctuation only" if "".join(old) == "".join(new) else "text edit"


def table(rows: list[Row], title: str) -> list[str]:
    lines = [f"## {title}", "",
             "| case | label | truth | status | class | score | announced | ok |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r.case} | {r.why} | {r.truth} | {r.status} | {r.change or '-'} | "
                     f"{'-' if r.score is None else f'{r.score:g}'} | "
                     f"{'yes' if r.announced else 'no'} | {'ok' if r.ok else 'MISS'} |")
    return lines


def summary(rows: list[Row], title: str) -> list[str]:
    cells: Counter[tuple[str, str]] = Counter(
        (r.why, r.change or r.status) for r in rows)
    classes = sorted({c for _, c in cells})
    lines = [f"## {title}: classes by label", "",
             "| label | " + " | ".join(classes) + " | announced | must be |",
             "|---|" + "---|" * (len(classes) + 2)]
    for why in sorted({r.why for r in rows}, reverse=True):
        mine = [r for r in rows if r.why == why]
        lines.append(f"| {why} ({len(mine)}) | "
                     + " | ".join(str(cells[(why, c)]) for c in classes)
                     + f" | {sum(r.announced for r in mine)} | "
                     + ("all" if mine[0].truth == "real" else "none") + " |")
    ok = sum(r.ok for r in rows)
    lines += ["", f"{ok}/{len(rows)} as they must be."]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args()
    if not EDGI.is_dir():
        raise SystemExit(f"{EDGI} not found: the bench needs ../shared/data next to the project.")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'changes.db'}")
        edgi_rows = edgi(store)
        state_rows = state_gov(store)
        store.close()
    report = {"edgi": [asdict(r) | {"ok": r.ok} for r in edgi_rows],
              "state_gov_2021": [asdict(r) | {"ok": r.ok} for r in state_rows]}
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(report, indent=2))
    if args.json:
        print(json.dumps(report, indent=2))
        return
    lines = [*table(edgi_rows, "EDGI labelled pairs"), "",
             *summary(state_rows, "state.gov 2021 later versions"), "",
             *[line for line in table(state_rows, "state.gov 2021: every later version")
               if "MISS" in line or line.startswith(("##", "|---", "| case"))],
             "", f"reproduce: {COMMAND}", f"wrote {OUT}"]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
