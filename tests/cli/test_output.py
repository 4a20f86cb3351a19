"""Messages and output: one JSON rule for every command, errors as JSON on stderr under
--json, -v and -q anywhere on the line, NO_COLOR, and a fast --version."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from monitor.cli import cli
from tests.conftest import invoke
from tests.loopfeed import serve_growing_feed

PAGE = ("<html><head><title>{t}</title></head><body><main><h1>{t}</h1><p>{n}</p>"
        "<p>The measures take effect immediately.</p></main></body></html>")
NEWS = ("The Department of Examples today imposed sanctions on three shipping firms that "
        "carried precursor chemicals through the northern ports.",
        "The Department of Examples today launched a training programme for customs officers "
        "at four border crossings in the south.")
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$")


@pytest.fixture
def watched(tmp_path: Path, httpserver: HTTPServer) -> Iterator[tuple[Path, dict[str, int]]]:
    """A config over a loopback feed, after a baseline and a check that found one new page
    (delivered to a loopback webhook)."""
    base = httpserver.url_for("").rstrip("/")
    shown = {"n": 1}
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    serve_growing_feed(httpserver, shown)
    httpserver.expect_request("/hook", method="POST").respond_with_data("", status=204)
    for i, text in enumerate(NEWS):
        httpserver.expect_request(f"/p/{i}/").respond_with_data(
            PAGE.format(t=f"Round {i}", n=text), content_type="text/html")
    config = tmp_path / "policywatch.toml"
    config.write_text(
        f'[storage]\ndatabase = "pw.db"\n[fetch]\ndelay = 0\n'
        f'[[sources]]\nname = "loop"\nurl = "{base}/feed.xml"\n'
        f'[[subscriptions]]\nname = "desk"\nwebhook = "{base}/hook"\n', encoding="utf-8")
    assert invoke("run", "--once", "--config", str(config), "--now",
                  "2026-11-20T09:00:00Z").returncode == 0
    shown["n"] = 2
    assert invoke("run", "--once", "--config", str(config), "--now",
                  "2026-11-20T09:20:00Z").returncode == 0
    yield config, shown


def stamps(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for v in value.values():
            yield from stamps(v)
    elif isinstance(value, list):
        for v in value:
            yield from stamps(v)
    elif isinstance(value, str) and STAMP.match(value):
        yield value


def one_document(stdout: str) -> Any:
    lines = stdout.splitlines()
    assert len(lines) == 1, stdout
    document = json.loads(lines[0])
    assert isinstance(document, dict | list)
    for stamp in stamps(document):
        assert ISO.match(stamp), stamp
    return document


def test_every_command_prints_one_json_document_with_iso_times(
        tmp_path: Path, watched: tuple[Path, dict[str, int]]) -> None:
    config, _ = watched
    c = str(config)
    page = tmp_path / "note.html"
    page.write_text(PAGE.format(t="Note", n=NEWS[0]), encoding="utf-8")
    commands: list[tuple[str, ...]] = [
        ("run", "--once", "--now", "2026-11-20T09:40:00Z"), ("sources",),
        ("sources", "test", "loop"), ("history",), ("history", "--fetches"),
        ("history", "--kind", "new", "--since", "2026-11-20T09:10:00Z"), ("show", "2"),
        ("diff", "2"), ("search", "sanctions"), ("actions",), ("digest", "--preview"),
        ("deliveries",), ("reclean",), ("digest", "--test", "desk"),
        ("deliveries", "retry", "1"),
    ]
    for args in commands:
        result = invoke(*args, "--json", "--config", c)
        assert result.returncode in (0, 1), (args, result.stderr)
        document = one_document(result.stdout)
        if args[0] in ("history", "search", "deliveries") and len(args) == 1:
            assert isinstance(document, list)
    # The file commands print one object per input, one per line (CONTRACT.md).
    for args in (("extract", str(page), str(page)), ("actions", str(page), str(page)),
                 ("ingest", "--config", c, str(page), str(page))):
        result = invoke(*args, "--json")
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        assert len(rows) == 2 and all(isinstance(r, dict) for r in rows), args
        assert [r["path"] for r in rows] == [str(page)] * 2


def test_a_delivery_already_sent_is_refused_and_retry_takes_several_ids(
        watched: tuple[Path, dict[str, int]]) -> None:
    config, _ = watched
    sent = invoke("deliveries", "retry", "1", "99", "--json", "--config", str(config))
    assert sent.returncode == 1
    rows = {r["id"]: r for r in json.loads(sent.stdout)}
    assert "already sent" in rows[1]["error"] and "no delivery 99" in rows[99]["error"]
    nothing = invoke("deliveries", "retry", "--all-dead", "--config", str(config))
    assert nothing.returncode == 0 and "No delivery is parked as dead" in nothing.stderr


def test_preview_without_subscriptions_prints_an_empty_array(tmp_path: Path) -> None:
    config = tmp_path / "policywatch.toml"
    config.write_text('[storage]\ndatabase = "pw.db"\n', encoding="utf-8")
    result = invoke("digest", "--preview", "--json", "--config", str(config))
    assert result.returncode == 0 and json.loads(result.stdout) == []
    assert "No subscriptions" in result.stderr


def test_errors_under_json_are_one_json_object_on_stderr(tmp_path: Path) -> None:
    usage = invoke("history", "--json", "--limit", "many")
    assert usage.returncode == 2 and usage.stdout == ""
    error = json.loads(usage.stderr)
    assert error["exit"] == 2 and "--limit" in error["error"]
    broken = tmp_path / "policywatch.toml"
    broken.write_text('[storage]\ndatabase = \n', encoding="utf-8")
    bad = invoke("run", "--once", "--json", "--config", str(broken))
    assert bad.returncode == 1 and json.loads(bad.stderr)["error"].endswith(
        "Fix the syntax there.")
    plain = invoke("history", "--limit", "many")
    assert plain.returncode == 2 and "Invalid value" in plain.stderr


def test_v_and_q_are_taken_anywhere_on_the_line(
        watched: tuple[Path, dict[str, int]]) -> None:
    config, _ = watched
    for args in (("-v", "history", "--config", str(config)),
                 ("history", "-v", "--config", str(config)),
                 ("history", "--config", str(config), "-v")):
        assert "config: " in invoke(*args).stderr, args
    quiet = invoke("run", "--once", "--config", str(config), "-q", "--now",
                   "2026-11-20T10:00:00Z")
    assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == ""
    loud = invoke("run", "--once", "--config", str(config), "--now", "2026-11-20T10:20:00Z")
    assert "Checked 1 source" in loud.stdout
    retry = invoke("deliveries", "retry", "-v", "1", "--config", str(config))
    assert "config: " in retry.stderr


def test_no_color_turns_colour_off_even_on_a_terminal(
        watched: tuple[Path, dict[str, int]]) -> None:
    config, _ = watched
    runner = CliRunner()
    coloured = runner.invoke(cli, ["diff", "--config", str(config), "2"], color=True)
    assert coloured.exit_code == 0
    plain = runner.invoke(cli, ["diff", "--config", str(config), "2"], color=True,
                          env={"NO_COLOR": "1"})
    assert plain.exit_code == 0 and "\x1b[" not in plain.output
    assert plain.output.replace("\n", "") in re.sub(r"\x1b\[[0-9;]*m", "",
                                                    coloured.output).replace("\n", "")


def test_version_answers_fast_without_loading_the_pipeline() -> None:
    def timed(*args: str) -> float:
        best = float("inf")
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run([sys.executable, *args], capture_output=True, check=True)
            best = min(best, time.perf_counter() - started)
        return best

    bare, version = timed("-c", "pass"), timed("-m", "monitor", "--version")
    assert version - bare < 0.3, f"--version took {version:.2f} s ({bare:.2f} s for python)"
    probe = ("import sys, runpy; sys.argv = ['policywatch', '--version']\n"
             "try:\n    runpy.run_module('monitor', run_name='__main__')\n"
             "except SystemExit:\n    pass\n"
             "print(' '.join(sorted(sys.modules)))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True).stdout.split()
    heavy = {"sqlalchemy", "httpx", "pydantic", "lxml", "store", "alerts", "monitor.config",
             "monitor.pipeline", "apscheduler", "bs4"}
    assert heavy.isdisjoint(loaded), heavy & set(loaded)
