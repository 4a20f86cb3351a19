"""store/diff.py (rapidfuzz Indel opcodes) against difflib.SequenceMatcher, the anchor.

Two sets of real edits, each a pair (older text, newer text):
- the stored revisions of the 2021 state.gov replay (bench/replay.py makes the database):
  every revision after the first, against the one before it, as the tracker stored them;
- the pairs of bench/changes.py, cleaned as the daemon cleans them: EDGI's labelled
  version pairs and every later version of the edited 2021 state.gov releases, each in
  our own page frame.

For each pair both sides compute the sentence diff of a revision (the sentences added and
removed, moves left out: store.history.sentence_diff) and the changed sentence pairs; the
sentence diffs must be the same. Timed, each a median of ROUNDS rounds over all pairs:
- matcher: the opcodes alone, on the sentence keys computed beforehand;
- sentence diff: splitting, keys, opcodes and the move filter, from the two texts.

    .venv/bin/python bench/diff.py [--db bench/out/replay/replay.db] [--rounds 7]
"""

from __future__ import annotations

import argparse
import csv
import difflib
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import replay

from monitor.clean import clean_document
from store.changes import change_score
from store.diff import changed_pairs, sentence_opcodes
from store.history import sentence_diff
from store.text import sentence_key, split_sentences, words

ROOT = Path(__file__).resolve().parents[1]
GOV = ROOT.parent / "shared" / "data" / "gov-pages"
EDGI = GOV / "web-monitoring-processing"
DB = ROOT / "bench" / "out" / "replay" / "replay.db"
COMMAND = ".venv/bin/python bench/diff.py"
T0 = datetime(2026, 1, 1, tzinfo=UTC)
Pair = tuple[str, str]
Diff = tuple[tuple[str, ...], tuple[str, ...]]


