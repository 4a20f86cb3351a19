"""What cannot hold an action at all: page furniture (bylines, links, menus, a question, a
sentence too short, an order's general provisions) and history (a sentence opening with a
date before the statement's year or with words of the past). `furniture` says why, for the
rules (`rules.verdicts`); each pattern's words are sought first, a cheap test, where most
sentences hold none.
"""

from __future__ import annotations

import re

from .agreements import SIGNED_HERE
from .lexicon import DATED, DATED_DASH, MONTH, holds_any

__all__ = ["FURNITURE", "FURNITURE_START", "HISTORY", "furniture", "is_history"]

# A sentence opening with words of the past ("Since 2014", "Last year") is history
# (not when a later clause turns to today: "Last summer's floods …, and today the Agency is …";
# the opening tested first: most sentences fail on their first words, and that clause is sought
# up to the first period)
_HISTORY_OPENING = (r"(?:Since|To date|For (?:many|several) years|For decades|"
                    r"(?:[\w-]+ ){0,5}(?:years|decades) ago|"
                    r"Over the (?:past|last)|In the (?:years|decades|months) (?:that followed|"
                    r"since)|In (?:the )?(?:past|last|previous) (?:[\w-]+ )?(?:years|months|"
                    r"decades)(?! of\b)|In recent (?:years|months|decades)|"
                    r"Previously|Historically|Earlier this|Last (?:week|month|year)|"
                    r"Last (?:spring|summer|fall|autumn|winter|" + MONTH + r")(?!['’]s)|"
                    r"(?:At|During) (?!the request\b)[^,;]{3,60}? last (?:year|month|week)"
                    r"(?!['’]s)|"
                    r"Over the (?:years|decades))\b")
HISTORY = re.compile(r"^(?=" + _HISTORY_OPENING + r")"
                     r"(?![^.]*[;,] (?:and |so |but )?(?:today|now|this week)\b)"
                     + _HISTORY_OPENING, re.IGNORECASE)
FURNITURE_START = re.compile(
    r"(?:The )?(?:text of the )?following (?:[\w-]+ ){0,4}(?:statement|is)|(?:Begin|End) [Tt]ext|"
    r"Follow us|"
    r"QUESTION:|"
    r"WATCH:|Skip to|Get Involved|Back to Top", re.IGNORECASE)
# … and further in ("The Secretary of State issues the following statement"): apart, tried
# only when the sentence has "follow" in any case (a cheap test first; lowercase is exact for
# these letters, re's IGNORECASE folds only "i" and "s" otherwise)
ISSUES_STATEMENT = re.compile(r".{0,80}?\bissues? the following (?:joint )?statement",
                              re.IGNORECASE)
FURNITURE = re.compile(r"[Ff]or (?:more|further|additional) information|[Pp]lease (?:contact|see|"
                        r"visit|email)|https?://|@[\w.-]+\.(?:gov|org)|Show submenu|Back to Top")
# The words one of which a FURNITURE match holds (a cheap test first)
FURNITURE_WORDS = ("information", "lease ", "http", "@", "Show submenu", "Back to Top")
_AND = re.compile(r"^(?:And|But|So|Also|Then),?\s+")
# A fact sheet's heading before its sentence ("Legacy of War: Since 1993, …")
_HEADING = re.compile(r"^(?-i:[A-Z])(?![^:;.]{0,60}\b(?:said|says|announced|added|stated|today|"
                      r"Update)\b)[^:;.]{2,60}:\s+(?=[A-Z])")
# The general provisions closing an executive order: no measure of their own
_PROVISIONS = re.compile(r"\b(?:This|this) order shall be implemented\b|\bNothing in this "
                         r"order shall be construed\b|\bnot intended to,? and does not,? create "
                         r"any right")


def is_history(sentence: str, year: int) -> bool:
    """Whether a sentence recalls history: it opens with a date before the statement's
    `year` or with words of the past ("Since 2014", "Last year"), after any heading."""
    heading = _HEADING.match(sentence) if ":" in sentence else None  # (a cheap test first)
    if heading is not None:
        sentence = sentence[heading.end():]
    stripped = _AND.sub("", sentence)  # "And in 2018, Congress passed …"
    sentence = stripped[:1].upper() + stripped[1:]
    if heading is not None and sentence.startswith("Since") and not re.match(
            r"Since (?:\w+ ){0,3}(?:19|20)\d\d", sentence):
        return False  # "Update: Since Monday, the Agency has evacuated …"
    dated = DATED.match(sentence) or DATED_DASH.match(sentence)
    return HISTORY.search(sentence) is not None or (dated is not None
                                                     and int(dated.group(1)) < year)


def furniture(sentence: str, year: int) -> str:
    """Why a sentence cannot hold an action at all ("" when it may)."""
    if len(sentence.split(None, 4)) < 5 and SIGNED_HERE.match(sentence) is None:
        return "too short to state a measure"  # (not "(The bill is signed.)")
    if sentence.endswith("?"):
        return "a question"
    if (FURNITURE_START.match(sentence)
            or ("follow" in sentence.lower() and ISSUES_STATEMENT.match(sentence))
            or (holds_any(sentence, FURNITURE_WORDS) and FURNITURE.search(sentence))):
        return "page furniture (a byline, a link, a menu)"
    if ("appropriations" in sentence or "applicable law" in sentence
            or "any right" in sentence) and _PROVISIONS.search(sentence):
        return "an order's general provisions"
    if is_history(sentence, year):
        return "background or history"
    return ""
