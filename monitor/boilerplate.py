"""Lines that are page furniture, not statement text, in any page of any government site."""

from __future__ import annotations

import re

__all__ = ["cut_tail", "is_boilerplate_line", "remove_submenus"]

# "Executive Offices Show submenu for “Executive Offices””": a menu item and its toggle.
_SUBMENU_ITEM = re.compile(
    r"(?P<item>\b[A-Z][^.\n“”\"]{0,80}?)\s*Show submenu for\s*[“\"](?P=item)[”\"]+\.?"
)
_SUBMENU = re.compile(r"\s*Show submenu for\s*[“\"][^”\"\n]{0,80}[”\"]+\.?")
_LINES = re.compile(
    r"^(?:skip to (?:the )?(?:main )?(?:content|navigation)|skip navigation|back to top|"
    r"top of page|return to top|scroll to top|an official website of the united states government|"
    r"here[’']?s how you know|official websites use \.gov.*|secure \.gov websites use https.*|"
    r"a \.gov website belongs to an official government organization.*|"
    r"a lock \(.*|share(?: this(?: page| article| post)?)?:?|print(?: this page)?|email|"
    r"facebook|twitter|x|linkedin|copy link|tweet|share on \w+|menu|search|close|open menu|"
    r"toggle navigation|main menu|related (?:articles?|content|news|stories|links)|tags?:?|"
    r"you are (?:here|exiting).{0,80}|this page has been archived.{0,80}|"
    r"sign up for .{0,60}|subscribe.{0,40}|follow us.{0,40}|watch:.*|watch live.{0,40}|"
    r"listen:.*|download (?:pdf|the pdf).{0,40}|page last (?:updated|reviewed).{0,60}|"
    r"last updated:?.{0,40}|previous|next|read more|see more|view all.{0,20}|"
    r"this (?:web)?site uses cookies.{0,200}|we use cookies.{0,200}|accept(?: all)?(?: cookies)?|"
    r"manage cookie (?:consent|preferences)|cookie (?:settings|preferences|policy))$",
    re.IGNORECASE,
)


def remove_submenus(text: str) -> str:
    """Remove "X Show submenu for “X””" menu items and any stray "Show submenu for" toggles."""
    if "Show submenu" not in text:
        return text
    return _SUBMENU.sub(" ", _SUBMENU_ITEM.sub(" ", text))


def is_boilerplate_line(line: str) -> bool:
    """True for skip links, banners, share prompts, "Back to Top", captions and the like."""
    text = line.strip().strip("|•·").strip()
    if not text:
        return True
    if "Show submenu for" in text and not remove_submenus(text).strip(" .”\""):
        return True
    return bool(_LINES.match(text))


# Headings that open the page's tail (related links, comments, author notes) rather than
# a part of the statement, in the languages of the benchmark sets and of US sites.
_TAIL = re.compile(
    r"^(?:related(?: (?:articles?|posts?|stories|content|coverage|news|links|topics|reading))?|"
    r"you (?:may|might) also (?:like|be interested in)|explore further|leave a (?:reply|comment)|"
    r"post a comment|about the author|"
    r"ähnliche (?:beiträge|artikel)|verwandte (?:beiträge|artikel|themen)|mehr zum thema|"
    r"das könnte (?:dich|sie) auch interessieren|(?:schreibe|hinterlasse) einen kommentar|"
    r"kommentar schreiben|articles? similaires|sur le même sujet|artículos relacionados|"
    r"noticias relacionadas|articoli correlati|podobne artykuły)[.:!?]?$",
    re.IGNORECASE,
)


def cut_tail(paragraphs: list[str]) -> list[str]:
    """The paragraphs before a "Related articles"/"Comments" heading in the page's last part."""
    start = max(1, len(paragraphs) // 3)
    for i in range(start, len(paragraphs)):
        text = paragraphs[i]
        if len(text) <= 60 and _TAIL.match(text.strip()):
            return paragraphs[:i]
    return paragraphs
