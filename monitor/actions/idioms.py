"""Turns of speech a measure verb takes that announce no measure: a statement issued, "no …",
a meeting convened, progress made, an attack launched, an event scheduled, an announcement
still to come, the case's prosecutors, an offer of help, a choice "elected not to", a
relationship or continued support (`RELATION`); and measure verbs that mean none here: urged,
a bill only brought in, leave to travel (`no_measure_meant`). Used by `grammar.predicate` once
a verb's tense and aspect are known."""

from __future__ import annotations

import re

from .lexicon import FUTURE_ONLY, MONEY_RE, folded, holds_any

__all__ = ["A_MEETING", "RELATION", "VISIT_AHEAD", "no_measure_meant", "turn_of_speech",
           "visit_ahead"]

# A visit, a journey or a meeting ahead ("will pay an official visit to", "will travel to",
# "will meet in Washington", "will host a roundtable"): no measure of its own, though it has
# "will" and dates (the reason the rules give, for the model to weigh)
VISIT_AHEAD = re.compile(r"\b(?:will|is to|are to|shall)\s+(?:also\s+)?(?:pay (?:an? |his |her |"
                         r"their )?(?:official |state |working |bilateral |courtesy )*visit|"
                         r"visit|travel to|meet\b|attend\b|arrive\b|hold (?:talks|an? (?:"
                         r"meeting|roundtable|hearing|press conference|bilateral meeting))|"
                         r"host (?:a |an )?(?:roundtable|meeting|reception|dinner|hearing))",
                         re.IGNORECASE)
# Its words, as `folded` text has them: one of the first, then one of the second
_AHEAD = ("will", "is to", "are to", "shall")
_VISITS = ("visit", "travel to", "meet", "attend", "arrive", "hold ", "host ")


def visit_ahead(sentence: str) -> bool:
    """Whether a sentence tells of a visit or a meeting ahead (`VISIT_AHEAD`; its words sought
    first: most sentences hold none)."""
    low = folded(sentence)
    return (holds_any(low, _AHEAD) and holds_any(low, _VISITS)
            and VISIT_AHEAD.search(sentence) is not None)

# A relationship or continued support, not a concrete measure ("built a strong partnership",
# "pledged its continued support", "our credibility")
RELATION = re.compile(
    r"\s*(?:our|its|their|the|a|an|this)?\s*(?:(?:(?:strong|strategic|close|enduring|deep|"
    r"comprehensive|bilateral|trusted|longstanding|long-standing|historic|vital)\w*|"
    r"continued|continuing|ongoing|unwavering|steadfast|full|U\.S\.|American),?\s+){1,3}"
    r"(?:partnerships?|"
    r"relationships?|ties|cooperation|friendship|alliance|support|commitment|engagement)\b"
    r"|\s*(?:our|its|their) credibility\b", re.IGNORECASE)

# A gathering ("the next round of talks", "a public hearing", "the Harbour Reform Conference")
A_MEETING = re.compile(r"\s*(?:the |a |an |their |its )?(?:(?:next|another|further|annual|"
                       r"regular|new|additional|high-level|bilateral|first|second|final|public|"
                       r"oral|formal|virtual|closed|technical|informal|online|stakeholder|"
                       r"(?-i:[A-Z])[\w-]*) )*(?:rounds?|meetings?|talks|consultations|sessions?|"
                       r"summit|conference|readings?|debates?|hearings?|forum|webinars?|"
                       r"press (?:conferences?|briefings?)|(?<=public )workshops?|roundtables?|"
                       r"town halls?)\b", re.IGNORECASE)
# A statement issued (not a joint one, which others join), a reading or a debate held: words
# and procedure, not a measure
_WORDS_ONLY = re.compile(r"\s+(?![^.;]{0,30}\b(?:joint|policy|interpretive)\b)(?:an? |the |its |"
                         r"their )?(?:[\w-]+ ){0,2}(?:statements?(?! of (?:objections|policy))|"
                         r"remarks|"
                         r"press releases?|communiqu\w*)\b", re.IGNORECASE)
# Conduct, not a measure: an attack launched ("launched a surprise attack on …")
_ATTACK = re.compile(r"\s*(?:an? |the |its |their |his |her )?(?:(?-i:[a-z])[\w-]* ){0,3}"
                     r"(?:attacks?|strikes?|offensives?|invasion|assaults?|raids?|war|incursions?|"
                     r"bombardment|(?:missiles?|rockets?|drones?)(?=[^.;]{0,40}\b(?:attacks?|"
                     r"strikes?|at|on|against|into)\b))\b(?! (?:force|forces|program\w*|initiative|"
                     r"team|unit|"
                     r"defen[cs]e|test|fund|campaign|plan|strategy|on \w+ initiative)\b)",
                     re.IGNORECASE)
# An offer of help ("offered additional assistance, including training"): made, not taken;
# a reward offered is a measure
_OFFER = re.compile(r"^(?![^;]{0,100}(?:\breward|\bloans?\b|\bgrants?\b|\bscholarships?\b|"
                    r"\d|[$£€¥₹]|\b(?:starting|beginning) (?:in|on|from)\b))\s*(?:[\w.-]+ ){0,3}?"
                    r"(?:assistance|help|support|expertise|cooperation|training|advice)\b",
                    re.IGNORECASE)
