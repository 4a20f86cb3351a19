"""The fetcher's limits and manners, with their defaults (the [fetch] table overrides them)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_ACCEPT", "USER_AGENT", "FetchPolicy"]

USER_AGENT = "policywatch/0.1 (+https://github.com/policywatch/policywatch)"
DEFAULT_ACCEPT = ("text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,"
                  "*/*;q=0.5")


@dataclass(frozen=True)
class FetchPolicy:
    """Limits and manners for every request. The one place their defaults are written."""

    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0  # whole fetch: redirects, retries and Retry-After waits included
    max_bytes: int = 10_000_000  # after decompression, enforced while streaming
    max_redirects: int = 10
    host_delay: float = 1.0  # min seconds between request starts to one host
    per_host: int = 2  # max requests at once to one host
    max_connections: int = 16
    max_retry_after: float = 30.0  # wait out Retry-After up to this; longer raises RateLimited
    retries: int = 2  # on 429/503, 500/502/504 and transport errors, with backoff
    respect_robots: bool = True
    backoff: float = 1.0  # first backoff in seconds, doubled on each retry
