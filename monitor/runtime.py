"""Wiring for one process: the store, the HTTP client and the fetcher, built from the config."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from store import Store

from .config import Config, FetchSettings
from .fetch import Fetcher, FetchPolicy, make_client

__all__ = ["fetch_policy", "open_store", "running"]


def fetch_policy(settings: FetchSettings) -> FetchPolicy:
    """The fetcher's policy from the [fetch] table."""
    return FetchPolicy(
        user_agent=settings.user_agent,
        connect_timeout=settings.connect_timeout,
        read_timeout=settings.read_timeout,
        deadline=settings.deadline,
        max_bytes=settings.max_bytes,
        host_delay=settings.delay,
        per_host=settings.per_host,
        respect_robots=settings.respect_robots,
    )


def open_store(config: Config) -> Store:
    """Open (and migrate) the configured database."""
    return Store(config.storage.database)


@contextmanager
def running(config: Config) -> Iterator[tuple[Store, Fetcher]]:
    """A store and a fetcher with its own client, closed on exit."""
    store = open_store(config)
    policy = fetch_policy(config.fetch)
    client = make_client(policy)
    try:
        yield store, Fetcher(client, policy)
    finally:
        client.close()
        store.close()
