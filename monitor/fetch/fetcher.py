"""Fetching: polite, conditional, guarded, size- and time-bounded HTTP with httpx.

`Fetcher.fetch(url)` follows redirects itself, checking the SSRF rule (`guard`) on every hop
and again at connect time (`client`), honours robots.txt (`robots`) and per-host manners
(`politeness`), and returns a `Fetched` or raises a `FetchError` (`errors`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import httpx

from .body import is_text_type, looks_binary, read_capped, retry_after
from .charset import decode_body
from .client import DEADLINE_PASSED, connect_rule, deadline_rule
from .errors import (
    BlockedAddress,
    FetchTimeout,
    HTTPStatus,
    NotText,
    RateLimited,
    RobotsDisallowed,
    TooManyRedirects,
    TransportFailed,
)
from .guard import Resolver, check_url, netloc, system_resolver, trusted_netloc
from .page import Fetched
from .policy import DEFAULT_ACCEPT, FetchPolicy
from .politeness import HostGate, Turn
from .robots import ROBOTS_MAX_BYTES, RobotsCache

__all__ = ["Fetcher", "transport_message"]

log = logging.getLogger(__name__)

_RETRY_STATUS = (429, 503)
_BACKOFF_STATUS = (500, 502, 504)
_ROBOTS_REDIRECTS = 5


@dataclass
class _Budget:
    """A fetch's clock: its start and its deadline (moved on by time spent only pacing)."""

    started: float
    deadline: float


@dataclass(frozen=True)
class _Answer:
    url: str
    status: int
    headers: httpx.Headers
    body: bytes


