"""`policywatch diff`: the edit between two revisions of a document, word by word.

On a terminal the removed words are red and the added ones green; without colour (NO_COLOR,
a pipe, a file, `--color never`) they are marked as `[-removed-]{+added+}`, as git's word
diff marks them. It reads the store only and never creates a database.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import click

from . import render
from .common import config_option, echo_json, failures, json_option, load, open_existing

__all__ = ["diff", "marked", "printable"]

# Control characters: fetched text must not move the cursor or recolour the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Text with its control characters (escape sequences among them) dropped."""
    return _CONTROL.sub("", text)


def _colour(choice: str) -> bool:
    """Colour for `--color`: always, never, or auto (a terminal, unless NO_COLOR is set)."""
    if choice != "auto":
        return choice == "always"
    ctx = click.get_current_context()
    if ctx.find_root().color is False:  # NO_COLOR (the group sets it)
        return False
    return sys.stdout.isatty()


def marked(before: str, after: str, colour: bool) -> str:
    """One changed sentence pair as one line with its removed and added words marked."""
    from store.diff import word_diff

    out = []
    for op, chunk in word_diff(" ".join(printable(before).split()),
                               " ".join(printable(after).split())):
        if op == "equal":
            out.append(chunk)
        elif colour:
            out.append(click.style(chunk, fg="red", strikethrough=True) if op == "delete"
                       else click.style(chunk, fg="green", underline=True))
        else:
            out.append(f"[-{chunk}-]" if op == "delete" else f"{{+{chunk}+}}")
    return "".join(out)


def _pick(numbers: list[int], doc_id: int, rev: int | None, first: int | None,
          last: int | None) -> tuple[int | None, int]:
    """(from, to) revision numbers, from None for a first version; NotFound names those that
    exist."""
    from store import NotFound

    have = (f"1..{numbers[-1]}" if numbers == list(range(1, len(numbers) + 1))
            else ", ".join(map(str, numbers)))

    def check(number: int, option: str) -> int:
        if number not in numbers:
            raise NotFound(f"document #{doc_id} has no revision {number} ({option}); "
                           f"it has revision(s) {have}.")
        return number

    if rev is not None:
        end = check(rev, "--rev")
    else:
        end = check(numbers[-1] if last is None else last, "--to")
    if first is not None and rev is None:
        return check(first, "--from"), end
    before = [n for n in numbers if n < end]
    return (before[-1] if before else None), end


@click.command()
@config_option
@json_option
@click.option("--rev", type=int, help="A revision against the one before it (default: "
              "the latest).")
@click.option("--from", "first", type=int, metavar="N",
              help="Compare from this revision (default: the one before --to).")
@click.option("--to", "last", type=int, metavar="M",
              help="Compare up to this revision (default: the latest).")
@click.option("--color", "--colour", "colour", default="auto", show_default=True,
              type=click.Choice(["auto", "always", "never"]),
              help="Colour the words (auto: on a terminal, unless NO_COLOR is set).")
@click.argument("ref")
def diff(config_path: str | None, as_json: bool, rev: int | None, first: int | None,
         last: int | None, colour: str, ref: str) -> None:
    """The edit between two revisions of a document (by id or URL), word by word."""
    from store import sentence_diff
    from store.diff import changed_pairs, word_diff
    from store.text import split_sentences

    if rev is not None and (first is not None or last is not None):
        raise click.UsageError("give either --rev N or --from N/--to M, not both.")
    config = load(config_path)
    store = open_existing(config)
    with failures():
        doc = store.document(ref)
        revisions = {r.number: r for r in store.revisions(doc.id)}
        start, end = _pick(sorted(revisions), doc.id, rev, first, last)
    new = revisions[end]
    old = revisions[start] if start is not None else None
    old_text, old_title = (old.text, old.title) if old else ("", new.title)
    added, removed = sentence_diff(old_text, new.text)
    pairs = changed_pairs(split_sentences(old_text), split_sentences(new.text)) if old else []
    if as_json:
        data: dict[str, Any] = {"document": doc.id, "url": doc.url, **render.revision_json(new)}
        if start is not None and start != end - 1:  # the stored diff is against end - 1
            data |= {"added": list(added), "removed": list(removed)}
        data |= {"from": start, "to": end,
                 "title_before": old_title if old_title != new.title else None,
                 "changes": [{"before": b, "after": a,
                              "words": [{"op": op, "text": t} for op, t in word_diff(b, a)]}
                             for b, a in pairs]}
        echo_json(data)
        return
    use = _colour(colour)
    between = f"revision {start} -> {end}" if start else f"revision {end}"
    label = (render.change_label(new) if start is None or start == end - 1
             else f"{len(pairs)} changed sentence(s)")
    lines = [printable(f"#{doc.id} {doc.title}"), f"{between} of {doc.revision_count} ({label}) at "
             f"{new.fetched_at.isoformat()}"]
    if old and old_title != new.title:
        lines.append(f"title: {marked(old_title, new.title, use)}")
    for before, after in pairs:
        if before and after:
            lines.append(f"~ {marked(before, after, use)}")
        else:  # a whole sentence removed or added
            line = printable(f"- {before}" if before else f"+ {after}")
            lines.append(click.style(line, fg="red" if before else "green") if use else line)
    if old is None:
        lines.append("(first version: nothing to compare)")
    elif not pairs:
        lines.append("(no sentence changed)")
    click.echo("\n".join(lines), color=use)
