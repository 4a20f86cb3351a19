"""Sentence shapes of a sum: money as a subject ("$4 million will go to …"), what a measure
includes, a budget's request and its lines, a fact sheet's items with their sums. The
shapes `shapes.SHAPES` tries; `budget_line`, which `rules.verdicts` tries in a statement
that presents a budget request (`BUDGET_CONTEXT`)."""

from __future__ import annotations

import re

from .grammar import Predicate
from .lexicon import MONEY, MONTH, OPINION, UNSTATED

__all__ = ["ASK_FUNDS", "BUDGET_CONTEXT", "BUDGET_LINE", "BUDGET_REQUEST", "FUNDING_ITEM",
           "INCLUDES_MONEY", "MAKE_AVAILABLE", "MEASURE_ITEM", "MONEY_SUBJECT", "budget_line"]

MONEY_SUBJECT = re.compile(
    r"(?:^|[,:]\s)(?:(?:another|an additional|a further|some|nearly|about|approximately|more than|"
    r"over|up to|almost|an initial|a first|the first|the (?:remaining|other|last|second|final)|"
    r"the rest of the|the balance of|of (?:this|that|the total|it),|an|a)\s)*" + MONEY
    + r"[\d.,]*\s*(?:million|billion|bn|m)?[^;]{0,90}?"
    r"\b(?:will|would) (?P<verb>support|fund|finance|go|be used|help|increase|provide)\b|"
    # "An investment of $492.9 million will strengthen …"
    r"^(?:An?|The) (?:new |additional |initial |further )?(?:investment|allocation|contribution|"
    r"grant|package|tranche|commitment) of " + MONEY + r"[\d.,]*\s*(?:million|billion)?[^;]{0,90}?"
    r"\b(?:will|would) (?P<verb2>support|fund|finance|go|help|increase|provide|strengthen|build|"
    r"expand|create|pay for|enable|allow)\b", re.IGNORECASE)
INCLUDES_MONEY = re.compile(
    r"^(?:This|The) (?:new |additional |critical )*(?:assistance|funding|aid|package|donation|"
    r"support)?\s*(?P<verb>includes?)\b[^.;]{0,40}" + MONEY)
# What a government's budget asks of its legislature ("The President's Budget for FY 2023
# requests $4.1 billion for …", "The budget also proposes $300 million to …").
BUDGET_REQUEST = re.compile(
    r"(?:^|\b(?:[Tt]he|[Oo]ur|[Tt]his|President['’]s|Administration['’]s|U\.S\.|"
    r"(?:[Tt]he )?(?:Department|State Department|Agency|USAID|Treasury)['’]s) )"
    r"(?:(?:[Ff]iscal [Yy]ear|FY) ?\d{2,4} )?(?:[Bb]udget(?: [Rr]equest)?|[Rr]equest)"
    r"(?: for (?:(?:FY|[Ff]iscal [Yy]ear) ?\d{2,4}|(?:the )?[A-Z][\w ,&.]{0,60}?))? "
    r"(?:also )?(?P<verb>requests|proposes|provides|includes|invests|allocates) "
    r"(?:[a-z]+ ){0,4}?(?=" + MONEY + ")")
# What a government asks its legislature for ("We're asking for $10 billion for global
# health", "the Administration is requesting $2 billion"): a budget ask
ASK_FUNDS = re.compile(r"(?:^|[,;]\s|\bthat\s)(?:(?:So|And|Today),? )?(?:we|We|[Tt]he "
                       r"Administration|[Tt]he President|[Tt]he Department|[Tt]he Commission|"
                       r"[Tt]he Government|[Tt]he Ministry)"
                       r"(?P<verb>(?:\s(?:are|is|am)|['’]re|['’]s)(?: also| now)? (?:asking|"
                       r"requesting|seeking)|\s(?:also )?(?:ask|asks|seek|seeks|requests|"
                       r"proposes)) (?:Congress "
                       r"|the Congress )?(?:for )?(?:(?:more than|over|nearly|about|an "
                       r"additional|another) )?(?=" + MONEY + ")")
