"""The daemon: one scheduler job asks the store for due work (sources, then page
re-checks), claims it, does it, and makes the digests once that sweep is done; stops
cleanly on a signal. Several daemons on one database share the work: each claim goes to
one worker. A daemon checks several sources at once (`checks_at_once`), and a slot that
finds nothing due looks again every POLL seconds while the others are busy, so a killed
worker's sources are taken soon after its leases run out. It logs one line per check (the
CLI keeps APScheduler's own chatter for -vv)."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from store import StoreError

from .clock import Clock
from .config import Config
from .notify import Notifier
from .pipeline import Monitor, RunSummary
from .runtime import running
from .workers import POLL, Heartbeat

__all__ = ["WORK_EVERY", "build_scheduler", "checks_at_once", "run_daemon"]

log = logging.getLogger(__name__)
WORK_EVERY = POLL  # seconds between looks for due sources and page re-checks: within a lease
DIGEST_EVERY = 30  # seconds between passes over due digests and deliveries


def _not_busy(record: logging.LogRecord) -> bool:
    """A sweep longer than WORK_EVERY is routine: no warning each time the next is skipped."""
    return "maximum number of running instances reached" not in record.getMessage()


def build_scheduler(config: Config, monitor: Monitor,
                    notify: Callable[[], object] | None = None) -> BackgroundScheduler:
    """The work job (due sources, then due re-checks, then digests when anything was
    checked) and the outbox pass.

    Checks falling due at the same time form one sweep; the digests are made once the
    sweep is done, one per subscription however many sources found something.
    """
    logging.getLogger("apscheduler.scheduler").addFilter(_not_busy)
    scheduler = BackgroundScheduler(
        timezone=UTC,
        executors={"default": ThreadPoolExecutor(1)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
    )
    every = min([WORK_EVERY, *(s.every_seconds for s in config.sources if s.enabled)])
    work = _work(monitor, checks_at_once(config), _quietly(notify) if notify else None)
    scheduler.add_job(work, IntervalTrigger(seconds=max(1, every)), id="work",
                      name="due sources and re-checks", next_run_time=datetime.now(UTC))
    if notify is not None:  # hourly/daily/cron digests fall due between checks too
        scheduler.add_job(_quietly(notify), IntervalTrigger(seconds=DIGEST_EVERY), id="digests",
                          name="digests and deliveries")
    return scheduler


def checks_at_once(config: Config) -> int:
    """Sources one daemon checks at once: a check fetches at most `per_host` pages at once
    from its host, so `workers` fetches keep workers // per_host hosts busy."""
    return max(1, config.fetch.workers // config.fetch.per_host)


def _work(monitor: Monitor, at_once: int, notify: Callable[[], None] | None
          ) -> Callable[[], None]:
    def call() -> None:
        checked = 0
        try:
            checked = monitor.check_due_sources(_log_check, at_once)
            rechecked = monitor.recheck_due()
            _log_check(None, rechecked)
            checked += rechecked.fetched + rechecked.failed
        except StoreError as exc:  # the database is away or refused: one line, try again
            log.error("check failed: %s", exc)
        except Exception:  # one failing sweep must not stop the daemon
            log.exception("check failed")
        if checked and notify is not None:
            notify()
    return call


def _quietly(func: Callable[[], object]) -> Callable[[], None]:
    def call() -> None:
        try:
            report = func()
        except StoreError as exc:  # the outbox keeps everything; the next pass retries
            log.error("digest pass failed: %s", exc)
            return
        except Exception:
            log.exception("digest pass failed")
            return
        for error in getattr(report, "errors", []):
            log.warning("%s", error)
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
    with (running(config) as (store, fetcher), Notifier(config, store, clock) as notifier,
          Heartbeat(store, "daemon", clock)):
        monitor = Monitor(config, store, fetcher, clock, stop=stop)
        monitor.sync_sources()
        scheduler = build_scheduler(config, monitor, notifier.run)
        scheduler.start()
        log.info("daemon started: %d source(s), database %s, worker %s",
                 sum(1 for s in config.sources if s.enabled), config.storage.database,
                 store.worker)
        while not stop.wait(0.5):
            pass
        scheduler.shutdown(wait=True)
        log.info("daemon stopped cleanly")
