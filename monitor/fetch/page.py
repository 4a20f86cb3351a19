"""The fetcher's result: one HTTP response, body capped and decoded."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Fetched"]


@dataclass(frozen=True)
class Fetched:
    """One HTTP response as the fetcher hands it on (body already size-capped and decoded)."""

    url: str  # final URL, after redirects
    requested_url: str
    status: int  # 200, or 304 when not_modified
    content_type: str  # media type only, lower case: "text/html"
    body: bytes  # decompressed body (b"" when not modified)
    text: str  # body decoded with the detected charset ("" when not modified)
    encoding: str | None
    etag: str | None = None
    last_modified: str | None = None
    elapsed: float = 0.0  # seconds, whole fetch including redirects
    redirects: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        """True when the server answered 304 to a conditional request."""
        return self.status == 304
