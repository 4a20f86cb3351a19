"""Sentence shapes of a measure stated without a measure verb, and `shape`, which finds them.

The make-up of a measure ("This funding will provide …"), a measure of another body
welcomed as the news and the like; the shapes of a sum are `money`'s, those of enforcement
(legal effects, settlements, charges) `enforcement`'s, those of agreements (decisions agreed,
instruments taking effect, a signing) `agreements`'. Each pattern comes with the cheap words
one of which a sentence must hold before it is tried (`SHAPES`). The verb predicates are
`grammar`'s; the word lists `lexicon`'s.
"""

from __future__ import annotations

import re

from .agreements import AGREED, AGREED_MEETING, IN_FORCE, SIGNED_HERE, in_force
from .enforcement import GENERAL_ACCOUNT, INDICTMENT, LEGAL_EFFECT, SETTLEMENT_TERMS
from .grammar import Predicate
from .lexicon import (
    DIGIT,
    MONEY,
    MONEY_CUE_WORDS,
    MONEY_CUES,
    MONTH,
    OPINION,
    UNSTATED,
    YEAR,
    folded,
    holds_any,
)
from .money import (
    ASK_FUNDS,
    BENEFIT,
    BUDGET_REQUEST,
    FUNDING_ITEM,
    INCLUDES_MONEY,
    MAKE_AVAILABLE,
    MEASURE_ITEM,
    MONEY_SUBJECT,
)
from .objects import OBJECTS
from .phrases import NOT_OURS, is_government, leading_actor, meeting_dated, our_document, subject
from .policy import POLICY, SERVE, not_todays_policy

__all__ = ["BACK_REFERENCE", "IT_PROVIDES", "RESTATING", "SHAPES", "shape"]

# Sentence shapes that carry no measure verb.
EFFECT = re.compile(
    r"^(?:This|These|Today['’]s|The) (?:new )?(?:actions?|designations?|sanctions|measures?|"
    r"visa restrictions|debarments?|orders?|rules?) (?P<verb>renders?|targets?|blocks?|bars?|"
    r"freezes?|prohibits?)\b")


