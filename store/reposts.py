"""An edit to a re-post: announced as a change of its original, or as a new statement.

A page stored as a duplicate of another is never announced by itself: its original is,
and the copy appears as one of the original's `also_at` addresses. When the copy is later
edited at its own URL (a signatory added, a number changed) the edit is news all the
same, unless the original already carries it. Three outcomes, judged on the copy's new
text against its original's current one:

- the copy still re-posts its original, and the original holds the same edit (every
  added sentence, none of the removed ones): nothing to announce;
- it still re-posts its original, which lacks the edit: a change of the original's
  statement, announced under the original's item and naming the URL where it appeared;
- it no longer re-posts its original (edited apart): a statement of its own, announced
  as new, saying which statement it was a copy of; or, when it now re-posts another
  stored statement, a copy of that one, announced no more than any re-post.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Connection, select, update

from . import dedup, schema
from .text import sentence_key, split_sentences

__all__ = ["EDIT_SHARE", "CopyEdit", "announced_on_a_copy", "carries", "judge_copy_edit",
           "still_a_copy"]

EDIT_SHARE = 0.34  # an edit adding more than this share of a copy's text makes another one


@dataclass(frozen=True)
class CopyEdit:
    """What a substantive edit of a stored re-post amounts to."""

    kind: Literal["changed", "new"]  # the event to record for it
    announce: bool
    original_id: int | None  # the statement it speaks for (on "new": it was a copy of)


def _current_text(conn: Connection, document_id: int) -> str:
    docs, revs = schema.documents, schema.revisions
    found = conn.execute(
        select(revs.c.text).join(docs, (docs.c.id == revs.c.document_id)
                                 & (revs.c.number == docs.c.revision_count))
        .where(docs.c.id == document_id)).scalar()
    return str(found or "")


def carries(text: str, added: tuple[str, ...], removed: tuple[str, ...]) -> bool:
    """True when `text` already holds an edit: every added sentence, no removed one."""
    keys = {sentence_key(s) for s in split_sentences(text)}
    plus = {sentence_key(s) for s in added} - {""}
    minus = {sentence_key(s) for s in removed} - {""} - plus
    return plus <= keys and not (minus & keys)


def announced_on_a_copy(
    conn: Connection, original_id: int, added: tuple[str, ...], removed: tuple[str, ...]
) -> bool:
    """Whether an edit of an original was announced already, made first on one of its
    copies (the copy's text carries it, and an edit of that copy was announced for it)."""
    ev, revs = schema.events, schema.revisions
    texts = conn.execute(
        select(revs.c.text).join(ev, ev.c.revision_id == revs.c.id)
        .where(ev.c.original_id == original_id, ev.c.kind == "changed",
               ev.c.announce.is_(True))).scalars().all()
    return any(carries(str(t), added, removed) for t in texts)


def still_a_copy(body: str, original: str, added: tuple[str, ...]) -> bool:
    """Whether an edited copy still re-posts its original.

    As any new page: when it carries the original's text. And besides, when only a small
    part of it was edited and the rest is the original's, even where the edit changed a
    name or a number (a signatory, a sum): the duplicate check takes two texts differing
    by names and numbers for one template filled in twice, but a copy known to re-post a
    statement stays its copy when such an edit touches only a few of its sentences.
    """
    if dedup.similarity(body, original) >= dedup.DUPLICATE_THRESHOLD:
        return True
    edited = sum(len(s) for s in added)
    return (edited <= EDIT_SHARE * len(body)
            and dedup.similarity(body, original, slots=False) >= dedup.DUPLICATE_THRESHOLD)


def judge_copy_edit(
    conn: Connection, document_id: int, original_id: int, body: str,
    added: tuple[str, ...], removed: tuple[str, ...],
) -> CopyEdit:
    """Judge a substantive edit of document `document_id`, stored as a re-post of
    `original_id`, whose new text is `body`; re-point or free the copy as it turns out."""
    original = _current_text(conn, original_id)
    if original and still_a_copy(body, original, added):
        return CopyEdit("changed", not carries(original, added, removed), original_id)
    docs = schema.documents
    match = dedup.find_duplicate(conn, body, exclude=document_id)
    if match is not None and match.document_id != document_id:
        conn.execute(update(docs).where(docs.c.id == document_id).values(
            duplicate_of=match.document_id, similarity=match.similarity))
        if match.document_id == original_id:  # found again through another of its copies
            return CopyEdit("changed", not carries(original, added, removed), original_id)
        return CopyEdit("changed", False, match.document_id)
    conn.execute(update(docs).where(docs.c.id == document_id).values(
        duplicate_of=None, similarity=None))
    return CopyEdit("new", True, original_id)
