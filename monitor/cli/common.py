"""What every command shares: the common options, loading the config, the clock, and the
one place where exceptions become messages and exit codes."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar

import click

from store import StoreError

from ..clock import make_clock
from ..config import Config, load_config
from ..errors import MonitorError

__all__ = ["config_option", "echo_json", "failures", "json_option", "load", "now_option",
           "parse_clock"]

F = TypeVar("F", bound=Callable[..., Any])


def config_option(func: F) -> F:
    """--config FILE."""
    return click.option(
        "--config", "config_path", metavar="FILE",
        help="Config file (default ./policywatch.toml, else $POLICYWATCH_CONFIG).")(func)


def json_option(func: F) -> F:
    """--json."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")(func)


def now_option(func: F) -> F:
    """--now ISO-8601 (or $POLICYWATCH_NOW)."""
    return click.option("--now", metavar="ISO-8601", envvar="POLICYWATCH_NOW",
                        help="Run as if the clock started at this time (replays, tests).")(func)


@contextmanager
def failures() -> Iterator[None]:
    """Turn our typed errors into a message on stderr and exit status 1."""
    try:
        yield
    except (MonitorError, StoreError) as exc:
        click.echo(f"policywatch: {exc}", err=True)
        sys.exit(1)


def load(config_path: str | None) -> Config:
    """The validated config, or a message and exit status 1."""
    with failures():
        return load_config(config_path)


def echo_json(value: Any) -> None:
    """Print one JSON value."""
    click.echo(json.dumps(value, ensure_ascii=False, default=str))


def parse_clock(now: str | None) -> Callable[[], datetime]:
    """The run's clock from --now, or a usage error naming the option."""
    try:
        return make_clock(now)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--now") from exc
