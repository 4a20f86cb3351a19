"""Per-host templates in the pipeline: clean with the host's learned frame, learn from the page.

A block seen on TEMPLATE_MIN_PAGES distinct pages of a host is dropped from that host's
later pages. As a template grows, a stored page's text may lose a line the next time it
is checked although the page did not change: that is kept as "unchanged" (the stored text
stays; `policywatch reclean` re-cleans stored pages on purpose, without announcing).
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from rapidfuzz.distance import Indel

from store import Store
from store.text import words

from .clean import Cleaned, clean_document, in_template

__all__ = ["TEMPLATE_MIN_PAGES", "clean_for_host", "host_of", "learn", "settle"]

TEMPLATE_MIN_PAGES = 3


def host_of(url: str) -> str:
    """The host (and port) a template is kept under; "" for local files and odd URLs."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return parts.netloc.lower() if parts.scheme in ("http", "https") else ""


def clean_for_host(store: Store, body: str, url: str,
                   content_type: str) -> tuple[Cleaned, frozenset[str]]:
    """The page cleaned with its host's template, and that template."""
    host = host_of(url)
    template = store.host_template(host, TEMPLATE_MIN_PAGES) if host else frozenset()
    return clean_document(body, url, content_type, template), template


def learn(store: Store, url: str, cleaned: Cleaned, at: datetime) -> bool:
    """Count the page's blocks for its host (once per page); True when counted."""
    host = host_of(url)
    if not host or not cleaned.fingerprints:
        return False
    return store.learn_template(host, url, cleaned.fingerprints, at,
                                expire_below=TEMPLATE_MIN_PAGES)


def settle(store: Store, cleaned: Cleaned, template: frozenset[str], *fetch_urls: str) -> Cleaned:
    """The stored text instead of the new one when they differ only by template blocks.

    When the rest differs only in punctuation or spacing, the stored text with those
    edits: a trivial revision, not one that seems to drop the template's lines.
    """
    if not template:
        return cleaned
    doc = store.document_at(*fetch_urls)
    if doc is None or not doc.revision_count:
        return cleaned
    stored = store.revisions(doc.id)[-1].text.split("\n\n")
    new = list(cleaned.paragraphs)
    if stored == new:
        return cleaned
    # The stored text less its template blocks has the new text's words (paragraphs may
    # be cut differently: a markup edit that splits one <p> in two is no edit).
    # Only the template blocks the new text lost are taken out (the cleaner keeps those
    # that sit inside the statement).
    # Aligned in order: a line a transcript repeats ("QUESTION: Thank you.") may be lost
    # at one place and kept at another, so presence anywhere in the new text says nothing.
    dropped = {op.src_pos for op in Indel.editops(stored, new) if op.tag == "delete"}
    lost = [i in dropped and in_template(p, template) for i, p in enumerate(stored)]
    kept = [p for p, gone in zip(stored, lost, strict=True) if not gone]
    if not any(lost):
        return cleaned
    kept_words, new_words = words("\n\n".join(kept)), words("\n\n".join(new))
    if kept_words == new_words:
        return Cleaned(cleaned.url, cleaned.title, cleaned.published, tuple(stored))
    if "".join(kept_words) != "".join(new_words):
        return cleaned  # an edit of the statement
    # Only punctuation or spacing changed besides ("Washington, D.C." to "Washington, DC"):
    # the stored text with those edits, so the revision is the trivial edit it is.
    if len(kept) != len(new):
        return Cleaned(cleaned.url, cleaned.title, cleaned.published, tuple(stored))
    edits = iter(new)
    merged = tuple(p if gone else next(edits) for p, gone in zip(stored, lost, strict=True))
    return Cleaned(cleaned.url, cleaned.title, cleaned.published, merged)

