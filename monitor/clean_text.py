"""Plain text that arrives without markup (scraped pages, the seeds): the same boilerplate out."""

from __future__ import annotations

import re

from .boilerplate import SUBMENU, is_boilerplate_line
from .dates import text_date
from .model import Cleaned

__all__ = ["clean_text"]

# "trade.To build" / "U.S.This": a sentence glued to the next one.
_GLUED_SENTENCE = re.compile(r"(?<=[a-z0-9)”\"’]\.)(?=[A-Z][a-z])|(?<=[A-Z]\.)(?=[A-Z][a-z]{2,})")
# "StatementsPresidential": two words glued where a lowercase run meets a capital.
_GLUED_WORDS = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2,})")
_SPACES = re.compile(r"[ \t\u00a0]+")
_MENU_ITEM_WORD = re.compile(r"^(?:[A-Z][\w’'&-]*|of|the|and|for|on|in|to|&|a|an)$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _is_menu_sentence(sentence: str) -> bool:
    """A short run of title-case words with no verb-ish lowercase word: a menu item."""
    words = sentence.strip(" .").split()
    if not 1 <= len(words) <= 8 or any(ch.isdigit() for ch in sentence):
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals >= max(1, len(words) - 3) and all(_MENU_ITEM_WORD.match(w) for w in words)


def _clean_paragraph(paragraph: str) -> str:
    text = SUBMENU.sub(" ", paragraph)
    text = _GLUED_SENTENCE.sub(" ", text)
    text = _GLUED_WORDS.sub(" ", text)
    sentences = [s for s in _SENTENCE_END.split(_SPACES.sub(" ", text).strip()) if s]
    kept = [s for s in sentences if not (is_boilerplate_line(s) or _is_menu_sentence(s))]
    return " ".join(kept).strip()


def clean_text(text: str, url: str = "") -> Cleaned:
    """Title, date and paragraphs of a plain-text page, boilerplate removed."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    blocks: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line and not is_boilerplate_line(line):
            current.append(line)
            continue
        if current:
            blocks.append(" ".join(current))
            current = []
    seen: set[str] = set()
    paragraphs = []
    for block in blocks:
        cleaned = _clean_paragraph(block)
        if cleaned and cleaned not in seen:  # repeated header lines collapse
            seen.add(cleaned)
            paragraphs.append(cleaned)
    title = ""
    if paragraphs and len(paragraphs[0]) <= 200 and not paragraphs[0].endswith((".", ":")):
        title = paragraphs.pop(0)
    published = None
    if paragraphs and len(paragraphs[0]) <= 40 and text_date(paragraphs[0]):
        published = text_date(paragraphs.pop(0))
    return Cleaned(url, title, published, tuple(paragraphs))
