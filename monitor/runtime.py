"""Wiring for one process: the store, the HTTP client and the fetcher, built from the config."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from store import Store

from .config import Config
from .fetch import Fetcher, make_client

__all__ = ["open_store", "running"]


def open_store(config: Config) -> Store:
    """Open (and migrate) the configured database."""
    return Store(config.storage.database)


@contextmanager
def running(config: Config) -> Iterator[tuple[Store, Fetcher]]:
    """A store and a fetcher with its own client, closed on exit."""
    store = open_store(config)
    policy = config.fetch.policy()
    client = make_client(policy)
    try:
        yield store, Fetcher(client, policy)
    finally:
        client.close()
        store.close()
