"""policywatch's alerts: digests per subscription, channels, and the durable outbox.

`alerts` imports only `store` of policywatch's packages.
"""

from __future__ import annotations

from .channels import (
    Channel,
    ChannelMisconfigured,
    DeliveryError,
    EmailChannel,
    WebhookChannel,
    sign,
)
from .digest import Digest, DigestItem, build_digest
from .outbox import DeliveryReport, deliver_due, digest_from_payload, make_digests, preview
from .settings import DeliverySettings, SmtpSettings, SubscriptionConfig

__all__ = [
    "Channel",
    "ChannelMisconfigured",
    "DeliveryError",
    "DeliveryReport",
    "DeliverySettings",
    "Digest",
    "DigestItem",
    "EmailChannel",
    "SmtpSettings",
    "SubscriptionConfig",
    "WebhookChannel",
    "build_digest",
    "deliver_due",
    "digest_from_payload",
    "make_digests",
    "preview",
    "sign",
]
