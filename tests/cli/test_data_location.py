"""Where the data is: the config lookup order, relative paths against the config's folder,
the user's folders when there is no config, and read-only commands that never create a
database and say where they looked."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import invoke

PAGE = ("<html><head><title>Port Inspections</title></head><body><main><h1>Port Inspections"
        "</h1><p>The Department of Examples today launched a programme of joint port "
        "inspections with three partner governments.</p><p>Inspectors will begin work in "
        "January at the northern ports.</p></main></body></html>")

READ_ONLY = [("history",), ("search", "ports"), ("show", "1"), ("diff", "1"),
             ("deliveries",), ("reclean",), ("actions",), ("digest", "--preview")]


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """An environment whose user config and data folders are inside tmp_path."""
    return {"XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
            "XDG_DATA_HOME": str(tmp_path / "xdg-data"), "POLICYWATCH_CONFIG": ""}


def make_config(folder: Path, body: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "policywatch.toml"
    path.write_text('[storage]\ndatabase = "sqlite:///policywatch.db"\n'
                    '[[subscriptions]]\nname = "desk"\nwebhook = "http://127.0.0.1:9/hook"\n'
                    + body, encoding="utf-8")
    return path


def databases(root: Path) -> list[Path]:
    return sorted(root.rglob("*.db"))


def test_a_relative_database_resolves_against_the_configs_folder(
        tmp_path: Path, home: dict[str, str]) -> None:
    config = make_config(tmp_path / "A")
    elsewhere = tmp_path / "B"
    elsewhere.mkdir()
    page = tmp_path / "ports.html"
    page.write_text(PAGE, encoding="utf-8")
    stored = invoke("ingest", "--config", str(config), "--url", "https://ex.gov/ports",
                    str(page), cwd=elsewhere, env=home)
    assert stored.returncode == 0, stored.stderr
    assert databases(tmp_path) == [tmp_path / "A" / "policywatch.db"]
    listed = invoke("history", "--json", "--config", "A/policywatch.toml", cwd=tmp_path,
                    env=home)
    assert [d["url"] for d in json.loads(listed.stdout)] == ["https://ex.gov/ports"]
    assert not list(elsewhere.iterdir())


@pytest.mark.parametrize("args", READ_ONLY, ids=lambda a: " ".join(a))
def test_read_only_commands_never_create_a_database_and_say_where_they_looked(
        tmp_path: Path, home: dict[str, str], args: tuple[str, ...]) -> None:
    config = make_config(tmp_path / "A")
    result = invoke(*args, "--config", str(config), cwd=tmp_path, env=home)
    assert result.returncode == 1
    assert f"no database at {tmp_path / 'A' / 'policywatch.db'}" in result.stderr
    assert str(config) in result.stderr
    assert databases(tmp_path) == []
    as_json = invoke(*args, "--json", "--config", str(config), cwd=tmp_path, env=home)
    assert as_json.returncode == 1 and as_json.stdout == ""
    error = json.loads(as_json.stderr)
    assert error["exit"] == 1 and "no database at" in error["error"]
    assert databases(tmp_path) == []


def test_sources_lists_the_config_without_a_database_and_says_none_was_checked(
        tmp_path: Path, home: dict[str, str]) -> None:
    config = make_config(tmp_path / "A", '[[sources]]\nname = "feed"\n'
                                         'url = "https://ex.gov/feed.xml"\n')
    result = invoke("sources", "--config", str(config), env=home)
    assert result.returncode == 0, result.stderr
    assert "never checked" in result.stdout and "No database yet at" in result.stderr
    assert databases(tmp_path) == []


def test_read_only_commands_leave_the_database_file_unchanged(
        tmp_path: Path, home: dict[str, str]) -> None:
    config = make_config(tmp_path / "A")
    page = tmp_path / "ports.html"
    page.write_text(PAGE, encoding="utf-8")
    assert invoke("ingest", "--config", str(config), str(page), env=home).returncode == 0
    db = tmp_path / "A" / "policywatch.db"
    invoke("history", "--config", str(config), env=home)  # settle the WAL once
    before = stored(db)
    for args in READ_ONLY[:5]:
        assert invoke(*args, "--config", str(config), env=home).returncode == 0, args
    # what is stored, not the file's bytes: SQLite may fold its write-ahead log into the
    # file when a connection closes (a CI run once saw the bytes move with no row changed)
    assert stored(db) == before


def stored(db: Path) -> str:
    """Every table's schema and rows, read without writing (a read-only URI)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def test_the_config_lookup_order_and_what_v_says(tmp_path: Path, home: dict[str, str]) -> None:
    user = make_config(Path(home["XDG_CONFIG_HOME"]) / "policywatch")
    local = make_config(tmp_path / "work")
    named = make_config(tmp_path / "env")
    explicit = make_config(tmp_path / "flag")

    def used(*args: str, **env: str) -> str:
        result = invoke("history", "-v", *args, cwd=tmp_path / "work", env={**home, **env})
        line = next(x for x in result.stderr.splitlines() if "config:" in x)
        assert any("database:" in x for x in result.stderr.splitlines())
        return line

    assert f"config: {explicit} (--config)" in used("--config", str(explicit),
                                                    POLICYWATCH_CONFIG=str(named))
    assert f"config: {named} ($POLICYWATCH_CONFIG)" in used(POLICYWATCH_CONFIG=str(named))
    assert "config: policywatch.toml (the working directory)" in used()
    local.unlink()
    assert f"config: {user} (the user config folder)" in used()
    user.unlink()
    line = used()
    assert "config: none, built-in sources (no config" in line


def test_without_any_config_the_database_is_in_the_user_data_folder(
        tmp_path: Path, home: dict[str, str]) -> None:
    page = tmp_path / "ports.html"
    page.write_text(PAGE, encoding="utf-8")
    result = invoke("ingest", "-v", str(page), cwd=tmp_path, env=home)
    assert result.returncode == 0, result.stderr
    expected = Path(home["XDG_DATA_HOME"]) / "policywatch" / "policywatch.db"
    assert expected.is_file()
    assert f"database: sqlite:///{expected}" in result.stderr
    assert databases(tmp_path) == [expected]


@pytest.mark.parametrize("command", ["run", "daemon", "sources"])
def test_a_config_without_sources_is_refused_naming_the_file(
        tmp_path: Path, home: dict[str, str], command: str) -> None:
    config = make_config(tmp_path / "A")
    args = ("run", "--once") if command == "run" else (command,)
    result = invoke(*args, "--config", str(config), env=home)
    assert result.returncode == 1
    assert str(config) in result.stderr and "[[sources]]" in result.stderr
    assert "built-in" in result.stderr or command == "sources"
    assert databases(tmp_path) == []


def test_every_command_names_its_config_and_database_under_v(
        tmp_path: Path, home: dict[str, str]) -> None:
    config = make_config(tmp_path / "A")
    for args in READ_ONLY:
        result = invoke(*args, "--config", str(config), "-v", env=home)
        assert f"config: {config} (--config)" in result.stderr, args
        assert f"database: sqlite:///{tmp_path / 'A' / 'policywatch.db'}" in result.stderr
