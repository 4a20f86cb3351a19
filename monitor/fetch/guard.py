"""The SSRF guard: links found inside a source go only to public addresses or its own host.

A configured source may be anywhere (loopback included). A link discovered inside a source,
and every redirect hop of either, may go only to the source's own netloc or to a host whose
every address is public. Hosts are read the way httpx reads them, numeric IPv4 forms
(`2130706433`, `0x7f.1`, `0177.0.0.1`) the way browsers and `inet_aton` do, and `localhost`
names are never public whatever a resolver says.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

import httpx

from .errors import BlockedAddress

__all__ = ["Resolver", "addresses", "check_url", "is_public_address", "is_public_host",
           "netloc", "numeric_ipv4", "system_resolver", "trusted_netloc"]

Resolver = Callable[[str], list[str]]
_DEFAULT_PORTS = {"http": 80, "https": 443}
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def system_resolver(host: str) -> list[str]:
    """Every address the host resolves to, in the system's order (empty when it does not)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _host_port(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) as httpx will connect; host IDNA-encoded, lower case, no dot."""
    parsed = httpx.URL(url)
    host = parsed.raw_host.decode("ascii").lower().rstrip(".")
    return parsed.scheme, host, parsed.port or _DEFAULT_PORTS.get(parsed.scheme, 0)


def _join(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def netloc(url: str) -> str:
    """host:port of a URL, lower-cased, with the scheme's default port made explicit."""
    try:
        _, host, port = _host_port(url)
    except (httpx.InvalidURL, UnicodeError):
        return ""
    return _join(host, port)


def trusted_netloc(trusted_host: str, scheme: str) -> str:
    """A source's netloc ("a.gov", "a.gov:443", "u@A.gov") as `netloc()` writes it."""
    return netloc(f"{scheme}://{trusted_host.rsplit('@', 1)[-1]}/")


def numeric_ipv4(host: str) -> str | None:
    """The dotted address of a numeric IPv4 form (`2130706433`, `0x7f.1`), else None.

    Raises ValueError for a host that ends in a number but is no valid address: browsers and
    `inet_aton` would not treat it as a name either.
    """
    parts = host.rstrip(".").split(".")
    last = parts[-1].lower()
    if not (last.isdigit() or (last.startswith("0x") and _is_hex(last[2:]))):
        return None
    if len(parts) > 4:
        raise ValueError(f"{host} is not a valid IPv4 address")
    numbers = [_ipv4_part(part, host) for part in parts]
    if any(n > 255 for n in numbers[:-1]) or numbers[-1] >= 256 ** (5 - len(numbers)):
        raise ValueError(f"{host} is not a valid IPv4 address")
    value = numbers[-1]
    for index, number in enumerate(numbers[:-1]):
        value += number << (8 * (3 - index))
    return str(ipaddress.IPv4Address(value))


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdef" for c in text)


def _ipv4_part(part: str, host: str) -> int:
    part = part.lower()
    try:
        if part.startswith("0x"):
            return int(part[2:] or "0", 16)
        if len(part) > 1 and part.startswith("0"):
            return int(part, 8)
        return int(part, 10)
    except ValueError:
        raise ValueError(f"{host} is not a valid IPv4 address") from None


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address; embedded IPv4 (mapped, NAT64, 6to4) too."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (
            ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) if ip in _NAT64 else None)
        if embedded is not None:
            return is_public_address(str(embedded))
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_loopback
                                 or ip.is_link_local or ip.is_private or ip.is_unspecified)


def _is_localhost(host: str) -> bool:
    return host in ("localhost", "localhost.localdomain") or host.endswith(".localhost")


def addresses(host: str, resolver: Resolver = system_resolver) -> list[str]:
    """The addresses a host stands for: itself if literal (any IPv4 form), else resolved."""
    host = host.strip("[]").lower().rstrip(".")
    try:
        return [str(ipaddress.ip_address(host.split("%", 1)[0]))]
    except ValueError:
        pass
    dotted = numeric_ipv4(host)  # ValueError for a malformed number, as for a literal
    return [dotted] if dotted else resolver(host)


def is_public_host(host: str, resolver: Resolver = system_resolver) -> bool:
    """True when every address the host stands for is public (and there is at least one)."""
    host = host.strip("[]").lower().rstrip(".")
    if _is_localhost(host):
        return False
    try:
        found = addresses(host, resolver)
    except ValueError:
        return False
    return bool(found) and all(is_public_address(a) for a in found)


def check_url(url: str, trusted_host: str | None, resolver: Resolver = system_resolver) -> None:
    """Raise BlockedAddress unless the URL may be fetched.

    trusted_host None: a configured source, allowed anywhere. Otherwise the URL must stay on
    trusted_host (the source's netloc; a missing port means the URL scheme's default) or
    resolve to public addresses only.
    """
    try:
        scheme, host, port = _host_port(url)
    except (httpx.InvalidURL, UnicodeError) as exc:
        raise BlockedAddress(f"{url}: not a valid URL ({exc}); check the link or the "
                             "source's configuration.", url) from exc
    if scheme not in _DEFAULT_PORTS or not host:
        raise BlockedAddress(f"{url}: only http and https URLs with a host are fetched; "
                             "check the link or the source's configuration.", url)
    if trusted_host is None or _join(host, port) == trusted_netloc(trusted_host, scheme):
        return
    if not is_public_host(host, resolver):
        raise BlockedAddress(
            f"{url}: {host} is not a public address and not the source's own host "
            f"({trusted_host}); links found in a source are never followed into private "
            "networks. To watch it, configure it as a source of its own.", url)


def check_connect(host: str, port: int, trusted: str | None,
                  resolver: Resolver = system_resolver) -> list[str]:
    """The addresses to connect to for host:port, re-checked at connect time (DNS rebinding).

    `trusted` is a normalized netloc (or None: anywhere). Raises BlockedAddress.
    """
    host = host.strip("[]").lower().rstrip(".")
    where = _join(host, port)
    try:
        found = addresses(host, resolver)
    except ValueError as exc:
        raise BlockedAddress(f"{where}: {exc}; check the link.", where) from exc
    if trusted is not None and where != trusted and not (
            found and not _is_localhost(host) and all(is_public_address(a) for a in found)):
        raise BlockedAddress(
            f"{where}: resolves to {', '.join(found) or 'nothing'} at connect time, not a "
            f"public address and not the source's own host ({trusted}); the connection was "
            "refused before it was made.", where)
    return found
