"""What every command shares: the common options, loading the config and opening the store,
the clock, JSON output, and the one place where exceptions become messages and exit codes.

Output rule (the README's "Output"): with --json a command prints one JSON document on
stdout (an object, or an array for a listing; `extract`, `actions` and `ingest` print one
object per input, one per line); an error under --json is one JSON object on stderr,
`{"error": ..., "exit": N}`; times are ISO-8601 with a `T` and an offset.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

if TYPE_CHECKING:
    from store import Store

    from ..config import Config

__all__ = ["EXIT_FAILED", "EXIT_PARTIAL", "apply_verbosity", "config_option", "echo_json",
           "fail", "failures", "is_json", "is_quiet", "json_option", "load", "note",
           "now_option", "open_existing", "open_writable", "parse_clock", "to_json",
           "verbosity", "verbosity_options"]

F = TypeVar("F", bound=Callable[..., Any])
EXIT_FAILED = 1  # a failure the message explains
EXIT_PARTIAL = 3  # the cycle ran, but a source failed or a delivery was parked as dead
_JSON, _LEVEL = "policywatch.json", "policywatch.verbosity"


def _root() -> click.Context | None:
    ctx = click.get_current_context(silent=True)
    return ctx.find_root() if ctx is not None else None


def is_json() -> bool:
    """True when the command line asked for --json."""
    root = _root()
    return bool(root and root.meta.get(_JSON))


def verbosity() -> int:
    """-q: -1, nothing: 0, -v: 1, -vv: 2 (summed wherever they stand on the line)."""
    root = _root()
    return int(root.meta.get(_LEVEL, 0)) if root else 0


def is_quiet() -> bool:
    """True under -q: only errors and the output asked for."""
    return verbosity() < 0


_HANDLER: list[Any] = []


def _handler() -> Any:
    """The CLI's one log handler on the root logger: lines to whatever sys.stderr is when
    they are written (so they follow click's test runner too). Made on first use, since
    logging is not imported at start."""
    import logging

    if not _HANDLER:
        class Stderr(logging.StreamHandler):  # type: ignore[type-arg]
            @property
            def stream(self) -> Any:
                return sys.stderr

            @stream.setter
            def stream(self, _value: Any) -> None:
                pass

        handler = Stderr()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        _HANDLER.append(handler)
    root = logging.getLogger()
    if _HANDLER[0] not in root.handlers:
        root.addHandler(_HANDLER[0])
    return _HANDLER[0]


def apply_verbosity(floor: int | None = None) -> None:
    """Set the log levels for the current verbosity: warnings and errors by default, -v
    info, -vv debug (APScheduler's job chatter too), -q errors only. `floor`: the least
    level the handler lets through (the daemon's one line per check is info)."""
    import logging  # here, not at start: `--version` stays fast

    verbose = verbosity()
    level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(
        max(-1, min(verbose, 2)), logging.DEBUG)
    logging.getLogger().setLevel(level)
    _handler().setLevel(level if floor is None else min(level, floor))
    logging.getLogger("apscheduler").setLevel(logging.DEBUG if verbose >= 2 else logging.WARNING)


def _count(delta: int) -> Callable[[click.Context, click.Parameter, Any], None]:
    def callback(ctx: click.Context, _param: click.Parameter, value: Any) -> None:
        if not value:
            return
        root = ctx.find_root()
        root.meta[_LEVEL] = root.meta.get(_LEVEL, 0) + delta * int(value)
        apply_verbosity()
    return callback


def verbosity_options() -> list[click.Option]:
    """-v/--verbose and -q/--quiet, accepted by the group and by every command."""
    return [
        click.Option(["-v", "--verbose"], count=True, expose_value=False, is_eager=True,
                     callback=_count(1), help="More log output (-v info, -vv debug)."),
        click.Option(["-q", "--quiet"], is_flag=True, expose_value=False, is_eager=True,
                     callback=_count(-1), help="Only errors and the output asked for."),
    ]


def config_option(func: F) -> F:
    """--config FILE."""
    return click.option(
        "--config", "config_path", metavar="FILE",
        help="Config file (else $POLICYWATCH_CONFIG, ./policywatch.toml, then the user "
             "config folder).")(func)


def _json_flag(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    if value:
        ctx.find_root().meta[_JSON] = True
    return value


def json_option(func: F) -> F:
    """--json."""
    return click.option("--json", "as_json", is_flag=True, is_eager=True,
                        callback=_json_flag, help="Print JSON for scripts.")(func)


def now_option(func: F) -> F:
    """--now ISO-8601 (or $POLICYWATCH_NOW)."""
    return click.option("--now", metavar="ISO-8601", envvar="POLICYWATCH_NOW",
                        help="Run as if the clock started at this time (replays, tests).")(func)


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    """Print one error (as JSON on stderr under --json) and exit with `code`."""
    if is_json():
        import json

        click.echo(json.dumps({"error": message, "exit": code}, ensure_ascii=False), err=True)
    else:
        for line in message.splitlines():
            click.echo(f"policywatch: {line}", err=True)
    sys.exit(code)


@contextmanager
def failures() -> Iterator[None]:
    """Turn our typed errors into a message on stderr and exit status 1."""
    from store import StoreError

    from ..errors import MonitorError

    try:
        yield
    except (MonitorError, StoreError) as exc:
        fail(str(exc))


def note(message: str) -> None:
    """A remark for people on stderr (not under -q, not mixed into JSON on stdout)."""
    if not is_quiet():
        click.echo(message, err=True)


def load(config_path: str | None) -> Config:
    """The validated config, or a message and exit status 1; -v says which and where."""
    import logging

    from ..config import load_config

    with failures():
        config = load_config(config_path)
    log = logging.getLogger(__name__)
    log.info("config: %s (%s)", config.path or "none, built-in sources", config.origin)
    log.info("database: %s", config.storage.database)
    return config


def open_existing(config: Config, *, write: bool = False) -> Store:
    """The configured database, opened read-only unless `write`; a message naming where it
    was looked for (and exit status 1) when there is none: a command that only reads (or
    only changes what is stored) never creates one."""
    from store import DatabaseMissing, StoreError

    from ..runtime import open_store

    try:
        store = open_store(config, read_only=True)
        if write:
            store.close()
            store = open_store(config)
        return store
    except DatabaseMissing as exc:
        where = (f"the database of {config.path}" if config.path
                 else "the default database: there is no config file")
        fail(f"no database at {exc.path} ({where}), so nothing is stored there yet. "
             "`policywatch run --once` or `policywatch ingest` creates it; or name the "
             "config you meant with --config.")
    except StoreError as exc:
        fail(str(exc))


def open_writable(config: Config) -> Store:
    """The configured database, created and migrated as needed."""
    from ..runtime import open_store

    with failures():
        return open_store(config)


def to_json(value: Any) -> Any:
    """JSON-ready data: times as ISO-8601 with `T` and an offset, tuples as lists."""
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_json(v) for v in value]
    return value


def echo_json(value: Any) -> None:
    """Print one JSON document on one line."""
    import json

    click.echo(json.dumps(to_json(value), ensure_ascii=False))


def parse_clock(now: str | None) -> Callable[[], datetime]:
    """The run's clock from --now, or a usage error naming the option."""
    from ..clock import make_clock

    try:
        return make_clock(now)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--now") from exc
