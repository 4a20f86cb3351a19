"""The cleaner's result: a page's title, date, canonical URL and main-text paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

__all__ = ["Cleaned"]


@dataclass(frozen=True)
class Cleaned:
    """The main content of a page: title, date, canonical URL and paragraphs."""

    url: str  # canonical URL where the page names a trustworthy one, else the fetched URL
    title: str
    published: datetime | None
    paragraphs: tuple[str, ...]
    # The page's block fingerprints, for its host's template (only when asked for one).
    fingerprints: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    @property
    def text(self) -> str:
        """Paragraphs joined by a blank line, as stored and shown."""
        return "\n\n".join(self.paragraphs)
