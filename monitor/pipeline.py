"""One monitoring cycle: sources -> fetch -> clean -> judge -> track, page by page.

Each page is fetched concurrently and stored one at a time, in its own transaction; a
failure of any kind on one page is recorded against that page (the fetch log, the
document's last error and its retry) and the other pages of the source are still checked.

A source's baseline is the first discovery that finds any link: those links are stored
unannounced, now or (if their fetch fails) whenever they are fetched later. A discovery
that finds none is no baseline; it warns "0 links: is kind right?". A source fails when
its discovery fails, its own page fails (kind "page"), or nothing it lists could be
stored; failing `[health] failures` checks in a row opens a health incident.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from store import DocumentRecord, RawPage, SourceRecord, Store, StoreError

from .clean import judge
from .config import Config, SourceConfig
from .discovery import Discovered, discover, zero_links_hint
from .fetch import Fetched, Fetcher, FetchError, HTTPStatus, RobotsDisallowed
from .health import source_health
from .schedule import next_document_check, retry_delay
from .sources import Link
from .summary import RunSummary
from .templates import clean_for_host
from .tracking import track_page
from .workers import LEASE, RECHECK_BATCH, in_slots

__all__ = ["Monitor", "RunSummary"]

log = logging.getLogger(__name__)
AHEAD = 2  # fetched pages waiting for the store step, at most, per fetch thread


@dataclass(frozen=True)
class _Job:
    url: str
    trusted_host: str | None
    source: SourceRecord | None
    document: DocumentRecord | None
    baseline: bool
    link: Link | None = None


class Monitor:
    """Runs checks against a store with a fetcher and a clock (both passed in)."""

    def __init__(self, config: Config, store: Store, fetcher: Fetcher,
                 clock: Callable[[], datetime], stop: threading.Event | None = None,
                 progress: Callable[[int, int], None] | None = None) -> None:
        self.config, self.store, self.fetcher, self.clock = config, store, fetcher, clock
        self.stop = stop or threading.Event()
        self.progress = progress
        self._lock = threading.Lock()  # one check, or one sweep of checks, at a time

    # -- public --------------------------------------------------------------------------------
    def sync_sources(self) -> dict[str, SourceRecord]:
        """Make the store's sources match the config; return them by name. A source whose
        url, kind or filters changed takes a new baseline."""
        return {s.name: self._sync_one(s) for s in self.config.sources}

    def _sync_one(self, s: SourceConfig) -> SourceRecord:
        now = self.clock()
        record = self.store.sync_source(s.name, s.url, s.kind, s.every_seconds, now)
        if self.store.source_settings(record.id, s.settings_key):
            log.info("source %r: url, kind or filters changed; its next check is a new "
                     "baseline", s.name)
            record = self.store.sync_source(s.name, s.url, s.kind, s.every_seconds, now)
        return record

    def run_once(self) -> RunSummary:
        """Check every enabled source, then every page whose re-check is due."""
        summary = RunSummary(started_at=self.clock().isoformat())
        started = self.clock()
        self.sync_sources()
        for source in self.config.sources:
            if source.enabled and not self.stop.is_set():
                self.check_source(source.name, summary)
        if not self.stop.is_set():
            self.recheck_due(summary)
        summary.seconds = round((self.clock() - started).total_seconds(), 3)
        return summary

    def check_source(self, name: str, summary: RunSummary | None = None) -> RunSummary:
        """Discover one source's links and track every page not seen before (and every link
        the source has checked each time, such as a single page's own). The source is
        claimed first: one another worker is checking now is left to it."""
        summary = summary or RunSummary(started_at=self.clock().isoformat())
        config = next(s for s in self.config.sources if s.name == name)
        with self._lock:
            self._sync_one(config)
            now = self.clock()
            if not self.store.claim_sources(self.store.worker, now, now + LEASE, names=[name],
                                            due_only=False):
                log.info("source %r: being checked by another worker; left to it", name)
                return summary
            self._check_held(config, summary)
        return summary

    def check_due_sources(self, each: Callable[[str, RunSummary], None],
                          at_once: int = 1) -> int:
        """Claim due sources and check them, `at_once` at a time (`each` gets a check's
        summary), until no due source is left that no other worker holds and none of these
        checks is still running; how many were checked. What each daemon's scheduler job
        does: the store, not the scheduler, says what is due."""
        configs = {s.name: s for s in self.config.sources if s.enabled}

        def one(orphaned: bool = False) -> bool:
            now = self.clock()
            claimed = self.store.claim_sources(self.store.worker, now, now + LEASE,
                                               names=list(configs), orphaned=orphaned)
            if not claimed:
                return False
            summary = RunSummary(started_at=now.isoformat())
            self._check_held(configs[claimed[0].name], summary)
            each(claimed[0].name, summary)
            return True

        if not configs:
            return 0
        with self._lock:  # the checks run in this call's slots, none elsewhere meanwhile
            return in_slots(one, at_once, self.stop, spare=lambda: one(orphaned=True))

    def _check_held(self, config: SourceConfig, summary: RunSummary) -> None:
        """Check a source this worker has claimed, then give the claim back."""
        record = self._sync_one(config)
        try:
            self._check_claimed(config, record, summary)
        finally:
            self.store.release(self.store.worker, sources=[record.id])

    def _check_claimed(self, config: SourceConfig, record: SourceRecord,
                       summary: RunSummary) -> None:
        name = config.name
        summary.sources += 1
        baseline = record.baseline_at is None
        found = self._discover(config, record)
        error = found.error
        if error is None and found.links:
            error = self._check_links(config, record, found.links, baseline, summary)
            if self.stop.is_set():
                return  # an interrupted check is not a baseline
        elif error is None and not found.not_modified:
            hint = zero_links_hint(config, found)
            summary.warnings.append(f"{name}: {hint}")
            log.info("source %r: %s", name, hint)
        now = self.clock()
        if error is None and (found.links or found.not_modified):
            self.store.source_links(record.id, len(found.links))
        elif error is None:
            self.store.source_links(record.id, 0)
        next_at = now + timedelta(seconds=config.every_seconds)
        if error is not None:
            summary.sources_failed += 1
            summary.failed_sources.append(name)
            summary.errors.append(f"{name}: {error}")
            self.store.source_checked(record.id, now, next_at, error=error)
            source_health(self.store, self.config, config, record.failures + 1, error, now)
            log.info("source %r failed: %s", name, error)
            return
        self.store.source_checked(record.id, now, next_at, etag=found.validators[0],
                                  last_modified=found.validators[1])
        source_health(self.store, self.config, config, 0, None, now)
        log.info("source %r: %d links, %s", name, len(found.links),
                 "baseline" if baseline and found.links else "checked")

    def _check_links(self, config: SourceConfig, record: SourceRecord, links: list[Link],
                     baseline: bool, summary: RunSummary) -> str | None:
        """Track the links of one discovery; the source's error, if the check failed."""
        jobs, stored = self._jobs(config, record, links, baseline)
        failed_before = summary.failed
        outcomes = self._run_jobs(jobs, summary)
        if baseline and not self.stop.is_set():
            self.store.take_baseline(record.id, self.clock(), [link.url for link in links])
            summary.baselines += 1
        # A link checked on every check is the source itself: its failure is the source's
        # (a page gone, blocked or empty).
        error = next((e for job, e in zip(jobs, outcomes, strict=False)
                      if e is not None and job.link and job.link.recheck), None)
        failed = summary.failed - failed_before
        if error is None and jobs and not stored and failed == len(jobs):
            first = next((e for e in outcomes if e is not None), "")
            error = f"none of its {len(jobs)} page(s) could be stored; first: {first}"
        return error

    def recheck_due(self, summary: RunSummary | None = None) -> RunSummary:
        """Re-fetch every stored page whose age-based re-check is due."""
        summary = summary or RunSummary(started_at=self.clock().isoformat())
        with self._lock:
            sources = {s.id: s for s in self.store.sources()}
            claimed: list[int] = []
            try:  # in batches claimed from the store, so that workers share them
                while not self.stop.is_set():
                    now = self.clock()
                    batch = self.store.claim_documents(self.store.worker, now, now + LEASE,
                                                       limit=RECHECK_BATCH)
                    if not batch:
                        break
                    claimed += [doc.id for doc in batch]
                    self._run_jobs([self._recheck_job(doc, sources) for doc in batch], summary)
            finally:
                self.store.release(self.store.worker, documents=claimed)
        return summary

    def _recheck_job(self, doc: DocumentRecord, sources: dict[int, SourceRecord]) -> _Job:
        source = sources.get(doc.source_id) if doc.source_id else None
        host = urlsplit(source.url).netloc if source else urlsplit(doc.fetch_url).netloc
        return _Job(doc.fetch_url, host, source, doc, False)

    # -- steps ----------------------------------------------------------------------------------
    def _jobs(self, config: SourceConfig, record: SourceRecord, links: list[Link],
              baseline: bool) -> tuple[list[_Job], int]:
        """A job per link not stored yet, and per link the source checks every time; and
        how many of the links are stored already. A link the baseline found is stored
        as baseline whenever it is first stored."""
        host = urlsplit(config.url).netloc
        remembered = frozenset() if baseline else self.store.baseline_links(record.id)
        jobs, stored = [], 0
        for link in links:
            doc = self.store.document_for(link.url)
            stored += doc is not None
            if doc is None or link.recheck:
                # The configured URL may be anywhere; links found in it follow the guard.
                trusted = None if link.url == config.url else host
                quiet = baseline or link.url in remembered
                jobs.append(_Job(link.url, trusted, record, doc, quiet and doc is None, link))
        return jobs, stored

    def _discover(self, config: SourceConfig, record: SourceRecord) -> Discovered:
        """Links of a source (following sitemap indexes); a 304 on the source means none."""
        known = record.baseline_at is not None  # validators only once there is a baseline
        return discover(
            self.fetcher, config, etag=record.etag if known else None,
            last_modified=record.last_modified if known else None,
            on_fetch=lambda page: self._log_fetch(page, "source", record.id, None),
            on_error=lambda url, exc: self._log_fetch_error(url, exc, record.id, None))

    def _run_jobs(self, jobs: list[_Job], summary: RunSummary) -> list[str | None]:
        """Fetch concurrently, store one page at a time; the error (or None) of each job.
        Fetches run at most AHEAD pages a thread ahead of the store step: when storing lags
        (the store step's lock is busy), a killed worker loses few fetched pages."""
        outcomes: list[str | None] = []
        if not jobs:
            return outcomes
        workers = min(self.config.fetch.workers, len(jobs))
        waiting = iter(jobs)
        with ThreadPoolExecutor(workers, thread_name_prefix="fetch") as pool:
            futures = [(job, pool.submit(self._fetch, job))
                       for job in itertools.islice(waiting, AHEAD * workers)]
            try:
                for done in range(len(jobs)):
                    if self.stop.is_set():
                        break
                    job, future = futures[done]
                    outcomes.append(self._handle(job, future, summary))
                    futures += [(job, pool.submit(self._fetch, job))
                                for job in itertools.islice(waiting, 1)]
                    if self.progress:
                        self.progress(done + 1, len(jobs))
            finally:
                for _, future in futures:
                    future.cancel()
        return outcomes

    def _fetch(self, job: _Job) -> Fetched:
        if self.stop.is_set():
            raise _Stopped()
        doc = job.document
        return self.fetcher.fetch(job.url, trusted_host=job.trusted_host,
                                  etag=doc.etag if doc else None,
                                  last_modified=doc.last_modified if doc else None)

    def _handle(self, job: _Job, future: Future[Fetched], summary: RunSummary) -> str | None:
        """Track one fetched page; any failure is recorded against the page, never raised."""
        try:
            page = future.result()
        except _Stopped:
            return None
        except FetchError as exc:
            return self._page_failed(job, exc, summary)
        summary.fetched += 1
        try:
            return self._track(job, page, summary)
        except Exception as exc:  # one page's failure must not end the check of the others
            if isinstance(exc, StoreError):  # the database's complaint: one line says it all
                log.warning("%s: %s", page.url, exc)
            else:  # a bug: its traceback goes to the log
                log.exception("%s: failed while cleaning, judging or storing", page.url)
            error = (f"{page.url}: {type(exc).__name__}: {exc} (while cleaning or storing the "
                     "page); it will be tried again, see `policywatch history --fetches`")
            return self._page_failed(job, None, summary, error=error, page=page)

    def _track(self, job: _Job, page: Fetched, summary: RunSummary) -> str | None:
        source_id = job.source.id if job.source else None
        doc = job.document
        now = self.clock()
        if page.not_modified and doc is not None:
            self.store.not_modified(doc.id, now)
            self.store.schedule_document(doc.id, next_document_check(now, doc.first_seen_at,
                                                                     doc.published))
            self._log_fetch(page, "not_modified", source_id, doc.id)
            summary.not_modified += 1
            return None
        cleaned, template = clean_for_host(self.store, page.text, page.url, page.content_type)
        # Redirected to its source's own page: a statement taken down (not for a page that
        # is itself the source).
        listing = job.source.url if job.source and job.source.url != job.url else None
        verdict = judge(page, cleaned, listing_url=listing)
        if verdict.kind != "ok":  # a block page, a soft 404: never a revision of the statement
            gone = verdict.kind == "gone" and doc is not None
            tail = "recorded as removed" if gone else "not stored, checked again later"
            if verdict.kind == "gone" and doc is None:
                tail = "not stored"
            return self._page_failed(job, None, summary, error=f"{verdict.reason}; {tail}",
                                     page=page, gone=gone)
        if not cleaned.paragraphs:
            error = f"{page.url}: no main text found in the page; it was not stored"
            return self._page_failed(job, None, summary, error=error, page=page)
        raw = RawPage(page.url, page.content_type, page.body, page.encoding)
        published = cleaned.published or (job.link.published if job.link else None)
        with self.store.transaction():  # the store step's lock is held until it commits
            result = track_page(
                self.store, cleaned, url=cleaned.url if doc is None else doc.url,
                fetch_url=job.url, at=now, template=template, learn_from=page.url, raw=raw,
                source_id=source_id, baseline=job.baseline, published=published,
                title=cleaned.title or (job.link.title if job.link else ""),
                etag=page.etag, last_modified=page.last_modified)
            if result.status in ("new", "duplicate"):  # a document made now
                born, day = now, published
            elif doc is not None and doc.id == result.document_id:
                born, day = doc.first_seen_at, published or doc.published
            else:  # a document another worker made meanwhile
                stored = self.store.document(result.document_id)
                born, day = stored.first_seen_at, stored.published
            self.store.schedule_document(result.document_id,
                                         next_document_check(now, born, day))
        self._log_fetch(page, result.status, source_id, result.document_id)  # after: no lock
        summary.count(result)
        log.info("%s %s%s", result.status, page.url,
                 f" (duplicate of {result.duplicate_of})" if result.duplicate_of else "")
        return None

    def _page_failed(self, job: _Job, exc: FetchError | None, summary: RunSummary, *,
                     error: str | None = None, page: Fetched | None = None,
                     gone: bool = False) -> str:
        now, doc = self.clock(), job.document
        source_id = job.source.id if job.source else None
        message = error or str(exc)
        if isinstance(exc, RobotsDisallowed):
            summary.skipped += 1
        elif doc is not None and gone:
            self.store.document_removed(doc.id, now, source_id)
            summary.removed += 1
        elif doc is not None and isinstance(exc, HTTPStatus) and exc.status in (404, 410):
            self.store.document_removed(doc.id, now, source_id)
            summary.removed += 1
            message = f"{job.url}: gone (HTTP {exc.status}); recorded as removed"
        else:
            summary.failed += 1
            summary.errors.append(message)
            if doc is not None:
                delay = retry_delay(doc.failures + 1)
                self.store.document_failed(doc.id, now, message, now + delay)
        if exc is not None:
            self._log_fetch_error(job.url, exc, source_id, doc.id if doc else None)
        elif page is not None:
            self._log_fetch(page, "error", source_id, doc.id if doc else None, error=message)
        log.info("%s", message)  # the run's summary (or the daemon's check line) shows it
        return message

    def _log_fetch(self, page: Fetched, outcome: str, source_id: int | None,
                   document_id: int | None, error: str | None = None) -> None:
        self.store.record_fetch(at=self.clock(), url=page.requested_url, final_url=page.url,
                                outcome=outcome, source_id=source_id, document_id=document_id,
                                status=page.status, size=len(page.body), elapsed=page.elapsed,
                                error=error)

    def _log_fetch_error(self, url: str, exc: FetchError, source_id: int | None,
                         document_id: int | None) -> None:
        outcome = "skipped" if isinstance(exc, RobotsDisallowed) else "error"
        self.store.record_fetch(at=self.clock(), url=url, outcome=outcome, source_id=source_id,
                                document_id=document_id, status=exc.status,
                                size=exc.bytes_read, elapsed=exc.elapsed, error=str(exc))


class _Stopped(Exception):
    """A queued fetch skipped because the run is stopping."""


