"""Cleaning: from a fetched body to title, date, canonical URL and main-text paragraphs."""

from __future__ import annotations

import re

from .clean_html import clean_html
from .clean_text import clean_text
from .model import Cleaned

__all__ = ["clean_document", "clean_html", "clean_text"]

_HTML_SNIFF = re.compile(r"<(?:!doctype html|html|head|body|div|p|article|main|section|span)\b",
                         re.IGNORECASE)


def clean_document(body: str, url: str, content_type: str) -> Cleaned:
    """Clean HTML or plain text, sniffing the body when the content type does not say."""
    media = content_type.split(";", 1)[0].strip().lower()
    if media in ("text/html", "application/xhtml+xml"):
        return clean_html(body, url)
    if media == "text/plain":
        return clean_text(body, url)
    if _HTML_SNIFF.search(body[:4096]):
        return clean_html(body, url)
    return clean_text(body, url)
