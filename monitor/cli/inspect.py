"""The inspection and local-file commands: extract, ingest, history, show, diff, search."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from store import RawPage

from . import render
from .charset import decode_body
from .clean import clean_document
from .cli import (
    _clock,
    _config_option,
    _echo_json,
    _failures,
    _json_option,
    _load,
    _now_option,
    cli,
)
from .errors import InputError
from .model import Cleaned
from .templates import clean_for_host, learn, settle
from .tracking import store_page

__all__ = ["clean_path"]


def _read(path: str) -> tuple[bytes, str]:
    """Bytes of a local input and a file:// URL for it ("-" is stdin)."""
    if path == "-":
        return sys.stdin.buffer.read(), "stdin:"
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror}). Check the path.") from exc
    return data, Path(path).resolve().as_uri()


def _content_type(path: str, body: bytes) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml", ".shtml"):
        return "text/html"
    if suffix in (".txt", ".text", ".md"):
        return "text/plain"
    head = body[:1024].lstrip().lower()
    return "text/html" if head.startswith((b"<!doctype html", b"<html", b"<")) else "text/plain"


def clean_path(path: str, url: str | None) -> tuple[Cleaned, bytes, str, str]:
    body, default_url = _read(path)
    text, encoding = decode_body(body, None)
    content_type = _content_type(path, body)
    return clean_document(text, url or default_url, content_type), body, content_type, encoding


@cli.command()
@click.option("--url", help="The URL the file was fetched from (resolves links, canonical).")
@_json_option
@click.argument("paths", nargs=-1, required=True)
def extract(url: str | None, as_json: bool, paths: tuple[str, ...]) -> None:
    """Clean local files (HTML or plain text; - reads stdin) and print the main text."""
    for path in paths:
        with _failures():
            cleaned, *_ = clean_path(path, url)
        published = cleaned.published.isoformat() if cleaned.published else None
        if as_json:
            _echo_json({"path": path, "url": cleaned.url, "title": cleaned.title,
                        "published": published, "text": cleaned.text})
        else:
            click.echo(f"== {path}\nTitle: {cleaned.title}\nPublished: {published or '-'}\n"
                       f"URL: {cleaned.url}\n\n{cleaned.text}\n")


@cli.command()
@_config_option
@click.option("--url", help="Store the file as if fetched from this URL.")
@_json_option
@_now_option
@click.argument("paths", nargs=-1, required=True)
def ingest(config_path: str | None, url: str | None, as_json: bool, now: str | None,
           paths: tuple[str, ...]) -> None:
    """Store local files as documents, exactly as if fetched (backfills, archives)."""
    from .runtime import open_store

    config = _load(config_path)
    clock = _clock(now)
    with _failures():
        store = open_store(config)
        for path in paths:
            body, default_url = _read(path)
            text, encoding = decode_body(body, None)
            content_type = _content_type(path, body)
            # As if fetched: cleaned with the host's template, and taught to it.
            cleaned, template = clean_for_host(store, text, url or default_url, content_type)
            if not cleaned.paragraphs:
                raise InputError(f"{path}: no main text found; nothing was stored.")
            fetch_url = url or cleaned.url
            learn(store, fetch_url, cleaned, clock())
            cleaned = settle(store, cleaned, template, fetch_url, cleaned.url)
            result = store_page(
                store, cleaned, url=cleaned.url if url is None else url, fetch_url=fetch_url,
                raw=RawPage(fetch_url, content_type, body, encoding), source_id=None, at=clock())
            row = {"path": path, "url": result.url, "status": result.status,
                   "duplicate_of": result.duplicate_of, "similarity": result.similarity,
                   "change": result.change}
            if as_json:
                _echo_json(row)
            else:
                detail = f" of {result.duplicate_of} ({result.similarity:.0f}%)" \
                    if result.duplicate_of and result.similarity is not None else ""
                change = f" ({result.change})" if result.change else ""
                click.echo(f"{path}: {result.status}{detail}{change} -> {result.url}")


