"""Keyword filters: case-insensitive whole words and quoted phrases, on title and text."""

from __future__ import annotations

import re
import shlex

__all__ = ["KeywordFilter"]


class KeywordFilter:
    """Matches when any keyword occurs as a whole word or phrase; no keywords match everything."""

    def __init__(self, keywords: tuple[str, ...]) -> None:
        terms: list[str] = []
        for keyword in keywords:
            try:
                parts = shlex.split(keyword) if '"' in keyword else [keyword]
            except ValueError:
                parts = [keyword.replace('"', "")]
            terms.extend(p.strip() for p in parts if p.strip())
        self.terms = tuple(terms)
        self._pattern = (
            re.compile(
                r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, t.split())) for t in terms)
                + r")(?!\w)",
                re.IGNORECASE,
            )
            if terms
            else None
        )

    def matches(self, *texts: str) -> bool:
        """True when a keyword occurs in any of the texts."""
        if self._pattern is None:
            return True
        return any(self._pattern.search(text) for text in texts if text)

    def matched(self, *texts: str) -> list[str]:
        """The keywords found, for the digest to show why an item is there."""
        if self._pattern is None:
            return []
        found = {m.group(0).lower() for text in texts if text for m in self._pattern.finditer(text)}
        return sorted(found)
