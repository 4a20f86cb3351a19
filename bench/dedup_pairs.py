"""A labelled duplicate set from the 2021 state.gov releases: precision, recall, margin.

Every release goes through the daemon's path: its feed body in a state.gov-style frame of
our own (bench/replay.py), cleaned by `monitor.clean.clean_document`, stored by
`Store.track`. Half of each look-alike family is held out of the store and checked
against it: the negatives.

- **positives**: re-posts of stored releases, each in another government-style frame of
  our own writing (an "Office of Examples Abroad" page whose body starts with an intro
  line), built from the paragraphs a reader sees in the original (its cleaned text):
  as is; with 5, 10 or 20% of sentences edited (a word
  inserted, dropped or replaced); with curly quotes, doubled spaces and no-break spaces;
  truncated to the first paragraphs (at least half the text); and all of these at once.
- **negatives**: look-alikes held out of the store: call and meeting readouts (many with
  the same title on different days), "National Day" messages, daily public schedules,
  press-briefing transcripts, and the second of every pair of releases with one title.
  A release state.gov itself posted twice (the same title, case aside, and words that
  difflib finds 80% the same) is no look-alike and is left out of the negatives.

A check is what `_track_new` does: the exact-hash lookup, then `dedup.find_duplicate`.
A positive is found when it is matched to its own original; any other match is a false
positive. Similarities (0-100, `dedup.similarity`) are reported for both classes: a
positive against its original, a negative against the most similar stored member of its
family; the margin is the gap between the lowest positive and the highest negative.

    .venv/bin/python bench/dedup_pairs.py [--per-kind 60] [--seed 11]
"""

from __future__ import annotations

import argparse
import difflib
import functools
import html
import json
import random
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import replay
from _dedup_data import Release, family, load_releases
from dedup import edited, truncated

from monitor.clean import clean_document
from store import Store, schema
from store import dedup as dd
from store.text import split_sentences, text_hash, words

OUT = Path(__file__).resolve().parent / "out" / "dedup_pairs.json"
T0 = datetime(2026, 1, 1, tzinfo=UTC)
MIRROR = "https://mirror.example.gov/statements/"


def mirror_page(title: str, paragraphs: list[str]) -> str:
    """Another government-style frame of our own, with an intro line before the text."""
    body = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | Office of Examples Abroad</title></head>
<body><a class="skip" href="#content">Skip to content</a>
<header class="masthead"><p>Office of Examples Abroad</p><nav><ul>
<li><a href="/">Home</a></li><li><a href="/statements/">Statements</a></li>
<li><a href="/contact/">Contact</a></li></ul></nav></header>
<div id="content" class="node node--type-article"><h1 class="page-title">{html.escape(title)}</h1>
<div class="field field--name-body">
<p>The following statement was released by the Department of State in Washington:</p>
{body}</div></div>
<div class="region-footer">Office of Examples Abroad · <a href="#top">Top</a> ·
<a href="/privacy/">Privacy</a></div></body></html>"""


def _quotes(paragraphs: list[str]) -> list[str]:
    return [p.replace('"', "\u201c").replace("'", "\u2019").replace(". ", ".  ")
            .replace(" the ", " the\u00a0") for p in paragraphs]


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def _all(r: Release, rng: random.Random) -> list[str]:
    cut = Release(r.link, r.title, tuple(_paragraphs(truncated(r, rng))))
    return _quotes(_paragraphs(edited(0.10)(cut, rng)))


KINDS: dict[str, Callable[[Release, random.Random], list[str]]] = {
    "frame+intro": lambda r, rng: list(r.paragraphs),
    "edit5": lambda r, rng: _paragraphs(edited(0.05)(r, rng)),
    "edit10": lambda r, rng: _paragraphs(edited(0.10)(r, rng)),
    "edit20": lambda r, rng: _paragraphs(edited(0.20)(r, rng)),
    "quotes+whitespace": lambda r, rng: _quotes(list(r.paragraphs)),
    "truncated": lambda r, rng: _paragraphs(truncated(r, rng)),
    "all-at-once": _all,
}


@dataclass(frozen=True)
class Query:
    """One labelled check: a re-post of `original`, or a look-alike of `family`."""

    kind: str
    title: str
    text: str  # cleaned text, as the tracker sees it
    original: str | None  # link of the stored original (positives)
    family: str | None = None  # negatives: the family whose stored members it resembles


def _family(r: Release, same_title: set[str]) -> str | None:
    return "same-title" if r.title in same_title else family(r.title)


def _reposted(a: Release, b: Release) -> bool:
    """state.gov's own re-post: the same words, near enough (difflib, not our similarity)."""
    wa, wb = words(a.text), words(b.text)
    return difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).ratio() >= 0.8


