"""The shared state.gov 2021 press releases as plain text, for bench/dedup.py.

A simple BeautifulSoup `get_text` per <p> (not monitor/clean.py, so the bench does not
move when the cleaner does). The data stays in ../shared; nothing of it is copied here.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "state-gov-2021" / "items.jsonl.gz"
_SPACES = re.compile(r"[ \t\u00a0\u202f]+")


@dataclass(frozen=True)
class Release:
    """One real press release as plain paragraphs."""

    link: str
    title: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def html_paragraphs(body: str) -> tuple[str, ...]:
    """The text of each <p> of a body, whitespace collapsed, empty ones dropped."""
    soup = BeautifulSoup(body, "html.parser")
    paragraphs = (_SPACES.sub(" ", p.get_text(" ", strip=True)).strip() for p in soup.find_all("p"))
    return tuple(p for p in paragraphs if p)


def load_releases(path: Path = DATA) -> list[Release]:
    """Every release with a non-empty body, in file order."""
    if not path.exists():
        raise SystemExit(f"{path} not found: the bench needs ../shared/data next to the project.")
    releases = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            paragraphs = html_paragraphs(item.get("content_encoded") or "")
            if paragraphs:
                title = _SPACES.sub(" ", item["title"]).strip()
                releases.append(Release(item["link"], title, paragraphs))
    return releases


def family(title: str) -> str | None:
    """The template family a title belongs to, or None for a one-off statement."""
    if re.search(r"national day|independence day|national unity day", title, re.I):
        return "national-day"
    if title.startswith("Public Schedule"):
        return "schedule"
    if re.search(r"(call|meeting) with", title, re.I):
        return "readout"
    if title.startswith("Department Press Briefing"):
        return "briefing"
    return None
