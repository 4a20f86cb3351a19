"""The plain-text cleaner: scraped page text (like the seeds) without its menus and captions."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.clean import clean_document, clean_text
from monitor.clean.text import split_glued

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "clean"
SEEDS = ROOT / ".." / "shared" / "data" / "seeds"
BOILERPLATE = ("Skip to main content", "Show submenu", "Back to Top", "WATCH:")


def test_scraped_text_golden_case_keeps_every_sentence_and_drops_the_frame() -> None:
    expected = json.loads((FIXTURES / "scraped.json").read_text(encoding="utf-8"))
    cleaned = clean_text((FIXTURES / "scraped.txt").read_text(encoding="utf-8"), expected["url"])
    assert cleaned.url == expected["url"]
    assert cleaned.title == expected["title"]
    assert cleaned.published == datetime.fromisoformat(expected["published"])
    for sentence in expected["sentences"]:
        assert sentence in cleaned.text
    for junk in expected["boilerplate"]:
        assert junk not in cleaned.text
    assert "The White House" not in cleaned.text  # a repeated header line


def test_submenu_items_and_menu_runs_are_removed_from_inside_a_paragraph() -> None:
    text = ("The Department will open two new field offices this year. Get Help Show submenu "
            "for “Get Help””.Office of Field Services.Office of Grants Management.")
    assert clean_text(text).paragraphs == (
        "The Department will open two new field offices this year.",)


@pytest.mark.parametrize(("glued", "split"), [
    ("Briefings StatementsPresidential Actions", "Briefings Statements Presidential Actions"),
    ("among U.S.This coalition", "among U.S. This coalition"),
    ("supply chain.To build on it", "supply chain. To build on it"),
    ("Ronald McDonald House", "Ronald McDonald House"),
    ("an iPhone app", "an iPhone app"),
    ("written in JavaScript and on YouTube", "written in JavaScript and on YouTube"),
    ("Governor DeSantis and MacArthur Park", "Governor DeSantis and MacArthur Park"),
])
def test_glued_words_are_split_but_camel_case_names_are_kept(glued: str, split: str) -> None:
    assert split_glued(glued) == split


def test_addresses_handles_and_names_the_text_repeats_are_never_split() -> None:
    text = ("Write to PressDuty@harbor.example.gov or follow @HarborAffairs.\n"
            "HarborTech built the scanners. HarborTech will service them.")
    cleaned = clean_text(text)
    assert "PressDuty@harbor.example.gov" in cleaned.text
    assert "@HarborAffairs." in cleaned.text
    assert cleaned.text.count("HarborTech") == 2


def test_title_is_the_first_heading_line_and_date_the_date_line() -> None:
    cleaned = clean_text("Skip to main content\n\nHarbor Grants Announced Today\n\n"
                         "March 3, 2026\n\nThe grants were announced today.")
    assert cleaned.title == "Harbor Grants Announced Today"
    assert cleaned.published == datetime(2026, 3, 3, tzinfo=UTC)
    assert cleaned.paragraphs == ("The grants were announced today.",)


def test_hard_wrapped_lines_are_joined_into_one_paragraph() -> None:
    cleaned = clean_text("The Secretary said the inspections\nwill begin in May and\n"
                         "continue through the year.\n\nA second paragraph.")
    assert cleaned.paragraphs == (
        "The Secretary said the inspections will begin in May and continue through the year.",
        "A second paragraph.")


def test_empty_text_gives_an_empty_result() -> None:
    for text in ("", "\n\n", "Skip to main content\nBack to Top"):
        cleaned = clean_text(text, "u")
        assert (cleaned.title, cleaned.published, cleaned.paragraphs) == ("", None, ())


def _seeds() -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS.resolve()} (a fresh clone has no "
                    "../shared/data)")
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))


@pytest.fixture
def seed_texts() -> list[str]:
    _seeds()
    return [clean_document(p.read_text(encoding="utf-8"), "", "text/plain").text
            for p in sorted(SEEDS.glob("*.txt"))]


def test_seeds_lose_every_kind_of_boilerplate(seed_texts: list[str]) -> None:
    for text in seed_texts:
        for junk in BOILERPLATE:
            assert junk not in text
    assert "Executive Offices" not in seed_texts[0]
    assert "Office of Science and Technology Policy" not in seed_texts[0]


@pytest.mark.parametrize("sentence", [
    "the U.S. will advocate for a renewed focus on synthetic opioids",
    "We will also vote to put international controls on synthetic opioids",
    "It requires intensive diplomacy and global cooperation.",
    "The State Department is in this fight with you for as long as it takes.",
    "the United States is building a global coalition to accelerate efforts against illicit "
    "synthetic drugs",
    "Strengthening coordination and information-sharing among U.S. This global coalition",
    "Leading a coordinated global effort with international partners to disrupt the illicit "
    "synthetic drug trade. To build on the trend",
])
def test_seeds_keep_the_statement_sentences(seed_texts: list[str], sentence: str) -> None:
    assert any(sentence in text for text in seed_texts)


def test_seed_article_title_and_date_come_from_its_heading_and_date_line() -> None:
    _seeds()
    path = next(p for p in sorted(SEEDS.glob("*.txt")) if "Skip to main" in p.read_text())
    cleaned = clean_text(path.read_text(encoding="utf-8"))
    assert cleaned.title.startswith("State Department Leveraging Resources")
    assert cleaned.published == datetime(2021, 4, 7, tzinfo=UTC)