@cli.command()
@_config_option
@_json_option
@click.option("--limit", default=50, show_default=True, help="How many documents.")
@click.option("--fetches", is_flag=True, help="Show the fetch log instead of documents.")
def history(config_path: str | None, as_json: bool, limit: int, fetches: bool) -> None:
    """Stored documents, newest first (or the fetch log)."""
    from .runtime import open_store

    config = _load(config_path)
    with _failures():
        store = open_store(config)
        if fetches:
            log = store.fetch_log(limit)
            if as_json:
                _echo_json([{k: render._iso(v) for k, v in f.__dict__.items()} for f in log])
            else:
                for f in log:
                    click.echo(f"{f.at:%Y-%m-%d %H:%M:%S} {f.outcome:<12} {f.status or '-':>4} "
                               f"{f.bytes:>8} B {f.elapsed_ms:>6} ms {f.url}"
                               + (f"\n    {f.error}" if f.error else ""))
            return
        docs = store.documents(limit)
    if as_json:
        _echo_json([render.document_json(d) for d in docs])
    else:
        click.echo(render.history_text(docs))


@cli.command()
@_config_option
@_json_option
@click.argument("ref")
def show(config_path: str | None, as_json: bool, ref: str) -> None:
    """One document (by id or URL): its text, revisions and re-posts."""
    from .runtime import open_store

    config = _load(config_path)
    with _failures():
        store = open_store(config)
        doc = store.document(ref)
        revisions = store.revisions(doc.id)
        dups = store.duplicates_of(doc.id)
    if as_json:
        _echo_json({**render.document_json(doc),
                    "revisions": [render.revision_json(r) for r in revisions],
                    "also_at": [d.url for d in dups]})
        return
    latest = revisions[-1] if revisions else None
    click.echo(f"#{doc.id} {doc.title}\n{doc.url}\n"
               f"published {render._iso(doc.published) or '-'}, first seen "
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


@cli.command()
@_config_option
@_json_option
@click.option("--rev", type=int, help="Revision number (default: the latest).")
@click.argument("ref")
def diff(config_path: str | None, as_json: bool, rev: int | None, ref: str) -> None:
    """The sentence diff of a revision against the one before it."""
    from store import NotFound

    from .runtime import open_store

    config = _load(config_path)
    with _failures():
        store = open_store(config)
        doc = store.document(ref)
        revisions = store.revisions(doc.id)
        number = rev or doc.revision_count
        chosen = next((r for r in revisions if r.number == number), None)
        if chosen is None:
            raise NotFound(f"document #{doc.id} has no revision {number} "
                           f"(it has 1..{doc.revision_count}).")
    if as_json:
        _echo_json({"document": doc.id, "url": doc.url, **render.revision_json(chosen)})
        return
    click.echo(f"#{doc.id} {doc.title}\nrevision {chosen.number} of {doc.revision_count} "
               f"({render.change_label(chosen)}) at {chosen.fetched_at.isoformat()}")
    for sentence in chosen.removed:
        click.echo(click.style(f"- {sentence}", fg="red"))
    for sentence in chosen.added:
        click.echo(click.style(f"+ {sentence}", fg="green"))
    if chosen.number == 1:
        click.echo("(first version: nothing to compare)")


@cli.command()
@_config_option
@_json_option
@click.option("--limit", default=20, show_default=True)
@click.argument("query", nargs=-1, required=True)
def search(config_path: str | None, as_json: bool, limit: int, query: tuple[str, ...]) -> None:
    """Full-text search over stored titles and texts."""
    from .runtime import open_store

    config = _load(config_path)
    with _failures():
        hits = open_store(config).search(" ".join(query), limit)
    if as_json:
        _echo_json([{**render.document_json(d), "snippet": s} for d, s in hits])
        return
    if not hits:
        click.echo("No match.")
    for doc, snippet in hits:
        click.echo(f"#{doc.id} {doc.title}\n    {doc.url}\n    {snippet}")


@cli.command()
@click.option("--dir", "workdir", type=click.Path(file_okay=False, path_type=Path),
              help="Where to keep the demo database (default: a new temporary folder).")
def demo(workdir: Path | None) -> None:
    """Offline demo: the fixture site on loopback, two epochs, what was found."""
    from .demo import run_demo

    with _failures():
        run_demo(workdir, echo=click.echo)
