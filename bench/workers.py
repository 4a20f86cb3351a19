"""K policywatch daemons sharing one PostgreSQL: work shared, hosts paced, nothing twice.

The bench starts a throw-away PostgreSQL (tests/pgserver.py) and a loopback site in its
own process: HOSTS hosts (one port each, so one netloc each), each with a feed and PAGES
statements answering after RESPONSE (200 ms). A baseline `run --once` stores one page per
host; then every feed lists all its pages and K `policywatch daemon` processes start at
once on the same database (each checks workers // per_host = 2 sources at once). Measured
per K: pages/s (first to last page request), repeats (page requests beyond one per page),
the smallest gap between request starts to one host (all workers together; the configured
delay is the floor), digest items sent in more than one digest, digests delivered more than
once, tracebacks on the daemons' stderr; and where the CPU went: milliseconds per page of
the daemons, the database and the site, how busy the machine's cores were (other jobs
included), the CPU ceiling (the pages/s that the cores left to the workers could do at
that cost), and how many sessions wait for the store step's lock. On a small machine the
CPU, and the store step's lock that one page at a time holds across all workers, cap K
workers' speed before the workers do; `--io-response 1.0` adds a series with slow
statements, where waiting sets the pace and the ratio shows how the workers share the
work. Then one of K=4 daemons is SIGKILLed mid-run: when its leases ran out, how long
until the sources it held were taken over and until all work was done. Last, one daemon
over CYCLES work cycles against a site that adds a statement each cycle: its resident
memory, printed as a series.

    .venv/bin/python bench/workers.py [--hosts 20] [--pages 101] [--response 0.2]
        [--delay 0.1] [--ks 1,2,4] [--repeats 2] [--io-response 1.0] [--io-pages 41]
        [--cycles 200] [--skip-kill] [--skip-memory]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from tests.pgserver import find_bindir, fresh_database, postgres_server  # noqa: E402

RESPONSE = 0.2  # seconds each statement takes to answer (--response)
MAX_ITEMS = 10_000  # every statement a feed lists is taken
WORKERS, PER_HOST = 4, 2  # [fetch] workers and per_host: each daemon checks 2 sources at once
AT_ONCE = WORKERS // PER_HOST
LEASE = 20  # seconds: the workers' lease here ($POLICYWATCH_LEASE_SECONDS), to see a kill
VERBS = ["imposed export controls on", "opened an inquiry into", "announced a grant for",
         "suspended the licence of", "signed an agreement with", "published new rules for"]
OBJECTS = ["grain silos", "harbour pilots", "river ferries", "cargo brokers", "fishing fleets",
           "rail depots", "customs yards", "salt works", "coastal radar", "wind farms"]


# -- the loopback site (run in its own process: `workers.py --serve DIR HOSTS PAGES`) --------
def statement(host: int, n: int) -> str:
    verb = VERBS[(host + n) % len(VERBS)]
    what = OBJECTS[(host * 7 + n) % len(OBJECTS)]
    return (f"<html><head><title>Notice {host}-{n}</title></head><body><main>"
            f"<h1>Notice {host}-{n}</h1><p>The Office of Region {host} today {verb} the "
            f"{what} of district {n}, reference {host * 1000 + n}.</p><p>Measure {n} of "
            f"region {host} applies from day {n % 28 + 1} to operators listed in annex "
            f"{host}-{n}.</p></main></body></html>")


def serve(folder: Path, hosts: int, pages: int, response: float) -> None:
    state_file, log_path = folder / "state.json", folder / "requests.log"
    log = log_path.open("a", encoding="utf-8")
    lock = threading.Lock()
    # A request's arrival is timed by its handler thread: with 5 ms slices, a thread that
    # waits for the interpreter behind busy ones would time it late and shrink the gap.
    sys.setswitchinterval(0.0005)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with lock:
                log.write(json.dumps(["hook", time.time(), json.loads(body)]) + "\n")
                log.flush()
            self.answer(204, b"", "text/plain")

        def do_GET(self) -> None:
            host = self.server.server_address[1]  # type: ignore[index]
            started = time.time()
            with lock:
                log.write(json.dumps(["get", started, f"{host}{self.path}"]) + "\n")
                log.flush()
            index = ports.index(host)
            shown = json.loads(state_file.read_text())["shown"]
            if self.path == "/feed.xml":
                base = f"http://127.0.0.1:{host}"
                items = "".join(f"<item><title>Notice {index}-{n}</title><link>{base}/n/{n}/"
                                "</link></item>" for n in range(min(shown, pages)))
                self.answer(200, f'<rss version="2.0"><channel><title>r{index}</title>{items}'
                            "</channel></rss>".encode(), "application/rss+xml")
            elif self.path.startswith("/n/"):
                time.sleep(response)
                n = int(self.path.split("/")[2])
                self.answer(200, statement(index, n).encode(), "text/html")
            else:
                self.answer(404, b"", "text/plain")

        def answer(self, status: int, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    class Server(ThreadingHTTPServer):
        def handle_error(self, request: Any, client_address: Any) -> None:
            pass  # a killed worker's connection breaks: that is the point, not an error

    servers = [Server(("127.0.0.1", 0), Handler) for _ in range(hosts)]
    ports = [s.server_address[1] for s in servers]
    for server in servers:
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
    (folder / "ports.json").write_text(json.dumps(ports))
    while True:
        time.sleep(3600)


class Site:
    """The site process and its request log, seen from the bench."""

    def __init__(self, folder: Path, hosts: int, pages: int, response: float = RESPONSE
                 ) -> None:
        self.folder, self.response = folder, response
        folder.mkdir(exist_ok=True)
        self.show(1)
        self.proc = subprocess.Popen([sys.executable, __file__, "--serve", str(folder),
                                      str(hosts), str(pages), str(response)])
        while not (folder / "ports.json").exists():
            time.sleep(0.1)
        time.sleep(0.2)
        self.ports: list[int] = json.loads((folder / "ports.json").read_text())
        self.offset = 0

    def show(self, count: int) -> None:
        (self.folder / "state.tmp").write_text(json.dumps({"shown": count}))
        (self.folder / "state.tmp").replace(self.folder / "state.json")

    def mark(self) -> None:
        """Later reads see only the requests from now on."""
        self.offset = (self.folder / "requests.log").stat().st_size

    def entries(self) -> list[list[Any]]:
        with (self.folder / "requests.log").open(encoding="utf-8") as log:
            log.seek(self.offset)
            return [json.loads(line) for line in log.read().splitlines() if line.strip()]

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


# -- workers --------------------------------------------------------------------------------
def write_config(folder: Path, db: str, site: Site, delay: float, every: str) -> Path:
    config = folder / "policywatch.toml"
    lines = [f'[storage]\ndatabase = "{db}"\n[fetch]\ndelay = {delay}\nworkers = {WORKERS}\n'
             f"per_host = {PER_HOST}\n"]
    for n, port in enumerate(site.ports):
        lines.append(f'[[sources]]\nname = "region{n}"\nurl = "http://127.0.0.1:{port}/feed.xml"'
                     f'\nevery = "{every}"\nmax_items = {MAX_ITEMS}\n')
    lines.append(f'[[subscriptions]]\nname = "desk"\nwebhook = "http://127.0.0.1:'
                 f'{site.ports[0]}/hook"\n')
    config.write_text("\n".join(lines), encoding="utf-8")
    return config


def env() -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if k != "POLICYWATCH_NOW"}
    return out | {"POLICYWATCH_LEASE_SECONDS": str(LEASE)}


def start_daemon(config: Path, folder: Path, n: int) -> tuple[subprocess.Popen[bytes], Path]:
    err = folder / f"daemon{n}.err"
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "daemon", "--config", str(config)],
                            env=env(), stdout=subprocess.DEVNULL, stderr=err.open("wb"),
                            cwd=ROOT)
    return proc, err


def sql(db: str, query: str) -> list[Any]:
    engine = create_engine(db)
    with engine.begin() as conn:
        result = conn.execute(text(query))
        rows = list(result.all()) if result.returns_rows else []
    engine.dispose()
    return rows


def prepare(server: str, folder: Path, site: Site, delay: float, every: str = "1h"
            ) -> tuple[str, Path]:
    """A database with every source baselined on one page, every source due now."""
    db = fresh_database(server)
    config = write_config(folder, db, site, delay, every)
    site.show(1)
    done = subprocess.run([sys.executable, "-m", "monitor", "run", "--once", "-q", "--config",
                           str(config)], env=env(), cwd=ROOT, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"baseline run failed: {done.stderr}")
    sql(db, "UPDATE sources SET next_check_at = NULL")
    return db, config


# -- where the CPU goes ----------------------------------------------------------------------
HZ = os.sysconf("SC_CLK_TCK")
CORES = os.cpu_count() or 1


def cpu_seconds(pid: int, reaped: bool = False) -> float:
    """User and system CPU seconds of a process so far (and of its reaped children)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(x) for x in fields[11:15 if reaped else 13]) / HZ


