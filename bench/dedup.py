"""Near-duplicate check time, index size and accuracy as the store grows (1k to 100k).

Stored documents are the real state.gov 2021 releases plus synthetic ones made from
them (names, numbers and a quarter of the other words swapped, paragraphs of another
release mixed in, template sentences kept, so "National Day" and readout families stay
families). Up to 10k they go in through `Store.track` one by one, the daemon's path;
past 10k they are bulk-loaded in one transaction (`dedup.index_many` plus plain inserts)
and the last 1,000 of each size again go through `Store.track`.

Queries: planted re-posts of stored real releases (5/20/40% of sentences edited,
sentences reordered, truncated to the first paragraphs, intro line with quote and
whitespace changes, another page frame) must be found as duplicates of their original;
look-alikes held out of the store (National Day messages, call/meeting readouts, daily
schedules, a same-title release of another day) and unrelated releases must not match.
The check is what `_track_new` does first: the exact-hash lookup, then
`dedup.find_duplicate`. Brute force is `rapidfuzz.process.extractOne` with fuzz.ratio
over every stored normalised text, at the same threshold. Times are medians, on the wall
and in CPU time of the process: on a shared machine the wall time of a few-millisecond
check jumps by a scheduler slice whenever another job takes the core.

    .venv/bin/python bench/dedup.py [--sizes 1000,10000,100000] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _dedup_data import Release, family, load_releases

from store import Store, schema
from store import dedup as dd
from store.text import sentence_key, split_sentences, text_hash, words

OUT = Path(__file__).resolve().parent / "out" / "dedup.json"
NOW = datetime(2026, 1, 1, tzinfo=UTC)
TRACKED_TAIL = 1000  # the last documents of every size go through Store.track
BRUTE_MAX = 10_000  # brute force over every query up to this size; sampled above
BRUTE_SAMPLE = 8
SYNTH = "https://synth.example/"
_WORD = re.compile(r"\w+")
_EDITS = ("also", "further", "today", "again", "fully", "closely", "strongly", "still")

# Page furniture of our own invention, for the "another frame" re-posts.
FRAME_TOP = ("Skip to main content\n\nAn official website of the United States government\n\n"
             "Home | News | Statements and Releases\n\n")
FRAME_BOTTOM = "\n\nShare this page\n\nBack to Top\n\nPage last reviewed: March 3, 2026"
INTRO = "The following statement was released by the Embassy press office today:\n\n"


# -- synthesis ------------------------------------------------------------------------

@dataclass
class Vocab:
    """What synthetic documents are made of: the real releases' names, words and templates."""

    names: list[str]
    plain: list[str]
    template: set[str]  # sentence keys in 3+ real releases: kept verbatim


def vocab(releases: list[Release]) -> Vocab:
    names: set[str] = set()
    plain: set[str] = set()
    seen: Counter[str] = Counter()
    for r in releases:
        seen.update({sentence_key(s) for s in split_sentences(r.text)})
        for i, tok in enumerate(_WORD.findall(r.text)):
            if tok[0].isupper() and i:
                names.add(tok)
            elif tok.islower() and len(tok) >= 4:
                plain.add(tok)
    return Vocab(sorted(names), sorted(plain), {k for k, n in seen.items() if n >= 3})


def mutate(sentence: str, v: Vocab, rng: random.Random) -> str:
    """The sentence with its names, numbers and a quarter of its words swapped."""
    if sentence_key(sentence) in v.template:
        return sentence
    first = True

    def swap(m: re.Match[str]) -> str:
        nonlocal first
        tok, was_first, first = m.group(0), first, False
        if tok.isdigit():
            return str(rng.randint(1, 10 ** len(tok)))
        if tok[0].isupper() and not was_first:
            return rng.choice(v.names)
        if tok.islower() and len(tok) >= 4 and rng.random() < 0.25:
            return rng.choice(v.plain)
        return tok

    return _WORD.sub(swap, sentence)


