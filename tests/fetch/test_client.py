"""The client's connections: the overall deadline covers the whole exchange, headers
included, and a failed connection is reported once, with its real cause."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from monitor.fetch import Fetcher, FetchPolicy, FetchTimeout, TransportFailed, make_client

HEAD = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 12\r\n"
        b"X-Padding: " + b"p" * 40 + b"\r\n\r\n<p>late</p>\n")


class HeaderDrip:
    """A raw socket server on loopback that sends its status line and headers one byte
    every `interval` seconds, to every connection (robots.txt included)."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.stopped = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                for byte in HEAD:
                    if self.stopped.wait(self.interval):
                        return
                    conn.sendall(bytes([byte]))
            except OSError:
                return

    def close(self) -> None:
        self.stopped.set()
        self.listener.close()


@pytest.fixture
def drip() -> Iterator[HeaderDrip]:
    server = HeaderDrip(0.5)
    yield server
    server.close()


def test_headers_sent_one_byte_at_a_time_hit_the_overall_deadline(drip: HeaderDrip) -> None:
    # Each byte comes well within read_timeout, so only the overall deadline can end it.
    policy = FetchPolicy(host_delay=0, deadline=2, read_timeout=5, retries=0,
                         respect_robots=False)
    started = time.monotonic()
    with pytest.raises(FetchTimeout, match="within the 2 s deadline"):
        Fetcher(make_client(policy), policy).fetch(drip.url + "/statement")
    assert time.monotonic() - started < 3.5


def test_the_deadline_covers_robots_txt_and_the_page_together(drip: HeaderDrip) -> None:
    policy = FetchPolicy(host_delay=0, deadline=2, read_timeout=5, retries=0)
    started = time.monotonic()
    with pytest.raises(FetchTimeout):
        Fetcher(make_client(policy), policy).fetch(drip.url + "/statement")
    assert time.monotonic() - started < 3.5


def test_a_refused_connection_says_so_once_even_through_robots_txt() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()  # nothing listens there now
    policy = FetchPolicy(host_delay=0, retries=0)  # robots.txt is asked first
    url = f"http://127.0.0.1:{port}/news/"
    with pytest.raises(TransportFailed) as err:
        Fetcher(make_client(policy), policy).fetch(url)
    message = str(err.value)
    assert message == f"{url}: connection refused by 127.0.0.1:{port}"
    assert "robots" not in message and "TLS" not in message and "respect_robots" not in message


def test_a_name_that_does_not_resolve_is_a_dns_failure() -> None:
    policy = FetchPolicy(host_delay=0, retries=0)
    with pytest.raises(TransportFailed, match=r"DNS lookup of nowhere\.invalid failed$"):
        Fetcher(make_client(policy), policy).fetch("http://nowhere.invalid/feed")
