"""`policywatch demo`: the whole pipeline, offline, over two epochs of the fixture site."""

from __future__ import annotations

import json
import shlex
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
from .server import FIXTURE_SITE, FixtureServer

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


def _toml(value: object) -> str:
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)  # a TOML basic string


def write_config(config: Config, path: Path, database: str) -> None:
    """The demo's whole config as TOML (database relative to the file), so that the
    commands that read it work after the demo; its servers lived only while it ran."""
    lines = ["# Written by `policywatch demo`. Its site, SMTP server and webhook receiver",
             "# lived on loopback only while the demo ran: history, show, search and",
             "# digest --preview work with this config; run and daemon would find them gone.",
             "", "[storage]", f"database = {_toml(database)}", ""]
    for source in config.sources:
        lines.append("[[sources]]")
        for key in ("name", "url", "kind", "every", "include"):
            if getattr(source, key):
                lines.append(f"{key} = {_toml(getattr(source, key))}")
        lines.append("")
    for sub in config.subscriptions:
        lines.append("[[subscriptions]]")
        for key in ("name", "email", "webhook", "schedule"):
            if getattr(sub, key):
                lines.append(f"{key} = {_toml(getattr(sub, key))}")
        lines.append("")
    if config.smtp is not None:
        lines += ["[smtp]", f"host = {_toml(config.smtp.host)}",
                  f"port = {config.smtp.port}", f"sender = {_toml(config.smtp.sender)}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def run_demo(workdir: Path | None = None, echo: Callable[[str], None] = print,
             command: str = "policywatch") -> Path:
    """Run the demo; returns the path of the demo database. `command` is how to call
    policywatch in the commands it prints (so they run as printed)."""
    if not (FIXTURE_SITE / "epoch1").is_dir():
        raise MonitorError(
            f"the demo's site is missing from {FIXTURE_SITE}: this installation is broken; "
            "reinstall policywatch.")
    workdir = workdir or Path(tempfile.mkdtemp(prefix="policywatch-demo-"))
    workdir = workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    db_path = workdir / "demo.db"
    for stale in (db_path, workdir / "demo.db-wal", workdir / "demo.db-shm"):
        stale.unlink(missing_ok=True)
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
    write_config(config, config_path, db_path.name)
    cfg = shlex.quote(str(config_path))
    echo(f"\nThe demo database is {db_path}, its config {config_path}. "
         "Explore them with:\n"
         f"   {command} history --config {cfg}\n"
         f"   {command} show --config {cfg} 1\n"
         f"   {command} search --config {cfg} sanctions\n"
         f"   {command} actions --config {cfg} --kind sanctions\n"
         f"   {command} digest --preview --config {cfg}")
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
