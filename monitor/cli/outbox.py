"""Commands over digests and deliveries: preview, list, retry."""

from __future__ import annotations

import click

from alerts import deliver_due, digest_from_payload, preview, render_text

from .common import config_option, echo_json, failures, json_option, load, now_option, parse_clock

__all__ = ["deliveries", "digest"]


@click.command()
@config_option
@json_option
@now_option
@click.option("--preview", "preview_only", is_flag=True, required=True,
              help="Show what would be sent now, without sending or marking anything.")
@click.argument("subscription", required=False)
def digest(config_path: str | None, as_json: bool, now: str | None, preview_only: bool,
           subscription: str | None) -> None:
    """Preview the digest each subscription would get now."""
    from ..runtime import open_store

    config = load(config_path)
    subs = [s for s in config.subscriptions if subscription in (None, s.name)]
    if subscription and not subs:
        names = ", ".join(s.name for s in config.subscriptions) or "none configured"
        raise click.BadParameter(f"no subscription {subscription!r} ({names})",
                                 param_hint="SUBSCRIPTION")
    if not subs:
        where = config.path or "the built-in defaults"
        click.echo(f"No subscriptions in {where}: nothing would be sent. Add a "
                   "[[subscriptions]] table (see the README) to get digests.", err=True)
        return
    with failures():
        digests = preview(open_store(config), subs, parse_clock(now)())
    if as_json:
        echo_json([d.as_json() for d in digests])
        return
    for d in digests:
        click.echo(render_text(d))


@click.group(invoke_without_command=True)
@config_option
@json_option
@click.option("--status", type=click.Choice(["pending", "sent", "dead"]), help="Only these.")
@click.pass_context
def deliveries(ctx: click.Context, config_path: str | None, as_json: bool,
               status: str | None) -> None:
    """Digest deliveries and their state (dead ones can be retried)."""
    ctx.ensure_object(dict)
    ctx.obj["config_path"] = config_path
    if ctx.invoked_subcommand is not None:
        return
    from ..runtime import open_store

    config = load(config_path)
    with failures():
        rows = open_store(config).deliveries(status)
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
@now_option
@click.argument("delivery_id", type=int)
@click.pass_context
def retry(ctx: click.Context, config_path: str | None, now: str | None,
          delivery_id: int) -> None:
    """Send a (dead) delivery again now, with the same digest_id."""
    from ..notify import Notifier
    from ..runtime import open_store

    config = load(config_path or ctx.obj.get("config_path"))
    clock = parse_clock(now)
    with failures():
        store = open_store(config)
        record = store.retry_delivery(delivery_id, clock())
        with Notifier(config, store, clock) as notifier:
            report = deliver_due(store, notifier.channels, list(config.subscriptions),
                                 config.delivery, clock(), only=[record])
    digest_id = digest_from_payload(record.payload).digest_id
    if report.sent:
        click.echo(f"Delivery {delivery_id} sent (digest {digest_id}).")
        return
    click.echo(f"Delivery {delivery_id} failed again: {'; '.join(report.errors)}", err=True)
    raise SystemExit(1)
