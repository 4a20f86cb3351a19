"""The fetch exception tree. Every message says what failed, where (the URL), and what to do.

    FetchError(message, url, *, status, bytes_read, elapsed)
     ├─ BlockedAddress     the SSRF guard refused the URL, a redirect hop, or (DNS rebinding)
     │                     the address a name resolved to when connecting
     ├─ RobotsDisallowed   robots.txt forbids the path, or cannot be read right now
     ├─ HTTPStatus         a 4xx/5xx answer that is not retried, or retried in vain (.status)
     │   └─ RateLimited    429/503 whose Retry-After is too long or whose retries ran out, or
     │                     a host still asking everyone to wait (.retry_after: seconds | None;
     │                     .status None when no request was made)
     ├─ TooLarge           the body, or its decompressed size, is over max_bytes
     ├─ FetchTimeout       connect/read timeout or the overall deadline
     ├─ TooManyRedirects   a redirect loop or more than max_redirects hops
     ├─ NotText            a binary body (image, PDF, archive …) or an encoding not asked for
     └─ TransportFailed    DNS, refused connection, TLS or protocol errors

`status` is the HTTP status when one was received, `bytes_read` the raw bytes read from the
body, `elapsed` the seconds the whole fetch took until it failed.
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