# The make-up of a measure ("This funding will provide …", "This includes the provision of …").
_LEAD_IN = r"(?!(?:If|Unless|Once|Should|Were|When|Provided)\b)[A-Z][^,;]{0,60}, "
MAKE_UP = re.compile(
    # (after a lead-in phrase: "Working with the Red Cross, this funding will provide …")
    # (not a condition: "If approved, this funding will pay for …")
    r"^(?:(?:" + _LEAD_IN + r")?(?:This|These|That|Those|The|Today['’]s)|(?:" + _LEAD_IN + r")"
    r"(?:this|these|today['’]s)) (?:new |additional |humanitarian |critical |"
    r"emergency )*"
    r"(?:assistance|funding|funds|aid|money|package|donation|tranche|support|action|actions|"
    r"financing|drawdown|loan|grant|"
    r"restrictive measures|"
    r"designations?|listings?|sanctions|debarments?|allocation|shipment|consignment|cargo)\s*"
    r"(?:also )?(?P<verb>includes?|comprises?|consists? of|(?:will|would) (?:also )?(?:provide|"
    r"support|fund|"
    r"flow|go|pay|include|allow|enable|be (?:shared|distributed|allocated|channell?ed)))\b|"
    # who today's measure names ("Those designated include …", "Also sanctioned is …",
    # "Among them are …")
    r"^(?:(?:Those|The (?:individuals|persons|entities|people|officials)) (?:designated|"
    r"listed|sanctioned)(?: today)?|The newly (?:designated|listed|sanctioned) (?:individuals|"
    r"persons|entities|people|officials|groups|companies|vessels)) (?P<verb4>include|"
    r"are(?= (?:the |a |an |\d|[A-Z])))\b"
    r"(?! (?:often|usually|mostly|many)\b)|"
    r"^(?:Also|Additionally) "
    r"(?P<verb5>sanctioned|designated|listed) (?:today )?(?:is|are)\b(?! [^;]{0,40}\b(?:numbers|"
    r"details|addresses|information|contacts?|websites?|links?)\b)|^(?P<verb6>Among) "
    r"(?:them|those (?:designated|listed|sanctioned)) (?:is|are)\b|"
    # "The Lake Zone Water Project will finance …": a named project's make-up (only after the
    # statement has announced a measure: see `shape`)
    r"^The (?:[A-Z][\w'’-]* ){1,6}(?:Project|Program|Programme|Plan|Facility|Fund|Initiative|"
    r"Loan|Credit|Package) (?:will|would) (?:also )?(?P<verb8>finance|fund|support|provide|"
    r"build|pay for)\b|"
    # "It will pay for emergency food …" (the future: what today's money will do)
    r"^It (?:will|would) (?:also )?(?P<verb7>pay for|fund|finance)\b|"
    r"^(?:This|These) (?P<verb2>includes?|will (?:provide|fund|flow|pay|include)) "
    r"(?:the provision of|funding|support|assistance|" + MONEY + r")|"
    # "Roughly half of today's funding will go to …", "The rest of the package will support …"
    r"^(?:(?:Roughly|About|Nearly|Around|Over|More than|Some|Almost|Just over|Just under) )?"
    r"(?:[Hh]alf|[Aa] (?:third|quarter|fifth)|[Tt]wo[- ]thirds|[Mm]ost|[Tt]he (?:bulk|majority|"
    r"rest|remainder|balance)|\d+ (?:percent|per cent)|\d+%) of (?:today['’]s|this|these|the|"
    r"that|our) (?:new |additional |humanitarian |emergency )*(?:funding|assistance|aid|money|"
    r"package|support|allocation|funds|contribution|"
    + MONEY + r"[\d.,]*\s*(?:million|billion)?)"
    r" (?:will|would) (?:also )?(?P<verb9>go|"
    r"support|fund|provide|flow|be (?:used|spent|channell?ed|allocated|distributed))\b")
# What today's instrument itself provides ("The new E.O. also authorizes sanctions on …",
# "This designation expands the opportunity to …", "This updates the advisory of 2020").
INSTRUMENT = re.compile(
    r"^(?:(?:Additionally|Also|In addition|Further|Furthermore|Moreover),? )?"
    r"(?:This|These|The|Today['’]s|this|these|the) (?:new |additional |updated |amended |final |"
    r"interim |proposed )*"
    r"(?:E\.O\.|"
    r"[Ee]xecutive [Oo]rders?|[Oo]rders?|[Pp]roclamations?|[Dd]irectives?|[Rr]ules?|"
    r"[Rr]egulations?|[Dd]esignations?|[Dd]eterminations?|[Aa]dvisory|[Gg]uidance|"
    r"[Pp]olicy|[Ll]icenses?|[Ll]ists?|[Ii]ndictments?|[Ss]ettlements?|[Ss]uspension|"
    r"[Mm]oratorium|[Ss]cheme|[Rr]esolution|"
    r"(?P<noun2>[Bb]ill|[Ll]aw|[Dd]raft|[Tt]ext|[Aa]greement|[Pp]ackage|[Dd]ecision|[Dd]ecree)|"
    r"(?:(?-i:[A-Z])[\w-]* |\([A-Z][\w ]*\) ){1,6}Regulations)"
    r"(?: \([A-Z.]{2,8}\))? "
    r"(?:also |further |now )?"
    r"(?P<verb>provides? for|authorizes?|requires?|prohibits?|expands?|extends?|"
    r"establishes?|imposes?|restricts?|suspends?|revokes?|updates?|replaces?|supersedes?|"
    r"amends?|revises?|charges?|resolves?|directs?|seeks? (?:forfeiture|\$|€|£)|covers?|"
    r"caps|freezes|bans|bars|endorses|renews|adds|raises|lowers|"
    r"applies to|will (?:cover|apply to))\b"
    r"(?![^;]{0,60}\b(?:as it has|since|continues|still)\b)|"
    r"^(?:This|These) (?P<verb2>updates?|replaces?|supersedes?|amends?|revises?) "
    r"the\b")
