"""The CLI as users and scripts see it: real subprocesses, JSON shapes, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tests.conftest import SHARED, invoke, run_cli

STATEMENT = """<!doctype html><html><head>
<title>Reward Offer for Harbor Network Leaders | Department</title>
<meta property="article:published_time" content="2026-11-18T15:00:00Z">
<link rel="canonical" href="https://www.example.gov/news/reward-offer/"></head><body>
<a href="#main" class="usa-skipnav">Skip to main content</a>
<nav class="usa-nav"><button>Show submenu for “Policy Issues”</button></nav>
<main id="main"><h1>Reward Offer for Harbor Network Leaders</h1>
<p>The Department of State is offering a reward of up to $5 million for information leading
to the arrest of the leaders of the Harbor trafficking network.</p>
<p>The network moves precursor chemicals through three ports on the northern coast.</p>
<p>Anyone with information should contact the tips line.</p></main>
<footer class="usa-footer"><a href="#">Back to Top</a></footer></body></html>"""


def config(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "policywatch.toml"
    path.write_text(f'[storage]\ndatabase = "sqlite:///{tmp_path / "pw.db"}"\n\n'
                    f"[fetch]\ndelay = 0\n{extra}", encoding="utf-8")
    return path


def test_extract_json_gives_one_object_per_input_in_order(tmp_path: Path) -> None:
    page = tmp_path / "reward.html"
    page.write_text(STATEMENT, encoding="utf-8")
    text = tmp_path / "note.txt"
    text.write_text("Skip to main content\n\nA plain statement about port inspections today.\n\n"
                    "Back to Top\n", encoding="utf-8")
    result = invoke("extract", "--json", str(page), str(text))
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert set(first) == {"path", "url", "title", "published", "text"}
    assert first["path"] == str(page) and second["path"] == str(text)
    assert first["title"] == "Reward Offer for Harbor Network Leaders"
    assert first["published"].startswith("2026-11-18")
    assert first["url"] == "file://" + str(page.resolve()) or first["url"].startswith("file:")
    assert "reward of up to $5 million" in first["text"]
    assert "Skip to main content" not in first["text"] and "Back to Top" not in first["text"]
    assert "\n\n" in first["text"]
    assert "port inspections" in second["text"] and "Back to Top" not in second["text"]


def test_extract_reads_stdin(tmp_path: Path) -> None:
    result = invoke("extract", "--json", "--url", "https://www.example.gov/news/reward-offer/",
                     "-", input=STATEMENT.encode())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["url"] == "https://www.example.gov/news/reward-offer/"


def test_extract_on_the_seeds_drops_their_boilerplate() -> None:
    seeds = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []
    if not seeds:
        pytest.skip("../shared/data/seeds is not present")
    result = invoke("extract", "--json", *map(str, seeds))
    assert result.returncode == 0, result.stderr
    texts = [json.loads(line)["text"] for line in result.stdout.splitlines()]
    assert len(texts) == len(seeds)
    for text in texts:
        for junk in ("Skip to main content", "Show submenu", "Back to Top"):
            assert junk not in text


def test_ingest_second_version_of_same_url_is_a_revision(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    v1 = tmp_path / "v1.html"
    v1.write_text(STATEMENT, encoding="utf-8")
    v2 = tmp_path / "v2.html"
    v2.write_text(STATEMENT.replace("the tips line.</p>", "the tips line.</p><p>The Department "
                                    "will also freeze the network's accounts.</p>"),
                  encoding="utf-8")
    v3 = tmp_path / "v3.html"
    v3.write_text(STATEMENT.replace('class="usa-nav"', 'class="usa-nav redesigned"'),
                  encoding="utf-8")
    url = "https://www.example.gov/news/reward-offer/"
    result = invoke("ingest", "--config", str(cfg), "--url", url, "--json", str(v1), str(v2))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["status"] for r in rows] == ["new", "revision"]
    assert rows[1]["change"] == "substantive"
    assert set(rows[0]) == {"path", "url", "status", "duplicate_of", "similarity", "change"}
    mirror = invoke("ingest", "--config", str(cfg), "--url", "https://mirror.example.org/r",
                     "--json", str(v2))
    row = json.loads(mirror.stdout)
    assert row["status"] == "duplicate" and row["duplicate_of"] == url
    assert row["similarity"] == 100.0
    again = invoke("ingest", "--config", str(cfg), "--url", url, "--json", str(v2))
    assert json.loads(again.stdout)["status"] == "unchanged"

    history = json.loads(invoke("history", "--config", str(cfg), "--json").stdout)
    assert {d["url"] for d in history} == {url, "https://mirror.example.org/r"}
    shown = json.loads(invoke("show", "--config", str(cfg), "--json", url).stdout)
    assert [r["number"] for r in shown["revisions"]] == [1, 2]
    assert shown["also_at"] == ["https://mirror.example.org/r"]
    diff = json.loads(invoke("diff", "--config", str(cfg), "--json", url).stdout)
    assert diff["added"] == ["The Department will also freeze the network's accounts."]
    found = json.loads(invoke("search", "--config", str(cfg), "--json", "freeze").stdout)
    assert [d["url"] for d in found] == [url]
    human = invoke("diff", "--config", str(cfg), url)
    assert "+ The Department will also freeze" in human.stdout


def test_run_once_json_against_a_loopback_feed(tmp_path: Path, httpserver: HTTPServer) -> None:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/feed.xml").respond_with_data(
        f'<rss version="2.0"><channel><title>t</title><item><title>r</title>'
        f"<link>{base}/news/reward/</link></item></channel></rss>",
        content_type="application/rss+xml")
    httpserver.expect_request("/news/reward/").respond_with_data(
        STATEMENT.replace("https://www.example.gov", base), content_type="text/html")
    cfg = config(tmp_path, f'\n[[sources]]\nname = "loop"\nurl = "{base}/feed.xml"\n')
    result = invoke("run", "--once", "--json", "--config", str(cfg), "--now",
                     "2026-11-20T09:00:00Z")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["new"], summary["baselines"], summary["sources"]) == (1, 1, 1)
    human = invoke("run", "--once", "--config", str(cfg), "--now", "2026-11-20T09:20:00Z")
    assert "Checked 1 source" in human.stdout
    sources = json.loads(invoke("sources", "--json", "--config", str(cfg)).stdout)
    assert sources[0]["baseline_at"].startswith("2026-11-20T09:00")


def test_broken_config_exits_1_naming_the_key(tmp_path: Path) -> None:
    body = '\n[[sources]]\nname = "x"\nurl = "https://a.gov/feed"\nevery = "soon"\n'
    cfg = config(tmp_path, body)
    result = invoke("run", "--once", "--config", str(cfg))
    assert result.returncode == 1
    assert "sources[0].every" in result.stderr and "15m" in result.stderr


def test_usage_error_exits_2_from_the_installed_entry_point() -> None:
    assert run_cli("extract").returncode == 2
    assert run_cli("run", "--once", "--now", "yesterday-ish").returncode == 2


def test_missing_input_file_exits_1(tmp_path: Path) -> None:
    result = invoke("extract", str(tmp_path / "nope.html"))
    assert result.returncode == 1 and "cannot read" in result.stderr


def test_show_unknown_document_exits_1(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    page = tmp_path / "p.html"
    page.write_text(STATEMENT, encoding="utf-8")
    assert invoke("ingest", "--config", str(cfg), str(page)).returncode == 0
    result = invoke("show", "--config", str(cfg), "42")
    assert result.returncode == 1 and "policywatch history" in result.stderr


def test_sources_without_config_lists_the_defaults(tmp_path: Path) -> None:
    result = invoke("sources", "--json", cwd=tmp_path, env={"POLICYWATCH_CONFIG": ""})
    assert result.returncode == 0, result.stderr
    names = [s["name"] for s in json.loads(result.stdout)]
    assert any("White House" in n for n in names) and any("State" in n for n in names)
