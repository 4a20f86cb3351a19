"""Page metadata for the HTML cleaner: the title and a canonical URL the page may claim."""

from __future__ import annotations

import re
import unicodedata
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
    """Whitespace runs as one space, trimmed, in Unicode NFC.

    The same letter may come composed or not (Bengali "\u09dc" is "\u09a1\u09bc"), so
    text is kept in one normal form, to compare equal however the page spelled it.
    """
    text = _SPACE.sub(" ", text or "").strip()
    return text if text.isascii() else unicodedata.normalize("NFC", text)


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


# An h1 that names the site, not the page: a logo or a blog's name in the page header.
# Matched against one class or id token at a time ("tag-…-brands" is no logo).
_LOGO = re.compile(r"(?:^|[-_])(?:logo|brand|branding|site-?title|site-?name|blog-?name|"
                   r"titlewrapper|menu-title|redditname|footer)(?:$|[-_])", re.IGNORECASE)
_FRAME_TAGS = frozenset(("footer", "nav", "aside"))
_CONTENT_TAGS = frozenset(("article", "main", "body"))
_BLOCK_BREAKS = frozenset("br div p li".split())
_HOME_PATH = re.compile(r"^/?(?:index\.\w+|home)?/?$", re.IGNORECASE)


def _heading_text(el: etree._Element) -> str:
    """An h1's text, with a space where a <br> or a nested block breaks the line."""
    parts: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if node is not el and node.tag in _BLOCK_BREAKS:
                parts.append(" ")
            parts.append(node.text or "")
        elif node is not el:
            parts.append(node.tail or "")
    return _PERMALINK.sub("", collapse("".join(parts)))


def _links_home(a: etree._Element) -> bool:
    href = str(a.get("href") or "").strip()
    if not href or href.startswith("#"):  # "#section": a permalink to the heading itself
        return False
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return _HOME_PATH.match(parts.path or "/") is not None and not parts.query


def _is_logo(h1: etree._Element) -> bool:
    """True when the h1 is the site's name: a home link, a logo class, or page furniture."""
    links = [a for a in h1.iter("a")]
    if links and all(_links_home(a) for a in links):
        return True
    el: etree._Element | None = h1
    for _ in range(4):  # the h1 and three ancestors, up to the article or main landmark
        if el is None or el.tag in _CONTENT_TAGS:
            break
        if el.tag in _FRAME_TAGS or (el is not h1 and el.tag == "a" and _links_home(el)):
            return True
        tokens = f"{el.get('class') or ''} {el.get('id') or ''}".split()
        if any(_LOGO.search(token) for token in tokens):
            return True
        el = el.getparent()
    return False


def _headings(root: etree._Element, sites: set[str]) -> tuple[list[str], bool]:
    """The page's h1 texts less logos and site names, a "| Site" tail cut off each; and
    whether the first h1 was the site's logo."""
    h1s: list[str] = []
    logo_first = False
    for h1 in root.iter("h1"):
        text = _heading_text(h1)
        if not 2 <= len(text) <= 300:
            continue
        if _key(text) in sites or _is_logo(h1):
            logo_first = logo_first or not h1s
            continue
        parts = _SEPARATOR.split(text)
        if len(parts) > 1 and _key(parts[-1]) in sites:
            text = text[: list(_SEPARATOR.finditer(text))[-1].start()].strip()
        h1s.append(text)
        if len(h1s) >= 5:
            break
    return h1s, logo_first


def page_title(root: etree._Element) -> str:
    """The statement's headline: an h1 the metadata agrees with, else og:title, h1, <title>."""
    og = _meta(root, "og:title", "twitter:title")
    site = _meta(root, "og:site_name", "application-name")
    title_el = root.find(".//title")
    title = collapse(title_el.text_content()) if title_el is not None else ""
    h1s, logo_first = _headings(root, _declared_sites(title, og, site))
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
    # its name, and its h1 a slogan. A page whose logo is its first h1 uses the later ones
    # for sections ("Day 7"), so there the share title names the page.
    if og and logo_first:
        return _without_site(og, site)
    if _meta(root, "og:type") in ("article", "") or root.find(".//article") is not None:
        sites = _site_names(title, og, site)
        for text in h1s:  # the first headline that is not the site's name
            if _key(text) not in sites:
                return _as_written(text, og, title)
    if og:
        return _without_site(og, site)
    return _without_site(title, site)


def _declared_sites(title: str, og: str, site: str) -> set[str]:
    """Keys of names the page gives its site: og:site_name, and the last part of a split
    <title> that the share title leaves out ("Headline | Site" beside og "Headline")."""
    names = {_key(site)} if site else set()
    parts = _SEPARATOR.split(title)
    if len(parts) > 1 and og and _key(parts[-1]) not in _key(og):
        names.add(_key(parts[-1]))
    return names - {"", _key(og), _key(title)}


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