def synthesise(base: Release, other: Release, v: Vocab, rng: random.Random) -> str:
    """A distinct document in the base release's family."""
    paragraphs = list(base.paragraphs)
    if rng.random() < 0.3:
        paragraphs.insert(rng.randint(1, len(paragraphs)), rng.choice(other.paragraphs))
    out = []
    for p in paragraphs:
        sentences = split_sentences(p)
        if rng.random() < 0.2:
            rng.shuffle(sentences)
        out.append(" ".join(mutate(s, v, rng) for s in sentences))
    return "\n\n".join(out)


# -- planted re-posts -----------------------------------------------------------------

def _edit_sentence(sentence: str, rng: random.Random) -> str:
    tokens = sentence.split(" ")
    lower = [i for i, t in enumerate(tokens) if t.isalpha() and t.islower()]
    if not lower:
        return sentence + " " + rng.choice(_EDITS)
    i = rng.choice(lower)
    op = rng.random()
    if op < 0.4:
        tokens.insert(i, rng.choice(_EDITS))
    elif op < 0.7 and len(tokens) > 4:
        del tokens[i]
    else:
        tokens[i] = rng.choice(_EDITS)
    return " ".join(tokens)


def edited(share: float) -> Callable[[Release, random.Random], str]:
    def make(r: Release, rng: random.Random) -> str:
        paras = [split_sentences(p) for p in r.paragraphs]
        slots = [(i, j) for i, p in enumerate(paras) for j in range(len(p))]
        for i, j in rng.sample(slots, max(1, round(share * len(slots)))):
            paras[i][j] = _edit_sentence(paras[i][j], rng)
        return "\n\n".join(" ".join(p) for p in paras)
    return make


def reordered(r: Release, rng: random.Random) -> str:
    paras = [split_sentences(p) for p in r.paragraphs]
    for p in paras:
        rng.shuffle(p)
    rng.shuffle(paras)
    return "\n\n".join(" ".join(p) for p in paras)


def truncated(r: Release, rng: random.Random) -> str:
    """The first paragraphs, at least half the text (a feed excerpt with "Read more")."""
    kept, size = [], 0
    for p in r.paragraphs:
        kept.append(p)
        size += len(p)
        if size >= len(r.text) / 2:
            break
    return "\n\n".join(kept)


def intro_quotes(r: Release, rng: random.Random) -> str:
    text = r.text.replace('"', "\u201c").replace("'", "\u2019").replace(". ", ".  ")
    return INTRO + text.replace(" the ", " the\u00a0")


def framed(r: Release, rng: random.Random) -> str:
    return FRAME_TOP + r.text + FRAME_BOTTOM


REPOSTS: dict[str, Callable[[Release, random.Random], str]] = {
    "edit5": edited(0.05), "edit20": edited(0.20), "edit40": edited(0.40),
    "reorder": reordered, "truncate": truncated, "intro+quotes": intro_quotes,
    "frame": framed,
}


@dataclass(frozen=True)
class Query:
    kind: str  # a REPOSTS kind, or "lookalike:<family>" / "unrelated"
    title: str
    text: str
    expect: str | None  # link of the stored original, None for a new statement


def split_data(
    releases: list[Release], rng: random.Random, per_kind: int
) -> tuple[list[Release], list[Query]]:
    """Stored real releases, and the queries: re-posts of them and held-out look-alikes."""
    by_title: dict[str, list[Release]] = defaultdict(list)
    for r in releases:
        by_title[r.title].append(r)
    held: list[tuple[str, Release]] = []
    for rs in by_title.values():  # same title, different text: a later readout, not a re-post
        if len(rs) == 2 and text_hash(rs[0].text) != text_hash(rs[1].text):
            held.append(("lookalike:same-title", rs[1]))
    taken = {id(r) for _, r in held}
    fams: dict[str | None, list[Release]] = defaultdict(list)
    for r in releases:
        if id(r) not in taken:
            fams[family(r.title)].append(r)
    for name, members in fams.items():
        rng.shuffle(members)
        count = 40 if name is None else len(members) // 3
        held.extend(("unrelated" if name is None else f"lookalike:{name}", r)
                    for r in members[:count])
    taken = {id(r) for _, r in held}
    stored = [r for r in releases if id(r) not in taken]
    queries = [Query(kind, r.title, r.text, None) for kind, r in held]
    eligible = [r for r in stored if len(split_sentences(r.text)) >= 3]
    for kind, make in REPOSTS.items():
        pool = [r for r in eligible if kind != "truncate" or len(r.paragraphs) >= 3]
        for r in rng.sample(pool, per_kind):
            queries.append(Query(kind, r.title, make(r, rng), r.link))
    return stored, queries


