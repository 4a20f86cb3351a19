"""Sentence splitting: ours (store/text.py) against pysbd, on tricky cases of our own and on
the real state.gov releases (agreement and speed), in one run.

    .venv/bin/python bench/sentences.py      (pysbd comes with the bench extra)
"""

from __future__ import annotations

import gzip
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pysbd
from bs4 import BeautifulSoup

from store.text import split_sentences

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
DATA = SHARED / "state-gov-2021" / "items.jsonl.gz"

# Our own sentences, each case a list of the sentences it must split into.
CASES: list[list[str]] = [
    ["The U.S. delegation arrived on Monday.", "Talks begin tomorrow."],
    ["Sec. Ellison met Amb. Ruiz in Geneva.", "They agreed to meet again."],
    ["Executive Order No. 14059 applies to the network.", "Its leaders are designated."],
    ["J. R. Stannard was indicted on Nov. 12, 2026, in Texas.", "He remains at large."],
    ["“We will vote to control these substances,” she said.", "“It matters.”"],
    ["The plan costs $4.5 million.", "It starts in Jan. 2027."],
    ["Officials from Tex., Ga. and Wash. attended.", "The meeting lasted two hours."],
    ["Is this the end?", "No, the programme continues."],
    ["The Department of State (D.O.S.) issued a notice.", "It takes effect at once."],
    ["Funding rose 3.5 percent in 2026.", "Further details follow."],
    ["The talks were held at 3 p.m. on Friday.", "A joint statement followed."],
    ["He cited e.g. the ports of Velmora and Halden.", "Both were inspected."],
]


def case_accuracy(split: Callable[[str], list[str]]) -> float:
    right = sum(1 for case in CASES if [s.strip() for s in split(" ".join(case))] == case)
    return right / len(CASES)


def texts(limit: int) -> list[str]:
    out = []
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        for line in list(lines)[:limit]:
            soup = BeautifulSoup(json.loads(line)["content_encoded"], "lxml")
            out.append("\n\n".join(p.get_text(" ", strip=True) for p in soup.find_all("p")))
    return out


def main() -> None:
    seg = pysbd.Segmenter(language="en", clean=False)

    def pysbd_split(text: str) -> list[str]:
        return [s.strip() for para in text.split("\n\n") for s in seg.segment(para) if s.strip()]

    print(f"tricky cases of our own ({len(CASES)}): ours {case_accuracy(split_sentences):.2f}, "
          f"pysbd {case_accuracy(pysbd_split):.2f} (share split exactly right)")
    if not DATA.is_file():
        print(f"{DATA} missing: real-text agreement and speed skipped")
        return
    docs = texts(200)
    times: dict[str, list[float]] = {"ours": [], "pysbd": []}
    agree = total = 0
    for text in docs:
        started = time.perf_counter()
        a = split_sentences(text)
        times["ours"].append(time.perf_counter() - started)
        started = time.perf_counter()
        b = pysbd_split(text)
        times["pysbd"].append(time.perf_counter() - started)
        total += max(len(a), len(b))
        agree += len(set(a) & set(b))
    ours, theirs = statistics.median(times["ours"]), statistics.median(times["pysbd"])
    print(f"state.gov 2021, {len(docs)} releases: {agree / total:.3f} of sentences identical "
          f"in both splitters")
    print(f"median ms per release: ours {ours * 1000:.2f}, pysbd {theirs * 1000:.2f} "
          f"(pysbd/ours = {theirs / ours:.0f}x)")
    print("reproduce: .venv/bin/python bench/sentences.py")


if __name__ == "__main__":
    main()
