"""The "apprise" channel through the durable outbox, to real receivers on loopback: Apprise's
json://, form:// and ntfy:// to a local HTTP server, mailto:// to a local SMTP server."""

from __future__ import annotations

import json
import logging
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from alerts import (
    AppriseChannel,
    Channel,
    DeliverySettings,
    Limits,
    SubscriptionConfig,
    deliver_due,
    make_digests,
    render_markdown,
)
from alerts.render import subject
from monitor.clean import Cleaned
from monitor.demo import LocalSmtp
from monitor.tracking import track_page
from store import RawPage, Store
from tests.conftest import invoke

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
BODY = ("The Department of State today imposed visa restrictions on nine officials of the "
        "port authority.\n\nThe Department will also offer a reward of up to $2 million for "
        "information on the network.\n\nThe Secretary thanked partners for their support.")


PLACES = ("Arden", "Belmar", "Corvin", "Dunmore", "Elsby", "Farrow", "Glenholt", "Harwick",
          "Islay", "Jarrow", "Kelso", "Lanark", "Marden", "Norwell", "Oakham", "Penrith")
GOODS = ("steel", "timber", "grain", "fuel", "copper", "cotton", "salt", "tin")


def statement(n: int) -> str:
    """A statement of our own writing, distinct enough from its neighbours not to be a
    re-post."""
    place, other = PLACES[n % 16], PLACES[(n * 7 + 3) % 16]
    goods = GOODS[n % 8]
    return (f"The Department of Commerce today restricted exports of {goods} to the {place} "
            f"free zone after reports of diversion through {other}.\n\nThe Treasury will "
            f"provide {n + 2} million dollars to {other} customs for {goods} inspections "
            f"starting in {1990 + n}.\n\nStatement number {n} on {place} and {other}.")


def add(store: Store, url: str, title: str = "Visa restrictions", body: str = BODY,
        at: datetime = NOW) -> None:
    """Store a page as a run does: tracked, with the actions its new text announces."""
    cleaned = Cleaned(url, title, at, tuple(body.split("\n\n")))
    track_page(store, cleaned, url=url, fetch_url=url,
               raw=RawPage(url, "text/html", body.encode()), source_id=None, at=at)


def queue(store: Store, sub: SubscriptionConfig, *urls: str, title: str = "Visa restrictions"
          ) -> None:
    """A subscription that started yesterday, and a digest of these pages in its outbox."""
    store.start_cursor(sub.name, NOW - timedelta(days=1))
    for url in urls or ("https://s.gov/a",):
        add(store, url, title=title)
    assert len(make_digests(store, [sub], NOW)) == 1


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def channels() -> dict[str, Channel]:
    return {"apprise": AppriseChannel(timeout=5)}


