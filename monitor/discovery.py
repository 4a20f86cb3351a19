"""One source's discovery: fetch its source documents (following sitemap indexes) and
collect the links they list, without storing anything.

Used by the pipeline, which logs each fetch in the store through the callbacks, and by
`policywatch sources test`, which only prints. Each source document is fetched once per
discovery however often an index repeats it, and at most `MAX_DOCUMENTS` of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .config import SourceConfig
from .fetch import Fetched, Fetcher, FetchError
from .sources import Link, discoverer_for, guess_kind

__all__ = ["MAX_DOCUMENTS", "Discovered", "discover", "zero_links_hint"]

MAX_DOCUMENTS = 20  # source documents read per discovery (a sitemap index and its children)


@dataclass
class Discovered:
    """What a discovery found: links (unique, newest first where known, capped at
    max_items), or the error that stopped it, and what helps explain an empty result."""

    links: list[Link] = field(default_factory=list)
    error: str | None = None
    validators: tuple[str | None, str | None] = (None, None)
    not_modified: bool = False  # the source answered 304: nothing new to read
    documents: int = 0  # source documents read
    dropped: int = 0  # links the include/exclude patterns left out
    root: Fetched | None = None  # the source's own page, when it was read


def discover(fetcher: Fetcher, source: SourceConfig, *, etag: str | None = None,
             last_modified: str | None = None,
             on_fetch: Callable[[Fetched], None] | None = None,
             on_error: Callable[[str, FetchError], None] | None = None) -> Discovered:
    """Read a source's documents and collect its links (a 304 on the source means none)."""
    discoverer = discoverer_for(source)
    start = discoverer.start()
    out = Discovered(links=list(start.links))
    queue, seen = list(dict.fromkeys(start.more)), set[str]()
    home = urlsplit(source.url).netloc
    while queue and len(seen) < MAX_DOCUMENTS and len(out.links) < source.max_items:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        root = url == source.url
        try:
            page = fetcher.fetch(url, trusted_host=None if root else home,
                                 etag=etag if root else None,
                                 last_modified=last_modified if root else None)
        except FetchError as exc:
            if on_error is not None:
                on_error(url, exc)
            if root:
                out.error = str(exc)
                return out
            continue
        out.documents += 1
        if on_fetch is not None:
            on_fetch(page)
        if root:
            out.validators, out.root = (page.etag, page.last_modified), page
            if page.not_modified:
                out.not_modified = True
                continue
        found = discoverer.discover(page)
        out.links.extend(found.links)
        out.dropped += found.dropped
        for more in dict.fromkeys(found.more):  # an index may list one child many times
            if more not in seen and more not in queue:
                queue.append(more)
    out.links = list({link.url: link for link in out.links}.values())[: source.max_items]
    return out


def zero_links_hint(source: SourceConfig, found: Discovered) -> str:
    """Why a discovery that read its source found no link, and what to try."""
    hint = f'0 links: is kind right? (kind = "{source.kind}")'
    if found.dropped:
        return (f"0 links: include/exclude left out all {found.dropped} link(s) found; "
                "check the patterns")
    guess = guess_kind(found.root) if found.root is not None else None
    if guess is not None and guess != source.kind:
        return f'{hint}: {source.url} looks like a {guess}; try kind = "{guess}"'
    return hint
