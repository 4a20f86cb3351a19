"""Webhooks carry Standard Webhooks headers beside policywatch's own; real requests to a
loopback receiver are verified with the `standardwebhooks` package."""

from __future__ import annotations

import base64
import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError
from werkzeug import Request, Response

from alerts import (
    DeliverySettings,
    SubscriptionConfig,
    WebhookChannel,
    deliver_due,
    make_digests,
    sign,
)
from monitor.clean import Cleaned
from monitor.tracking import track_page
from store import RawPage, Store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # the digests' clock; signatures use real time
WHSEC = "whsec_" + base64.b64encode(b"policywatch-test-key-0123456789ab").decode()

BODY = ("The Department of State today imposed visa restrictions on nine officials of the "
        "port authority.\n\nThe Secretary thanked partners for their support.")

Received = list[tuple[bytes, dict[str, str]]]


def add(store: Store, url: str) -> None:
    """Store a page as a run does: tracked, with the actions its new text announces."""
    cleaned = Cleaned(url, "Visa restrictions", NOW, tuple(BODY.split("\n\n")))
    track_page(store, cleaned, url=url, fetch_url=url,
               raw=RawPage(url, "text/html", BODY.encode()), source_id=None, at=NOW)


@pytest.fixture
def received(httpserver: HTTPServer) -> Received:
    """The raw body and headers of every request to /hook; the first answer is 500 when the
    test sets `httpserver.fail_first`."""
    calls: Received = []

    def handler(request: Request) -> Response:
        calls.append((request.get_data(), dict(request.headers)))
        failing = getattr(httpserver, "fail_first", False) and len(calls) == 1
        return Response("busy", status=500) if failing else Response("", status=204)

    httpserver.expect_request("/hook", method="POST").respond_with_handler(handler)
    return calls


def deliver(store: Store, sub: SubscriptionConfig, at: datetime = NOW) -> int:
    with httpx.Client(timeout=5) as client:
        report = deliver_due(store, {"webhook": WebhookChannel(client)}, [sub],
                             DeliverySettings(backoff_seconds=60), at)
    return report.sent


def queue(store: Store, sub: SubscriptionConfig) -> str:
    store.start_cursor(sub.name, NOW - timedelta(days=1))
    add(store, "https://s.gov/a")
    (digest,) = make_digests(store, [sub], NOW)
    return digest.digest_id


def hook(httpserver: HTTPServer, **settings: Any) -> SubscriptionConfig:
    return SubscriptionConfig(name="hook", webhook=httpserver.url_for("/hook"), **settings)


