"""Plain text that arrives without markup (scraped pages, the seeds): the same boilerplate out."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime

from .boilerplate import is_boilerplate_line, remove_submenus
from .dates import text_date
from .page import Cleaned

__all__ = ["clean_text", "repeated_camel_words", "split_glued"]

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# "trade.To build" / "U.S.This" / "”.Office": one sentence glued to the next.
_GLUED_SENTENCE = re.compile(
    r"(?<=[a-z0-9)”\"’]\.)(?=[A-Z][a-z])|(?<=[A-Z]\.[A-Z]\.)(?=[A-Z][a-z]{2,})|(?<=”)(?=\.?[A-Z])"
)
# "StatementsPresidential": a lowercase run meets a capitalised word (fixed-width
# lookarounds, so a long token costs one pass).
_GLUE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})")
_EDGE_PUNCT = ".,;:!?()[]{}“”\"'’‘"
# Names and brands written in camel case are words, not glue.
_CAMEL_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St|O)[A-Z]")
_TOKEN = re.compile(r"\S+")
_ADDRESS = re.compile(r"[@#/]|www\.|\.(?:com|gov|org|net|edu|mil|int|us)\b", re.IGNORECASE)
_CAMEL_WORDS = frozenset(
    "javascript typescript youtube powerpoint wordpress linkedin facebook github paypal "
    "iphone ipad macbook playstation smartphone whatsapp tiktok openai fedex sharepoint "
    "dropbox hubspot mailchimp coronavirus".split()
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
_MENU_WORD = re.compile(r"^(?:[A-Z][\w’'&.-]*|of|the|and|for|on|in|to|&|a|an|at|with)$")
_LINE_END = (".", "!", "?", ":", ";", "”", "\"", ")")


def _split_word(word: str, names: frozenset[str]) -> str:
    if not _GLUE.search(word):
        return word
    bare = word.strip(_EDGE_PUNCT)
    if _CAMEL_PREFIX.match(bare) or bare.casefold() in _CAMEL_WORDS or bare in names:
        return word
    return _GLUE.sub(" ", word)


def split_glued(text: str, names: frozenset[str] = frozenset()) -> str:
    """Split words glued across a lost line break ("StatementsPresidential"), not "McDonald".

    Words in `names` (camel-case words the document repeats, like "SolarWinds") are kept.
    """

    def token(match: re.Match[str]) -> str:
        word = match.group(0)
        if _ADDRESS.search(word):  # e-mail, web address, @handle or #tag: leave as written
            return word
        parts = _GLUED_SENTENCE.sub(" ", word).split(" ")
        return " ".join(_split_word(part, names) for part in parts)

    return _TOKEN.sub(token, text)


def repeated_camel_words(text: str) -> frozenset[str]:
    """Camel-case words a text uses more than once: names, since a lost break glues once."""
    counts = Counter(bare for word in text.split()
                     if _GLUE.search(bare := word.strip(_EDGE_PUNCT)))
    return frozenset(word for word, n in counts.items() if n > 1)


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
    while body and (not body[-1] or _is_menu_sentence(body[-1])):
        body.pop()  # a trailing menu run ("Briefings Statements Presidential Actions")
    return title, published, [p for p in body if p]


def clean_text(text: str, url: str = "") -> Cleaned:
    """Title, date and paragraphs of a plain-text page, boilerplate removed."""
    text = _CONTROL.sub("", text)
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
    title, published, body = _split_head(paragraphs)
    return Cleaned(url, title, published, tuple(body))
