"""Wiring for one process: the store, the HTTP client and the fetcher, built from the config."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from store import Store, sqlite_path

from .config import Config
from .fetch import Fetcher, make_client

__all__ = ["SWITCH_INTERVAL", "open_store", "running"]

SWITCH_INTERVAL = 0.0005  # seconds a thread may keep the interpreter while another waits


def open_store(config: Config, *, read_only: bool = False) -> Store:
    """Open the configured database: read-only (it must exist), or created and migrated.

    With no config file the database lives in the user's data folder, made on first write.
    """
    path = sqlite_path(config.storage.database)
    if path is not None and config.path is None and not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    return Store(config.storage.database, read_only=read_only)


@contextmanager
def running(config: Config) -> Iterator[tuple[Store, Fetcher]]:
    """A store and a fetcher with its own client, closed on exit."""
    # The thread that stores a page holds the store step's lock across many short database
    # round trips, while this process's other threads clean pages: each answer must get the
    # interpreter back soon, not after the default 5 ms slice of a busy thread.
    sys.setswitchinterval(SWITCH_INTERVAL)
    store = open_store(config)
    policy = config.fetch.policy()
    client = make_client(policy)
    fetcher = Fetcher(client, policy)
    fetcher.gate.reserve = store.reserve_host  # one pace per host across every worker
    try:
        yield store, fetcher
    finally:
        client.close()
        store.close()
