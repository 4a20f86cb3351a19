"""The SSRF guard's address rules."""

from __future__ import annotations

import pytest

from monitor.fetch_errors import BlockedAddress
from monitor.guard import check_url, is_public_address, is_public_host, netloc


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1",
                                     "169.254.169.254", "0.0.0.0", "::1", "fe80::1",
                                     "::ffff:127.0.0.1", "fc00::1", "224.0.0.1", "100.64.0.1"])
def test_non_public_addresses(address: str) -> None:
    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["23.1.2.3", "8.8.8.8", "2606:4700::1111",
                                     "::ffff:8.8.8.8"])
def test_public_addresses(address: str) -> None:
    assert is_public_address(address)


def test_a_name_is_public_only_if_every_address_is() -> None:
    assert is_public_host("mixed.example", lambda h: ["23.1.2.3"])
    assert not is_public_host("mixed.example", lambda h: ["23.1.2.3", "10.0.0.5"])
    assert not is_public_host("nowhere.example", lambda h: [])


def test_localhost_and_decimal_ip_resolve_to_loopback() -> None:
    assert not is_public_host("localhost")
    assert not is_public_host("2130706433")  # 127.0.0.1 written as one number


def test_configured_sources_may_be_anywhere() -> None:
    check_url("http://127.0.0.1:8000/feed.xml", None)


def test_links_may_stay_on_the_sources_own_host() -> None:
    check_url("http://127.0.0.1:8000/item", "127.0.0.1:8000")
    with pytest.raises(BlockedAddress, match="own host"):
        check_url("http://127.0.0.1:9000/item", "127.0.0.1:8000")


def test_only_http_and_https() -> None:
    for url in ("file:///etc/passwd", "ftp://a.gov/x", "gopher://a/"):
        with pytest.raises(BlockedAddress):
            check_url(url, None)


def test_netloc_makes_default_ports_explicit() -> None:
    assert netloc("https://WWW.State.gov/x") == "www.state.gov:443"
    assert netloc("http://[::1]:8080/") == "[::1]:8080"
