"""The "apprise" channel: digests to chat and push services (Telegram, ntfy, Matrix …) through
Apprise, one delivery per URL.

Apprise makes exactly one attempt per delivery: the outbox does the retrying, with its
backoff, across runs. Apprise's own logging stays out of ours (its messages end up in the
DeliveryError), nothing of it is written to disk, and no call waits longer than
[delivery] timeout.
"""

from __future__ import annotations

from typing import Any

from .channels import Channel, ChannelContext, ChannelMisconfigured, DeliveryError
from .digest import Digest
from .render import Limits, render_markdown
from .service_urls import MissingVariable, apprise_module, captured_logs, expand, redact
from .settings import SubscriptionConfig

__all__ = ["AppriseChannel"]


def _limit(plugin: Any, name: str, default: int) -> int:
    value = getattr(plugin, name, default)
    return value if isinstance(value, int) else default


class AppriseChannel(Channel):
    """Send the digest's title and Markdown body to one Apprise URL."""

    kind = "apprise"

    def __init__(self, timeout: float = 30.0) -> None:
        self.timeout = timeout

    @classmethod
    def build(cls, context: ChannelContext) -> AppriseChannel:
        return cls(context.timeout)

    @classmethod
    def targets(cls, sub: SubscriptionConfig) -> list[str]:
        return list(sub.apprise)

    def _asset(self) -> Any:
        apprise = apprise_module()
        return apprise.AppriseAsset(async_mode=False, storage_mode="memory",
                                    service_timeout=self.timeout)

    def _plugin(self, target: str) -> Any:
        """The service for one URL, its secrets filled in from the environment."""
        try:
            url = expand(target)
        except MissingVariable as exc:
            raise ChannelMisconfigured(
                f"apprise URL {target}: it names {{env:{exc.args[0]}}}, but {exc.args[0]} is "
                "not set. Export it before starting policywatch.") from exc
        apprise = apprise_module()
        try:
            with captured_logs() as logs:
                plugin = apprise.Apprise.instantiate(url, asset=self._asset(),
                                                     suppress_exceptions=False)
        except Exception as exc:  # a plugin refuses its arguments with TypeError or ValueError
            logs.append(str(exc))
            plugin = None
        if plugin is None:
            reason = redact("; ".join(dict.fromkeys(logs)) or "not a usable URL", target)
            raise ChannelMisconfigured(f"apprise URL {target}: Apprise refuses it: {reason}. "
                                       "Fix it in the config.")
        return plugin

    def send(self, digest: Digest, target: str, sub: SubscriptionConfig | None) -> None:
        plugin = self._plugin(target)
        limits = Limits(body=_limit(plugin, "body_maxlen", 0),
                        title=_limit(plugin, "title_maxlen", 250),
                        lines=_limit(plugin, "body_max_line_count", 0))
        title, body = render_markdown(digest, limits)
        apprise = apprise_module()
        sender = apprise.Apprise(asset=plugin.asset)
        sender.add(plugin)
        with captured_logs() as logs:
            result = sender.notify(body=body, title=title,
                                   body_format=apprise.NotifyFormat.MARKDOWN)
        if result:
            return
        messages = [entry.message for service in result for entry in service.logs()]
        reason = redact("; ".join(dict.fromkeys(messages + logs)) or str(result.status), target)
        raise DeliveryError(f"apprise {plugin.service_name} {target}: {reason}")
