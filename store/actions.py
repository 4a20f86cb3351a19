"""Actions found in revisions, and the earlier action each one announces again, if any.

An action of a new document is a *repeat* when its sentence closely matches an action of
an earlier, different document ("the Department will provide $12 million …" said again
in a fact sheet a week later). Candidates are the actions sharing keys (the sentence's
hash and a content-defined sample of its word 4-grams) with the new one; they are scored
with `dedup.similarity`, whose template-slot rule keeps look-alikes apart: "a reward of
up to $5 million for information on A" is not a repeat of the same offer for B.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, bindparam, func, select
from sqlalchemy.orm import aliased

from . import schema
from .db import StoreBase
from .dedup import similarity

__all__ = ["ACTION_KINDS", "ActionRecord", "ActionsMixin", "NewAction", "action_keys",
           "kind_rank"]

# The kinds of measure the action finder tells apart, with the label a digest shows,
# in the order a digest presents them (the first is what readers most want to see).
ACTION_KINDS: dict[str, str] = {
    "sanctions": "Sanctions",
    "designation": "Designations",
    "criminal": "Indictments and arrests",
    "controls": "Controls and scheduling",
    "reward": "Rewards",
    "funding": "Funding and assistance",
    "agreement": "Agreements",
    "rule": "Rules, orders and reports",
    "vote": "Votes and resolutions",
    "programme": "Programmes and initiatives",
    "deployment": "Deployments",
    "diplomatic": "Diplomatic posts and envoys",
    "policy": "Policy changes",
    "other": "Other measures",
}
_RANK = {kind: i for i, kind in enumerate(ACTION_KINDS)}

SHINGLE = 4
SAMPLE = 3  # keep a 4-gram when its hash is 0 modulo SAMPLE
MIN_WORDS = 6  # shorter sentences are too generic to be called repeats
REPEAT_THRESHOLD = 90.0
MAX_SCORED = 5
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class NewAction:
    """An action to store: the sentence, who acts, the verb, and what the finder says."""

    text: str
    actor: str
    verb: str
    kind: str = "other"
    object: str = ""
    amount: str = ""
    stated_date: str = ""
    confidence: float = 0.0


@dataclass(frozen=True)
class ActionRecord(NewAction):
    """An announced action, as stored against the revision that brought it."""

    document_id: int = 0
    revision_id: int = 0
    position: int = 0
    id: int = 0
    repeat_of: int | None = None
    previous_url: str | None = None  # where the earlier announcement is
    previous_at: datetime | None = None  # when it was first seen


def kind_rank(kind: str) -> int:
    """Digest priority of a kind of measure: 0 first; unknown kinds last."""
    return _RANK.get(kind, len(_RANK))


def _hash(token: str) -> int:
    return int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "big") >> 1


def action_keys(text: str) -> set[int]:
    """The keys of an action sentence (empty for sentences too short to compare)."""
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < MIN_WORDS:
        return set()
    keys = {_hash("a:" + " ".join(tokens))}
    for i in range(len(tokens) - SHINGLE + 1):
        key = _hash(" ".join(tokens[i: i + SHINGLE]))
        if key % SAMPLE == 0:
            keys.add(key)
    return keys


def _repeat_of(conn: Connection, document_id: int, text: str, keys: set[int]) -> int | None:
    """The first earlier action of another document that this sentence announces again."""
    if not keys:
        return None
    table, acts = schema.action_keys, schema.actions
    shared = func.count().label("shared")
    needed = max(1, math.ceil(0.3 * len(keys)))
    rows = conn.execute(
        select(table.c.action_id, shared)
        .join(acts, acts.c.id == table.c.action_id)
        .where(table.c.key.in_(bindparam("keys", expanding=True)),
               acts.c.document_id != document_id)
        .group_by(table.c.action_id).having(func.count() >= needed)
        .order_by(shared.desc(), table.c.action_id).limit(MAX_SCORED),
        {"keys": list(keys)}).all()
    if not rows:
        return None
    found = conn.execute(select(acts.c.id, acts.c.text, acts.c.repeat_of)
                         .where(acts.c.id.in_([r.action_id for r in rows]))
                         .order_by(acts.c.id)).all()
    for action_id, other, repeat_of in found:
        if similarity(text, other) >= REPEAT_THRESHOLD:
            return int(repeat_of or action_id)  # always point at the first announcement
    return None


class ActionsMixin(StoreBase):
    """Actions per revision, with repeats of earlier announcements marked."""

    def record_actions(self, document_id: int, revision_id: int,
                       found: Sequence[NewAction]) -> list[int]:
        """Store the actions of one revision, in order; return their ids."""
        ids: list[int] = []
        with self.transaction() as conn:
            for position, action in enumerate(found):
                keys = action_keys(action.text)
                row = conn.execute(schema.actions.insert().values(
                    document_id=document_id, revision_id=revision_id, position=position,
                    text=action.text, actor=action.actor, verb=action.verb, kind=action.kind,
                    object=action.object, amount=action.amount,
                    stated_date=action.stated_date, confidence=action.confidence,
                    repeat_of=_repeat_of(conn, document_id, action.text, keys)))
                key = row.inserted_primary_key
                assert key is not None
                action_id = int(key[0])
                if keys:
                    conn.execute(schema.action_keys.insert(),
                                 [{"key": k, "action_id": action_id} for k in keys])
                ids.append(action_id)
        return ids

    def actions_of(self, revision_id: int) -> list[ActionRecord]:
        """Actions stored for a revision, in text order, with where a repeat was first seen."""
        acts, docs = schema.actions, schema.documents
        first = aliased(acts)
        query = (select(acts, docs.c.url.label("previous_url"),
                        docs.c.first_seen_at.label("previous_at"))
                 .outerjoin(first, first.c.id == acts.c.repeat_of)
                 .outerjoin(docs, docs.c.id == first.c.document_id)
                 .where(acts.c.revision_id == revision_id).order_by(acts.c.position))
        with self.transaction() as conn:
            rows = conn.execute(query).all()
        return [ActionRecord(**row._mapping) for row in rows]
