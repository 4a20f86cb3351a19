"""The guards: an access token off loopback, Host checks on loopback, a read-only store,
and `policywatch serve` refusing to open up without a token."""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from starlette.testclient import TestClient

from monitor.web import create_app
from store import DatabaseUnavailable, Store
from tests.conftest import ROOT, invoke
from tests.web.conftest import Built, free_port

TOKEN = "a-long-random-access-token-for-tests"


@pytest.fixture
def guarded(built: Built) -> TestClient:
    store = Store(built.database, read_only=True)
    return TestClient(create_app(store, token=TOKEN, allowed_hosts=None))


def test_a_token_guards_every_route(guarded: TestClient) -> None:
    for route in ("/", "/api/findings", "/feed.atom", "/static/style.css"):
        refused = guarded.get(route)
        assert refused.status_code == 401, route
        assert refused.headers["www-authenticate"] == 'Basic realm="policywatch"'
    assert guarded.get("/", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert guarded.get("/", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    basic = base64.b64encode(f"reader:{TOKEN}".encode()).decode()
    assert guarded.get("/feed.atom", headers={"Authorization": f"Basic {basic}"}
                       ).status_code == 200
    assert guarded.get("/", headers={"Authorization": "Basic !!!"}).status_code == 401


def test_loopback_view_refuses_foreign_host_headers(built: Built) -> None:
    store = Store(built.database, read_only=True)
    client = TestClient(create_app(store), base_url="http://127.0.0.1:8750")
    assert client.get("/").status_code == 200
    assert client.get("/", headers={"Host": "localhost:8750"}).status_code == 200
    rebound = client.get("/", headers={"Host": "attacker.example:8750"})
    assert rebound.status_code == 421 and "is not served here" in rebound.text
    store.close()


def test_the_view_cannot_write_to_the_store(built: Built) -> None:
    path = Path(built.database.removeprefix("sqlite:///"))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    store = Store(built.database, read_only=True)
    client = TestClient(create_app(store, allowed_hosts=None))
    for route in ("/", "/documents/1", "/search?q=harb", "/feed.atom", "/api/findings"):
        assert client.get(route).status_code == 200
    with pytest.raises(DatabaseUnavailable, match="readonly"), store.transaction() as conn:
        conn.execute(text("DELETE FROM documents"))
    store.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_serve_refuses_another_address_without_a_token(built: Built) -> None:
    result = invoke("serve", "--config", str(built.config), "--host", "0.0.0.0",
                    env={"POLICYWATCH_SERVE_TOKEN": ""})
    assert result.returncode == 2
    assert "--host 0.0.0.0: not a loopback address" in result.stderr
    assert "POLICYWATCH_SERVE_TOKEN" in result.stderr
    short = invoke("serve", "--config", str(built.config), "--host", "0.0.0.0",
                   env={"POLICYWATCH_SERVE_TOKEN": "short"})
    assert short.returncode == 2 and "shorter than 16 characters" in short.stderr


def test_serve_without_a_database_says_where_it_looked(tmp_path: Path) -> None:
    config = tmp_path / "pw.toml"
    config.write_text(f'[storage]\ndatabase = "sqlite:///{tmp_path / "none.db"}"\n')
    result = invoke("serve", "--config", str(config))
    assert result.returncode == 1 and "no database at" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_serve_process_answers_on_loopback_and_with_a_token_elsewhere(built: Built) -> None:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POLICYWATCH_SERVE_TOKEN": TOKEN}
    process = subprocess.Popen(
        [sys.executable, "-m", "monitor", "serve", "--config", str(built.config), "--host",
         "0.0.0.0", "--port", str(port)], env=env, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                refused = httpx.get(base + "/", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                time.sleep(0.05)
        assert refused.status_code == 401
        ok = httpx.get(base + "/", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5)
        assert ok.status_code == 200 and "Latest findings" in ok.text
    finally:
        process.terminate()
        assert process.wait(10) == 0 or process.returncode in (-15, 0)


def test_serve_process_on_loopback_answers_loopback_names_only(served: str) -> None:
    assert httpx.get(served + "/", timeout=5).status_code == 200
    port = served.rsplit(":", 1)[1]
    assert httpx.get(f"http://localhost:{port}/sources", timeout=5).status_code == 200
    rebound = httpx.get(served + "/", headers={"Host": f"attacker.example:{port}"}, timeout=5)
    assert rebound.status_code == 421
    assert rebound.headers["content-security-policy"].startswith("default-src 'none'")
