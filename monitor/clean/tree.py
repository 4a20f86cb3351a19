"""The HTML cleaner's tree: parse the page, measure every element, drop elements.

One bottom-up pass measures every element (text length, text inside links, text in
paragraph-like blocks), so pruning (prune.py) and choosing the main block (block.py) are
linear in page size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from .patterns import ANNOTATIONS, INLINE, RAW_TAGS

__all__ = ["Measure", "drop_all", "drop_element", "measure", "names", "parse", "strip_markup",
           "text_len"]

# Cut before any tree is built: scripts, styles, vector art and comments are never text.
# Each opener is matched to its closer by a forward search, so an unclosed "<script" costs
# one scan to the end (where the cut stops), never one scan per opener.
_OPEN = re.compile(
    r"<(script|style|svg|template)(?=[\s/>])([^>]{0,2000})>?|<!--|<\?xml|"
    # A page may go on after </body></html>; browsers still show what follows, so must we.
    r"</(?:body|html)\s*>",
    re.IGNORECASE,
)
_CLOSE = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE)
          for name in ("script", "style", "svg", "template")}
_COMMENT_END = re.compile(r"-->")
_PI_END = re.compile(r">")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_CARD = 600  # characters: an <a> wrapping blocks up to this size is a teaser card


@dataclass
class Measure:
    """Text lengths of one element: all, inside links, and in paragraph-like blocks."""

    text: int = 0
    links: int = 0
    good: float = 0.0


def strip_markup(html: str) -> tuple[str, list[str]]:
    """The page less scripts, styles, SVG, templates and comments; and its JSON-LD bodies."""
    out: list[str] = []
    ld_json: list[str] = []
    unclosed: set[str] = set()  # no closer anywhere after this point: skip without a search
    pos = 0
    while True:
        opener = _OPEN.search(html, pos)
        if opener is None:
            out.append(html[pos:])
            break
        out.append(html[pos:opener.start()])
        out.append(" ")
        name = (opener.group(1) or "").lower()
        text = opener.group(0)
        if name in unclosed:
            closer = None
        elif name:
            closer = _CLOSE[name].search(html, opener.end())
        elif text.startswith("<!--"):
            closer = _COMMENT_END.search(html, opener.end())
        elif text.startswith("<?"):
            closer = _PI_END.search(html, opener.end())
        else:
            pos = opener.end()  # a stray </body> or </html>
            continue
        if closer is None and name in ("svg", "template"):
            unclosed.add(name)  # a browser closes foreign content itself: keep what follows
            pos = opener.end()
            continue
        if closer is None:
            break  # unclosed: the rest is code or comment, as a browser reads it
        if name == "script" and "ld+json" in (opener.group(2) or "").lower():
            ld_json.append(html[opener.end():closer.start()])
        pos = closer.end()
    return _CONTROL.sub("", "".join(out)), ld_json


def parse(html: str) -> tuple[etree._Element | None, list[str]]:
    """The page's lxml tree (None when nothing parses) and its JSON-LD script bodies."""
    text, ld_json = strip_markup(html)
    if not text.strip():
        return None, ld_json
    try:
        tree = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None, ld_json
    # What the cut left (a <script> inside an attribute, say) holds code, never text. Ruby
    # readings ("<ruby>法律<rt>ほうりつ</rt></ruby>") annotate the text; they are not part of it.
    etree.strip_elements(tree, *(RAW_TAGS - {"title"}), *ANNOTATIONS, with_tail=False)
    return tree, ld_json


def text_len(text: str | None) -> int:
    """Characters of a text node, spacing at its ends left out."""
    return len(text.strip()) if text else 0


def measure(root: etree._Element, cards: bool = True) -> dict[etree._Element, Measure]:
    """Bottom-up text measures for every element under root (one linear pass).

    With `cards` false, the blurb of a teaser card is not paragraph text: it is a pointer.
    """
    found: dict[etree._Element, Measure] = {}
    for el in reversed(list(root.iter(etree.Element))):
        m = Measure(text=text_len(el.text))
        own, own_links = m.text, 0
        for child in el:
            tail = text_len(child.tail)
            m.text += tail
            own += tail
            cm = found.get(child)
            if cm is None:
                continue
            m.text += cm.text
            m.links += cm.links
            m.good += cm.good
            if child.tag in INLINE and not cm.good:  # an inline holding blocks counts as one
                own += cm.text
                own_links += cm.links
        if el.tag == "a" and (not m.good or m.text <= _CARD):
            # A link, or a teaser card (a heading and a blurb inside one link): all of it
            # leads elsewhere. A long <a> wrapping blocks is more likely one left unclosed.
            m.links, own_links = m.text, own
            if not cards:
                m.good = 0.0
        if own and el.tag not in INLINE:
            density = own_links / own
            if density < 0.5:
                # Paragraph-sized text is content; short labels are likely interface.
                weight = 1.0 if own >= 60 else (0.5 if own >= 25 else 0.1)
                m.good += own * (1 - density) * weight
        found[el] = m
    return found


def names(el: etree._Element) -> str:
    """An element's class and id, as one string the class rules read."""
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def drop_all(elements: list[etree._Element]) -> None:
    """Remove each element that is still in the tree, as drop_element does."""
    for el in elements:
        parent = el.getparent()
        if parent is not None:
            drop_element(el, parent)


def drop_element(el: etree._Element, parent: etree._Element) -> None:
    """Remove an element, keeping its tail text and a line break where it stood."""
    tail = f"\n{el.tail or ''}"  # a line break: no word is glued across the gap
    prev = el.getprevious()
    if prev is not None:
        prev.tail = f"{prev.tail or ''}{tail}"
    else:
        parent.text = f"{parent.text or ''}{tail}"
    parent.remove(el)
