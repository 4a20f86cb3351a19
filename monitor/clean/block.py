"""Choosing the main block of a pruned page, and trimming the link run that ends it.

Works on the measures of tree.py: a declared landmark when the site uses it
honestly, else a descent into the child that holds most of the paragraph text, keeping
the leads it passes.
"""

from __future__ import annotations

import re

from lxml import etree

from .columns import layout_column
from .patterns import HEADINGS, INLINE
from .prune import class_kind, measure_page
from .tree import Measure, drop_all, drop_element, names, text_len

__all__ = ["drop_link_boxes", "main_block", "trim_tail"]

_HEADER_PART = re.compile(r"(?:^|[\s_-])header(?:$|[\s_-])", re.IGNORECASE)
_TWINS = 2  # earlier siblings shaped alike that make a block one item of a list
_LEAD_TEXT = 100  # characters of paragraph text in a lead the main block's descent passes
_LEAD_LINKS = 0.25
# A teaser (a linked headline and its summary) in the tail is a pointer elsewhere, however
# much summary text it holds.
_TEASER_PART = re.compile(r"(?:^|[\s_-])teasers?(?:$|[\s_-])", re.IGNORECASE)
# Share of the best <article>'s text other <article>s hold for the page to be made of them
# (a thread, a list, or a page a CMS builds of content elements, each its own <article>).
_PEERS = 0.3
_ITEMS = 4  # items of a list of short entries that may be the text (ingredients)
_ITEM_TEXT = 100  # characters such a list holds
_CELLS = frozenset(("td", "th"))
_LISTS = frozenset("ul ol dl table tbody thead blockquote pre".split())


def _landmark(body: etree._Element, sizes: dict[etree._Element, Measure],
              share: float) -> tuple[etree._Element, etree._Element]:
    """The <main>/<article>/content-class block that holds the text, and the most specific
    such block inside it that still holds most of that ("region-content" >
    "field--name-body"); the body twice when there is none."""
    found: list[tuple[etree._Element, float]] = []
    for el in body.iter(etree.Element):
        if el.tag in ("main", "article") or el.get("role") == "main" or (
            el.get("itemprop") == "articleBody") or class_kind(names(el)) == "content":
            found.append((el, sizes[el].good if el in sizes else 0.0))
    if not found:
        return body, body
    best, best_good = max(found, key=lambda item: item[1])
    if best_good < share * sizes[body].good or _has_peer(best, best_good, found):
        return body, body
    inner = [el for el, good in found if good >= 0.7 * best_good and el is not best
             and best in el.iterancestors()]
    return best, max(inner, key=lambda el: sum(1 for _ in el.iterancestors()), default=best)


def _passed(outer: etree._Element, inner: etree._Element,
            sizes: dict[etree._Element, Measure]) -> list[etree._Element]:
    """The prose blocks before inner on its way down from outer (a hero image's caption, a
    lead set above the body field), in page order: the statement's, not the frame's."""
    passed: list[etree._Element] = []
    node = inner
    while node is not outer:
        parent = node.getparent()
        if parent is None:
            return []
        before = []
        for sibling in parent:
            if sibling is node:
                break
            if sibling in sizes and _is_lead(sizes[sibling]):
                before.append(sibling)
        passed[:0] = before
        node = parent
    return passed


def _has_peer(best: etree._Element, best_good: float,
              found: list[tuple[etree._Element, float]]) -> bool:
    """True when other <article>s beside the best hold a good part of its text: a thread, a
    list, or a page of content elements (an intro, the text, a closing box)."""
    if best.tag != "article":
        return False
    around = {id(a) for a in best.iterancestors()}
    return sum(good for el, good in found
               if el.tag == "article" and el is not best and id(el) not in around
               and best not in el.iterancestors()) >= _PEERS * best_good


def main_block(body: etree._Element, share: float = 0.85,
               landmark_share: float = 0.4) -> tuple[etree._Element, list[etree._Element]]:
    """The deepest element that still holds `share` of the paragraph text of its landmark.

    Also the prose blocks the descent passed by before it (a lead or standfirst set apart
    from the body text), in page order: they belong to the statement too.
    """
    sizes = measure_page(body)
    if sizes[body].good <= 0:
        return body, []
    outer, node = _landmark(body, sizes, landmark_share)
    total = sizes[node].good
    leads = _passed(outer, node, sizes)
    while True:
        step = _descend(node, sizes, share, total)
        if step is None:
            return node, leads
        node, passed = step
        leads.extend(passed)
        if node.tag in _CELLS:
            # A layout table's text column is the main block: its date line and counters
            # are the text's own frame, which the change test judges (not drops) as noise.
            return node, leads


def _descend(node: etree._Element, sizes: dict[etree._Element, Measure], share: float,
             total: float) -> tuple[etree._Element, list[etree._Element]] | None:
    """The child of node holding `share` of `total`, with the lead blocks before it; or None.

    When no child holds enough, the children before the content that are only a
    header-class box (a module's heading and its instructions) are taken off the total,
    provided the content opens with a heading of its own.
    """
    frames = (0.0, _header_good(node, sizes))
    for frame in frames[: 1 + bool(frames[1])]:
        passed: list[etree._Element] = []
        for child in node:
            m = sizes.get(child)
            if m is None:
                continue
            if m.good >= share * (total - frame):
                # A layout table's text column is a column like any other.
                column = layout_column(child, sizes) if child.tag == "table" else None
                if column is not None:
                    return column, passed
                # Never descend into a paragraph or a list: its container is the main block.
                # Nor into one panel of a tab set: the panels are one text, shown in turns.
                if child.tag in _LISTS or child.get("role") == "tabpanel" or not any(
                        g.tag not in INLINE for g in child.iterchildren(etree.Element)):
                    return None
                if frame and not _opens_with_heading(child):
                    return None  # the header box heads this very text: keep it
                if _item_list_beside(node, child, sizes):
                    return None
                return child, passed
            if _is_lead(m) and not (frame and _only_header(child)):
                passed.append(child)
    return None