# What the measure of the sentence just before also does ("It also prohibits member states
# from …", "And it freezes the assets of …"): only right after a measure (`rules.verdicts`)
IT_PROVIDES = re.compile(r"^(?:And |In addition, )?[Ii]t (?:also |further |now )?"
                         r"(?P<verb>prohibits|requires|freezes|caps|bans|bars|authorizes|"
                         r"imposes|extends|establishes|restricts|directs|renews|expands|"
                         r"suspends|revokes|lifts)\b")
# Where a government's own records will be kept once moved ("Archived content will be
# available at @Agency46", "will be maintained by the National Archives at the handles:").
# "will continue to be accessible" (the status quo) does not match.
RECORDS_KEPT = re.compile(
    r"\b(?i:content|records|websites?|site|materials?|accounts?|archives?|collections?|"
    r"pages|posts)\b[^;]{0,80}?\bwill (?:now |also )?be (?P<verb>available|accessible|hosted|"
    r"maintained|kept|preserved) (?:at|on|by|in|with)\b")
# The document the statement releases, "released today" in passing ("The fourth edition of
# the Agency's indicators report, released today, tracks …")
RELEASED_TODAY = re.compile(r"^(?:[^,;]{3,140}), (?P<verb>released|published|issued|unveiled|"
                            r"launched|announced) (?:today|this week|this morning)\b")
# Agreements signed before leaders ("The two Prime Ministers will witness the signing of …")
WITNESSED = re.compile(r"(?<!\bhad )(?<!\bhave )\b(?:will |also )*(?P<verb>witness(?:ed)?) the "
                       r"(?:signing|exchange) of\b(?![^;]*\b(?:as a young|in (?:19|20)\d\d)\b)")
# A government's formal finding, the measure of an attribution or a determination ("has
# formally confirmed that cyber actors affiliated with …", "formally determined that …").
FORMAL_FINDING = re.compile(
    r"\b(?:(?:has|have|had) )?(?:formally|officially|publicly) (?P<verb>confirmed|determined|"
    r"concluded|found|"
    r"assessed|recognized) that\b|\b(?:formally|officially|publicly) (?P<verb3>attributed)\b|"
    r"\b(?:has|have) (?P<verb2>determined) that\b")
# Joining a body or an accord ("as the 38th member", "the latest signatory").
MEMBER = re.compile(r"\b(?:as|becomes?|became|becoming) (?:the |its |our )?(?P<verb>(?:newest|"
                     r"latest|new|\d+(?:st|nd|rd|th)) (?:members?|signatory|signatories|"
                     r"State Party|party))\b")
# Another body's measure welcomed as the news ("We welcome today's adoption of the
# resolution"); the model weighs it with the headline.
WELCOMED = re.compile(r"\b(?:welcom|applaud|commend|congratulat)\w* (?:the |today['’]s |"
                      r"yesterday['’]s )?(?-i:(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}['’]s )?)"
                      r"(?:(?:unanimous|swift|historic|formal|successful|overwhelming) )?"
                      r"(?P<verb>adoption|signing|ratification|launch|"
                      r"establishment|entry into force|accession) (?:today |yesterday |"
                      r"this week )?(?:of|by|to)\b|"
                      r"\b(?:welcom|applaud|commend|congratulat)\w* (?:the |our )?(?P<verb2>new "
                      r"members?) (?:joining|to join|admitted)\b|"
                      r"\b(?:welcom|applaud|commend)\w* (?:the )?(?P<verb6>steps|measures|"
                      r"actions|sanctions) (?:taken|announced|imposed) (?:today|yesterday|this "
                      r"week) by\b|"
                      r"\b(?:welcom|applaud|commend)\w* [^.;]{0,80}?\b(?P<verb4>announcement) "
                      r"(?:today |yesterday |this week )?(?:to|of|that)\b|"
                      r"^(?:Today|Yesterday)['’]s (?P<verb5>decision|ruling|judgment|vote) "
                      r"(?:from|of|by) (?:the )?(?-i:[A-Z])|"
                      r"\b(?:applaud|commend|congratulat)\w* [^.;]{3,200}? (?:for|on) "
                      r"(?P<verb3>concluding|signing|adopting|ratifying|joining|launching|"
                      r"establishing)\b", re.IGNORECASE)
