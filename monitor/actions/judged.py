"""The rule pass's verdict on a sentence as the model reads it (`features`' "r:" features).

An action: how it was found (its form, kind and verb, weak or not), who took it (the speaker,
the United States or one of its offices, another actor), a sum or a date. A restatement of
today's measure, or (no headline or earlier measure to restate) a rejection. A rejection:
each reason, the opinion frame a measure verb follows, and the verb and subject it turned
down.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import CONCRETE_RE, FORMS, MONEY, STRONG, UNSTATED, WEAK
from .rules import ASKED, Action, Rejected, Verdict

__all__ = ["ASKED_FEATURE", "MONEY_SUM", "UNANCHORED", "reason_feature", "verdict_features"]

# A restatement with no headline measure and no measure found before it (`features`)
UNANCHORED = "r:rej=restates a measure no headline announces"
# A sum: a currency amount, or a number of millions or billions
MONEY_SUM = re.compile(MONEY + r"|\b\d[\d,.]*\s*(?:million|billion)\b", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|\([^)]*\)")


def verdict_features(verdict: Verdict, anchored: bool) -> list[str]:
    """The rule pass's verdict on a sentence as features (the first of its features, "r:"):
    `anchored` when the headline or an earlier sentence names the measure a restatement
    restates."""
    if isinstance(verdict, Action) and verdict.form == "restate" and not anchored:
        return ["r:rejected", UNANCHORED]
    if isinstance(verdict, Action):
        # a restatement is evidence only with the headline's measure (the "x:" pairs)
        out = ["r:restate" if verdict.form == "restate" else "r:action",
               f"r:form={verdict.form}", f"r:kind={verdict.kind}"]
        base = FORMS.get(verdict.verb.lower(), (verdict.verb.lower(), ""))[0]
        out.append(f"r:verb={base}")
        if base in WEAK:
            out.append("r:weak")
        if verdict.actor == UNSTATED:
            out.append("r:unstated")
        else:
            out.append(f"r:actor={_actor_class(verdict.actor)}")
        if verdict.amount:
            out.append("r:amount")
        if verdict.stated_date:
            out.append("r:date")
        return out
    if isinstance(verdict, Rejected):
        return list(_rejected(verdict.reasons))
    return ["r:none"]


def reason_feature(reason: str) -> str:
    """The feature of one of the rules' reasons for a rejection (quoted words folded to
    "_", at most 48 characters)."""
    return f"r:rej={_QUOTED.sub('_', reason)[:48]}"


# The feature of a sentence of a reporter's question (`rules.ASKED`)
ASKED_FEATURE = reason_feature(ASKED)


@lru_cache(maxsize=4096)  # (a few reasons are most rejections': a question, too short, …)
def _rejected(reasons: tuple[str, ...]) -> tuple[str, ...]:
    """`verdict_features` of a rejection for these reasons."""
    return ("r:rejected", *map(reason_feature, reasons),
            *(f"r:frame={_frame(r)}" for r in reasons if _OPINION in r),
            *_turned_down(reasons[0]))


# Who the rules found taking the measure: the speaker ("we", "I"), the United States or one
# of its offices, or another actor (a foreign government, a body, a company)
_FIRST_PERSON = frozenset({"we", "i", "our", "us"})
_OURS = re.compile(r"\b(?:United States|U\.S\.|America|American|Administration|President|"
                   r"White House|Department|Secretary|Treasury|Embassy|USAID|OFAC)\b")


def _actor_class(actor: str) -> str:
    if actor.lower() in _FIRST_PERSON:
        return "speaker"
    return "us" if _OURS.search(actor) else "other"


_REASON_VERB = re.compile(r"“([^”]+)”: ")
_REASON_SUBJECT = re.compile(r"subject “([^”]*)” is not a government actor")
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_LINKS = frozenset({"of", "the", "and", "for", "on", "in", "&", "de", "du", "la"})


def _turned_down(reason: str) -> list[str]:
    """What the first reason a measure verb was turned down names, in classes the model can
    weigh: the verb (and whether the lexicon holds it strong or weak) and, when its subject is
    no government actor the lexicon knows, what kind of subject it is (a pronoun, a name, a
    sum or measure, other words): a regulator or a chamber the lexicon does not name acts
    as a name, a sum that "will support …" is today's funding at work."""
    verb = _REASON_VERB.match(reason)
    if verb is None:
        return []
    base = FORMS.get(verb.group(1).lower(), (verb.group(1).lower(), ""))[0]
    out = [f"r:rv={base}", "r:rv-strong" if base in STRONG else "r:rv-weak"]
    subject = _REASON_SUBJECT.search(reason)
    if subject is not None:
        out.append(f"r:subj={_subject_class(subject.group(1))}")
    return out


def _subject_class(subject: str) -> str:
    words = subject.split()
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return "pronoun"
    if MONEY_SUM.search(subject) or CONCRETE_RE.search(subject):
        return "measure"
    content = [w for w in words if w.lower() not in _LINKS]
    if content and len(words) <= 8 and all(w[:1].isupper() or w[:1] == "(" for w in content):
        return "name"
    return "other"


_OPINION = "follows an opinion"
# The frame a measure verb follows: a welcomed measure may be the news, a condemned one is not.
_FRAMES = (("welcome", ("welcom", "congratulat", "commend", "applaud", "prais")),
           ("condemn", ("condemn", "deplor")),
           ("urge", ("urg", "call", "encourag", "demand", "ask")),
           ("thank", ("thank", "grateful")))


def _frame(reason: str) -> str:
    """The kind of opinion frame a rejection names ("welcome", "condemn", "urge", …)."""
    word = reason[reason.rfind("(“") + 2:].lower()
    return next((name for name, stems in _FRAMES if word.startswith(stems)), "other")