# A statement about a budget request ("the President's FY 2022 budget request", "our budget
# for fiscal year 2023"): in it, what "it" or "the budget" provides is a line of the request.
BUDGET_CONTEXT = re.compile(r"\b(?i:budget request|request for (?:fiscal year|FY)|(?:fiscal year|"
                            r"FY) ?\d{2,4} (?:budget|request)|"
                            r"(?:present|table|submitt|transmitt)\w* (?:[\w'’]+ ){0,3}budget|"
                            r"(?:President|Administration)['’]s "
                            r"(?:\w+ )?budget|budget for (?:fiscal year|FY))|\b(?:Main|"
                            r"Supplementary) Estimates\b|(?<!the )\bBudget (?:19|20)\d\d\b")
# A line of that request with its sum, the budget or "it" as subject ("It also requests
# $300 million for …", "It will invest 861 million in the region", "The budget will
# accelerate …, providing $2.5 billion for …").
_BUDGET_SUM = (r"(?:(?:over|more than|nearly|about|some|an additional|almost) )?"
               r"(?:" + MONEY + r"[\d.,]*(?:\s?(?:million|billion|bn|m)\b)?|\b\d[\d.,]* "
               r"(?:million|billion)\b)")
BUDGET_LINE = re.compile(
    r"^(?:(?:And|So|Also|Finally|Further|Additionally|In addition),? )?(?P<it>[Ii]t|(?:[Tt]he|"
    r"[Tt]his|[Oo]ur) (?:(?:proposed|FY ?\d{2,4}|fiscal year \d{4}) )?(?:[Bb]udget(?! [Rr]equest)|"
    r"[Bb]udget [Rr]equest|[Rr]equest|(?:[\w-]+ )?(?:Main |Supplementary )?Estimates(?: for "
    r"[^,;]{1,60}?)?))(?: also| further)? (?:(?:will|would) (?:also )?)?"
    r"(?:(?P<verb>requests?|"
    r"provides?|invests?|includes?|allocates?|funds?|dedicates?|directs?|sustains?|total)\b"
    r"(?: (?!not\b)[\w-]+){0,6}? " + _BUDGET_SUM
    + r"|[^;]{0,120}?(?:,| by| with) (?P<verb2>providing|investing|requesting|including|"
    r"allocating|dedicating|a request of|an investment of) (?:[\w-]+ ){0,4}?" + _BUDGET_SUM
    + ")"
    # "Funding of $15 million is also sought for …", "X would receive $2.5 billion"
    r"|^(?:[\w-]+ ){1,8}?of " + _BUDGET_SUM + r" (?:is|are) (?:also )?(?P<verb3>sought|"
    r"requested|proposed) for\b|^(?![^;]*\b(?:deficit|debt|borrowing|spending|revenues?|"
    r"inflation|GDP|costs?|prices?|projections?|forecasts?)\b)[^;]*\b(?:would|will) "
    r"(?P<verb4>receive|rise to|increase to|grow to) " + _BUDGET_SUM)
MAKE_AVAILABLE = re.compile(r"\b(?P<verb>make|makes|made|making) " + MONEY
                            + r"[\d.,]*\s*(?:million|billion)?"
                             r"\s*available\b")


