"""Several `daemon` and `run --once` processes on one database (SQLite and PostgreSQL): the
work is shared, each page fetched once, each host paced across all of them, each digest
delivered once, and no traceback; `policywatch workers` shows them."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import create_engine, text
from werkzeug import Request, Response

from monitor.workers import in_slots
from store import Store
from tests.pgserver import fresh_database
from tests.racer import T0

PAGE = ("<html><head><title>{t}</title></head><body><main><h1>{t}</h1><p>The Ministry of "
        "Examples today {what}.</p><p>Notice {n} takes effect at the start of next month "
        "for every operator named in it.</p></main></body></html>")
MEASURES = ["imposed export controls on four harbour firms",
            "launched an inspection programme for grain silos",
            "announced visa restrictions on six port officials",
            "suspended two fishing licences in the northern bay",
            "opened a consultation on ferry safety rules",
            "froze the assets of a shipping broker",
            "extended a ban on scrap metal exports",
            "published new rules for cargo manifests"]
DELAY = 0.3


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'pw.db'}"
    return fresh_database(request.getfixturevalue("pg_server"), "w_")


class Site:
    """Two feeds on one loopback host; every request's path and start time is kept."""

    def __init__(self, httpserver: HTTPServer) -> None:
        self.base = httpserver.url_for("").rstrip("/")
        self.shown = 2  # statements per feed listed now
        self.requests: list[tuple[str, float]] = []
        self.hooks: list[str] = []
        self.items: list[str] = []
        self.lock = threading.Lock()
        httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
        for feed in ("a", "b"):
            httpserver.expect_request(f"/{feed}.xml").respond_with_handler(self.feed(feed))
        httpserver.expect_request("/hook", method="POST").respond_with_handler(self.hook)
        for n, what in enumerate(MEASURES):
            httpserver.expect_request(f"/n/{n}/").respond_with_handler(self.page(n, what))

    def feed(self, name: str) -> object:
        def answer(request: Request) -> Response:
            self.log(request.path)
            first = 0 if name == "a" else len(MEASURES) // 2
            items = "".join(f"<item><title>t</title><link>{self.base}/n/{n}/</link></item>"
                            for n in range(first, first + self.shown))
            return Response(f'<rss version="2.0"><channel><title>{name}</title>{items}'
                            "</channel></rss>", content_type="application/rss+xml")
        return answer

    def page(self, n: int, what: str) -> object:
        def answer(request: Request) -> Response:
            self.log(request.path)
            time.sleep(0.05)
            return Response(PAGE.format(t=f"Notice {n}", n=n, what=what),
                            content_type="text/html")
        return answer

    def hook(self, request: Request) -> Response:
        with self.lock:
            digest = json.loads(request.data)
            self.hooks.append(digest["digest_id"])
            self.items += [item["url"] for item in digest["items"]]
        return Response("", status=204)

    def log(self, path: str) -> None:
        with self.lock:
            self.requests.append((path, time.time()))


def write_config(tmp_path: Path, db: str, site: Site) -> Path:
    config = tmp_path / "policywatch.toml"
    config.write_text(
        f'[storage]\ndatabase = "{db}"\n[fetch]\ndelay = {DELAY}\n'
        f'[[sources]]\nname = "a"\nurl = "{site.base}/a.xml"\nevery = "2s"\n'
        f'[[sources]]\nname = "b"\nurl = "{site.base}/b.xml"\nevery = "2s"\n'
        f'[[subscriptions]]\nname = "desk"\nwebhook = "{site.base}/hook"\n', encoding="utf-8")
    return config


