"""Fetching: polite, conditional, guarded, size- and time-bounded HTTP.

    fetcher     Fetcher.fetch(url): redirects, retries, conditional GET -> Fetched
    client      the httpx client and its connect-time SSRF check
    policy      FetchPolicy: every limit and manner, with its default
    guard       the SSRF rule (public addresses or the source's own host)
    robots      robots.txt, cached per host
    politeness  per-host delay and concurrency, Retry-After
    body        streaming under the size cap, binary refusal
    charset     decoding: header, then the page, then detection
    errors      the FetchError tree
"""

from __future__ import annotations

from .body import is_text_type, looks_binary
from .charset import decode_body, decode_stored
from .client import make_client
from .errors import (
    BlockedAddress,
    FetchError,
    FetchTimeout,
    HTTPStatus,
    NotText,
    RateLimited,
    RobotsDisallowed,
    TooLarge,
    TooManyRedirects,
    TransportFailed,
)
from .fetcher import Fetcher
from .page import Fetched
from .policy import DEFAULT_ACCEPT, USER_AGENT, FetchPolicy

__all__ = [
    "DEFAULT_ACCEPT",
    "USER_AGENT",
    "BlockedAddress",
    "FetchError",
    "FetchPolicy",
    "FetchTimeout",
    "Fetched",
    "Fetcher",
    "HTTPStatus",
    "NotText",
    "RateLimited",
    "RobotsDisallowed",
    "TooLarge",
    "TooManyRedirects",
    "TransportFailed",
    "decode_body",
    "decode_stored",
    "is_text_type",
    "looks_binary",
    "make_client",
]