class Fetcher:
    """Fetches pages around a client passed in. Thread-safe: one per process, many threads."""

    def __init__(self, client: httpx.Client, policy: FetchPolicy | None = None, *,
                 resolver: Resolver | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.client, self.policy = client, policy or FetchPolicy()
        self.resolver = resolver or system_resolver
        self.clock, self.sleep = clock, sleep
        self.gate = HostGate(self.policy.host_delay, self.policy.per_host, clock, sleep)
        self.robots = RobotsCache(clock)

    def fetch(self, url: str, *, trusted_host: str | None = None, etag: str | None = None,
              last_modified: str | None = None, accept: str = DEFAULT_ACCEPT) -> Fetched:
        """Fetch one URL, following redirects under the SSRF rule; raise a FetchError.

        trusted_host None: a configured source (may be anywhere). Otherwise the netloc of the
        source the URL was found in: the URL must stay there or be public.
        """
        started = self.clock()
        budget = _Budget(started, started + self.policy.deadline)
        check_url(url, trusted_host, self.resolver)
        home = trusted_host if trusted_host is not None else urlsplit(url).netloc
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, hops, rule = url, [url], trusted_host
        while True:
            self._check_robots(current, rule, budget)
            answer = self._with_retries(current, rule, headers, budget)
            location = answer.headers.get("location", "").strip()
            if not 300 <= answer.status < 400 or answer.status == 304:
                return self._result(url, answer, hops, budget, (etag, last_modified))
            if not location:
                raise HTTPStatus(f"{current}: HTTP {answer.status} without a Location header; "
                                 "the site is misconfigured, check the URL in a browser.", url,
                                 status=answer.status, elapsed=self.clock() - started)
            target = urldefrag(urljoin(current, location))[0]
            if target in hops:
                raise TooManyRedirects(
                    f"{url}: redirect loop ({' -> '.join([*hops, target])}); the site is "
                    "misconfigured, it will be tried again next run.", url,
                    status=answer.status, elapsed=self.clock() - started)
            if len(hops) > self.policy.max_redirects:
                raise TooManyRedirects(
                    f"{url}: more than {self.policy.max_redirects} redirects "
                    f"({' -> '.join(hops)} -> ...); point the source at the final URL.", url,
                    status=answer.status, elapsed=self.clock() - started)
            check_url(target, home, self.resolver)
            log.debug("%s: HTTP %d -> %s", current, answer.status, target)
            hops.append(target)
            current, rule = target, home

    # -- robots.txt -------------------------------------------------------------------------
    def _check_robots(self, url: str, rule: str | None, budget: _Budget) -> None:
        if not self.policy.respect_robots:
            return
        verdict = self.robots.check(url, lambda robots: self._load_robots(robots, rule, budget))
        if verdict.failure is not None:  # no answer from the host: say why, once per page
            failure = verdict.failure
            cause = str(failure).removeprefix(f"{failure.url}: ")
            raise type(failure)(f"{url}: {cause}", url, elapsed=self.clock() - budget.started)
        if verdict.crawl_delay:
            self.gate.set_delay(netloc(url), verdict.crawl_delay)
        if not verdict.allowed:
            raise RobotsDisallowed(f"{url}: {verdict.reason}.", url,
                                   elapsed=self.clock() - budget.started)

    def _load_robots(self, robots_url: str, rule: str | None,
                     budget: _Budget) -> tuple[int, bytes]:
        """(status, body) of a robots.txt, following up to five redirects under the guard."""
        current, home = robots_url, urlsplit(robots_url).netloc
        for _ in range(_ROBOTS_REDIRECTS + 1):
            answer = self._once(current, rule, {"Accept": "text/plain"}, budget,
                                cap=ROBOTS_MAX_BYTES, truncate=True)
            location = answer.headers.get("location", "").strip()
            if not (300 <= answer.status < 400 and location):
                return answer.status, answer.body
            current, rule = urldefrag(urljoin(current, location))[0], home
            try:
                check_url(current, home, self.resolver)
            except BlockedAddress:
                return 404, b""  # a robots.txt that cannot be followed counts as absent
        return 404, b""  # RFC 9309: more than five redirects, robots.txt is unavailable

    # -- requests ---------------------------------------------------------------------------
    def _with_retries(self, url: str, rule: str | None, headers: dict[str, str],
                      budget: _Budget) -> _Answer:
        """One hop: retried on 429/503 (Retry-After), 500/502/504 and transport errors."""
        host = netloc(url)
        for attempt in range(self.policy.retries + 1):
            last = attempt == self.policy.retries
            backoff = self.policy.backoff * 2 ** attempt
            try:
                answer = self._once(url, rule, headers, budget)
            except TransportFailed:
                if last or self.clock() + backoff > budget.deadline:
                    raise
                log.debug("%s: transport error, retrying in %.1f s", url, backoff)
                self.gate.push_back(host, backoff)
                continue
            status = answer.status
            if status in _RETRY_STATUS:
                asked = retry_after(answer.headers.get("retry-after"))
                wait = backoff if asked is None else asked
                self.gate.push_back(host, wait)  # for every thread, not only this one
                if last or wait > self.policy.max_retry_after or (
                        self.clock() + wait > budget.deadline):
                    raise self._rate_limited(url, status, asked, wait, last, budget)
                log.info("%s: HTTP %d, waiting %.1f s before retrying", url, status, wait)
                continue
            if status in _BACKOFF_STATUS and not last and (
                    self.clock() + backoff < budget.deadline):
                self.gate.push_back(host, backoff)
                continue
            if status >= 400:
                raise HTTPStatus(_status_message(url, status), url, status=status,
                                 bytes_read=len(answer.body),
                                 elapsed=self.clock() - budget.started)
            return answer
        raise AssertionError("unreachable")  # pragma: no cover

    def _rate_limited(self, url: str, status: int, asked: float | None, wait: float,
                      exhausted: bool, budget: _Budget) -> RateLimited:
        if exhausted and (asked is None or asked <= self.policy.max_retry_after):
            why = f"still HTTP {status} after {self.policy.retries} retries"
        else:
            why = f"HTTP {status}, the server asks us to wait {wait:.0f} s"
        return RateLimited(f"{url}: {why}; the host is left alone meanwhile and the page is "
                           "tried again on a later run.", url, retry_after=asked, status=status,
                           elapsed=self.clock() - budget.started)

    def _timeout(self, deadline: float) -> httpx.Timeout:
        remaining = max(0.01, deadline - self.clock())
        return httpx.Timeout(connect=min(self.policy.connect_timeout, remaining),
                             read=min(self.policy.read_timeout, remaining),
                             write=min(self.policy.read_timeout, remaining), pool=remaining)

    def _once(self, url: str, rule: str | None, headers: dict[str, str], budget: _Budget, *,
              cap: int | None = None, truncate: bool = False) -> _Answer:
        """One request: wait for the host's turn, then stream the body under the caps."""
        host = netloc(url)
        blocked = self.gate.blocked_for(host)
        if blocked > self.policy.max_retry_after or self.clock() + blocked > budget.deadline:
            raise RateLimited(f"{url}: {host} asked us to wait {blocked:.0f} s more "
                              "(Retry-After or errors); the page is tried again on a later "
                              "run.", url, retry_after=blocked,
                              elapsed=self.clock() - budget.started)
        with self.gate.slot(host) as turn:
            budget.deadline += max(0.0, turn.waited - blocked)  # pacing: not the server's time
            if self.clock() >= budget.deadline:
                raise FetchTimeout(f"{url}: no time left before the overall deadline; it "
                                   "will be tried again next run (or raise [fetch] deadline).",
                                   url, elapsed=self.clock() - budget.started)
            scheme = urlsplit(url).scheme
            trusted = None if rule is None else trusted_netloc(rule, scheme)
            try:
                with connect_rule(trusted, self.resolver), \
                        deadline_rule(budget.deadline - self.clock()), self.client.stream(
                        "GET", url, headers=headers, extensions={"trace": on_sent(turn)},
                        timeout=self._timeout(budget.deadline)) as response:
                    body = b""
                    if 200 <= response.status_code < 300:
                        body = read_capped(url, response, cap=cap or self.policy.max_bytes,
                                           truncate=truncate, deadline=budget.deadline,
                                           clock=self.clock, started=budget.started)
                    log.debug("%s: HTTP %d, %d bytes", url, response.status_code, len(body))
                    return _Answer(url, response.status_code, response.headers, body)
            except BlockedAddress as exc:  # raised at connect time: DNS changed its answer
                raise BlockedAddress(f"{url}: {exc}", url,
                                     elapsed=self.clock() - budget.started) from exc
            except httpx.TimeoutException as exc:
                raise FetchTimeout(_timeout_message(url, exc, self.policy.deadline), url,
                                   elapsed=self.clock() - budget.started) from exc
            except (httpx.TransportError, httpx.InvalidURL) as exc:
                raise TransportFailed(transport_message(url, exc), url,
                                      elapsed=self.clock() - budget.started) from exc

    # -- results ----------------------------------------------------------------------------
    def _result(self, url: str, answer: _Answer, hops: list[str], budget: _Budget,
                sent: tuple[str | None, str | None]) -> Fetched:
        elapsed = self.clock() - budget.started
        etag = answer.headers.get("etag")
        modified = answer.headers.get("last-modified")
        redirects = tuple(hops[1:])
        if answer.status == 304:  # validators the server leaves out are still the ones we hold
            etag, modified = etag or sent[0], modified or sent[1]
            return Fetched(answer.url, url, 304, "", b"", "", None, etag, modified, elapsed,
                           redirects, dict(answer.headers))
        header_type = answer.headers.get("content-type", "")
        media = header_type.split(";", 1)[0].strip().lower()
        body = answer.body
        if looks_binary(body) or (media and not is_text_type(media)):
            raise NotText(f"{answer.url}: not a text page ({media or 'binary content'}, "
                          f"{len(body):,} bytes); only HTML, XML, feeds and text are read",
                          url, status=answer.status,
                          bytes_read=len(body), elapsed=elapsed)
        text, encoding = decode_body(body, header_type)
        if not media:
            media = _sniff(text)
        log.debug("%s: %s, %d bytes, %s, %.2f s", answer.url, media, len(body), encoding,
                  elapsed)
        return Fetched(answer.url, url, answer.status, media, body, text, encoding, etag,
                       modified, elapsed, redirects, dict(answer.headers))


def _sniff(text: str) -> str:
    head = text[:512].lstrip().lower()
    if head.startswith(("<?xml", "<rss", "<feed", "<urlset", "<sitemapindex", "<rdf")):
        return "application/xml"
    return "text/html" if head.startswith("<") else "text/plain"


_STATUS_WORDS = {404: "not found", 410: "gone", 401: "authorization required",
                 403: "forbidden: the site refuses policywatch", 451: "unavailable for legal "
                 "reasons", 429: "too many requests", 503: "service unavailable"}


def _status_message(url: str, status: int) -> str:
    """One short line; what to do about it depends on where the URL came from, which the
    caller says (a configured source, or a link found in one)."""
    words = _STATUS_WORDS.get(status) or ("server error" if status >= 500 else "")
    return f"{url}: HTTP {status}" + (f" ({words})" if words else "")


def on_sent(turn: Turn) -> Callable[[str, dict[str, Any]], None]:
    """An httpcore trace hook that tells the host's turn once the request is on the wire."""
    def trace(event: str, info: dict[str, Any]) -> None:
        if event.endswith(".send_request_headers.complete"):
            turn.started()
    return trace


def _timeout_message(url: str, exc: Exception, deadline: float) -> str:
    if DEADLINE_PASSED in str(exc):
        return (f"{url}: no complete answer within the {deadline:g} s deadline (the server "
                "sends too slowly)")
    what = {"ConnectTimeout": "connecting", "ReadTimeout": "waiting for data",
            "WriteTimeout": "sending", "PoolTimeout": "waiting for a connection"}
    return f"{url}: timed out {what.get(type(exc).__name__, '')}".rstrip()


_DNS = ("name or service not known", "nodename nor servname", "temporary failure in name "
        "resolution", "no address associated", "does not resolve", "getaddrinfo failed")


def transport_message(url: str, exc: Exception) -> str:
    """The real cause of a failed connection, in one short line."""
    text = str(exc).strip() or type(exc).__name__
    low, parts = text.lower(), urlsplit(url)
    if any(marker in low for marker in _DNS):
        why = f"DNS lookup of {parts.hostname} failed"
    elif "refused" in low:
        why = f"connection refused by {parts.netloc}"
    elif "certificate" in low or "ssl" in low or "tls" in low:
        why = f"TLS failed ({text})"
    elif "reset" in low:
        why = "the server reset the connection"
    elif isinstance(exc, httpx.RemoteProtocolError):
        why = f"the server broke the HTTP protocol ({text})"
    else:
        why = f"{type(exc).__name__}: {text}"
    return f"{url}: {why}"