# -- store building -------------------------------------------------------------------

def stream(
    stored: list[Release], bases: list[Release], v: Vocab, rng: random.Random
) -> Iterator[tuple[str, str, str]]:
    """(url, title, text): the real stored releases first, then synthetic ones forever."""
    for r in stored:
        yield r.link, r.title, r.text
    n = 0
    while True:
        base, other = rng.choice(bases), rng.choice(bases)
        n += 1
        yield f"{SYNTH}{n}", base.title, synthesise(base, other, v, rng)


def track_docs(store: Store, docs: list[tuple[str, str, str]]) -> float:
    """Ingest through the daemon's path; return documents per second."""
    start = time.perf_counter()
    for url, title, text in docs:
        store.track(url=url, fetch_url=url, title=title, published=None, body=text, raw=None,
                    source_id=None, at=NOW)
    return len(docs) / (time.perf_counter() - start)


def bulk_docs(store: Store, docs: list[tuple[str, str, str]]) -> float:
    """Ingest in one transaction with executemany; return documents per second."""
    start = time.perf_counter()
    with store.transaction() as conn:
        first = conn.execute(schema.documents.select().with_only_columns(
            schema.documents.c.id).order_by(schema.documents.c.id.desc()).limit(1)).scalar()
        ids = range((first or 0) + 1, (first or 0) + 1 + len(docs))
        conn.execute(schema.documents.insert(), [
            {"id": i, "url": u, "fetch_url": u, "title": t, "first_seen_at": NOW,
             "revision_count": 1, "text_hash": text_hash(t + "\n" + x), "status": "active",
             "failures": 0, "baseline": False} for i, (u, t, x) in zip(ids, docs, strict=True)])
        conn.execute(schema.revisions.insert(), [
            {"document_id": i, "number": 1, "fetched_at": NOW, "title": t, "text": x,
             "text_hash": text_hash(t + "\n" + x), "added": "[]", "removed": "[]"}
            for i, (_, t, x) in zip(ids, docs, strict=True)])
        conn.exec_driver_sql(
            "INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
            [(i, t, x) for i, (_, t, x) in zip(ids, docs, strict=True)])
        dd.index_many(conn, ((i, x) for i, (_, _, x) in zip(ids, docs, strict=True)))
    return len(docs) / (time.perf_counter() - start)


