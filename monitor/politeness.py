"""Per-host politeness: a delay between request starts and a cap on requests at once."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

__all__ = ["HostGate"]


@dataclass
class _Host:
    slots: threading.BoundedSemaphore
    delay: float
    next_start: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)


class HostGate:
    """Thread-safe: `with gate.slot(host):` waits for a free slot and the host's next turn."""

    def __init__(self, delay: float, per_host: int,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.delay, self.per_host, self.clock, self.sleep = delay, per_host, clock, sleep
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def _host(self, host: str) -> _Host:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = _Host(threading.BoundedSemaphore(self.per_host), self.delay)
            return self._hosts[host]

    def set_delay(self, host: str, delay: float) -> None:
        """Raise a host's delay (robots.txt Crawl-delay); never lowers it below the default."""
        state = self._host(host)
        with state.lock:
            state.delay = max(self.delay, delay)

    def push_back(self, host: str, seconds: float) -> None:
        """Nobody starts a request to this host for `seconds` (Retry-After, backoff)."""
        state = self._host(host)
        with state.lock:
            state.next_start = max(state.next_start, self.clock() + seconds)

    def wait_needed(self, host: str) -> float:
        """Seconds until the host's next turn (0 when free now)."""
        state = self._host(host)
        with state.lock:
            return max(0.0, state.next_start - self.clock())

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Hold one of the host's slots, starting no sooner than its delay allows."""
        state = self._host(host)
        state.slots.acquire()
        try:
            while True:
                with state.lock:
                    now = self.clock()
                    if now >= state.next_start:
                        state.next_start = now + state.delay
                        break
                    wait = state.next_start - now
                self.sleep(wait)
            yield
        finally:
            state.slots.release()
