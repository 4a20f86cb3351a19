"""One racing process for the race tests: `python -m tests.racer ACTION DB START [ARG]`.

Each process opens its own store on DB, waits until the epoch time START (so that every
racer of a test starts at the same moment), does ACTION once and prints what it got as
JSON on stdout. A database error reaching here is a failure of the test: it is printed
with its type on stderr and the exit code is 3.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
BODY = ("The Ministry of Examples today imposed export controls on four harbour firms.\n\n"
        "The controls take effect at the start of next month for every listed firm.\n\n"
        "Officials said the measure follows a review of shipping records in the north.")


def _open(db: str) -> Any:
    from store import Store

    return Store(db)


def migrate(db: str, _arg: str) -> Any:
    store = _open(db)
    return len(store.sources())


def track(db: str, arg: str) -> Any:
    """Store the same text under URL `arg` (a page, or a re-post when URLs differ)."""
    from monitor.clean import Cleaned
    from monitor.tracking import track_page
    from store import RawPage

    store = _open(db)
    cleaned = Cleaned(arg, "Export controls", T0, tuple(BODY.split("\n\n")))
    result = track_page(store, cleaned, url=arg, fetch_url=arg, at=T0, learn_from=arg,
                        raw=RawPage(arg, "text/html", BODY.encode()))
    return result.status


def digest(db: str, arg: str) -> Any:
    from alerts import SubscriptionConfig, make_digests

    store = _open(db)
    sub = SubscriptionConfig(name="desk", webhook=arg or "http://127.0.0.1:9/")
    made = make_digests(store, [sub], T0 + timedelta(hours=1))
    return [len(d.items) for d in made]


def deliver(db: str, arg: str) -> Any:
    import httpx

    from alerts import DeliverySettings, SubscriptionConfig, WebhookChannel, deliver_due

    store = _open(db)
    sub = SubscriptionConfig(name="desk", webhook=arg)
    with httpx.Client(timeout=10) as client:
        channels: dict[str, Any] = {"webhook": WebhookChannel(client, lambda: T0)}
        report = deliver_due(store, channels, [sub], DeliverySettings(), T0 + timedelta(hours=1))
    return report.sent


def incident(db: str, _arg: str) -> Any:
    return _open(db).open_incident("source:harbour", T0, "it failed")


def cursor(db: str, arg: str) -> Any:
    store = _open(db)
    store.advance_cursor("desk", int(arg), T0)
    return int(arg)


def claim(db: str, _arg: str) -> Any:
    store = _open(db)
    return [d.name for d in store.claim_sources(store.worker, T0, T0 + timedelta(minutes=5))] \
        + [d.url for d in store.claim_documents(store.worker, T0, T0 + timedelta(minutes=5))]


def reserve(db: str, arg: str) -> Any:
    store = _open(db)
    starts = []
    for _ in range(int(arg)):
        wait = store.reserve_host("harbour.example", 0.2)
        time.sleep(wait)
        starts.append(time.time())
    return starts


ACTIONS: dict[str, Callable[[str, str], Any]] = {
    "migrate": migrate, "track": track, "digest": digest, "deliver": deliver,
    "incident": incident, "cursor": cursor, "claim": claim, "reserve": reserve,
}


def main() -> int:
    action, db, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
    arg = sys.argv[4] if len(sys.argv) > 4 else ""
    time.sleep(max(0.0, start - time.time()))
    try:
        print(json.dumps(ACTIONS[action](db, arg)))
    except Exception as exc:
        print(f"{type(exc).__module__}.{type(exc).__name__}: {exc}", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