# A recent gift named in a readout ("discussed the recent U.S. donation of 1.5 million
# vaccines to …", "as underscored by our recent donation of …"): a measure reported as a
# development in its own right.
RECENT_GIFT = re.compile(r"\b(?i:our|the) (?:recent|latest|new|today['’]s|additional) "
                         r"(?:U\.S\.|American|United States) (?P<verb>donations?|"
                         r"deliver(?:y|ies)|shipments?|gifts?) of |"
                         r"\b(?:[Oo]ur|U\.S\.|America['’]s|United States['’]?s?) (?:recent|latest|"
                         r"new|today['’]s|additional) (?P<verb2>donations?|deliver(?:y|ies)|"
                         r"shipments?|gifts?) of ")
RECENT_GIFT_OBJECT = re.compile(r"(?:(?:more than|over|nearly|some|another|an additional|"
                                r"approximately|about|up to) )?(?:" + MONEY
                                + r"|[\d.,]+ (?:million |billion |thousand )?"
                                r"(?:[\w&-]+ ){0,3}(?:doses|vaccines?|"
                                r"tons of (?:food|supplies|aid)|meals|supplies|equipment|"
                                r"ventilators|tests|kits))")
# A shape that refers back with "the" to a measure ("The order bans …", "Under the policy,
# … must"): today's measure only in the lede or after a measure of the statement
# (`rules.verdicts`), not after a condemnation or background. (Not a settlement's terms,
# which follow the conduct settled: "Under the consent order, X must pay …")
BACK_REFERENCE = "refers back to a measure (“The order bans …”, “Under the policy, …”)"
_PROVIDES = frozenset({"caps", "freezes", "bans", "bars", "endorses", "renews"})
# The make-up of a loan, a grant, a drawdown or financing: only after an announced measure
# (not "Marlin Bank arranged a loan …. The loan includes …")
_LENT = re.compile(r"^\S+ (?:\w+ )?(?:financing|drawdown|loan|grant)\b")
_TODAYS = re.compile(r"^(?:\S+,? )?(?:Under )?(?:[Tt]oday['’]s|[Tt]his|[Tt]hese)\b")
# Those an order or an approval binds, named in general ("lenders may not", "every new drug
# must"): what an order does to anyone, not today's terms (not "defendants must")
_GENERAL_BOUND = re.compile(r"\s*(?:(?:every|each|all|any|no)\b|(?!(?:defendants|respondents|"
                            r"petitioners)\b)[a-z]+s (?:may|must|shall|will|are|is)\b)")


# Each shape with the words one of which a sentence must hold before the pattern is tried
# (a cheap test first: most sentences hold none); MONEY_CUES, one test for every shape of a sum;
# no words for a pattern anchored at the start, which fails on the first words sooner than a
# sentence is searched for any word.
SHAPES: tuple[tuple[re.Pattern[str], tuple[str, ...] | re.Pattern[str]], ...] = (
          (EFFECT, ()),
          (LEGAL_EFFECT, ("blocked", "frozen", "prohibited", "eligible", "debarred",
                          "subject to", "identified as", "visa", "inadmissible")),
          (MAKE_UP, ()),
          (FUNDING_ITEM, (": ", " – ", " — ")), (MEMBER, ("member", "signator", "arty")),
          (AGREED, ("agreed", "decided", "resolved")),
          (WELCOMED, ("elcom", "pplaud", "ommend", "ongratulat", "day’s", "day's")),
          (MONEY_SUBJECT, MONEY_CUES),
          (INCLUDES_MONEY, MONEY_CUES), (BUDGET_REQUEST, ("udget", "equest")),
          (MAKE_AVAILABLE, ("available",)), (SERVE, ("serve", "chair", "head", "lead")),
          (POLICY, ("must", "required", "no longer", "will now", "shall now", "half", "Under ")),
          (INSTRUMENT, ()),
          # (a word of each branch but one, `_bound_to_comply`'s; not "will", in many a sentence)
          (SETTLEMENT_TERMS, ("agreed to", "pay ", "refund ", "Under ", "As a condition",
                              "plea agreement", "consent ", "prosecution agreement", "settlement",
                              "administrative order", "desist order", "judgment", "decree")),
          (INDICTMENT, ("ndictment", "omplaint", "charge")),
          (RELEASED_TODAY, ("today", "this week", "this morning")),
          (MEASURE_ITEM, ("ing ", "which will receive")), (WITNESSED, ("witness",)),
          (RECORDS_KEPT, ("will be", "will now be", "will also be")),
          (FORMAL_FINDING, ("formally", "officially", "publicly", "determined that")),
          (IN_FORCE, ("force", "effect")), (ASK_FUNDS, MONEY_CUES),
          (BENEFIT, ("receive", "qualify", "eligible", "entitled", " get ")),
          (RECENT_GIFT, ("donation", "deliver", "shipment", "gift")), (SIGNED_HERE, ("(",)))

