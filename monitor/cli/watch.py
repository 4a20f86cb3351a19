"""The commands that watch: run, daemon, and the offline demo."""

from __future__ import annotations

import logging
import sys
from dataclasses import asdict
from pathlib import Path

import click

from . import render
from .common import (
    EXIT_FAILED,
    EXIT_PARTIAL,
    apply_verbosity,
    config_option,
    echo_json,
    failures,
    is_quiet,
    json_option,
    load,
    now_option,
    parse_clock,
)

__all__ = ["daemon", "demo", "run"]


@click.command()
@config_option
@json_option
@now_option
@click.option("--once", is_flag=True, required=True, help="Run one cycle and exit.")
def run(config_path: str | None, as_json: bool, now: str | None, once: bool) -> None:
    """One monitoring cycle over every enabled source, then every digest that is due.

    Exit status: 0 when everything worked; 3 when the cycle ran but a source failed or a
    delivery was parked as dead (the summary names them); 1 when every source failed or
    nothing could run (the message says why).
    """
    from ..config import check_ready
    from ..notify import Notifier
    from ..pipeline import Monitor
    from ..runtime import running
    from ..workers import Heartbeat

    config = load(config_path)
    clock = parse_clock(now)
    with failures():
        check_ready(config)
    with (failures(), running(config) as (store, fetcher), Heartbeat(store, "run", clock),
          render.progress_bar(enabled=not as_json and not is_quiet()) as progress):
        summary = Monitor(config, store, fetcher, clock, progress=progress).run_once()
        with Notifier(config, store, clock) as notifier:
            report = notifier.run()
        summary.digests, summary.delivered = report.digests, report.sent
        summary.delivery_failures, summary.dead = report.failed, report.dead
        summary.errors.extend(report.errors)
    code = 0
    if summary.sources and summary.sources_failed == summary.sources:
        code = EXIT_FAILED
    elif summary.sources_failed or summary.dead:
        code = EXIT_PARTIAL
    if as_json:
        echo_json({**asdict(summary), "exit": code})
    elif code or not is_quiet():
        click.echo(render.summary_text(summary))
    sys.exit(code)


@click.command()
@config_option
@now_option
def daemon(config_path: str | None, now: str | None) -> None:
    """Run every source on its schedule until SIGTERM or SIGINT (one log line per check)."""
    from ..config import check_ready
    from ..daemon import run_daemon

    config = load(config_path)
    clock = parse_clock(now)
    with failures():
        check_ready(config)
    if not is_quiet():  # one line per check, whatever the rest logs
        logging.getLogger("monitor.daemon").setLevel(logging.INFO)
        apply_verbosity(floor=logging.INFO)
    with failures():
        run_daemon(config, clock)


@click.command()
@click.option("--dir", "workdir", type=click.Path(file_okay=False, path_type=Path),
              help="Where to keep the demo's database and config (default: a new temporary "
                   "folder).")
def demo(workdir: Path | None) -> None:
    """Offline demo: the fixture site on loopback, two epochs, what was found."""
    from ..demo import run_demo

    with failures():
        run_demo(workdir, echo=click.echo, command=render.invocation())
