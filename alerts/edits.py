"""A changed item's edit, word by word: in plain text, escaped HTML and inert Markdown.

Each changed sentence pair (before, after) is shown as one sentence with its words marked:
`[-removed-]{+added+}` in text (git's word-diff style), `<del>`/`<ins>` in HTML, `~~removed~~`
and `**added**` in Markdown. A pure removal or addition is one marked sentence. Fetched
text is hostile: every chunk is escaped for where it goes.
"""

from __future__ import annotations

import re
from html import escape

from store.diff import word_diff

__all__ = ["MAX_PAIRS", "edit_html", "edit_markdown", "edit_text", "more_line", "shown"]

MAX_PAIRS = 12  # changed sentences shown per document; the rest are counted
DEL_STYLE = "background:#ffe6e6;color:#8b0000"
INS_STYLE = "background:#e6ffe6;color:#005a00;text-decoration:none"
_MD_SPECIAL = re.compile(r"([\\`*_~\[\]#|])")
_SPACES = re.compile(r"\s+")


def shown(changes: tuple[tuple[str, str], ...], limit: int = MAX_PAIRS
          ) -> tuple[tuple[tuple[str, str], ...], int]:
    """The pairs to show and how many more there are."""
    return changes[:limit], max(len(changes) - limit, 0)


def more_line(left: int) -> str:
    """"…and N more changed sentence(s)", or "" when none are left."""
    return (f"…and {left} more changed sentence{'s' * (left != 1)} "
            "(`policywatch diff` shows them all)." if left else "")


def edit_text(before: str, after: str) -> str:
    """One pair as a line of text: `[-old words-]{+new words+}` within the sentence."""
    out = []
    for op, chunk in word_diff(_one_line(before), _one_line(after)):
        out.append(chunk if op == "equal" else
                   f"[-{chunk}-]" if op == "delete" else f"{{+{chunk}+}}")
    return "".join(out)


def edit_html(before: str, after: str) -> str:
    """One pair as escaped HTML with `<del>` and `<ins>` around the changed words."""
    out = []
    for op, chunk in word_diff(before, after):
        text = escape(chunk)
        out.append(text if op == "equal" else
                   f'<del style="{DEL_STYLE}">{text}</del>' if op == "delete" else
                   f'<ins style="{INS_STYLE}">{text}</ins>')
    return "".join(out)


def edit_markdown(before: str, after: str) -> str:
    """One pair as inert Markdown: `~~old~~` and `**new**`, no links, HTML or emphasis of theirs."""
    chunks = [(op, _md(text)) for op, text in word_diff(_one_line(before), _one_line(after))]
    out: list[str] = []
    for k, (op, text) in enumerate(chunks):
        if op == "equal" or not text.strip():
            out.append(text)
            continue
        lead, core, trail = _split_space(text)
        mark = "~~" if op == "delete" else "**"
        # A mark must hug its words ("** new**" is not bold) and, next to a letter, must not
        # touch punctuation ("Freedonia**, Ostravia**" is not bold either): a space keeps it.
        before_char = (out[-1][-1:] if out else "") if not lead else " "
        after_char = (chunks[k + 1][1][:1] if k + 1 < len(chunks) else "") if not trail else " "
        if before_char and not before_char.isspace() and (
                not core[0].isalnum() or chunks[k - 1][0] != "equal"):
            lead = " "
        if after_char.isalnum() and not core[-1].isalnum():
            trail = " "
        out.append(f"{lead}{mark}{core}{mark}{trail}")
    return "".join(out)


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _md(text: str) -> str:
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _split_space(text: str) -> tuple[str, str, str]:
    core = text.strip()
    lead = text[:len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    return lead, core, trail
