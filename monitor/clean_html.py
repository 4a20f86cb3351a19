"""HTML to main text: drop the frame (banners, menus, breadcrumbs, footers), keep the statement."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, NavigableString

from .boilerplate import is_boilerplate_line
from .dates import find_date
from .model import Cleaned

__all__ = ["clean_html"]

# Cut before the tree is built: bs4's tree building is the dominant cost.
_STRIP = re.compile(
    r"<script(?![^>]*ld\+json)[^>]*>.*?</script\s*>|<style[^>]*>.*?</style\s*>|"
    r"<svg[^>]*>.*?</svg\s*>|<noscript[^>]*>.*?</noscript\s*>|<template[^>]*>.*?</template\s*>|"
    r"<!--.*?-->|<iframe[^>]*>.*?</iframe\s*>",
    re.IGNORECASE | re.DOTALL,
)
_DROP_TAGS = ("nav", "header", "footer", "aside", "form", "button", "select", "input",
              "textarea", "label", "dialog", "menu", "iframe", "object", "embed", "canvas",
              "map", "video", "audio", "picture", "figure", "img")
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "menu",
               "menubar", "dialog", "alert", "toolbar", "tablist"}
# A class or id is junk when one of its dash-separated parts names page furniture.
_JUNK_PART = re.compile(
    r"(?:^|[-_])(?:nav|navbar|navigation|menu|menus|submenu|megamenu|mega-menu|sidebar|"
    r"sidenav|footer|breadcrumbs?|share|sharing|sharebar|social|related|cookies?|consent|"
    r"newsletter|subscribe|signup|banner|skip|skipnav|skiplink|pagination|pager|toolbar|"
    r"search|searchbox|comments?|popup|modal|masthead|header|advert|ads|promo|byline|"
    r"tags|tagcloud|taxonomy|disclaimer|identifier|utility|overlay)"
    r"(?:$|[-_])",
    re.IGNORECASE,
)
_CONTENT = re.compile(
    r"entry-content|article-body|article__body|post-content|field--name-body|"
    r"body-text|story-body|main-content|page-content|usa-prose|press-release|"
    r"field-item|node__content|rich-text|text-formatted|article-content|content-body",
    re.IGNORECASE,
)
_BLOCKS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li blockquote pre dd dt td th figcaption caption address div section "
    "article main table tr ul ol dl center".split()
)
_LEAVES = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote pre dd dt td th figcaption address".split())
_SPACE = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?)\]”’])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[“‘])\s+")
_TITLE_SUFFIX = re.compile(
    r"\s+[|\-–—:]\s+(?:The White House|United States Department of [A-Z][\w ]+|"
    r"U\.S\. Department of [A-Z][\w ]+|Department of [A-Z][\w ]+|[A-Z][\w.&' ]{2,60})$"
)


def _attrs(tag: Tag) -> str:
    value = tag.get("class")
    classes = [value] if isinstance(value, str) else [str(c) for c in (value or ())]
    return " ".join([*classes, str(tag.get("id") or "")])


def _is_junk(tag: Tag) -> bool:
    if tag.name in _DROP_TAGS:
        return True
    role = str(tag.get("role") or "").lower()
    if role in _DROP_ROLES or tag.get("aria-hidden") == "true" or tag.has_attr("hidden"):
        return True
    names = _attrs(tag)
    if not names.strip() or _CONTENT.search(names):
        return False
    return any(_JUNK_PART.search(part) for part in names.split())


def _prune(root: Tag) -> None:
    """Remove the frame; never a block that holds most of the page's remaining text."""
    total = sum(len(p.get_text()) for p in root.find_all("p")) or 1
    junk = [t for t in root.find_all(True) if isinstance(t, Tag) and _is_junk(t)]
    for tag in junk:
        if tag.parent is None or tag.name in ("html", "body"):
            continue  # already gone with an ancestor, or the page itself
        own = sum(len(p.get_text()) for p in tag.find_all("p"))
        if tag.name not in ("nav", "footer") and own:
            dense = own > 0.4 * total and _link_density(tag, len(tag.get_text())) < 0.3
            if dense or own > 0.6 * total:
                continue  # a misleading class on the content itself, or a page wrapper
        tag.decompose()
        total = max(total - own, 1)


def _text(tag: Tag) -> str:
    parts: list[str] = []
    for node in tag.descendants:
        if isinstance(node, NavigableString) and not isinstance(node, Comment):
            parts.append(str(node))
        elif isinstance(node, Tag) and node.name == "br":
            parts.append("\n")
    text = _SPACE.sub(" ", "".join(parts)).strip()
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return _SPACE_AFTER_OPEN.sub(r"\1", text)


