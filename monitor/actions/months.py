"""Months named without their year: how long before the statement's own date a past measure
was taken ("In May, the Bureau issued …", "launched the program in April"), for
`grammar.predicate`, which calls a measure dated two or more months back history; and the
years and dates a sentence names against that date, as the model reads them
(`date_features`)."""

from __future__ import annotations

import re
from datetime import date

from .lexicon import YEAR

__all__ = ["AGO", "AGO_WORDS", "ASIDE", "date_features", "months_ago", "months_before"]

# A month named without its year, before the verb ("In October, the Bureau issued …") or in
# the verb's own clause ("launched the program in April", "signed it on March 3")
_MONTHS = {m: i + 1 for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split())}
_MONTH_NAME = (r"(January|February|March|April|May|June|July|August|September|October|"
               r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_MONTH_OPENING = re.compile(r"^(?:(?:And|But|So),? )?(?:In|On|During|Back in|Early in|Late in|"
                            r"Earlier in|Last) " + _MONTH_NAME + r"(?: (\d{1,2}))?(?!,? \d)\b")
_MONTH_BEFORE = re.compile(r"\b(?:in|on|during|last|early|late) " + _MONTH_NAME
                           + r"(?: (\d{1,2}))?(?!,? \d)\b,?[^,;]{0,40}$")
# (not in a relative or a subordinate clause, an aside or a date from which something runs:
# "the militia that attacked … in March", "after a review that began in February", "as
# promised in February", "Effective in January", "a drive that begins in November"; a
# reported clause dates the measure: "announced that it had launched the program in April")
_OTHER_CLAUSE = (r"\b(?:who|whom|whose|which|when|after|before|since|until|while|because|"
                 r"following|effective|starting|beginning)\b|\bthat (?!(?:it|he|she|they|we|I|"
                 r"the|an?|its|their|his|her|our|this|these|those)\b|[A-Z])")
_MONTH_AFTER = re.compile(r"^(?:(?!" + _OTHER_CLAUSE + r")[^,;:]){0,80}?\b(?:in|on|during|last|"
                          r"early|late) " + _MONTH_NAME + r"(?: (\d{1,2}))?(?!,? \d)\b")
_IN_OTHER_CLAUSE = re.compile(r"(?:" + _OTHER_CLAUSE + r"|\bas \w+ed\b)[^,;]*$", re.IGNORECASE)
_LAST_YEAR = re.compile(r",? (?:of )?(?:last|the previous) year\b")


def _own_clause(match: re.Match[str] | None) -> re.Match[str] | None:
    """A month found before the verb, when it dates the verb's own clause ("In May the
    Bureau …"), not a relative clause or an aside ("the leader who fled in March was …")."""
    if match is None or _IN_OTHER_CLAUSE.search(match.string, 0, match.start()):
        return None
    return match


def months_before(match: re.Match[str] | None, day: date) -> int:
    """How many months before `day` the month a match names lies (its year is the one that
    puts it before `day`: "in November", said in February, is last November); 0 when none.
    A day of the month counts: "on May 30", said on June 2, is not a month before."""
    if match is None:
        return 0
    month = _MONTHS[match.group(1)[:3].lower()]
    gap = (day.month - month) % 12
    if match.group(2) and gap >= 1 and int(match.group(2)) > day.day:
        gap -= 1  # "on May 30" on June 2: days ago; "on January 30" on March 1: one month
    if _LAST_YEAR.match(match.string, match.end(2) if match.group(2) else match.end(1)):
        gap += 12  # "In May of last year", said in June
    return gap


def months_ago(sentence: str, before: str, after: str, day: date) -> int:
    """The most months before `day` that a month named at the opening of a sentence, just
    before its verb (`before`) or in the verb's own clause (`after`) lies; 0 when none."""
    return max(months_before(_MONTH_OPENING.match(sentence), day),
               months_before(_own_clause(_MONTH_BEFORE.search(before)), day),
               months_before(_MONTH_AFTER.match(after), day))


# A past measure dated by how long ago it was ("two years ago", "last March", "over the past
# decade"), unless set off as an aside on an earlier step ("…, first proposed last March, …")
AGO = re.compile(r"(?:\b(?:\w+ ){0,2}(?:years?|decades?|months?|weeks?|days?) ago\b|"
                  r"\bback in (?:19|20)\d\d|"
                  r"\bin (?:less than |the )?(?:\w+ ){0,3}(?:months?|years?|days?) (?:or so )?"
                  r"(?:in office|that we['’]ve been in office)|\blast (?:year|"
                  r"January|February|March|April|May|June|July|August|September|October|"
                  r"November|December|spring|summer|autumn|fall|winter)\b|\b(?:in|over|during) "
                  r"the (?:past|last) (?:year|decade|(?:\w+ )?(?:years|decades|months))\b)",
                  re.IGNORECASE)
# The words one of which an AGO match holds, as `folded` text has them (a cheap test first)
AGO_WORDS = ("ago", "back in", "office", "last", "past")
ASIDE = re.compile(r", (?:first|originally|initially|previously) \w+ed\b")


# For the model (`date_features`): a month with its day, a month named alone after a cue
_MONTH_DATE = re.compile(
    r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (\d{1,2})\b"
    r"(?:,? ((?:19|20)\d\d))?")
_MONTH_ONLY = re.compile(
    r"\b([Ii]n|[Ss]ince|[Ee]arlier|[Ll]ast|[Bb]y|[Nn]ext|[Uu]ntil) (Jan(?:uary)?|Feb(?:ruary)?|"
    r"Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|"
    r"Dec(?:ember)?)\b(?! \d{1,2}\b)(?:,? ((?:19|20)\d\d))?")
# Before a month named without a day, what points it ahead ("will meet again in March")
_FUTURE = re.compile(r"\b(?:will|shall|upcoming|next|again|plans? to|intends? to)\b",
                     re.IGNORECASE)
# Whether a sentence may name a month (a cheap test before the patterns above)
_ANY_MONTH = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


def date_features(sentence: str, day: date | None, year: int, digits: bool) -> list[str]:
    """The model's date features of a sentence (`features`): each year and date it names
    against the statement's own `day` (its `year` when no day is known): "y:earlier2",
    "y:earlier", "y:same", "y:later"; "dt:future", "dt:recent", "dt:month", "dt:older".
    `digits`: whether the sentence has a digit (its caller knows)."""
    out: list[str] = []
    named = _ANY_MONTH.search(sentence) is not None
    if day is not None and named:
        for found in _MONTH_ONLY.finditer(sentence):  # "in April", "since May"
            cue, month, named_year = found.groups()
            then_year = int(named_year) if named_year else day.year
            months = (day.year - then_year) * 12 + day.month - _MONTHS[month[:3].lower()]
            if not named_year:  # the nearest such month in the direction the sentence points
                back = cue.lower() in ("since", "last", "earlier")
                ahead = not back and (cue.lower() in ("by", "next", "until") or _FUTURE.search(
                    sentence, max(0, found.start() - 40), found.start()) is not None)
                if months < 0 and not ahead:
                    months += 12  # in January, "since December": last year's
                elif months > 0 and ahead:
                    months -= 12  # in November, "will meet again in March": next year's
            out.append("dt:future" if months < 0 else "dt:recent" if months == 0
                       else "dt:month" if months == 1 else "dt:older")
    if not digits:  # no year, no day of a month
        return out
    years = [int(y) for y in YEAR.findall(sentence)]
    for y in years:
        gap = year - y if year else 0
        out.append("y:earlier2" if gap >= 2 else "y:earlier" if gap == 1
                   else "y:same" if gap == 0 else "y:later")
    if day is None or not named:
        return out
    for month, day_of, in_year in _MONTH_DATE.findall(sentence):
        try:
            then = date(int(in_year) if in_year else day.year,
                        _MONTHS[month[:3].lower()], int(day_of))
        except ValueError:
            continue
        days = (day - then).days
        out.append("dt:future" if days < -1 else "dt:recent" if days <= 10
                   else "dt:month" if days <= 45 else "dt:older")
    return out