def test_a_whsec_secret_signs_requests_standardwebhooks_verifies(
    store: Store, httpserver: HTTPServer, received: Received, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PW_TEST_HOOK_SECRET", WHSEC)
    sub = hook(httpserver, secret_env="PW_TEST_HOOK_SECRET")
    digest_id = queue(store, sub)
    assert deliver(store, sub) == 1
    ((body, headers),) = received
    payload = Webhook(WHSEC).verify(body, headers)
    assert payload["digest_id"] == digest_id == headers["Webhook-Id"]
    assert abs(int(headers["Webhook-Timestamp"]) - time.time()) < 60
    assert headers["Webhook-Signature"].startswith("v1,")
    # policywatch's own signature stays, keyed with the secret as written
    stamp = headers["X-Policywatch-Timestamp"]
    assert stamp == headers["Webhook-Timestamp"]
    assert headers["X-Policywatch-Signature"] == sign(WHSEC, stamp, body)
    assert headers["X-Policywatch-Digest"] == digest_id


def test_a_tampered_body_or_another_secret_fails_verification(
    store: Store, httpserver: HTTPServer, received: Received, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PW_TEST_HOOK_SECRET", WHSEC)
    sub = hook(httpserver, secret_env="PW_TEST_HOOK_SECRET")
    queue(store, sub)
    deliver(store, sub)
    ((body, headers),) = received
    with pytest.raises(WebhookVerificationError):
        Webhook(WHSEC).verify(body.replace(b"visa", b"Visa", 1), headers)
    other = "whsec_" + base64.b64encode(b"another-key-another-key-1234").decode()
    with pytest.raises(WebhookVerificationError):
        Webhook(other).verify(body, headers)


def test_a_plain_secret_keys_the_standard_signature_with_its_bytes(
    store: Store, httpserver: HTTPServer, received: Received, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PW_TEST_HOOK_SECRET", "correct horse battery staple")
    sub = hook(httpserver, secret_env="PW_TEST_HOOK_SECRET")
    queue(store, sub)
    deliver(store, sub)
    ((body, headers),) = received
    assert Webhook(b"correct horse battery staple").verify(body, headers)
    whsec = "whsec_" + base64.b64encode(b"correct horse battery staple").decode()
    assert Webhook(whsec).verify(body, headers)  # what a receiver in another language uses
    assert headers["X-Policywatch-Signature"] == sign(
        "correct horse battery staple", headers["X-Policywatch-Timestamp"], body)


def test_a_retry_is_signed_afresh_with_the_same_webhook_id(
    store: Store, httpserver: HTTPServer, received: Received, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PW_TEST_HOOK_SECRET", WHSEC)
    httpserver.fail_first = True  # type: ignore[attr-defined]
    sub = hook(httpserver, secret_env="PW_TEST_HOOK_SECRET")
    digest_id = queue(store, sub)
    assert deliver(store, sub) == 0
    assert deliver(store, sub, NOW + timedelta(minutes=2)) == 1
    assert len(received) == 2
    for body, headers in received:
        assert Webhook(WHSEC).verify(body, headers)["digest_id"] == digest_id
        assert headers["Webhook-Id"] == digest_id


def test_an_unsigned_webhook_still_carries_id_and_timestamp(
    store: Store, httpserver: HTTPServer, received: Received
) -> None:
    sub = hook(httpserver)
    digest_id = queue(store, sub)
    deliver(store, sub)
    ((body, headers),) = received
    assert headers["Webhook-Id"] == digest_id and headers["Webhook-Timestamp"].isdigit()
    assert "Webhook-Signature" not in headers and "X-Policywatch-Signature" not in headers
    assert json.loads(body)["digest_id"] == digest_id


def test_the_slack_format_is_signed_too(
    store: Store, httpserver: HTTPServer, received: Received, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PW_TEST_HOOK_SECRET", WHSEC)
    sub = hook(httpserver, secret_env="PW_TEST_HOOK_SECRET", format="slack")
    queue(store, sub)
    deliver(store, sub)
    ((body, headers),) = received
    assert set(Webhook(WHSEC).verify(body, headers)) == {"text", "blocks"}


def test_a_whsec_secret_that_is_not_base64_is_a_misconfiguration(
    store: Store, httpserver: HTTPServer, received: Received, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PW_TEST_HOOK_SECRET", "whsec_not*base64!")
    sub = hook(httpserver, secret_env="PW_TEST_HOOK_SECRET")
    queue(store, sub)
    with httpx.Client(timeout=5) as client:
        report = deliver_due(store, {"webhook": WebhookChannel(client)}, [sub],
                             DeliverySettings(), NOW)
    assert report.failed == 1 and "PW_TEST_HOOK_SECRET" in report.errors[0]
    assert "not base64" in report.errors[0]
    assert received == []
    assert [d.status for d in store.deliveries()] == ["pending"]


def test_the_readme_receiver_snippet_verifies_a_real_request(
    store: Store, httpserver: HTTPServer, received: Received, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Verifying webhook signatures", 1)[1]
    snippet = section.split("```python", 2)[2].split("```", 1)[0]  # the second snippet
    namespace: dict[str, Any] = {}
    exec(snippet, namespace)
    monkeypatch.setenv("PW_TEST_HOOK_SECRET", WHSEC)
    sub = hook(httpserver, secret_env="PW_TEST_HOOK_SECRET")
    digest_id = queue(store, sub)
    deliver(store, sub)
    ((body, headers),) = received
    assert namespace["receive"](WHSEC, body, headers)["digest_id"] == digest_id
