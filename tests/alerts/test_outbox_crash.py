"""Killing the process while it sends loses no item and never splits one across digests."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

PAGE = ("<html><head><title>{title}</title></head><body><main><h1>{title}</h1>"
        "<p>The Department of Examples today {verb} {what} in the northern ports.</p>"
        "<p>The measure takes effect on the first of next month for all operators.</p>"
        "</main></body></html>")
MEASURES = [("Port sanctions", "imposed sanctions on three shipping firms"),
            ("Inspection programme", "launched an inspection programme for container yards"),
            ("Visa restrictions", "announced visa restrictions on six harbour officials")]


def serve_site(httpserver: HTTPServer, shown: dict[str, int]) -> str:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)

    def feed(_: Request) -> Response:
        items = "".join(f"<item><title>{t}</title><link>{base}/n/{i}/</link></item>"
                        for i, (t, _) in enumerate(MEASURES[: shown["count"]]))
        return Response(f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
                        content_type="application/rss+xml")

    httpserver.expect_request("/feed.xml").respond_with_handler(feed)
    for i, (title, what) in enumerate(MEASURES):
        verb, rest = what.split(" ", 1)
        httpserver.expect_request(f"/n/{i}/").respond_with_data(
            PAGE.format(title=title, verb=verb, what=rest), content_type="text/html")
    return base


def run_once(config: Path, now: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "POLICYWATCH_NOW"}
    return subprocess.Popen([sys.executable, "-m", "monitor", "run", "--once", "--json",
                             "--config", str(config), "--now", now], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_sigkill_while_sending_then_restart_delivers_every_item_once(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    received: list[dict[str, Any]] = []
    arrived = threading.Event()
    release = threading.Event()
    state = {"hang": True}

    def hook(request: Request) -> Response:
        received.append(json.loads(request.data))
        if state["hang"]:
            arrived.set()
            release.wait(20)  # hold the request open while the sender is killed
            return Response("", status=204)
        return Response("", status=204)

    httpserver.expect_request("/hook", method="POST").respond_with_handler(hook)
    shown = {"count": 1}
    base = serve_site(httpserver, shown)
    db = tmp_path / "pw.db"
    config = tmp_path / "policywatch.toml"
    config.write_text(
        f'[storage]\ndatabase = "sqlite:///{db}"\n[fetch]\ndelay = 0\n'
        f'[[sources]]\nname = "loop"\nurl = "{base}/feed.xml"\n'
        f'[[subscriptions]]\nname = "desk"\nwebhook = "{base}/hook"\n'
        f"[delivery]\nbackoff_seconds = 0\n", encoding="utf-8")
    baseline = run_once(config, "2026-11-20T09:00:00Z")
    assert baseline.wait(60) == 0, baseline.stderr.read() if baseline.stderr else ""
    assert received == []  # the baseline is announced to no one

    shown["count"] = 3  # two new statements appear
    victim = run_once(config, "2026-11-20T09:20:00Z")
    assert arrived.wait(60), "the digest was never sent"
    victim.send_signal(signal.SIGKILL)
    victim.wait(10)
    release.set()
    state["hang"] = False

    survivor = run_once(config, "2026-11-20T09:25:00Z")
    out, err = survivor.communicate(timeout=60)
    assert survivor.returncode == 0, err
    assert json.loads(out)["delivered"] == 1
    ids = {r["digest_id"] for r in received}
    assert len(ids) == 1, "a resend must carry the same digest_id"
    urls = [i["url"] for i in received[-1]["items"]]
    assert sorted(urls) == [f"{base}/n/1/", f"{base}/n/2/"]

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = conn.execute("SELECT event_id, count(DISTINCT digest_id) FROM digest_items "
                        "GROUP BY event_id").fetchall()
    assert rows and all(n == 1 for _, n in rows)
    assert conn.execute("SELECT status FROM deliveries").fetchall() == [("sent",)]
