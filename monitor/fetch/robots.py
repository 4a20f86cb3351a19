"""robots.txt (RFC 9309), fetched once per host and cached, read by protego.

A 4xx answer means no rules (everything allowed); a 5xx answer, a 429 or no answer at all
means the host is closed for now, and is asked again after `RETRY_AFTER_FAILURE` seconds.
No answer at all (DNS, a refused connection, a timeout) is the host's failure, not
robots.txt's: the verdict carries it, so the page fails with that cause.
Rules that were read are kept for `KEEP_RULES` seconds, so a long-running daemon notices
changes. Only the first `ROBOTS_MAX_BYTES` of a robots.txt are read.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from .errors import FetchError, FetchTimeout, TransportFailed

__all__ = ["AGENT", "KEEP_RULES", "RETRY_AFTER_FAILURE", "ROBOTS_MAX_BYTES", "RobotsCache",
           "RobotsVerdict"]

log = logging.getLogger(__name__)

AGENT = "policywatch"  # the token robots.txt groups are matched against
ROBOTS_MAX_BYTES = 500_000
KEEP_RULES = 24 * 3600.0
RETRY_AFTER_FAILURE = 300.0

Loader = Callable[[str], tuple[int, bytes]]


@dataclass(frozen=True)
class RobotsVerdict:
    """Whether a URL may be fetched, and the host's crawl delay if it names one."""

    allowed: bool
    crawl_delay: float | None = None
    reason: str = ""
    failure: FetchError | None = None  # the host could not be reached at all


@dataclass(frozen=True)
class _Entry:
    rules: Protego | None  # None: the host is closed for now
    reason: str
    expires: float
    failure: FetchError | None = None


class RobotsCache:
    """Thread-safe per-host rules, each robots.txt read once per `KEEP_RULES` seconds."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._entries: dict[str, _Entry] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def _entry(self, origin: str, load: Loader) -> _Entry:
        with self._guard:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:  # one fetch of robots.txt per host, however many threads ask
            entry = self._entries.get(origin)
            if entry is None or self._clock() >= entry.expires:
                entry = self._entries[origin] = self._fetch(origin, load)
            return entry

    def _fetch(self, origin: str, load: Loader) -> _Entry:
        url = origin + "/robots.txt"
        try:
            status, body = load(url)
        except (TransportFailed, FetchTimeout) as exc:  # the host itself is unreachable
            log.info("%s: %s; the host is skipped for now", url, exc)
            return _Entry(None, str(exc), self._clock() + RETRY_AFTER_FAILURE, exc)
        except FetchError as exc:
            log.info("%s: unreadable (%s); the host is skipped for now", url, exc)
            return self._closed(f"{url} could not be read ({exc})")
        if status == 429 or status >= 500:
            return self._closed(f"{url} answered HTTP {status}")
        if 400 <= status < 500:
            return _Entry(Protego.parse(""), "", self._clock() + KEEP_RULES)
        text = body[:ROBOTS_MAX_BYTES].decode("utf-8", "replace")
        try:
            rules = Protego.parse(text)
        except Exception as exc:  # a broken file must not stop the run
            log.warning("%s: cannot be parsed (%s); treated as allowing everything", url, exc)
            rules = Protego.parse("")
        return _Entry(rules, "", self._clock() + KEEP_RULES)

    def _closed(self, why: str) -> _Entry:
        reason = (f"{why}: the host is skipped and asked again in {RETRY_AFTER_FAILURE:.0f} s "
                  "(respect_robots = false in [fetch] turns this check off)")
        return _Entry(None, reason, self._clock() + RETRY_AFTER_FAILURE)

    def check(self, url: str, load: Loader) -> RobotsVerdict:
        """The verdict for one URL; `load(robots_url)` gives (status, body) or a FetchError."""
        parts = urlsplit(url)
        entry = self._entry(f"{parts.scheme}://{parts.netloc}".lower(), load)
        if entry.rules is None:
            return RobotsVerdict(False, None, entry.reason, entry.failure)
        delay = entry.rules.crawl_delay(AGENT)
        allowed = bool(entry.rules.can_fetch(url, AGENT))
        reason = "" if allowed else (
            f"robots.txt of {parts.netloc} disallows it for {AGENT}")
        return RobotsVerdict(allowed, float(delay) if delay else None, reason)