def postgres_cpu(server: str) -> float:
    """CPU seconds of the bench's PostgreSQL: the postmaster with its ended backends, and
    the backends still running."""
    folder = server.split("host=")[1].split("&")[0]
    postmaster = int((Path(folder) / "data" / "postmaster.pid").read_text().split()[0])
    total = cpu_seconds(postmaster, reaped=True)
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and int(
                    (proc / "stat").read_text().rsplit(")", 1)[1].split()[1]) == postmaster:
                total += cpu_seconds(int(proc.name), reaped=True)
        except OSError:
            continue
    return total


def usage(server: str, site: Site, daemons: list[subprocess.Popen[bytes]]) -> dict[str, float]:
    """CPU seconds so far: the daemons (start-up included), the database, the site, and the
    whole machine (busy and in all, every core), with the wall clock."""
    ticks = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return {"daemons": sum(cpu_seconds(p.pid) for p in daemons),
            "database": postgres_cpu(server), "site": cpu_seconds(site.proc.pid),
            "bench": cpu_seconds(os.getpid()),
            "busy": (sum(ticks) - ticks[3] - ticks[4]) / HZ, "all": sum(ticks) / HZ,
            "wall": time.time()}


def cpu_report(before: dict[str, float], after: dict[str, float], pages: int
               ) -> dict[str, Any]:
    """Per page, the CPU milliseconds of each part; the machine's load; and the pages/s
    that the cores left to the workers (by other jobs and this bench) could do at this CPU
    cost (the CPU ceiling)."""
    d = {k: after[k] - before[k] for k in after}
    ours = d["daemons"] + d["database"] + d["site"]
    others = max(0.0, d["busy"] - ours - d["bench"]) / d["wall"]  # cores busy with other jobs
    per_page = ours / max(1, pages)
    return {"cpu_ms_per_page": {"daemons": round(1000 * d["daemons"] / max(1, pages), 1),
                                "database": round(1000 * d["database"] / max(1, pages), 1),
                                "site": round(1000 * d["site"] / max(1, pages), 1)},
            "machine_busy_pct": round(100 * d["busy"] / d["all"]),
            "bench_cores": round(d["bench"] / d["wall"], 2),
            "other_jobs_cores": round(others, 2),
            "cpu_ceiling_pages_per_s": round((CORES - others - d["bench"] / d["wall"])
                                             / per_page, 1) if ours else None}


