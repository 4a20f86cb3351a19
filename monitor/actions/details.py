"""What an action announces beyond its sentence: the kind of measure, its object, the
amount and date it states, and how sure the finder is.

The kinds (`store.ACTION_KINDS`) are ordered by how much a reader usually wants to see
them first: a digest lists documents by the highest kind they announce.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import DIGIT, MONEY

__all__ = ["KINDS", "Details", "details", "kind_of"]

# The words that name funding; the rest of its pattern below is sums, which hold a digit
_FUNDING_WORDS = (r"\b(?:assistance|aid|funding|funds?|grants?|loans?|financing|vaccines?|"
                  r"doses|donat\w+)\b")
# What the object of the verb names decides first: "impose visa restrictions" is a
# sanction whatever the verb, "provide $5 million" funding. Checked in this order.
_BY_OBJECT: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in (
        ("reward", r"\breward"),  # first: a reward offer names the arrests it is for
        ("sanctions", r"\b(?:sanctions?|visa restrictions|asset freeze|tariffs|embargo|"
                      r"blocking|debarments?)\b"),
        ("designation", r"\b(?:designat\w*|Entity List|Foreign Terrorist Organization|"
                        r"pursuant to (?:E\.O\.|Executive Order))"),
        ("criminal", r"\b(?:indict\w*|charges?|charged|extradit\w*|arrest\w*|prosecut\w*|"
                     r"convict\w*|seiz\w*|forfeit\w*)\b"),
        ("controls", r"\b(?:schedul\w+|export controls?|international control|controls? on|"
                     r"controlled substances?|precursors?|ban\w*|prohibit\w*)\b"),
        ("funding", MONEY + r"|\b\d[\d,.]*\s*(?:million|billion)\b|" + _FUNDING_WORDS),
        ("agreement", r"\b(?:agreements?|memorand\w+|MOU|accords?|treaty|treaties|compact|"
                      r"joint declaration)\b"),
        ("rule", r"\b(?:rules?|regulations?|orders?|licen[cs]es?|reports?|advisory|guidance|"
                 r"notice|proclamation|directive)\b"),
        ("vote", r"\b(?:vot\w+|resolutions?)\b"),
        ("deployment", r"\b(?:troops|deploy\w*|personnel|ships?|aircraft)\b"),
        ("diplomatic", r"\b(?:embassy|consulate|ambassador|envoy|diplomats?|mission|"
                       r"ministerial|meeting|talks|visit)\b"),
        ("programme", r"\b(?:programs?|programmes?|initiatives?|coalition|partnerships?|"
                      r"dialogue|working group|task force|cent(?:er|re)s?|mechanism|"
                      r"framework|facility|campaign|forum|summit|conference|channel|"
                      r"hotline|tip line|office|unit)\b"),
    ))
# The same for a text without a digit, where no sum can match: funding's words alone (its
# full pattern is slow to rule out, and a text without a digit is the most common)
_BY_OBJECT_NO_DIGIT = tuple(
    (kind, re.compile(_FUNDING_WORDS, re.IGNORECASE) if kind == "funding" else pattern)
    for kind, pattern in _BY_OBJECT)
_BY_VERB: dict[str, str] = {
    **dict.fromkeys("sanction impose reimpose freeze block debar levy target fine".split(),
                    "sanctions"),
    **dict.fromkeys("designate redesignate list".split(), "designation"),
    **dict.fromkeys("indict extradite arrest prosecute seize charge sue".split(), "criminal"),
    **dict.fromkeys("schedule ban prohibit".split(), "controls"),
    **dict.fromkeys("""donate pledge allocate disburse award grant fund provide invest
                    support finance give contribute confirm""".split(), "funding"),
    **dict.fromkeys("sign countersign ratify".split(), "agreement"),
    **dict.fromkeys("issue publish enact amend adopt revise proclaim".split(), "rule"),
    **dict.fromkeys("vote approve".split(), "vote"),
    **dict.fromkeys("launch establish create inaugurate unveil form run train".split(),
                    "programme"),
    **dict.fromkeys(["deploy", "send"], "deployment"),
    **dict.fromkeys("appoint nominate expel open close suspend serve name".split(),
                    "diplomatic"),
    **dict.fromkeys("revoke lift terminate rejoin must required no longer require order withhold"
                    .split(), "policy"),
}
# Every kind of measure the finder gives ("other" when nothing names one).
KINDS = frozenset({k for k, _ in _BY_OBJECT} | set(_BY_VERB.values()) | {"other"})
# Verbs that say nothing of the measure themselves: their object decides.
_GENERIC = frozenset("""impose take make announce provide offer issue launch establish create
set put place add introduce implement hold host convene engage extend update select open
close suspend expand increase deliver release build commit join pass reduce accelerate
advocate""".split())

_MONEY = re.compile(
    r"(?:(?:up to|more than|nearly|approximately|about|over|almost|an additional|another)\s)?"
    r"(?:US|USD\s?)?[$€£]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|[MBK])\b)?"
    r"|\b\d[\d,.]*\s(?:million|billion)\s(?:dollars|euros|doses)\b", re.IGNORECASE)
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DATE = re.compile(
    rf"\b{_MONTH}\.?\s\d{{1,2}}(?:,\s(?:19|20)\d\d)?\b|\b\d{{1,2}}\s{_MONTH}\s(?:19|20)\d\d\b"
    rf"|\b{_MONTH}\s(?:19|20)\d\d\b|\b(?:fiscal year|FY)\s?(?:19|20)?\d\d\b")
_OBJECT_END = re.compile(r"[;:,.(]|\s(?:in order to|so that|that|which|who|because|after|"
                         r"when|while|as part of|under|pursuant to|following)\s")
OBJECT_WORDS = 14


@dataclass(frozen=True)
class Details:
    """The kind of measure, its object, and the amount and date a sentence states."""

    kind: str
    object: str
    amount: str
    date: str


def _object(after: str, passive_subject: str) -> str:
    if passive_subject:  # "Stannard was indicted": the thing acted on comes first
        return passive_subject.strip()
    text = after.strip()
    cut = _OBJECT_END.search(text)
    words = (text[: cut.start()] if cut else text).split()
    return " ".join(words[:OBJECT_WORDS]).strip(" ,;")


def kind_of(base: str, obj: str, window: str) -> str:
    """The kind of a measure from its verb, its object, then the words around it."""
    verb_kind = _BY_VERB.get(base)
    if verb_kind is not None and base not in _GENERIC:
        return verb_kind
    for text in (obj, window):
        for kind, pattern in _BY_OBJECT if DIGIT.search(text) else _BY_OBJECT_NO_DIGIT:
            if pattern.search(text):
                return kind
    return verb_kind or "other"


def details(sentence: str, base: str, after: str, passive_subject: str = "") -> Details:
    """Details of one action: `base` is its measure verb, `after` the text after the verb."""
    obj = _object(after, passive_subject)
    window = after[:160]
    # (every match of `_MONEY` and of `_DATE` holds a digit: many sentences have none, and
    # a digit is quick to seek)
    digit = DIGIT.search(sentence) is not None
    money = _MONEY.search(sentence) if digit else None
    when = _DATE.search(sentence) if digit else None
    return Details(kind=kind_of(base, obj, window), object=obj,
                   amount=money.group().strip() if money else "",
                   date=when.group() if when else "")
