"""Titles and publication dates of HTML pages: the rules of clean_meta and dates, each on a
fixture page of our own writing (fixtures/clean/meta)."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.clean import clean_html

META = Path(__file__).resolve().parents[1] / "fixtures" / "clean" / "meta"
URL = "https://www.harbor.example/news/"


def fixture(name: str) -> str:
    return (META / f"{name}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "title"), [
    # The logo h1 links home; the later h1s are sections; the share title names the page.
    ("title-logo-h1", "Ports Week Opens With Twelve Inspections"),
    # The headline repeats the "| Site" the <title> carries; og:site_name says it is the site.
    ("title-h1-site-suffix", "Port Safety Grants Open for 2026"),
    # An article's own headline beats its share title.
    ("title-og-h1-article", "Secretary Opens Twelve Port Safety Grants"),
    # A landing page's share title is its name; its h1 is a slogan.
    ("title-og-h1-landing", "Port Inspections Program"),
    # A <br> inside the headline is a space, not glue ("theHarbor").
    ("title-line-break", "Statement on the Harbor Safety Act"),
])
def test_title_rule(name: str, title: str) -> None:
    assert clean_html(fixture(name), URL).title == title


def test_a_footer_heading_is_never_the_title() -> None:
    html = fixture("title-logo-h1").replace('<meta property="og:title" content="Ports Week '
                                            'Opens With Twelve Inspections">', "")
    assert clean_html(html, URL).title not in ("Contact Us", "Harbor Notes")