def _item_list_beside(node: etree._Element, child: etree._Element,
                      sizes: dict[etree._Element, Measure]) -> bool:
    """True when node holds, beside child, a list of short unlinked items (a recipe's
    ingredients beside its method): the items weigh little as prose, yet are the text.
    Not beside the page's own column, where such a list is a menu (a country picker)."""
    if node.tag == "body":
        return False
    return any(_is_item_list(lst, sizes) for other in node if other is not child
               for lst in other.iter("ul", "ol", "dl"))


def _is_item_list(lst: etree._Element, sizes: dict[etree._Element, Measure]) -> bool:
    """A list of several entries without links, too short each to count as paragraphs."""
    m = sizes.get(lst)
    if m is None or m.text < _ITEM_TEXT or m.links > 0.1 * m.text or m.good > 0.5 * m.text:
        return False
    return sum(1 for k in lst if k.tag in ("li", "dd", "dt")) >= _ITEMS


def _header_good(node: etree._Element, sizes: dict[etree._Element, Measure]) -> float:
    """Text of the children of node that lead with a header-class box, up to half of node's."""
    good = 0.0
    for child in node:
        if child in sizes and _only_header(child):
            good += sizes[child].good
        elif child in sizes and sizes[child].good:
            break  # only the boxes before the content count
    return good if good <= 0.5 * sizes[node].good else 0.0


def _opens_with_heading(el: etree._Element) -> bool:
    """True when the first text of el, links aside, is a heading's."""
    for node in el.iter(etree.Element):
        if node.tag == "a" or not text_len(node.text):
            continue
        return any(a.tag in HEADINGS for a in (node, *node.iterancestors()))
    return False


def _only_header(el: etree._Element) -> bool:
    """True when el is, down its chain of only children, a block classed as a header."""
    while True:
        if _HEADER_PART.search(names(el)):
            return True
        kids = [k for k in el.iterchildren(etree.Element)]
        if len(kids) != 1:
            return False
        el = kids[0]


def _is_lead(m: Measure) -> bool:
    """A block of prose: a paragraph's worth of text, hardly any of it in links."""
    return m.good >= _LEAD_TEXT and m.links <= _LEAD_LINKS * m.text


def _has_twins(el: etree._Element) -> bool:
    """True for the last of a run of items shaped alike (same tag and class): what ends it
    (an item's "View this dataset" link) is the item's, as in every item before it."""
    names = el.get("class")
    if not names:
        return False
    twins = 0
    for sibling in el.itersiblings(preceding=True):
        if sibling.tag == el.tag and sibling.get("class") == names:
            twins += 1
            if twins >= _TWINS:
                return True
    return False


def trim_tail(main: etree._Element, sizes: dict[etree._Element, Measure],
              share: float = 0.33, dense: float = 0.5) -> bool:
    """Drop the run of link lists (related teasers, tags, share rows) that ends the main block;
    True when something went (then `sizes`, the measures of main, are out of date).

    The last block of each level is looked at in turn, down the block's last branch. A run is
    cut only when a block that is not mostly links comes before it and the cut holds at most
    `share` of the text: a list of links that is the page itself is kept whole.
    """
    total = sizes[main].text
    node, cut, dropped = main, 0, False
    while total:
        kids = [c for c in node if isinstance(c.tag, str)]
        run = 0
        while run < len(kids):
            kid = kids[-1 - run]
            m = sizes[kid]
            # Text after it or an inline element: this is a paragraph's own text, not a list.
            if kid.tag in INLINE or text_len(kid.tail) or (m.text and m.links <= dense * m.text
                                          and not _TEASER_PART.search(names(kid))):
                break
            cut += m.text
            run += 1
        if run == len(kids) or cut > share * total:
            return dropped
        for el in kids[len(kids) - run:]:
            drop_element(el, node)
        dropped = dropped or run > 0
        node = kids[-1 - run]
        if node.tag in _LISTS or node.tag in INLINE or text_len(node.tail) or _has_twins(node):
            return dropped
    return dropped


_BOX_TAGS = frozenset("div ul ol section aside table dl p".split())


def drop_link_boxes(main: etree._Element, sizes: dict[etree._Element, Measure],
                    dense: float = 0.8, share: float = 0.25, links: int = 3) -> None:
    """Drop the boxes of links set inside the text ("Most read", "More on this topic").

    A box is a block of at least `links` links that hold `dense` of its text. Together the
    boxes dropped hold at most `share` of the main block's text, and a main block that is
    mostly links itself (a listing page) keeps them all: there the links are the content.
    `sizes` are the measures of main.
    """
    total = sizes[main].text
    if not total or sizes[main].links > 0.5 * total:
        return
    gone = []
    cut = 0
    stack = list(main)
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        m = sizes.get(el)
        if m is None:
            continue
        if (el.tag in _BOX_TAGS and m.text and m.links >= dense * m.text
                and cut + m.text <= share * total
                and sum(1 for _ in el.iter("a")) >= links):
            gone.append(el)
            cut += m.text
            continue
        stack.extend(el)
    drop_all(gone)
