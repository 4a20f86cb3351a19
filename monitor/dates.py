"""Publication dates from page metadata and visible date lines."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from bs4 import BeautifulSoup
from dateutil import parser as dateparser

__all__ = ["find_date", "parse_date", "text_date"]

_META_NAMES = (
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date",
    "dc.date.issued", "dcterms.created", "dcterms.issued", "publish-date", "publication_date",
    "pubdate", "sailthru.date", "parsely-pub-date", "citation_publication_date",
    "article.published", "created", "last-modified-date",
)
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_TEXT_DATE = re.compile(
    rf"\b(?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b"
)


_DATE_CLASS = re.compile(r"(?:^|[-_])(?:date|dateline|publish(?:ed)?(?:-date)?|pub-?date|"
                         r"post-date|entry-date|article-date|release-date)(?:$|[-_])",
                         re.IGNORECASE)


def parse_date(value: str | None) -> datetime | None:
    """An aware UTC datetime from a date string, or None (a bare date is midnight UTC)."""
    if not value:
        return None
    value = value.strip()
    if not value or len(value) > 80:
        return None
    try:
        parsed = dateparser.parse(value, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None or not 1990 <= parsed.year <= 2100:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def text_date(text: str) -> datetime | None:
    """The first "April 07, 2021"-style date in a text."""
    match = _TEXT_DATE.search(text)
    return parse_date(match.group(0)) if match else None


def _json_ld_dates(soup: BeautifulSoup) -> list[str]:
    found: list[str] = []
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                for key in ("datePublished", "dateCreated", "uploadDate"):
                    if isinstance(item.get(key), str):
                        found.append(item[key])
                stack.extend(v for v in item.values() if isinstance(v, dict | list))
    return found


def find_date(soup: BeautifulSoup, main_text: str = "") -> datetime | None:
    """Meta tags, JSON-LD, <time datetime>, then a visible date line near the top."""
    for tag in soup.find_all("meta"):
        key = str(tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        if key in _META_NAMES:
            parsed = parse_date(str(tag.get("content") or ""))
            if parsed:
                return parsed
    for value in _json_ld_dates(soup):
        parsed = parse_date(value)
        if parsed:
            return parsed
    for time_tag in soup.find_all("time"):
        parsed = parse_date(str(time_tag.get("datetime") or "") or time_tag.get_text(" "))
        if parsed:
            return parsed
    # A visible date line the template marks as one (class "…publish-date", "…date…").
    for tag in soup.find_all(class_=_DATE_CLASS, limit=20):
        text = tag.get_text(" ", strip=True)
        if len(text) <= 80:
            parsed = text_date(text)
            if parsed:
                return parsed
    return text_date(main_text[:600])
