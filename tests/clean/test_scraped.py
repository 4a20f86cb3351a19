"""Scraped plain text whose header is glued and repeated: title, date and clean body on every path.

The fixtures (fixtures/clean/scraped/, our own writing) print a header block the way
third-party scrapers of government sites do: copies of "label + headline + site name +
date" glued on one line, the label alone, then the site name and the date.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from monitor.clean import clean_document, clean_text
from monitor.clean.glue import label_end, spaced
from monitor.clean.header import read_header
from monitor.clean.template import block_fingerprint
from tests.conftest import invoke, run_cli

ROOT = Path(__file__).resolve().parents[2]
SCRAPED = ROOT / "fixtures" / "clean" / "scraped"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (SCRAPED / "expected.json").read_text(encoding="utf-8"))
PLAIN = [name for name, case in EXPECTED.items() if "template_lines" not in case]


def _text(name: str) -> str:
    return (SCRAPED / f"{name}.txt").read_text(encoding="utf-8")


def _template(case: dict[str, Any]) -> frozenset[str] | None:
    lines = case.get("template_lines")
    return None if lines is None else frozenset(block_fingerprint(line) for line in lines)


def _header_lines(name: str) -> list[str]:
    """The lines above the statement's first paragraph."""
    text = _text(name)
    first = EXPECTED[name]["paragraphs"][0]
    return [line.strip() for line in text[:text.index(first)].splitlines() if line.strip()]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_variant_gives_headline_date_and_every_paragraph(name: str) -> None:
    case = EXPECTED[name]
    cleaned = clean_text(_text(name), "https://www.example.gov/x/", _template(case))
    assert cleaned.title == case["title"]
    assert cleaned.published == datetime.fromisoformat(case["published"])
    assert list(cleaned.paragraphs) == case["paragraphs"]
    for line in _header_lines(name):
        assert line not in cleaned.text


def test_the_same_through_clean_document_as_text_plain() -> None:
    case = EXPECTED["two-copies"]
    cleaned = clean_document(_text("two-copies"), "u", "text/plain; charset=utf-8")
    assert (cleaned.title, list(cleaned.paragraphs)) == (case["title"], case["paragraphs"])


def test_a_label_known_only_to_the_host_template_is_cut_from_the_headline() -> None:
    # "USTRTariff": no lowercase→capital joint, and no label line of its own.
    assert clean_text(_text("label-from-template")).title.startswith("News from USTR")
    case = EXPECTED["label-from-template"]
    assert clean_text(_text("label-from-template"), "", _template(case)).title == case["title"]


@pytest.mark.parametrize(("glued", "label"), [
    ("Briefings & StatementsJoint Statement on Ports", "Briefings & Statements"),
    ("oFFICE OF THE fIRSt lADYFirst Lady Visits a School", "oFFICE OF THE fIRSt lADY"),
    ("FACT SHEETSFact Sheet: Ferry Grants", "FACT SHEETS"),
    ("bRIEFINGS & sTATEMENTSJoint Statement on Ports", "bRIEFINGS & sTATEMENTS"),
    ("OFFICE OF THE FIRST LADY First Lady Visits", "OFFICE OF THE FIRST LADY"),
    ("Fact SheetsU.S.-Estoria Port Deal", "Fact Sheets"),
    ("NATO Allies Meet on Port Security", ""),  # an acronym opens the headline: no label
    ("Statement on the McDonald Harbor Fund", ""),  # a camel-case name is no joint
    ("Proclamation on Lighthouse Keepers Day", ""),
])
def test_a_label_glued_to_the_headline_ends_at_its_case_joint(glued: str, label: str) -> None:
    assert glued[:label_end(glued)].strip() == label


def test_a_date_glued_to_the_site_name_is_read_in_any_format() -> None:
    assert spaced("The White HouseJuly 28, 2026") == "The White House July 28, 2026"
    assert spaced("Coastal Affairs4 September 2026") == "Coastal Affairs 4 September 2026"
    for line in ("The Example OfficeJuly 28, 2026", "The Example Office2026-07-28",
                 "The Example Office28 July 2026", "The Example Office07/28/2026"):
        copy = "Press ReleasesHarbor Grants Announced" + line
        header = read_header([copy, copy, "Press Releases", line, "Body text of the page."])
        assert header is not None, line
        assert (header.title, header.site, header.label) == (
            "Harbor Grants Announced", "The Example Office", "Press Releases")
        assert header.published.date().isoformat() == "2026-07-28"
        assert header.body_start == 4


@pytest.mark.parametrize("lines", [
    ["Harbor Grants Announced", "July 28, 2026", "The grants were announced today."],
    # two dated lines, but the earlier one does not end with what precedes the later date
    ["The council met on July 28, 2026", "Minutes were taken by the clerk on July 28, 2026"],
    # the same glued line twice with no site-and-date line below: no site to tell apart
    ["Press ReleasesHarbor GrantsThe Office July 28, 2026"] * 2 + ["The grants were announced."],
    # below a sentence of the statement: the text quotes a scraped page, it has no header
    ["The council read out a page that a scraper had saved, which it printed as follows.",
     *["NoticesHarbor GrantsThe Port CouncilJuly 28, 2026"] * 2,
     "The Port CouncilJuly 28, 2026", "The grants were announced."],
])
def test_no_header_where_the_shape_does_not_hold(lines: list[str]) -> None:
    assert read_header(lines) is None