class LockWatch:
    """Samples the database ten times a second: how many sessions wait for an advisory lock
    (the store step's, taken by each page stored) and how many are inside a transaction."""

    def __init__(self, db: str) -> None:
        self.db, self.samples, self.waiting, self.in_tx = db, 0, 0, 0
        self.halt = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        engine = create_engine(self.db, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            while not self.halt.wait(0.1):
                waiting, in_tx = conn.execute(text(
                    "SELECT count(*) FILTER (WHERE wait_event = 'advisory'), count(*) FILTER "
                    "(WHERE xact_start IS NOT NULL) FROM pg_stat_activity WHERE datname = "
                    "current_database() AND pid <> pg_backend_pid()")).one()
                self.samples, self.waiting = self.samples + 1, self.waiting + waiting
                self.in_tx += in_tx
        engine.dispose()

    def stop(self) -> dict[str, float]:
        self.halt.set()
        self.thread.join()
        n = max(1, self.samples)
        return {"lock_waiters": round(self.waiting / n, 2),
                "sessions_in_transaction": round(self.in_tx / n, 2)}


def measure(site: Site, pages_wanted: int, delay: float, errs: list[Path]) -> dict[str, Any]:
    entries = site.entries()
    gets = [(at, path) for kind, at, path in entries if kind == "get"]
    page_gets = [(at, path) for at, path in gets if "/n/" in path]
    counts = Counter(path for _, path in page_gets)
    by_host: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for at, path in gets:
        by_host[path.split("/")[0]].append((at, path))
    pairs = [(b[0] - a[0], a[1], b[1]) for starts in by_host.values()
             for a, b in itertools.pairwise(sorted(starts))]
    gaps = [gap for gap, _, _ in pairs]
    hooks = [body for kind, _, body in entries if kind == "hook"]
    ids = Counter(h["digest_id"] for h in hooks)
    items = Counter(i["url"] for h in {h["digest_id"]: h for h in hooks}.values()
                    for i in h["items"])
    times = sorted(at for at, _ in page_gets)
    span = (times[-1] - times[0]) if len(times) > 1 else float("nan")
    tracebacks = sum(e.read_text(errors="replace").count("Traceback") for e in errs)
    return {"pages": len(counts), "wanted": pages_wanted, "seconds": round(span, 2),
            "pages_per_s": round(len(counts) / span, 2) if span == span else 0.0,
            "repeats": sum(counts.values()) - len(counts),
            "min_gap": round(min(gaps), 3) if gaps else None, "delay": delay,
            # starts are reserved `delay` apart; a request reaching the server late (a busy
            # machine) shrinks the gap before it: how often, and the 1st percentile
            "gaps_under_90pct": sum(g < 0.9 * delay for g in gaps), "gaps": len(gaps),
            "p1_gap": round(sorted(gaps)[len(gaps) // 100], 3) if gaps else None,
            "tightest": [[round(g, 3), a, b] for g, a, b in sorted(pairs)[:3]],
            "digest_items_twice": sum(n > 1 for n in items.values()),
            "digest_items": len(items), "double_deliveries": sum(n - 1 for n in ids.values()),
            "tracebacks": tracebacks}


class Tail:
    """The site's log read as it grows (not again from the mark each time: the bench's own
    CPU stays small): pages requested and digest items sent so far."""

    def __init__(self, site: Site) -> None:
        self.log = (site.folder / "requests.log").open(encoding="utf-8")
        self.log.seek(site.offset)
        self.rest = ""
        self.pages: set[str] = set()
        self.items: set[str] = set()

    def update(self) -> Tail:
        self.rest += self.log.read()
        *lines, self.rest = self.rest.split("\n")
        for line in lines:
            if line.strip():
                kind, _, body = json.loads(line)
                if kind == "get" and "/n/" in body:
                    self.pages.add(body)
                elif kind == "hook":
                    self.items.update(i["url"] for i in body["items"])
        return self


def wait_for(site: Site, pages_wanted: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    tail = Tail(site)
    while time.monotonic() < deadline:
        tail.update()
        if len(tail.pages) >= pages_wanted and len(tail.items) >= pages_wanted:
            tail.log.close()
            return
        time.sleep(1)
    tail.log.close()
    print(f"  (timed out after {timeout:.0f} s)", file=sys.stderr)


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()


def run_k(server: str, folder: Path, site: Site, k: int, pages: int, delay: float
          ) -> dict[str, Any]:
    db, config = prepare(server, folder, site, delay)
    wanted = len(site.ports) * (pages - 1)
    site.mark()
    site.show(pages)
    before = usage(server, site, [])
    watch = LockWatch(db)
    started = [start_daemon(config, folder, n) for n in range(k)]
    try:
        wait_for(site, wanted, timeout=60 + 3 * wanted * max(delay, site.response / 2) / k)
        after = usage(server, site, [p for p, _ in started])
    finally:
        locks = watch.stop()
        stop([p for p, _ in started])
    out = measure(site, wanted, delay, [e for _, e in started])
    return out | cpu_report(before, after, out["pages"]) | locks


def run_kill(server: str, folder: Path, site: Site, pages: int, delay: float
             ) -> dict[str, Any]:
    """Four daemons; one SIGKILLed once a third of the pages are in."""
    db, config = prepare(server, folder, site, delay)
    wanted = len(site.ports) * (pages - 1)
    site.mark()
    site.show(pages)
    started = [start_daemon(config, folder, n) for n in range(4)]
    victim = started[0][0]
    try:
        tail = Tail(site)
        while len(tail.update().pages) < wanted // 3:
            time.sleep(0.2)
        tail.log.close()
        leases = sql(db, "SELECT s.name, extract(epoch FROM s.lease_until - now()) FROM sources "
                         f"s JOIN workers w ON w.id = s.lease_owner WHERE w.pid = {victim.pid}")
        victim.send_signal(signal.SIGKILL)
        killed_at = time.time()
        held = [name for name, _ in leases]
        expires = max((float(left) for _, left in leases), default=0.0)
        taken = done = None
        while time.time() - killed_at < 10 * LEASE:
            rows = sql(db, "SELECT count(*) FILTER (WHERE lease_owner IS NOT NULL AND "
                           f"lease_owner NOT IN (SELECT id FROM workers WHERE pid = "
                           f"{victim.pid})), count(*) FILTER (WHERE last_checked_at IS NOT "
                           f"NULL AND next_check_at > now()) FROM sources WHERE name IN "
                           f"({','.join(repr(h) for h in held) or 'NULL'})")
            if taken is None and held and rows[0][0] + rows[0][1] == len(held):
                taken = time.time() - killed_at
            if rows[0][1] == len(held):
                done = time.time() - killed_at
                break
            time.sleep(0.5)
        wait_for(site, wanted, timeout=120 + 3 * wanted * max(delay, site.response / 2) / 3)
    finally:
        stop([p for p, _ in started])
    out = measure(site, wanted, delay, [e for _, e in started[1:]])
    # its leases ran out `expires` s after the kill (its last heartbeat plus LEASE)
    return out | {"held_by_killed": len(held), "lease": LEASE,
                  "leases_ran_out_s": round(expires, 1),
                  "taken_over_s": round(taken, 1) if taken is not None else None,
                  "taken_after_lease_ran_out_s": round(taken - expires, 1)
                  if taken is not None else None,
                  "its_sources_done_s": round(done, 1) if done is not None else None}


def run_memory(server: str, folder: Path, cycles: int) -> list[int]:
    """One daemon, one source checked each second, the feed one statement longer each
    cycle; resident memory (KiB) after each cycle."""
    (folder / "memsite").mkdir()
    site = Site(folder / "memsite", 1, cycles + 10)
    try:
        _db, config = prepare(server, folder, site, 0.0, every="1s")
        proc, err = start_daemon(config, folder, 99)
        series: list[int] = []
        last = 0
        try:
            while len(series) < cycles and proc.poll() is None:
                checks = err.read_text(errors="replace").count("check region0")
                if checks > last:
                    last = checks
                    site.show(checks + 1)
                    status = Path(f"/proc/{proc.pid}/status").read_text()
                    rss = next(int(line.split()[1]) for line in status.splitlines()
                               if line.startswith("VmRSS:"))
                    series.append(rss)
                time.sleep(0.05)
        finally:
            stop([proc])
        return series
    finally:
        site.close()


def series(server: str, folder: Path, site: Site, ks: list[int], repeats: int, pages: int,
           delay: float) -> dict[int, list[dict[str, Any]]]:
    """Each K of `ks`, `repeats` times, on one site; every run printed as it ends."""
    results: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for repeat in range(repeats):
        for k in ks:
            got = run_k(server, folder, site, k, pages, delay)
            results[k].append(got)
            print(f"repeat {repeat + 1} K={k} ({site.response * 1000:.0f} ms a page): "
                  f"{json.dumps(got)}", flush=True)
    return results


def rounds(hosts: int, k: int) -> int:
    """Rounds of source checks K daemons need for `hosts` equal sources."""
    return -(-hosts // (k * AT_ONCE))


def table(results: dict[int, list[dict[str, Any]]], hosts: int, pages: int, response: float,
          delay: float, repeats: int) -> None:
    """Medians per K, the ratio to the first K, and where the CPU went."""
    ks = list(results)
    print(f"\n{hosts} hosts x {pages - 1} new pages, {response * 1000:.0f} ms a page, delay "
          f"{delay} s, PostgreSQL; medians of {repeats} repeat(s)")
    print(f"{'K':>2} {'pages/s':>8} {'ratio':>6} {'CPU ms/page':>12} {'busy %':>7} "
          f"{'others':>7} {'ceiling':>8} {'lock wait':>9} {'repeats':>8} {'min gap':>8} "
          f"{'items twice':>12} {'double deliv.':>14} {'tracebacks':>11}")
    one = statistics.median(r["pages_per_s"] for r in results[ks[0]])
    bounds = []
    for k in ks:
        rs = results[k]
        rate = statistics.median(r["pages_per_s"] for r in rs)
        cpu = statistics.median(sum(r["cpu_ms_per_page"].values()) for r in rs)
        print(f"{k:>2} {rate:>8.2f} {rate / one:>6.2f} {cpu:>12.1f} "
              f"{statistics.median(r['machine_busy_pct'] for r in rs):>7.0f} "
              f"{statistics.median(r['other_jobs_cores'] for r in rs):>7.2f} "
              f"{statistics.median(r['cpu_ceiling_pages_per_s'] or 0 for r in rs):>8.1f} "
              f"{statistics.median(r['lock_waiters'] for r in rs):>9.2f} "
              f"{max(r['repeats'] for r in rs):>8} "
              f"{min(r['min_gap'] or 0 for r in rs):>8.3f} "
              f"{max(r['digest_items_twice'] for r in rs):>12} "
              f"{max(r['double_deliveries'] for r in rs):>14} "
              f"{max(r['tracebacks'] for r in rs):>11}")
        if k != ks[0]:
            bounds.append(f"K={k} {rounds(hosts, ks[0]) / rounds(hosts, k):.2f}")
    print(f"(Each source is checked by one worker, {AT_ONCE} at once per daemon, and no faster "
          f"than its host's delay allows: {hosts} sources take {rounds(hosts, ks[0])} rounds at "
          f"K={ks[0]}, so the ratio to K={ks[0]} cannot pass " + ", ".join(bounds)
          + " here, however fast the workers.)")
    print(f"(CPU ms/page: daemons (start-up included) + database + site; busy %: all {CORES} "
          "cores, every process on the machine; others: cores kept busy by other jobs (not "
          "this bench, not the workers); ceiling: pages/s the cores left to the workers (by "
          "other jobs and this bench) could do at their CPU cost; lock wait: sessions waiting, "
          "on average, for the store step's lock, which one page at a time holds across all "
          "workers)")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--serve":
        serve(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--pages", type=int, default=101, help="statements per host")
    parser.add_argument("--response", type=float, default=RESPONSE,
                        help="seconds each statement takes to answer")
    parser.add_argument("--delay", type=float, default=0.1, help="[fetch] delay, seconds")
    parser.add_argument("--ks", default="1,2,4")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--io-response", type=float, default=0.0,
                        help="also a series with statements this slow (seconds), so that "
                             "waiting, not this machine's CPU, sets the pace")
    parser.add_argument("--io-pages", type=int, default=41, help="statements per host there")
    parser.add_argument("--cycles", type=int, default=200)
    parser.add_argument("--skip-kill", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # clean up as on Ctrl-C
    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("PostgreSQL is not installed (no initdb found; set PG_BIN)")
    command = "nice .venv/bin/python bench/workers.py " + shlex.join(sys.argv[1:])
    ks = [int(k) for k in args.ks.split(",")]
    slow: dict[int, list[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="pw-bench-") as tmp, \
            postgres_server(bindir) as server:
        folder = Path(tmp)
        site = Site(folder / "site", args.hosts, args.pages, args.response)
        try:
            results = series(server, folder, site, ks, args.repeats, args.pages, args.delay)
            kill = None if args.skip_kill else run_kill(server, folder, site, args.pages,
                                                        args.delay)
        finally:
            site.close()
        if args.io_response:
            site = Site(folder / "slow", args.hosts, args.io_pages, args.io_response)
            try:
                slow = series(server, folder, site, ks, args.repeats, args.io_pages,
                              args.delay)
            finally:
                site.close()
        memory = [] if args.skip_memory else run_memory(server, folder, args.cycles)
    table(results, args.hosts, args.pages, args.response, args.delay, args.repeats)
    if slow:
        table(slow, args.hosts, args.io_pages, args.io_response, args.delay, args.repeats)
    if kill is not None:
        print(f"\nSIGKILL of one of 4 daemons (lease {LEASE} s): {json.dumps(kill)}")
    if memory:
        print(f"\nresident memory, KiB, cycle by cycle ({len(memory)} cycles):")
        print(" ".join(str(m) for m in memory))
        if len(memory) >= 150:
            mid = statistics.median(memory[50:100])
            last = memory[-50:]
            print(f"cycles 50-100 median {mid:.0f} KiB; last 50: {min(last)}-{max(last)} KiB "
                  f"({(max(last) / mid - 1) * 100:+.1f}% at most)")
    print(f"\nreproduce: {command}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
