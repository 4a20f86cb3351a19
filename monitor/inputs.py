"""Local files as pages: read (a path or "-" for stdin), checked, typed and decoded exactly
as if fetched, then cleaned (`extract`, `actions`) or stored (`ingest`).

The fetch path's checks apply: a file over the size cap ([fetch] max_bytes) is refused
before it is read whole, and a binary file (an image, a PDF, an archive) is refused.
"""

from __future__ import annotations

import mimetypes
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from store import RawPage, Store, TrackResult

from .clean import Cleaned, clean_document
from .errors import InputError
from .fetch import FetchPolicy, decode_body, is_text_type, looks_binary
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


def _too_large(path: str, size: str, cap: int) -> InputError:
    return InputError(f"{path}: {size} over the {cap:,}-byte cap, as for a fetched page; "
                      "nothing was stored. Raise max_bytes in [fetch] if the file is wanted.")


def read_input(path: str, max_bytes: int = FetchPolicy.max_bytes) -> LocalInput:
    """Read and decode a local file ("-" is stdin) of at most `max_bytes`; InputError when
    it cannot be read, is too large or is not text."""
    if path == "-":
        body, url = sys.stdin.buffer.read(max_bytes + 1), "stdin:"
    else:
        try:
            size = os.stat(path).st_size
            if size > max_bytes:
                raise _too_large(path, f"{size:,} bytes,", max_bytes)
            with open(path, "rb") as handle:  # never more than the cap, whatever stat said
                body = handle.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror}). Check the path.") from exc
        url = Path(path).resolve().as_uri()
    if len(body) > max_bytes:
        raise _too_large(path, "more than that:", max_bytes)
    guessed = mimetypes.guess_type(path)[0] if path != "-" else None
    binary = looks_binary(body)
    if binary or (guessed and not is_text_type(guessed)):
        raise InputError(f"{path}: not a text file ({'binary content' if binary else guessed}, "
                         f"{len(body):,} bytes); only HTML, XML and plain text are read, as "
                         "when fetching. Nothing was stored.")
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
