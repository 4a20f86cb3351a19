"""What the verbs of a decision must name to be a measure: a proceeding begun ("initiated an
investigation"), a request decided ("denied the complaint"), funding ceased, a proposal
accepted, a figure set, a decision released, an authorisation given (`DECISION_OBJECTS`, by
verb, merged into `objects.OBJECTS`), and a measure in the clause an announcement or a
confirmation opens (`THAT_MEASURE`)."""

from __future__ import annotations

import re

from .lexicon import CONCRETE, CONCRETE_RE, FORMS, MONEY, STRONG

__all__ = ["DECISION_OBJECTS", "THAT_MEASURE"]

# A measure announced or confirmed in a clause ("announced today that it has opened a civil
# investigation into …", "confirmed that the United States will reopen its Consulate in …",
# "announced that the number of bodies will be cut from 18 to 10"): the clause's verb is done
# or to come and names a measure; not "announced that he will travel to …", "confirmed that
# talks had failed"
_DONE_OR_TO_COME = r"(?:will|shall|has|have|is|are)(?: (?:also|now|today|formally))?(?: been| be)?"
THAT_MEASURE = (r"^\s*(?:today |on \w+ |yesterday |this (?:morning|week) )?that\b"
                # (not foreign forces' conduct: "confirmed that Corvanian police have arrested")
                r"(?!\s+(?:the )?(?!U\.S\.|US\b|American\b)(?:[A-Z][\w-]* ){1,3}(?:police|"
                r"troops|soldiers|forces|militias?)\b)[^;]{0,120}?\b"
                + _DONE_OR_TO_COME + r" (?:[a-z]+ly )?(?:"
                + "|".join(sorted({f for f, (b, _) in FORMS.items() if b in STRONG}, key=len,
                                  reverse=True))
                + r"|opened|named|cut|raised?|reopen|resumed?|restored?|recogni[sz]es?|"
                r"increased?|reduced?|"
                r"extended|expanded|created|launched|provided?|allocated)\b")

# "initiated an investigation under Section 301", "instituted proceedings against", "opened a
# formal rulemaking": a proceeding begun; "denied the complaint", "denied 40 visas": a request
# decided; "will cease all contributions"; "accepted the proposal to spend $410 million"
_PROCEEDING = (r"|\b(?:investigations?|inquir(?:y|ies)|proceedings?|rulemakings?|reviews?|"
               r"audits?|probes?|cases?)\b")
# (the head of the first noun phrase: not "initiated a discussion … on the review of …")
_BEGUN = re.compile(r"^\s*(?:(?!(?:with|on|about|of|for|to|in|into|at|over)\b)"
                    r"[\w'’.,$-]+ ){0,5}?(?:" + CONCRETE + _PROCEEDING + ")", re.IGNORECASE)
DECISION_OBJECTS: dict[str, re.Pattern[str]] = {
    "initiate": _BEGUN,
    "institute": _BEGUN,
    # (not a claim denied: "denied claims that it had refused visa requests")
    "deny": re.compile(r"^\s*(?:(?:the|a|an|its|their|all|\d[\d,]*) )?"
                       r"(?:(?!\b(?:that|which|who|had|has|have|was|were)\b)[^;,])"
                       r"{0,40}?\b(?:"
                       r"complaints?|applications?|petitions?|requests?|permits?|"
                       r"appeals?|motions?|licen[cs]es?|visas?|entry|"
                       r"authori[sz]ations?|waivers?|exemptions?)\b", re.IGNORECASE),
    "cease": re.compile(CONCRETE + r"|\b(?:contributions|operations|payments|funding|"
                        r"cooperation|imports|exports|purchases)\b", re.IGNORECASE),
    "accept": re.compile(MONEY + r"|\b(?:refugees|applications|nominations|"
                         r"recommendations|proposals?|offers? of|bids?|settlement|"
                         r"credentials|resignation)\b", re.IGNORECASE),
    # "set final rates", "set the allowed return on equity at 9.8 percent", "set the coverage
    # obligations": a regulator's figures fixed; not "set the stage", "set an example"
    "set": re.compile(r"^(?!\s*(?:the |an? |its |our )?(?:stage|tone|example|record|scene|"
                      r"pace|bar|agenda|course|sights|standard for)\b).*?(?:"
                      + CONCRETE_RE.pattern + r"|\b(?:rates?|tariffs?|fees?|prices?|"
                      r"price caps?|caps?|obligations|returns? on equity|quotas?|limits?|"
                      r"targets? of|deadlines?|ceilings?|floors?)\b|"
                      r"\bat \d[\d.,]*(?: (?:to|and) \d[\d.,]*)? ?(?:percent|per cent|%))",
                      re.IGNORECASE),
    # "released its final decision", "released guidelines for schools", "released the
    # prisoners"
    "release": re.compile(CONCRETE_RE.pattern + r"|\b(?:decisions?|guidelines|prisoners|"
                          r"detainees|hostages|barrels)\b", re.IGNORECASE),
    # "authorized $80 million", "authorized the transfer of …", "authorized an additional $100
    # million", "authorized targeted strikes", "has authorized the adjuvanted vaccine",
    # "authorized the Secretary of Energy to release …"; the passive "authorized by law" is
    # the legal basis of a programme, not a measure (PASSIVE_NEEDS_AGENT)
    "authorize": re.compile(r"^\s*(?:(?:the|an?|up to|over|more than|additional|further|"
                            r"another|new|emergency|final) )*(?:" + MONEY + r"|\d|"
                            r"(?:[\w-]+ ){0,4}(?:transfer|sale|use|release|deployment|"
                            r"departure|funding|assistance|payments?|purchase|export|"
                            r"designation|sanctions|strikes|airstrikes|operations|"
                            r"vaccines?|medicines?|treatments?|drugs?|products?)\b)|"
                            r"(?-i:^\s*(?:the )?(?:[A-Z][\w.'’-]* )(?:(?:of |for |and |the )*"
                            r"[A-Z][\w.'’-]* ){0,6})to (?!be\b)[a-z]+", re.IGNORECASE),
}
