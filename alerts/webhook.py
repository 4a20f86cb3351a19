"""The "webhook" channel: the digest POSTed as JSON (or as a Slack message), signed twice.

With `secret_env`, each request carries two signatures made with the one secret:
- policywatch's own: `X-Policywatch-Timestamp` and `X-Policywatch-Signature`
  (`sha256=` + hex HMAC-SHA256 of "timestamp.body", keyed with the secret as written);
- Standard Webhooks (standardwebhooks.com): `webhook-signature` = `v1,` + base64
  HMAC-SHA256 of "id.timestamp.body", keyed with the base64 after `whsec_` when the secret
  has that form, else with the secret's UTF-8 bytes.
`webhook-id` (the digest_id, the same on every retry) and `webhook-timestamp` go on every
request, signed or not. Timestamps are the wall clock's: receivers compare them with theirs.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import time
from collections.abc import Callable

import httpx

from .channels import Channel, ChannelContext, ChannelMisconfigured, DeliveryError
from .digest import Digest
from .render import render_slack
from .settings import SubscriptionConfig

__all__ = [
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "WebhookChannel",
    "sign",
    "sign_standard",
    "standard_key",
]

SIGNATURE_HEADER = "X-Policywatch-Signature"
TIMESTAMP_HEADER = "X-Policywatch-Timestamp"
WHSEC_PREFIX = "whsec_"


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """HMAC-SHA256 of "timestamp.body", hex, as sent in X-Policywatch-Signature."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def standard_key(secret: str) -> bytes:
    """The Standard Webhooks key of a secret: the base64 after `whsec_`, else its UTF-8 bytes.

    Raises ValueError when a `whsec_` secret is not base64.
    """
    if not secret.startswith(WHSEC_PREFIX):
        return secret.encode()
    encoded = secret.removeprefix(WHSEC_PREFIX)
    try:
        key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except binascii.Error as exc:
        raise ValueError("its part after whsec_ is not base64") from exc
    if not key:
        raise ValueError("it is empty after whsec_")
    return key


def sign_standard(key: bytes, msg_id: str, timestamp: str, body: bytes) -> str:
    """`v1,` + base64 HMAC-SHA256 of "id.timestamp.body", as sent in webhook-signature."""
    mac = hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256)
    return "v1," + base64.b64encode(mac.digest()).decode("ascii")


class WebhookChannel(Channel):
    """POST the digest as JSON (or as a Slack message), signed when a secret is configured."""

    kind = "webhook"

    def __init__(self, client: httpx.Client, clock: Callable[[], object] | None = None,
                 wall: Callable[[], float] = time.time) -> None:
        # `clock` is accepted for symmetry with the other channels; signatures use `wall`,
        # the real time, so a replay under --now still sends timestamps receivers accept.
        self.client, self.wall = client, wall

    @classmethod
    def build(cls, context: ChannelContext) -> WebhookChannel:
        return cls(context.http)

    @classmethod
    def targets(cls, sub: SubscriptionConfig) -> list[str]:
        return [sub.webhook] if sub.webhook else []

    def headers(self, digest: Digest, body: bytes, sub: SubscriptionConfig | None
                ) -> dict[str, str]:
        """The request's headers: content type, digest id, and both signatures if a secret."""
        timestamp = str(int(self.wall()))
        headers = {"Content-Type": "application/json", "X-Policywatch-Digest": digest.digest_id,
                   "webhook-id": digest.digest_id, "webhook-timestamp": timestamp}
        if not (sub and sub.secret_env):
            return headers
        secret = os.environ.get(sub.secret_env)
        if not secret:
            raise ChannelMisconfigured(
                f"subscription {sub.name!r}: secret_env names {sub.secret_env}, which is "
                "not set. Export it, or remove secret_env to send unsigned.")
        try:
            key = standard_key(secret)
        except ValueError as exc:
            raise ChannelMisconfigured(
                f"subscription {sub.name!r}: the secret in {sub.secret_env} starts with "
                f"whsec_ but {exc}. Use a Standard Webhooks secret (whsec_ + base64 of "
                "24-64 random bytes) or a secret without the whsec_ prefix.") from exc
        headers[TIMESTAMP_HEADER] = timestamp
        headers[SIGNATURE_HEADER] = sign(secret, timestamp, body)
        headers["webhook-signature"] = sign_standard(key, digest.digest_id, timestamp, body)
        return headers

    def send(self, digest: Digest, target: str, sub: SubscriptionConfig | None) -> None:
        payload = render_slack(digest) if sub and sub.format == "slack" else digest.as_json()
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        headers = self.headers(digest, body, sub)
        try:
            response = self.client.post(target, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise DeliveryError(f"webhook {target}: {exc!r}") from exc
        if response.status_code >= 300:
            raise DeliveryError(f"webhook {target}: HTTP {response.status_code}")
