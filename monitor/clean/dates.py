"""Publication dates from page metadata, JSON-LD, <time> elements and visible date lines."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from dateutil import parser as dateparser
from lxml import etree

from .meta import collapse

__all__ = ["find_date", "json_ld_dates", "parse_date", "text_date", "url_date"]

_META_NAMES = frozenset((
    "article:published_time", "article:published", "og:published_time",
    "og:article:published_time", "datepublished", "dc.date", "dc.date.issued",
    "dc.date.created", "dcterms.date", "dcterms.created", "dcterms.issued", "publish-date",
    "publish_date", "publishdate", "publication_date", "pubdate", "sailthru.date",
    "parsely-pub-date", "citation_publication_date", "citation_date", "article.published",
    "release_date", "date", "created", "originalpublicationdate", "article_date_original",
))
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_TEXT_DATE = re.compile(
    rf"\b(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|"
    # "Updated: 10/31/2024", month first as US sites write it (dateutil turns "13/11" round).
    r"(?<![\d/])\d{1,2}/\d{1,2}/(?:19|20)\d\d)(?![\d/])",
    re.IGNORECASE,
)
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_HAS_DAY = re.compile(r"\d{4}-\d\d-\d\d|\d{1,2}\D+\d{4}|\d{4}\D+\d{1,2}|\d{8}")
_DATE_CLASS = re.compile(r"date|publish|posted|byline|meta", re.IGNORECASE)
_RELEASED = re.compile(r"\b(?:published|posted|released|issued|dated?)(?: on)?:?\s*",
                       re.IGNORECASE)
_UPDATED = re.compile(r"\b(?:last )?(?:updated|modified|reviewed)(?: on)?:?\s*", re.IGNORECASE)
_LD_KEYS = ("datePublished", "dateCreated", "uploadDate")
# "/2021/03/04/" or "/2021-03-04-": a day the site wrote into the address when it published.
_URL_DAY = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?=/|$|[-_.+])|"
                      r"/((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=/|$|[-_.+])")
_HOUR = 3600
# Zone abbreviations as pages print them ("10:30 a.m. EDT"): the US ones, and the few
# others common on English-language government sites. Any other reads as UTC.
_ZONES = {"EST": -5 * _HOUR, "EDT": -4 * _HOUR, "ET": -5 * _HOUR, "CST": -6 * _HOUR,
          "CDT": -5 * _HOUR, "MST": -7 * _HOUR, "MDT": -6 * _HOUR, "PST": -8 * _HOUR,
          "PDT": -7 * _HOUR, "AKST": -9 * _HOUR, "AKDT": -8 * _HOUR, "HST": -10 * _HOUR,
          "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": _HOUR, "CET": _HOUR,
          "CEST": 2 * _HOUR, "EET": 2 * _HOUR, "EEST": 3 * _HOUR, "JST": 9 * _HOUR,
          "AEST": 10 * _HOUR, "AEDT": 11 * _HOUR}


def _zone(name: str | None, offset: int | None) -> int:
    return offset if offset is not None else _ZONES.get((name or "").upper(), 0)


def parse_date(value: str | None) -> datetime | None:
    """An aware datetime from a date string, or None (no zone means UTC; a bare date, midnight)."""
    if not value:
        return None
    value = _ORDINAL.sub("", value.strip())
    if not value or len(value) > 64 or not _HAS_DAY.search(value):
        return None
    try:
        parsed = dateparser.parse(value, fuzzy=False, tzinfos=_zone)
    except (ValueError, OverflowError, TypeError, dateparser.ParserError):
        return None
    if parsed is None or not 1990 <= parsed.year <= 2100:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def text_date(text: str) -> datetime | None:
    """The first "April 07, 2021"-style date in a text."""
    for match in _TEXT_DATE.finditer(text):
        parsed = parse_date(match.group(0))
        if parsed:
            return parsed
    return None


def url_date(url: str) -> datetime | None:
    """The publication day a URL's path spells ("/2021/03/04/"), at midnight UTC, or None."""
    path = urlsplit(url).path if url else ""
    match = _URL_DAY.search(path)
    if match is None:
        return None
    year, month, day = (int(g) for g in match.groups() if g is not None)
    try:
        return datetime(year, month, day, tzinfo=UTC)
    except ValueError:  # "/2021/02/30/"
        return None


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            stack.extend(v for v in item.values() if isinstance(v, dict | list))


