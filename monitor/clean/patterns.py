"""The cleaner's tables: the tags, roles, class words and patterns that name page furniture.

Kept apart from the logic that reads them (tree.py, prune.py, block.py), as trafilatura keeps
its selectors in one module, so a rule's vocabulary is read and changed in one place.
"""

from __future__ import annotations

import re

__all__ = [
    "ANNOTATIONS",
    "COMMENTS",
    "COMMENT_WORDS",
    "CONTENT_CLASS",
    "DROP_ROLES",
    "DROP_TAGS",
    "FEATURE",
    "HEADINGS",
    "HIDDEN_CLASS",
    "HIDDEN_STYLE",
    "INLINE",
    "LANDMARK_TAGS",
    "LIVE_COMMENT",
    "POST_ID",
    "RAW_TAGS",
    "SECTIONS",
    "SIDEBAR",
    "STRONG_PART",
    "WEAK_PART",
]

DROP_TAGS = frozenset(
    "nav footer aside form button select input textarea label dialog menu iframe object embed "
    "canvas map video audio picture img header noscript figcaption".split()
)
# Raw-text elements: whatever they hold is code or markup, never statement text.
RAW_TAGS = frozenset("script style template textarea title xmp plaintext noembed noframes".split())
ANNOTATIONS = ("rt", "rp")
DROP_ROLES = frozenset(
    "navigation banner contentinfo search complementary menu menubar dialog alert toolbar "
    "tablist".split()
)
# Readers' comments ("comments", "commentlist", "sect_commentlinks"); not "commentary", which
# is an opinion column.
COMMENT_WORDS = r"comments?(?:list|links|section|thread)?"
# A class or id is page furniture when one of its dash-separated parts says so. Strong
# evidence drops a block outright; weak evidence ("nav", "menu", "header") only when the
# block is mostly links or little text, since content templates reuse those words.
STRONG_PART = re.compile(
    r"(?:^|[-_])(?:footer|breadcrumbs?|share|sharing|sharebar|social|socials|"
    r"cookies?|consent|newsletter|subscribe|signup|usa-banner|gov-banner|skip-?link|"
    r"skip-?nav|skip-to|"
    r"pagination|pager|popup|modal|advert|ads|advertisement|sidenav|"
    r"masthead|site-?header|global-?header|top-?bar|tagcloud|" + COMMENT_WORDS + "|"
    r"disclaimer|identifier|bylines?|reading-?time|read-?time|"
    r"wp-caption-text|(?:image|img|photo|figure|media|picture|wp)[-_]*caption|"
    r"credits?|copyright|legend|"
    r"relatedposts|related-?(?:posts?|articles?|content|stories|links|news|coverage)|"
    r"relatedcoverage|relatedarticles?|author-?(?:bio|box|card|info)|post-?ratings?|"
    r"postmetadata|post-?meta|entry-?meta|entry-?footer|entryfooter|shariff|sociable|"
    r"respond|replys|replies|likes)(?:$|[-_])",
    re.IGNORECASE,
)
WEAK_PART = re.compile(
    r"(?:^|[-_])(?:nav|navbar|navigation|menu|menus|submenu|megamenu|header|search|"
    r"searchbox|toolbar|tags|utility|overlay|dropdown|subnav|related|sidebar|"
    r"promo|banner|offcanvas|linklist|link-?list)(?:$|[-_])",
    re.IGNORECASE,
)
# A block named for the sidebar alone ("sidebar", "sidebar-1", "primary-sidebar") is one,
# however much prose its widgets hold. Other compounds may be layout: "sidebar_right" is
# the wrapper of a page with a sidebar on the right, "sidebar_tab" a tab set in the text.
SIDEBAR = re.compile(r"(?:(?:primary|secondary)[-_])?sidebars?(?:[-_](?:\d+|primary|secondary))?",
                      re.IGNORECASE)
COMMENTS = re.compile(rf"(?:^|[-_])(?:{COMMENT_WORDS})(?:$|[-_])", re.IGNORECASE)
POST_ID = re.compile(r"post-\d+$")
# What a block has, not what it is: "o-section--has-ads" and "TestReport__Section--Ads" are
# sections of the text with an ad slot in them; "no-sidebar" is a page without one.
FEATURE = re.compile(r"(?:^|[-_])(?:has|with|without|no)-[\w-]*|--(?:ads?|adverts?)$",
                      re.IGNORECASE)
# A live ticker's entries ("live-comment", "live-match-comment-body") are the reporter's
# running commentary on the event: the page itself, not its readers' comments.
LIVE_COMMENT = re.compile(r"live[-_][\w-]*comment", re.IGNORECASE)
HIDDEN_CLASS = frozenset("hidden visually-hidden sr-only screen-reader-text d-none".split())
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
CONTENT_CLASS = re.compile(
    r"entry-content|article-body|article__body|articlebody|post-content|post-body|"
    r"field--name-body|body-text|story-body|main-content|page-content|usa-prose|"
    r"press-release|node__content|rich-text|text-formatted|article-content|content-body|"
    r"wp-block-post-content|region-content|field-item",
    re.IGNORECASE,
)
LANDMARK_TAGS = frozenset("header footer nav aside".split())
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
SECTIONS = frozenset(("article", "section", "main"))
INLINE = frozenset(
    "a span b strong em i u small sup sub abbr cite code q mark time font br wbr s strike del "
    "ins kbd var dfn bdi bdo tt big data label img ruby rb".split()
)
