"""This process as one worker among several on the database: its heartbeat, its lease
times, and the slots in which it does claimed work.

Every `daemon` and `run` registers itself in the store and renews its leases (the sources
and page re-checks it has claimed) every HEARTBEAT seconds. A worker that is killed stops
renewing: its claims run out LEASE later, and a free slot of another worker, looking again
every POLL seconds, takes them.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from types import TracebackType

from store import Store, StoreError

__all__ = ["HEARTBEAT", "LEASE", "POLL", "RECHECK_BATCH", "Heartbeat", "in_slots"]

log = logging.getLogger(__name__)

# How long a claim outlives its worker's last heartbeat ($POLICYWATCH_LEASE_SECONDS, for
# tests and benchmarks), and the heartbeat: six in a lease, so a live claim never lapses.
LEASE = timedelta(seconds=float(os.environ.get("POLICYWATCH_LEASE_SECONDS") or 120))
HEARTBEAT = LEASE.total_seconds() / 6
RECHECK_BATCH = 20  # page re-checks claimed at a time, so that workers share a long queue
# Seconds between looks for due work by a slot that found none: well inside a lease, so a
# killed worker's claims are taken soon after they run out.
POLL = min(5.0, LEASE.total_seconds() / 4)


class Heartbeat:
    """`with Heartbeat(store, "daemon", clock):` registers the worker, renews its leases in
    a background thread, and on exit marks it stopped and gives back what it holds."""

    def __init__(self, store: Store, command: str, clock: Callable[[], datetime],
                 every: float = HEARTBEAT) -> None:
        self.store, self.command, self.clock, self.every = store, command, clock, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)

    def beat(self) -> None:
        """One heartbeat: alive now, every lease renewed to LEASE from now."""
        now = self.clock()
        self.store.heartbeat(self.store.worker, self.command, now, now + LEASE)
        self.store.keep_session(self.store.worker)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            try:
                self.beat()
            except StoreError as exc:  # the database is away: try again next time
                log.warning("heartbeat failed: %s", exc)

    def __enter__(self) -> Heartbeat:
        self.beat()
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join()
        try:
            self.store.worker_stopped(self.store.worker, self.clock())
        except StoreError as error:
            log.warning("could not record this worker as stopped: %s", error)


def in_slots(work: Callable[[], bool], slots: int, stop: threading.Event,
             poll: float = POLL, spare: Callable[[], bool] | None = None) -> int:
    """Run `work` (claim one unit of work and do it; False when none was free) in `slots`
    threads at once until none is free and no slot is busy; how many units were done.

    A slot that finds nothing while another is still busy looks again every `poll` seconds
    (or as soon as a sibling finishes), so work that falls due meanwhile is taken by this
    worker however long its other checks last. `spare` (claim a dead worker's work and do
    it) runs in one more thread, every `poll` seconds while any slot is busy: a killed
    worker's work is taken over soon even when every slot is in a long check.
    """
    lock = threading.Condition()
    busy, done, running = 0, 0, slots

    def slot() -> None:
        nonlocal busy, done, running
        try:
            while not stop.is_set():
                with lock:
                    busy += 1
                did = False
                try:
                    did = work()
                finally:
                    with lock:
                        busy -= 1
                        done += did
                        lock.notify_all()
                if not did:
                    with lock:
                        if busy == 0:
                            return
                        lock.wait(poll)
        finally:
            with lock:
                running -= 1
                lock.notify_all()

    def spare_slot(take: Callable[[], bool]) -> None:
        nonlocal done
        did = False
        while not stop.is_set():
            with lock:
                if not did:
                    lock.wait_for(lambda: running == 0 or stop.is_set(), poll)
                if running == 0 or stop.is_set():
                    return
            did = take()
            with lock:
                done += did

    if slots <= 1 and spare is None:
        slot()
        return done
    with ThreadPoolExecutor(slots + (spare is not None),
                            thread_name_prefix="check") as pool:
        futures = [pool.submit(slot) for _ in range(slots)]
        if spare is not None:
            futures.append(pool.submit(spare_slot, spare))
    for future in futures:
        future.result()  # the first slot's exception, if any, once every slot has stopped
    return done
