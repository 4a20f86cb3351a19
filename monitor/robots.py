"""robots.txt, fetched once per host and cached, read by protego."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

__all__ = ["RobotsCache", "RobotsVerdict"]

ROBOTS_MAX_BYTES = 500_000
AGENT = "policywatch"


@dataclass(frozen=True)
class RobotsVerdict:
    """Whether a URL may be fetched, and the host's crawl delay if it names one."""

    allowed: bool
    crawl_delay: float | None = None
    reason: str = ""


class RobotsCache:
    """Per-host robots.txt rules. `load(robots_url)` returns (status, body) or raises OSError."""

    def __init__(self, load: Callable[[str], tuple[int, bytes]]) -> None:
        self._load = load
        self._rules: dict[str, Protego | str] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def _rules_for(self, origin: str) -> Protego | str:
        with self._guard:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:  # one fetch of robots.txt per host, however many threads ask
            if origin not in self._rules:
                self._rules[origin] = self._fetch(origin)
            return self._rules[origin]

    def _fetch(self, origin: str) -> Protego | str:
        try:
            status, body = self._load(origin + "/robots.txt")
        except OSError as exc:
            return f"robots.txt of {origin} could not be read ({exc}); trying again next run"
        if 400 <= status < 500:
            return Protego.parse("")  # no robots.txt: everything is allowed
        if status >= 500:
            return (f"robots.txt of {origin} answered HTTP {status}; the host is treated as "
                    "closed until it answers")
        return Protego.parse(body[:ROBOTS_MAX_BYTES].decode("utf-8", "replace"))

    def check(self, url: str) -> RobotsVerdict:
        """The verdict for one URL."""
        parts = urlsplit(url)
        rules = self._rules_for(f"{parts.scheme}://{parts.netloc}")
        if isinstance(rules, str):
            return RobotsVerdict(False, None, rules)
        delay = rules.crawl_delay(AGENT)
        allowed = rules.can_fetch(url, AGENT)
        return RobotsVerdict(allowed, float(delay) if delay else None,
                             "" if allowed else f"robots.txt of {parts.netloc} disallows it")
