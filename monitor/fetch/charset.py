"""Bytes to text: the header's charset, then the page's own declaration, then detection."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

__all__ = ["declared_charset", "decode_body", "decode_stored"]

_META = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""",
    re.IGNORECASE,
)
_CP1252_UNDEFINED = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")
_UTF8_RUN = 20  # UTF-8 characters per stray byte for a page to be read as UTF-8 still
_HEADER = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_.:-]+)", re.IGNORECASE)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    # Browsers read latin-1 labels as windows-1252; so do we.
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def declared_charset(body: bytes, content_type: str | None) -> str | None:
    """The charset named by the Content-Type header, else by the page's first 4 KB."""
    if content_type:
        header = _HEADER.search(content_type)
        if header and _codec(header.group(1)):
            return _codec(header.group(1))
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    match = _META.search(body[:4096])
    if match:
        return _codec((match.group(1) or match.group(2)).decode("ascii", "replace"))
    return None


def _mostly_utf8(body: bytes) -> bool:
    """True when the bytes that are not UTF-8 are few beside the UTF-8 characters."""
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - body.count("\ufffd".encode())
    wide = sum(1 for char in text if ord(char) > 127) - bad
    return wide >= _UTF8_RUN * bad


def decode_body(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode a body; a declaration that does not fit the bytes falls back to detection."""
    declared = declared_charset(body, content_type)
    candidates = [declared] if declared else []
    candidates.append("utf-8")
    for name in candidates:
        try:
            return body.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    if declared in (None, "utf-8") and _mostly_utf8(body):
        # A page of UTF-8 text with a stray byte or two (a cut-off character in a teaser)
        # is still UTF-8: reading it all as another charset garbles every letter.
        return body.decode("utf-8", errors="replace"), "utf-8"
    # Pages that lie about UTF-8 are nearly always Windows-1252 (English-language sites);
    # statistical detection on short texts is less reliable than that.
    if declared in (None, "utf-8") and not any(b in body for b in _CP1252_UNDEFINED):
        return body.decode("cp1252"), "cp1252"
    best = from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        name = _codec(best.encoding) or best.encoding
        return body.decode(name, errors="replace"), name
    return body.decode("cp1252", errors="replace"), "cp1252"


def decode_stored(body: bytes, encoding: str | None, content_type: str | None = None) -> str:
    """A stored body decoded with the encoding it was read with; else as decode_body would."""
    if encoding:
        try:
            codecs.lookup(encoding)
            return body.decode(encoding, errors="replace")
        except LookupError:
            pass
    return decode_body(body, content_type)[0]