# "There are no meetings scheduled", "No decision has been made": nothing is done
_NOTHING = re.compile(r"^(?:[A-Z][A-Z .'’-]{1,40}:\s)?(?:There (?:is|are|was|were|will be) no|"
                      r"No(?![,.]| later than| sooner| fewer than| less than| more than| matter|"
                      r" longer| doubt)|None(?![,.]))\b")
# What ends the clause a "No …" opens ("There is no place for X, which is why today …")
_NEW_CLAUSE = re.compile(r"[;,]\s|\b(?:which is why|that is why|so|but)\b")
# A meeting held to take a measure ("… on May 4 to launch the Recovery Fund")
_HELD_TO_ACT = re.compile(r"\bto (?:launch|sign|adopt|establish|inaugurate|ratify|announce|"
                          r"conclude|create|release|issue|publish|unveil|present)\b",
                          re.IGNORECASE)
_NO_MEASURE_MADE = re.compile(r"\s+(?:[\w-]+ ){0,2}(?:progress(?! payments?| reports?)|strides|"
                              r"headway|efforts?|clear|sure|possible|a difference)\b",
                              re.IGNORECASE)
# An event on a schedule ("is scheduled to deliver remarks", "scheduled for Tuesday"); not
# "scheduled to take effect", "scheduled to begin issuing passports"
_EVENT_SCHEDULED = re.compile(r"\s+(?:for\b|to (?:deliver|give|speak|meet|travel|visit|attend|"
                              r"participate|host|address|testify|hold|arrive|depart|lead|join|"
                              r"hear|receive|tour|discuss|appear|sit|convene|chair|open|close|"
                              r"begin (?:talks|meetings|consultations)|start (?:talks|meetings)|"
                              r"take part)\b)", re.IGNORECASE)
_LATER = re.compile(r"\b(?:in the coming (?:days|weeks|months)|soon|later this (?:week|month|"
                    r"year)|at a later date|in due course)\b", re.IGNORECASE)
# A case's prosecutors or investigators named at the end of a release: not a measure
_THE_CASE = re.compile(r"\s+(?:the|this) (?:case|matter|investigation)\b", re.IGNORECASE)


def turn_of_speech(sentence: str, match: re.Match[str], base: str, after: str,
                   chain: list[str], future: bool) -> str | None:
    """Why the verb at `match` (of base `base`, text `after` it, auxiliaries `chain`) is a
    turn of speech rather than a measure, or None."""
    if base == "elect" and re.match(r"\s+not to\b", after):
        return "“elected to …”: a choice, not an election"
    if base in ("issue", "publish", "release") and _WORDS_ONLY.match(after):
        return "a statement issued: words, not a measure"
    nothing = _NOTHING.match(sentence)
    if nothing and not _NEW_CLAUSE.search(sentence, nothing.end(), match.start()):
        return "negated: “no …”, nothing is done"
    if (base in FUTURE_ONLY and A_MEETING.match(after)
            and not ("agreed" in chain or "decided" in chain)
            and not _HELD_TO_ACT.search(after.split(";", 1)[0])):
        return f"“{base}” a meeting: a gathering, not a measure"  # "I'll convene a meeting"
    if base == "make" and _NO_MEASURE_MADE.match(after):
        return "“made progress”: a turn of speech, not a measure"
    if base in ("launch", "relaunch") and _ATTACK.match(after):
        return "an attack launched: conduct, not a measure"
    if base == "schedule" and _EVENT_SCHEDULED.match(after):
        return "“scheduled to …”: a plan of events, not a measure"
    if base == "announce" and future and (_LATER.search(after.split(";", 1)[0][:130])
                                          or "soon" in chain) and not MONEY_RE.search(after):
        return "an announcement to come, not yet made"  # "will announce … in the coming weeks"
    if base == "prosecute" and _THE_CASE.match(after):
        return "“prosecuting the case”: who handles it, not a measure"
    if base == "offer" and _OFFER.match(after):
        return "an offer of help: made, not taken"
    return None


# "enjoined its members to observe …": urged, not an injunction ("enjoined X from …")
_URGED = re.compile(r"\s*(?:(?!from\b)[\w'’.-]+ ){1,5}?to (?!the\b|an?\b)[a-z]+\b")
# A bill brought in by legislators is proposed, not yet a measure ("MPs introduced a bill")
_LEGISLATORS = re.compile(r"\b(?:[Ll]awmakers|[Ll]egislators|MEPs|MPs|Representative|Senator|"
                          r"[Mm]embers?)\b")
_A_BILL = re.compile(r"\s*(?:an?|the|their|his|her) (?:[\w-]+ ){0,3}?(?:bill|legislation|"
                     r"amendment|motion)s?\b")
# "authorized Ambassador Vela to attend the talks": leave to attend or travel, no measure
_LEAVE_TO_GO = re.compile(r"\s*(?:the )?(?:[A-Z][\w.'’-]* ){1,7}to (?:attend|travel|visit|meet|"
                          r"speak|participate|observe)\b")


def no_measure_meant(base: str, actor: str, after: str) -> str | None:
    """Why a measure verb with a government subject means no measure here (urged, a bill only
    brought in, leave to travel), or None."""
    if base == "enjoin" and _URGED.match(after):
        return "“enjoined … to …”: urged, not an injunction"
    if base == "introduce" and _LEGISLATORS.search(actor) and _A_BILL.match(after):
        return "a bill introduced by legislators: proposed, not yet a measure"
    if base == "authorize" and _LEAVE_TO_GO.match(after):
        return "leave to attend or travel, not a measure"
    return None
