"""A digest as e-mail (plain text and escaped HTML), as a Slack message, and as Markdown for
chat and push services (cut to each service's size)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Any

from store import ACTION_KINDS, ActionRecord

from .digest import Digest, DigestItem
from .edits import edit_html, edit_markdown, edit_text, more_line, shown

__all__ = ["Limits", "render_html", "render_markdown", "render_slack", "render_text", "subject"]


def subject(digest: Digest) -> str:
    """The e-mail subject, with the counts."""
    c = digest.counts
    parts = [f"{c['new']} new"] if c["new"] else []
    if c["changed"]:
        parts.append(f"{c['changed']} changed")
    if c.get("health"):
        parts.insert(0, f"{c['health']} health notice{'s' * (c['health'] != 1)}")
    if c["actions"] or len(parts) == 0 or c["new"] or c["changed"]:
        parts.append(f"{c['actions']} action{'s' * (c['actions'] != 1)}")
    # Header injection: fetched text never reaches the subject, only counts and our names.
    name = " ".join(digest.subscription.split())
    test = "[TEST] " if digest.test else ""
    return f"[policywatch] {test}{name}: " + ", ".join(parts)


_TEST_NOTE = ("TEST DIGEST sent by `policywatch digest --test` to check this channel; "
              "nothing in it was found on any site.")


def _meta(item: DigestItem) -> str:
    bits = [item.source or "", item.published.date().isoformat() if item.published else ""]
    return " · ".join(b for b in bits if b)


def _kinds(item: DigestItem) -> str:
    return ", ".join(ACTION_KINDS.get(k, k) for k in item.kinds)


def _previously(action: ActionRecord) -> str:
    """ "previously announced on DATE (link)" for a repeat, else ""."""
    if action.repeat_of is None:
        return ""
    day = f" on {action.previous_at:%Y-%m-%d}" if action.previous_at else ""
    return f"previously announced{day}" + (f" ({action.previous_url})"
                                           if action.previous_url else "")


def _count_line(digest: Digest) -> str:
    c = digest.counts
    repeated = f", {c['repeated']} announced before" if c["repeated"] else ""
    return (f"{c['new']} new, {c['changed']} changed document(s); "
            f"{c['actions']} action(s){repeated}.")


def _edit_lines(item: DigestItem, indent: str) -> list[str]:
    """The edit of a changed item, a sentence a line: `[-old-]{+new+}`."""
    if not item.changes:
        return []
    pairs, left = shown(item.changes)
    lines = [f"{indent}Edit ([-removed-] {{+added+}}):"]
    for before, after in pairs:  # "~" an edited sentence, "-" one removed, "+" one added
        sign = "~" if before and after else "-" if before else "+"
        text = edit_text(before, after) if before and after else " ".join(
            (before or after).split())
        lines.append(f"{indent}  {sign} {text}")
    return lines + ([f"{indent}  {more_line(left)}"] if left else [])


def render_text(digest: Digest) -> str:
    """A plain-text digest that reads well on its own."""
    lines = [f"policywatch digest for {digest.subscription}", _count_line(digest),
             f"Generated {digest.generated_at:%Y-%m-%d %H:%M} UTC · digest {digest.digest_id}", ""]
    if digest.test:
        lines[0:0] = [_TEST_NOTE, ""]
    for item in digest.items:
        if item.kind in ("health", "test"):  # notices of ours, not statements found
            lines += [f"{item.kind.upper()}: {item.title}", f"  {item.summary}",
                      f"  {item.url}", ""]
    with_actions = [i for i in digest.items if i.actions]
    without = [i for i in digest.items
               if not i.actions and i.kind not in ("removed", "health", "test")]
    removed = [i for i in digest.items if i.kind == "removed"]
    for item in with_actions:
        label = "NEW" if item.kind == "new" else "CHANGED"
        lines += [f"{label}: {item.title}", f"  {_meta(item)}", f"  {item.url}"]
        if item.summary:
            lines.append(f"  {item.summary}")
        if item.kinds:
            lines.append(f"  Announces: {_kinds(item)}")
        for a in item.actions:
            again = _previously(a)
            lines.append(f"  - {a.text} [{a.actor}: {a.verb}]" + (f"\n    ({again})" if again
                                                                    else ""))
        lines += [f"  Also at: {url}" for url in item.also_at]
        lines += _edit_lines(item, "  ")
        lines.append("")
    if without:
        lines.append("Also published (no announced action found):")
        for item in without:
            extra = f" ({item.summary})" if item.summary else ""
            lines.append(f"  - {item.title}{extra}\n    {item.url}")
            lines += _edit_lines(item, "    ")
        lines.append("")
    if removed:
        lines.append("Removed (no longer published at their address):")
        lines += [f"  - {item.title}\n    {item.url}" for item in removed]
        lines.append("")
    if not digest.items:
        lines.append("Nothing new matched this subscription.")
    return "\n".join(lines)


def render_html(digest: Digest) -> str:
    """An HTML digest; every fetched string is escaped."""
    out = [f"<html><body><h2>policywatch digest for {escape(digest.subscription)}</h2>",
           f"<p>{escape(_count_line(digest))}</p>"]
    if digest.test:
        out.insert(1, f"<p><strong>{escape(_TEST_NOTE)}</strong></p>")
    for item in digest.items:
        label = {"new": "New", "removed": "Removed", "health": "Health",
                 "test": "Test"}.get(item.kind, "Changed")
        out.append(f'<h3>{label}: <a href="{escape(item.url, quote=True)}">'
                   f"{escape(item.title or item.url)}</a></h3>")
        out.append(f"<p><small>{escape(_meta(item))}</small></p>")
        if item.summary:
            out.append(f"<p><em>{escape(item.summary)}</em></p>")
        if item.changes:
            pairs, left = shown(item.changes)
            out.append("<ul>" + "".join(f"<li>{edit_html(b, a)}</li>" for b, a in pairs)
                       + (f"<li><small>{escape(more_line(left))}</small></li>" if left else "")
                       + "</ul>")
        if item.kinds:
            out.append(f"<p>Announces: {escape(_kinds(item))}</p>")
        if item.actions:
            out.append("<ul>" + "".join(
                f"<li>{escape(a.text)} <small>[{escape(a.actor)}: {escape(a.verb)}]"
                + (f" <em>{escape(_previously(a))}</em>" if a.repeat_of is not None else "")
                + "</small></li>" for a in item.actions) + "</ul>")
        else:
            out.append("<p><small>No announced action found.</small></p>")
        for url in item.also_at:
            out.append(f'<p>Also at: <a href="{escape(url, quote=True)}">{escape(url)}</a></p>')
    out.append(f"<p><small>digest {escape(digest.digest_id)}</small></p></body></html>")
    return "\n".join(out)


def _slack_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_slack(digest: Digest) -> dict[str, Any]:
    """A Slack-compatible message (text plus blocks)."""
    blocks: list[dict[str, Any]] = [{"type": "header", "text": {
        "type": "plain_text", "text": subject(digest)[:150]}}]
    for item in digest.items[:45]:
        lines = [f"*<{_slack_escape(item.url)}|{_slack_escape(item.title or item.url)}>*"
                 f" ({item.kind})"]
        lines += [f"• {_slack_escape(a.text)}" + (f" _({_slack_escape(_previously(a))})_"
                                                  if a.repeat_of is not None else "")
                  for a in item.actions]
        lines += [f"Also at: {_slack_escape(u)}" for u in item.also_at]
        blocks.append({"type": "section", "text": {"type": "mrkdwn",
                                                   "text": "\n".join(lines)[:2900]}})
    return {"text": subject(digest), "blocks": blocks}


@dataclass(frozen=True)
class Limits:
    """A service's size limits, in characters and lines; 0 means none (title: no title)."""

    body: int = 0
    title: int = 250
    lines: int = 0


