"""Site templates: blocks that recur across pages of one host are its frame, not statements.

A block is a leaf block element (one that holds only inline content, so one paragraph of
the cleaned text). Its fingerprint is its words alone, ignoring case, spacing and
punctuation, so the same menu line rendered with other spacing, or a dateline restyled from
"Washington, D.C." to "Washington, DC", is the same block. The store counts on how many distinct
pages of a host each fingerprint was seen; the cleaner drops the blocks of a known template
from later pages of that host, but never every long paragraph of a page (that page is a
re-post of the same statement, or the "template" is the statement itself).
"""

from __future__ import annotations

import hashlib
import re

from lxml import etree

from .meta import collapse
from .patterns import INLINE
from .tree import drop_element

__all__ = ["block_fingerprint", "drop_template", "in_template", "leaf_blocks",
           "legacy_fingerprint", "page_fingerprints"]

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_FLOW = INLINE | frozenset(("td", "th"))  # cells join their row's paragraph
_LONG = 150  # a paragraph this long is content-like
# Frame blocks are short lines. A long paragraph or a heading that recurs is the site's
# standard wording (a report's section titles, its legal boilerplate): statement text.
_MAX_LEARNED = _LONG - 1
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_SENTENCE = 60  # a block this long anchors the statement's text
_MIN_KEPT = 50  # what a page keeps at the least after its template is dropped


def block_fingerprint(text: str) -> str:
    """16 hex digits naming a block's words ("" for a block without a word)."""
    found = _WORD.findall(text.casefold())
    if not found:
        return ""
    return _digest("".join(found))


def legacy_fingerprint(text: str) -> str:
    # Templates learned by earlier versions kept punctuation in their fingerprints (case
    # and spacing were ignored); their rows still count.
    return _digest(_SPACE.sub("", text.casefold())) if _WORD.search(text) else ""


def _digest(squeezed: str) -> str:
    return hashlib.blake2b(squeezed.encode("utf-8"), digest_size=8).hexdigest()


def in_template(text: str, template: frozenset[str]) -> bool:
    """Whether a block's text is one of the template's blocks."""
    fp = block_fingerprint(text)
    return bool(fp) and (fp in template or legacy_fingerprint(text) in template)


def leaf_blocks(root: etree._Element) -> list[tuple[etree._Element, str]]:
    """Block elements holding only inline content, with their text, in one linear pass."""
    holds_block: set[etree._Element] = set()
    found: list[tuple[etree._Element, str]] = []
    for el in reversed(list(root.iter(etree.Element))):  # every child before its parent
        tag = el.tag
        below = any(child in holds_block or child.tag not in _FLOW
                    for child in el.iterchildren(etree.Element))
        if below or tag not in _FLOW:
            holds_block.add(el)
        if tag not in _FLOW and not below and el is not root:
            text = collapse(el.text_content())
            if text:
                found.append((el, text))
    found.reverse()
    return found


def page_fingerprints(blocks: list[tuple[etree._Element, str]]) -> frozenset[str]:
    """The fingerprints a page contributes to its host's template."""
    return frozenset(fp for el, text in blocks if len(text) <= _MAX_LEARNED
                     and el.tag not in _HEADINGS and (fp := block_fingerprint(text)))


def drop_template(blocks: list[tuple[etree._Element, str]], template: frozenset[str]) -> int:
    """Remove the blocks of a known template; return how many went (0 when guarded)."""
    if not template:
        return 0
    hits = [el.tag not in _HEADINGS and len(text) <= _MAX_LEARNED
            and in_template(text, template) for el, text in blocks]
    if not any(hits):
        return 0
    kept = [text for (_, text), hit in zip(blocks, hits, strict=True) if not hit]
    long_kept = any(len(text) >= _LONG for text in kept)
    any_long = long_kept or any(len(text) >= _LONG for _, text in blocks)
    if sum(map(len, kept)) < _MIN_KEPT or (any_long and not long_kept):
        return 0  # a re-post of a statement seen on this host, or a template of content
    # Only the runs before the statement's first sentence and after its last are frame: a
    # known line amid the text is the site's standard wording ("Not applicable.").
    anchors = [i for i, ((el, text), hit) in enumerate(zip(blocks, hits, strict=True))
               if not hit and len(text) >= _SENTENCE and el.tag not in _HEADINGS]
    first, last = (anchors[0], anchors[-1]) if anchors else (len(blocks), -1)
    gone = [el for i, ((el, _), hit) in enumerate(zip(blocks, hits, strict=True))
            if hit and (i < first or i > last)]
    for el in gone:
        parent = el.getparent()
        if parent is not None:
            drop_element(el, parent)
    return len(gone)