# The shapes of a sum (MONEY, which has a digit): most sentences have no digit (one test first)
_SUMS = frozenset({FUNDING_ITEM, MONEY_SUBJECT, INCLUDES_MONEY, BUDGET_REQUEST, MAKE_AVAILABLE,
                   MEASURE_ITEM, ASK_FUNDS})
# SETTLEMENT_TERMS' branch of terms beside a payment ("will hire an independent compliance
# monitor"), which its words do not stand for: an auxiliary, then a word of compliance in any
# case (as `folded` text has it)
_COMPLIANCE = ("compliance", "audit", "monitor", "remedial", "consultant")


def _bound_to_comply(sentence: str) -> bool:
    return ("will" in sentence or "must" in sentence or "shall" in sentence
            or "required to" in sentence) and holds_any(folded(sentence), _COMPLIANCE)


# SHAPES as `shape` tries them, with their cues (a sum's: none, as MONEY_CUE_WORDS are sought
# first for them all) and a test for what no word of the shape stands for (None: none): one
# plan for a sentence without a digit (no sum's shape), one with a digit but no money cue
# (no shape of MONEY_CUES), one for the rest; chosen once, not tested shape by shape
_PLAN = tuple((pattern, cues if isinstance(cues, tuple) else (), isinstance(cues, tuple),
               _bound_to_comply if pattern is SETTLEMENT_TERMS else None)
              for pattern, cues in SHAPES)
_PLANS = (tuple((p, c, a) for p, c, cued, a in _PLAN if p not in _SUMS),
          tuple((p, c, a) for p, c, cued, a in _PLAN if cued),
          tuple((p, c, a) for p, c, cued, a in _PLAN))
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|yet)\s*$")
_NOT_BEFORE = re.compile(r"\b(?:not|never)(?: yet)?\s*$")  # ("yet" alone may mean "but")
_DATED_NEXT = re.compile(r"\s+(?:in|on)\s+[^,;]{0,20}?\b(?:19|20)\d\d\b")
_ARCHIVES = re.compile(r"archiv|National Archives|\bNARA\b|@\w", re.IGNORECASE)
_GENERAL_PARTY = re.compile(r"\b(?:that|who|which|if|when|whenever|any|anyone|whoever)\b",
                            re.IGNORECASE)
_RECALLED = re.compile(r"\b(?:since|ago)\b", re.IGNORECASE)
_NOT_SPENT = re.compile(r"\bgo(?:es)? to waste\b|" + MONEY + r"[\d.,]*\s*(?:million|billion|bn|m)?"
                        r" (?:more )?(?:a|per|each) year\b|\bannually\b|,\s(?:the |a )?"
                        r"(?:[\w-]+ ){0,3}(?:warns?|alleges?|claims?|says|said|estimates?|"
                        r"argues?|finds?|shows?|projects?|forecasts?|predicts?|suggests?)\.?$|"
                        # a share as every year ("Most of the support will go to pensioners, as
                        # in previous years"): a programme in general
                        r"\bas in (?:previous|past|earlier|other) years\b",
                        re.IGNORECASE)