MD_PAIRS = 5  # changed sentences a chat message shows per document
_MD_SPECIAL = re.compile(r"([\\`*_\[\]])")


def _md(text: str) -> str:
    """Fetched text made inert in Markdown: one line, no emphasis, links or HTML.

    Services that show HTML get Apprise's Markdown-to-HTML conversion, which passes raw HTML
    through, so < and > become entities.
    """
    text = _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _link(url: str) -> str:
    """An autolink, shown as the URL itself (by text-only services too)."""
    safe = "".join(f"%{ord(c):02X}" if c in "<> \t\r\n" else c for c in url)
    return f"<{safe}>"


def _markdown_item(item: DigestItem) -> str:
    label = {"new": "New", "removed": "Removed"}.get(item.kind, "Changed")
    paras = [f"**{label}: {_md(item.title or item.url)}**",
             " · ".join(p for p in (_md(_meta(item)), _link(item.url)) if p)]
    if item.kinds:
        paras.append(f"Announces: {_md(_kinds(item))}")
    if item.actions:
        paras.append("\n".join(
            f"- {_md(a.text)} _({_md(a.actor)}: {_md(a.verb)})_" if a.repeat_of is None else
            f"- {_md(a.text)} _(previously announced"
            f"{f' on {a.previous_at:%Y-%m-%d}' if a.previous_at else ''})_"
            + (f" {_link(a.previous_url)}" if a.previous_url else "") for a in item.actions))
    elif item.kind != "removed":
        paras.append("_No announced action found._")
    if item.summary:
        paras.append(_md(item.summary))
    if item.changes:
        pairs, left = shown(item.changes, MD_PAIRS)
        paras.append("\n".join([*(f"- {edit_markdown(b, a)}" for b, a in pairs),
                                 *([f"- _{_md(more_line(left))}_"] if left else [])]))
    paras += [f"Also at: {_link(url)}" for url in item.also_at]
    return "\n\n".join(paras)


