"""The offline demo: the project's fixture site on loopback, a local SMTP server and webhook
receiver, and two epochs of the whole pipeline over them.

    run        run_demo: the two epochs and what the receivers got
    server     FixtureServer: the fixture site (site/, package data) on 127.0.0.1, one
               epoch at a time
    receivers  LocalSmtp and WebhookReceiver: real loopback servers that keep what they get
"""

from __future__ import annotations

from .receivers import LocalSmtp, WebhookReceiver, free_port
from .run import DEMO_START, demo_config, run_demo
from .server import FIXTURE_SITE, FixtureServer

__all__ = [
    "DEMO_START",
    "FIXTURE_SITE",
    "FixtureServer",
    "LocalSmtp",
    "WebhookReceiver",
    "demo_config",
    "free_port",
    "run_demo",
]