def split(releases: list[Release], rng: random.Random) -> tuple[list[Release], list[Release]]:
    """(stored, held-out look-alikes): half of every family is held out."""
    titles = Counter(r.title for r in releases)
    same_title = {t for t, n in titles.items() if n > 1}
    held: list[Release] = []
    first: dict[str, Release] = {}
    for r in releases:  # the second release of a title is checked against the first
        if r.title in same_title:
            if r.title in first and not _reposted(first[r.title], r):
                held.append(r)
            first.setdefault(r.title, r)
    by_title: dict[str, list[Release]] = defaultdict(list)
    for r in releases:
        by_title[r.title.casefold()].append(r)
    fams: dict[str, list[Release]] = defaultdict(list)
    for r in releases:
        name = family(r.title)
        twins = by_title[r.title.casefold()]
        if r is not twins[0] and any(_reposted(t, r) for t in twins[: twins.index(r)]):
            continue  # "DEPARTMENT PRESS BRIEFING" and "Department Press Briefing": one text
        if name and r not in held and r.title not in same_title:
            fams[name].append(r)
    for members in fams.values():
        rng.shuffle(members)
        held.extend(members[: len(members) // 2])
    held_ids = {id(r) for r in held}
    return [r for r in releases if id(r) not in held_ids], held


def clean(url: str, page: str) -> str:
    return clean_document(page, url, "text/html").text


def original_text(r: Release) -> str:
    """The release as the tracker stores it: its feed body in our state.gov-style frame."""
    item = _versions()[replay.urlsplit(r.link).path]
    return clean(r.link, replay.frame(item, item.versions[0], T0, []))


@functools.cache
def _versions() -> dict[str, replay.Release]:
    """Every release's feed versions by path (read on first use, not on import)."""
    return {i.path: i for i in replay.load(None)}


def build(stored: list[Release], held: list[Release], per_kind: int,
          rng: random.Random) -> list[Query]:
    titles = Counter(r.title for r in stored + held)
    same_title = {t for t, n in titles.items() if n > 1}
    queries = []
    for r in held:
        queries.append(Query(f"lookalike:{_family(r, same_title)}", r.title, original_text(r),
                             None, _family(r, same_title)))
    seen = [Release(r.link, r.title, tuple(original_text(r).split("\n\n"))) for r in stored]
    eligible = [r for r in seen if len(split_sentences(r.text)) >= 3]
    for kind, make in KINDS.items():
        pool = [r for r in eligible if kind not in ("truncated", "all-at-once")
                or len(r.paragraphs) >= 3]
        for n, r in enumerate(rng.sample(pool, per_kind)):
            url = f"{MIRROR}{kind}/{n}/"
            queries.append(Query(kind, r.title, clean(url, mirror_page(r.title, make(r, rng))),
                                 r.link))
    return queries


def ingest(store: Store, stored: list[Release]) -> dict[str, tuple[int, str]]:
    """Store every release through Store.track; link -> (canonical document id, text).

    state.gov re-posted some releases itself; such a release is stored as a duplicate
    and its canonical document is the first one.
    """
    ids = {}
    for n, r in enumerate(stored):
        item = _versions()[replay.urlsplit(r.link).path]
        cleaned = clean_document(replay.frame(item, item.versions[0], T0, []), r.link,
                                 "text/html")
        result = store.track(url=r.link, fetch_url=r.link, title=cleaned.title, published=None,
                             body=cleaned.text, raw=None, source_id=None,
                             at=T0 + timedelta(minutes=n))
        canonical = store.document(result.document_id).duplicate_of or result.document_id
        ids[r.link] = (canonical, cleaned.text)
    return ids


def check(store: Store, text: str, title: str = "") -> tuple[int | None, float]:
    docs = schema.documents
    start = time.perf_counter()
    with store.transaction() as conn:
        row = conn.execute(docs.select().with_only_columns(docs.c.id, docs.c.duplicate_of)
                           .where(docs.c.text_hash == text_hash(title + "\n" + text))).first()
        match = dd.Match(row.duplicate_of or row.id, 100.0) if row else None
        match = match or dd.find_duplicate(conn, text)
    return (match.document_id if match else None), time.perf_counter() - start


def quantiles(values: list[float]) -> dict[str, float]:
    v = sorted(values)

    def q(p: float) -> float:
        return round(v[min(len(v) - 1, int(p * (len(v) - 1)))], 1)

    return {"n": len(v), "min": q(0), "p01": q(0.01), "p05": q(0.05), "p25": q(0.25),
            "median": q(0.5), "p75": q(0.75), "p95": q(0.95), "p99": q(0.99), "max": q(1)}


def run(per_kind: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    releases = load_releases()
    stored, held = split(releases, rng)
    queries = build(stored, held, per_kind, rng)
    fam_of = {r.link: _family(r, {t for t, n in Counter(x.title for x in releases).items()
                                  if n > 1}) for r in stored}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'pairs.db'}")
        ids = ingest(store, stored)
        titles = {doc: r.title for r in stored for doc in [ids[r.link][0]]}
        by_family: dict[str, list[str]] = defaultdict(list)
        for link, name in fam_of.items():
            if name:
                by_family[name].append(ids[link][1])
        rows = []
        for q in queries:
            got, took = check(store, q.text)
            want = ids[q.original][0] if q.original else None
            if q.original:
                sim = dd.similarity(q.text, ids[q.original][1])
            else:
                sim = max((dd.similarity(q.text, t) for t in by_family[q.family or ""]),
                          default=0.0)
            rows.append({"kind": q.kind, "title": q.title, "matched": titles.get(got or 0),
                         "positive": q.original is not None, "found": got,
                         "want": want, "ok": got == want, "similarity": sim, "ms": took * 1000})
        store.close()
    return {"seed": seed, "stored": len(stored), **summarise(rows)}


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision, recall, the similarities of both classes and their margin, per kind."""
    tp = sum(r["positive"] and r["ok"] for r in rows)
    fp = sum(r["found"] is not None and not r["ok"] for r in rows)
    positives = [r for r in rows if r["positive"]]
    negatives = [r for r in rows if not r["positive"]]
    pos_sim = [r["similarity"] for r in positives]
    neg_sim = [r["similarity"] for r in negatives]
    per_kind_stats = {}
    for kind in sorted({r["kind"] for r in rows}):
        mine = [r for r in rows if r["kind"] == kind]
        per_kind_stats[kind] = {"n": len(mine), "ok": sum(r["ok"] for r in mine),
                                "similarity": quantiles([r["similarity"] for r in mine])}
    return {
        "positives": len(positives), "negatives": len(negatives),
        "threshold": dd.DUPLICATE_THRESHOLD,
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / len(positives), 4), "false_positives": fp,
        "missed": [r for r in positives if not r["ok"]],
        "false_matches": [r for r in rows if r["found"] is not None and not r["ok"]],
        "similarity_positives": quantiles(pos_sim),
        "similarity_negatives": quantiles(neg_sim),
        "margin": round(min(pos_sim) - max(neg_sim), 1),
        "per_kind": per_kind_stats,
        "check_ms_median": round(statistics.median(r["ms"] for r in rows), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-kind", type=int, default=60, help="re-posts of each kind")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    report = run(args.per_kind, args.seed)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(report, indent=2))
    print(f"stored {report['stored']} releases; {report['positives']} positives, "
          f"{report['negatives']} negatives; threshold {report['threshold']}")
    print(f"precision {report['precision']}  recall {report['recall']}  "
          f"false positives {report['false_positives']}  "
          f"check median {report['check_ms_median']} ms")
    cols = ["n", "min", "p01", "p05", "p25", "median", "p75", "p95", "p99", "max"]
    print("\nsimilarity  | " + " | ".join(f"{c:>6}" for c in cols))
    for name in ("positives", "negatives"):
        q = report[f"similarity_{name}"]
        print(f"{name:<11} | " + " | ".join(f"{q[c]:>6}" for c in cols))
    print(f"margin (lowest positive - highest negative): {report['margin']}")
    print("\nper kind    ok/n   similarity min / median / max")
    for kind, s in report["per_kind"].items():
        q = s["similarity"]
        print(f"  {kind:<24} {s['ok']:>3}/{s['n']:<3}  {q['min']:>5} / {q['median']:>5} /"
              f" {q['max']:>5}")
    for r in report["missed"][:10]:
        print(f"  missed {r['kind']}: similarity {r['similarity']} ({r['title']})")
    for r in report["false_matches"][:10]:
        print(f"  false match {r['kind']}: {r['title']} -> {r['matched']}")
    print(f"\nreproduce: .venv/bin/python bench/dedup_pairs.py --per-kind {args.per_kind} "
          f"--seed {args.seed}\nwrote {OUT}")


if __name__ == "__main__":
    main()
