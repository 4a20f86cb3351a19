"""The SSRF guard: links found inside a source go only to public addresses or its own host."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

from .fetch_errors import BlockedAddress

__all__ = ["Resolver", "check_url", "is_public_address", "is_public_host", "netloc",
           "system_resolver"]

Resolver = Callable[[str], list[str]]
_DEFAULT_PORTS = {"http": 80, "https": 443}


def system_resolver(host: str) -> list[str]:
    """Every address the host resolves to (empty when it does not resolve)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, OSError):
        return []
    return sorted({str(info[4][0]) for info in infos})


def netloc(url: str) -> str:
    """host:port of a URL, lower-cased, with the scheme's default port made explicit."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port or _DEFAULT_PORTS.get(parts.scheme, 0)
    except ValueError:
        port = 0
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address (mapped IPv4 judged as IPv4)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_loopback
                                 or ip.is_link_local or ip.is_private or ip.is_unspecified)


def is_public_host(host: str, resolver: Resolver = system_resolver) -> bool:
    """True when the host is a public literal, or every address it resolves to is public."""
    host = host.strip("[]").lower()
    try:
        ipaddress.ip_address(host)
    except ValueError:
        addresses = resolver(host)
        return bool(addresses) and all(is_public_address(a) for a in addresses)
    return is_public_address(host)


def check_url(url: str, trusted_host: str | None, resolver: Resolver = system_resolver) -> None:
    """Raise BlockedAddress unless the URL may be fetched.

    trusted_host None: a configured source, allowed anywhere. Otherwise the URL must stay on
    trusted_host (a netloc, as `netloc()` gives) or resolve to public addresses only.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BlockedAddress(f"{url}: only http and https URLs with a host are fetched.", url)
    if trusted_host is None:
        return
    wanted = trusted_host if ":" in trusted_host.rsplit("]", 1)[-1] else netloc(
        f"{parts.scheme}://{trusted_host}")
    if netloc(url) == wanted.lower():
        return
    if not is_public_host(parts.hostname, resolver):
        raise BlockedAddress(
            f"{url}: {parts.hostname} is not a public address and not the source's own host "
            f"({trusted_host}); links found in a source are never followed into private "
            "networks. To watch it, configure it as a source of its own.", url)
