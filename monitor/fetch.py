"""Fetching: polite, conditional, guarded, size- and time-bounded HTTP with httpx."""

from __future__ import annotations

import logging
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import httpx

from .charset import decode_body
from .fetch_errors import (
    FetchError,
    FetchTimeout,
    HTTPStatus,
    NotText,
    RateLimited,
    RobotsDisallowed,
    TooLarge,
    TooManyRedirects,
    TransportFailed,
)
from .guard import Resolver, check_url, netloc, system_resolver
from .model import Fetched
from .politeness import HostGate
from .robots import RobotsCache

__all__ = ["FetchPolicy", "Fetcher", "make_client"]

log = logging.getLogger(__name__)

_TEXT_TYPES = ("text/", "application/xhtml+xml", "application/xml", "application/rss+xml",
               "application/atom+xml", "application/json", "application/feed+json",
               "application/rdf+xml")
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b",
                 b"Rar!", b"7z\xbc\xaf", b"\x00\x00\x01\x00", b"RIFF", b"OggS", b"ID3")
_RETRY_STATUS = (429, 503)
_BACKOFF_STATUS = (500, 502, 504)


@dataclass(frozen=True)
class FetchPolicy:
    """Limits and manners for every request."""

    user_agent: str = "policywatch/0.1 (+https://github.com/policywatch/policywatch)"
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0  # whole fetch: redirects, retries and waits included
    max_bytes: int = 10_000_000  # after decompression, enforced while streaming
    max_redirects: int = 10
    host_delay: float = 1.0
    per_host: int = 2
    max_connections: int = 16
    max_retry_after: float = 30.0
    retries: int = 2
    respect_robots: bool = True


def make_client(policy: FetchPolicy) -> httpx.Client:
    """A keep-alive client; redirects are ours to follow, certificates always verified."""
    return httpx.Client(
        follow_redirects=False,
        limits=httpx.Limits(max_connections=policy.max_connections,
                            max_keepalive_connections=policy.max_connections),
        headers={"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate"},
        timeout=httpx.Timeout(policy.read_timeout, connect=policy.connect_timeout),
    )


@dataclass(frozen=True)
class _Answer:
    url: str
    status: int
    headers: httpx.Headers
    body: bytes


