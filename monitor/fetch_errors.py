"""The fetch exception tree. Every message says what failed, where, and what to do.

    FetchError(url, status, bytes_read, elapsed)
     ├─ BlockedAddress     the SSRF guard refused the URL or a redirect hop
     ├─ RobotsDisallowed   robots.txt forbids the path (or cannot be read right now)
     ├─ HTTPStatus         a 4xx/5xx answer (.status)
     │   └─ RateLimited    429/503 whose Retry-After is too long or whose retries ran out
     ├─ TooLarge           the body, or its decompressed size, is over max_bytes
     ├─ FetchTimeout       connect/read timeout or the overall deadline
     ├─ TooManyRedirects   a redirect loop or too many hops
     ├─ NotText            a binary body (an image, a PDF, an archive …)
     └─ TransportFailed    DNS, refused connection, TLS or protocol errors
"""

from __future__ import annotations

__all__ = [
    "BlockedAddress",
    "FetchError",
    "FetchTimeout",
    "HTTPStatus",
    "NotText",
    "RateLimited",
    "RobotsDisallowed",
    "TooLarge",
    "TooManyRedirects",
    "TransportFailed",
]


class FetchError(Exception):
    """A fetch that produced no page; carries what was seen for the fetch log."""

    def __init__(self, message: str, url: str, *, status: int | None = None,
                 bytes_read: int = 0, elapsed: float = 0.0) -> None:
        super().__init__(message)
        self.url, self.status, self.bytes_read, self.elapsed = url, status, bytes_read, elapsed


class BlockedAddress(FetchError):
    """The URL (or a redirect hop) points at a non-public address off the source's host."""


class RobotsDisallowed(FetchError):
    """robots.txt does not allow policywatch to fetch this URL."""


class HTTPStatus(FetchError):
    """The server answered with an error status."""


class RateLimited(HTTPStatus):
    """The server asked us to wait longer than we will."""

    def __init__(self, message: str, url: str, *, retry_after: float | None = None,
                 status: int | None = None, bytes_read: int = 0, elapsed: float = 0.0) -> None:
        super().__init__(message, url, status=status, bytes_read=bytes_read, elapsed=elapsed)
        self.retry_after = retry_after


class TooLarge(FetchError):
    """The body is over the size cap."""


class FetchTimeout(FetchError):
    """The server was too slow."""


class TooManyRedirects(FetchError):
    """Redirects loop or go on too long."""


class NotText(FetchError):
    """The body is not a text page."""


class TransportFailed(FetchError):
    """The connection failed."""
