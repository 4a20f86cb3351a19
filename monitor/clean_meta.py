"""Page metadata for the HTML cleaner: the title and a canonical URL the page may claim."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml import etree

__all__ = ["canonical_url", "collapse", "page_title", "strip_site_name"]

_SPACE = re.compile(r"\s+")
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s+")
_PERMALINK = re.compile(r"\s*[¶§#]$")
_KNOWN_SITES = re.compile(
    r"\s+(?:\||-|–|—)\s+(?:The White House|(?:United States|U\.S\.) Department of [\w ]+|"
    r"Department of [\w ]+|U\.S\. Embassy[\w ,.]*)$",
    re.IGNORECASE,
)


def collapse(text: str | None) -> str:
    """Whitespace runs as one space, trimmed."""
    return _SPACE.sub(" ", text or "").strip()


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def strip_site_name(title: str) -> str:
    """"Headline | Site Name" less the site name (a short last part after a separator)."""
    title = _KNOWN_SITES.sub("", collapse(title))
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    head, last = parts[:-1], parts[-1]
    rest = " - ".join(head)
    # "Site | Headline": the site name comes first when the first part is short.
    if len(parts) == 2 and len(parts[0].split()) <= 3 < len(last.split()):
        return last
    if len(last.split()) <= 6 and len(rest) >= 10:
        match = list(_SEPARATOR.finditer(title))[-1]
        return title[: match.start()].strip()
    return title


def _meta(root: etree._Element, *names: str) -> str:
    for tag in root.iter("meta"):
        key = (tag.get("property") or tag.get("name") or "").lower()
        if key in names:
            content = collapse(tag.get("content"))
            if content:
                return content
    return ""


def _without_site(title: str, site: str) -> str:
    """The title less a "| Site Name" part at either end, when the page names its site."""
    if site and title != site:
        for sep in _SEPARATOR.finditer(title):
            head, tail = title[: sep.start()], title[sep.end():]
            if _key(tail) == _key(site):
                return head.strip()
            if _key(head) == _key(site):
                return tail.strip()
    return strip_site_name(title)


def page_title(root: etree._Element) -> str:
    """The statement's headline: an h1 the metadata agrees with, else og:title, h1, <title>."""
    og = _meta(root, "og:title", "twitter:title")
    site = _meta(root, "og:site_name", "application-name")
    title_el = root.find(".//title")
    title = collapse(title_el.text_content()) if title_el is not None else ""
    h1s = []
    for h1 in root.iter("h1"):
        text = _PERMALINK.sub("", collapse(h1.text_content()))
        if 2 <= len(text) <= 300:
            h1s.append(text)
        if len(h1s) >= 5:
            break
    og_key, title_key = _key(og), _key(title)
    for text in h1s:
        key = _key(text)
        if key and (key == og_key or title_key.startswith(key) or og_key.startswith(key)):
            return _as_written(text, og, title)
    for text in h1s:  # "Site | Headline": the headline is part of the metadata's title
        key = _key(text)
        if len(key) >= 12 and (key in og_key or key in title_key):
            return text
    # An article's own headline beats its share title; a landing page's share title is
    # its name, and its h1 a slogan.
    if _meta(root, "og:type") in ("article", "") or root.find(".//article") is not None:
        sites = _site_names(title, og, site)
        for text in h1s:  # the first headline that is not the site's name
            if _key(text) not in sites:
                return _as_written(text, og, title)
    if og:
        return _without_site(og, site)
    return _without_site(title, site)


def _site_names(title: str, og: str, site: str) -> set[str]:
    """Keys of what names the site: og:site_name and the later parts of a split <title>."""
    names = {_key(site)} if site else set()
    for value in (title, og):
        parts = _SEPARATOR.split(value)
        names.update(_key(part) for part in parts[1:])
    return names - {""}


def _as_written(h1: str, og: str, title: str) -> str:
    """The metadata's spelling of a headline styled in capitals or glued ("WEEKENDCODING")."""
    squeezed = _key(h1).replace(" ", "")
    for value in (og, title):
        for part in (value, *_SEPARATOR.split(value)):
            if part != h1 and _key(part).replace(" ", "") == squeezed and h1.isupper():
                return part.strip()
    return h1


def canonical_url(root: etree._Element, url: str) -> str:
    """<link rel=canonical> resolved against url, only when it stays on url's host."""
    if not url:
        return url
    for link in root.iter("link"):
        if "canonical" not in (link.get("rel") or "").lower().split():
            continue
        href = str(link.get("href") or "").strip()
        if not href:
            return url
        try:
            candidate: str = urljoin(url, href)
            parts, base = urlsplit(candidate), urlsplit(url)
            same_host = (parts.hostname or "").lower() == (base.hostname or "").lower()
            same_host = same_host and parts.port == base.port
        except ValueError:
            return url
        if same_host and parts.scheme in ("http", "https"):
            return candidate
        return url
    return url
