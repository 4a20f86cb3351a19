"""The HTTP client: keep-alive, verified TLS, and the SSRF rule checked again at connect time.

The guard checks a URL before the request, but httpx would resolve the name a second time
when it connects, and a name with a short TTL can answer a public address first and a
private one next (DNS rebinding). So the client's connections go through `_GuardedBackend`,
which resolves the name once, checks those addresses against the rule of the request in
progress (set by the fetcher with `connect_rule`) and connects to exactly them. TLS still
verifies the certificate against the name.
"""

from __future__ import annotations

import logging
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpcore
import httpx

from .guard import Resolver, check_connect

if TYPE_CHECKING:
    from httpcore import SOCKET_OPTION

    from .fetch import FetchPolicy

__all__ = ["connect_rule", "make_client"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Rule:
    trusted: str | None  # normalized netloc, or None: any address
    resolver: Resolver


_RULE: ContextVar[_Rule | None] = ContextVar("policywatch_connect_rule", default=None)


@contextmanager
def connect_rule(trusted: str | None, resolver: Resolver) -> Iterator[None]:
    """Connections opened inside go to `trusted` or to public addresses (None: anywhere)."""
    token = _RULE.set(_Rule(trusted, resolver))
    try:
        yield
    finally:
        _RULE.reset(token)


class _GuardedBackend(httpcore.SyncBackend):
    """Resolves, checks and pins the addresses of every new connection."""

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[SOCKET_OPTION] | None = None,
                    ) -> httpcore.NetworkStream:
        rule = _RULE.get()
        if rule is None:  # not a fetcher request: plain connection
            return super().connect_tcp(host, port, timeout, local_address, socket_options)
        found = check_connect(host, port, rule.trusted, rule.resolver)  # BlockedAddress
        if not found:
            raise httpcore.ConnectError(f"{host} does not resolve to any address")
        failure: httpcore.ConnectError | None = None
        for address in found:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                failure = exc
        assert failure is not None
        raise failure


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
    transport = httpx.HTTPTransport(verify=True, limits=limits)
    # httpx does not expose httpcore's network_backend; this mirrors its own pool set-up.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(verify=True),
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=_GuardedBackend(),
    )
    return httpx.Client(transport=transport, follow_redirects=False, verify=True,
                        headers=headers, timeout=timeout)
