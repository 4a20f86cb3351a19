"""The "email" channel: a multipart/alternative digest through the [smtp] server."""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from .channels import Channel, ChannelContext, ChannelMisconfigured, DeliveryError
from .digest import Digest
from .render import render_html, render_text, subject
from .settings import SmtpSettings, SubscriptionConfig

__all__ = ["EmailChannel"]


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
            raise DeliveryError(f"{where}: {exc}. Check [smtp] and that the server is up"
                                ) from exc