def test_a_digest_reaches_a_json_receiver_as_title_and_markdown(
    store: Store, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/notify", method="POST").respond_with_data("ok")
    sub = SubscriptionConfig(name="desk", apprise=(
        f"json://127.0.0.1:{httpserver.port}/notify",))
    queue(store, sub)
    report = deliver_due(store, channels(), [sub], DeliverySettings(), NOW)
    assert (report.sent, report.failed) == (1, 0)
    ((request, _),) = httpserver.log
    sent = request.get_json()
    assert sent["title"].startswith("[policywatch] desk: 1 new") and "2 actions" in sent["title"]
    body = sent["message"]
    assert "1 new, 0 changed document(s); 2 action(s)." in body
    assert "**New: Visa restrictions**" in body and "<https://s.gov/a>" in body
    assert "imposed visa restrictions on nine officials" in body
    assert "Announces: " in body
    (delivery,) = store.deliveries()
    assert delivery.channel == "apprise" and delivery.status == "sent"


def test_a_form_receiver_answering_500_then_200_gets_the_digest_on_the_outbox_retry(
    store: Store, httpserver: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    bodies: list[dict[str, str]] = []

    def handler(request: Request) -> Response:
        bodies.append(dict(request.form))
        return Response("down", status=500) if len(bodies) == 1 else Response("ok")

    httpserver.expect_request("/form", method="POST").respond_with_handler(handler)
    sub = SubscriptionConfig(name="desk", apprise=(f"form://127.0.0.1:{httpserver.port}/form",))
    queue(store, sub)
    settings = DeliverySettings(backoff_seconds=60)
    ours = Collect()  # a handler on the root logger, as the CLI's -vv installs
    logging.getLogger().addHandler(ours)
    caplog.set_level(logging.DEBUG)
    started = time.monotonic()
    first = deliver_due(store, channels(), [sub], settings, NOW)
    assert (first.sent, first.failed, first.dead) == (0, 1, 0)
    assert "500" in first.errors[0] and "Form" in first.errors[0]
    (pending,) = store.deliveries("pending")
    assert pending.next_attempt_at == NOW + timedelta(seconds=60)
    assert "500" in (pending.last_error or "")
    assert deliver_due(store, channels(), [sub], settings, NOW + timedelta(seconds=30)).sent == 0
    assert deliver_due(store, channels(), [sub], settings, NOW + timedelta(seconds=61)).sent == 1
    assert time.monotonic() - started < 5  # Apprise neither retries nor throttles on its own
    assert len(bodies) == 2 and bodies[0] == bodies[1]
    logging.getLogger().removeHandler(ours)
    # Apprise's own log lines stay out of ours; the outbox says what failed, once.
    assert not [r for r in ours.records if r.name.startswith("apprise")]
    said = [r for r in ours.records if r.name == "alerts.outbox" and "failed" in r.getMessage()]
    assert len(said) == 1 and "500" in said[0].getMessage()


def test_mailto_delivers_to_a_local_smtp_server_with_fetched_text_escaped(store: Store) -> None:
    with LocalSmtp() as smtp:
        sub = SubscriptionConfig(name="desk", apprise=(
            f"mailto://127.0.0.1:{smtp.port}?from=pw@example.org&to=desk@example.org",))
        queue(store, sub, title='Visa <script>alert(1)</script> [win](https://evil.example) *now*')
        assert deliver_due(store, channels(), [sub], DeliverySettings(), NOW).sent == 1
    (message,) = smtp.messages
    assert message["To"] == "desk@example.org" and message["Subject"].startswith("[policywatch]")
    parts = {p.get_content_type(): p.get_payload(decode=True).decode() for p in message.walk()
             if not p.is_multipart()}
    html = parts["text/html"]
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'href="https://evil.example"' not in html and "<em>now</em>" not in html
    assert 'href="https://s.gov/a"' in html and "imposed visa restrictions" in html


def test_a_dead_smtp_port_parks_the_delivery_dead_and_deliveries_retry_sends_it(
    store: Store, write_config: Any, tmp_path: Path
) -> None:
    smtp = LocalSmtp()  # its port is chosen, nothing listens there yet
    url = f"mailto://127.0.0.1:{smtp.port}?from=pw@example.org&to=desk@example.org"
    config = write_config(f'[delivery]\nmax_attempts = 2\nbackoff_seconds = 0\n\n'
                          f'[[subscriptions]]\nname = "desk"\napprise = ["{url}"]\n')
    shared = Store(f"sqlite:///{tmp_path / 'pw.db'}")
    sub = SubscriptionConfig(name="desk", apprise=(url,))
    queue(shared, sub)
    settings = DeliverySettings(max_attempts=2, backoff_seconds=0)
    deliver_due(shared, channels(), [sub], settings, NOW)
    report = deliver_due(shared, channels(), [sub], settings, NOW)
    assert report.dead == 1 and "Connection error" in report.errors[0]
    (dead,) = shared.deliveries("dead")
    with smtp:
        result = invoke("deliveries", "retry", str(dead.id), "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert f"Delivery {dead.id} sent" in result.stdout
    assert len(smtp.messages) == 1
    assert [d.status for d in shared.deliveries()] == ["sent"]
    shared.close()


def test_a_secret_comes_from_the_environment_at_send_time_and_is_never_stored(
    store: Store, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PW_TEST_RECEIVER_PASSWORD", "hunter2-secret")
    httpserver.expect_request("/n").respond_with_data("ok")
    url = f"json://desk:{{env:PW_TEST_RECEIVER_PASSWORD}}@127.0.0.1:{httpserver.port}/n"
    sub = SubscriptionConfig(name="desk", apprise=(url,))
    queue(store, sub)
    assert deliver_due(store, channels(), [sub], DeliverySettings(), NOW).sent == 1
    ((request, _),) = httpserver.log
    assert request.authorization is not None
    assert (request.authorization.username, request.authorization.password) == (
        "desk", "hunter2-secret")
    (delivery,) = store.deliveries()
    assert delivery.target == url


def test_an_unset_variable_fails_the_delivery_naming_it_and_loses_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PW_TEST_UNSET_TOKEN", raising=False)
    sub = SubscriptionConfig(name="desk", apprise=("tgram://{env:PW_TEST_UNSET_TOKEN}/12345",))
    queue(store, sub)
    report = deliver_due(store, channels(), [sub], DeliverySettings(), NOW)
    assert report.failed == 1
    assert "{env:PW_TEST_UNSET_TOKEN}" in report.errors[0] and "not set" in report.errors[0]
    assert [d.status for d in store.deliveries()] == ["pending"]


def test_a_receiver_error_never_shows_the_secret(
    store: Store, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PW_TEST_NTFY_PASSWORD", "sup3r-s3cret-value")
    httpserver.expect_request("/topic").respond_with_data("nope", status=403)
    httpserver.expect_request("/").respond_with_data("nope", status=403)
    sub = SubscriptionConfig(name="desk", apprise=(
        f"ntfy://bot:{{env:PW_TEST_NTFY_PASSWORD}}@127.0.0.1:{httpserver.port}/topic",))
    queue(store, sub)
    report = deliver_due(store, channels(), [sub], DeliverySettings(), NOW)
    assert report.failed == 1 and "403" in report.errors[0]
    (pending,) = store.deliveries("pending")
    assert "s3cret" not in report.errors[0] and "s3cret" not in (pending.last_error or "")


def test_a_long_digest_is_cut_to_the_service_limit_with_the_rest_as_links(
    store: Store, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PW_TEST_MATTERMOST_TOKEN", "abcdefghijklmnopqrstuvwxyz")
    httpserver.expect_request("/hooks/abcdefghijklmnopqrstuvwxyz").respond_with_data("ok")
    sub = SubscriptionConfig(name="desk", apprise=(
        f"mmost://127.0.0.1:{httpserver.port}/{{env:PW_TEST_MATTERMOST_TOKEN}}",))
    urls = [f"https://s.gov/statement-{n:03d}" for n in range(60)]
    store.start_cursor(sub.name, NOW - timedelta(days=1))
    for n, url in enumerate(urls):
        add(store, url, title=f"Export restrictions {n}", body=statement(n))
    (digest,) = make_digests(store, [sub], NOW)
    assert len(digest.items) == 60
    assert deliver_due(store, channels(), [sub], DeliverySettings(), NOW).sent == 1
    ((request, _),) = httpserver.log
    text = json.loads(request.get_data())["text"]
    assert 3000 < len(text) <= 4000  # Mattermost's limit in Apprise; it has no titles
    assert text.startswith("**\\[policywatch\\] desk: 60 new")
    full = text.count("**New: ")
    links = [u for u in urls if f"- <{u}>" in text]
    left = int(text.rsplit("…and ", 1)[1].split(" more", 1)[0])
    assert full >= 5 and full + len(links) + left == 60
    if not links:  # the items in full filled the message: not even one link would fit
        assert len(text) + len(f"\n\n**More in this digest:**\n- <{urls[0]}>") > 4000
    assert digest.digest_id in text
    # at some smaller limit the room left after the items in full holds links: the same
    # counts, every document shown in full, linked or counted (whatever the items' sizes)
    with_links = 0
    for body in range(600, 2000, 50):
        cut = render_markdown(digest, Limits(body=body, title=0))[1]
        assert len(cut) <= body
        shown = [u for u in urls if f"- <{u}>" in cut]
        counted = int(cut.rsplit("…and ", 1)[1].split(" more", 1)[0])
        assert cut.count("**New: ") + len(shown) + counted == 60
        with_links += bool(shown)
    assert with_links


def test_an_edit_is_sent_as_changed_with_only_the_actions_it_added(
    store: Store, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/notify", method="POST").respond_with_data("ok")
    sub = SubscriptionConfig(name="desk", apprise=(
        f"json://127.0.0.1:{httpserver.port}/notify",))
    queue(store, sub)
    later = NOW + timedelta(hours=1)
    edited = BODY + "\n\nThe Department will also suspend two export licences for the port."
    add(store, "https://s.gov/a", body=edited, at=later)
    assert len(make_digests(store, [sub], later)) == 1
    assert deliver_due(store, channels(), [sub], DeliverySettings(), later).sent == 2
    message = httpserver.log[-1][0].get_json()["message"]
    assert "0 new, 1 changed document(s); 1 action(s)." in message
    assert "**Changed: Visa restrictions**" in message and "Edited: 1 sentence added." in message
    assert "suspend two export licences" in message and "nine officials" not in message


def test_the_markdown_is_cut_within_limits_and_counts_what_it_leaves_out(
    store: Store,
) -> None:
    sub = SubscriptionConfig(name="desk")
    store.start_cursor(sub.name, NOW - timedelta(days=1))
    for n in range(12):
        add(store, f"https://s.gov/s{n}", title=f"Statement {n}", body=statement(n))
    (digest,) = make_digests(store, [sub], NOW)
    assert len(digest.items) == 12
    assert len(render_markdown(digest)[1]) > 2000
    from alerts import Limits

    for limits in (Limits(body=900), Limits(body=900, title=0), Limits(lines=30),
                   Limits(body=160)):
        title, body = render_markdown(digest, limits)
        assert limits.body == 0 or len(body) <= limits.body
        assert limits.lines == 0 or body.count("\n") < limits.lines
        assert (title == "") == (limits.title == 0)
        if limits.title == 0:
            assert body.startswith(f"**{subject(digest)}**".replace("[", "\\[").replace(
                "]", "\\]"))
    # a limit too small for every document's link says how many are left out, and where
    # (which limits those are depends on how long the finder's actions are)
    counted = 0
    for size in range(200, 1000, 50):
        body = render_markdown(digest, Limits(body=size))[1]
        if "not shown here" in body:
            assert digest.digest_id in body and len(body) <= size
            counted += 1
    assert counted


def test_the_notifier_builds_an_apprise_channel_bounded_by_the_delivery_timeout(
    store: Store, write_config: Any
) -> None:
    from monitor.config import load_config
    from monitor.notify import Notifier

    config = load_config(str(write_config("[delivery]\ntimeout = 7\n")))
    with Notifier(config, store, lambda: NOW) as notifier:
        channel = notifier.channels["apprise"]
    assert isinstance(channel, AppriseChannel) and channel.timeout == 7
