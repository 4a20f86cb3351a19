"""Titles and publication dates of HTML pages: the rules of clean_meta and dates, each on a
fixture page of our own writing (fixtures/clean/meta)."""

from __future__ import annotations

import warnings
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from monitor.clean import clean_html
from monitor.clean.dates import parse_date, url_date

META = Path(__file__).resolve().parents[2] / "fixtures" / "clean" / "meta"
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


WH = "https://www.harbor-house.example/briefing-room/statements-releases"


@pytest.mark.parametrize(("name", "url", "day"), [
    # JSON-LD names both; the publication date is the one kept, whatever the order.
    ("date-ld-published-modified", URL, date(2026, 2, 17)),
    # A byline with both: "Updated" dates an edit, "Published" the release.
    ("date-updated-published-byline", URL, date(2026, 2, 17)),
    # No date in the page at all, only in the address.
    ("date-url-only", f"{WH}/2026/03/04/statement-on-the-harbor-safety-act/", date(2026, 3, 4)),
    # A UTC timestamp past midnight: the day the site published is the one in its URL.
    ("date-url-utc", f"{WH}/2026/03/04/remarks-at-the-port-alder-pier-dedication/",
     date(2026, 3, 4)),
    # A US date in numbers is month first.
    ("date-numeric-us", URL, date(2026, 3, 4)),
])
def test_publication_day_rule(name: str, url: str, day: date) -> None:
    published = clean_html(fixture(name), url).published
    assert published is not None and published.date() == day


def test_a_page_with_no_date_has_none_not_today_nor_its_copyright_year() -> None:
    assert clean_html(fixture("date-none"), URL).published is None


def test_the_metadata_timestamp_is_kept_when_the_url_agrees_on_the_day() -> None:
    html = fixture("date-url-utc").replace("2026-03-05T02:30:00+00:00",
                                           "2026-03-04T21:30:00-05:00")
    published = clean_html(html, f"{WH}/2026/03/04/remarks/").published
    assert published == datetime.fromisoformat("2026-03-04T21:30:00-05:00")


@pytest.mark.parametrize(("url", "day"), [
    ("https://www.harbor.example/2021/3/4/readout/", date(2021, 3, 4)),
    ("https://www.harbor.example/blog/2021-03-04-readout", date(2021, 3, 4)),
    ("https://www.harbor.example/news/2021/02/30/readout/", None),  # no such day
    ("https://www.harbor.example/reports/2021-4-4-2021-5-0-notes/", None),  # a version range
    ("https://www.harbor.example/news/2021/03/readout/", None),  # a month is not a day
])
def test_url_date_reads_only_a_whole_day_from_the_path(url: str, day: date | None) -> None:
    found = url_date(url)
    assert (found.date() if found else None) == day


def test_zone_abbreviations_beyond_the_us_are_read_and_unknown_ones_are_utc_quietly() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert parse_date("March 3, 2021 23:30 CEST") == datetime(2021, 3, 3, 21, 30, tzinfo=UTC)
        assert parse_date("March 3, 2021 10:00 EDT") == datetime(2021, 3, 3, 14, 0, tzinfo=UTC)
        assert parse_date("March 3, 2021 10:00 QQT") == datetime(2021, 3, 3, 10, 0, tzinfo=UTC)
