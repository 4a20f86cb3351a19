"""The commands that read the store: history, show, search (diff is in diff.py). They open
the database read-only and never create one."""

from __future__ import annotations

from datetime import datetime

import click

from . import render
from .common import config_option, echo_json, failures, json_option, load, open_existing

__all__ = ["history", "search", "show", "since_option"]


def _since(_ctx: click.Context, _param: click.Parameter, value: str | None) -> datetime | None:
    """An ISO-8601 time, or a duration back from now ("7d", "12h")."""
    if value is None:
        return None
    from ..clock import make_clock, parse_instant
    from ..config import parse_duration

    try:
        from datetime import timedelta

        return make_clock(None)() - timedelta(seconds=parse_duration(value))
    except ValueError:
        pass
    try:
        return parse_instant(value)
    except ValueError as exc:
        raise click.BadParameter(f"{exc}, or a duration back from now such as \"7d\"") from exc


def since_option(func: click.decorators.FC) -> click.decorators.FC:
    """--since ISO-8601 or a duration back from now."""
    return click.option("--since", callback=_since, metavar="TIME",
                        help='Only from this time on: ISO-8601, or "7d", "12h" back from now.'
                        )(func)


@click.command()
@config_option
@json_option
@click.option("--limit", default=50, show_default=True, help="How many documents.")
@since_option
@click.option("--source", help="Only documents found by this source (its name).")
@click.option("--kind", type=click.Choice(["new", "changed", "removed"]),
              help="Only documents first found (new), edited (changed) or taken down.")
@click.option("--fetches", is_flag=True, help="Show the fetch log instead of documents.")
def history(config_path: str | None, as_json: bool, limit: int, since: datetime | None,
            source: str | None, kind: str | None, fetches: bool) -> None:
    """Stored documents, most recent first (or the fetch log)."""
    config = load(config_path)
    store = open_existing(config)
    with failures():
        if fetches:
            log = store.fetch_log(limit)
            if as_json:
                echo_json([{k: render.iso(v) for k, v in f.__dict__.items()} for f in log])
            else:
                for f in log:
                    click.echo(f"{f.at:%Y-%m-%d %H:%M:%S} {f.outcome:<12} {f.status or '-':>4} "
                               f"{f.bytes:>8} B {f.elapsed_ms:>6} ms {f.url}"
                               + (f"\n    {f.error}" if f.error else ""))
            return
        if since is None and source is None and kind is None:
            docs = store.documents(limit)
        else:
            docs = store.find_documents(since=since, source=source, kind=kind, limit=limit)
    if as_json:
        echo_json([render.document_json(d) for d in docs])
    else:
        filtered = since is not None or source is not None or kind is not None
        click.echo(render.history_text(docs) if docs or not filtered
                   else "No stored document matches these filters.")


@click.command()
@config_option
@json_option
@click.argument("ref")
def show(config_path: str | None, as_json: bool, ref: str) -> None:
    """One document (by id or URL): its source, revisions, re-posts, actions and text."""
    config = load(config_path)
    store = open_existing(config)
    with failures():
        doc = store.document(ref)
        revisions = store.revisions(doc.id)
        dups = store.duplicates_of(doc.id)
        acts = [(r.number, a) for r in revisions for a in store.actions_of(r.id)]
        source = next((s.name for s in store.sources() if s.id == doc.source_id), None)
    if as_json:
        echo_json({**render.document_json(doc), "source": source,
                   "revisions": [render.revision_json(r) for r in revisions],
                   "also_at": [d.url for d in dups],
                   "actions": [{**render.stored_action_json(a), "revision": number}
                               for number, a in acts]})
        return
    latest = revisions[-1] if revisions else None
    click.echo(f"#{doc.id} {doc.title}\n{doc.url}\nsource: {source or '-'}\n"
               f"published {render.iso(doc.published) or '-'}, first seen "
               f"{doc.first_seen_at.isoformat()}, {doc.revision_count} revision(s), {doc.status}")
    if doc.duplicate_of:
        click.echo(f"duplicate of #{doc.duplicate_of} (similarity {doc.similarity})")
    for dup in dups:
        click.echo(f"also at: {dup.url}")
    for rev in revisions:
        click.echo(f"  r{rev.number} {rev.fetched_at.isoformat()} {render.change_label(rev)}: "
                   f"+{len(rev.added)} -{len(rev.removed)} sentences")
    click.echo(f"{len(acts)} action(s):" if acts else "No action found.")
    for number, a in acts:
        click.echo(f"  r{number} [{a.kind}] {a.actor} / {a.verb}: {a.text}")
    if latest:
        click.echo("\n" + latest.text)


@click.command()
@config_option
@json_option
@click.option("--limit", default=20, show_default=True)
@click.argument("query", nargs=-1, required=True)
def search(config_path: str | None, as_json: bool, limit: int, query: tuple[str, ...]) -> None:
    """Full-text search over stored titles and texts."""
    config = load(config_path)
    store = open_existing(config)
    with failures():
        hits = store.search(" ".join(query), limit)
    if as_json:
        echo_json([{**render.document_json(d), "snippet": s} for d, s in hits])
        return
    if not hits:
        click.echo("No match.")
    for doc, snippet in hits:
        click.echo(f"#{doc.id} {doc.title}\n    {doc.url}\n    {snippet}")
