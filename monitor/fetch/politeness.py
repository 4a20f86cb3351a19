"""Per-host politeness: a delay between request starts, a cap on requests at once, push-back.

Two kinds of waiting are kept apart. Pacing (the host delay, robots.txt Crawl-delay, a free
slot) is our own manners, so it is not charged to a fetch's deadline. Push-back (a server's
Retry-After, backoff after errors) is the server's request, shared by every thread, and a
fetch decides whether to wait it out (`blocked_for`) before it asks for a slot.

With `reserve` set (the store's `reserve_host`), pacing is shared by every process on the
database: each request start is reserved on the host's row, `delay` after the one before
whichever worker made it. Should the database be away, pacing falls back to this process.
A process's own requests to a host also stay `delay` apart from their real starts: a turn
is held until the request is on the wire (`Turn.started`, which the fetcher calls once the
request's headers are sent), so neither an answer to a reservation that comes back late nor a
thread that waits for the interpreter between its turn and its send (a busy machine) lets the
next request of the same process follow it closely. Across processes, such lateness can still
shrink a gap by as much.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

__all__ = ["MAX_CRAWL_DELAY", "HostGate", "Turn"]

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
    # This process's requests to the host take their turns one at a time, each from the
    # moment the one before it was really sent, however late its reservation's answer came
    # back or its thread got to send it (lateness must not let the next start follow closely).
    turns: threading.Lock = field(default_factory=threading.Lock)


class Turn:
    """A request's turn at a host, held from its start until the request is on the wire."""

    def __init__(self, gate: HostGate, state: _Host | None, waited: float) -> None:
        self.waited = waited  # seconds spent waiting for the turn and a slot
        self._gate, self._state = gate, state

    def started(self) -> None:
        """The request is sent: the host's next turn counts from now; give the turn up."""
        state, self._state = self._state, None
        if state is None:
            return
        with state.lock:
            state.next_start = max(state.next_start, self._gate.clock() + state.delay)
        state.turns.release()


class HostGate:
    """Thread-safe: `with gate.slot(host) as turn:` holds a slot once the host's turn comes
    (`turn.waited`: seconds waited; `turn.started()` once the request is sent)."""

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
    def slot(self, host: str) -> Iterator[Turn]:
        """Hold one of the host's slots from its next turn on. The turn is held until the
        request calls `started()` (or the block ends); `.waited`: the seconds waited."""
        state = self._host(host)
        asked = self.clock()
        state.slots.acquire()
        try:
            paced = state.delay > 0 or self.reserve is not None
            if paced:
                state.turns.acquire()
            turn = Turn(self, state if paced else None, 0.0)
            try:
                self._take_turn(state)
                shared = self.reserve
                if shared is not None:
                    self.sleep(self._shared_wait(shared, host, state))
                turn.waited = self.clock() - asked
                yield turn
            finally:
                turn.started()  # not sent at all (refused, failed): count from now
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
