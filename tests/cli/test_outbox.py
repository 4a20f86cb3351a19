"""The digest and deliveries commands as subprocesses; the Slack webhook format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.conftest import invoke

FEED = ('<rss version="2.0"><channel><title>t</title>{items}</channel></rss>')
PAGE = ("<html><head><title>{t}</title></head><body><main><h1>{t}</h1><p>{n}</p>"
        "<p>The measures take effect immediately.</p></main></body></html>")
MEASURES = (
    "The Department of Examples today imposed sanctions on three shipping firms that carried "
    "precursor chemicals through the northern ports.",
    "The Department of Examples today launched a training programme for customs officers at "
    "four border crossings in the south.",
    "The Department of Examples today announced visa restrictions on five officials who "
    "obstructed an investigation into port fires.",
)


def setup(tmp_path: Path, httpserver: HTTPServer, hook_status: list[int],
          extra: str = "") -> tuple[Path, dict[str, int], list[dict[str, Any]]]:
    base = httpserver.url_for("").rstrip("/")
    shown = {"n": 1}
    got: list[dict[str, Any]] = []
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)

    def feed(_: Request) -> Response:
        items = "".join(f"<item><title>p{i}</title><link>{base}/p/{i}/</link></item>"
                        for i in range(shown["n"]))
        return Response(FEED.format(items=items), content_type="application/rss+xml")

    def hook(request: Request) -> Response:
        got.append(json.loads(request.data))
        return Response("", status=hook_status.pop(0) if hook_status else 204)

    httpserver.expect_request("/feed.xml").respond_with_handler(feed)
    httpserver.expect_request("/hook", method="POST").respond_with_handler(hook)
    for i, n in enumerate(MEASURES):
        httpserver.expect_request(f"/p/{i}/").respond_with_data(
            PAGE.format(t=f"Sanctions round {i}", n=n), content_type="text/html")
    config = tmp_path / "policywatch.toml"
    config.write_text(
        f'[storage]\ndatabase = "sqlite:///{tmp_path / "pw.db"}"\n[fetch]\ndelay = 0\n'
        f'[[sources]]\nname = "loop"\nurl = "{base}/feed.xml"\n'
        f'[[subscriptions]]\nname = "desk"\nwebhook = "{base}/hook"\n{extra}'
        f"[delivery]\nmax_attempts = 1\n", encoding="utf-8")
    return config, shown, got


def test_preview_sends_nothing_and_marks_nothing(tmp_path: Path, httpserver: HTTPServer) -> None:
    config, shown, got = setup(tmp_path, httpserver, [])
    assert invoke("run", "--once", "--config", str(config), "--now",
                   "2026-11-20T09:00:00Z").returncode == 0
    shown["n"] = 2
    invoke("run", "--once", "--config", str(config), "--now", "2026-11-20T09:20:00Z")
    assert len(got) == 1
    shown["n"] = 3
    httpserver.clear_log()
    # A new statement appears; preview shows it but neither sends nor marks it.
    result = invoke("digest", "--preview", "--json", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["items"] == []  # not fetched yet: nothing pending
    invoke("run", "--once", "--config", str(config), "--now", "2026-11-20T09:40:00Z")
    assert len(got) == 2
    text = invoke("digest", "--preview", "--config", str(config), "desk")
    assert "Nothing new matched" in text.stdout
    bad = invoke("digest", "--preview", "--config", str(config), "nobody")
    assert bad.returncode == 2 and "desk" in bad.stderr


def test_dead_delivery_is_listed_and_retried_with_the_same_digest_id(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    config, shown, got = setup(tmp_path, httpserver, [500])
    invoke("run", "--once", "--config", str(config), "--now", "2026-11-20T09:00:00Z")
    shown["n"] = 2
    result = invoke("run", "--once", "--json", "--config", str(config), "--now",
                     "2026-11-20T09:20:00Z")
    assert json.loads(result.stdout)["delivery_failures"] == 1
    listed = json.loads(invoke("deliveries", "--json", "--config", str(config)).stdout)
    assert [(d["status"], d["channel"]) for d in listed] == [("dead", "webhook")]
    assert "HTTP 500" in listed[0]["last_error"]
    human = invoke("deliveries", "--config", str(config), "--status", "dead")
    assert "dead" in human.stdout and "HTTP 500" in human.stdout
    retry = invoke("deliveries", "retry", str(listed[0]["id"]), "--config", str(config))
    assert retry.returncode == 0, retry.stderr
    assert len(got) == 2 and got[0]["digest_id"] == got[1]["digest_id"]
    assert json.loads(invoke("deliveries", "--json", "--config", str(config)).stdout)[0][
        "status"] == "sent"
    missing = invoke("deliveries", "retry", "999", "--config", str(config))
    assert missing.returncode == 1 and "no delivery 999" in missing.stderr


def test_slack_format_posts_text_and_blocks(tmp_path: Path, httpserver: HTTPServer) -> None:
    config, shown, got = setup(tmp_path, httpserver, [], extra='format = "slack"\n')
    invoke("run", "--once", "--config", str(config), "--now", "2026-11-20T09:00:00Z")
    shown["n"] = 2
    invoke("run", "--once", "--config", str(config), "--now", "2026-11-20T09:20:00Z")
    (message,) = got
    assert message["text"].startswith("[policywatch] desk: 1 new")
    assert message["blocks"][0]["type"] == "header"
    assert "Sanctions round 1" in message["blocks"][1]["text"]["text"]


def test_preview_without_subscriptions_says_what_to_add(tmp_path: Path) -> None:
    config = tmp_path / "policywatch.toml"
    config.write_text(f'[storage]\ndatabase = "sqlite:///{tmp_path / "pw.db"}"\n',
                      encoding="utf-8")
    done = invoke("digest", "--preview", "--config", str(config))
    assert done.returncode == 0 and done.stdout == ""
    assert f"No subscriptions in {config}" in done.stderr
    assert "[[subscriptions]]" in done.stderr
