"""A full disk: a clear message naming what to do, and nothing already stored is lost."""

from __future__ import annotations

import os
import random
import sqlite3
import string
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def page(seed: int) -> str:
    rng = random.Random(seed)
    words = [
        "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 9)))
        for _ in range(4000)
    ]
    paragraphs = "".join(f"<p>The Department {' '.join(words[i:i + 40])}.</p>"
                         for i in range(0, len(words), 40))
    return f"<html><head><title>Statement {seed}</title></head><body><main>{paragraphs}" \
           "</main></body></html>"


def test_ingest_on_a_full_disk_fails_clearly_and_keeps_what_was_stored(
    tiny_disk: Path, tmp_path: Path
) -> None:
    config = tmp_path / "policywatch.toml"
    config.write_text(f'[storage]\ndatabase = "sqlite:///{tiny_disk / "pw.db"}"\n',
                      encoding="utf-8")
    stored = 0
    failure = None
    for seed in range(200):
        source = tmp_path / f"s{seed}.html"
        source.write_text(page(seed), encoding="utf-8")
        result = run_cli("ingest", "--config", str(config), "--url",
                         f"https://www.example.gov/s/{seed}", str(source))
        if result.returncode != 0:
            failure = result
            break
        stored += 1
    assert failure is not None, "the tiny disk never filled up"
    assert failure.returncode == 1
    assert "full" in failure.stderr and "Free some disk space" in failure.stderr
    assert "Traceback" not in failure.stderr, failure.stderr
    assert stored >= 1
    conn = sqlite3.connect(tiny_disk / "pw.db")
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == stored
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
