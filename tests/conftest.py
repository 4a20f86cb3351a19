"""Shared test fixtures: loopback servers for the fixture site, config files, the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from monitor.demo import FixtureServer
from store import Store
from tests.pgserver import find_bindir, postgres_server

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "fixtures" / "site"
SHARED = ROOT.parent / "shared" / "data"

@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A store in a real SQLite file of this test's own."""
    s = Store(f"sqlite:///{tmp_path / 'pw.db'}")
    yield s
    s.close()


@pytest.fixture
def site() -> Iterator[FixtureServer]:
    """The fixture site, epoch1, on a loopback server (switch with `site.epoch = "epoch2"`)."""
    if not (SITE / "epoch1").is_dir():
        pytest.skip("fixtures/site is missing")
    with FixtureServer(SITE) as server:
        yield server


@pytest.fixture
def manifest() -> dict[str, Any]:
    """fixtures/site/manifest.json."""
    return json.loads((SITE / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture
def write_config(tmp_path: Path) -> Callable[..., Path]:
    """Write a policywatch.toml in tmp_path from TOML text; returns its path."""

    def write(body: str, name: str = "policywatch.toml") -> Path:
        path = tmp_path / name
        db = tmp_path / "pw.db"
        head = f'[storage]\ndatabase = "sqlite:///{db}"\n\n[fetch]\ndelay = 0\n'
        path.write_text(head + body, encoding="utf-8")
        return path

    return write


def invoke(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
           input: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run the CLI in this process with click's CliRunner (where a subprocess adds nothing);
    the result reads like run_cli's: returncode, stdout, stderr."""
    from click.testing import CliRunner

    from monitor.cli import cli

    env = {"POLICYWATCH_NOW": "", **(env or {})}
    before = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        result = CliRunner().invoke(cli, list(args), env={k: v or None for k, v in env.items()},
                                    input=input, catch_exceptions=False)
    finally:
        os.chdir(before)
    return subprocess.CompletedProcess(["policywatch", *args], result.exit_code,
                                       result.stdout, result.stderr)


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
            input: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `python -m monitor ARGS` as a real subprocess."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("POLICYWATCH_NOW", None) if env is None or "POLICYWATCH_NOW" not in env else None
    return subprocess.run(
        [sys.executable, "-m", "monitor", *args], cwd=cwd, env=full_env, capture_output=True,
        timeout=timeout, input=input.decode() if input else None, text=True, check=False)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """One throw-away PostgreSQL server for the session (tests/pgserver.py); skips when
    PostgreSQL or its driver is not installed. Tests take databases of their own on it
    with `tests.pgserver.fresh_database`."""
    pytest.importorskip("psycopg", reason="psycopg is not installed: pip install -e '.[test]'")
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (no initdb found; set PG_BIN)")
    try:
        started = postgres_server(bindir)
        url = started.__enter__()
    except (KeyError, OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"could not start a PostgreSQL server from {bindir}: {exc}")
    try:
        yield url
    finally:
        started.__exit__(None, None, None)
