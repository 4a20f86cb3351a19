"""Discovery: the links a source lists. One small class per kind, found by a registry.

A check of a source starts from what its discoverer yields before any fetch (`start`):
source documents to read (a feed, a sitemap, a listing page) or links to check (a single
page is its own one link, checked on every check). Each source document fetched is read
by `discover`, which may name more source documents (a sitemap index's children).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import ClassVar
from urllib.parse import urldefrag, urljoin, urlsplit

import feedparser
from bs4 import BeautifulSoup
from dateutil import parser as dateparser
from lxml import etree

from .config import SourceConfig
from .fetch import Fetched

__all__ = ["Discoverer", "Discovery", "Link", "discoverer_for", "guess_kind", "same_host"]


@dataclass(frozen=True)
class Link:
    """A page a source points at, with what the source says about it."""

    url: str
    title: str = ""
    published: datetime | None = None
    recheck: bool = False  # checked on every check of the source, even when already stored


@dataclass(frozen=True)
class Discovery:
    """What one source document yields: pages, and more source documents to read (sitemaps)."""

    links: tuple[Link, ...] = ()
    more: tuple[str, ...] = ()
    dropped: int = 0  # links left out by the source's include/exclude patterns


def same_host(a: str, b: str) -> bool:
    """True when two URLs share scheme-less host and port."""
    return urlsplit(a).netloc.lower() == urlsplit(b).netloc.lower()


def _clean_url(base: str, href: str) -> str | None:
    href = href.strip()
    if not href or href.startswith(("#", "mailto:", "tel:", "javascript:", "data:")):
        return None
    url = urldefrag(urljoin(base, href)).url
    return url if urlsplit(url).scheme in ("http", "https") else None


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = dateparser.parse(value)
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


class Discoverer:
    """Base: subclasses set `kind` and implement `discover`."""

    kind: ClassVar[str] = ""
    registry: ClassVar[dict[str, type[Discoverer]]] = {}

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.kind:
            Discoverer.registry[cls.kind] = cls

    def __init__(self, source: SourceConfig) -> None:
        self.source = source
        self._include = [re.compile(p) for p in source.include]
        self._exclude = [re.compile(p) for p in source.exclude]

    def wanted(self, url: str) -> bool:
        """Apply the source's include/exclude patterns."""
        if self._include and not any(p.search(url) for p in self._include):
            return False
        return not any(p.search(url) for p in self._exclude)

    def start(self) -> Discovery:
        """What the source yields before any fetch: by default its URL, to be read."""
        return Discovery(more=(self.source.url,))

    def discover(self, page: Fetched) -> Discovery:
        """The links found in one fetched source document."""
        raise NotImplementedError


class FeedDiscoverer(Discoverer):
    """RSS 0.9x/1.0/2.0 and Atom feeds, read by feedparser."""

    kind = "feed"

    def discover(self, page: Fetched) -> Discovery:
        parsed = feedparser.parse(page.body, response_headers={"content-location": page.url})
        links, dropped = [], 0
        for entry in parsed.entries:
            url = _clean_url(page.url, str(entry.get("link") or entry.get("id") or ""))
            if url is None:
                continue
            if not self.wanted(url):
                dropped += 1
                continue
            published = _date(entry.get("published") or entry.get("updated"))
            links.append(Link(url, str(entry.get("title", "")).strip(), published))
        return Discovery(tuple(links), dropped=dropped)


class SitemapDiscoverer(Discoverer):
    """XML sitemaps and sitemap indexes (children are returned in `more`), newest first."""

    kind = "sitemap"
    _parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                              recover=True)

    def discover(self, page: Fetched) -> Discovery:
        try:
            root = etree.fromstring(page.body, parser=self._parser)
        except etree.XMLSyntaxError:
            return Discovery()
        if root is None:
            return Discovery()
        entries: list[tuple[str, datetime | None]] = []
        for node in root:
            if not isinstance(node.tag, str):
                continue
            loc = node.find("{*}loc")
            if loc is None or not (loc.text or "").strip():
                continue
            lastmod = node.find("{*}lastmod")
            url = _clean_url(page.url, loc.text or "")
            if url:
                entries.append((url, _date(lastmod.text if lastmod is not None else None)))
        oldest = datetime.min.replace(tzinfo=UTC)
        entries.sort(key=lambda e: e[1] or oldest, reverse=True)
        if etree.QName(root).localname == "sitemapindex":
            return Discovery(more=tuple(u for u, _ in entries))
        kept = tuple(Link(u, "", d) for u, d in entries if self.wanted(u))
        return Discovery(kept, dropped=len(entries) - len(kept))


class ListingDiscoverer(Discoverer):
    """An HTML page listing statements: its same-host links, filtered by the patterns."""

    kind = "listing"

    def discover(self, page: Fetched) -> Discovery:
        soup = BeautifulSoup(page.text, "lxml")
        for junk in soup.select("header, footer, nav, [role=navigation], .usa-nav, .usa-footer"):
            junk.decompose()
        seen: set[str] = {urldefrag(page.url).url}
        links, dropped = [], 0
        for anchor in soup.find_all("a", href=True):
            url = _clean_url(page.url, str(anchor["href"]))
            if url is None or url in seen or not same_host(url, page.url):
                continue
            seen.add(url)
            if self.wanted(url):
                links.append(Link(url, anchor.get_text(" ", strip=True)))
            else:
                dropped += 1
        return Discovery(tuple(links), dropped=dropped)


class PageDiscoverer(Discoverer):
    """A single page: the source is itself the document, checked on every check."""

    kind = "page"

    def start(self) -> Discovery:
        return Discovery((Link(self.source.url, recheck=True),))

    def discover(self, page: Fetched) -> Discovery:
        return Discovery((Link(page.url, recheck=True),))


def guess_kind(page: Fetched) -> str | None:
    """The source kind a fetched source document looks like ("feed", "sitemap", "listing"),
    or None when it is none of them (used to say why a source found no links)."""
    head = page.text[:2048].lstrip("\ufeff \t\r\n").lower()
    if head.startswith("<?xml"):
        head = head[head.find("?>") + 2:].lstrip()
    while head.startswith("<!--"):
        head = head[head.find("-->") + 3:].lstrip()
    if head.startswith(("<rss", "<feed", "<rdf:rdf")):
        return "feed"
    if head.startswith(("<urlset", "<sitemapindex")):
        return "sitemap"
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "listing"
    return None


def discoverer_for(source: SourceConfig) -> Discoverer:
    """The discoverer registered for the source's kind."""
    return Discoverer.registry[source.kind](source)

