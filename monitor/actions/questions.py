"""The time a reporter's question asks about, which the sentences of its answer inherit.

An answer to "what are you announcing today?" may be the news; one to "you announced
sanctions last week: are they working?" recalls them. In CV by document, with the four sets
-bz to -cc trained on, the features of it found 29 more actions and raised 16 fewer false
alarms, 13 fewer in the real releases (twenty-first session).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .rules import ASKED, Rejected, Verdict

__all__ = ["asked_times"]

_TIMES = (
    ("today", re.compile(r"\b(?:today|this morning|this afternoon|tonight|just announced|new|"
                         r"latest)\b")),
    ("past", re.compile(r"\b(?:yesterday|last (?:week|month|year|night|monday|tuesday|"
                        r"wednesday|thursday|friday|saturday|sunday)|ago|earlier|already|"
                        r"previously|announced|before)\b")),
)


def asked_times(sentences: Sequence[str],
                verdicts: Sequence[Verdict]) -> list[tuple[str, ...]]:
    """For each sentence, the time the last reporter's question before it asks about
    ("today", "past", both, or "none" when it names neither); () for a question's own
    sentences and the sentences before the first question."""
    times: list[tuple[str, ...]] = []
    last: tuple[str, ...] = ()
    for sentence, verdict in zip(sentences, verdicts, strict=True):
        if isinstance(verdict, Rejected) and ASKED in verdict.reasons:
            times.append(())
            lower = sentence.lower()
            last = tuple(name for name, pattern in _TIMES if pattern.search(lower)) or ("none",)
        else:
            times.append(last)
    return times
