"""The view's guards, as one ASGI middleware: strict response headers on everything, the
Host header checked (no DNS rebinding onto loopback), and an access token when asked."""

from __future__ import annotations

import base64
import binascii
import hmac
import ipaddress
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

__all__ = ["CSP", "SECURITY_HEADERS", "TOKEN_ENV", "Guard", "is_loopback"]

TOKEN_ENV = "POLICYWATCH_SERVE_TOKEN"  # noqa: S105 (a variable name, not a secret)

# Nothing runs: no script at all, styles from our own stylesheet only, forms post to us.
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and "localhost"."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _presented(headers: dict[bytes, bytes]) -> str | None:
    """The token from `Authorization: Bearer T` or Basic auth with T as the password."""
    value = headers.get(b"authorization", b"").decode("latin-1")
    scheme, _, credentials = value.partition(" ")
    if scheme.lower() == "bearer":
        return credentials.strip()
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(credentials.strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return None
        return decoded.partition(":")[2]
    return None


class Guard:
    """Adds the security headers; refuses unknown Host headers and missing tokens."""

    def __init__(self, app: ASGIApp, *, token: str | None,
                 allowed_hosts: tuple[str, ...] | None) -> None:
        self.app = app
        self.token = token
        self.allowed_hosts = allowed_hosts  # None: any (a token guards the view instead)

    async def _refuse(self, send: Send, status: int, message: str,
                      extra: tuple[tuple[bytes, bytes], ...] = ()) -> None:
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", b"text/plain; charset=utf-8"), *SECURITY_HEADERS, *extra]})
        await send({"type": "http.response.body", "body": message.encode() + b"\n"})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        host = headers.get(b"host", b"").decode("latin-1")
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if self.allowed_hosts is not None and name.strip("[]") not in self.allowed_hosts:
            await self._refuse(send, 421, f"Host {host!r} is not served here; open "
                               "http://127.0.0.1:PORT/ instead.")
            return
        if self.token is not None:
            presented = _presented(headers)
            if presented is None or not hmac.compare_digest(presented.encode(),
                                                            self.token.encode()):
                await self._refuse(send, 401, "This view needs its access token: send "
                                   "Authorization: Bearer TOKEN, or the token as the password.",
                                   ((b"www-authenticate", b'Basic realm="policywatch"'),))
                return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)
