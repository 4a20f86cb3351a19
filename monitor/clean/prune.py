"""Cutting the page frame: banners, menus, footers, sidebars, captions, comments and hidden parts.

`prune` drops every block whose tag, role or class names it furniture, but never one
holding most of the page's paragraph text, unless the page declares its main part
elsewhere. The words and patterns it reads live in patterns.py.
"""

from __future__ import annotations

from functools import lru_cache

from lxml import etree

from .patterns import (
    COMMENTS,
    CONTENT_CLASS,
    DROP_ROLES,
    DROP_TAGS,
    FEATURE,
    HEADINGS,
    HIDDEN_CLASS,
    HIDDEN_STYLE,
    INLINE,
    LANDMARK_TAGS,
    LIVE_COMMENT,
    POST_ID,
    RAW_TAGS,
    SECTIONS,
    SIDEBAR,
    STRONG_PART,
    WEAK_PART,
)
from .tree import Measure, drop_all, measure, names, text_len

__all__ = ["class_kind", "measure_page", "prune"]

_STORY_LEFT = 0.8  # share of the text the cards leave that one story holds to be the page
_ARTICLE_TEXT = 500  # characters of prose an <article> holds to be the page's story
_MAIN_TEXT = 100  # characters of prose a declared <main> holds to be the page's main part
_CARDS_AWAY = 0.5  # share of the paragraph text left without the cards' for them to go


def measure_page(body: etree._Element) -> dict[etree._Element, Measure]:
    """The measures the main text is chosen by: a teaser card's blurb is a pointer to
    another page, not this one's text; unless the cards are most of the page (a listing)
    and what they leave is not one story's text (a story beside a slider of cards)."""
    full = measure(body)
    if not any(full[el].good for el in body.iter("a") if el in full):
        return full  # no card on the page: the second pass would measure the same
    pointers = measure(body, cards=False)
    left = pointers[body].good
    if left >= _CARDS_AWAY * full[body].good or any(
            pointers[el].good >= _STORY_LEFT * left for el in _stories(body, pointers)):
        return pointers
    return full


def _junk_kind(el: etree._Element) -> str:
    """"strong" for certain page furniture, "weak" for likely furniture, "" for neither."""
    if el.tag == "header" and _in_section(el):
        # An article's own header holds its headline, byline and lead, not the site's banner.
        return "strong" if class_kind(names(el)) == "strong" else ""
    if el.tag in DROP_TAGS or el.tag in RAW_TAGS:
        return "strong"
    role = (el.get("role") or "").lower()
    if role in DROP_ROLES or el.get("aria-hidden") == "true" or el.get("hidden") is not None:
        return "strong"
    kind = class_kind(names(el))
    if kind == "content" or role == "tabpanel":
        return ""
    if _is_caption(el):
        return "strong"
    style = el.get("style")
    if style and HIDDEN_STYLE.search(style):
        return "weak"  # hidden tab panels and accordions still hold the page's content
    return kind


_PICTURES = frozenset(("img", "picture"))
_CAPTION = 300  # characters: a caption under a picture, not a paragraph beside it


def _is_picture(el: etree._Element) -> bool:
    """An image, or a link or box holding only an image (no text of its own)."""
    if el.tag in _PICTURES:
        return True
    kids = list(el.iterchildren(etree.Element))
    return (len(kids) == 1 and el.tag in ("a", "div", "span") and not text_len(el.text)
            and not text_len(kids[0].tail) and _is_picture(kids[0]))


def _is_caption(el: etree._Element) -> bool:
    """The text of a figure built without <figure>: a picture and, right after it, a short
    block holding all the rest of its box's text ("Abbildung: …", "Photograph by …")."""
    if el.tag == "p":
        return False  # a paragraph set under a hero picture is the text's own first one
    prev = el.getprevious()
    while prev is not None and prev.tag == "br":
        prev = prev.getprevious()
    if prev is None or not isinstance(prev.tag, str) or not _is_picture(prev):
        return False
    parent = el.getparent()
    if parent is None or text_len(parent.text) or text_len(prev.tail):
        return False
    if el.tag in HEADINGS or any(True for _ in el.iter("a", *HEADINGS)) or any(
            True for _ in el.iterancestors("a")):
        return False  # a card's linked headline under its picture, not a caption
    if any(d.tag not in INLINE for d in el.iterdescendants(etree.Element)):
        return False  # a caption is one run of text; a feature box holds several blocks
    if _in_a_row(parent) or _in_a_row(parent.getparent()):
        return False  # one of a grid of items, each a picture and its text: a listing
    mine = len(el.text_content().strip())
    return 0 < mine <= _CAPTION and len(parent.text_content().strip()) <= mine + len(
        (el.tail or "").strip())


def _in_a_row(el: etree._Element | None) -> bool:
    """True when el has a sibling of the same tag and class: an item of a list or grid."""
    if el is None or not el.get("class"):
        return False
    same = (el.tag, el.get("class"))
    return any((sib.tag, sib.get("class")) == same
               for sib in (el.getprevious(), el.getnext()) if sib is not None)


def _in_section(el: etree._Element) -> bool:
    """True inside an <article>, <section> or <main>: where a <header> heads that part."""
    return any(a.tag in SECTIONS or a.get("role") == "main" for a in el.iterancestors())


