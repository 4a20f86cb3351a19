"""Try before you trust: `sources test` fetches and discovers without storing; `digest
--test` sends a marked test digest through each channel (real SMTP and webhook)."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.demo import LocalSmtp
from tests.conftest import invoke

PAGE = ("<html><head><title>{t}</title><meta property='article:published_time' "
        "content='2026-11-18T15:00:00Z'></head><body><main><h1>{t}</h1><p>The Department of "
        "Examples today imposed sanctions on {n} shipping firms that carried precursor "
        "chemicals.</p><p>The measures take effect immediately.</p></main></body></html>")


@pytest.fixture
def feed_site(httpserver: HTTPServer) -> str:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    items = "".join(f"<item><title>Sanctions round {i}</title><link>{base}/p/{i}/</link>"
                    f"<pubDate>Wed, 18 Nov 2026 1{i}:00:00 GMT</pubDate></item>"
                    for i in range(5))
    httpserver.expect_request("/feed.xml").respond_with_data(
        f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
        content_type="application/rss+xml")
    httpserver.expect_request("/news/").respond_with_data(
        "<html><body><main>" + "".join(f'<a href="/p/{i}/">Round {i}</a>' for i in range(5))
        + "</main></body></html>", content_type="text/html")
    for i in range(5):
        httpserver.expect_request(f"/p/{i}/").respond_with_data(
            PAGE.format(t=f"Sanctions round {i}", n=["two", "three", "four", "five", "six"][i]),
            content_type="text/html")
    return base


def config(tmp_path: Path, body: str = "") -> Path:
    path = tmp_path / "policywatch.toml"
    path.write_text(f'[storage]\ndatabase = "pw.db"\n[fetch]\ndelay = 0\nretries = 0\n{body}',
                    encoding="utf-8")
    return path


def test_sources_test_lists_links_then_cleans_the_first_few_and_stores_nothing(
        tmp_path: Path, feed_site: str) -> None:
    cfg = config(tmp_path, f'[[sources]]\nname = "feed"\nurl = "{feed_site}/feed.xml"\n')
    result = invoke("sources", "test", "feed", "--config", str(cfg))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "5 link(s) found:" in out and "2026-11-18  Sanctions round 0" in out
    assert f"{feed_site}/p/4/" in out
    assert out.count("\n== ") == 3 and "Title: Sanctions round 0" in out
    assert "Published: 2026-11-18T15:00:00+00:00" in out
    # (the sanctions, and their taking effect: the page's two actions)
    assert "imposed sanctions on two shipping firms" in out and "2 action(s) found" in out
    assert "[sanctions]" in out and "Nothing was stored." in out
    assert not (tmp_path / "pw.db").exists()
    data = json.loads(invoke("sources", "test", "--json", "--samples", "1", "feed", "--config",
                             str(cfg)).stdout)
    assert len(data["links"]) == 5 and len(data["samples"]) == 1
    assert data["samples"][0]["actions"][0]["kind"] == "sanctions"


def test_sources_test_takes_a_url_and_a_kind(tmp_path: Path, feed_site: str) -> None:
    cfg = config(tmp_path)
    result = invoke("sources", "test", f"{feed_site}/news/", "--kind", "listing",
                    "--samples", "0", "--config", str(cfg))
    assert result.returncode == 0, result.stderr
    assert "5 link(s) found" in result.stdout


def test_sources_test_says_plainly_why_nothing_was_found(tmp_path: Path, feed_site: str) -> None:
    cfg = config(tmp_path)
    wrong = invoke("sources", "test", f"{feed_site}/news/", "--config", str(cfg))
    assert wrong.returncode == 1
    assert ('Nothing found: 0 links: is kind right? (kind = "feed"): '
            f'{feed_site}/news/ looks like a listing; try kind = "listing".') in wrong.stdout
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()
    down = invoke("sources", "test", f"http://127.0.0.1:{port}/feed.xml", "--config", str(cfg))
    assert down.returncode == 1
    assert (f"Nothing found: the source could not be read (http://127.0.0.1:{port}/feed.xml: "
            f"connection refused by 127.0.0.1:{port}).") in down.stdout
    unknown = invoke("sources", "test", "Nope", "--config", str(cfg))
    assert unknown.returncode == 2 and "no source named 'Nope'" in unknown.stderr


@pytest.fixture
def smtp() -> Iterator[LocalSmtp]:
    with LocalSmtp() as server:
        yield server


def test_digest_test_sends_a_marked_digest_through_each_channel(
        tmp_path: Path, httpserver: HTTPServer, smtp: LocalSmtp) -> None:
    base = httpserver.url_for("").rstrip("/")
    got: list[dict[str, Any]] = []
    status = {"code": 204}

    def hook(request: Request) -> Response:
        got.append(json.loads(request.data))
        return Response("", status=status["code"])

    httpserver.expect_request("/hook", method="POST").respond_with_handler(hook)
    cfg = config(tmp_path, f'[[subscriptions]]\nname = "desk"\nemail = ["desk@example.org"]\n'
                           f'webhook = "{base}/hook"\n[smtp]\nhost = "127.0.0.1"\n'
                           f'port = {smtp.port}\nsender = "pw@example.org"\n')
    result = invoke("digest", "--test", "desk", "--config", str(cfg))
    assert result.returncode == 0, result.stderr
    assert "email desk@example.org: sent" in result.stdout
    assert f"webhook {base}/hook: sent" in result.stdout
    (message,) = smtp.messages
    assert str(message["Subject"]).startswith("[policywatch] [TEST] desk:")
    assert "TEST DIGEST" in message.as_string()
    assert got[0]["test"] is True and got[0]["digest_id"].startswith("test-")
    assert not (tmp_path / "pw.db").exists()  # nothing stored, no database made
    status["code"] = 500
    failed = invoke("digest", "--test", "desk", "--json", "--config", str(cfg))
    assert failed.returncode == 1
    report = json.loads(failed.stdout)
    assert [c["ok"] for c in report["channels"]] == [True, False]
    assert "HTTP 500" in report["channels"][1]["error"]
