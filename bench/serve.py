"""How fast `policywatch serve` answers at 100,000 documents: median per route.

Builds (once, then reuses) a synthetic store of N documents written from our own sentence
templates: a third of them edited once or twice, one in twenty re-posted elsewhere, one to
three actions each, six sources, a few hundred deliveries. Then starts the real server
(`policywatch serve`, a subprocess on loopback) and times each route over HTTP with one
kept-alive client: warm-ups first, then the median of the timed runs; and the server
process's CPU time per request (from /proc), which a loaded machine's wall clock hides.

Side by side with each route, its anchor: the store query the CLI answers the same
question with (`history --source`, `actions --kind`, `search`) or the page's own query,
timed in this process, and the 100 ms budget.

    nice python bench/serve.py                 # 100,000 documents
    nice python bench/serve.py --docs 5000     # quicker
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from store import FindingFilter, Store, schema  # noqa: E402

BUDGET_MS = 100.0
SOURCES = ("Treasury press", "State releases", "Justice news", "HHS announcements",
           "Commerce notices", "Homeland briefings")
ACTORS = ("The Department of the Treasury", "The State Department", "The Department of Justice",
          "The Department of Health and Human Services", "The Commerce Department",
          "The Coast Guard")
MEASURES = (
    ("sanctions", "imposed sanctions on {n} companies tied to the {place} network"),
    ("reward", "will offer a reward of up to ${n} million for information on the {place} ring"),
    ("funding", "announced ${n} million in grants for clinics across {place}"),
    ("criminal", "unsealed an indictment against {n} brokers operating from {place}"),
    ("agreement", "signed an agreement with {place} on the exchange of customs data"),
    ("controls", "added {n} chemicals from {place} suppliers to the list of controlled items"),
)
PLACES = ("Harbor City", "Lake County", "the northern border", "Port Ellis", "the Gulf coast",
          "Riverside", "the capital region", "Mesa Verde", "Coral Bay", "Northfield")
FILLER = ("Officials said the step follows months of work with partners in {place}.",
          "The measures take effect at once and remain in force until further notice.",
          "Inspectors in {place} will report on progress within ninety days.",
          "Questions from the press go to the public affairs office on weekdays.",
          "The agency thanked local authorities in {place} for their help.",
          "Earlier this year, seizures at {place} rose by {n} percent.")


def _sentence(rng: random.Random, template: str) -> str:
    return template.format(n=rng.randint(2, 95), place=rng.choice(PLACES))


def _document(rng: random.Random) -> tuple[str, list[tuple[str, str, str, str]]]:
    found = []
    for _ in range(rng.randint(1, 3)):
        kind, template = rng.choice(MEASURES)
        actor = rng.choice(ACTORS)
        found.append((f"{actor} {_sentence(rng, template)}.", actor, template.split()[0], kind))
    paragraphs = [a[0] for a in found] + [_sentence(rng, rng.choice(FILLER))
                                          for _ in range(rng.randint(3, 7))]
    rng.shuffle(paragraphs)
    return "\n\n".join(paragraphs), found


def build(path: Path, docs: int, seed: int = 17) -> None:
    """A store of `docs` synthetic documents at `path` (SQLite)."""
    rng = random.Random(seed)
    store = Store(f"sqlite:///{path}")
    start = datetime(2025, 1, 1, tzinfo=UTC)
    with store.transaction() as conn:
        conn.execute(schema.sources.insert(), [
            {"id": i + 1, "name": name, "url": f"https://agency{i}.example.gov/feed",
             "kind": "feed", "every_seconds": 900, "created_at": start, "failures": i % 3,
             "last_checked_at": start, "next_check_at": start + timedelta(minutes=15),
             "last_error": "HTTP 503 from the server" if i % 3 else None}
            for i, name in enumerate(SOURCES)])
        rev_id = event_id = action_id = 0
        batch: dict[str, list[dict[str, Any]]] = {"d": [], "r": [], "e": [], "a": [], "f": []}

        def flush() -> None:
            for key, table in (("d", schema.documents), ("r", schema.revisions),
                               ("e", schema.events), ("a", schema.actions)):
                if batch[key]:
                    conn.execute(table.insert(), batch[key])
            if batch["f"]:
                conn.execute(text("INSERT INTO documents_fts (rowid, title, text) "
                                  "VALUES (:id, :title, :text)"), batch["f"])
            for rows in batch.values():
                rows.clear()

        for doc_id in range(1, docs + 1):
            at = start + timedelta(minutes=5 * doc_id)
            body, found = _document(rng)
            title = f"{found[0][1].removeprefix('The ')} acts on {rng.choice(PLACES)} #{doc_id}"
            source_id = doc_id % len(SOURCES) + 1
            duplicate_of = doc_id - 1 if doc_id % 20 == 0 else None
            edits = 0 if duplicate_of else rng.choice((0, 0, 1, 2))
            versions = [(body, found)]
            for _ in range(edits):
                old = versions[-1][0].split("\n\n")
                old[rng.randrange(len(old))] = _sentence(rng, rng.choice(FILLER))
                versions.append(("\n\n".join(old), versions[-1][1]))
            for number, (version, acts) in enumerate(versions, 1):
                rev_id += 1
                fetched = at + timedelta(hours=number - 1)
                batch["r"].append({
                    "id": rev_id, "document_id": doc_id, "number": number, "fetched_at": fetched,
                    "title": title, "published": at, "text": version, "text_hash": f"{rev_id:x}",
                    "added": json.dumps([] if number == 1 else [version.split("\n\n")[0]]),
                    "removed": "[]", "change": None if number == 1 else "substantive",
                    "raw_id": None, "score": None if number == 1 else 12.5})
                event_id += 1
                kind = "duplicate" if duplicate_of else ("new" if number == 1 else "changed")
                batch["e"].append({"id": event_id, "at": fetched, "kind": kind,
                                   "document_id": doc_id, "revision_id": rev_id,
                                   "source_id": source_id, "baseline": False,
                                   "announce": duplicate_of is None})
                for position, (sentence, actor, verb, measure) in enumerate(acts):
                    action_id += 1
                    batch["a"].append({"id": action_id, "document_id": doc_id,
                                       "revision_id": rev_id, "position": position,
                                       "text": sentence, "actor": actor, "verb": verb,
                                       "kind": measure, "object": "", "amount": "",
                                       "stated_date": "", "confidence": 0.9,
                                       "repeat_of": action_id - 7 if action_id % 11 == 0
                                       else None})
            batch["d"].append({
                "id": doc_id, "url": f"https://agency{source_id}.example.gov/news/{doc_id}",
                "fetch_url": f"https://agency{source_id}.example.gov/news/{doc_id}",
                "source_id": source_id, "title": title, "published": at, "first_seen_at": at,
                "last_checked_at": at, "last_changed_at": None, "next_check_at": None,
                "revision_count": len(versions), "text_hash": f"d{doc_id:x}",
                "duplicate_of": duplicate_of, "similarity": 97.0 if duplicate_of else None,
                "status": "removed" if doc_id % 97 == 0 else "active", "failures": 0,
                "last_error": None, "etag": None, "last_modified": None, "baseline": False})
            batch["f"].append({"id": doc_id, "title": title, "text": versions[-1][0]})
            if doc_id % 2000 == 0:
                flush()
        flush()
        conn.execute(schema.digests.insert(), [
            {"id": f"digest{i}", "subscription": "desk", "created_at": start,
             "payload": "{}"} for i in range(300)])
        conn.execute(schema.deliveries.insert(), [
            {"digest_id": f"digest{i}", "channel": "webhook",
             "target": "https://hooks.example.org/secret-path", "status": ("sent", "dead")[i % 2],
             "attempts": 1 + i % 4, "next_attempt_at": start, "sent_at": start}
            for i in range(300)])
    store.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _median_ms(call: Callable[[], Any], runs: int, warm: int = 3) -> float:
    for _ in range(warm):
        call()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _cpu_ms(pid: int) -> float:
    """CPU time (user + system) the process has used so far, in ms (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--cpu-runs", type=int, default=30,
                        help="requests per route over which the server's CPU time is averaged")
    parser.add_argument("--db", type=Path, help="where the store is kept between runs")
    args = parser.parse_args()
    db = args.db or Path(tempfile.gettempdir()) / f"policywatch-serve-bench-{args.docs}.db"
    if not db.exists():
        started = time.perf_counter()
        build(db.with_suffix(".tmp"), args.docs)
        for suffix in ("", "-wal", "-shm"):
            src = Path(str(db.with_suffix(".tmp")) + suffix)
            if src.exists():
                src.rename(Path(str(db) + suffix))
        print(f"built {args.docs} documents in {time.perf_counter() - started:.0f} s: {db}")
    store = Store(f"sqlite:///{db}", read_only=True)
    docs = store.count_documents()
    middle = docs // 2 // 4 * 4 + 1
    config = db.with_suffix(".toml")
    config.write_text(f'[storage]\ndatabase = "sqlite:///{db}"\n\n[[subscriptions]]\n'
                      'name = "desk"\nwebhook = "https://hooks.example.org/x"\n'
                      'keywords = ["Harbor"]\n')
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "monitor", "serve", "--config", str(config),
                               "--port", str(port)], env={**os.environ, "PYTHONPATH": str(ROOT)})
    base = f"http://127.0.0.1:{port}"
    routes: list[tuple[str, Callable[[], Any] | None]] = [
        ("/", lambda: store.find_documents(limit=25)),
        ("/?source=Justice+news", lambda: store.find_documents(source="Justice news", limit=25)),
        ("/?action=agreement", lambda: store.find_actions(kind="agreement", limit=25)),
        ("/?action=vote", lambda: store.find_actions(kind="vote", limit=25)),  # none stored
        ("/?kind=changed", lambda: store.find_documents(kind="changed", limit=25)),
        ("/?q=harb", lambda: store.findings(FindingFilter(keyword="harb"))),
        ("/?since=2025-03-01&until=2025-03-31",
         lambda: store.findings(FindingFilter(since=datetime(2025, 3, 1, tzinfo=UTC)))),
        (f"/?before={docs}", lambda: store.findings(FindingFilter(before=docs))),
        (f"/documents/{middle}", lambda: store.document_view(middle)),
        ("/search?q=sanct+harb", lambda: store.search("sanctions Harbor", 25)),
        ("/sources", store.sources),
        ("/deliveries", lambda: store.recent_deliveries(limit=200)),
        ("/feed.atom", lambda: store.pending_events(store.last_event_id() - 300, 300)),
        ("/feeds/desk.atom", lambda: store.pending_events(store.last_event_id() - 300, 300)),
        ("/api/findings", lambda: store.findings(FindingFilter())),
        (f"/api/documents/{middle}", lambda: store.document_view(middle)),
        ("/api/search?q=reward", lambda: store.search("reward", 25)),
    ]
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(100):
                try:
                    client.get("/sources")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
            print(f"{docs} documents; median of {args.runs} runs after 3 warm-ups "
                  f"(load average {load} on {os.cpu_count()} cores)\n")
            print(f"{'route':<40} {'status':>6} {'page ms':>8} {'cpu ms':>7} {'query ms':>9} "
                  f"{'page/query':>10} {'page/budget':>11}")
            worst = worst_cpu = 0.0
            for route, anchor in routes:
                status = client.get(route).status_code
                page = _median_ms(lambda r=route: client.get(r), args.runs)
                # The server's CPU per request: what a loaded machine's wall clock hides.
                spent = _cpu_ms(server.pid)
                for _ in range(args.cpu_runs):
                    client.get(route)
                cpu = (_cpu_ms(server.pid) - spent) / args.cpu_runs
                worst_cpu = max(worst_cpu, cpu)
                query = _median_ms(anchor, max(3, args.runs // 3), warm=1) if anchor \
                    else float("nan")
                worst = max(worst, page)
                print(f"{route:<40} {status:>6} {page:>8.1f} {cpu:>7.1f} {query:>9.1f} "
                      f"{page / query:>10.1f} {page / BUDGET_MS:>11.2f}")
            print(f"\nslowest route median: {worst:.1f} ms wall, {worst_cpu:.1f} ms of server "
                  f"CPU per request (budget {BUDGET_MS:.0f} ms)")
    finally:
        server.terminate()
        server.wait(10)
        store.close()
    print(f"reproduce: nice python bench/serve.py --docs {args.docs} --runs {args.runs} "
          f"--cpu-runs {args.cpu_runs}")


if __name__ == "__main__":
    main()
