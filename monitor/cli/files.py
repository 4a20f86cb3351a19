"""The commands over local files: extract (clean), actions (clean, then find; with no file,
the actions stored), ingest (store)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click

from ..actions import Action, Rejected, explain
from ..inputs import clean_input, read_input
from . import render
from .common import (
    config_option,
    echo_json,
    failures,
    json_option,
    load,
    now_option,
    open_existing,
    parse_clock,
)
from .history import since_option

__all__ = ["actions", "extract", "ingest"]


@click.command()
@click.option("--url", help="The URL the file was fetched from (resolves links, canonical).")
@json_option
@click.argument("paths", nargs=-1, required=True)
def extract(url: str | None, as_json: bool, paths: tuple[str, ...]) -> None:
    """Clean local files (HTML or plain text; - reads stdin) and print the main text."""
    for path in paths:
        with failures():
            cleaned = clean_input(read_input(path), url)
        published = cleaned.published.isoformat() if cleaned.published else None
        if as_json:
            echo_json({"path": path, "url": cleaned.url, "title": cleaned.title,
                       "published": published, "text": cleaned.text})
        else:
            click.echo(f"== {path}\nTitle: {cleaned.title}\nPublished: {published or '-'}\n"
                       f"URL: {cleaned.url}\n\n{cleaned.text}\n")


@click.command()
@json_option
@click.option("--explain", "explain_", is_flag=True,
              help="Also print why each action was found, and why sentences with a measure "
                   "verb were not taken.")
@config_option
@click.option("--kind", help="Stored actions of this kind of measure (sanctions, funding …).")
@click.option("--actor", help="Stored actions by this actor (a part of its name, any case).")
@since_option
@click.option("--source", help="Stored actions found by this source (its name).")
@click.option("--limit", default=100, show_default=True, help="How many stored actions.")
@click.argument("paths", nargs=-1)
def actions(as_json: bool, explain_: bool, config_path: str | None, kind: str | None,
            actor: str | None, since: datetime | None, source: str | None, limit: int,
            paths: tuple[str, ...]) -> None:
    """Clean local files, then list the actions they announce; with no file, list the
    actions stored (filtered by --kind, --actor, --since, --source)."""
    if not paths:
        _stored_actions(config_path, as_json, kind, actor, since, source, limit)
        return
    if kind or actor or since or source or config_path:
        raise click.UsageError("--kind, --actor, --since, --source and --config list the "
                               "stored actions: give them without PATH")
    for path in paths:
        with failures():
            cleaned = clean_input(read_input(path))
        judged = explain(cleaned.text, published=cleaned.published, title=cleaned.title)
        if not as_json:
            click.echo(render.actions_text(path, judged, explain_))
            continue
        out: dict[str, Any] = {"path": path, "actions": [
            render.action_json(a, reasons=explain_) for a in judged if isinstance(a, Action)]}
        if explain_:
            out["rejected"] = [{"text": r.text, "reasons": list(r.reasons)}
                               for r in judged if isinstance(r, Rejected)]
        echo_json(out)


@click.command()
@config_option
@click.option("--url", help="Store the file as if fetched from this URL.")
@json_option
@now_option
@click.argument("paths", nargs=-1, required=True)
def ingest(config_path: str | None, url: str | None, as_json: bool, now: str | None,
           paths: tuple[str, ...]) -> None:
    """Store local files as documents, exactly as if fetched (backfills, archives)."""
    from ..inputs import ingest_input
    from ..runtime import open_store

    config = load(config_path)
    clock = parse_clock(now)
    with failures():
        store = None
        for path in paths:
            item = read_input(path, config.fetch.max_bytes)
            if store is None:  # a refused first file leaves no database behind
                store = open_store(config)
            result = ingest_input(store, item, url, clock())
            row = {"path": path, "url": result.url, "status": result.status,
                   "duplicate_of": result.duplicate_of, "similarity": result.similarity,
                   "change": result.change}
            if as_json:
                echo_json(row)
            else:
                detail = f" of {result.duplicate_of} ({result.similarity:.0f}%)" \
                    if result.duplicate_of and result.similarity is not None else ""
                change = f" ({result.change})" if result.change else ""
                click.echo(f"{path}: {result.status}{detail}{change} -> {result.url}")


def _stored_actions(config_path: str | None, as_json: bool, kind: str | None,
                    actor: str | None, since: datetime | None, source: str | None,
                    limit: int) -> None:
    """The actions stored, newest first, with the document and source of each."""
    from store import ACTION_KINDS

    if kind is not None and kind not in ACTION_KINDS:
        raise click.BadParameter(f"{kind!r} is not a kind of measure; use one of "
                                 + ", ".join(ACTION_KINDS), param_hint="--kind")
    config = load(config_path)
    store = open_existing(config)
    with failures():
        found = store.find_actions(kind=kind, actor=actor, since=since, source=source,
                                   limit=limit)
    if as_json:
        echo_json([render.found_action_json(f) for f in found])
        return
    if not found:
        click.echo("No stored action matches." if kind or actor or since or source
                   else "No action stored yet.")
    for f in found:
        day = f.found_at.date().isoformat()
        click.echo(f"{day}  [{f.action.kind}] {f.action.actor} / {f.action.verb}: "
                   f"{f.action.text}\n            #{f.document_id} {f.title} "
                   f"({f.source or 'no source'})\n            {f.url}")
