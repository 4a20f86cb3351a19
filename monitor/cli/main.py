"""The `policywatch` group: global options, logging, and the commands of each family."""

from __future__ import annotations

import logging
import sys

import click

from . import files, history, maintain, outbox, watch

__all__ = ["cli", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
@click.version_option(package_name="policywatch")
def cli(verbose: int) -> None:
    """Watch government sites for new and changed policy statements."""
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)


for _command in (watch.run, watch.daemon, watch.sources, watch.demo,
                 files.extract, files.actions, files.ingest,
                 history.history, history.show, history.diff, history.search,
                 outbox.digest, outbox.deliveries, maintain.reclean):
    cli.add_command(_command)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="policywatch")
