"""Commands over digests and deliveries: preview, test, list, retry."""

from __future__ import annotations

import sys
import uuid
from typing import TYPE_CHECKING, Any

import click

from .common import (
    config_option,
    echo_json,
    failures,
    json_option,
    load,
    note,
    now_option,
    open_existing,
    parse_clock,
)

if TYPE_CHECKING:
    from ..config import Config, SubscriptionConfig

__all__ = ["deliveries", "digest"]


def _subscription(config: Config, name: str | None) -> list[SubscriptionConfig]:
    subs = [s for s in config.subscriptions if name in (None, s.name)]
    if name and not subs:
        names = ", ".join(s.name for s in config.subscriptions) or "none configured"
        raise click.BadParameter(f"no subscription {name!r} ({names})",
                                 param_hint="SUBSCRIPTION")
    return subs


@click.command()
@config_option
@json_option
@now_option
@click.option("--preview", "preview_only", is_flag=True,
              help="Show what would be sent now, without sending or marking anything.")
@click.option("--test", "test", is_flag=True,
              help="Send a test digest, clearly marked, through each channel of SUBSCRIPTION "
                   "now and report each channel's result.")
@click.argument("subscription", required=False)
def digest(config_path: str | None, as_json: bool, now: str | None, preview_only: bool,
           test: bool, subscription: str | None) -> None:
    """Preview the digest each subscription would get now (--preview), or send a test
    digest through a subscription's channels (--test SUBSCRIPTION)."""
    if preview_only == test:
        raise click.UsageError("give exactly one of --preview and --test")
    config = load(config_path)
    if test:
        if not subscription:
            raise click.UsageError("--test needs the SUBSCRIPTION to test")
        _send_test(config, _subscription(config, subscription)[0], now, as_json)
        return
    from alerts import preview, render_text

    subs = _subscription(config, subscription)
    if not subs:
        where = config.path or "the built-in defaults"
        note(f"No subscriptions in {where}: nothing would be sent. Add a "
             "[[subscriptions]] table (see the README) to get digests.")
        if as_json:
            echo_json([])
        return
    store = open_existing(config)
    with failures():
        fresh = {s.name for s in subs if store.cursor(s.name) is None}
        digests = preview(store, subs, parse_clock(now)())
    if as_json:
        echo_json([{**d.as_json(), "new_subscription": d.subscription in fresh}
                   for d in digests])
        return
    for d in digests:
        if d.subscription in fresh:
            click.echo(f"({d.subscription} is a new subscription: it starts after the newest "
                       "stored event, so nothing found before its first digest is sent.)")
        click.echo(render_text(d))


def _send_test(config: Config, sub: SubscriptionConfig, now: str | None,
               as_json: bool) -> None:
    """A test digest through each channel of the subscription; exit 1 if any failed."""
    from alerts import DeliveryError, Digest, DigestItem, channel_targets
    from store import Store

    from ..notify import Notifier

    clock = parse_clock(now)
    item = DigestItem(kind="test", url="https://github.com/policywatch/policywatch",
                      title="policywatch test digest", published=None, source=None,
                      actions=(), also_at=(),
                      summary=f"Sent by `policywatch digest --test` for {sub.name!r}: if you "
                              "read this, the channel works.")
    test_digest = Digest(f"test-{uuid.uuid4().hex}", sub.name, clock(), (item,), test=True)
    results: list[dict[str, Any]] = []
    with failures(), Notifier(config, Store("sqlite://"), clock) as notifier:
        for kind, target in channel_targets(sub):
            channel = notifier.channels.get(kind)
            try:
                if channel is None:
                    raise DeliveryError(f"no {kind} channel is configured")
                channel.send(test_digest, target, sub)
            except DeliveryError as exc:
                results.append({"channel": kind, "target": target, "ok": False,
                                "error": str(exc)})
            else:
                results.append({"channel": kind, "target": target, "ok": True, "error": None})
    ok = all(r["ok"] for r in results)
    if as_json:
        echo_json({"subscription": sub.name, "digest_id": test_digest.digest_id, "ok": ok,
                   "channels": results})
    else:
        for r in results:
            click.echo(f"{r['channel']} {r['target']}: "
                       + ("sent" if r["ok"] else f"FAILED: {r['error']}"))
        click.echo(f"Test digest {test_digest.digest_id}: "
                   + ("every channel worked." if ok else "some channels failed."))
    if not ok:
        sys.exit(1)


