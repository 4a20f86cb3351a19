"""Digests through the durable outbox: real SMTP (aiosmtpd) and a real webhook receiver."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import Message
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from alerts import (
    DeliverySettings,
    EmailChannel,
    SmtpSettings,
    SubscriptionConfig,
    WebhookChannel,
    deliver_due,
    make_digests,
    preview,
)
from monitor.clean import Cleaned
from monitor.demo import free_port
from monitor.tracking import track_page
from store import RawPage, Store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
BODY = ("The Department of State today imposed visa restrictions on nine officials of the "
        "port authority.\n\nThe Department will also offer a reward of up to $2 million for "
        "information on the network.\n\nThe Secretary thanked partners for their support.")


def add(store: Store, url: str, body: str = BODY, title: str = "Visa restrictions",
        at: datetime = NOW) -> None:
    """Store a page as a run does: tracked, with the actions its new text announces."""
    cleaned = Cleaned(url, title, at, tuple(body.split("\n\n")))
    track_page(store, cleaned, url=url, fetch_url=url,
               raw=RawPage(url, "text/html", body.encode()), source_id=None, at=at)


class Smtp:
    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.messages: list[Message] = []
        outer = self

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                outer.messages.append(message_from_bytes(envelope.content))
                return "250 OK"

        self.port = free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)


@pytest.fixture
def smtp() -> Iterator[Smtp]:
    server = Smtp()
    server.controller.start()
    yield server
    server.controller.stop()


def channels(smtp_port: int) -> dict[str, Any]:
    clock = lambda: NOW  # noqa: E731
    return {"email": EmailChannel(SmtpSettings(host="127.0.0.1", port=smtp_port,
                                               sender="pw@example.org"), clock),
            "webhook": WebhookChannel(httpx.Client(timeout=5), clock)}


def start(store: Store, sub: SubscriptionConfig) -> None:
    """A subscription starts after the events already stored."""
    store.start_cursor(sub.name, NOW - timedelta(days=1))


def test_email_digest_is_multipart_with_counts_and_escaped_html(store: Store, smtp: Smtp) -> None:
    sub = SubscriptionConfig(name="desk", email=("desk@example.org",))
    start(store, sub)
    add(store, "https://s.gov/a", title='Visa <script>alert("x")</script> restrictions')
    made = make_digests(store, [sub], NOW)
    assert len(made) == 1
    report = deliver_due(store, channels(smtp.port), [sub], DeliverySettings(), NOW)
    assert report.sent == 1
    (message,) = smtp.messages
    assert message.get_content_type() == "multipart/alternative"
    assert "1 new" in message["Subject"] and "2 actions" in message["Subject"]
    assert message["Message-ID"] and message["Date"]
    parts = {p.get_content_type(): p.get_payload(decode=True).decode() for p in message.walk()
             if not p.is_multipart()}
    assert "imposed visa restrictions" in parts["text/plain"]
    assert "<script>" not in parts["text/html"] and "&lt;script&gt;" in parts["text/html"]


def test_receiver_failing_three_times_gets_one_digest_with_one_id(
    store: Store, httpserver: HTTPServer
) -> None:
    calls: list[dict[str, Any]] = []

    def handler(request: Request) -> Response:
        calls.append(json.loads(request.data))
        return Response("busy", status=503) if len(calls) <= 3 else Response("", status=204)

    httpserver.expect_request("/hook", method="POST").respond_with_handler(handler)
    sub = SubscriptionConfig(name="hook", webhook=httpserver.url_for("/hook"))
    start(store, sub)
    add(store, "https://s.gov/a")
    make_digests(store, [sub], NOW)
    settings = DeliverySettings(backoff_seconds=60)
    now = NOW
    for _ in range(6):
        deliver_due(store, channels(1), [sub], settings, now)
        make_digests(store, [sub], now)
        now += timedelta(minutes=30)
    assert len(calls) == 4
    assert len({c["digest_id"] for c in calls}) == 1
    assert [d.status for d in store.deliveries()] == ["sent"]
    payload = calls[-1]
    assert set(payload) >= {"digest_id", "subscription", "generated_at", "items"}
    (item,) = payload["items"]
    assert set(item) >= {"kind", "url", "title", "published", "source", "actions", "also_at"}
    assert item["kind"] == "new" and item["url"] == "https://s.gov/a"
    assert all(set(a) >= {"text"} for a in item["actions"])


def test_a_delivery_that_keeps_failing_is_parked_dead_and_can_be_retried(
    store: Store, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/hook").respond_with_data("no", status=500)
    sub = SubscriptionConfig(name="hook", webhook=httpserver.url_for("/hook"))
    start(store, sub)
    add(store, "https://s.gov/a")
    make_digests(store, [sub], NOW)
    settings = DeliverySettings(max_attempts=2, backoff_seconds=0)
    deliver_due(store, channels(1), [sub], settings, NOW)
    report = deliver_due(store, channels(1), [sub], settings, NOW)
    assert report.dead == 1
    (dead,) = store.deliveries("dead")
    httpserver.clear()
    httpserver.expect_request("/hook").respond_with_data("", status=204)
    record = store.retry_delivery(dead.id, NOW)
    assert deliver_due(store, channels(1), [sub], settings, NOW, only=[record]).sent == 1


def test_a_dead_smtp_server_loses_nothing(store: Store) -> None:
    sub = SubscriptionConfig(name="desk", email=("desk@example.org",))
    start(store, sub)
    add(store, "https://s.gov/a")
    make_digests(store, [sub], NOW)
    report = deliver_due(store, channels(free_port()), [sub], DeliverySettings(), NOW)
    assert report.failed == 1 and "SMTP server 127.0.0.1" in report.errors[0]
    (pending,) = store.deliveries("pending")
    assert pending.next_attempt_at > NOW


def test_each_event_goes_into_one_digest_only(store: Store, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/hook").respond_with_data("", status=204)
    sub = SubscriptionConfig(name="hook", webhook=httpserver.url_for("/hook"))
    start(store, sub)
    add(store, "https://s.gov/a")
    assert len(make_digests(store, [sub], NOW)) == 1
    assert make_digests(store, [sub], NOW) == []
    add(store, "https://s.gov/b", title="Port programme", body=(
        "The Department of Examples today launched a training programme for customs officers "
        "at four northern ports.\n\nThe programme starts in January and runs two years."))
    second = make_digests(store, [sub], NOW + timedelta(minutes=5))
    assert [i.url for d in second for i in d.items] == ["https://s.gov/b"]


def test_changed_item_lists_only_the_actions_the_edit_added(store: Store) -> None:
    sub = SubscriptionConfig(name="desk")
    start(store, sub)
    add(store, "https://s.gov/a")
    make_digests(store, [sub], NOW)
    edited = BODY + "\n\nThe Department will also suspend two export licences for the port."
    add(store, "https://s.gov/a", body=edited, at=NOW + timedelta(hours=1))
    (digest,) = make_digests(store, [sub], NOW + timedelta(hours=1))
    (item,) = digest.items
    assert item.kind == "changed"
    assert [a.text for a in item.actions] == [
        "The Department will also suspend two export licences for the port."]
    assert item.summary == "Edited: 1 sentence added."


def test_keywords_and_preview_do_not_mark_anything(store: Store) -> None:
    wanted = SubscriptionConfig(name="ports", keywords=("port authority",))
    other = SubscriptionConfig(name="fisheries", keywords=("fisheries",))
    start(store, wanted)
    start(store, other)
    add(store, "https://s.gov/a")
    (p1, p2) = preview(store, [wanted, other], NOW)
    assert len(p1.items) == 1 and p2.items == ()
    assert len(preview(store, [wanted], NOW)[0].items) == 1  # still there: nothing marked
    made = make_digests(store, [wanted, other], NOW)
    assert [d.subscription for d in made] == ["ports"]


def test_baseline_and_reposts_are_not_items(store: Store) -> None:
    sub = SubscriptionConfig(name="desk")
    start(store, sub)
    store.track(url="https://s.gov/base", fetch_url="https://s.gov/base", title="Old",
                published=None, body="An old statement on fisheries quotas for the region.",
                raw=None, source_id=None, at=NOW, baseline=True)
    add(store, "https://s.gov/a")
    add(store, "https://mirror.example.org/a",
        body="The following statement was released today:\n\n" + BODY)
    (digest,) = make_digests(store, [sub], NOW)
    (item,) = digest.items
    assert item.url == "https://s.gov/a"
    assert item.also_at == ("https://mirror.example.org/a",)
