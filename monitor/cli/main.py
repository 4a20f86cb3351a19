"""The `policywatch` command line. The only place that turns exceptions into text and exit codes."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from typing import Any, TypeVar

import click

from store import StoreError

from . import render
from .clock import make_clock
from .config import Config, load_config
from .errors import MonitorError

__all__ = ["cli", "load_commands", "main"]

F = TypeVar("F", bound=Callable[..., Any])


def _config_option(func: F) -> F:
    return click.option(
        "--config", "config_path", metavar="FILE",
        help="Config file (default ./policywatch.toml, else $POLICYWATCH_CONFIG).")(func)


def _json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")(func)


def _now_option(func: F) -> F:
    return click.option("--now", metavar="ISO-8601", envvar="POLICYWATCH_NOW",
                        help="Run as if the clock started at this time (replays, tests).")(func)


@contextmanager
def _failures() -> Iterator[None]:
    """Turn our typed errors into a message on stderr and exit status 1."""
    try:
        yield
    except (MonitorError, StoreError) as exc:
        click.echo(f"policywatch: {exc}", err=True)
        sys.exit(1)


def _load(config_path: str | None) -> Config:
    with _failures():
        return load_config(config_path)


def _echo_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, default=str))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
@click.version_option(package_name="policywatch")
def cli(verbose: int) -> None:
    """Watch government sites for new and changed policy statements."""
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)


@cli.command()
@_config_option
@_json_option
@_now_option
@click.option("--once", is_flag=True, required=True, help="Run one cycle and exit.")
def run(config_path: str | None, as_json: bool, now: str | None, once: bool) -> None:
    """One monitoring cycle over every enabled source."""
    from .notify import Notifier
    from .pipeline import Monitor
    from .runtime import running

    config = _load(config_path)
    clock = _clock(now)
    with (_failures(), running(config) as (store, fetcher),
          render.progress_bar(enabled=not as_json) as progress):
        summary = Monitor(config, store, fetcher, clock, progress=progress).run_once()
        with Notifier(config, store, clock) as notifier:
            report = notifier.run()
        summary.digests, summary.delivered = report.digests, report.sent
        summary.delivery_failures = report.failed
        summary.errors.extend(report.errors)
    if as_json:
        _echo_json(asdict(summary))
    else:
        click.echo(render.summary_text(summary))
    if summary.sources and summary.sources_failed == summary.sources:
        sys.exit(1)


@cli.command()
@_config_option
@_now_option
def daemon(config_path: str | None, now: str | None) -> None:
    """Run every source on its schedule until SIGTERM or SIGINT."""
    from .daemon import run_daemon

    config = _load(config_path)
    clock = _clock(now)
    if not logging.getLogger().isEnabledFor(logging.INFO):
        logging.getLogger().setLevel(logging.INFO)
    with _failures():
        run_daemon(config, clock)


@cli.command()
@_config_option
@_json_option
def sources(config_path: str | None, as_json: bool) -> None:
    """List the configured sources and their state."""
    from .runtime import open_store

    config = _load(config_path)
    with _failures():
        store = open_store(config)
        state = {s.name: s for s in store.sources()}
    rows = [render.source_row(s, state.get(s.name)) for s in config.sources]
    if as_json:
        _echo_json(rows)
    else:
        click.echo(render.sources_text(rows, config.path))


def _clock(now: str | None) -> Callable[..., Any]:
    try:
        return make_clock(now)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--now") from exc


def load_commands() -> click.Group:
    """The full command group (the other modules register their commands on import)."""
    from . import actions_command, commands, outbox_commands, reclean  # noqa: F401

    return cli


def main() -> None:
    """Console-script entry point."""
    load_commands()(prog_name="policywatch")
