"""`policywatch sources`: the configured sources and their state; `sources test` tries a
source (by name, or any URL) without storing anything."""

from __future__ import annotations

import sys
from typing import Any

import click

from . import render
from .common import (
    config_option,
    echo_json,
    fail,
    failures,
    json_option,
    load,
    note,
)

__all__ = ["sources"]

_KINDS = ("feed", "sitemap", "listing", "page")


@click.group(invoke_without_command=True)
@config_option
@json_option
@click.pass_context
def sources(ctx: click.Context, config_path: str | None, as_json: bool) -> None:
    """The configured sources and their state (`sources test` tries one)."""
    ctx.ensure_object(dict)
    ctx.obj.update(config_path=config_path, as_json=as_json)
    if ctx.invoked_subcommand is not None:
        return
    from store import DatabaseMissing, StoreError

    from ..runtime import open_store

    config = load(config_path)
    if not config.sources:
        fail(f"{config.path}: no [[sources]]: nothing is watched. Add a [[sources]] table with "
             "name and url (see the README).")
    state: dict[str, Any] = {}
    try:
        store = open_store(config, read_only=True)
        state = {s.name: s for s in store.sources()}
        store.close()
    except DatabaseMissing as exc:
        note(f"No database yet at {exc.path}: no source has been checked.")
    except StoreError as exc:
        fail(str(exc))
    rows = [render.source_row(s, state.get(s.name)) for s in config.sources]
    if as_json:
        echo_json(rows)
    else:
        click.echo(render.sources_text(rows, config.path))


@sources.command("test")
@config_option
@json_option
@click.option("--kind", type=click.Choice(_KINDS), help="Read the source as this kind.")
@click.option("--samples", default=3, show_default=True, type=click.IntRange(0, 20),
              help="How many of the links found to fetch and clean.")
@click.argument("target", metavar="NAME|URL")
@click.pass_context
def test(ctx: click.Context, config_path: str | None, as_json: bool, kind: str | None,
         samples: int, target: str) -> None:
    """Fetch and discover a source without storing anything: the links found, then the
    first few cleaned (title, date, text, actions)."""
    from ..config import SourceConfig
    from ..probe import probe_source

    config = load(config_path or ctx.obj.get("config_path"))
    as_json = as_json or bool(ctx.obj.get("as_json"))
    source = next((s for s in config.sources if s.name == target), None)
    if source is None and "://" not in target:
        names = ", ".join(f'"{s.name}"' for s in config.sources) or "none configured"
        raise click.BadParameter(f"no source named {target!r} ({names}); give one of those "
                                 "names or a URL", param_hint="NAME|URL")
    with failures():
        if source is None:
            try:
                source = SourceConfig.model_validate(
                    {"name": target, "url": target, "kind": kind or "feed"})
            except ValueError as exc:
                raise click.BadParameter(str(exc), param_hint="NAME|URL") from exc
        elif kind is not None:
            source = source.model_copy(update={"kind": kind})
        result = probe_source(source, config.fetch, samples)
    if as_json:
        echo_json(render.probe_json(result))
    else:
        click.echo(render.probe_text(result))
    if result.found.error is not None or not result.found.links:
        sys.exit(1)  # nothing found: the verdict above says why