_IN_YEAR = re.compile(r"\bin (?:" + MONTH + r" )?(?:19|20)\d\d\b")
_RELATIVE = re.compile(r"\b(?:that|which|who)\b[^,;]{0,16}$")


# What each sentence shape announces: "This action renders … ineligible" is a sanction.
# Shapes that restate today's measure (its legal effect, its make-up): actions only in a
# statement whose headline announces such a measure, which the model weighs (`features`).
RESTATING = (LEGAL_EFFECT, MAKE_UP, INSTRUMENT, SETTLEMENT_TERMS, BENEFIT)
_SHAPE_KINDS = {EFFECT: "sanctions", LEGAL_EFFECT: "sanctions", MAKE_UP: "funding",
                MEMBER: "diplomatic", AGREED: "agreement", WELCOMED: "other",
                MONEY_SUBJECT: "funding", INCLUDES_MONEY: "funding", BUDGET_REQUEST: "funding",
                MAKE_AVAILABLE: "funding", BENEFIT: "funding",
                SERVE: "diplomatic", POLICY: "policy", INSTRUMENT: "policy",
                SETTLEMENT_TERMS: "sanctions", RECORDS_KEPT: "other", INDICTMENT: "criminal",
                FUNDING_ITEM: "funding", RELEASED_TODAY: "rule",
                MEASURE_ITEM: "funding", WITNESSED: "agreement",
                FORMAL_FINDING: "policy", IN_FORCE: "agreement", RECENT_GIFT: "funding",
                ASK_FUNDS: "funding", SIGNED_HERE: "agreement"}


# A step cited as evidence of friendship in a greeting ("we celebrate our friendship,
# exemplified by our recent donation of …"): not the news (README, observances)
_CITED = re.compile(r"\b(?:celebrat\w*|National Day|anniversary|exemplified by|demonstrated "
                    r"by|reflected in|illustrated by)\b", re.IGNORECASE)


