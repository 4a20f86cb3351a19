"""`policywatch actions`: the actions local files announce, and with --explain, why."""

from __future__ import annotations

from typing import Any

import click

from .actions import Action, Rejected, explain
from .cli import _echo_json, _failures, _json_option, cli
from .commands import clean_path

__all__ = ["action_json"]


def action_json(action: Action, *, reasons: bool = False) -> dict[str, Any]:
    """An action as `actions --json` prints it (CONTRACT.md: text, actor, verb; and more)."""
    out: dict[str, Any] = {"text": action.text, "actor": action.actor, "verb": action.verb,
                           "kind": action.kind, "object": action.object,
                           "amount": action.amount or None, "date": action.stated_date or None,
                           "confidence": action.confidence}
    if reasons:
        out["reasons"] = list(action.reasons)
    return out


def _text(path: str, judged: list[Action | Rejected], show_rejected: bool) -> str:
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


@cli.command()
@_json_option
@click.option("--explain", "explain_", is_flag=True,
              help="Also print why each action was found, and why sentences with a measure "
                   "verb were not taken.")
@click.argument("paths", nargs=-1, required=True)
def actions(as_json: bool, explain_: bool, paths: tuple[str, ...]) -> None:
    """Clean local files, then list the actions they announce."""
    for path in paths:
        with _failures():
            cleaned, *_ = clean_path(path, None)
        judged = explain(cleaned.text)
        if not as_json:
            click.echo(_text(path, judged, explain_))
            continue
        out: dict[str, Any] = {"path": path, "actions": [
            action_json(a, reasons=explain_) for a in judged if isinstance(a, Action)]}
        if explain_:
            out["rejected"] = [{"text": r.text, "reasons": list(r.reasons)}
                               for r in judged if isinstance(r, Rejected)]
        _echo_json(out)
