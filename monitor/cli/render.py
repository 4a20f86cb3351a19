"""Human-readable output for the CLI (JSON output is the records themselves)."""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from store import ActionRecord, DocumentRecord, FoundAction, RevisionRecord, SourceRecord

from ..actions import Action, Rejected
from ..config import SourceConfig

if TYPE_CHECKING:
    from ..probe import Probe

__all__ = [
    "action_json",
    "actions_text",
    "change_label",
    "document_json",
    "found_action_json",
    "history_text",
    "invocation",
    "iso",
    "probe_json",
    "probe_text",
    "progress_bar",
    "revision_json",
    "source_row",
    "sources_text",
    "stored_action_json",
    "summary_text",
]

ZERO_LINKS = "0 links: is kind right?"


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
                     f"{s.delivery_failures} delivery failure(s)"
                     + (f", {s.dead} parked as dead" if s.dead else "") + ".")
    if s.failed_sources:
        lines.append("Failed sources: " + ", ".join(s.failed_sources) + ".")
    lines += [f"  warning: {w}" for w in s.warnings]
    lines += [f"  failed: {e}" for e in s.errors[:20]]
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
        "failures": state.failures if state else 0,
        "links": state.links if state else None,
        "warning": ZERO_LINKS if state and state.links == 0 and not state.last_error else None,
    }


def sources_text(rows: list[dict[str, Any]], path: str | None) -> str:
    """The sources table."""
    head = f"Sources from {path}:" if path else "Built-in default sources (no config file):"
    lines = [head]
    for row in rows:
        checked = row["last_checked_at"]
        state = f"checked {checked}" if checked else "never checked"
        if row["links"] is not None:
            state += f", {row['links']} link(s)"
        if not row["baseline_at"] and checked:
            state += ", no baseline yet"
        if row["warning"]:
            state += f"; warning: {row['warning']}"
        if row["last_error"]:
            state += f"; last error ({row['failures']} in a row): {row['last_error']}"
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


def stored_action_json(action: ActionRecord) -> dict[str, Any]:
    """A stored action: what `actions --json` says of a file's, plus its id and repeat."""
    previously = None
    if action.repeat_of is not None:
        previously = {"id": action.repeat_of, "url": action.previous_url,
                      "at": iso(action.previous_at)}
    return {"id": action.id, "text": action.text, "actor": action.actor, "verb": action.verb,
            "kind": action.kind, "object": action.object, "amount": action.amount or None,
            "date": action.stated_date or None, "confidence": action.confidence,
            "previously_announced": previously}


def found_action_json(found: FoundAction) -> dict[str, Any]:
    """A stored action with its document, source and when it was found."""
    return {**stored_action_json(found.action), "found_at": iso(found.found_at),
            "document": {"id": found.document_id, "url": found.url, "title": found.title},
            "source": found.source}


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


def invocation() -> str:
    """How this process was started, as a command to print for people to copy: plain
    `policywatch` when that is what the shell finds, else the path that was run."""
    argv0 = sys.argv[0] if sys.argv else ""
    if Path(argv0).name == "policywatch":
        found = shutil.which("policywatch")
        if found and Path(found).resolve() == Path(argv0).resolve():
            return "policywatch"
        return shlex.quote(os.path.abspath(argv0))
    return f"{shlex.quote(sys.executable)} -m monitor"


def probe_text(probe: Probe) -> str:
    """`sources test` for people: the links found, then the samples cleaned."""
    source, found = probe.source, probe.found
    lines = [f"Source {source.name!r}: {source.kind} at {source.url}"]
    if found.links:
        lines.append(f"{len(found.links)} link(s) found"
                     + (f" ({found.dropped} left out by include/exclude)" if found.dropped
                        else "") + ":")
        for link in found.links[:50]:
            day = link.published.date().isoformat() if link.published else "-"
            lines.append(f"  {day}  {link.title or '(no title)'}\n              {link.url}")
        if len(found.links) > 50:
            lines.append(f"  … and {len(found.links) - 50} more")
    for sample in probe.samples:
        lines.append(f"\n== {sample.url}")
        if sample.error:
            lines.append(f"   not stored: {sample.error}")
            continue
        cleaned = sample.cleaned
        assert cleaned is not None
        published = cleaned.published.isoformat() if cleaned.published else "-"
        text = cleaned.text
        start = text[:400] + ("…" if len(text) > 400 else "")
        lines += [f"   Title: {cleaned.title or '(none)'}", f"   Published: {published}",
                  "   " + start.replace("\n", "\n   "),
                  f"   {len(sample.actions)} action(s) found"]
        lines += [f"   - [{a.kind}] {a.actor} / {a.verb}: {a.text}" for a in sample.actions]
    lines.append("\n" + probe.verdict)
    return "\n".join(lines)


def probe_json(probe: Probe) -> dict[str, Any]:
    """`sources test --json`."""
    found = probe.found
    return {
        "source": {"name": probe.source.name, "url": probe.source.url,
                   "kind": probe.source.kind},
        "error": found.error, "dropped": found.dropped, "verdict": probe.verdict,
        "links": [{"url": link.url, "title": link.title, "published": iso(link.published)}
                  for link in found.links],
        "samples": [{"url": s.url, "error": s.error,
                     "title": s.cleaned.title if s.cleaned else None,
                     "published": iso(s.cleaned.published) if s.cleaned else None,
                     "text": s.cleaned.text if s.cleaned and not s.error else None,
                     "actions": [action_json(a) for a in s.actions]}
                    for s in probe.samples],
    }
