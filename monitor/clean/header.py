"""A scraped page's header block: repeated glued copies of label, headline, site name and date.

Scrapers that keep a page's visible text often print its header several times, each copy
one glued line ("Briefings & StatementsHarbor Grants AnnouncedThe Example OfficeJuly 28,
2026"), then the label alone, then the site name and the date. Nothing here knows a
site: the site name is what a dated line shows before its date (or the line above a date
standing alone), confirmed when glued copies above it, of the same date, end with it; the
first such line ends the header. The label is a header line of its own, a block the
host's template knows, or where the case joints say; what is left between label and site
is the headline.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from .dates import text_date
from .glue import label_end, spaced
from .template import block_fingerprint

__all__ = ["Header", "read_header", "strip_header"]

_ZONE = 40  # a header sits in the first lines of the text, under a menu at most
_BODY = 300  # a line this long is the statement's text: the header is above it
_SENTENCE_WORDS = 12  # so is a line of this many words that ends a sentence
_SHORT_WORDS = 8  # a site name or a label is a short line
_SHORT = 80
_DATE_WORDS = 4  # "July 28, 2026", "28 July 2026", "2026-07-28"
_TRIM = " \t,;:|-–—·•"
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Header:
    """What the header block says, and where the statement's text begins."""

    title: str
    published: datetime
    label: str  # "" when the copies carry none
    site: str
    body_start: int  # index, in the lines given, of the first line after the header
    lines: tuple[str, ...] = ()  # the header's lines, as given


def _short(line: str) -> bool:
    return 0 < len(line) <= _SHORT and len(line.split()) <= _SHORT_WORDS


def _dated(line: str) -> tuple[str, datetime] | None:
    """(what precedes the date, the date) when the line ends with a date, glued or not."""
    words = spaced(line).rstrip(" .").split()
    if not words or not any(ch.isdigit() for ch in words[-1]):
        return None
    for k in range(1, min(_DATE_WORDS, len(words)) + 1):
        tail = " ".join(words[-k:])
        found = text_date(tail)
        if found is not None:
            at = line.casefold().rfind(words[-k].casefold())
            return (line[:at].rstrip(_TRIM), found) if at >= 0 else None
    return None


def _label(glued: str, others: Sequence[str], template: frozenset[str]) -> tuple[str, str]:
    """(label, headline) of the label + headline part of a header copy."""
    folded = glued.casefold()
    for line in sorted(others, key=len, reverse=True):  # a header line of its own
        if _short(line) and len(line) < len(glued) and folded.startswith(line.casefold()):
            return line, glued[len(line):].strip(_TRIM)
    if template:  # a block the host's other pages show too
        cuts = [m.start() for m in re.finditer(r"(?<=\S)(?=[A-Z ])", glued)]
        for cut in reversed(cuts):
            if block_fingerprint(glued[:cut]) in template:
                return glued[:cut].strip(), glued[cut:].strip(_TRIM)
    cut = label_end(glued)
    return glued[:cut].strip(), glued[cut:].strip(_TRIM)


def _site(lines: Sequence[str], at: int, before_date: str) -> str:
    if before_date:
        return before_date
    above = lines[at - 1] if at > 0 else ""
    return above if _short(above) and _dated(above) is None else ""


def read_header(lines: Sequence[str], template: frozenset[str] = frozenset()) -> Header | None:
    """The header block at the top of these (stripped, non-empty) lines, or None.

    A header needs at least one glued copy above its site-and-date line: a plain
    "Headline / date" top is left to the usual title and date rules.
    """
    zone: list[str] = []
    for line in lines[:_ZONE]:
        if len(line) > _BODY or (len(line.split()) >= _SENTENCE_WORDS
                                 and line.endswith((".", "!", "?", ".”", "”"))):
            break
        zone.append(_SPACES.sub(" ", line))
    dated = [(i, *found) for i, line in enumerate(zone) if (found := _dated(line))]
    for at, before_date, published in dated:  # the first site-and-date line ends it
        site = _site(zone, at, before_date)
        if not _short(site):
            continue
        tail = site.casefold()
        copies = {i: prefix[:len(prefix) - len(site)].strip(_TRIM)
                  for i, prefix, date in dated
                  if i < at and date == published and len(prefix) > len(site)
                  and prefix.casefold().endswith(tail)}
        heads = [head for head in copies.values() if head]
        if not heads:
            continue
        glued = Counter(heads).most_common(1)[0][0]
        others = [line for i, line in enumerate(zone[:at])
                  if i not in copies and line != site and _dated(line) is None]
        label, title = _label(glued, others, template)
        if title:
            return Header(title, published, label, site, at + 1, tuple(lines[:at + 1]))
    return None


def strip_header(text: str, template: frozenset[str] = frozenset()) -> tuple[Header | None, str]:
    """The header block of a plain text and the text below it (the whole text when none)."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = [i for i, line in enumerate(raw) if line.strip()]
    header = read_header([raw[i].strip() for i in kept], template)
    if header is None:
        return None, text
    start = kept[header.body_start] if header.body_start < len(kept) else len(raw)
    return header, "\n".join(raw[start:])
