"""Pages that are not the statement: block and error pages, soft 404s, redirects to a listing.

A 200 answer is not always the page asked for. A WAF or CDN answers "Access Denied", a
captcha or a rate-limit page; a site under maintenance answers with a notice; some sites
answer a deleted page with a "Page not found" page and status 200 (a soft 404), or
redirect it to the section's listing or the home page. Stored as a revision, each of these
would replace the statement's text and be announced as an edit, and flap back later.

`judge` looks at the fetched page and its cleaned text before tracking:

- **failed**: a block, captcha, rate-limit or maintenance page, or an empty body: the
  check failed, nothing is stored, the page is tried again later;
- **gone**: a soft 404, or a redirect from a statement to a listing (a parent path, the
  site's home, or the source's own page): the statement was removed;
- **ok**: anything else.

Only short pages are judged by their words, and only by their title and first two
paragraphs: a statement that quotes "access denied" or "not found" in a long text is
still a statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from ..fetch import Fetched
from .page import Cleaned

__all__ = ["MAX_NOTICE_WORDS", "Verdict", "judge"]

MAX_NOTICE_WORDS = 120  # block and error notices are short; statements are longer
_BLOCK = re.compile(
    r"access denied|you don'?t have permission to access|request (?:was )?(?:blocked|rejected)"
    r"|attention required|captcha|verify (?:that )?you are (?:a )?human|are you a robot"
    r"|unusual traffic|enable (?:javascript|cookies) (?:and cookies )?to continue"
    r"|too many requests|rate limit|slow down|incident id|reference #\s*\d"
    r"|under (?:scheduled )?maintenance|down for maintenance|temporarily unavailable"
    r"|service unavailable|site maintenance|bad gateway|gateway time-?out|internal server error",
    re.IGNORECASE,
)
_NOT_FOUND = re.compile(
    r"page (?:was )?not (?:be )?found|\b404\b|not found|page (?:you (?:are looking for|requested)"
    r"|cannot be found|could not be found|does not exist|is no longer available)"
    r"|no longer (?:exists|available)|has been (?:removed|deleted|archived)"
    r"|we can'?t find (?:that|the|this) page|sorry, (?:we|the page)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Verdict:
    """What a fetched page is: the statement, a failed check, or a removed statement."""

    kind: Literal["ok", "failed", "gone"]
    reason: str = ""


def _path(url: str) -> str:
    return urlsplit(url).path.rstrip("/")


def _to_listing(page: Fetched, listing_url: str | None) -> bool:
    if not page.redirects:
        return False
    asked, landed = urlsplit(page.requested_url), urlsplit(page.url)
    if (asked.netloc, _path(page.requested_url)) == (landed.netloc, _path(page.url)):
        return False  # http -> https, a trailing slash: the same page
    if listing_url and page.url.rstrip("/") == listing_url.rstrip("/"):
        return True
    if asked.netloc != landed.netloc:
        return False
    here, there = _path(page.requested_url), _path(page.url)
    return there == "" or here.startswith(there + "/")  # the home page or a parent section


def judge(page: Fetched, cleaned: Cleaned, *, listing_url: str | None = None) -> Verdict:
    """Whether a fetched, cleaned page is the statement, a failed check or a removal."""
    if not page.body.strip():
        return Verdict("failed", f"{page.url}: empty body (HTTP {page.status})")
    if _to_listing(page, listing_url):
        return Verdict("gone", f"{page.requested_url}: redirects to the listing {page.url}")
    text = "\n".join(cleaned.paragraphs)
    if len(_WORD.findall(text)) > MAX_NOTICE_WORDS:
        return Verdict("ok")
    head = "\n".join((cleaned.title, *cleaned.paragraphs[:2]))  # where a notice says it
    found = _BLOCK.search(head)
    if found:
        return Verdict("failed", f"{page.url}: the server answered a block or error page "
                                 f'("{found.group(0)}", HTTP {page.status})')
    found = _NOT_FOUND.search(head)
    if found:
        return Verdict("gone", f'{page.url}: a "{found.group(0)}" page with HTTP '
                               f"{page.status} (soft 404)")
    return Verdict("ok")
