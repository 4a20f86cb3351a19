"""The daemon: a scheduler job per source, calling check_source; digests once per sweep of
checks; stops cleanly on a signal. It logs one line per check (the CLI keeps APScheduler's
own job chatter for -vv)."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import FrameType

from apscheduler.events import EVENT_JOB_SUBMITTED, JobSubmissionEvent
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
    """One job per enabled source on its interval, the re-check sweep, and the outbox.

    Sources start together and keep no jitter, so checks falling due at the same time
    form one sweep; the digests are made once the sweep's last check is done, one per
    subscription however many sources found something.
    """
    scheduler = BackgroundScheduler(
        timezone=UTC,
        executors={"default": ThreadPoolExecutor(1)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
    )
    sweep = _Sweep(notify)
    start = datetime.now(UTC)
    for source in (s for s in config.sources if s.enabled):
        scheduler.add_job(
            sweep.job(monitor.check_source, source.name),
            IntervalTrigger(seconds=source.every_seconds, start_date=start, timezone=UTC),
            id=f"source:{source.name}", name=source.name, next_run_time=start)
    scheduler.add_job(sweep.job(monitor.recheck_due), IntervalTrigger(seconds=RECHECK_EVERY),
                      id="recheck", name="re-check due pages",
                      next_run_time=start + timedelta(seconds=RECHECK_EVERY))
    if notify is not None:  # hourly/daily/cron digests fall due between checks too
        scheduler.add_job(_quietly(notify), IntervalTrigger(seconds=DIGEST_EVERY), id="digests",
                          name="digests and deliveries")
    scheduler.add_listener(sweep.submitted, EVENT_JOB_SUBMITTED)
    return scheduler


def _quietly(func: Callable[[], object]) -> Callable[[], None]:
    def call() -> None:
        try:
            report = func()
        except Exception:  # the outbox keeps everything; the next pass retries
            log.exception("digest pass failed")
            return
        for error in getattr(report, "errors", []):
            log.warning("%s", error)
    return call


class _Sweep:
    """Counts the checks submitted and not yet done; the last one of a sweep notifies."""

    def __init__(self, notify: Callable[[], object] | None) -> None:
        self.notify = _quietly(notify) if notify is not None else None
        self.queued = 0
        self.lock = threading.Lock()

    def submitted(self, event: JobSubmissionEvent) -> None:
        if event.job_id != "digests":
            with self.lock:
                self.queued += 1

    def job(self, func: Callable[..., RunSummary], *args: str) -> Callable[[], None]:
        def call() -> None:
            try:
                _log_check(args[0] if args else None, func(*args))
            except Exception:  # one failing check must not stop the daemon
                log.exception("check %s failed", args[0] if args else "re-check")
            finally:
                with self.lock:
                    self.queued = max(0, self.queued - 1)
                    last = self.queued == 0
                if last and self.notify is not None:
                    self.notify()
        return call


def _log_check(name: str | None, summary: RunSummary) -> None:
    """One line per check (re-check sweeps only when they did something)."""
    counts = (f"{summary.new} new, {summary.revisions} revised, {summary.unchanged} "
              f"unchanged, {summary.duplicates} duplicate(s), {summary.removed} removed, "
              f"{summary.failed} page(s) failed")
    if name is None:
        if summary.fetched or summary.failed:
            log.info("re-check of due pages: %s", counts)
        return
    if summary.sources_failed:
        log.warning("check %s failed: %s", name, "; ".join(summary.errors) or "see -v")
        return
    log.info("check %s: %s", name, counts)
    for warning in summary.warnings:
        log.warning("check %s", warning)


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
