"""Commands that maintain the store: reclean."""

from __future__ import annotations

from dataclasses import asdict

import click

from .common import (
    config_option,
    echo_json,
    failures,
    json_option,
    load,
    open_existing,
    parse_clock,
)

__all__ = ["reclean"]


@click.command()
@config_option
@json_option
def reclean(config_path: str | None, as_json: bool) -> None:
    """Re-run the current cleaner over the stored raw pages; revise only changed texts."""
    from ..reclean import reclean_store

    config = load(config_path)
    store = open_existing(config, write=True)  # there is nothing to re-clean without one
    with failures():
        summary = reclean_store(store, parse_clock(None))
    if as_json:
        echo_json(asdict(summary))
    else:
        click.echo(f"{summary.documents} documents re-cleaned: {summary.revised} revised, "
                   f"{summary.unchanged} unchanged, {summary.empty} without main text now; "
                   f"{summary.learned} pages newly learned into their host's template")