def cli(*args: str, lease: float | None = None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "POLICYWATCH_NOW"}
    if lease is not None:
        env["POLICYWATCH_LEASE_SECONDS"] = str(lease)
    return subprocess.Popen([sys.executable, "-m", "monitor", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_two_daemons_share_the_work_fetch_each_page_once_and_deliver_each_digest_once(
        db: str, tmp_path: Path, httpserver: HTTPServer) -> None:
    site = Site(httpserver)
    config = write_config(tmp_path, db, site)
    baseline = cli("run", "--once", "--config", str(config))
    assert baseline.wait(120) == 0, baseline.communicate()[1]
    site.requests.clear()
    site.shown = len(MEASURES) // 2  # two new statements per feed
    daemons = [cli("daemon", "--config", str(config)) for _ in range(2)]
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and len(site.items) < 4:
            time.sleep(0.5)
        listed = subprocess.run([sys.executable, "-m", "monitor", "workers", "--json",
                                 "--config", str(config)], capture_output=True, text=True,
                                check=False, timeout=60)
        time.sleep(6)  # let a second digest appear, if one would
    finally:
        errors = []
        for proc in daemons:
            proc.send_signal(signal.SIGTERM)
        for proc in daemons:
            errors.append(proc.communicate(timeout=60)[1])
    assert all(p.returncode == 0 for p in daemons), errors
    assert not [e for e in errors if "Traceback" in e or "IntegrityError" in e], errors
    assert listed.returncode == 0, listed.stderr
    shown = json.loads(listed.stdout)
    assert len([w for w in shown["workers"] if w["command"] == "daemon"]) == 2
    pages = Counter(path for path, _ in site.requests if path.startswith("/n/"))
    assert set(pages) == {f"/n/{n}/" for n in (2, 3, 6, 7)}
    assert set(pages.values()) == {1}, pages  # each new page fetched once, not once a daemon
    starts = sorted(at for _, at in site.requests)
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    # Starts are reserved DELAY apart across both daemons; one reaching the server late on a
    # busy machine shrinks one gap, but not many (paced apart, two daemons would overlap).
    assert sum(g < DELAY / 2 for g in gaps) <= 2, (sorted(site.requests, key=lambda r: r[1]))
    assert len(site.hooks) == len(set(site.hooks))  # each digest delivered once
    assert sorted(site.items) == sorted(f"{site.base}/n/{n}/" for n in (2, 3, 6, 7))


def test_simultaneous_runs_all_finish_without_a_traceback(
        db: str, tmp_path: Path, httpserver: HTTPServer) -> None:
    site = Site(httpserver)
    site.shown = len(MEASURES) // 2
    config = write_config(tmp_path, db, site)
    Store(db).close()
    runs = [cli("run", "--once", "--json", "--config", str(config)) for _ in range(3)]
    outs = [proc.communicate(timeout=180) for proc in runs]
    assert [p.returncode for p in runs] == [0, 0, 0], [err for _, err in outs]
    assert not [err for _, err in outs if "Traceback" in err]
    store = Store(db)
    assert store.count_documents() == len(MEASURES)
    assert len(store.events()) == len(MEASURES)  # no page stored twice
    store.close()


def test_a_killed_workers_claims_return_once_its_lease_runs_out(db: str) -> None:
    store = Store(db)
    store.sync_source("a", "https://a.example.gov/feed", "feed", 3600, T0)
    lease = timedelta(minutes=2)
    assert [s.name for s in store.claim_sources("dead", T0, T0 + lease)] == ["a"]
    assert store.claim_sources("alive", T0 + timedelta(minutes=1), T0 + 2 * lease) == []
    later = T0 + lease + timedelta(seconds=1)
    assert [s.name for s in store.claim_sources("alive", later, later + lease)] == ["a"]
    store.close()


def test_a_live_workers_heartbeat_keeps_its_claims(db: str) -> None:
    store = Store(db)
    store.sync_source("a", "https://a.example.gov/feed", "feed", 3600, T0)
    lease = timedelta(minutes=2)
    assert store.claim_sources("busy", T0, T0 + lease)
    store.heartbeat("busy", "daemon", T0 + timedelta(minutes=1.5),
                    T0 + timedelta(minutes=1.5) + lease)
    assert store.claim_sources("other", T0 + timedelta(minutes=2.5), T0 + 3 * lease) == []
    (live,) = store.live_workers(T0 + timedelta(minutes=2.5), since=T0)
    assert (live.id, live.sources) == ("busy", ("a",))
    store.worker_stopped("busy", T0 + timedelta(minutes=3))
    assert store.claim_sources("other", T0 + timedelta(minutes=3), T0 + 3 * lease)
    store.close()


def test_a_claimed_delivery_is_sent_by_its_claimer_only_until_its_lease_runs_out(db: str
                                                                               ) -> None:
    store = Store(db)
    store.queue_notice("desk", {"items": []}, [("webhook", "http://127.0.0.1:9/hook")], T0)
    lease = timedelta(minutes=2)
    (mine,) = store.claim_deliveries("a", T0, T0 + lease)
    assert (mine.status, mine.claimed_by) == ("sending", "a")
    assert store.claim_deliveries("b", T0 + timedelta(minutes=1), T0 + 2 * lease) == []
    later = T0 + lease + timedelta(seconds=1)  # "a" died mid-send
    assert [d.id for d in store.claim_deliveries("b", later, later + lease)] == [mine.id]
    store.close()


LEASE = 30.0  # seconds: the daemons' lease in the takeover test, far beyond its waits
POLL = min(5.0, LEASE / 4)  # monitor.workers.POLL under that lease
LONG = 30  # statements per feed there: a check lasts well past a poll


def long_feeds(httpserver: HTTPServer, names: str) -> list[str]:
    """Feeds of LONG statements each on one loopback host; the requests' paths, in order."""
    base = httpserver.url_for("").rstrip("/")
    requests: list[str] = []
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    for name in names:
        items = "".join(f"<item><title>t</title><link>{base}/{name}/{n}/</link></item>"
                        for n in range(LONG))
        httpserver.expect_request(f"/{name}.xml").respond_with_data(
            f'<rss version="2.0"><channel><title>{name}</title>{items}</channel></rss>',
            content_type="application/rss+xml")

    def page(request: Request) -> Response:
        requests.append(request.path)
        name, n = request.path.strip("/").split("/")
        return Response(PAGE.format(t=f"Notice {name}{n}", n=n, what=MEASURES[int(n) % 8]
                                    + f" under reference {name}-{n}"), content_type="text/html")

    for name in names:
        for n in range(LONG):
            httpserver.expect_request(f"/{name}/{n}/").respond_with_handler(page)
    return requests


def holders(db: str) -> dict[str, int]:
    """Source name -> pid of the worker holding it now."""
    engine = create_engine(db)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT s.name, w.pid FROM sources s JOIN workers w ON "
                                 "w.id = s.lease_owner WHERE s.lease_until > now()")).all()
    engine.dispose()
    return {name: pid for name, pid in rows}


