"""The store on PostgreSQL: a real server started for these tests (tests/pgserver.py).

SQLite is the default; PostgreSQL is for a store that outgrows one machine. The same
tracking, duplicate index, actions, outbox and CLI run against it here. Skipped, with the
reason, where PostgreSQL or psycopg is not installed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from pytest_httpserver import HTTPServer

from alerts import (
    Channel,
    DeliverySettings,
    SubscriptionConfig,
    WebhookChannel,
    deliver_due,
    make_digests,
)
from monitor.clean import Cleaned
from monitor.demo import FixtureServer
from monitor.tracking import track_page
from store import RawPage, Store, dedup
from tests.conftest import run_cli
from tests.pgserver import fresh_database

pytest.importorskip("psycopg", reason="psycopg is not installed: pip install -e '.[test]'")
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
BODY = ("The Department of State today imposed visa restrictions on nine officials of the "
        "Velmora port authority.\n\nThe Department will also offer a reward of up to $2 "
        "million for information on the network.\n\nThe Secretary thanked partners for "
        "their support during the investigation.")


@pytest.fixture
def pg_url(pg_server: str) -> str:
    """A fresh, empty database on the test server, as users write its URL."""
    return fresh_database(pg_server, plain=True)


@pytest.fixture
def store(pg_url: str) -> Iterator[Store]:
    s = Store(pg_url)
    yield s
    s.close()


def add(store: Store, url: str, body: str, at: datetime) -> str:
    cleaned = Cleaned(url, "A statement", at, tuple(body.split("\n\n")))
    result = track_page(store, cleaned, url=url, fetch_url=url,
                        raw=RawPage(url, "text/html", body.encode()), source_id=None, at=at)
    return result.status


def test_tracking_revisions_duplicates_and_search_work_on_postgresql(store: Store) -> None:
    assert add(store, "https://s.gov/a", BODY, T0) == "new"
    assert add(store, "https://s.gov/a", BODY, T0 + timedelta(hours=1)) == "unchanged"
    edited = BODY + "\n\nThe Department will also suspend two export licences for the port."
    assert add(store, "https://s.gov/a", edited, T0 + timedelta(hours=2)) == "revision"
    doc = store.document("https://s.gov/a")
    last = store.revisions(doc.id)[-1]
    assert last.change == "substantive"
    assert last.added == ("The Department will also suspend two export licences for the port.",)
    assert add(store, "https://mirror.example.org/a", "The following statement was released "
               "today:\n\n" + edited, T0 + timedelta(hours=3)) == "duplicate"
    assert store.document("https://mirror.example.org/a").duplicate_of == doc.id
    assert [d.url for d, _ in store.search("licences")] == ["https://s.gov/a"]


def test_the_duplicate_index_is_bulk_loaded_and_rebuilt_on_postgresql(store: Store) -> None:
    texts = [BODY.replace("nine", str(n)).replace("Velmora", f"Port {n} of Velmora")
             + f"\n\nThe network moved goods through harbour {n} for {n + 3} years." for n in
             range(5)]
    for n in range(5):
        assert add(store, f"https://s.gov/{n}", texts[n], T0) == "new"
    with store.transaction() as conn:
        for doc in (4, 5):
            dedup.unindex(conn, doc)
        assert dedup.find_duplicate(conn, texts[3]) is None
        dedup.index_many(conn, [(4, texts[3]), (5, texts[4])], batch_size=1)  # staged
        match = dedup.find_duplicate(conn, "Released today:\n\n" + texts[3])
        assert match is not None and match.document_id == 4
        assert dedup.rebuild(conn) == 5
        match = dedup.find_duplicate(conn, "Released today:\n\n" + texts[4])
        assert match is not None and match.document_id == 5


def test_repeated_actions_are_found_on_postgresql(store: Store) -> None:
    add(store, "https://s.gov/a", BODY, T0)
    other = ("The Department of State today imposed visa restrictions on nine officials of "
             "the Velmora port authority.\n\n" + " ".join(
                 f"Officials described the inspection regime at berth {n} in detail."
                 for n in range(12)))
    add(store, "https://other.gov/b", other, T0 + timedelta(days=2))
    doc = store.document("https://other.gov/b")
    (action,) = store.actions_of(store.revisions(doc.id)[-1].id)
    assert action.previous_url == "https://s.gov/a"


def test_the_outbox_delivers_once_on_postgresql(store: Store, httpserver: HTTPServer) -> None:
    sub = SubscriptionConfig(name="desk", webhook=httpserver.url_for("/hook"))
    store.start_cursor(sub.name, T0 - timedelta(days=1))
    add(store, "https://s.gov/a", BODY, T0)
    httpserver.expect_oneshot_request("/hook", method="POST").respond_with_data("ok")
    (digest,) = make_digests(store, [sub], T0)
    assert make_digests(store, [sub], T0) == []  # each event in one digest only
    with httpx.Client(timeout=5) as client:
        channels: dict[str, Channel] = {"webhook": WebhookChannel(client, lambda: T0)}
        report = deliver_due(store, channels, [sub], DeliverySettings(), T0)
    assert report.sent == 1
    (request, _), = httpserver.log
    assert json.loads(request.get_data())["digest_id"] == digest.digest_id


def test_run_once_and_history_over_the_fixture_site_on_postgresql(
        pg_url: str, site: FixtureServer, tmp_path: Path) -> None:
    config = tmp_path / "policywatch.toml"
    config.write_text(f'[storage]\ndatabase = "{pg_url}"\n\n[fetch]\ndelay = 0\n\n'
                      f'[[sources]]\nname = "briefings"\nurl = "{site.base}/feed.xml"\n',
                      encoding="utf-8")
    done = run_cli("run", "--once", "--json", "--config", str(config),
                   "--now", "2026-11-17T09:00:00Z")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["new"] > 0
    history = run_cli("history", "--json", "--config", str(config))
    assert history.returncode == 0, history.stderr
    assert len(json.loads(history.stdout)) == json.loads(done.stdout)["new"]
