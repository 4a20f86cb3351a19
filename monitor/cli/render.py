"""Human-readable output for the CLI (JSON output is the records themselves)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from store import DocumentRecord, RevisionRecord, SourceRecord

from ..actions import Action, Rejected
from ..config import SourceConfig

__all__ = [
    "action_json",
    "actions_text",
    "change_label",
    "document_json",
    "history_text",
    "iso",
    "progress_bar",
    "revision_json",
    "source_row",
    "sources_text",
    "summary_text",
]


@contextmanager
def progress_bar(enabled: bool = True) -> Iterator[Callable[[int, int], None] | None]:
    """A progress callback drawing a bar on a terminal's stderr; None when not a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        bar = state.get("bar")
        if bar is None or state.get("total") != total:
            if bar is not None:
                bar.render_finish()
            bar = click.progressbar(length=total, label="pages", file=sys.stderr)
            state.update(bar=bar, total=total, done=0)
        bar.update(done - state["done"])
        state["done"] = done

    try:
        yield update
    finally:
        if state.get("bar") is not None:
            state["bar"].render_finish()


def summary_text(summary: Any) -> str:
    """One run's summary, as lines."""
    s = summary
    lines = [
        f"Checked {s.sources} source(s)"
        + (f", {s.sources_failed} failed" if s.sources_failed else "")
        + (f", {s.baselines} baseline(s) taken (not announced)" if s.baselines else "")
        + f" in {s.seconds:.1f} s.",
        f"Pages: {s.new} new, {s.revisions} revised, {s.unchanged} unchanged, "
        f"{s.not_modified} not modified, {s.duplicates} duplicate(s), {s.removed} removed, "
        f"{s.failed} failed, {s.skipped} skipped by robots.txt.",
    ]
    if s.digests or s.delivered or s.delivery_failures:
        lines.append(f"Digests: {s.digests} made, {s.delivered} delivered, "
                     f"{s.delivery_failures} delivery failure(s) (retried later).")
    lines += [f"  error: {e}" for e in s.errors[:20]]
    if len(s.errors) > 20:
        lines.append(f"  … and {len(s.errors) - 20} more (see `policywatch history --fetches`)")
    return "\n".join(lines)


def source_row(config: SourceConfig, state: SourceRecord | None) -> dict[str, Any]:
    """A configured source with its stored state."""
    return {
        "name": config.name, "url": config.url, "kind": config.kind, "every": config.every,
        "enabled": config.enabled,
        "baseline_at": state.baseline_at.isoformat() if state and state.baseline_at else None,
        "last_checked_at": (state.last_checked_at.isoformat()
                            if state and state.last_checked_at else None),
        "last_error": state.last_error if state else None,
    }


def sources_text(rows: list[dict[str, Any]], path: str | None) -> str:
    """The sources table."""
    head = f"Sources from {path}:" if path else "Built-in default sources (no config file):"
    lines = [head]
    for row in rows:
        checked = row["last_checked_at"]
        state = f"checked {checked}" if checked else "never checked"
        if row["last_error"]:
            state += f"; last error: {row['last_error']}"
        flag = "" if row["enabled"] else " [disabled]"
        lines.append(f"- {row['name']}{flag} ({row['kind']}, every {row['every']})\n"
                     f"    {row['url']}\n    {state}")
    return "\n".join(lines)


def iso(value: Any) -> Any:
    """A date or time as ISO-8601 text; anything else as it is."""
    return value.isoformat() if hasattr(value, "isoformat") else value


def document_json(doc: DocumentRecord) -> dict[str, Any]:
    """A document as JSON-ready data."""
    return {k: iso(v) for k, v in doc.__dict__.items()}


def revision_json(rev: RevisionRecord) -> dict[str, Any]:
    """A revision as JSON-ready data."""
    data = {k: iso(v) for k, v in rev.__dict__.items()}
    data["added"], data["removed"] = list(rev.added), list(rev.removed)
    return data


def change_label(rev: RevisionRecord) -> str:
    """A revision's class and score for people: "substantive, 12.5% of words changed"."""
    if rev.change is None:
        return "first version"
    if rev.score is None:
        return rev.change  # stored before scores were kept
    return f"{rev.change}, {rev.score:g}% of words changed"


def history_text(docs: list[DocumentRecord]) -> str:
    """The history listing."""
    if not docs:
        return "No documents stored yet. Run `policywatch run --once` or `policywatch ingest`."
    lines = []
    for doc in docs:
        tags = [doc.status] if doc.status != "active" else []
        if doc.duplicate_of:
            tags.append(f"duplicate of #{doc.duplicate_of}")
        if doc.revision_count > 1:
            tags.append(f"{doc.revision_count} revisions")
        if doc.baseline:
            tags.append("baseline")
        day = (doc.published or doc.first_seen_at).date().isoformat()
        extra = f" [{', '.join(tags)}]" if tags else ""
        lines.append(f"#{doc.id:<5} {day}  {doc.title or '(untitled)'}{extra}\n       {doc.url}")
    return "\n".join(lines)


def action_json(action: Action, *, reasons: bool = False) -> dict[str, Any]:
    """An action as `actions --json` prints it (CONTRACT.md: text, actor, verb; and more)."""
    out: dict[str, Any] = {"text": action.text, "actor": action.actor, "verb": action.verb,
                           "kind": action.kind, "object": action.object,
                           "amount": action.amount or None, "date": action.stated_date or None,
                           "confidence": action.confidence}
    if reasons:
        out["reasons"] = list(action.reasons)
    return out


def actions_text(path: str, judged: list[Action | Rejected], show_rejected: bool) -> str:
    """The actions found in one input, and with `show_rejected` why others were not."""
    found = [a for a in judged if isinstance(a, Action)]
    lines = [f"== {path}: {len(found)} action(s)"]
    for item in judged:
        if isinstance(item, Action):
            extras = "".join(f" · {label} {value}" for label, value in
                             (("amount", item.amount), ("date", item.stated_date)) if value)
            lines.append(f"- [{item.kind}] {item.actor} / {item.verb}{extras} "
                         f"(confidence {item.confidence:.2f})\n  {item.text}")
            if show_rejected:
                lines.extend(f"    because {reason}" for reason in item.reasons)
        elif show_rejected:
            lines.append(f"x not an action: {item.text}")
            lines.extend(f"    because {reason}" for reason in item.reasons)
    return "\n".join(lines)