# A fact sheet's item, a heading and its sum ("Emergency food in Corvania: $75 million to the
# World Food Programme for …")
FUNDING_ITEM = re.compile(r"^(?![^:;–—]{0,40}\b(?:gap|shortfall|losses)\b)"
                          r"(?!(?:Cost|Costs|Loss|Losses|Damage|Background|Key figures?|Debt|"
                          r"Shortfall|Needs?|Gap|Estimated|Total|Price|"
                          r"Deficit|Revenue|Price|Value)\b)(?-i:[A-Z])[^:;.]{2,70}(?:: | [–—] )"
                          r"(?:(?:nearly|over|more than|an additional|another|some|about|"
                          r"approximately|up to) )?"
                          r"(?P<verb>" + MONEY + r"[\d.,]*\s*(?:million|billion|bn|m)?)(?:\s+(?:to|"
                          r"for|in (?:new |additional )?(?:[\w-]+ )?(?:assistance|aid|funding|"
                          r"grants?|loans?|financing|support))\b|,\s+(?:expanding|supporting|funding|building|"
                          r"training|providing|establishing|creating|improving|upgrading|"
                          r"strengthening|helping|delivering|developing|installing|hiring)\b)(?![^;]{0,60}\b(?:were|"
                          r"was|is|are|has|have)\b)", re.IGNORECASE)
# ("Heading: $75 million to …", "Harbor Clinic (Marlin, Ohio) – $2.4 million to …")
# A fact sheet's item that opens with what it does and states its sum ("Establishing the first
# agricultural office in the region, with $31.8 million over five years"), or a programme
# "which will receive $13.5 million"
MEASURE_ITEM = re.compile(r"^(?P<verb>Establishing|Creating|Launching|Expanding|Opening|Providing|"
                          r"Investing|Deploying|Funding|Building|Doubling|Increasing)\b"
                          r"(?! on\b| costs?\b)(?![^;]*\b(?:is|are|was|were|would|will|has|have|"
                          r"said|found|since)\b)[^;]{0,160}?" + MONEY
                          + r"|^(?:An?|The) new\b[^;]{0,120}?\bwhich will "
                          r"(?P<verb2>receive) " + MONEY)
# What those today's measure serves will receive ("Municipalities will receive PLN 1,200 for each
# refugee", "Families whose homes were destroyed will receive a subsidy of up to …", "Farmers in
# 9 counties also qualify for disaster assistance"): a measure restated by its benefit, after the
# statement has announced one (not "If …", not what anyone "who applies" may get)
BENEFIT = re.compile(
    r"^(?!(?:If|Unless|When|Once|Anyone|Whoever|Those who|Applicants who|Were|Should|Had|"
    r"Under (?:[A-Z][\w-]*['’]s|(?:the )?(?:19|20)\d\d))\b)[A-Z][^;:?]{2,100}?,?"
    r"\s(?:(?:will|would|shall)\s(?:now\s|also\s|each\s|automatically\s|then\s){0,2}"
    r"(?P<verb>receive|get|be eligible for|qualify for|be entitled to)|(?:also |now )?"
    r"(?P<verb2>qualify for|are (?:now |also )?eligible for))\s(?:[^;]{0,40}?)(?:" + MONEY
    + r"|\b(?:subsid(?:y|ies)|vouchers?|grants?|payments?|rations?|compensation|refunds?|"
    r"stipends?|allowances?|discharges?|loans?|(?:disaster|emergency|financial|cash|food) "
    r"(?:assistance|aid)|funding)\b)")
_PAST_DATED = re.compile(r"\b(?:was|were|had been) \w+ed in (?:" + MONTH + r" )?(?:19|20)\d\d\b")


def budget_line(sentence: str, *, right_after: bool) -> Predicate | None:
    """A line of a budget request whose subject is "it" or the budget, with its sum: for a
    statement about a budget request (`BUDGET_CONTEXT`, checked by the caller). "It" must
    come `right_after` a sentence of the budget, where nothing else can be what it means."""
    match = BUDGET_LINE.search(sentence)
    if (match is None or OPINION.search(sentence, 0, match.start())
            or _PAST_DATED.search(sentence)
            or ((match.group("it") or "").lower() == "it" and not right_after)):
        return None
    verb = next(v for v in match.group("verb", "verb2", "verb3", "verb4") if v).lower()
    return Predicate(UNSTATED, verb, verb, "shape", sentence[match.end():], "",
                     (f"a line of the budget request this statement presents "
                      f"(“{match.group().strip()[:60]}”)",), "funding")
