"""`policywatch demo`: the whole pipeline, offline, over two epochs of the fixture site."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from store import Store

from .config import Config, FetchSettings, SourceConfig, StorageSettings
from .errors import MonitorError
from .fetch import Fetcher, make_client
from .fixture_server import FIXTURE_SITE, FixtureServer
from .pipeline import Monitor, RunSummary
from .runtime import fetch_policy

__all__ = ["DEMO_START", "run_demo"]

DEMO_START = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)


def demo_config(base: str, database: str) -> Config:
    """Sources of every kind on the fixture site."""
    return Config(
        storage=StorageSettings(database=database),
        fetch=FetchSettings(delay=0.0, workers=4),
        sources=(
            SourceConfig(name="Briefing room feed", url=f"{base}/feed.xml", kind="feed",
                         every="15m"),
            SourceConfig(name="Press releases (Atom)", url=f"{base}/atom.xml", kind="feed",
                         every="15m"),
            SourceConfig(name="Briefing room listing", url=f"{base}/briefings/",
                         kind="listing", every="1h", include=(r"/briefings/[^/]+/$",)),
            SourceConfig(name="Sitemap", url=f"{base}/sitemap.xml", kind="sitemap",
                         every="1d"),
        ),
    )


def _run(config: Config, store: Store, clock: Callable[[], datetime]) -> RunSummary:
    policy = fetch_policy(config.fetch)
    with make_client(policy) as client:
        return Monitor(config, store, Fetcher(client, policy), clock).run_once()


def run_demo(workdir: Path | None = None, echo: Callable[[str], None] = print) -> Path:
    """Run the demo; returns the path of the demo database."""
    if not (FIXTURE_SITE / "epoch1").is_dir():
        raise MonitorError(
            f"the demo needs the fixture site at {FIXTURE_SITE}; run it from a source "
            "checkout installed with `pip install -e .`")
    workdir = workdir or Path(tempfile.mkdtemp(prefix="policywatch-demo-"))
    workdir.mkdir(parents=True, exist_ok=True)
    db_path = workdir / "demo.db"
    db_path.unlink(missing_ok=True)
    store = Store(f"sqlite:///{db_path}")
    with FixtureServer(FIXTURE_SITE, "epoch1") as site:
        config = demo_config(site.base, f"sqlite:///{db_path}")
        echo(f"Fixture site serving on {site.base} (offline, loopback only).")
        echo(f"\n== Epoch 1 at {DEMO_START:%Y-%m-%d %H:%M} UTC: the first check is the baseline")
        first = _run(config, store, lambda: DEMO_START)
        echo(f"   {first.new} statements stored, {first.duplicates} duplicate(s); "
             "announced to no one (adding a source never floods a digest).")
        later = DEMO_START + timedelta(hours=2)
        site.epoch = "epoch2"
        echo(f"\n== Epoch 2 at {later:%Y-%m-%d %H:%M} UTC: new statements, an edit, a re-post")
        second = _run(config, store, lambda: later)
        echo(f"   {second.new} new, {second.revisions} revised, {second.unchanged} unchanged, "
             f"{second.duplicates} duplicate(s), {second.removed} removed, "
             f"{second.failed} failed.")
        _print_events(store, echo)
    store.close()
    config_path = workdir / "demo.toml"
    config_path.write_text(f'[storage]\ndatabase = "sqlite:///{db_path}"\n', encoding="utf-8")
    echo(f"\nThe demo database is {db_path}. Explore it with:\n"
         f"   policywatch history --config {config_path}\n"
         f"   policywatch search --config {config_path} sanctions\n"
         f"   sqlite3 {db_path} 'SELECT kind, document_id FROM events'")
    return db_path


def _print_events(store: Store, echo: Callable[[str], None]) -> None:
    for event in store.events():
        if event.baseline:
            continue
        doc = store.document(event.document_id)
        if event.kind == "new":
            echo(f"   NEW      {doc.title}\n            {doc.url}")
        elif event.kind == "changed":
            rev = next(r for r in store.revisions(doc.id) if r.id == event.revision_id)
            echo(f"   CHANGED  {doc.title} ({rev.change})\n            {doc.url}")
            for sentence in rev.added:
                echo(f"            + {sentence}")
            for sentence in rev.removed:
                echo(f"            - {sentence}")
        elif event.kind == "duplicate" and doc.duplicate_of:
            original = store.document(doc.duplicate_of)
            echo(f"   ALSO AT  {doc.url}\n            (re-post of {original.url}, "
                 f"similarity {doc.similarity:.0f}%; not announced separately)")
        elif event.kind == "removed":
            echo(f"   REMOVED  {doc.title}\n            {doc.url}")
