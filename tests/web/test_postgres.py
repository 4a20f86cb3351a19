"""The web view on PostgreSQL: read-only transactions, ILIKE search and keyword filter
(prefixes too), feeds; skips where PostgreSQL is not installed."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from starlette.testclient import TestClient

from monitor.config import load_config
from monitor.web import create_app
from store import DatabaseUnavailable, Store
from tests.conftest import invoke
from tests.pgserver import fresh_database
from tests.web.conftest import FIXTURES, STEPS


@pytest.fixture(scope="module")
def pg_url(pg_server: str) -> str:
    return fresh_database(pg_server, plain=True)


@pytest.fixture(scope="module")
def client(pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    config = tmp_path_factory.mktemp("pg") / "policywatch.toml"
    config.write_text(f'[storage]\ndatabase = "{pg_url}"\n\n[[subscriptions]]\n'
                      'name = "drug desk"\nwebhook = "https://hooks.example.org/x"\n'
                      'keywords = ["precursor"]\n')
    for when, url, name in STEPS:
        result = invoke("ingest", "--config", str(config), "--now", when, "--url", url,
                        str(FIXTURES / name))
        assert result.returncode == 0, result.stderr
    store = Store(pg_url, read_only=True)
    app = create_app(store, subscriptions=load_config(str(config)).subscriptions,
                     allowed_hosts=None)
    with TestClient(app) as test_client:
        test_client.store = store  # type: ignore[attr-defined]
        yield test_client
    store.close()


def test_pages_and_feeds_work_on_postgresql(client: TestClient) -> None:
    index = client.get("/").text
    assert len(re.findall('class="finding ', index)) == 4
    assert "<del>nearly 30</del><ins>31</ins>" in client.get("/documents/1").text
    assert "Treasury Sanctions Harbor Network" in client.get("/search?q=precurs").text
    hits = client.get("/api/search?q=nalox").json()["results"]
    assert [h["url"] for h in hits] == ["https://www.example.gov/news/grants"]
    assert [f["kind"] for f in client.get("/api/findings?q=nalox").json()["findings"]] == ["new"]
    assert client.get("/feeds/drug%20desk.atom").text.count("<entry>") == 2


def test_the_view_cannot_write_on_postgresql(client: TestClient) -> None:
    store: Store = client.store  # type: ignore[attr-defined]
    with pytest.raises(DatabaseUnavailable, match="read-only transaction"), \
            store.transaction() as conn:
        conn.execute(text("DELETE FROM documents"))
    assert len(client.get("/api/findings").json()["findings"]) == 4