def sizes_on_disk(path: Path) -> dict[str, float]:
    """Database and dedup-index size in MB (after a WAL checkpoint)."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = dict(con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
    con.close()
    index = sum(v for k, v in pages.items() if "dedup" in k)
    return {"db_mb": path.stat().st_size / 1e6, "index_mb": index / 1e6}


# -- checking -------------------------------------------------------------------------

def check(store: Store, q: Query) -> tuple[int | None, float, float]:
    """What _track_new does before inserting: exact hash, then find_duplicate.

    Returns the match, the wall time and the CPU time of the process (on a shared machine
    a check preempted half-way takes a scheduler slice longer on the wall, not in CPU).
    """
    docs = schema.documents
    start, cpu = time.perf_counter(), time.process_time()
    with store.transaction() as conn:
        digest = text_hash(q.title + "\n" + q.text)
        row = conn.execute(docs.select().with_only_columns(docs.c.id, docs.c.duplicate_of)
                           .where(docs.c.text_hash == digest).limit(1)).first()
        match = dd.Match(row.duplicate_of or row.id, 100.0) if row else None
        match = match or dd.find_duplicate(conn, q.text)
    return ((match.document_id if match else None), time.perf_counter() - start,
            time.process_time() - cpu)


def brute(norms: list[str], ids: list[int], q: Query) -> tuple[int | None, float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    found = process.extractOne(" ".join(words(q.text)), norms, scorer=fuzz.ratio,
                               score_cutoff=dd.DUPLICATE_THRESHOLD)
    return ((ids[found[2]] if found else None), time.perf_counter() - start,
            time.process_time() - cpu)


def score(results: list[tuple[Query, int | None]], ids: dict[str, int]) -> dict[str, Any]:
    """Recall per re-post kind, false positives per look-alike kind, overall precision."""
    by_kind: dict[str, list[bool]] = defaultdict(list)
    tp = fp = 0
    for q, got in results:
        want = ids[q.expect] if q.expect else None
        by_kind[q.kind].append(got == want)
        tp += got is not None and got == want
        fp += got is not None and got != want
    recall_all = [ok for k, oks in by_kind.items() if k in REPOSTS for ok in oks]
    target = [ok for k, oks in by_kind.items() if k in REPOSTS and k != "edit40" for ok in oks]
    return {
        "per_kind": {k: round(sum(oks) / len(oks), 3) for k, oks in sorted(by_kind.items())},
        "counts": {k: len(oks) for k, oks in sorted(by_kind.items())},
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "false_positives": fp,
        "recall": round(sum(recall_all) / len(recall_all), 4),
        "recall_target_kinds": round(sum(target) / len(target), 4),
    }


def ms(values: list[float], cpu: list[float]) -> dict[str, float]:
    values = sorted(values)
    return {"median_ms": round(1000 * statistics.median(values), 3),
            "p95_ms": round(1000 * values[int(0.95 * (len(values) - 1))], 3),
            "cpu_median_ms": round(1000 * statistics.median(cpu), 3)}


def run_size(
    store: Store, path: Path, size: int, queries: list[Query], ingest: dict[str, float]
) -> dict[str, Any]:
    with store.transaction() as conn:
        rows = conn.execute(
            schema.documents.select().with_only_columns(
                schema.documents.c.id, schema.documents.c.url, schema.documents.c.duplicate_of)
        ).all()
    ids = {url: dup or i for i, url, dup in rows}
    synthetic_dups = sum(1 for _, url, dup in rows if dup and url.startswith(SYNTH))
    results, times, cpus = [], [], []
    for q in queries:
        got, took, cpu = check(store, q)
        results.append((q, got))
        times.append(took)
        cpus.append(cpu)
    disk = sizes_on_disk(path)
    per_doc = {"db_kb_per_doc": round(1000 * disk["db_mb"] / size, 2),
               "index_kb_per_doc": round(1000 * disk["index_mb"] / size, 2)}
    entry: dict[str, Any] = {"size": size, **ingest, **disk, **per_doc, "index": {
        **ms(times, cpus), **score(results, ids)}, "synthetic_marked_duplicate": synthetic_dups}
    with store.transaction() as conn:
        stored = conn.execute(
            schema.revisions.select().with_only_columns(schema.revisions.c.document_id,
                                                        schema.revisions.c.text)).all()
    norms = [" ".join(words(t)) for _, t in stored]
    doc_ids = [i for i, _ in stored]
    sample = queries if size <= BRUTE_MAX else random.Random(1).sample(queries, BRUTE_SAMPLE)
    b_results, b_times, b_cpus = [], [], []
    for q in sample:
        got, took, cpu = brute(norms, doc_ids, q)
        b_results.append((q, got))
        b_times.append(took)
        b_cpus.append(cpu)
    entry["brute"] = {**ms(b_times, b_cpus), "queries": len(sample)}
    if size <= BRUTE_MAX:
        entry["brute"].update(score(b_results, ids))
    return entry


def build_and_measure(sizes: list[int], seed: int, per_kind: int,
                      keep: Path | None = None) -> dict[str, Any]:
    rng = random.Random(seed)
    releases = load_releases()
    stored, queries = split_data(releases, rng, per_kind)
    held_links = {q.title for q in queries if q.expect is None}
    bases = [r for r in releases if r.title not in held_links]
    v = vocab(releases)
    docs = stream(stored, bases, v, rng)
    report: dict[str, Any] = {"seed": seed, "stored_real": len(stored),
                              "queries": Counter(q.kind for q in queries), "sizes": []}
    with tempfile.TemporaryDirectory() as tmp:
        path = keep or Path(tmp) / "bench.db"
        store = Store(f"sqlite:///{path}")
        have = 0
        for size in sizes:
            start = time.perf_counter()
            batch = [next(docs) for _ in range(size - have)]
            synth_s = time.perf_counter() - start
            bulk, tracked = batch[:-TRACKED_TAIL], batch[-TRACKED_TAIL:]
            if size <= BRUTE_MAX:
                bulk, tracked = [], batch
            ingest = {"synth_s": round(synth_s, 1)}
            if bulk:
                ingest["bulk_docs_per_s"] = round(bulk_docs(store, bulk))
            ingest["track_docs_per_s"] = round(track_docs(store, tracked))
            have = size
            entry = run_size(store, path, size, queries, ingest)
            report["sizes"].append(entry)
            print_row(entry, flush=True)
        store.close()
    return report


def print_row(e: dict[str, Any], flush: bool = False) -> None:
    i, b = e["index"], e["brute"]
    b_acc = (f"{b['recall_target_kinds']:.3f} {b['recall']:.3f} {b['precision']:.3f}"
             if "recall" in b else "(timed on a sample only)")
    print(f"{e['size']:>7} | {i['median_ms']:7.2f} {i['p95_ms']:7.2f} {i['cpu_median_ms']:7.2f} |"
          f" {b['median_ms']:9.1f} {b['cpu_median_ms']:9.1f}"
          f" {b['cpu_median_ms'] / i['cpu_median_ms']:8.0f}x | {e['track_docs_per_s']:6}"
          f" {e.get('bulk_docs_per_s', '-'):>6} | {e['db_kb_per_doc']:7.1f}"
          f" {e['index_kb_per_doc']:6.2f} |"
          f" {i['recall_target_kinds']:.3f} {i['recall']:.3f} {i['precision']:.3f} |"
          f" {b_acc} | {e['synthetic_marked_duplicate']}", flush=flush)


HEADER = ("   docs | check ms (index)        | brute ms             ratio | ingest docs/s |"
          " DB KB  index | index: R5-20 R-all P  | brute: R5-20 R-all P  | synth\n"
          "        |  median     p95     CPU |    median       CPU   (CPU) | track   bulk  |"
          " per document |                       |                       | dups")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-kind", type=int, default=60, help="re-posts of each kind")
    parser.add_argument("--keep", type=Path, help="build the database here and keep it")
    args = parser.parse_args()
    if args.keep and args.keep.exists():
        raise SystemExit(f"{args.keep} exists; --keep needs a new file name.")
    sizes = sorted(int(s) for s in args.sizes.split(","))
    print(HEADER, flush=True)
    report = build_and_measure(sizes, args.seed, args.per_kind, args.keep)
    last = report["sizes"][-1]
    print("\nper kind (index, largest size):", last["index"]["per_kind"])
    for e in report["sizes"]:
        if "per_kind" in e["brute"]:
            print(f"per kind (brute, {e['size']}):", e["brute"]["per_kind"])
    print(f"\n.venv/bin/python bench/dedup.py --sizes {args.sizes} --seed {args.seed} "
          f"--per-kind {args.per_kind}")
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(report, indent=2))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