@lru_cache(maxsize=8192)
def class_kind(names: str) -> str:
    """What a class-and-id string says: "content", "strong", "weak" or "" (pages repeat them)."""
    if CONTENT_CLASS.search(names):
        return "content"
    if not names.strip():
        return ""
    # Utility classes ("lg:pt-[var(--banner-height)]") describe looks, not purpose.
    parts = [FEATURE.sub("", part) for part in names.split()
             if ":" not in part and "[" not in part and not LIVE_COMMENT.match(part)]
    # WordPress's post_class() (and Squarespace's) follows the theme's own classes with
    # generated ones, from "post-123" or "hentry" on: the post's categories, tags and
    # terms ("category-newsletter", "tag-share"), which name its topics, not its role.
    generated = next((i for i, part in enumerate(parts) if part == "hentry"
                      or POST_ID.match(part)), len(parts))
    parts = parts[:generated]
    if any(part in HIDDEN_CLASS or STRONG_PART.search(part) or SIDEBAR.fullmatch(part)
           for part in parts):
        return "strong"
    return "weak" if any(WEAK_PART.search(part) for part in parts) else ""


def prune(body: etree._Element) -> None:
    """Remove the frame, but never a block that holds most of the page's paragraph text.

    Unless the page declares its main part elsewhere: a banner or footer outside the
    page's <main> (a carousel of photo captions, say) goes however much text it holds;
    so do readers' comments outside the page's story, however long the thread. A block
    named only weakly for furniture that wraps a declared main is the page, and stays.
    """
    sizes = measure(body)
    total = sizes[body].good or 1.0
    mains = _declared_mains(body, sizes)
    stories = _stories(body, sizes)
    gone: list[etree._Element] = []
    stack = list(body)
    while stack:  # top-down, so nothing inside a dropped block is looked at again
        el = stack.pop()
        kind = _junk_kind(el) if isinstance(el.tag, str) else ""
        if (el.tag == "form" and _wraps_body_text(el, sizes)) or (
                kind == "weak" and _around_main(el, mains)):
            kind = ""
        m = sizes.get(el)
        if kind and m is not None and (el.tag in RAW_TAGS or m.good <= 0.5 * total
                                       or _beside_main(el, mains)
                                       or _beside_story(el, stories)):
            linked = m.links / m.text if m.text else 1.0
            if kind == "strong" or m.good < 200 or (linked > 0.3 and m.good < 0.25 * total):
                gone.append(el)
                continue
        stack.extend(el)
    drop_all(gone)


def _wraps_body_text(form: etree._Element, sizes: dict[etree._Element, Measure]) -> bool:
    """True for a form holding most of the prose of the body-text block it sits in: a
    shop's product form wraps the description; a search, order or comment form is fields."""
    block = next((a for a in form.iterancestors() if a.get("itemprop") == "articleBody"
                  or class_kind(names(a)) == "content"), None)
    return (block is not None and form in sizes and block in sizes
            and sizes[form].good > 0.5 * sizes[block].good)


def _stories(body: etree._Element,
             sizes: dict[etree._Element, Measure]) -> list[etree._Element]:
    """The page's <article> or itemprop="articleBody" blocks that hold a story's prose."""
    return [el for el in body.iter(etree.Element)
            if (el.tag == "article" or el.get("itemprop") == "articleBody")
            and el in sizes and sizes[el].good >= _ARTICLE_TEXT]


def _beside_story(el: etree._Element, stories: list[etree._Element]) -> bool:
    """True for a comment thread with a story outside it: the thread is about the story."""
    if not stories or not any(COMMENTS.search(part) for part in names(el).split()):
        return False
    return any(story is not el and el not in story.iterancestors()
               and story not in el.iterancestors() for story in stories)


def _declared_mains(body: etree._Element,
                    sizes: dict[etree._Element, Measure]) -> list[etree._Element]:
    """The page's <main>, role="main" or content-class blocks ("entry-content") that hold a
    paragraph of prose: what sits beside them in a sidebar or a footer is furniture. A
    content-class block inside a banner or a footer (a carousel's slide) declares nothing."""
    return [el for el in body.iter("main", "div", "section", "article")
            if el in sizes and sizes[el].good >= _MAIN_TEXT
            and (el.tag == "main" or el.get("role") == "main"
                or (el.tag != "article" and class_kind(names(el)) == "content"
                    and not any(_is_landmark(a) for a in el.iterancestors())))]


def _is_landmark(el: etree._Element) -> bool:
    """A banner, a footer, a menu or a sidebar, by its tag or its role."""
    return el.tag in LANDMARK_TAGS or (el.get("role") or "").lower() in DROP_ROLES


def _around_main(el: etree._Element, mains: list[etree._Element]) -> bool:
    """True for a block around a declared main: a page wrapper ("offcanvas-wrap") that only
    makes room for a slide-in menu, however few words the page's main holds."""
    return any(el in main.iterancestors() for main in mains)


def _beside_main(el: etree._Element, mains: list[etree._Element]) -> bool:
    """True for landmark furniture (a banner, a footer, a menu) outside every declared main."""
    if not mains or not _is_landmark(el):
        return False
    return not any(main is el or el in main.iterancestors() or main in el.iterancestors()
                   for main in mains)


