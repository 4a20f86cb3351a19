"""Cleaning: from a fetched body to a page's title, date, canonical URL and main text.

The HTML cascade, in order (``clean_html``):
    tree        strip scripts and comments, parse with lxml, measure every element once
    prune       cut the frame: tags, roles and classes of furniture (tables in patterns)
    template    drop the blocks the host's template knows (learned across its pages)
    block       choose the main block (columns: a layout table's text cell), trim its tail,
                drop teasers (teasers) and link boxes inside it
    html        render paragraphs; meta and dates read title, canonical URL and date
    boilerplate drop interface lines, meta lines, pointers and the end matter
Plain text goes through ``clean_text`` (text). ``judge`` (blockpage) tells a statement
from a block page, a soft 404 or a redirect to a listing.
"""

from __future__ import annotations

from .blockpage import Verdict, judge
from .boilerplate import remove_submenus
from .document import clean_document, looks_like_html
from .html import clean_html
from .page import Cleaned
from .template import block_fingerprint, in_template
from .text import clean_text

__all__ = [
    "Cleaned",
    "Verdict",
    "block_fingerprint",
    "clean_document",
    "clean_html",
    "clean_text",
    "in_template",
    "judge",
    "looks_like_html",
    "remove_submenus",
]
