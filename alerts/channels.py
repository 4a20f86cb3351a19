"""Delivery channels, registered by kind: e-mail over SMTP and JSON (or Slack) webhooks.

    DeliveryError      (one attempt failed; the outbox retries it later)
     └─ ChannelMisconfigured  (a setting or secret is missing; fix the config or environment)
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import ClassVar

import httpx

from .digest import Digest
from .render import render_html, render_slack, render_text, subject
from .settings import SmtpSettings, SubscriptionConfig

__all__ = [
    "SIGNATURE_HEADER",
    "Channel",
    "ChannelContext",
    "ChannelMisconfigured",
    "DeliveryError",
    "EmailChannel",
    "WebhookChannel",
    "build_channels",
    "channel_targets",
    "sign",
]

SIGNATURE_HEADER = "X-Policywatch-Signature"
TIMESTAMP_HEADER = "X-Policywatch-Timestamp"


class DeliveryError(Exception):
    """A delivery attempt failed; the message says where and why."""


class ChannelMisconfigured(DeliveryError):
    """The channel cannot work until the config or environment is fixed."""


@dataclass(frozen=True)
class ChannelContext:
    """What channels are built with: the [smtp] settings, an HTTP client and the clock."""

    smtp: SmtpSettings | None
    http: httpx.Client
    clock: Callable[[], datetime]


class Channel:
    """Base: subclasses set `kind` and implement `build`, `targets` and `send`.

    Each subclass registers itself under its kind; the notifier builds one of each kind
    from the registry and the outbox asks each for a subscription's targets, so a new kind
    of channel is one class.
    """

    kind: ClassVar[str] = ""
    registry: ClassVar[dict[str, type[Channel]]] = {}

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.kind:
            Channel.registry[cls.kind] = cls

    @classmethod
    def build(cls, context: ChannelContext) -> Channel:
        """The channel for one process."""
        raise NotImplementedError

    @classmethod
    def targets(cls, sub: SubscriptionConfig) -> list[str]:
        """Where this kind of channel sends the subscription's digests (none: not used)."""
        raise NotImplementedError

    def send(self, digest: Digest, target: str, sub: SubscriptionConfig | None) -> None:
        """Deliver the digest to one target, or raise DeliveryError."""
        raise NotImplementedError


def build_channels(context: ChannelContext) -> dict[str, Channel]:
    """One channel of every registered kind, by kind."""
    return {kind: cls.build(context) for kind, cls in Channel.registry.items()}


def channel_targets(sub: SubscriptionConfig) -> list[tuple[str, str]]:
    """Every (kind, target) a subscription's digests are delivered to."""
    return [(kind, target) for kind, cls in Channel.registry.items()
            for target in cls.targets(sub)]


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """HMAC-SHA256 of "timestamp.body", hex, as sent in the signature header."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


class EmailChannel(Channel):
    """multipart/alternative e-mail through the [smtp] server."""

    kind = "email"

    def __init__(self, smtp: SmtpSettings | None, clock: Callable[[], datetime]) -> None:
        self.smtp, self.clock = smtp, clock

    @classmethod
    def build(cls, context: ChannelContext) -> EmailChannel:
        return cls(context.smtp, context.clock)

    @classmethod
    def targets(cls, sub: SubscriptionConfig) -> list[str]:
        return list(sub.email)

    def message(self, digest: Digest, target: str) -> EmailMessage:
        """The e-mail for one recipient."""
        if self.smtp is None:
            raise ChannelMisconfigured(
                "a subscription has e-mail recipients but the config has no [smtp] table. "
                'Add [smtp] with host = "mail.example.org".')
        msg = EmailMessage()
        msg["Subject"] = subject(digest)
        msg["From"] = self.smtp.sender
        msg["To"] = target
        msg["Date"] = format_datetime(self.clock())
        domain = self.smtp.sender.rpartition("@")[2] or "policywatch.local"
        msg["Message-ID"] = make_msgid(idstring=digest.digest_id[:16], domain=domain)
        msg["X-Policywatch-Digest"] = digest.digest_id
        msg.set_content(render_text(digest))
        msg.add_alternative(render_html(digest), subtype="html")
        return msg

    def send(self, digest: Digest, target: str, sub: SubscriptionConfig | None) -> None:
        msg = self.message(digest, target)
        assert self.smtp is not None
        s = self.smtp
        password = None
        if s.password_env:
            password = os.environ.get(s.password_env)
            if password is None:
                raise ChannelMisconfigured(
                    f"[smtp] password_env names {s.password_env}, which is not set. "
                    "Export it before starting policywatch.")
        where = f"SMTP server {s.host}:{s.port}"
        try:
            context = ssl.create_default_context()
            if s.security == "tls":
                client: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout,
                                                        context=context)
            else:
                client = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
            with client:
                if s.security == "starttls":
                    client.starttls(context=context)
                if s.username and password is not None:
                    client.login(s.username, password)
                client.send_message(msg)
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryError(f"{where}: {exc}. Check [smtp] and that the server is up; "
                                "the digest stays queued and will be retried.") from exc


class WebhookChannel(Channel):
    """POST the digest as JSON (or as a Slack message), signed when a secret is configured."""

    kind = "webhook"

    def __init__(self, client: httpx.Client, clock: Callable[[], datetime]) -> None:
        self.client, self.clock = client, clock

    @classmethod
    def build(cls, context: ChannelContext) -> WebhookChannel:
        return cls(context.http, context.clock)

    @classmethod
    def targets(cls, sub: SubscriptionConfig) -> list[str]:
        return [sub.webhook] if sub.webhook else []

    def send(self, digest: Digest, target: str, sub: SubscriptionConfig | None) -> None:
        payload = render_slack(digest) if sub and sub.format == "slack" else digest.as_json()
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", "X-Policywatch-Digest": digest.digest_id}
        if sub and sub.secret_env:
            secret = os.environ.get(sub.secret_env)
            if not secret:
                raise ChannelMisconfigured(
                    f"subscription {sub.name!r}: secret_env names {sub.secret_env}, which is "
                    "not set. Export it, or remove secret_env to send unsigned.")
            timestamp = str(int(self.clock().timestamp()))
            headers[TIMESTAMP_HEADER] = timestamp
            headers[SIGNATURE_HEADER] = sign(secret, timestamp, body)
        try:
            response = self.client.post(target, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise DeliveryError(f"webhook {target}: {exc!r}; will retry.") from exc
        if response.status_code >= 300:
            raise DeliveryError(f"webhook {target}: HTTP {response.status_code}; will retry.")