def json_ld_dates(blobs: Iterable[str]) -> list[str]:
    """datePublished (or dateCreated) values from JSON-LD script bodies, in page order."""
    found: list[str] = []
    for blob in blobs:
        try:
            data = json.loads(blob)
        except (ValueError, RecursionError):
            continue
        for item in _walk(data):
            for key in _LD_KEYS:
                value = item.get(key)
                if isinstance(value, str):
                    found.append(value)
                    break
    return found


def _meta_date(root: etree._Element) -> datetime | None:
    for tag in root.iter("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        if key in _META_NAMES or ("publish" in key and "publisher" not in key):
            parsed = parse_date(tag.get("content"))
            if parsed:
                return parsed
    return None


def _element_date(root: etree._Element) -> datetime | None:
    for el in root.iter(etree.Element):
        if el.get("itemprop") == "datePublished" or el.tag == "time":
            value = el.get("datetime") or el.get("content") or el.text_content()
            parsed = parse_date(value) or text_date(value[:200])
            if parsed:
                return parsed
    return None


def _class_date(root: etree._Element) -> datetime | None:
    seen = 0
    for el in root.iter(etree.Element):
        names = el.get("class")
        if names and _DATE_CLASS.search(names):
            text = el.text_content()
            if len(text) <= 120:
                parsed = text_date(text)
                if parsed:
                    return parsed
            seen += 1
            if seen > 20:
                break
    return None


def _release_date(window: str) -> datetime | None:
    """The first date in a window that no "Updated" label dates as an edit, else the first."""
    first: datetime | None = None
    for match in _TEXT_DATE.finditer(window):
        parsed = parse_date(match.group(0))
        if parsed is None:
            continue
        label = window[max(0, match.start() - 30):match.start()]
        edited = _UPDATED.search(label) is not None and _RELEASED.search(label) is None
        if not edited:
            return parsed
        first = first or parsed
    return first


def _near_title(text: str, title: str) -> datetime | None:
    """A date line just above or below the headline ("By Jo Doe - Mar 27, 2024")."""
    if len(title) < 4:
        return None
    start = 0
    for _ in range(3):  # the headline also shows up in menus and breadcrumbs
        at = text.find(title, start)
        if at < 0:
            return None
        end = at + len(title)
        found = _release_date(text[end:end + 500]) or _release_date(text[max(0, at - 150):at])
        if found:
            return found
        start = end
    return None


def _labelled(text: str, label: re.Pattern[str]) -> datetime | None:
    for match in label.finditer(text):
        found = text_date(text[match.end():match.end() + 40])
        if found:
            return found
    return None


def _declared_date(root: etree._Element, ld_json: Iterable[str]) -> datetime | None:
    """The publication date the page's metadata declares: meta tags, then JSON-LD."""
    found = _meta_date(root)
    if found:
        return found
    for value in json_ld_dates(ld_json):
        found = parse_date(value)
        if found:
            return found
    return None


def _shown_date(root: etree._Element, title: str, main_text: str) -> datetime | None:
    """A date the page shows: by the headline, <time>, dated classes, labelled dates."""
    # Text nodes joined by a space: "April 13, 2023" and a "Tags" label after it are two words.
    text = " ".join(root.itertext())
    h1 = root.find(".//h1")
    heading = collapse(h1.text_content()) if h1 is not None else ""
    near = _near_title(text, title) or (heading != title and _near_title(text, heading)) or None
    # "Last updated: November 13, 2025" is the last resort: it dates an edit, not the release.
    return (near or _element_date(root) or _class_date(root) or _labelled(text, _RELEASED)
            or text_date(main_text[:400]) or _labelled(text, _UPDATED))


def find_date(root: etree._Element, ld_json: Iterable[str] = (), title: str = "",
              main_text: str = "", url: str = "") -> datetime | None:
    """Meta tags, JSON-LD, then dates the page shows; a day in the URL has the last word.

    A site writes the day into a URL once, when it publishes, so a metadata timestamp on
    another day (a UTC time past local midnight, a later re-dating) yields to it.
    """
    found = _declared_date(root, ld_json) or _shown_date(root, title, main_text)
    day = url_date(url)
    if day is None or (found is not None and found.date() == day.date()):
        return found
    return day
