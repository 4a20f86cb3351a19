"""Health reaches people: a source failing [health] failures checks in a row, or a delivery
parked as dead, is told once to `health = true` subscriptions (over a real SMTP server),
and once again when it recovers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.demo import LocalSmtp
from tests.conftest import invoke
from tests.loopfeed import serve_growing_feed

PAGE = ("<html><head><title>{t}</title></head><body><main><h1>{t}</h1><p>{n}</p>"
        "<p>The measures take effect immediately.</p></main></body></html>")
NEWS = ("The Department of Examples today imposed sanctions on three shipping firms that "
        "carried precursor chemicals through the northern ports.",
        "The Department of Examples today launched a training programme for customs officers "
        "at four border crossings in the south.")


@pytest.fixture
def smtp() -> Iterator[LocalSmtp]:
    with LocalSmtp() as server:
        yield server


def subjects(smtp: LocalSmtp) -> list[str]:
    return [str(m["Subject"]) for m in smtp.messages]


def bodies(smtp: LocalSmtp) -> list[str]:
    out = []
    for message in smtp.messages:
        for part in message.walk():
            if part.get_content_type() == "text/plain":
                payload = part.get_payload(decode=True)
                assert isinstance(payload, bytes)
                out.append(payload.decode())
    return out


def test_a_source_failing_three_checks_is_told_once_and_its_recovery_once(
        tmp_path: Path, httpserver: HTTPServer, smtp: LocalSmtp) -> None:
    base = httpserver.url_for("").rstrip("/")
    state = {"down": False}
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)

    def feed(_: Request) -> Response:
        if state["down"]:
            return Response("maintenance", status=500)
        return Response(f'<rss version="2.0"><channel><item><title>a</title><link>{base}/a/'
                        "</link></item></channel></rss>", content_type="application/rss+xml")

    httpserver.expect_request("/feed.xml").respond_with_handler(feed)
    httpserver.expect_request("/a/").respond_with_data(PAGE.format(t="A", n=NEWS[0]),
                                                       content_type="text/html")
    config = tmp_path / "policywatch.toml"
    config.write_text(
        f'[storage]\ndatabase = "pw.db"\n[fetch]\ndelay = 0\nretries = 0\n[health]\n'
        f'failures = 3\n[[sources]]\nname = "flaky"\nurl = "{base}/feed.xml"\n'
        f'[[subscriptions]]\nname = "ops"\nemail = ["ops@example.org"]\nhealth = true\n'
        f'[[subscriptions]]\nname = "quiet"\nemail = ["desk@example.org"]\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {smtp.port}\nsender = "pw@example.org"\n',
        encoding="utf-8")
    codes = []
    for minute, down in enumerate([False, True, True, True, True, False, False]):
        state["down"] = down
        result = invoke("run", "--once", "--config", str(config), "--now",
                        f"2026-11-20T09:{minute * 5:02d}:00Z")
        codes.append(result.returncode)
    assert codes == [0, 1, 1, 1, 1, 0, 0]
    assert subjects(smtp) == ["[policywatch] ops: 1 health notice",
                              "[policywatch] ops: 1 health notice"]
    assert [m["To"] for m in smtp.messages] == ["ops@example.org"] * 2
    failing, recovered = bodies(smtp)
    assert "HEALTH: Source failing: flaky" in failing and "3 checks in a row" in failing
    assert "HTTP 500" in failing
    assert "HEALTH: Source recovered: flaky" in recovered


def test_a_dead_delivery_is_told_to_health_subscriptions_then_its_recovery(
        tmp_path: Path, httpserver: HTTPServer, smtp: LocalSmtp) -> None:
    base = httpserver.url_for("").rstrip("/")
    shown, hook = {"n": 1}, {"status": 500}
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    serve_growing_feed(httpserver, shown)
    httpserver.expect_request("/hook", method="POST").respond_with_handler(
        lambda _: Response("", status=hook["status"]))
    for i, text in enumerate(NEWS):
        httpserver.expect_request(f"/p/{i}/").respond_with_data(
            PAGE.format(t=f"Round {i}", n=text), content_type="text/html")
    config = tmp_path / "policywatch.toml"
    config.write_text(
        f'[storage]\ndatabase = "pw.db"\n[fetch]\ndelay = 0\n[delivery]\nmax_attempts = 1\n'
        f'[[sources]]\nname = "s"\nurl = "{base}/feed.xml"\n'
        f'[[subscriptions]]\nname = "desk"\nwebhook = "{base}/hook"\n'
        f'[[subscriptions]]\nname = "ops"\nemail = ["ops@example.org"]\nhealth = true\n'
        f'keywords = ["nothing-matches-this"]\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {smtp.port}\nsender = "pw@example.org"\n',
        encoding="utf-8")
    invoke("run", "--once", "--config", str(config), "--now", "2026-11-20T09:00:00Z")
    shown["n"] = 2
    died = invoke("run", "--once", "--config", str(config), "--now", "2026-11-20T09:20:00Z")
    assert died.returncode == 3
    (notice,) = bodies(smtp)
    assert f"HEALTH: Delivery dead: webhook {base}/hook" in notice
    dead = [d for d in json.loads(invoke("deliveries", "--json", "--config", str(config)).stdout)
            if d["status"] == "dead"]
    hook["status"] = 204
    retried = invoke("deliveries", "retry", "--all-dead", "--config", str(config), "--now",
                     "2026-11-20T09:30:00Z")
    assert retried.returncode == 0, retried.stderr
    assert f"Delivery {dead[0]['id']} sent" in retried.stdout
    assert len(smtp.messages) == 2  # the recovery went out with the retry
    invoke("run", "--once", "--config", str(config), "--now", "2026-11-20T09:40:00Z")
    assert len(smtp.messages) == 2
    assert f"HEALTH: Delivery recovered: webhook {base}/hook" in bodies(smtp)[1]