def test_a_killed_daemons_sources_are_taken_at_once_by_a_daemon_whose_slots_are_busy(
        tmp_path: Path, httpserver: HTTPServer, request: pytest.FixtureRequest) -> None:
    """PostgreSQL sees the killed daemon's session end, so its claims are free long before
    their lease runs out; the other daemon's spare slot takes them while both its own
    slots are still in long checks."""
    server: str = request.getfixturevalue("pg_server")
    db = fresh_database(server, "k_")
    fetched = long_feeds(httpserver, "abcd")
    base = httpserver.url_for("").rstrip("/")
    config = tmp_path / "policywatch.toml"
    config.write_text(f'[storage]\ndatabase = "{db}"\n[fetch]\ndelay = 0.2\n' + "".join(
        f'[[sources]]\nname = "{n}"\nurl = "{base}/{n}.xml"\nevery = "1h"\nmax_items = 100\n'
        for n in "abcd"), encoding="utf-8")
    Store(db).close()

    def wait(until: object, seconds: float) -> dict[str, int]:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            held = holders(db)
            if until(held):  # type: ignore[operator]
                return held
            time.sleep(0.1)
        raise AssertionError(f"timed out; held now: {holders(db)}")

    doomed = cli("daemon", "--config", str(config), lease=LEASE)  # checks two sources at once
    daemons = [doomed]
    try:
        first = wait(lambda h: len(h) == 2, 60)
        busy = cli("daemon", "--config", str(config), lease=LEASE)
        daemons.append(busy)
        own = set("abcd") - set(first)
        wait(lambda h: all(h.get(name) == busy.pid for name in own), 60)
        doomed.send_signal(signal.SIGKILL)
        killed = time.monotonic()
        taken = wait(lambda h: any(h.get(name) == busy.pid for name in first), 30)
        after = time.monotonic() - killed
        # Taken at the spare slot's next look, not when the lease runs out.
        assert after <= POLL + 3 < LEASE, after
        assert all(taken.get(name) == busy.pid for name in own), taken  # slots still busy
        wait(lambda h: not h and len(set(fetched)) == 4 * LONG, 120)
    finally:
        for proc in daemons:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        errors = [proc.communicate(timeout=60)[1] for proc in daemons]
    assert busy.returncode == 0 and "Traceback" not in errors[1], errors[1]
    assert len(set(fetched)) == 4 * LONG
    assert max(Counter(fetched).values()) <= 2  # only a page the killed daemon had in hand