class _Inflater:
    """Content-Encoding undone chunk by chunk, never producing more than the cap allows."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding.strip().lower()
        self._z: zlib._Decompress | None = None
        if self.encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def feed(self, chunk: bytes, room: int) -> bytes:
        """Up to room + 1 bytes of decoded output (one more than allowed shows overflow)."""
        if self.encoding == "deflate" and self._z is None and chunk:
            # zlib-wrapped as the standard says, or raw deflate as some servers send.
            self._z = zlib.decompressobj(zlib.MAX_WBITS if (chunk[0] & 0x0F) == 8
                                         else -zlib.MAX_WBITS)
        if self._z is None:
            return chunk
        try:
            return self._z.decompress(chunk, room + 1)
        except zlib.error as exc:
            raise ValueError(f"corrupt {self.encoding} body ({exc})") from exc


class Fetcher:
    """Fetches pages; thread-safe, one per run, around a client passed in."""

    def __init__(self, client: httpx.Client, policy: FetchPolicy | None = None, *,
                 resolver: Resolver | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.client, self.policy = client, policy or FetchPolicy()
        self.resolver = resolver or system_resolver
        self.clock, self.sleep = clock, sleep
        self.gate = HostGate(self.policy.host_delay, self.policy.per_host, clock, sleep)
        self.robots = RobotsCache(self._load_robots)

    # -- public ---------------------------------------------------------------------------------
    def fetch(self, url: str, *, trusted_host: str | None = None, etag: str | None = None,
              last_modified: str | None = None,
              accept: str = "text/html,application/xhtml+xml,application/xml;q=0.9,"
                            "text/plain;q=0.8,*/*;q=0.5") -> Fetched:
        """Fetch one URL, following redirects under the SSRF rule; raise a FetchError."""
        started = self.clock()
        deadline = started + self.policy.deadline
        check_url(url, trusted_host, self.resolver)
        hop_rule = trusted_host or netloc(url)  # hops stay home or go public
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, hops = url, [url]
        for _ in range(self.policy.max_redirects + 1):
            self._check_robots(current, started)
            answer = self._with_retries(current, headers, deadline, started)
            location = answer.headers.get("location")
            if 300 <= answer.status < 400 and answer.status != 304 and location:
                target = urljoin(current, location.strip())
                if target in hops:
                    raise TooManyRedirects(
                        f"{url}: redirect loop ({' -> '.join([*hops, target])}). The site is "
                        "misconfigured; it will be retried later.", url, status=answer.status,
                        elapsed=self.clock() - started)
                check_url(target, hop_rule, self.resolver)
                hops.append(target)
                current = target
                continue
            return self._result(url, answer, hops, started)
        raise TooManyRedirects(f"{url}: more than {self.policy.max_redirects} redirects "
                               f"({' -> '.join(hops)}).", url, elapsed=self.clock() - started)

    # -- steps ----------------------------------------------------------------------------------
    def _load_robots(self, robots_url: str) -> tuple[int, bytes]:
        deadline = self.clock() + min(self.policy.deadline, 30.0)
        try:
            answer = self._once(robots_url, {"Accept": "text/plain"}, deadline, cap=500_000)
        except TooLarge:
            return 200, b""
        except FetchError as exc:
            raise OSError(str(exc)) from exc
        if 300 <= answer.status < 400:
            target = urljoin(robots_url, answer.headers.get("location", ""))
            if netloc(target) == netloc(robots_url):
                answer = self._once(target, {"Accept": "text/plain"}, deadline, cap=500_000)
            else:
                return 404, b""  # robots.txt redirected off-host: treat as absent
        return answer.status, answer.body

    def _check_robots(self, url: str, started: float) -> None:
        if not self.policy.respect_robots:
            return
        verdict = self.robots.check(url)
        if verdict.crawl_delay:
            self.gate.set_delay(netloc(url), min(verdict.crawl_delay, 60.0))
        if not verdict.allowed:
            raise RobotsDisallowed(f"{url}: {verdict.reason}; policywatch respects robots.txt.",
                                   url, elapsed=self.clock() - started)

    def _with_retries(self, url: str, headers: dict[str, str], deadline: float,
                      started: float) -> _Answer:
        host = netloc(url)
        for attempt in range(self.policy.retries + 1):
            last = attempt == self.policy.retries
            try:
                answer = self._once(url, headers, deadline)
            except TransportFailed:
                if last or self.clock() + 2 ** attempt > deadline:
                    raise
                self.gate.push_back(host, 2 ** attempt)
                continue
            status = answer.status
            if status in _RETRY_STATUS:
                wait = _retry_after(answer.headers.get("retry-after"))
                if wait is None:
                    wait = float(2 ** attempt)
                too_long = wait > self.policy.max_retry_after or self.clock() + wait > deadline
                self.gate.push_back(host, wait)
                if last or too_long:
                    raise RateLimited(
                        f"{url}: HTTP {status}, the server asks us to wait "
                        f"{wait:.0f} s; the page will be tried again on a later run.", url,
                        retry_after=wait, status=status, elapsed=self.clock() - started)
                log.info("%s: HTTP %d, waiting %.1f s as Retry-After asks", url, status, wait)
                continue
            if status in _BACKOFF_STATUS and not last and self.clock() + 2 ** attempt < deadline:
                self.gate.push_back(host, 2 ** attempt)
                continue
            if status >= 400:
                raise HTTPStatus(f"{url}: HTTP {status}.", url, status=status,
                                 bytes_read=len(answer.body), elapsed=self.clock() - started)
            return answer
        raise AssertionError("unreachable")  # pragma: no cover

    def _timeout(self, deadline: float) -> httpx.Timeout:
        remaining = max(0.01, deadline - self.clock())
        return httpx.Timeout(connect=min(self.policy.connect_timeout, remaining),
                             read=min(self.policy.read_timeout, remaining),
                             write=min(self.policy.read_timeout, remaining), pool=remaining)

    def _once(self, url: str, headers: dict[str, str], deadline: float,
              cap: int | None = None) -> _Answer:
        """One request: wait for the host's turn, stream the body under the caps."""
        cap = cap or self.policy.max_bytes
        host = netloc(url)
        started = self.clock()
        with self.gate.slot(host):
            if self.clock() >= deadline:
                raise FetchTimeout(f"{url}: no time left within the {self.policy.deadline:.0f} s "
                                   "deadline.", url, elapsed=self.clock() - started)
            try:
                with self.client.stream("GET", url, headers=headers,
                                        timeout=self._timeout(deadline)) as response:
                    body = b""
                    if response.status_code == 200 or (
                            response.status_code < 300 and response.status_code != 204):
                        body = self._read(url, response, deadline, cap, started)
                    return _Answer(str(response.url), response.status_code, response.headers,
                                   body)
            except httpx.TimeoutException as exc:
                raise FetchTimeout(
                    f"{url}: timed out ({type(exc).__name__}). The server is slow or down; "
                    "it will be retried later.", url, elapsed=self.clock() - started) from exc
            except httpx.TransportError as exc:
                raise TransportFailed(f"{url}: {type(exc).__name__}: {exc}. Check the address "
                                      "and the network.", url,
                                      elapsed=self.clock() - started) from exc

    def _read(self, url: str, response: httpx.Response, deadline: float, cap: int,
              started: float) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise TooLarge(f"{url}: {int(declared):,} bytes announced, over the {cap:,}-byte "
                           "cap ([fetch] max_bytes).", url, status=response.status_code,
                           elapsed=self.clock() - started)
        inflater = _Inflater(response.headers.get("content-encoding", "identity"))
        body = bytearray()
        raw = 0
        for chunk in response.iter_raw():  # as it arrives: a fixed size would wait for it
            raw += len(chunk)
            if self.clock() > deadline:
                raise FetchTimeout(
                    f"{url}: still sending after the {self.policy.deadline:.0f} s deadline "
                    f"({raw:,} bytes so far).", url, status=response.status_code,
                    bytes_read=raw, elapsed=self.clock() - started)
            try:
                body += inflater.feed(chunk, cap - len(body))
            except ValueError as exc:
                raise NotText(f"{url}: {exc}.", url, status=response.status_code,
                              bytes_read=raw, elapsed=self.clock() - started) from exc
            if len(body) > cap:
                what = "decompressed body" if inflater.encoding not in ("", "identity") else "body"
                raise TooLarge(f"{url}: {what} over the {cap:,}-byte cap ([fetch] max_bytes).",
                               url, status=response.status_code, bytes_read=raw,
                               elapsed=self.clock() - started)
        return bytes(body)

    def _result(self, url: str, answer: _Answer, hops: list[str], started: float) -> Fetched:
        elapsed = self.clock() - started
        etag = answer.headers.get("etag")
        modified = answer.headers.get("last-modified")
        redirects = tuple(hops[1:])
        if answer.status == 304:
            return Fetched(answer.url, url, 304, "", b"", "", None, etag, modified, elapsed,
                           redirects, dict(answer.headers))
        header_type = answer.headers.get("content-type", "")
        media = header_type.split(";", 1)[0].strip().lower()
        body = answer.body
        if _looks_binary(body) or (media and not media.startswith(_TEXT_TYPES)
                                   and not media.endswith(("+xml", "+json"))):
            raise NotText(f"{url}: not a text page ({media or 'binary content'}, "
                          f"{len(body):,} bytes); only HTML, XML and text are read.", url,
                          status=answer.status, bytes_read=len(body), elapsed=elapsed)
        text, encoding = decode_body(body, header_type)
        if not media:
            head = text[:512].lstrip().lower()
            media = "application/xml" if head.startswith(("<?xml", "<rss", "<feed", "<urlset",
                                                          "<sitemapindex")) else (
                "text/html" if head.startswith("<") else "text/plain")
        return Fetched(answer.url, url, answer.status, media, body, text, encoding, etag,
                       modified, elapsed, redirects, dict(answer.headers))


def _looks_binary(body: bytes) -> bool:
    head = body[:1024]
    return head.startswith(_BINARY_MAGIC) or b"\x00" in head


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    from datetime import UTC, datetime

    return max(0.0, (when - datetime.now(UTC)).total_seconds())
