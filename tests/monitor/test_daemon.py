"""The daemon as a real subprocess: cycles on schedule, stops cleanly on SIGTERM/SIGINT."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

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
        if sum("cycle loop" in entry for entry in lines) >= count:
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
