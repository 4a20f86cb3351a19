"""The commands that watch: run, daemon, sources, and the offline demo."""

from __future__ import annotations

import logging
import sys
from dataclasses import asdict
from pathlib import Path

import click

from . import render
from .common import config_option, echo_json, failures, json_option, load, now_option, parse_clock

__all__ = ["daemon", "demo", "run", "sources"]


@click.command()
@config_option
@json_option
@now_option
@click.option("--once", is_flag=True, required=True, help="Run one cycle and exit.")
def run(config_path: str | None, as_json: bool, now: str | None, once: bool) -> None:
    """One monitoring cycle over every enabled source."""
    from ..notify import Notifier
    from ..pipeline import Monitor
    from ..runtime import running

    config = load(config_path)
    clock = parse_clock(now)
    with (failures(), running(config) as (store, fetcher),
          render.progress_bar(enabled=not as_json) as progress):
        summary = Monitor(config, store, fetcher, clock, progress=progress).run_once()
        with Notifier(config, store, clock) as notifier:
            report = notifier.run()
        summary.digests, summary.delivered = report.digests, report.sent
        summary.delivery_failures = report.failed
        summary.errors.extend(report.errors)
    if as_json:
        echo_json(asdict(summary))
    else:
        click.echo(render.summary_text(summary))
    if summary.sources and summary.sources_failed == summary.sources:
        sys.exit(1)


@click.command()
@config_option
@now_option
def daemon(config_path: str | None, now: str | None) -> None:
    """Run every source on its schedule until SIGTERM or SIGINT."""
    from ..daemon import run_daemon

    config = load(config_path)
    clock = parse_clock(now)
    if not logging.getLogger().isEnabledFor(logging.INFO):
        logging.getLogger().setLevel(logging.INFO)
    with failures():
        run_daemon(config, clock)


@click.command()
@config_option
@json_option
def sources(config_path: str | None, as_json: bool) -> None:
    """List the configured sources and their state."""
    from ..runtime import open_store

    config = load(config_path)
    with failures():
        store = open_store(config)
        state = {s.name: s for s in store.sources()}
    rows = [render.source_row(s, state.get(s.name)) for s in config.sources]
    if as_json:
        echo_json(rows)
    else:
        click.echo(render.sources_text(rows, config.path))


@click.command()
@click.option("--dir", "workdir", type=click.Path(file_okay=False, path_type=Path),
              help="Where to keep the demo database (default: a new temporary folder).")
def demo(workdir: Path | None) -> None:
    """Offline demo: the fixture site on loopback, two epochs, what was found."""
    from ..demo import run_demo

    with failures():
        run_demo(workdir, echo=click.echo)