def shape(sentence: str, year: int | None = None) -> Predicate | None:
    """Measures stated without a measure verb: effects, money as subject, policy changes.
    `year`: the statement's; a shape dated by an earlier year is history."""
    digit = DIGIT.search(sentence) is not None
    for pattern, cues, also in _PLANS[digit + (digit and holds_any(sentence, MONEY_CUE_WORDS))]:
        if cues:
            for cue in cues:  # a cheap test before the pattern (a loop: faster than any())
                if cue in sentence:
                    break
            else:
                if also is None or not also(sentence):
                    continue
        match = in_force(sentence) if pattern is IN_FORCE else pattern.search(sentence)
        if match is None:
            continue
        if year is not None and "today" not in sentence and any(
                int(y) < year for y in YEAR.findall(sentence, 0, match.end())):
            continue  # "At their 2016 meeting, Ministers agreed …", "Under the 2012 order, …"
        if _NOT_BEFORE.search(sentence, 0, match.start()):
            continue  # "We have not decided on …", "has not formally determined that"
        if pattern is RECENT_GIFT and (
                RECENT_GIFT_OBJECT.match(sentence, match.end()) is None
                or OPINION.search(sentence, 0, match.start())
                or _CITED.search(sentence, 0, match.start())):
            continue  # "the latest shipment of 300 tanks", "we condemn the latest delivery"
        if pattern is AGREED or pattern is FORMAL_FINDING:
            actor = subject(sentence[:match.start()])[0]
            if (sentence.endswith(":") or _RELATIVE.search(sentence[:match.start()])
                    or not is_government(actor)):
                continue  # a list's lead-in; "the rules we've all agreed to follow"
            if pattern is AGREED and AGREED_MEETING.match(sentence, match.start()) and (
                    not meeting_dated(sentence[match.end():])):
                continue  # "agreed to meet in the coming months": no date, no measure
            if pattern is FORMAL_FINDING and (_NEGATED_BEFORE.search(sentence, 0, match.start())
                                              or _DATED_NEXT.match(sentence, match.end())):
                continue  # "has yet to formally determine", "attributed in 2016"
        elif pattern is POLICY and match.group("verb3") and (
                re.match(r"(?:If|Unless|Without|Should)\b", sentence)
                or (re.match(r"(?:provide|share|fund|process|offer|exchange|enforce|collect|"
                             r"conduct|honou?r|participate|support|apply)\b", match.group("verb3"))
                    and leading_actor(sentence) == UNSTATED)):
            continue  # "Marlin Pharma will no longer offer …", "Without new funding, … will"
        elif pattern is POLICY and not_todays_policy(sentence, match):
            continue  # "flags … at half-staff each year", "Under the proposal, still considered"
        elif pattern is INSTRUMENT and match.group("verb") == "endorses" and not (
                OBJECTS["endorse"].search(sentence[match.end():])):
            continue  # "The resolution endorses the call for restraint": its content
        elif (pattern is SETTLEMENT_TERMS and match.group("verb5") and "today" not in sentence
              and _GENERAL_BOUND.match(sentence,
                                       sentence.rfind(",", 0, match.start("verb5")) + 1)):
            continue  # "Under the standing order, lenders may not …"
        elif pattern is RECORDS_KEPT and _ARCHIVES.search(sentence) is None:
            continue  # "application materials will be available on the website"
        elif pattern is SETTLEMENT_TERMS and (_GENERAL_PARTY.search(sentence[:match.start()])
                                              or _NOT_SPENT.search(sentence)):
            continue  # "companies that fail to comply must pay a penalty": the law in general
        elif pattern is INDICTMENT and (
                ((_RECALLED.search(sentence) or _IN_YEAR.search(sentence))
                 and not re.search(r"\bunsealed (?:today|yesterday)\b", sentence))
                or NOT_OURS.search(sentence, 0, match.start())
                or re.search(r"\b(?:if|unless|we reject|baseless|politically motivated|"
                             r"trumped-up|sham)\b", sentence)):
            continue  # "an indictment returned six years ago", "the regime's prosecutors"
        elif pattern is RELEASED_TODAY and not our_document(sentence[:match.start("verb")]):
            continue  # "Amnesty International's latest report, released this week, …"
        elif (pattern is MONEY_SUBJECT or (pattern is MAKE_UP and match.lastgroup == "verb9")
              ) and _NOT_SPENT.search(sentence):
            continue  # "€3 billion a year will go to waste …, the study warns"
        elif pattern is LEGAL_EFFECT and GENERAL_ACCOUNT.search(sentence):
            continue  # "Under this authority, designated officials … are ineligible"
        elif pattern is WELCOMED and (_RECALLED.search(sentence[:match.start()])
                                      or _IN_YEAR.search(sentence, match.end())):
            continue  # "three years since we commended the signing", "… in September 2020"
        else:
            actor = leading_actor(sentence)
        verb = next(v for v in match.groups() if v).lower()
        form = "restate" if pattern in RESTATING else "shape"
        kind = _SHAPE_KINDS[pattern]
        if pattern is MAKE_UP and match.lastgroup in ("verb4", "verb5", "verb6"):
            kind = "designation"  # "Those designated include …": who today's listing names
        evidence: tuple[str, ...] = (f"the shape of a measure stated without a measure verb "
                                     f"(“{match.group().strip()[:60]}”)",)
        if ((pattern is INSTRUMENT and match.group("verb") in _PROVIDES)
                or (pattern is POLICY and match.group("verb6"))
                or pattern is BENEFIT or (pattern is MAKE_UP and (match.lastgroup == "verb8"
                                                  or _LENT.match(sentence)))
                or (pattern is INSTRUMENT and match.group("noun2"))) and not _TODAYS.match(
                    sentence):
            evidence += (BACK_REFERENCE,)
        return Predicate(actor, verb, verb, form, sentence[match.end():], "", evidence, kind)
    return None
