"""Lines that are page furniture, not statement text, in any page of any government site."""

from __future__ import annotations

import re

__all__ = ["SUBMENU", "is_boilerplate_line"]

SUBMENU = re.compile(r"[^.”\n]{0,80}?\s*Show submenu for\s*[“\"][^”\"]*[”\"]+\.?")
_LINES = re.compile(
    r"^(?:skip to (?:main )?content|back to top|top of page|return to top|"
    r"an official website of the united states government|here'?s how you know|"
    r"official websites use \.gov.*|secure \.gov websites use https.*|"
    r"share(?: this(?: page| article)?)?:?|print(?: this page)?|email|facebook|twitter|x|"
    r"linkedin|copy link|tweet|share on \w+|menu|search|close|open menu|toggle navigation|"
    r"related (?:articles?|content|news|stories)|tags?:?|more from .{0,40}|"
    r"you are (?:here|exiting).{0,80}|this page has been archived.{0,80}|"
    r"sign up for .{0,60}|subscribe.{0,40}|follow us.{0,40}|watch:.*|watch live.{0,40}|"
    r"listen:.*|download (?:pdf|the pdf).{0,40}|page last (?:updated|reviewed).{0,60}|"
    r"last updated:?.{0,40}|previous|next|read more|see more|view all.{0,20})$",
    re.IGNORECASE,
)


def is_boilerplate_line(line: str) -> bool:
    """True for skip links, banners, share prompts, "Back to Top", captions and the like."""
    text = line.strip().strip("|•·").strip()
    if not text:
        return True
    if "Show submenu for" in text and not SUBMENU.sub("", text).strip(" .”\""):
        return True
    return bool(_LINES.match(text))
