"""Per-host politeness: a delay between request starts, a cap on requests at once, push-back.

Two kinds of waiting are kept apart. Pacing (the host delay, robots.txt Crawl-delay, a free
slot) is our own manners, so it is not charged to a fetch's deadline. Push-back (a server's
Retry-After, backoff after errors) is the server's request, shared by every thread, and a
fetch decides whether to wait it out (`blocked_for`) before it asks for a slot.

With `reserve` set (the store's `reserve_host`), pacing is shared by every process on the
database: each request start is reserved on the host's row, `delay` after the one before
whichever worker made it. Should the database be away, pacing falls back to this process.
A process's own requests to a host also stay `delay` apart from their real starts, so an
answer to a reservation that comes back late (a busy machine) does not let the next request
of the same process follow it closely; across processes, such lateness can still shrink a gap.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

__all__ = ["MAX_CRAWL_DELAY", "HostGate"]

MAX_CRAWL_DELAY = 30.0  # a robots.txt asking for more gets this much

log = logging.getLogger(__name__)

# (host, delay) -> seconds to wait before the request starts; reserves that start.
Reserve = Callable[[str, float], float]


@dataclass
class _Host:
    slots: threading.BoundedSemaphore
    delay: float
    next_start: float = 0.0  # pacing: earliest start of the next request
    blocked_until: float = 0.0  # push-back: the server asked everyone to wait until then
    lock: threading.Lock = field(default_factory=threading.Lock)
    # With shared pacing: this process's requests to the host take their turns one at a time,
    # each from the moment the one before it really started, however late its reservation's
    # answer came back (a late answer must not let the next start follow too closely).
    turns: threading.Lock = field(default_factory=threading.Lock)


class HostGate:
    """Thread-safe: `with gate.slot(host) as waited:` holds a slot once the host's turn comes."""

    def __init__(self, delay: float, per_host: int,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if per_host < 1:
            raise ValueError(f"per_host must be at least 1, not {per_host}")
        self.delay, self.per_host, self.clock, self.sleep = max(0.0, delay), per_host, clock, sleep
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()
        self.reserve: Reserve | None = None  # pacing shared across processes, if set

    def _host(self, host: str) -> _Host:
        with self._lock:
            state = self._hosts.get(host)
            if state is None:
                state = self._hosts[host] = _Host(threading.BoundedSemaphore(self.per_host),
                                                  self.delay)
            return state

    def set_delay(self, host: str, delay: float) -> None:
        """Raise a host's delay (robots.txt Crawl-delay), capped; never below the default."""
        state = self._host(host)
        with state.lock:
            state.delay = max(self.delay, min(delay, MAX_CRAWL_DELAY))

    def delay_of(self, host: str) -> float:
        """The host's current delay between request starts."""
        return self._host(host).delay

    def push_back(self, host: str, seconds: float) -> None:
        """Nobody starts a request to this host for `seconds` (Retry-After, backoff)."""
        state = self._host(host)
        with state.lock:
            state.blocked_until = max(state.blocked_until, self.clock() + max(0.0, seconds))

    def blocked_for(self, host: str) -> float:
        """Seconds the host's push-back still lasts (0 when none)."""
        state = self._host(host)
        with state.lock:
            return max(0.0, state.blocked_until - self.clock())

    @contextmanager
    def slot(self, host: str) -> Iterator[float]:
        """Hold one of the host's slots from its next turn on; yields the seconds waited."""
        state = self._host(host)
        asked = self.clock()
        state.slots.acquire()
        try:
            shared = self.reserve
            if shared is None:
                self._take_turn(state)
            else:
                with state.turns:
                    self._take_turn(state)
                    self.sleep(self._shared_wait(shared, host, state))
                    with state.lock:  # the next turn here counts from this real start
                        state.next_start = max(state.next_start, self.clock() + state.delay)
            yield self.clock() - asked
        finally:
            state.slots.release()

    def _take_turn(self, state: _Host) -> None:
        """Wait for the host's next start in this process (and its push-back); take it."""
        while True:
            with state.lock:
                now = self.clock()
                turn = max(state.next_start, state.blocked_until)
                if now >= turn:
                    state.next_start = now + state.delay
                    return
            self.sleep(turn - now)

    def _shared_wait(self, reserve: Reserve, host: str, state: _Host) -> float:
        try:
            return reserve(host, state.delay)
        except Exception as exc:  # the database is away: pace within this process alone
            log.warning("%s: no shared request slot (%s); pacing in this process only",
                        host, exc)
            with state.lock:
                wait = max(0.0, state.next_start - self.clock())
                state.next_start = self.clock() + wait + state.delay
            return wait
