"""policywatch's alerts: digests per subscription, channels, and the durable outbox.

`alerts` imports only `store` of policywatch's packages.
"""

from __future__ import annotations

from .channels import (
    Channel,
    ChannelContext,
    ChannelMisconfigured,
    DeliveryError,
    build_channels,
    channel_targets,
)
from .digest import Digest, DigestItem, build_digest
from .health import notify_health
from .mail import EmailChannel
from .outbox import DeliveryReport, deliver_due, digest_from_payload, make_digests, preview
from .render import Limits, render_html, render_markdown, render_text
from .service_urls import check_service_url, supported_schemes
from .services import AppriseChannel
from .settings import DeliverySettings, SmtpSettings, StrictModel, SubscriptionConfig, check_url
from .webhook import WebhookChannel, sign, sign_standard, standard_key

__all__ = [
    "AppriseChannel",
    "Channel",
    "ChannelContext",
    "ChannelMisconfigured",
    "DeliveryError",
    "DeliveryReport",
    "DeliverySettings",
    "Digest",
    "DigestItem",
    "EmailChannel",
    "Limits",
    "SmtpSettings",
    "StrictModel",
    "SubscriptionConfig",
    "WebhookChannel",
    "build_channels",
    "build_digest",
    "channel_targets",
    "check_service_url",
    "check_url",
    "deliver_due",
    "digest_from_payload",
    "make_digests",
    "notify_health",
    "preview",
    "render_html",
    "render_markdown",
    "render_text",
    "sign",
    "sign_standard",
    "standard_key",
    "supported_schemes",
]
