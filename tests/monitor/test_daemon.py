"""The daemon as a real subprocess: cycles on schedule, stops cleanly on SIGTERM/SIGINT."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

PAGE = ("<html><head><title>Port Inspections</title></head><body><main><h1>Port Inspections"
        "</h1><p>The Department of Examples today launched a programme of joint port "
        "inspections with three partner governments.</p><p>Inspectors will begin work in "
        "January at the northern ports.</p></main></body></html>")


def start(tmp_path: Path, httpserver: HTTPServer) -> subprocess.Popen[str]:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/feed.xml").respond_with_data(
        f'<rss version="2.0"><channel><title>t</title><item><title>p</title>'
        f"<link>{base}/news/ports/</link></item></channel></rss>",
        content_type="application/rss+xml")
    httpserver.expect_request("/news/ports/").respond_with_data(PAGE, content_type="text/html")
    cfg = tmp_path / "policywatch.toml"
    cfg.write_text(f'[storage]\ndatabase = "sqlite:///{tmp_path / "pw.db"}"\n[fetch]\ndelay = 0\n'
                   f'[[sources]]\nname = "loop"\nurl = "{base}/feed.xml"\nevery = "1s"\n',
                   encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "POLICYWATCH_NOW"}
    return subprocess.Popen([sys.executable, "-m", "monitor", "daemon", "--config", str(cfg)],
                            stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)


def wait_for_cycles(proc: subprocess.Popen[str], count: int, timeout: float = 30) -> list[str]:
    assert proc.stderr is not None
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        lines.append(line)
        if sum("check loop" in entry for entry in lines) >= count:
            return lines
    pytest.fail("daemon did not complete the cycles:\n" + "".join(lines))


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_daemon_cycles_then_stops_cleanly_with_the_database_intact(
    tmp_path: Path, httpserver: HTTPServer, signum: int
) -> None:
    proc = start(tmp_path, httpserver)
    try:
        lines = wait_for_cycles(proc, 2)
        proc.send_signal(signum)
        _, rest = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, "".join(lines) + rest
    assert "stopped cleanly" in rest
    db = sqlite3.connect(tmp_path / "pw.db")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    checks = db.execute("SELECT count(*) FROM fetches WHERE outcome = 'source'").fetchone()[0]
    assert checks >= 2


def test_without_v_the_daemon_logs_one_line_per_check_and_no_scheduler_chatter(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    proc = start(tmp_path, httpserver)
    try:
        lines = wait_for_cycles(proc, 2)
        proc.send_signal(signal.SIGTERM)
        _, rest = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    logged = [line for line in lines + rest.splitlines() if line.strip()]
    assert not [line for line in logged if "apscheduler" in line or "Running job" in line]
    checks = [line for line in logged if "check loop" in line]
    assert len(checks) >= 2 and all("new" in line for line in checks)
    others = [line for line in logged if "check loop" not in line]
    assert all("daemon started" in line or "stopping" in line or "stopped cleanly" in line
               for line in others), others


def test_digests_due_in_one_sweep_are_coalesced_into_one_per_subscription(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    base = httpserver.url_for("").rstrip("/")
    state = {"items": 1}
    posts: list[dict[str, object]] = []
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)

    def feed(name: str) -> object:
        def serve(_: Request) -> Response:
            items = "".join(f"<item><title>{name}{i}</title><link>{base}/{name}/{i}/</link>"
                            "</item>" for i in range(state["items"]))
            return Response(f'<rss version="2.0"><channel>{items}</channel></rss>',
                            content_type="application/rss+xml")
        return serve

    def hook(request: Request) -> Response:
        posts.append(json.loads(request.data))
        return Response("", status=204)

    names = ("alpha", "beta", "gamma")
    subjects = ("sanctions on two shipping firms", "a training programme for customs officers",
                "visa restrictions on five officials", "a reward for information on smugglers",
                "new controls on four precursor chemicals", "funding for port scanners")
    for n, name in enumerate(names):
        httpserver.expect_request(f"/{name}.xml").respond_with_handler(feed(name))
        for i in range(2):
            httpserver.expect_request(f"/{name}/{i}/").respond_with_data(
                PAGE.replace("a programme of joint port inspections with three partner "
                             "governments", subjects[2 * n + i]),
                content_type="text/html")
    httpserver.expect_request("/hook", method="POST").respond_with_handler(hook)
    cfg = tmp_path / "policywatch.toml"
    cfg.write_text('[storage]\ndatabase = "pw.db"\n[fetch]\ndelay = 0\n'
                   + "".join(f'[[sources]]\nname = "{n}"\nurl = "{base}/{n}.xml"\n'
                             f'every = "4s"\n' for n in names)
                   + f'[[subscriptions]]\nname = "desk"\nwebhook = "{base}/hook"\n',
                   encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "POLICYWATCH_NOW"}
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "daemon", "--config", str(cfg)],
                            stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    try:
        # The baseline sweep: every source checked once. The daemon checks several sources
        # at once, so one source's line says nothing about the others.
        wait_for_all(proc, [f"check {name}" for name in names])
        state["items"] = 2  # each source now lists one new statement
        deadline = time.monotonic() + 30
        while not posts and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(5)  # another sweep passes: nothing more to send
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert len(posts) == 1, [[i["title"] for i in p["items"]] for p in posts]  # type: ignore[index, union-attr]
    titles = sorted(item["title"] for item in posts[0]["items"])  # type: ignore[attr-defined, index]
    assert len(titles) == 3


def wait_for_all(proc: subprocess.Popen[str], texts: list[str], timeout: float = 30) -> None:
    assert proc.stderr is not None
    missing, deadline = set(texts), time.monotonic() + timeout
    while missing and time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        missing -= {text for text in missing if text in line}
    if missing:
        pytest.fail(f"the daemon did not log {sorted(missing)!r}")