def test_a_plain_headline_and_date_line_keep_their_old_reading() -> None:
    cleaned = clean_text("Harbor Grants Announced\n\nJuly 28, 2026\n\nThe grants were announced.")
    assert (cleaned.title, cleaned.paragraphs) == ("Harbor Grants Announced",
                                                   ("The grants were announced.",))


def test_extract_cli_in_a_real_process_reads_every_variant() -> None:
    paths = [str(SCRAPED / f"{name}.txt") for name in PLAIN]
    result = run_cli("extract", "--json", *paths)
    assert result.returncode == 0, result.stderr
    for name, line in zip(PLAIN, result.stdout.splitlines(), strict=True):
        row = json.loads(line)
        case = EXPECTED[name]
        assert (row["title"], row["published"]) == (case["title"], case["published"]), name
        assert row["text"] == "\n\n".join(case["paragraphs"]), name


def _config(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "policywatch.toml"
    path.write_text(f'[storage]\ndatabase = "sqlite:///{tmp_path / "pw.db"}"\n\n'
                    f"[fetch]\ndelay = 0\n{extra}", encoding="utf-8")
    return path


def _stored(cfg: Path, url: str) -> dict[str, Any]:
    shown = invoke("show", "--config", str(cfg), "--json", url)
    assert shown.returncode == 0, shown.stderr
    doc: dict[str, Any] = json.loads(shown.stdout)
    return {"title": doc["title"], "published": doc["published"],
            "paragraphs": doc["revisions"][-1]["text"].split("\n\n")}


def test_ingest_stores_headline_date_and_clean_body(tmp_path: Path) -> None:
    cfg = _config(tmp_path)
    for name in ("three-copies", "broken-case"):
        url = f"https://www.example.gov/briefings/{name}/"
        result = invoke("ingest", "--config", str(cfg), "--url", url, str(SCRAPED / f"{name}.txt"))
        assert result.returncode == 0, result.stderr
        case = EXPECTED[name]
        assert _stored(cfg, url) == {k: case[k] for k in ("title", "published", "paragraphs")}


def test_ingest_learns_a_label_line_from_the_host_and_cuts_it_from_a_headline(
        tmp_path: Path) -> None:
    cfg = _config(tmp_path)
    for n in range(3):  # pages of the host that show the label on a line of its own
        page = tmp_path / f"notice{n}.txt"
        page.write_text(f"News from USTR\n\nNotice {n} on Harbor Equipment\n\n"
                        f"The Trade Office today published notice number {n} of the year on "
                        f"harbor equipment.\n", encoding="utf-8")
        assert invoke("ingest", "--config", str(cfg), "--url",
                      f"https://trade.example.gov/notices/{n}/", str(page)).returncode == 0
    url = "https://trade.example.gov/notices/cranes/"
    result = invoke("ingest", "--config", str(cfg), "--url", url,
                    str(SCRAPED / "label-from-template.txt"))
    assert result.returncode == 0, result.stderr
    case = EXPECTED["label-from-template"]
    assert _stored(cfg, url) == {k: case[k] for k in ("title", "published", "paragraphs")}


def test_fetched_text_plain_pages_are_read_the_same(tmp_path: Path, httpserver: HTTPServer) -> None:
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    names = ["two-copies", "site-and-date-lines", "header-like-body"]
    items = "".join(f"<item><title>{n}</title><link>{base}/b/{n}/</link></item>" for n in names)
    httpserver.expect_request("/feed.xml").respond_with_data(
        f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
        content_type="application/rss+xml")
    for name in names:
        httpserver.expect_request(f"/b/{name}/").respond_with_data(
            _text(name), content_type="text/plain; charset=utf-8")
    cfg = _config(tmp_path, f'\n[[sources]]\nname = "scraped"\nurl = "{base}/feed.xml"\n')
    result = invoke("run", "--once", "--json", "--config", str(cfg), "--now",
                    "2026-11-20T09:00:00Z")
    assert result.returncode == 0, result.stderr
    for name in names:
        case = EXPECTED[name]
        assert _stored(cfg, f"{base}/b/{name}/") == {
            k: case[k] for k in ("title", "published", "paragraphs")}, name


def test_lines_the_host_template_knows_go_from_the_top_and_bottom_not_the_middle() -> None:
    top, middle, bottom = ("Call 555-0100 with press questions", "Office hours are nine to five",
                           "Last reviewed on the first of the month")
    text = (f"{top}\n\nCrane Tariff Review Opens\n\nThe Trade Office today opened a review of "
            f"crane tariffs for all ports.\n\n{middle}\n\nComments are welcome from port "
            f"operators until the end of February.\n\n{bottom}\n")
    plain = clean_text(text)
    assert plain.title == top and plain.paragraphs[-1] == bottom
    cleaned = clean_text(text, "", frozenset(block_fingerprint(x) for x in (top, middle, bottom)))
    assert cleaned.title == "Crane Tariff Review Opens"
    assert cleaned.paragraphs == (
        "The Trade Office today opened a review of crane tariffs for all ports.", middle,
        "Comments are welcome from port operators until the end of February.")


def test_a_text_page_counts_its_short_lines_for_the_host_only_when_asked() -> None:
    assert clean_text(_text("two-copies")).fingerprints == frozenset()
    learned = clean_text(_text("two-copies"), "", frozenset()).fingerprints
    assert block_fingerprint("Briefings & Statements") in learned