@click.group(invoke_without_command=True)
@config_option
@json_option
@click.option("--status", type=click.Choice(["pending", "sending", "sent", "dead"]),
              help="Only these.")
@click.pass_context
def deliveries(ctx: click.Context, config_path: str | None, as_json: bool,
               status: str | None) -> None:
    """Digest deliveries and their state (dead ones can be retried)."""
    ctx.ensure_object(dict)
    ctx.obj.update(config_path=config_path, as_json=as_json)
    if ctx.invoked_subcommand is not None:
        return
    config = load(config_path)
    store = open_existing(config)
    with failures():
        rows = store.deliveries(status)
    if as_json:
        echo_json([{k: v for k, v in r.__dict__.items() if k != "payload"} for r in rows])
        return
    if not rows:
        click.echo("No deliveries.")
    for r in rows:
        click.echo(f"#{r.id:<4} {r.status:<7} {r.channel:<7} {r.target}  digest {r.digest_id} "
                   f"({r.subscription}), {r.attempts} attempt(s)"
                   + (f"\n      last error: {r.last_error}" if r.last_error else ""))


@deliveries.command("retry")
@config_option
@json_option
@now_option
@click.option("--all-dead", is_flag=True, help="Every delivery parked as dead.")
@click.argument("delivery_ids", type=int, nargs=-1, metavar="ID...")
@click.pass_context
def retry(ctx: click.Context, config_path: str | None, as_json: bool, now: str | None,
          all_dead: bool, delivery_ids: tuple[int, ...]) -> None:
    """Send deliveries again now (dead or pending), each with its same digest_id."""
    from alerts import deliver_due
    from store import NotFound

    from ..notify import Notifier

    if not delivery_ids and not all_dead:
        raise click.UsageError("give the ids of the deliveries to retry, or --all-dead")
    config = load(config_path or ctx.obj.get("config_path"))
    as_json = as_json or bool(ctx.obj.get("as_json"))
    clock = parse_clock(now)
    store = open_existing(config, write=True)
    out: list[dict[str, Any]] = []
    with failures():
        chosen = list(store.deliveries("dead", limit=100_000)) if all_dead else []
        for delivery_id in delivery_ids:
            try:
                chosen.append(store.delivery(delivery_id))
            except NotFound as exc:
                out.append({"id": delivery_id, "status": None, "error": str(exc)})
        queued = []
        for record in {r.id: r for r in chosen}.values():
            if record.status == "sending":
                out.append({"id": record.id, "status": "sending", "error": (
                    f"delivery {record.id} is being sent now by worker {record.claimed_by}; "
                    "it is not sent twice")})
            elif record.status == "sent":
                out.append({"id": record.id, "status": "sent", "error": (
                    f"delivery {record.id} was already sent at {record.sent_at:%Y-%m-%d %H:%M}"
                    " UTC; it is not sent twice")})
            else:
                queued.append(store.retry_delivery(record.id, clock()))
        if queued:
            with Notifier(config, store, clock) as notifier:
                deliver_due(store, notifier.channels, list(config.subscriptions),
                            config.delivery, clock(), only=queued)
        for record in queued:
            fresh = store.delivery(record.id)
            out.append({"id": fresh.id, "status": fresh.status, "digest_id": fresh.digest_id,
                        "error": None if fresh.status == "sent" else fresh.last_error})
    if all_dead and not out:
        note("No delivery is parked as dead.")
    if as_json:
        echo_json(out)
    else:
        for row in out:
            if row["status"] == "sent" and row["error"] is None:
                click.echo(f"Delivery {row['id']} sent (digest {row['digest_id']}).")
            else:
                click.echo(f"Delivery {row['id']}: {row['error']}", err=True)
    if any(row["error"] for row in out):
        sys.exit(1)
