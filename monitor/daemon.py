"""The daemon: a scheduler job per source, calling check_source; stops cleanly on a signal."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from .clock import Clock
from .config import Config
from .notify import Notifier
from .pipeline import Monitor, RunSummary
from .runtime import running

__all__ = ["RECHECK_EVERY", "build_scheduler", "run_daemon"]

log = logging.getLogger(__name__)
RECHECK_EVERY = 60  # seconds between looks for due page re-checks
DIGEST_EVERY = 30  # seconds between passes over due digests and deliveries


def build_scheduler(config: Config, monitor: Monitor,
                    notify: Callable[[], object] | None = None) -> BackgroundScheduler:
    """One job per enabled source on its interval, the re-check sweep, and the outbox."""
    scheduler = BackgroundScheduler(
        timezone=UTC,
        executors={"default": ThreadPoolExecutor(1)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
    )
    start = datetime.now(UTC)
    for index, source in enumerate(s for s in config.sources if s.enabled):
        every = source.every_seconds
        scheduler.add_job(
            _job(monitor.check_source, source.name, after=notify), IntervalTrigger(
                seconds=every, jitter=max(0, min(every // 10, 60)), timezone=UTC),
            id=f"source:{source.name}", name=source.name,
            next_run_time=start + timedelta(milliseconds=100 * index))
    scheduler.add_job(_job(monitor.recheck_due, after=notify),
                      IntervalTrigger(seconds=RECHECK_EVERY), id="recheck",
                      name="re-check due pages",
                      next_run_time=start + timedelta(seconds=RECHECK_EVERY))
    if notify is not None:  # hourly/daily/cron digests fall due between checks too
        scheduler.add_job(_quietly(notify), IntervalTrigger(seconds=DIGEST_EVERY), id="digests",
                          name="digests and deliveries")
    return scheduler


def _quietly(func: Callable[[], object]) -> Callable[[], None]:
    def call() -> None:
        try:
            func()
        except Exception:  # the outbox keeps everything; the next pass retries
            log.exception("digest pass failed")
    return call


def _job(func: Callable[..., RunSummary], *args: object,
         after: Callable[[], object] | None = None) -> Callable[[], None]:
    def call() -> None:
        try:
            summary = func(*args)
        except Exception:  # one failing check must not stop the daemon
            log.exception("check %s failed", args[0] if args else "re-check")
            return
        if after is not None:
            _quietly(after)()
        log.info("cycle %s: %d new, %d revised, %d unchanged, %d duplicate(s), %d failed",
                 args[0] if args else "re-check", summary.new, summary.revisions,
                 summary.unchanged, summary.duplicates, summary.failed + summary.sources_failed)
    return call


def run_daemon(config: Config, clock: Clock, stop: threading.Event | None = None) -> None:
    """Run until SIGTERM/SIGINT (or `stop` is set); the page in hand is finished first."""
    stop = stop or threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("received %s: stopping after the page in hand", signal.Signals(signum).name)
        stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
    with running(config) as (store, fetcher), Notifier(config, store, clock) as notifier:
        monitor = Monitor(config, store, fetcher, clock, stop=stop)
        monitor.sync_sources()
        scheduler = build_scheduler(config, monitor, notifier.run)
        scheduler.start()
        log.info("daemon started: %d source(s), database %s",
                 sum(1 for s in config.sources if s.enabled), config.storage.database)
        while not stop.wait(0.5):
            pass
        scheduler.shutdown(wait=True)
        log.info("daemon stopped cleanly")