def difflib_opcodes(old: Sequence[str], new: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    """The anchor: difflib's opcodes as the tracker used them before (no autojunk)."""
    return difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes()


def difflib_sentence_diff(old: str, new: str) -> Diff:
    """store.history.sentence_diff as it was, over difflib."""
    old_s, new_s = split_sentences(old), split_sentences(new)
    old_k, new_k = [sentence_key(s) for s in old_s], [sentence_key(s) for s in new_s]
    added: list[str] = []
    removed: list[str] = []
    for tag, i1, i2, j1, j2 in difflib_opcodes(old_k, new_k):
        if tag in ("replace", "delete"):
            removed.extend(old_s[i1:i2])
        if tag in ("replace", "insert"):
            added.extend(new_s[j1:j2])
    moved = {sentence_key(s) for s in added} & {sentence_key(s) for s in removed}
    return (tuple(s for s in added if sentence_key(s) not in moved),
            tuple(s for s in removed if sentence_key(s) not in moved))


def difflib_change_score(old: str, new: str, added: Sequence[str], removed: Sequence[str]
                         ) -> float:
    """store.changes.change_score as it was, over difflib's matching blocks."""
    plus = [w for x in added for w in words(x)]
    minus = [w for x in removed for w in words(x)]
    total = len(words(old)) + len(words(new))
    if not total:
        return 0.0
    matcher = difflib.SequenceMatcher(a=minus, b=plus, autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    return round(100 * (len(plus) + len(minus) - 2 * kept) / total, 2)


def revision_pairs(db: Path) -> list[Pair]:
    """Each stored revision after the first with the one before it, in the replay's order."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT before.text, after.text FROM revisions AS after JOIN revisions AS before "
        "ON before.document_id = after.document_id AND before.number = after.number - 1 "
        "ORDER BY after.id").fetchall()
    conn.close()
    return [(str(a), str(b)) for a, b in rows]


def change_pairs() -> list[Pair]:
    """bench/changes.py's edits, cleaned: EDGI's pairs, then the 2021 state.gov versions."""
    urls: dict[str, str] = {}
    with (GOV / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            urls[row["file"]] = row["original_url"]
    pairs = []
    for a in sorted(EDGI.glob("*-a.html")):
        url = urls[f"web-monitoring-processing/{a.name}"]
        b = a.with_name(a.name.replace("-a.html", "-b.html"))
        pairs.append(tuple(clean_document(p.read_text(encoding="utf-8", errors="replace"), url,
                                          "text/html").text for p in (a, b)))
    releases = replay.load(None)
    for r in releases:
        texts = []
        for k, body in enumerate(r.versions):
            page = replay.frame(r, body, T0 + timedelta(hours=k), releases[k:k + 3])
            texts.append(clean_document(page, "https://www.state.gov" + r.path,
                                        "text/html").text)
        pairs += [(texts[k - 1], texts[k]) for k in range(1, len(texts))]
    return [(a, b) for a, b in pairs]


def timed(rounds: int, work: Callable[[], object]) -> float:
    """The median CPU time of `rounds` runs of `work`, in milliseconds (steadier than wall
    time on a shared machine; both sides are single-threaded)."""
    times = []
    for _ in range(rounds):
        start = time.process_time()
        work()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def measure(name: str, pairs: list[Pair], rounds: int) -> list[str]:
    """Agreement and the timings of one set of pairs, as report lines."""
    same = [sentence_diff(a, b) == difflib_sentence_diff(a, b) for a, b in pairs]
    differ = [n for n, ok in enumerate(same) if not ok]
    changed = sum(1 for a, b in pairs if sentence_diff(a, b) != ((), ()))
    scores = [(change_score(a, b, *sentence_diff(a, b)),
               difflib_change_score(a, b, *sentence_diff(a, b))) for a, b in pairs]
    same_score = sum(1 for ours, anchor in scores if ours == anchor)
    worst = max((abs(ours - anchor) for ours, anchor in scores), default=0.0)
    n_pairs = sum(len(changed_pairs(split_sentences(a), split_sentences(b))) for a, b in pairs)
    keys = [([sentence_key(s) for s in split_sentences(a)],
             [sentence_key(s) for s in split_sentences(b)]) for a, b in pairs]
    ours_m = timed(rounds, lambda: [sentence_opcodes(o, n) for o, n in keys])
    anchor_m = timed(rounds, lambda: [difflib_opcodes(o, n) for o, n in keys])
    ours_d = timed(rounds, lambda: [sentence_diff(a, b) for a, b in pairs])
    anchor_d = timed(rounds, lambda: [difflib_sentence_diff(a, b) for a, b in pairs])
    sentences = sum(len(o) + len(n) for o, n in keys)
    lines = [
        f"{name}: {len(pairs)} pairs ({sentences} sentences, {changed} with a sentence changed)",
        f"  same sentence diff as difflib  {sum(same)}/{len(pairs)}"
        + (f"  (differ: pairs {differ[:10]})" if differ else ""),
        f"  same change score as difflib   {same_score}/{len(pairs)}  (largest gap {worst:g}"
        " points: a longest common run keeps at least as many words)",
        f"  changed sentence pairs (ours)  {n_pairs}",
        f"  matcher        rapidfuzz {ours_m:8.2f} ms  difflib {anchor_m:8.2f} ms  "
        f"difflib/rapidfuzz {anchor_m / ours_m:.2f}x",
        f"  sentence diff  rapidfuzz {ours_d:8.2f} ms  difflib {anchor_d:8.2f} ms  "
        f"difflib/rapidfuzz {anchor_d / ours_d:.2f}x",
    ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DB, help="the replay's database "
                        "(made with bench/replay.py --keep bench/out/replay when missing)")
    parser.add_argument("--rounds", type=int, default=7, help="timed rounds (median)")
    args = parser.parse_args()
    if not replay.DATA.is_file() or not EDGI.is_dir():
        sys.exit(f"{replay.DATA.parent.parent} is missing: this benchmark needs ../shared/data")
    if not args.db.is_file():
        print(f"{args.db} is missing: replaying first (bench/replay.py, some minutes)")
        subprocess.run([sys.executable, str(ROOT / "bench" / "replay.py"), "--keep",
                        str(args.db.parent)], check=True, stdout=subprocess.DEVNULL)
    lines = [*measure("replay revisions", revision_pairs(args.db), args.rounds),
             *measure("bench/changes.py pairs", change_pairs(), args.rounds),
             f"medians of {args.rounds} rounds of process CPU time, both sides in one process",
             f"reproduce: {COMMAND} --db {args.db} --rounds {args.rounds}"]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
