"""bench/serve.py's synthetic store is a store the view can page through: every route it
times answers over it, and the filters it times find something."""

from __future__ import annotations

from pathlib import Path

from starlette.testclient import TestClient

from monitor.web import create_app
from store import FindingFilter, Store
from tests.bench_module import load


def test_the_bench_store_answers_every_route_it_times(tmp_path: Path) -> None:
    serve = load("serve")
    path = tmp_path / "bench.db"
    serve.build(path, 400)
    store = Store(f"sqlite:///{path}", read_only=True)
    assert store.count_documents() == 400
    for filters in (FindingFilter(source="Justice news"), FindingFilter(action_kind="agreement"),
                    FindingFilter(kind="changed"), FindingFilter(keyword="harb")):
        assert store.findings(filters).findings, filters
    view = store.document_view(201)
    assert view.revisions and view.actions
    client = TestClient(create_app(store, allowed_hosts=None))
    for route in ("/", "/?q=harb", "/documents/201", "/search?q=sanct+harb", "/sources",
                  "/deliveries", "/feed.atom", "/api/findings", "/api/search?q=reward"):
        assert client.get(route).status_code == 200, route
    assert client.get("/search?q=sanct+harb").text.count('class="title"') > 0
    store.close()
