"""`policywatch demo`: the whole pipeline, offline, over two epochs of the fixture site."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alerts import SmtpSettings, SubscriptionConfig
from store import Store

from ..config import Config, FetchSettings, SourceConfig, StorageSettings
from ..errors import MonitorError
from ..fetch import Fetcher, make_client
from ..notify import Notifier
from ..pipeline import Monitor, RunSummary
from .receivers import LocalSmtp, WebhookReceiver
from .site import FIXTURE_SITE, FixtureServer

__all__ = ["DEMO_START", "demo_config", "run_demo"]

DEMO_START = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)


def demo_config(base: str, database: str, smtp_port: int = 25,
                webhook: str | None = None) -> Config:
    """Sources of every kind on the fixture site, one subscription by e-mail and webhook."""
    return Config(
        storage=StorageSettings(database=database),
        smtp=SmtpSettings(host="127.0.0.1", port=smtp_port, sender="policywatch@demo.invalid"),
        subscriptions=(
            SubscriptionConfig(name="policy desk", email=("desk@demo.invalid",),
                               webhook=webhook, schedule="immediate"),
        ),
        fetch=FetchSettings(delay=0.0, workers=4),
        sources=(
            SourceConfig(name="Briefing room feed", url=f"{base}/feed.xml", kind="feed",
                         every="15m"),
            SourceConfig(name="Press releases (Atom)", url=f"{base}/atom.xml", kind="feed",
                         every="15m"),
            SourceConfig(name="Briefing room listing", url=f"{base}/briefings/",
                         kind="listing", every="1h", include=(r"/briefings/[^/]+/$",)),
            SourceConfig(name="Sitemap", url=f"{base}/sitemap.xml", kind="sitemap",
                         every="1d", include=(r"/briefings/[^/]+/$", r"/news/[^/]+\.html$")),
        ),
    )


def _run(config: Config, store: Store, clock: Callable[[], datetime]) -> RunSummary:
    policy = config.fetch.policy()
    with make_client(policy) as client, Notifier(config, store, clock) as notifier:
        summary = Monitor(config, store, Fetcher(client, policy), clock).run_once()
        report = notifier.run()
    summary.digests, summary.delivered = report.digests, report.sent
    summary.delivery_failures = report.failed
    return summary


def run_demo(workdir: Path | None = None, echo: Callable[[str], None] = print) -> Path:
    """Run the demo; returns the path of the demo database."""
    if not (FIXTURE_SITE / "epoch1").is_dir():
        raise MonitorError(
            f"the demo needs the fixture site at {FIXTURE_SITE}; run it from a source "
            "checkout installed with `pip install -e .`")
    workdir = workdir or Path(tempfile.mkdtemp(prefix="policywatch-demo-"))
    workdir.mkdir(parents=True, exist_ok=True)
    db_path = workdir / "demo.db"
    db_path.unlink(missing_ok=True)
    store = Store(f"sqlite:///{db_path}")
    with (FixtureServer(FIXTURE_SITE, "epoch1") as site, LocalSmtp() as smtp,
          WebhookReceiver() as hook):
        config = demo_config(site.base, f"sqlite:///{db_path}", smtp.port, hook.url)
        echo(f"Fixture site on {site.base}, SMTP server on 127.0.0.1:{smtp.port}, "
             f"webhook receiver on {hook.url} (all offline, loopback only).")
        echo(f"\n== Epoch 1 at {DEMO_START:%Y-%m-%d %H:%M} UTC: the first check is the baseline")
        first = _run(config, store, lambda: DEMO_START)
        echo(f"   {first.new} statements stored, {first.duplicates} duplicate(s); "
             f"{first.digests} digest(s) sent: a new source never floods a digest.")
        later = DEMO_START + timedelta(hours=2)
        site.epoch = "epoch2"
        echo(f"\n== Epoch 2 at {later:%Y-%m-%d %H:%M} UTC: new statements, an edit, a re-post")
        second = _run(config, store, lambda: later)
        echo(f"   {second.new} new, {second.revisions} revised, {second.unchanged} unchanged, "
             f"{second.duplicates} duplicate(s), {second.removed} removed, "
             f"{second.failed} failed; {second.digests} digest(s), {second.delivered} "
             "delivery(ies).")
        _print_events(store, echo)
        _print_received(smtp, hook, echo)
    store.close()
    config_path = workdir / "demo.toml"
    config_path.write_text(f'[storage]\ndatabase = "sqlite:///{db_path}"\n', encoding="utf-8")
    echo(f"\nThe demo database is {db_path}. Explore it with:\n"
         f"   policywatch history --config {config_path}\n"
         f"   policywatch search --config {config_path} sanctions\n"
         f"   sqlite3 {db_path} 'SELECT kind, document_id FROM events'")
    return db_path


def _print_events(store: Store, echo: Callable[[str], None]) -> None:
    for event in store.events():
        if event.baseline:
            continue
        doc = store.document(event.document_id)
        if event.kind == "new":
            echo(f"   NEW      {doc.title}\n            {doc.url}")
        elif event.kind == "changed":
            rev = next(r for r in store.revisions(doc.id) if r.id == event.revision_id)
            echo(f"   CHANGED  {doc.title} ({rev.change})\n            {doc.url}")
            for sentence in rev.added:
                echo(f"            + {sentence}")
            for sentence in rev.removed:
                echo(f"            - {sentence}")
        elif event.kind == "duplicate" and doc.duplicate_of:
            original = store.document(doc.duplicate_of)
            echo(f"   ALSO AT  {doc.url}\n            (re-post of {original.url}, "
                 f"similarity {doc.similarity:.0f}%; not announced separately)")
        elif event.kind == "removed":
            echo(f"   REMOVED  {doc.title}\n            {doc.url}")


def _print_received(smtp: LocalSmtp, hook: WebhookReceiver, echo: Callable[[str], None]) -> None:
    echo(f"\n== The SMTP server received {len(smtp.messages)} e-mail(s)")
    for message in smtp.messages:
        echo(f"   To: {message['To']}\n   Subject: {message['Subject']}\n")
        for part in message.walk():
            if part.get_content_type() == "text/plain":
                payload = part.get_payload(decode=True)
                text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
                echo("\n".join("   | " + line for line in text.splitlines()))
    echo(f"\n== The webhook receiver got {len(hook.received)} POST(s)")
    for body in hook.received:
        echo(f"   digest_id {body.get('digest_id')}: " + ", ".join(
            f"{i['kind']} {i['title']!r} ({len(i['actions'])} action(s)"
            + (f", also at {', '.join(i['also_at'])}" if i["also_at"] else "") + ")"
            for i in body.get("items", [])))
