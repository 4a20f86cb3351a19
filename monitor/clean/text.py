"""Plain text that arrives without markup (scraped pages, the seeds): the same boilerplate out."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from .boilerplate import is_boilerplate_line, remove_submenus
from .dates import text_date
from .glue import repeated_camel_words, split_glued
from .header import strip_header
from .page import Cleaned
from .template import block_fingerprint, in_template

__all__ = ["clean_text", "repeated_camel_words", "split_glued"]

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
_MENU_WORD = re.compile(r"^(?:[A-Z][\w’'&.-]*|of|the|and|for|on|in|to|&|a|an|at|with)$")
_LINE_END = (".", "!", "?", ":", ";", "”", "\"", ")")
_LEARNED = 150  # lines shorter than this count towards the host's template (as HTML blocks)
_ANCHOR = 60  # a line this long that the template does not know is the statement's text


def _is_menu_sentence(sentence: str) -> bool:
    """A short run of title-case words and no verb-ish lowercase word: a menu item."""
    words = sentence.strip(" .").split()
    if not 1 <= len(words) <= 8 or any(ch.isdigit() for ch in sentence):
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals >= max(1, len(words) - 3) and all(_MENU_WORD.match(w) for w in words)


def _clean_line(line: str, names: frozenset[str]) -> str:
    text = _SPACES.sub(" ", split_glued(remove_submenus(line), names)).strip()
    sentences = _SENTENCE_END.split(text)
    if len(sentences) > 1:  # menu items glued into a paragraph; a lone line may be a heading
        sentences = [s for s in sentences if not _is_menu_sentence(s)]
    kept = [s for s in sentences if not is_boilerplate_line(s)]
    text = " ".join(kept).strip()
    return "" if text in (".", "”", "”.") else text


def _lines(text: str) -> list[str]:
    """Lines of the text, hard-wrapped continuation lines joined to the line they continue."""
    out: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if not line:
            out.append("")
        elif out and out[-1] and not out[-1].endswith(_LINE_END) and line[:1].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return [line for line in out if line]


def _is_heading(line: str) -> bool:
    words = line.split()
    return (2 <= len(words) <= 30 and len(line) <= 200 and not line.endswith((".", ":", ","))
            and text_date(line) is None)


def _split_head(paragraphs: list[str]) -> tuple[str, datetime | None, list[str]]:
    """Title (first heading-like line) and date line from the top; header lines above go."""
    title, published, body = "", None, list(paragraphs)
    for i, line in enumerate(body[:8]):
        if len(line) > 200:
            break
        if not title and _is_heading(line):
            title = line
            body[i] = ""
            body[:i] = [p if len(p) > 100 else "" for p in body[:i]]  # site name, menus
        elif published is None and len(line) <= 60 and text_date(line):
            published = text_date(line)
            body[i] = ""
    return title, published, _trim_tail(body)


def _trim_tail(body: list[str]) -> list[str]:
    body = list(body)
    while body and (not body[-1] or _is_menu_sentence(body[-1])):
        body.pop()  # a trailing menu run ("Briefings Statements Presidential Actions")
    return [p for p in body if p]


def _drop_repeated_header(paragraphs: list[str], header: Sequence[str]) -> list[str]:
    """Without the header's lines printed again at the foot ("The White House July 28, 2026")."""
    seen = {block_fingerprint(line) for line in header}
    end = len(paragraphs)
    while end and block_fingerprint(paragraphs[end - 1]) in seen:
        end -= 1
    return paragraphs[:end]


def _drop_known(paragraphs: list[str], template: frozenset[str]) -> list[str]:
    """Short lines the host's template knows (labels on every page), above or below the text."""
    known = [len(p) < _LEARNED and in_template(p, template) for p in paragraphs]
    text = [i for i, hit in enumerate(known) if not hit and len(paragraphs[i]) >= _ANCHOR]
    if not text:
        return paragraphs  # nothing statement-like is left: the "template" is the page
    return [p for i, p in enumerate(paragraphs) if not known[i] or text[0] < i < text[-1]]


def clean_text(text: str, url: str = "", template: frozenset[str] | None = None) -> Cleaned:
    """Title, date and paragraphs of a plain-text page, boilerplate removed.

    A scraped header block (glued, repeated copies of label, headline, site and date) gives
    the title and date. With `template` (the host's known frame lines), those lines go from
    the top and bottom, and the result carries the page's line fingerprints for it.
    """
    text = _CONTROL.sub("", text)
    fingerprints = frozenset() if template is None else frozenset(
        fp for line in text.splitlines()
        if len(line.strip()) < _LEARNED and (fp := block_fingerprint(line)))
    header, text = strip_header(text, template or frozenset())
    names = repeated_camel_words(text)
    lines = [_clean_line(line, names) for line in _lines(text)
             if not is_boilerplate_line(line)]
    counts = Counter(lines)
    seen: set[str] = set()
    paragraphs: list[str] = []
    for line in lines:
        if not line or line in seen:
            continue  # a repeated line is shown once
        seen.add(line)
        if counts[line] > 1 and len(line.split()) <= 8 and not line.endswith(_LINE_END):
            continue  # a header line the scrape repeated on every screen is no statement text
        paragraphs.append(line)
    if template:
        paragraphs = _drop_known(paragraphs, template)
    if header is None:
        title, published, body = _split_head(paragraphs)
    else:
        title, published = header.title, header.published
        body = _trim_tail(_drop_repeated_header(paragraphs, header.lines))
    return Cleaned(url, title, published, tuple(body), fingerprints)
