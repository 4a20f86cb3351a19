"""The commands that read the store: history, show, diff, search."""

from __future__ import annotations

import click

from . import render
from .common import config_option, echo_json, failures, json_option, load

__all__ = ["diff", "history", "search", "show"]


@click.command()
@config_option
@json_option
@click.option("--limit", default=50, show_default=True, help="How many documents.")
@click.option("--fetches", is_flag=True, help="Show the fetch log instead of documents.")
def history(config_path: str | None, as_json: bool, limit: int, fetches: bool) -> None:
    """Stored documents, newest first (or the fetch log)."""
    from ..runtime import open_store

    config = load(config_path)
    with failures():
        store = open_store(config)
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
        docs = store.documents(limit)
    if as_json:
        echo_json([render.document_json(d) for d in docs])
    else:
        click.echo(render.history_text(docs))


@click.command()
@config_option
@json_option
@click.argument("ref")
def show(config_path: str | None, as_json: bool, ref: str) -> None:
    """One document (by id or URL): its text, revisions and re-posts."""
    from ..runtime import open_store

    config = load(config_path)
    with failures():
        store = open_store(config)
        doc = store.document(ref)
        revisions = store.revisions(doc.id)
        dups = store.duplicates_of(doc.id)
    if as_json:
        echo_json({**render.document_json(doc),
                    "revisions": [render.revision_json(r) for r in revisions],
                    "also_at": [d.url for d in dups]})
        return
    latest = revisions[-1] if revisions else None
    click.echo(f"#{doc.id} {doc.title}\n{doc.url}\n"
               f"published {render.iso(doc.published) or '-'}, first seen "
               f"{doc.first_seen_at.isoformat()}, {doc.revision_count} revision(s), {doc.status}")
    if doc.duplicate_of:
        click.echo(f"duplicate of #{doc.duplicate_of} (similarity {doc.similarity})")
    for dup in dups:
        click.echo(f"also at: {dup.url}")
    for rev in revisions:
        click.echo(f"  r{rev.number} {rev.fetched_at.isoformat()} {render.change_label(rev)}: "
                   f"+{len(rev.added)} -{len(rev.removed)} sentences")
    if latest:
        click.echo("\n" + latest.text)


@click.command()
@config_option
@json_option
@click.option("--rev", type=int, help="Revision number (default: the latest).")
@click.argument("ref")
def diff(config_path: str | None, as_json: bool, rev: int | None, ref: str) -> None:
    """The sentence diff of a revision against the one before it."""
    from store import NotFound

    from ..runtime import open_store

    config = load(config_path)
    with failures():
        store = open_store(config)
        doc = store.document(ref)
        revisions = store.revisions(doc.id)
        number = rev or doc.revision_count
        chosen = next((r for r in revisions if r.number == number), None)
        if chosen is None:
            raise NotFound(f"document #{doc.id} has no revision {number} "
                           f"(it has 1..{doc.revision_count}).")
    if as_json:
        echo_json({"document": doc.id, "url": doc.url, **render.revision_json(chosen)})
        return
    click.echo(f"#{doc.id} {doc.title}\nrevision {chosen.number} of {doc.revision_count} "
               f"({render.change_label(chosen)}) at {chosen.fetched_at.isoformat()}")
    for sentence in chosen.removed:
        click.echo(click.style(f"- {sentence}", fg="red"))
    for sentence in chosen.added:
        click.echo(click.style(f"+ {sentence}", fg="green"))
    if chosen.number == 1:
        click.echo("(first version: nothing to compare)")


@click.command()
@config_option
@json_option
@click.option("--limit", default=20, show_default=True)
@click.argument("query", nargs=-1, required=True)
def search(config_path: str | None, as_json: bool, limit: int, query: tuple[str, ...]) -> None:
    """Full-text search over stored titles and texts."""
    from ..runtime import open_store

    config = load(config_path)
    with failures():
        hits = open_store(config).search(" ".join(query), limit)
    if as_json:
        echo_json([{**render.document_json(d), "snippet": s} for d, s in hits])
        return
    if not hits:
        click.echo("No match.")
    for doc, snippet in hits:
        click.echo(f"#{doc.id} {doc.title}\n    {doc.url}\n    {snippet}")
