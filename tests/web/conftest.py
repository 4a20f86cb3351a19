"""A store built from fixtures/web the way users build one (`policywatch ingest`), plus a
source whose last error and a delivery whose error carry markup, and the app over it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from starlette.testclient import TestClient

from monitor.config import load_config
from monitor.web import create_app
from store import Store
from tests.conftest import ROOT, invoke

FIXTURES = ROOT / "fixtures" / "web"
HARBOR = "https://www.example.gov/news/harbor"
STEPS = (  # (when, url, file): a statement, another, its edit, a re-post, a fact sheet
    ("2026-02-03T15:00:00Z", HARBOR, "sanctions-v1.html"),
    ("2026-02-04T15:00:00Z", "https://www.example.gov/news/grants", "grants.html"),
    ("2026-02-05T15:00:00Z", HARBOR, "sanctions-v2.html"),
    ("2026-02-06T15:00:00Z", "https://mirror.example.org/harbor", "sanctions-v2.html"),
    ("2026-02-07T15:00:00Z", "https://www.example.gov/news/factsheet", "factsheet.html"),
)
HOSTILE_ERROR = "HTTP 500: <script>window.pwned=4</script><img src=x onerror=window.pwned=5>"


@dataclass(frozen=True)
class Built:
    """The config file, its database URL and the ids of the stored documents."""

    config: Path
    database: str
    harbor: int
    grants: int
    mirror: int
    factsheet: int


def _config(folder: Path) -> Path:
    path = folder / "policywatch.toml"
    path.write_text(f'''[storage]
database = "sqlite:///{folder / 'pw.db'}"

[[subscriptions]]
name = "drug desk"
webhook = "https://hooks.example.org/services/T000/secret-path"
keywords = ["precursor"]

[[subscriptions]]
name = "health desk"
webhook = "https://hooks.example.org/health"
keywords = ["naloxone"]
''')
    return path


def _extras(database: str) -> None:
    """A failing source and a dead delivery, both with markup in their errors."""
    store = Store(database)
    at = datetime(2026, 2, 7, 16, tzinfo=UTC)
    source = store.sync_source("Harbor <b>press</b> office", "https://www.example.gov/feed",
                               "feed", 900, at)
    store.source_checked(source.id, at, at + timedelta(minutes=15), error=HOSTILE_ERROR)
    digest = store.create_digest("drug desk", {"items": []}, [], store.last_event_id(),
                                 [("webhook", "https://hooks.example.org/services/T000/"
                                              "secret-path")], at)
    delivery = next(d for d in store.deliveries() if d.digest_id == digest)
    store.delivery_failed(delivery.id, HOSTILE_ERROR, at, dead=True)
    store.close()


def build_store(folder: Path) -> Built:
    """Ingest the fixture pages in order, then add the extras."""
    config = _config(folder)
    for when, url, name in STEPS:
        result = invoke("ingest", "--config", str(config), "--now", when, "--url", url,
                        str(FIXTURES / name))
        assert result.returncode == 0, result.stderr
    database = f"sqlite:///{folder / 'pw.db'}"
    _extras(database)
    store = Store(database, read_only=True)
    ids = [store.document(url).id for url in (HARBOR, STEPS[1][1], STEPS[3][1], STEPS[4][1])]
    store.close()
    return Built(config, database, *ids)


@pytest.fixture(scope="package")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return build_store(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="package")
def client(built: Built) -> Iterator[TestClient]:
    """The app in this process, over the store opened read-only, as `serve` opens it."""
    config = load_config(str(built.config))
    store = Store(built.database, read_only=True)
    app = create_app(store, subscriptions=config.subscriptions,
                     allowed_hosts=("testserver", "127.0.0.1", "localhost", "::1"))
    with TestClient(app, base_url="http://testserver") as test_client:
        yield test_client
    store.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="package")
def served(built: Built) -> Iterator[str]:
    """`policywatch serve` as a real process on loopback; yields its base URL."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("POLICYWATCH_SERVE_TOKEN", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "monitor", "serve", "--config", str(built.config),
         "--port", str(port)], env=env, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/sources", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                time.sleep(0.05)
        yield base
    finally:
        process.terminate()
        process.wait(10)