def test_a_claim_is_free_once_its_owners_server_session_ends(
        request: pytest.FixtureRequest) -> None:
    db = fresh_database(request.getfixturevalue("pg_server"), "s_")
    owner, other = Store(db), Store(db)
    owner.sync_source("a", "https://a.example.gov/feed", "feed", 3600, T0)
    lease = timedelta(hours=1)
    owner.heartbeat(owner.worker, "daemon", T0, T0 + lease)
    owner.keep_session(owner.worker)
    assert [s.name for s in owner.claim_sources(owner.worker, T0, T0 + lease)] == ["a"]
    later = T0 + timedelta(minutes=1)
    assert other.claim_sources(other.worker, later, later + lease) == []  # its owner lives
    owner.keep_session(owner.worker)  # a live session is kept, not replaced
    assert other.claim_sources(other.worker, later, later + lease) == []
    engine = create_engine(db)
    with engine.begin() as conn:  # the server ends the owner's session, as a kill does
        conn.execute(text("SELECT pg_terminate_backend(session_pid) FROM workers "
                          "WHERE id = :w"), {"w": owner.worker})
    engine.dispose()
    deadline = time.monotonic() + 10
    while not (taken := other.claim_sources(other.worker, later, later + lease)):
        assert time.monotonic() < deadline, "the dead session's claim never came free"
        time.sleep(0.05)
    assert [s.name for s in taken] == ["a"]
    owner.keep_session(owner.worker)  # the owner, alive after all, opens a new session
    with create_engine(db).connect() as conn:
        pid = conn.execute(text("SELECT session_pid FROM workers WHERE id = :w"),
                           {"w": owner.worker}).scalar()
        assert conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE pid = :p"),
                            {"p": pid}).scalar() == 1
    owner.close()
    other.close()


def test_the_spare_slot_takes_a_dead_workers_work_while_every_slot_is_busy() -> None:
    orphans, taken = ["orphan"], threading.Event()
    lock = threading.Lock()
    due = ["long-1", "long-2"]

    def work() -> bool:
        with lock:
            item = due.pop(0) if due else None
        if item is None:
            return False
        assert taken.wait(10), "the spare slot never took the dead worker's work"
        return True

    def spare() -> bool:
        with lock:
            item = orphans.pop(0) if orphans else None
        if item is None:
            return False
        taken.set()
        return True

    assert in_slots(work, 2, threading.Event(), poll=0.05, spare=spare) == 3


def test_the_spare_slot_stops_with_the_slots() -> None:
    started = time.monotonic()
    assert in_slots(lambda: False, 2, threading.Event(), poll=5, spare=lambda: False) == 0
    assert time.monotonic() - started < 1


def test_a_free_slot_takes_work_that_falls_due_while_another_slot_is_busy() -> None:
    due, done = ["long"], []
    lock, late_done = threading.Lock(), threading.Event()

    def work() -> bool:
        with lock:
            item = due.pop(0) if due else None
        if item is None:
            return False
        if item == "long":
            due.append("late")  # falls due (a lease runs out) while this check goes on
            assert late_done.wait(10), "the free slot never took the late work"
        else:
            late_done.set()
        done.append(item)
        return True

    assert in_slots(work, 2, threading.Event(), poll=0.05) == 2
    assert done == ["late", "long"]


def test_slots_stop_once_nothing_is_due_and_none_is_busy() -> None:
    lock, calls = threading.Lock(), [0]

    def work() -> bool:
        with lock:
            calls[0] += 1
            return calls[0] <= 3

    assert in_slots(work, 3, threading.Event(), poll=0.05) == 3
