"""Honest failures, through the installed entry point (real subprocesses): exit status 3
for a partial failure naming the failing parts, a header-dripping server that cannot hang
run --once, a database file that is not SQLite, and ingest's fetch-path checks."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from pytest_httpserver import HTTPServer

from tests.conftest import run_cli
from tests.fetch.test_client import HeaderDrip
from tests.loopfeed import serve_growing_feed

PAGE = ("<html><head><title>Port Inspections</title></head><body><main><h1>Port Inspections"
        "</h1><p>The Department of Examples today launched a programme of joint port "
        "inspections with three partner governments.</p><p>Inspectors will begin work in "
        "January at the northern ports.</p></main></body></html>")


def serve_feed(httpserver: HTTPServer, path: str = "/feed.xml", pages: int = 1) -> str:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    items = "".join(f"<item><title>p{i}</title><link>{base}/p/{i}/</link></item>"
                    for i in range(pages))
    httpserver.expect_request(path).respond_with_data(
        f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
        content_type="application/rss+xml")
    return base


def config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "policywatch.toml"
    path.write_text(f'[storage]\ndatabase = "pw.db"\n[fetch]\ndelay = 0\nretries = 0\n{body}',
                    encoding="utf-8")
    return path


def test_a_failed_source_is_exit_3_and_named_in_the_summary(
        tmp_path: Path, httpserver: HTTPServer) -> None:
    base = serve_feed(httpserver)
    httpserver.expect_request("/p/0/").respond_with_data(PAGE, content_type="text/html")
    httpserver.expect_request("/missing.xml").respond_with_data("", status=404)
    cfg = config(tmp_path, f'[[sources]]\nname = "good"\nurl = "{base}/feed.xml"\n'
                           f'[[sources]]\nname = "gone"\nurl = "{base}/missing.xml"\n')
    result = run_cli("run", "--once", "--config", str(cfg))
    assert result.returncode == 3, result.stderr
    assert "Failed sources: gone." in result.stdout
    assert f"failed: gone: {base}/missing.xml: HTTP 404 (not found)" in result.stdout
    assert result.stderr == ""  # said once, in the summary
    as_json = json.loads(run_cli("run", "--once", "--json", "--config", str(cfg)).stdout)
    assert as_json["exit"] == 3 and as_json["failed_sources"] == ["gone"]


def test_every_page_failing_is_a_failed_run(tmp_path: Path, httpserver: HTTPServer) -> None:
    base = serve_feed(httpserver, pages=3)
    for i in range(3):
        httpserver.expect_request(f"/p/{i}/").respond_with_data("", status=404)
    cfg = config(tmp_path, f'[[sources]]\nname = "all404"\nurl = "{base}/feed.xml"\n')
    result = run_cli("run", "--once", "--config", str(cfg))
    assert result.returncode == 1
    assert "none of its 3 page(s) could be stored" in result.stdout
    assert f"failed: {base}/p/0/: HTTP 404 (not found)\n" in result.stdout
    assert "remove the link" not in result.stdout and result.stderr == ""


def test_a_delivery_parked_as_dead_is_exit_3(tmp_path: Path, httpserver: HTTPServer) -> None:
    base = httpserver.url_for("").rstrip("/")
    shown = {"n": 1}
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    serve_growing_feed(httpserver, shown)
    httpserver.expect_request("/p/0/").respond_with_data(PAGE, content_type="text/html")
    httpserver.expect_request("/p/1/").respond_with_data(
        PAGE.replace("joint port inspections with three partner governments",
                     "sanctions on two shipping firms that carried precursor chemicals"),
        content_type="text/html")
    httpserver.expect_request("/hook", method="POST").respond_with_data("no", status=500)
    cfg = config(tmp_path, f'[delivery]\nmax_attempts = 1\n'
                           f'[[sources]]\nname = "s"\nurl = "{base}/feed.xml"\n'
                           f'[[subscriptions]]\nname = "desk"\nwebhook = "{base}/hook"\n')
    first = run_cli("run", "--once", "--config", str(cfg), "--now", "2026-11-20T09:00:00Z")
    assert first.returncode == 0, first.stdout + first.stderr
    shown["n"] = 2
    second = run_cli("run", "--once", "--config", str(cfg), "--now", "2026-11-20T09:20:00Z")
    assert second.returncode == 3, second.stdout + second.stderr
    assert "1 parked as dead" in second.stdout and "HTTP 500" in second.stdout
    assert "will retry" not in second.stdout
    listed = run_cli("deliveries", "--json", "--config", str(cfg))
    (dead,) = json.loads(listed.stdout)
    assert dead["status"] == "dead" and "Parked as dead" in dead["last_error"]
    assert "will retry" not in dead["last_error"]


def test_headers_sent_one_byte_every_2_s_cannot_hang_run_once(
        tmp_path: Path, httpserver: HTTPServer) -> None:
    drip = HeaderDrip(2.0)
    try:
        base = serve_feed(httpserver)
        httpserver.expect_request("/p/0/").respond_with_data(PAGE, content_type="text/html")
        cfg = config(tmp_path, f"deadline = 3\nread_timeout = 20\n"
                               f'[[sources]]\nname = "drip"\nurl = "{drip.url}/feed.xml"\n'
                               f'[[sources]]\nname = "after"\nurl = "{base}/feed.xml"\n')
        started = time.monotonic()
        result = run_cli("run", "--once", "--json", "--config", str(cfg), timeout=60)
        elapsed = time.monotonic() - started
    finally:
        drip.close()
    summary = json.loads(result.stdout)
    assert elapsed < 20, f"run --once took {elapsed:.0f} s"
    assert summary["failed_sources"] == ["drip"] and summary["new"] == 1
    assert any("within the 3 s deadline" in e for e in summary["errors"])
    assert result.returncode == 3


def test_a_database_that_is_not_sqlite_is_one_line_naming_the_file(tmp_path: Path) -> None:
    db = tmp_path / "pw.db"
    db.write_bytes(b"This is a note, not a database. " * 200)
    cfg = config(tmp_path, '[[sources]]\nname = "s"\nurl = "http://127.0.0.1:9/feed.xml"\n')
    page = tmp_path / "p.html"
    page.write_text(PAGE, encoding="utf-8")
    for args in (("run", "--once"), ("history",), ("ingest", str(page)), ("sources",)):
        result = run_cli(*args, "--config", str(cfg))
        assert result.returncode == 1, args
        (line,) = result.stderr.splitlines()
        assert str(db) in line and "not an SQLite database" in line, line
    assert db.read_bytes().startswith(b"This is a note")


def test_ingest_refuses_a_binary_file_and_stores_nothing(tmp_path: Path) -> None:
    png = tmp_path / "chart.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    cfg = config(tmp_path, "")
    result = run_cli("ingest", "--config", str(cfg), str(png))
    assert result.returncode == 1
    assert "not a text file (binary content" in result.stderr
    assert "Nothing was stored" in result.stderr
    disguised = tmp_path / "chart.html"
    disguised.write_bytes(png.read_bytes())
    again = run_cli("ingest", "--config", str(cfg), str(disguised))
    assert again.returncode == 1 and "binary content" in again.stderr
    assert not (tmp_path / "pw.db").exists(), "a refused file must leave no database behind"


def test_ingest_refuses_a_file_over_max_bytes_without_reading_it_whole(tmp_path: Path) -> None:
    big = tmp_path / "archive.html"
    with big.open("wb") as handle:
        handle.write(b"<html><body><main>")
        chunk = b"<p>The Department of Examples announced another inspection round.</p>\n"
        for _ in range(50 * 1024 * 1024 // len(chunk)):
            handle.write(chunk)
    cfg = config(tmp_path, "max_bytes = 2000000\n")
    # VmHWM: this process's own peak (ru_maxrss would carry the forking parent's over exec).
    probe = ("import runpy, sys\n"
             f"sys.argv = ['policywatch', 'ingest', '--config', {str(cfg)!r}, {str(big)!r}]\n"
             "try:\n    runpy.run_module('monitor', run_name='__main__')\n"
             "except SystemExit as exc:\n"
             "    peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM')]\n"
             "    print(peak[0].split()[1], exc.code)\n")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, check=False)
    peak_kb, code = done.stdout.split()
    assert code == "1" and "over the 2,000,000-byte cap" in done.stderr
    assert int(peak_kb) < 200_000, f"peak memory {int(peak_kb) // 1024} MB"
    assert time.monotonic() - started < 30
