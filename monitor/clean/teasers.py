"""Teasers set inside the text: a linked headline and its blurb, pointing at another page.

A story may break its paragraphs for a "read also" box: another page's headline as a link,
a sentence of summary, often its picture. Nothing in its class needs to say so; its shape
does: a box whose heading is wholly one link and whose only other text is a short blurb,
which links to the same page a second time (its picture, a "Read more"); a section heading
that links to the rule or program it is about has no such second link.
A page made of such boxes is a listing, and keeps them: only a few, holding a small part
of the main block's text, are cut.
"""

from __future__ import annotations

from lxml import etree

from .patterns import HEADINGS
from .tree import Measure, drop_all, text_len

__all__ = ["drop_teasers"]

_BLURB = 300  # characters of summary a teaser holds besides its headline
_MOST = 3  # teasers in one text at most; more make a listing
_SHARE = 0.2  # of the main block's text the teasers hold together at most
_BOX_TAGS = frozenset(("div", "section", "aside", "li"))


def _heading_link(heading: etree._Element) -> str:
    """The target of a heading whose whole text is one link to another page, else ""."""
    links = list(heading.iter("a"))
    if len(links) != 1:
        return ""
    href = (links[0].get("href") or "").strip()
    if not href or href.startswith("#") or (
            text_len(links[0].text_content()) != text_len(heading.text_content())):
        return ""
    return href


def _teaser_box(heading: etree._Element, href: str, main: etree._Element,
                sizes: dict[etree._Element, Measure]) -> etree._Element | None:
    """The box around a linked heading that holds it and a blurb, up to the box that holds
    the heading's neighbours too (its picture); None when the box holds more than a blurb."""
    box = heading.getparent()
    found = None
    while box is not None and box is not main and box.tag in _BOX_TAGS and box in sizes:
        if sizes[box].text - text_len(heading.text_content()) > _BLURB:
            break
        found = box
        box = box.getparent()
    if found is None or sizes[found].text <= text_len(heading.text_content()):
        return None  # a heading alone is a section title, not a teaser
    twice = sum(1 for a in found.iter("a") if (a.get("href") or "").strip() == href)
    return found if twice >= 2 else None


def drop_teasers(main: etree._Element, sizes: dict[etree._Element, Measure]) -> bool:
    """Drop a few teaser boxes inside the main block; True when some went (`sizes`, the
    measures of main, are then out of date)."""
    total = sizes[main].text if main in sizes else 0
    if not total:
        return False
    boxes: list[etree._Element] = []
    for heading in main.iter(*(HEADINGS - {"h1"})):
        href = _heading_link(heading)
        if href:
            box = _teaser_box(heading, href, main, sizes)
            if box is not None and not any(box is b or b in box.iterancestors() for b in boxes):
                boxes.append(box)
    if not boxes or len(boxes) > _MOST or sum(sizes[b].text for b in boxes) > _SHARE * total:
        return False
    drop_all(boxes)
    return True
