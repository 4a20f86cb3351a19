"""Cleaning: from a fetched body to title, date, canonical URL and main-text paragraphs.

``clean_document`` picks the cleaner by media type, sniffing the body when the type is
missing or unknown; ``clean_html`` and ``clean_text`` never raise on any input string.
"""

from __future__ import annotations

import re

from .html import clean_html
from .page import Cleaned
from .text import clean_text

__all__ = ["clean_document", "looks_like_html"]

_HTML_TYPES = frozenset(("text/html", "application/xhtml+xml", "application/xml+xhtml"))
_HTML_TAG = re.compile(r"<(?:!doctype\s+html|!--|/?[a-z][a-z0-9-]*(?:\s[^<>]*)?/?>)", re.IGNORECASE)


def looks_like_html(body: str) -> bool:
    """True when the body starts with '<' and holds HTML tags."""
    start = body.lstrip("\ufeff \t\r\n")[:1]
    return start == "<" and _HTML_TAG.search(body[:65536]) is not None


def clean_document(body: str, url: str, content_type: str,
                   template: frozenset[str] | None = None) -> Cleaned:
    """Clean HTML or plain text, sniffing the body when the content type does not say.

    `template`: the host's known frame blocks (see clean_html), or lines for plain text.
    """
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media == "text/plain" or (media not in _HTML_TYPES and not looks_like_html(body)):
        return clean_text(body, url, template)
    return clean_html(body, url, template)
