"""Choosing between an h1 and the share title when they disagree.

A page's h1 and its og:title often name the same statement in different words ("Affordable
nutrition" beside "Affordable food: Nutrition for low-income families"). The one the page
itself backs wins: the URL's slug is the headline the author gave the page when it was
made; a page without a slug is backed by the text's own lead, which a real headline's words
are all found in.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from .meta import collapse

__all__ = ["prefer_headline", "slug_words"]

_WORD = re.compile(r"[^\W_]+")
_SLUG_PART = re.compile(r"[-_+.,]+")
_EXTENSION = re.compile(r"\.[a-z]{2,5}$", re.IGNORECASE)
# Words too common to tell two headlines apart.
_STOP = frozenset("a an the of and or to in on for with by at from is are your you our how "
                  "what why".split())
_MARGIN = 0.1  # how much better the other headline must match than the chosen one
_LEAD = 400  # characters of the text's start that make its lead


def _words(text: str) -> frozenset[str]:
    """Content words, folded, a plural's "s" off ("Businesses" and "business" agree)."""
    return frozenset(w.rstrip("s") for w in _WORD.findall(text.casefold()) if w not in _STOP)


def slug_words(url: str) -> frozenset[str]:
    """Words of the URL's slug: its last path part of two words or more, less any numbers
    and extension ("/2025/12/19/cleaning-costs-in-ohio.html" gives cleaning, cost, ohio)."""
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return frozenset()
    for part in reversed([p for p in path.split("/") if p]):
        words = [w for w in _SLUG_PART.split(_EXTENSION.sub("", part)) if w and not w.isdigit()]
        if len(words) >= 2:
            return _words(" ".join(words))
    return frozenset()


def _agreement(candidate: frozenset[str], slug: frozenset[str], lead: frozenset[str]) -> float:
    if not candidate:
        return 0.0
    if slug:  # the slug's and the headline's words, both ways (F1)
        return 2 * len(candidate & slug) / (len(candidate) + len(slug))
    return 1.0 if candidate <= lead else 0.0


def prefer_headline(title: str, others: list[str], url: str, paragraphs: list[str]) -> str:
    """title, or the one of others (the page's h1 and share title) that the URL's slug (or,
    without one, the text's lead) backs clearly better."""
    keys = {collapse(o).casefold() for o in others if o}
    if not title or collapse(title).casefold() not in keys or len(keys) < 2:
        return title
    slug = slug_words(url)
    lead_text = " ".join(p for p in paragraphs if collapse(p).casefold() not in keys
                         and p != title)[:_LEAD]
    lead = _words(lead_text) if not slug else frozenset()
    best, best_score = title, _agreement(_words(title), slug, lead) + _MARGIN
    for other in others:
        score = _agreement(_words(other), slug, lead)
        if other and score > best_score:
            best, best_score = other, score
    return best