def _link_density(tag: Tag, length: int) -> float:
    links = sum(len(a.get_text(strip=True)) for a in tag.find_all("a"))
    return links / max(length, 1)


def _score(tag: Tag) -> float:
    """Text in paragraphs, less text in links: where the statement lives."""
    text_len = 0
    for p in tag.find_all(("p", "li", "blockquote", "h2", "h3"), limit=400):
        length = len(p.get_text(strip=True))
        if p.name == "p":
            text_len += length
        elif length > 80:
            text_len += length // 2
    total = len(tag.get_text(strip=True))
    if total == 0:
        return 0.0
    score = text_len * (1 - _link_density(tag, total))
    if _CONTENT.search(_attrs(tag)):
        score *= 1.5
    return score


def _main_root(body: Tag) -> Tag:
    candidates: list[Tag] = []
    for selector in ("article", "main", "[role=main]", "#main-content", "#content"):
        candidates.extend(t for t in body.select(selector) if isinstance(t, Tag))
    candidates.extend(t for t in body.find_all(class_=_CONTENT) if isinstance(t, Tag))
    for div in body.find_all(("div", "section", "td")):
        if isinstance(div, Tag) and len(div.find_all("p", recursive=False)) >= 2:
            candidates.append(div)
    if not candidates:
        return body
    best = max(candidates, key=_score)
    # Prefer the enclosing landmark when the best block is only part of it.
    parent = best.parent
    while isinstance(parent, Tag) and parent.name not in ("body", "html"):
        if _score(parent) > _score(best) * 1.3:
            best = parent
        parent = parent.parent
    return best if _score(best) > 0 else body


def _blocks(root: Tag) -> list[str]:
    out: list[str] = []
    for tag in root.find_all(_LEAVES):
        if not isinstance(tag, Tag) or tag.find_parent(_LEAVES - {"td", "th"}) is not None:
            continue  # nested: the outer block already holds this text
        text = _text(tag)
        if not text or is_boilerplate_line(text):
            continue
        if len(text) < 120 and _link_density(tag, len(text)) > 0.6 and tag.name != "h1":
            continue
        out.append(text)
    loose = [_SPACE.sub(" ", str(s)).strip() for s in root.find_all(string=True, recursive=False)]
    if not out:
        out = [s for s in loose if s and not is_boilerplate_line(s)]
    return out


def _title(soup: BeautifulSoup) -> str:
    """The statement's h1 (not the site's logo h1), else og:title, else <title> less the site."""
    og = soup.find("meta", property="og:title")
    headings = [t for t in soup.find_all("h1") if isinstance(t, Tag)
                and t.find_parent(("nav", "footer")) is None]
    texts = [_text(h) for h in headings]
    texts = [t for t in texts if 3 <= len(t) <= 300]
    if texts:
        return max(texts, key=lambda t: len(t.split()))
    if isinstance(og, Tag) and og.get("content"):
        return _SPACE.sub(" ", str(og["content"])).strip()
    if soup.title and soup.title.string:
        return _TITLE_SUFFIX.sub("", _SPACE.sub(" ", soup.title.string).strip())
    return ""


def _canonical(soup: BeautifulSoup, url: str) -> str:
    link = soup.find("link", rel="canonical")
    if not isinstance(link, Tag) or not link.get("href") or not url:
        return url
    candidate = urljoin(url, str(link["href"]).strip())
    same = urlsplit(candidate).netloc.lower() == urlsplit(url).netloc.lower()
    return candidate if same and urlsplit(candidate).scheme in ("http", "https") else url


def clean_html(html: str, url: str) -> Cleaned:
    """Title, date, canonical URL and main-text paragraphs of an HTML page."""
    soup = BeautifulSoup(_STRIP.sub(" ", html), "lxml")
    body = soup.body or soup
    date = find_date(soup)
    canonical = _canonical(soup, url)
    title = _title(soup)
    _prune(body)
    root = _main_root(body)
    paragraphs = _dedupe(_blocks(root))
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if date is None:
        from .dates import text_date

        date = text_date(" ".join(paragraphs[:3]))
    return Cleaned(canonical, title, date, tuple(paragraphs))


def _dedupe(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for p in paragraphs:
        if not out or out[-1] != p:
            out.append(p)
    return out
