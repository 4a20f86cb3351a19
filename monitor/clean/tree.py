"""The fast lxml pre-pass of the HTML cleaner: parse, measure, and cut the page frame.

One bottom-up pass measures every element (text length, text inside links, text in
paragraph-like blocks), so pruning and choosing the main block (monitor/clean_block.py)
are linear in page size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import lxml.html
from lxml import etree

__all__ = ["HEADINGS", "INLINE", "Measure", "class_kind", "drop_all", "drop_element", "measure",
           "measure_page", "names", "parse", "prune", "strip_markup", "text_len"]

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
_DROP_TAGS = frozenset(
    "nav footer aside form button select input textarea label dialog menu iframe object embed "
    "canvas map video audio picture img header noscript figcaption".split()
)
# Raw-text elements: whatever they hold is code or markup, never statement text.
_RAW = frozenset("script style template textarea title xmp plaintext noembed noframes".split())
_ANNOTATIONS = ("rt", "rp")
_DROP_ROLES = frozenset(
    "navigation banner contentinfo search complementary menu menubar dialog alert toolbar "
    "tablist".split()
)
# Readers' comments ("comments", "commentlist", "sect_commentlinks"); not "commentary", which
# is an opinion column.
_COMMENT_WORDS = r"comments?(?:list|links|section|thread)?"
# A class or id is page furniture when one of its dash-separated parts says so. Strong
# evidence drops a block outright; weak evidence ("nav", "menu", "header") only when the
# block is mostly links or little text, since content templates reuse those words.
_STRONG_PART = re.compile(
    r"(?:^|[-_])(?:footer|breadcrumbs?|share|sharing|sharebar|social|socials|"
    r"cookies?|consent|newsletter|subscribe|signup|usa-banner|gov-banner|skip-?link|"
    r"skip-?nav|skip-to|"
    r"pagination|pager|popup|modal|advert|ads|advertisement|sidenav|"
    r"masthead|site-?header|global-?header|top-?bar|tagcloud|" + _COMMENT_WORDS + "|"
    r"disclaimer|identifier|bylines?|reading-?time|read-?time|"
    r"wp-caption-text|(?:image|img|photo|figure|media|picture|wp)[-_]*caption|"
    r"credits?|copyright|legend|"
    r"relatedposts|related-?(?:posts?|articles?|content|stories|links|news|coverage)|"
    r"relatedcoverage|relatedarticles?|author-?(?:bio|box|card|info)|post-?ratings?|"
    r"postmetadata|post-?meta|entry-?meta|entry-?footer|entryfooter|shariff|sociable|"
    r"respond|replys|replies|likes)(?:$|[-_])",
    re.IGNORECASE,
)
_WEAK_PART = re.compile(
    r"(?:^|[-_])(?:nav|navbar|navigation|menu|menus|submenu|megamenu|header|search|"
    r"searchbox|toolbar|tags|utility|overlay|dropdown|subnav|related|sidebar|"
    r"promo|banner|offcanvas|linklist|link-?list)(?:$|[-_])",
    re.IGNORECASE,
)
# A block named for the sidebar alone ("sidebar", "sidebar-1", "primary-sidebar") is one,
# however much prose its widgets hold. Other compounds may be layout: "sidebar_right" is
# the wrapper of a page with a sidebar on the right, "sidebar_tab" a tab set in the text.
_SIDEBAR = re.compile(r"(?:(?:primary|secondary)[-_])?sidebars?(?:[-_](?:\d+|primary|secondary))?",
                      re.IGNORECASE)
_COMMENTS = re.compile(rf"(?:^|[-_])(?:{_COMMENT_WORDS})(?:$|[-_])", re.IGNORECASE)
_POST_ID = re.compile(r"post-\d+$")
# What a block has, not what it is: "o-section--has-ads" and "TestReport__Section--Ads" are
# sections of the text with an ad slot in them; "no-sidebar" is a page without one.
_FEATURE = re.compile(r"(?:^|[-_])(?:has|with|without|no)-[\w-]*|--(?:ads?|adverts?)$",
                      re.IGNORECASE)
# A live ticker's entries ("live-comment", "live-match-comment-body") are the reporter's
# running commentary on the event: the page itself, not its readers' comments.
_LIVE_COMMENT = re.compile(r"live[-_][\w-]*comment", re.IGNORECASE)
_HIDDEN_CLASS = frozenset("hidden visually-hidden sr-only screen-reader-text d-none".split())
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
CONTENT_CLASS = re.compile(
    r"entry-content|article-body|article__body|articlebody|post-content|post-body|"
    r"field--name-body|body-text|story-body|main-content|page-content|usa-prose|"
    r"press-release|node__content|rich-text|text-formatted|article-content|content-body|"
    r"wp-block-post-content|region-content|field-item",
    re.IGNORECASE,
)
_LANDMARK_TAGS = frozenset("header footer nav aside".split())
_STORY_LEFT = 0.8  # share of the text the cards leave that one story holds to be the page
_ARTICLE_TEXT = 500  # characters of prose an <article> holds to be the page's story
_MAIN_TEXT = 100  # characters of prose a declared <main> holds to be the page's main part
_CARDS_AWAY = 0.5  # share of the paragraph text left without the cards' for them to go
_CARD = 600  # characters: an <a> wrapping blocks up to this size is a teaser card
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_SECTIONS = frozenset(("article", "section", "main"))
INLINE = frozenset(
    "a span b strong em i u small sup sub abbr cite code q mark time font br wbr s strike del "
    "ins kbd var dfn bdi bdo tt big data label img ruby rb".split()
)


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
    etree.strip_elements(tree, *(_RAW - {"title"}), *_ANNOTATIONS, with_tail=False)
    return tree, ld_json


def text_len(text: str | None) -> int:
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


def names(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _junk_kind(el: etree._Element) -> str:
    """"strong" for certain page furniture, "weak" for likely furniture, "" for neither."""
    if el.tag == "header" and _in_section(el):
        # An article's own header holds its headline, byline and lead, not the site's banner.
        return "strong" if class_kind(names(el)) == "strong" else ""
    if el.tag in _DROP_TAGS or el.tag in _RAW:
        return "strong"
    role = (el.get("role") or "").lower()
    if role in _DROP_ROLES or el.get("aria-hidden") == "true" or el.get("hidden") is not None:
        return "strong"
    kind = class_kind(names(el))
    if kind == "content" or role == "tabpanel":
        return ""
    if _is_caption(el):
        return "strong"
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style):
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
    return any(a.tag in _SECTIONS or a.get("role") == "main" for a in el.iterancestors())


@lru_cache(maxsize=8192)
def class_kind(names: str) -> str:
    """What a class-and-id string says: "content", "strong", "weak" or "" (pages repeat them)."""
    if CONTENT_CLASS.search(names):
        return "content"
    if not names.strip():
        return ""
    # Utility classes ("lg:pt-[var(--banner-height)]") describe looks, not purpose.
    parts = [_FEATURE.sub("", part) for part in names.split()
             if ":" not in part and "[" not in part and not _LIVE_COMMENT.match(part)]
    # WordPress's post_class() (and Squarespace's) follows the theme's own classes with
    # generated ones, from "post-123" or "hentry" on: the post's categories, tags and
    # terms ("category-newsletter", "tag-share"), which name its topics, not its role.
    generated = next((i for i, part in enumerate(parts) if part == "hentry"
                      or _POST_ID.match(part)), len(parts))
    parts = parts[:generated]
    if any(part in _HIDDEN_CLASS or _STRONG_PART.search(part) or _SIDEBAR.fullmatch(part)
           for part in parts):
        return "strong"
    return "weak" if any(_WEAK_PART.search(part) for part in parts) else ""


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
        if kind and m is not None and (el.tag in _RAW or m.good <= 0.5 * total
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
    if not stories or not any(_COMMENTS.search(part) for part in names(el).split()):
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
    return el.tag in _LANDMARK_TAGS or (el.get("role") or "").lower() in _DROP_ROLES


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
