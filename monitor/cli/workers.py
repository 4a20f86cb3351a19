"""`policywatch workers`: the processes working on the database, what each holds, and the
work due now that nobody holds yet."""

from __future__ import annotations

from typing import Any

import click

from .common import config_option, echo_json, failures, json_option, load, open_existing

__all__ = ["workers"]


@click.command()
@config_option
@json_option
def workers(config_path: str | None, as_json: bool) -> None:
    """Live workers (daemon and run processes), their leases, and the queue of due work."""
    from ..clock import make_clock
    from ..workers import LEASE

    config = load(config_path)
    store = open_existing(config)
    now = make_clock(None)()
    with failures():
        live = store.live_workers(now, since=now - LEASE)
        queue = store.work_queue(now)
    if as_json:
        echo_json({"workers": [_worker_json(w) for w in live], "queue": {
            "sources": queue.sources, "pages": queue.pages, "deliveries": queue.deliveries}})
        return
    if not live:
        click.echo("No live worker: no daemon or run has sent a heartbeat in the last "
                   f"{int(LEASE.total_seconds())} s.")
    for w in live:
        held = ", ".join(w.sources) if w.sources else "no source"
        click.echo(f"{w.id:<40} {w.command:<6} since {w.started_at:%Y-%m-%d %H:%M:%S}  "
                   f"heartbeat {int((now - w.heartbeat_at).total_seconds())} s ago\n"
                   f"    checking {held}; {w.pages} page re-check(s); "
                   f"{w.sending} delivery(ies) being sent")
    click.echo(f"Due and unclaimed: {queue.sources} source(s), {queue.pages} page "
               f"re-check(s), {queue.deliveries} delivery(ies).")


def _worker_json(w: Any) -> dict[str, Any]:
    return {"id": w.id, "hostname": w.hostname, "pid": w.pid, "command": w.command,
            "started_at": w.started_at.isoformat(), "heartbeat_at": w.heartbeat_at.isoformat(),
            "sources": list(w.sources), "pages": w.pages, "sending": w.sending}
