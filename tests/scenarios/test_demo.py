"""`policywatch demo`: offline, the whole pipeline over two epochs, in under 30 seconds; it
leaves a complete config behind and prints commands that run as printed."""

from __future__ import annotations

import shlex
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import SITE, run_cli


def printed_commands(out: str) -> list[str]:
    """The commands the demo prints to explore what it left."""
    tail = out.split("Explore them with:", 1)[1]
    return [line.strip() for line in tail.splitlines() if line.startswith("   ")]


def run_printed(commands: list[str], cwd: Path) -> None:
    assert len(commands) >= 4
    for command in commands:
        done = subprocess.run(shlex.split(command), cwd=cwd, capture_output=True, text=True,
                              timeout=120, check=False)
        assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
        assert done.stdout.strip(), command


@pytest.mark.skipif(not (SITE / "epoch1").is_dir(), reason="the demo's site is missing")
def test_demo_shows_baseline_news_edit_and_repost_then_what_receivers_got(tmp_path: Path) -> None:
    started = time.monotonic()
    result = run_cli("demo", "--dir", str(tmp_path / "demo"), cwd=tmp_path)
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert elapsed < 30, f"the demo took {elapsed:.1f} s"
    assert "baseline" in out and "0 digest(s) sent" in out
    assert "NEW" in out and "CHANGED" in out and "ALSO AT" in out
    assert "(previously announced on 2026-11-17 (http://127.0.0.1:" in out
    assert "The SMTP server received 1 e-mail(s)" in out
    assert "The webhook receiver got 1 POST(s)" in out
    assert "Subject: [policywatch]" in out
    db = tmp_path / "demo" / "demo.db"
    assert str(db) in out
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"
                        ).fetchone()[0] >= 1
    assert conn.execute("SELECT count(*) FROM revisions WHERE change = 'substantive'"
                        ).fetchone()[0] == 1
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run_printed(printed_commands(out), elsewhere)
    config = (tmp_path / "demo" / "demo.toml").read_text(encoding="utf-8")
    assert "[[sources]]" in config and "[[subscriptions]]" in config and "[smtp]" in config
    assert not list(elsewhere.iterdir())  # the commands read the demo's database, not ./
