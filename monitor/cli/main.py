"""The `policywatch` group: global options, logging, and the commands of each family.

Commands are imported when they are run (or listed by --help), never at start: `--version`
and `--help` answer without loading the pipeline, the store or the HTTP client.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from .. import __version__
from .common import apply_verbosity, verbosity_options

__all__ = ["cli", "main"]

_COMMANDS = {
    "run": "watch:run", "daemon": "watch:daemon", "sources": "sources:sources",
    "demo": "watch:demo", "extract": "files:extract", "actions": "files:actions",
    "ingest": "files:ingest", "history": "history:history", "show": "history:show",
    "diff": "diff:diff", "search": "history:search", "digest": "outbox:digest",
    "deliveries": "outbox:deliveries", "reclean": "maintain:reclean",
    "serve": "serve:serve",
    "workers": "workers:workers",
}


def _with_verbosity(command: click.Command) -> click.Command:
    """-v and -q accepted after the command's name too (and on its subcommands)."""
    names = {o for p in command.params for o in getattr(p, "opts", [])}
    if "--verbose" not in names:
        command.params.extend(verbosity_options())
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            _with_verbosity(sub)
    return command


class PolicywatchGroup(click.Group):
    """Loads each command's module on demand; errors under --json are JSON on stderr."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = _COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        module = importlib.import_module(f"{__package__}.{module_name}")
        return _with_verbosity(getattr(module, attr))

    def main(self, args: Any = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        argv = list(args) if args is not None else sys.argv[1:]
        if not standalone_mode:
            return super().main(argv, prog_name, complete_var, False, **extra)
        try:
            code = super().main(argv, prog_name, complete_var, False, **extra)
        except click.ClickException as exc:
            if "--json" in argv:
                import json

                click.echo(json.dumps({"error": exc.format_message(), "exit": exc.exit_code},
                                      ensure_ascii=False), err=True)
            else:
                exc.show()
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=PolicywatchGroup, context_settings={"help_option_names": ["-h", "--help"]},
             params=verbosity_options())
@click.version_option(__version__, prog_name="policywatch")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Watch government sites for new and changed policy statements."""
    if os.environ.get("NO_COLOR"):  # https://no-color.org: no colour, even on a terminal
        ctx.color = False
    apply_verbosity()


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="policywatch")