def _fits(parts: list[str], limits: Limits) -> bool:
    text = "\n\n".join(parts)
    return ((limits.body <= 0 or len(text) <= limits.body)
            and (limits.lines <= 0 or text.count("\n") + 1 <= limits.lines))


def render_markdown(digest: Digest, limits: Limits | None = None) -> tuple[str, str]:
    """(title, Markdown body) for a chat or push service, cut to its limits.

    What does not fit in full is listed by its document's URL, as many as fit, then counted:
    "…and N more document(s) not shown here (digest ID)". The title is the e-mail subject;
    a service without titles gets it as the body's first line.
    """
    limits = limits or Limits()
    title, head = subject(digest), [_md(_count_line(digest))]
    if limits.title <= 0:
        head.insert(0, f"**{_md(title)}**")
        title = ""
    elif len(title) > limits.title:
        title = title[:limits.title - 1].rstrip() + "…"
    if limits.body > 0 and title:  # some services count the title in the body's limit
        limits = Limits(max(limits.body - len(title) - 2, 1), limits.title, limits.lines)

    def tail(left: int) -> str:
        return (f"_…and {left} more document(s) not shown here (digest {digest.digest_id})._"
                if left else f"_digest {digest.digest_id}_")

    items, out = digest.items, list(head)
    shown = 0
    while shown < len(items) and _fits(
            [*out, _markdown_item(items[shown]), tail(len(items) - shown - 1)], limits):
        out.append(_markdown_item(items[shown]))
        shown += 1
    links: list[str] = []
    for item in items[shown:]:
        more = ["**More in this digest:**", "\n".join([*links, f"- {_link(item.url)}"])]
        if not _fits([*out, *more, tail(len(items) - shown - len(links) - 1)], limits):
            break
        links.append(f"- {_link(item.url)}")
    if links:
        out += ["**More in this digest:**", "\n".join(links)]
    body = "\n\n".join([*out, tail(len(items) - shown - len(links))])
    if limits.body > 0 and len(body) > limits.body:  # too small even for the counts
        body = body[:limits.body - 1].rstrip() + "…"
    if limits.lines > 0:
        body = "\n".join(body.split("\n")[:limits.lines])
    return title, body
