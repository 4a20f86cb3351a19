"""Bodies: decompressed by us under a cap while streaming, then judged text or not."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from .errors import FetchTimeout, NotText, TooLarge

__all__ = ["Inflater", "is_text_type", "looks_binary", "read_capped", "retry_after"]

_TEXT_TYPES = ("text/", "application/xhtml+xml", "application/xml", "application/rss+xml",
               "application/atom+xml", "application/json", "application/feed+json",
               "application/rdf+xml")
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b",
                 b"Rar!", b"7z\xbc\xaf", b"\x00\x00\x01\x00", b"RIFF", b"OggS", b"ID3",
                 b"\xd0\xcf\x11\xe0")


class Inflater:
    """Content-Encoding undone chunk by chunk, never producing more than the cap allows."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding.strip().lower() or "identity"
        if self.encoding not in ("identity", "gzip", "x-gzip", "deflate"):
            raise ValueError(f"the body is encoded with {encoding!r}, which was not asked for "
                             "and is not decoded (only gzip and deflate are)")
        self._z: zlib._Decompress | None = None
        if self.encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)

    @property
    def compressed(self) -> bool:
        """True unless the body is sent as is."""
        return self.encoding != "identity"

    def feed(self, chunk: bytes, room: int) -> bytes:
        """Up to room + 1 bytes of output (one more than allowed shows the overflow)."""
        if self.encoding == "deflate" and self._z is None and chunk:
            # zlib-wrapped as the standard says, or raw deflate as some servers send.
            self._z = zlib.decompressobj(zlib.MAX_WBITS if (chunk[0] & 0x0F) == 8
                                         else -zlib.MAX_WBITS)
        if self._z is None:
            return chunk
        out = b""
        try:
            while chunk and len(out) <= room:
                # max_length bounds the memory a bomb can take; the rest waits in the tail.
                out += self._z.decompress(chunk, room + 1 - len(out))
                chunk = self._z.unconsumed_tail
                if self._z.eof:
                    chunk = self._z.unused_data
                    if not chunk.startswith(b"\x1f\x8b"):
                        break  # trailing bytes after the stream end are ignored, as browsers do
                    self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)  # another gzip member
        except zlib.error as exc:
            raise ValueError(f"the {self.encoding} body is corrupt ({exc})") from exc
        return out

    def finish(self, room: int) -> bytes:
        """Whatever output the decompressor still holds (a truncated body ends here)."""
        if self._z is None:
            return b""
        try:
            return self._z.flush(room + 1)[: room + 1]
        except zlib.error:
            return b""


def read_capped(url: str, response: httpx.Response, *, cap: int, truncate: bool,
                deadline: float, clock: Callable[[], float], started: float) -> bytes:
    """The decompressed body, at most `cap` bytes (more raises TooLarge unless `truncate`)."""
    status = response.status_code
    declared = response.headers.get("content-length", "").strip()
    try:
        inflater = Inflater(response.headers.get("content-encoding", ""))
    except ValueError as exc:
        raise NotText(f"{url}: {exc}; the server ignored our Accept-Encoding.", url,
                      status=status, elapsed=clock() - started) from exc
    if not truncate and not inflater.compressed and declared.isdigit() and int(declared) > cap:
        raise TooLarge(f"{url}: {int(declared):,} bytes announced, over the {cap:,}-byte cap; "
                       "raise [fetch] max_bytes if the page is wanted.", url, status=status,
                       elapsed=clock() - started)
    body, raw = bytearray(), 0
    for chunk in response.iter_raw():  # as it arrives: a fixed size would wait for it
        raw += len(chunk)
        if clock() > deadline:
            raise FetchTimeout(
                f"{url}: still sending at the overall deadline ({raw:,} bytes so far); the "
                "server is too slow, it will be tried again next run (or raise [fetch] "
                "deadline).", url, status=status, bytes_read=raw, elapsed=clock() - started)
        try:
            body += inflater.feed(chunk, cap - len(body))
        except ValueError as exc:
            raise NotText(f"{url}: {exc}.", url, status=status, bytes_read=raw,
                          elapsed=clock() - started) from exc
        if len(body) > cap:
            if truncate:
                return bytes(body[:cap])
            what = "decompressed body" if inflater.compressed else "body"
            raise TooLarge(f"{url}: {what} over the {cap:,}-byte cap after {raw:,} bytes read; "
                           "raise [fetch] max_bytes if the page is wanted.", url,
                           status=status, bytes_read=raw, elapsed=clock() - started)
    body += inflater.finish(cap - len(body))
    if len(body) > cap and not truncate:
        raise TooLarge(f"{url}: decompressed body over the {cap:,}-byte cap; raise [fetch] "
                       "max_bytes if the page is wanted.", url, status=status, bytes_read=raw,
                       elapsed=clock() - started)
    return bytes(body[:cap])


def is_text_type(media: str) -> bool:
    """True for the media types policywatch reads (HTML, XML, feeds, JSON, plain text)."""
    return media.startswith(_TEXT_TYPES) or media.endswith(("+xml", "+json"))


def looks_binary(body: bytes) -> bool:
    """True for bodies that start like a known binary format or hold NUL bytes early on."""
    head = body[:4096]
    return head.startswith(_BINARY_MAGIC) or b"\x00" in head


def retry_after(value: str | None) -> float | None:
    """Seconds asked for by a Retry-After header (delta-seconds or HTTP-date), else None."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
