"""Try a source before trusting it (`policywatch sources test`): discover its links and
clean the first few, exactly as a check would, storing nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .actions import Action, find_actions
from .clean import Cleaned, clean_document, judge
from .config import FetchSettings, SourceConfig
from .discovery import Discovered, discover, zero_links_hint
from .fetch import Fetcher, FetchError, make_client

__all__ = ["Probe", "Sample", "probe_source"]


@dataclass(frozen=True)
class Sample:
    """One link fetched and cleaned: what a check would store, or why it would not."""

    url: str
    cleaned: Cleaned | None
    actions: tuple[Action, ...] = ()
    error: str | None = None


@dataclass
class Probe:
    """What `sources test` found: the discovery, a few samples, and a plain verdict."""

    source: SourceConfig
    found: Discovered
    samples: list[Sample] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        """One line saying whether the source works, and if not why."""
        if self.found.error is not None:
            return f"Nothing found: the source could not be read ({self.found.error})."
        if not self.found.links:
            return f"Nothing found: {zero_links_hint(self.source, self.found)}."
        stored = sum(s.cleaned is not None and s.error is None for s in self.samples)
        if self.samples and not stored:
            return (f"{len(self.found.links)} link(s) found, but none of the {len(self.samples)}"
                    " tried gave a statement (see the errors above).")
        return (f"{len(self.found.links)} link(s) found; {stored} of {len(self.samples)} tried "
                "cleaned to a statement. Nothing was stored.")


def probe_source(source: SourceConfig, settings: FetchSettings, samples: int = 3) -> Probe:
    """Discover the source's links and clean the first `samples` of them."""
    policy = settings.policy()
    with make_client(policy) as client:
        fetcher = Fetcher(client, policy)
        result = Probe(source, discover(fetcher, source))
        home = urlsplit(source.url).netloc
        for link in result.found.links[:samples]:
            trusted = None if link.url == source.url else home
            try:
                page = fetcher.fetch(link.url, trusted_host=trusted)
            except FetchError as exc:
                result.samples.append(Sample(link.url, None, error=str(exc)))
                continue
            cleaned = clean_document(page.text, page.url, page.content_type)
            listing = source.url if link.url != source.url else None
            verdict = judge(page, cleaned, listing_url=listing)
            if verdict.kind != "ok":
                result.samples.append(Sample(link.url, cleaned, error=verdict.reason))
            elif not cleaned.paragraphs:
                result.samples.append(Sample(link.url, cleaned,
                                             error=f"{page.url}: no main text found"))
            else:
                result.samples.append(Sample(link.url, cleaned,
                                             tuple(find_actions(
                                                 cleaned.text, published=cleaned.published,
                                                 title=cleaned.title))))
    return result
