"""The SSRF guard's address rules."""

from __future__ import annotations

import pytest

from monitor.fetch import BlockedAddress
from monitor.fetch.guard import check_url, is_public_address, is_public_host, netloc


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


def everything_public(host: str) -> list[str]:
    """A resolver that lies: whatever the name, a public address."""
    return ["23.1.2.3"]


@pytest.mark.parametrize("host", ["2130706433", "0x7f000001", "017700000001", "0177.0.0.1",
                                  "127.1", "0x7f.1", "127.0.0.1.", "10.1", "0"])
def test_numeric_ipv4_forms_are_read_as_addresses_not_names(host: str) -> None:
    assert not is_public_host(host, everything_public)


def test_malformed_numeric_hosts_are_never_public() -> None:
    for host in ("256.1.1.1", "1.2.3.4.5", "08.0.0.1", "1.2.3.999"):
        assert not is_public_host(host, everything_public)


def test_localhost_names_are_never_public_whatever_dns_says() -> None:
    for host in ("localhost", "LOCALHOST.", "api.localhost", "localhost.localdomain"):
        assert not is_public_host(host, everything_public)


@pytest.mark.parametrize("address", ["64:ff9b::7f00:1", "64:ff9b::a00:1", "2002:7f00:1::",
                                     "2002:c0a8:101::1", "::127.0.0.1", "2001:db8::1",
                                     "ff02::1", "fe80::1%eth0", "[::1]"])
def test_ipv6_forms_that_reach_private_ipv4_are_not_public(address: str) -> None:
    assert not is_public_host(address, everything_public)


def test_ipv6_forms_of_public_ipv4_are_public() -> None:
    assert is_public_host("64:ff9b::808:808", everything_public)
    assert is_public_host("[2606:4700::1111]", everything_public)


def test_a_public_name_is_judged_by_its_resolved_addresses() -> None:
    check_url("https://www.state.gov/x", "feeds.example.org", everything_public)
    with pytest.raises(BlockedAddress, match="not a public address"):
        check_url("https://intranet.example/x", "feeds.example.org", lambda h: ["192.168.0.9"])


def test_userinfo_does_not_hide_a_private_host() -> None:
    with pytest.raises(BlockedAddress, match=r"10\.0\.0\.1"):
        check_url("http://www.state.gov@10.0.0.1/", "www.state.gov", everything_public)


def test_a_trusted_host_without_port_covers_both_default_ports() -> None:
    refuse = lambda h: ["10.0.0.1"]  # noqa: E731 - the source's own host is private here
    check_url("http://intranet.example/a", "intranet.example", refuse)
    check_url("https://INTRANET.example./a", "intranet.example", refuse)
    with pytest.raises(BlockedAddress):
        check_url("http://intranet.example:8080/a", "intranet.example", refuse)


def test_connect_time_check_refuses_a_name_that_changed_its_answer() -> None:
    from monitor.fetch.guard import check_connect

    assert check_connect("feeds.example", 443, None, lambda h: ["10.0.0.1"]) == ["10.0.0.1"]
    assert check_connect("cdn.example", 443, "a.gov:443", everything_public) == ["23.1.2.3"]
    with pytest.raises(BlockedAddress, match="connect time"):
        check_connect("cdn.example", 443, "a.gov:443", lambda h: ["127.0.0.1"])
