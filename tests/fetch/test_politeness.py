"""Per-host pacing shared through the store: a late answer to a reservation must not let the
next request to the host follow too closely (monitor/fetch/politeness.py)."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable

from monitor.fetch.politeness import HostGate

DELAY = 0.2
LATE = 0.15  # how late the first reservation's answer comes back (a busy database or CPU)


def start_gaps(request: Callable[[], None], threads: int, starts: list[float]) -> list[float]:
    """Run `request` in that many threads at once; the gaps between the starts it noted."""
    running = [threading.Thread(target=request) for _ in range(threads)]
    for t in running:
        t.start()
    for t in running:
        t.join()
    return [b - a for a, b in itertools.pairwise(sorted(starts))]


class Slots:
    """The store's `reserve_host` in memory: starts reserved DELAY apart; the first answer
    reaches its caller LATE seconds after the reservation was made."""

    def __init__(self) -> None:
        self.next_start = 0.0
        self.lock = threading.Lock()
        self.calls = 0

    def reserve(self, host: str, delay: float) -> float:
        with self.lock:
            now = time.monotonic()
            start = max(self.next_start, now)
            self.next_start = start + delay
            self.calls += 1
            late = self.calls == 1
        if late:
            time.sleep(LATE)
        return max(0.0, start - time.monotonic())


def test_a_late_reservation_answer_does_not_shrink_the_gap_to_the_next_start() -> None:
    gate = HostGate(DELAY, per_host=4)
    slots = Slots()
    gate.reserve = slots.reserve
    starts: list[float] = []
    ready = threading.Barrier(3)

    def request() -> None:
        ready.wait()
        with gate.slot("agency.example"):
            starts.append(time.monotonic())
            time.sleep(0.05)

    gaps = start_gaps(request, 3, starts)
    assert len(gaps) == 2 and min(gaps) >= DELAY - 0.005, gaps


def test_pacing_alone_spaces_starts_by_the_delay() -> None:
    gate = HostGate(0.1, per_host=3)
    starts: list[float] = []

    def request() -> None:
        with gate.slot("agency.example"):
            starts.append(time.monotonic())

    gaps = start_gaps(request, 4, starts)
    assert min(gaps) >= 0.1 - 0.005, gaps
