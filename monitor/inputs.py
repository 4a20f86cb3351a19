"""Local files as pages: read (a path or "-" for stdin), typed and decoded as if fetched,
then cleaned (`extract`, `actions`) or stored (`ingest`)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from store import RawPage, Store, TrackResult

from .clean import Cleaned, clean_document
from .errors import InputError
from .fetch import decode_body
from .templates import clean_for_host
from .tracking import track_page

__all__ = ["LocalInput", "clean_input", "ingest_input", "read_input"]

_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_TEXT_SUFFIXES = (".txt", ".text", ".md")


@dataclass(frozen=True)
class LocalInput:
    """One local input: its bytes, a file:// URL for it, its media type and its text."""

    path: str
    url: str
    body: bytes
    content_type: str
    text: str
    encoding: str


def _content_type(path: str, body: bytes) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in _HTML_SUFFIXES:
        return "text/html"
    if suffix in _TEXT_SUFFIXES:
        return "text/plain"
    head = body[:1024].lstrip().lower()
    return "text/html" if head.startswith((b"<!doctype html", b"<html", b"<")) else "text/plain"


def read_input(path: str) -> LocalInput:
    """Read and decode a local file ("-" is stdin); InputError when it cannot be read."""
    if path == "-":
        body, url = sys.stdin.buffer.read(), "stdin:"
    else:
        try:
            body = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror}). Check the path.") from exc
        url = Path(path).resolve().as_uri()
    text, encoding = decode_body(body, None)
    return LocalInput(path, url, body, _content_type(path, body), text, encoding)


def clean_input(item: LocalInput, url: str | None = None) -> Cleaned:
    """The input cleaned as a page of `url` (default: its file URL), with no host template."""
    return clean_document(item.text, url or item.url, item.content_type)


def ingest_input(store: Store, item: LocalInput, url: str | None, at: datetime) -> TrackResult:
    """Store the input exactly as if fetched from `url` (default: its canonical URL, else
    its file URL): cleaned with that host's template, which learns from it."""
    fetched_from = url or item.url
    cleaned, template = clean_for_host(store, item.text, fetched_from, item.content_type)
    if not cleaned.paragraphs:
        raise InputError(f"{item.path}: no main text found; nothing was stored.")
    fetch_url = url or cleaned.url
    return track_page(
        store, cleaned, url=cleaned.url if url is None else url, fetch_url=fetch_url, at=at,
        template=template, learn_from=fetched_from,
        raw=RawPage(fetch_url, item.content_type, item.body, item.encoding))
