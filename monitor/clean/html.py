"""HTML to main text: drop the frame (banners, menus, breadcrumbs, footers), keep the statement.

lxml does the structural work (tree, prune, block) and renders the chosen block into
paragraphs, joining inline elements with the spacing the page gives them.
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml import etree

from .block import drop_link_boxes, main_block, trim_tail
from .boilerplate import cut_tail, drop_meta_lines, drop_pointers, is_boilerplate_line
from .dates import find_date, text_date
from .meta import canonical_url, collapse, page_title
from .page import Cleaned
from .patterns import INLINE
from .prune import prune
from .teasers import drop_teasers
from .template import drop_template, leaf_blocks, page_fingerprints
from .tree import measure, parse

__all__ = ["clean_html", "render_paragraphs"]

# Markup laid out on several lines ("<a>Secretary</a>\n, the") leaves a space before a
# comma, a full stop or a closing quote. Not before "?", "!", ":", ";" or "%", which French
# and German set apart ("virus ?", "80 %"); never a no-break space, the page's own spelling.
_SPACE_BEFORE_PUNCT = re.compile(r" ([,.)\]”’])(?=\s|$)")
_BREAKING_SPACE = re.compile(r"[^\S\u00a0]+")  # whitespace runs, no-break spaces apart
# "“" opens a quote only after a space: in German („so“ sagt er) it closes one.
_SPACE_AFTER_OPEN = re.compile(r"([(\[]|(?<!\S)“)\s+")
_CELLS = frozenset(("td", "th"))
_LINK_DENSE = 0.6
_LINK_SHORT = 40
_HEAD_LINES = 6  # the headline is looked for among the first paragraphs
_KICKER = 100  # characters: a line above the headline this short is a label, not a lead
_PROSE = frozenset("p h1 h2 h3 h4 h5 h6 blockquote pre".split())
# A link styled as a button ("View this Dataset", "Apply now") is an action the content
# offers, not a menu item: its removal is news, so it is kept however short.
_BUTTON = re.compile(r"(?:^|\s)(?:btn|button)(?:$|\s|-)", re.IGNORECASE)


class _Block:
    """Text and link text gathered for the paragraph being built."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.link_chars = 0
        self.action = False


def _finish(block: _Block, out: list[str], tag: str) -> None:
    text = _BREAKING_SPACE.sub(" ", "".join(block.parts)).strip()
    text = collapse(_SPACE_BEFORE_PUNCT.sub(r"\1", text))
    if text:
        text = _SPACE_AFTER_OPEN.sub(r"\1", text)
        # A short run of links is a menu item; a paragraph that is one link was meant.
        menu = (tag not in _PROSE and len(text) < _LINK_SHORT and not block.action
                and block.link_chars / len(text) > _LINK_DENSE)
        if not menu and not is_boilerplate_line(text):
            out.append(text)
    block.parts.clear()
    block.link_chars = 0
    block.action = False


def render_paragraphs(root: etree._Element) -> list[str]:
    """Paragraphs of an lxml subtree: one per block element, inline text joined as written."""
    out: list[str] = []
    block = _Block()
    links = 0
    blocks: list[str] = [""]  # the open block elements, innermost last

    def add(text: str | None) -> None:
        if text:
            block.parts.append(text)
            if links:
                block.link_chars += len(text.strip())

    # An explicit stack (not recursion): pages nest deeper than Python's recursion limit.
    # Events: enter an element; leave a block or a link; then the text after the element.
    stack: list[tuple[etree._Element, str]] = [(root, "enter")]
    while stack:
        node, event = stack.pop()
        if event == "tail":
            add(node.tail)
            continue
        if event == "end-block":
            _finish(block, out, blocks.pop())
            continue
        if event == "end-link":
            links -= 1
            continue
        if node is not root:
            stack.append((node, "tail"))
        name = node.tag
        if not isinstance(name, str):  # a comment or processing instruction: no text
            continue
        previous = node.getprevious()
        if name == "br" or name in _CELLS or (
                name == "a" and previous is not None and previous.tag == "a"
                and not previous.tail):
            # "<a>Briefings</a><a>Statements</a>": two words; but "w<span>e</span>" is one.
            block.parts.append(" ")
        if name not in INLINE and name not in _CELLS:
            _finish(block, out, blocks[-1])
            blocks.append(name)
            stack.append((node, "end-block"))
        elif name == "a":
            links += 1
            block.action = block.action or bool(_BUTTON.search(node.get("class") or ""))
            stack.append((node, "end-link"))
        stack.extend((child, "enter") for child in reversed(node))
        add(node.text)
    _finish(block, out, blocks[-1])
    return out


def _dedupe(paragraphs: list[str], title: str) -> tuple[list[str], int]:
    """The paragraphs less repeats and the headline; and where the headline stood."""
    out: list[str] = []
    head = 0
    for i, p in enumerate(paragraphs):
        if out and out[-1] == p:
            continue
        if i < _HEAD_LINES and p == title and not head:
            head = len(out)  # the headline is the title, not a paragraph
            continue
        out.append(p)
    return out, head


def _empty(url: str) -> Cleaned:
    return Cleaned(url, "", None, ())


def clean_html(html: str, url: str, template: frozenset[str] | None = None) -> Cleaned:
    """Title, date, canonical URL and main-text paragraphs of an HTML page.

    With `template` (the block fingerprints known as its host's frame, see
    clean_template), those blocks are dropped too, and the result carries the page's own
    fingerprints for the host's template. Without it the function needs no store at all.
    """
    tree, ld_json = parse(html)
    if tree is None:
        return _empty(url)
    try:
        return _clean_tree(tree, ld_json, url, template)
    except (RecursionError, ValueError, etree.LxmlError):
        return _empty(url)


def _clean_tree(tree: etree._Element, ld_json: list[str], url: str,
                template: frozenset[str] | None) -> Cleaned:
    title = page_title(tree)
    canonical = canonical_url(tree, url)
    published: datetime | None = find_date(tree, ld_json, title, url=url)
    body = tree.find("body")
    if body is None:
        body = tree
    prune(body)
    fingerprints: frozenset[str] = frozenset()
    if template is not None:
        blocks = leaf_blocks(body)
        fingerprints = page_fingerprints(blocks)
        drop_template(blocks, template)
    main, leads = main_block(body)
    sizes = measure(main)
    if trim_tail(main, sizes):
        sizes = measure(main)  # the tail is gone: measure what is left
    if drop_teasers(main, sizes):
        sizes = measure(main)
    drop_link_boxes(main, sizes)
    rendered = [p for lead in leads for p in render_paragraphs(lead)]
    paragraphs, head = _dedupe(rendered + render_paragraphs(main), title)
    paragraphs = cut_tail(paragraphs)
    if published is None:
        published = text_date("\n".join(paragraphs[:3]))
    # Above the headline: a category label, a date line, a "Home > News" trail; not the text.
    paragraphs = [p for i, p in enumerate(paragraphs) if i >= head or len(p) > _KICKER]
    return Cleaned(canonical, title, published, tuple(drop_meta_lines(drop_pointers(paragraphs))),
                   fingerprints)
