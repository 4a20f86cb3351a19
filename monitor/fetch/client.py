"""The HTTP client: keep-alive, verified TLS, and the SSRF rule checked again at connect time.

The guard checks a URL before the request, but httpx would resolve the name a second time
when it connects, and a name with a short TTL can answer a public address first and a
private one next (DNS rebinding). So the client's requests go through `GuardedTransport`, an
httpx transport over an httpcore connection pool whose network backend resolves the name
once, checks those addresses against the rule of the request in progress (set by the
fetcher with `connect_rule`) and connects to exactly them. TLS still verifies the
certificate against the name.

httpx's timeouts apply to each read, so a server sending its status line and headers one
byte at a time would never time out. Every connection's reads and writes are therefore
also bounded by the overall deadline of the fetch in progress (set with `deadline_rule`),
headers included. (Behind an HTTP proxy from the environment the plain httpx client is
used, and only the per-read timeouts and the body's deadline apply.)
"""

from __future__ import annotations

import logging
import time
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpcore
import httpx

from .guard import Resolver, check_connect
from .policy import FetchPolicy

if TYPE_CHECKING:
    import ssl

    from httpcore import SOCKET_OPTION

__all__ = ["DEADLINE_PASSED", "GuardedTransport", "connect_rule", "deadline_rule", "make_client"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Rule:
    trusted: str | None  # normalized netloc, or None: any address
    resolver: Resolver


_RULE: ContextVar[_Rule | None] = ContextVar("policywatch_connect_rule", default=None)
_DEADLINE: ContextVar[float | None] = ContextVar("policywatch_deadline", default=None)
DEADLINE_PASSED = "the overall deadline of the fetch passed"

# httpcore's exceptions as httpx raises them, most specific first.
_ERRORS: tuple[tuple[type[Exception], type[httpx.HTTPError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.ProxyError, httpx.ProxyError),
)


@contextmanager
def connect_rule(trusted: str | None, resolver: Resolver) -> Iterator[None]:
    """Connections opened inside go to `trusted` or to public addresses (None: anywhere)."""
    token = _RULE.set(_Rule(trusted, resolver))
    try:
        yield
    finally:
        _RULE.reset(token)


@contextmanager
def deadline_rule(seconds: float) -> Iterator[None]:
    """Reads and writes on connections inside end at most `seconds` from now."""
    token = _DEADLINE.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    """The timeout of one network operation, cut to what is left before the deadline."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error(DEADLINE_PASSED)
    return left if timeout is None else min(timeout, left)


@contextmanager
def _naming_the_deadline() -> Iterator[None]:
    """A timeout cut short by the deadline says so (not "the server was silent")."""
    try:
        yield
    except httpcore.TimeoutException as exc:
        deadline = _DEADLINE.get()
        if deadline is not None and time.monotonic() >= deadline - 0.01 \
                and DEADLINE_PASSED not in str(exc):
            raise type(exc)(DEADLINE_PASSED) from exc
        raise


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write also ends at the fetch's overall deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        with _naming_the_deadline():
            return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        with _naming_the_deadline():
            self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


@contextmanager
def _as_httpx_errors() -> Iterator[None]:
    """Raise httpcore's errors as the httpx errors callers catch (ours pass unchanged)."""
    try:
        yield
    except Exception as exc:
        for source, target in _ERRORS:
            if isinstance(exc, source):
                raise target(str(exc)) from exc
        raise


class _GuardedBackend(httpcore.SyncBackend):
    """Resolves, checks and pins the addresses of every new connection."""

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[SOCKET_OPTION] | None = None,
                    ) -> httpcore.NetworkStream:
        rule = _RULE.get()
        timeout = _bounded(timeout, httpcore.ConnectTimeout)
        if rule is None:  # not a fetcher request: plain connection
            return _DeadlineStream(
                super().connect_tcp(host, port, timeout, local_address, socket_options))
        found = check_connect(host, port, rule.trusted, rule.resolver)  # BlockedAddress
        if not found:
            raise httpcore.ConnectError(f"{host} does not resolve to any address")
        failure: httpcore.ConnectError | None = None
        for address in found:
            try:
                return _DeadlineStream(super().connect_tcp(address, port, timeout,
                                                           local_address, socket_options))
            except httpcore.ConnectError as exc:
                failure = exc
        assert failure is not None
        raise failure


class _Body(httpx.SyncByteStream):
    """A response body read from httpcore, its errors raised as httpx's."""

    def __init__(self, stream: Iterable[bytes]) -> None:
        self.stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _as_httpx_errors():
            yield from self.stream

    def close(self) -> None:
        close = getattr(self.stream, "close", None)
        if close is not None:
            close()


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport over an httpcore pool whose connections pass the SSRF rule."""

    def __init__(self, limits: httpx.Limits) -> None:
        self.pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=True),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_GuardedBackend(),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request through the guarded pool."""
        assert isinstance(request.stream, Iterable)
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=request.url.raw_scheme, host=request.url.raw_host,
                             port=request.url.port, target=request.url.raw_path),
            headers=request.headers.raw, content=request.stream,
            extensions=request.extensions)
        with _as_httpx_errors():
            answer = self.pool.handle_request(core)
        assert isinstance(answer.stream, Iterable)
        return httpx.Response(status_code=answer.status, headers=answer.headers,
                              stream=_Body(answer.stream), extensions=answer.extensions)

    def close(self) -> None:
        """Close every pooled connection."""
        self.pool.close()


def _env_proxies() -> bool:
    return any(key in ("http", "https", "all") for key in urllib.request.getproxies())


def make_client(policy: FetchPolicy) -> httpx.Client:
    """A keep-alive client; redirects are ours to follow, certificates always verified."""
    limits = httpx.Limits(max_connections=policy.max_connections,
                          max_keepalive_connections=policy.max_connections, keepalive_expiry=30)
    headers = {"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate"}
    timeout = httpx.Timeout(policy.read_timeout, connect=policy.connect_timeout)
    if _env_proxies():
        # The proxy resolves names, so only the guard's check before each request applies.
        log.info("HTTP proxy set in the environment: connect-time address pinning is off")
        return httpx.Client(follow_redirects=False, verify=True, limits=limits,
                            headers=headers, timeout=timeout)
    return httpx.Client(transport=GuardedTransport(limits), follow_redirects=False,
                        verify=True, headers=headers, timeout=timeout)
