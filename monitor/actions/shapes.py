"""Sentence shapes of a measure stated without a measure verb, and `shape`, which finds them.

A legal effect ("their property … is blocked"), the make-up of a measure ("This funding
will provide …"), money as a subject, a budget's request, a decision governments agreed, a
measure of another body welcomed as the news, an instrument taking effect and the like.
Each pattern comes with the cheap words one of which a sentence must hold before it is tried
(`SHAPES`). The verb predicates are `grammar`'s; the word lists `lexicon`'s.
"""

from __future__ import annotations

import re

from .grammar import Predicate, meeting_dated
from .lexicon import (
    FIRST_AUX,
    GOVERNMENT,
    MONEY,
    MONEY_CUE_WORDS,
    MONEY_CUES,
    MONTH,
    OPINION,
    UNSTATED,
)
from .phrases import is_government, subject

__all__ = ["BUDGET_CONTEXT", "RESTATING", "SHAPES", "budget_line", "shape"]

# Sentence shapes that carry no measure verb.
EFFECT = re.compile(
    r"^(?:This|These|Today['’]s|The) (?:new )?(?:actions?|designations?|sanctions|measures?|"
    r"visa restrictions|debarments?|orders?|rules?) (?P<verb>renders?|targets?|blocks?|bars?|"
    r"freezes?|prohibits?)\b")
MONEY_SUBJECT = re.compile(
    r"(?:^|[,:]\s)(?:(?:another|an additional|a further|some|nearly|about|approximately|more than|"
    r"over|up to|almost|an initial|a first|the first|an|a)\s)*" + MONEY
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
POLICY = re.compile(r"(?:^(?:Beginning|Effective|Starting)\b.*\b(?P<verb>must)\b)|"
                     r"\b(?P<verb2>must now|(?:is|are) now required)\b|\b(?:will|shall) no longer "
                     r"(?P<verb3>require|allow|permit|accept|issue|recognize|grant)\b|"
                     r"\b(?i:eligibility|programs?|programmes?|rules?|polic(?:y|ies)|"
                     r"requirements?|orders?|designations?|expansion|access|exemptions?|"
                     r"waivers?|lists?|bans?|restrictions?|sanctions|visas?|guidance|"
                     r"procedures?)\b[^.;]{0,60}?\b(?:will|shall) now (?P<verb4>include|cover|"
                     r"apply to|allow|permit|"
                     r"require|be extended|be expanded|be available)\b")
SERVE = re.compile(r"\b(?:will|(?:depart\w*|leaving|named|appointed|nominated|selected|"
                   r"chosen|designated|tapped)\b[^.;]{0,60}? to) (?P<verb>serve) as "
                   r"(?:its |the |our )?(?:new |next )?(?:Special|Acting|Ambassador|Chargé|"
                   r"Charge|Coordinator|Envoy|Representative|Senior)")
MAKE_AVAILABLE = re.compile(r"\b(?P<verb>make|makes|made|making) " + MONEY
                            + r"[\d.,]*\s*(?:million|billion)?"
                             r"\s*available\b")


# The legal effect of a designation on those it names ("their property … is blocked").
LEGAL_EFFECT = re.compile(
    r"\b(?:property|interests in property|assets)\b[^;]{0,160}?\b(?:are|is|will be|remain|"
    r"must be) "
    r"(?P<verb>blocked|frozen)\b|\b(?:are|is) (?:generally )?(?P<verb2>prohibited) from\b|"
    r"\b(?:are|is|will be|become) (?:also )?(?P<verb3>not eligible|ineligible|inadmissible) "
    r"(?:to enter|to (?-i:[A-Z])|into|for (?:entry|admission)\b|for (?:a )?(?:U\.S\. )?visas?)|"
    r"\bwill (?P<verb4>remain debarred)\b|"
    # "Those listed are subject to a travel ban and an asset freeze"
    r"\b(?:are|is|will be|become|are now|is now) (?P<verb5>subject to) (?:an? |the )?"
    r"(?:[\w-]+ ){0,2}(?:travel bans?|asset freezes?|visa bans?|sanctions|export "
    r"restrictions|licen[cs]e requirements?|(?:additional|new|increased|higher) (?:tariffs?|"
    r"dut(?:y|ies)|quotas?))\b|"
    # "the vessels named today are identified as property in which … has an interest"
    r"\b(?:are|is|were|was|have been|has been) (?:also )?(?P<verb6>identified) as (?:blocked )?"
    r"property\b|"
    # "No visas will be issued to the officials designated today"
    r"^[Nn]o (?:U\.S\. |new |further )?visas? (?:will|shall) be (?P<verb7>issued)\b")
# What a law does to anyone designated under it ("Under this authority, designated officials
# … are ineligible for entry", "once the Secretary designates …"): an account of the law
_GENERAL_ACCOUNT = re.compile(r"^(?:Under (?:this|that|the|its|such) (?:authority|law|section|"
                              r"provision|statute|order)|[^;]{0,80}\b(?:once|whenever|anyone|"
                              r"any person)\b|[^;,]{0,40}\b(?:who|that)\b)|"
                              r"\b(?:listed|designated) under\b|"
                              r"\bunder (?:the )?(?:[A-Z][\w-]* ){0,5}(?:Regulations|Act|Law|Code|"
                              r"Order)\b|\bimposed by (?:the )?(?:regime|junta|authorities)\b",
                              re.IGNORECASE)
# The make-up of a measure ("This funding will provide …", "This includes the provision of …").
MAKE_UP = re.compile(
    r"^(?:This|These|That|Those|The|Today['’]s) (?:new |additional |humanitarian |critical |"
    r"emergency )*"
    r"(?:assistance|funding|funds|aid|money|package|donation|tranche|support|action|actions|"
    r"designations?|listings?|sanctions|debarments?|allocation|shipment|consignment|cargo)\s*"
    r"(?P<verb>includes?|comprises?|consists? of|(?:will|would) (?:also )?(?:provide|support|fund|"
    r"flow|go|pay|include|allow|enable|be (?:shared|distributed|allocated|channell?ed)))\b|"
    # who today's measure names ("Those designated include …", "Also sanctioned is …",
    # "Among them are …")
    r"^(?:Those|The (?:individuals|persons|entities|people|officials)) (?:designated|listed|"
    r"sanctioned)(?: today)? (?P<verb4>include|are)\b(?! (?:often|usually|mostly|many)\b)|"
    r"^(?:Also|Additionally) "
    r"(?P<verb5>sanctioned|designated|listed) (?:today )?(?:is|are)\b(?! [^;]{0,40}\b(?:numbers|"
    r"details|addresses|information|contacts?|websites?|links?)\b)|^(?P<verb6>Among) "
    r"(?:them|those (?:designated|listed|sanctioned)) (?:is|are)\b|"
    # "It will pay for emergency food …" (the future: what today's money will do)
    r"^It (?:will|would) (?:also )?(?P<verb7>pay for|fund|finance)\b|"
    r"^(?:This|These) (?P<verb2>includes?|will (?:provide|fund|flow|pay|include)) "
    r"(?:the provision of|funding|support|assistance|" + MONEY + r")")
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
    r"[Mm]oratorium|[Ss]cheme|(?:(?-i:[A-Z])[\w-]* |\([A-Z][\w ]*\) ){1,6}Regulations)"
    r"(?: \([A-Z.]{2,8}\))? "
    r"(?:also |further |now )?"
    r"(?P<verb>provides? for|authorizes?|requires?|prohibits?|expands?|extends?|"
    r"establishes?|imposes?|restricts?|suspends?|revokes?|updates?|replaces?|supersedes?|"
    r"amends?|revises?|charges?|resolves?|directs?|seeks? (?:forfeiture|\$|€|£)|covers?|"
    r"applies to|will (?:cover|apply to))\b"
    r"(?![^;]{0,60}\b(?:as it has|since|continues|still)\b)|"
    r"^(?:This|These) (?P<verb2>updates?|replaces?|supersedes?|amends?|revises?) "
    r"the\b")
# What a settlement or consent agreement imposes on the party that signs it ("Under the
# terms of the agreement, the company will pay a civil penalty of …", "must hire an outside
# compliance officer").
SETTLEMENT_TERMS = re.compile(
    # "has agreed to pay $48 million to resolve allegations that …"
    r"\b(?:has |have )?agreed to (?P<verb3>pay) (?:[\w-]+ ){0,3}?" + MONEY + r"[^;]{0,60}?\bto "
    r"(?:resolve|settle)\b|"
    # "has agreed to settle its potential civil liability for 38 apparent violations"
    r"(?<!previously )\b(?:has |have )agreed to (?P<verb4>settle) (?:its |their |the )?"
    r"(?:potential |apparent )(?:civil |criminal )?liability\b|"
    r"\b(?:will|must|shall|agreed to|is required to) (?:also )?(?P<verb>pay) (?:a |an )?"
    r"(?:total )?(?:civil |criminal |administrative |monetary )*(?:penalty|penalties|fine|"
    r"forfeiture|restitution)\b|\b(?:will|must|shall|is required to) (?:also )?"
    r"(?P<verb2>hire|retain|appoint|engage|conduct|implement|submit|maintain|adopt|establish|"
    r"certify|train)\b[^;]{0,60}?"
    r"\b(?i:compliance|audits?|monitors?|remedial)\b")
# Where a government's own records will be kept once moved ("Archived content will be
# available at @Agency46", "will be maintained by the National Archives at the handles:").
# "will continue to be accessible" (the status quo) does not match.
RECORDS_KEPT = re.compile(
    r"\b(?i:content|records|websites?|site|materials?|accounts?|archives?|collections?|"
    r"pages|posts)\b[^;]{0,80}?\bwill (?:now |also )?be (?P<verb>available|accessible|hosted|"
    r"maintained|kept|preserved) (?:at|on|by|in|with)\b")
# A fact sheet's item, a heading and its sum ("Emergency food in Corvania: $75 million to the
# World Food Programme for …")
FUNDING_ITEM = re.compile(r"^(?!(?:Cost|Costs|Loss|Losses|Damage|Background|Key figures?|Debt|"
                          r"Deficit|Revenue|Price|Value)\b)(?-i:[A-Z])[^:;.]{2,70}: (?:(?:nearly|"
                          r"over|more than|an additional|another|some|about|approximately|up to) )?"
                          r"(?P<verb>" + MONEY + r"[\d.,]*\s*(?:million|billion|bn|m)?)\s+(?:to|"
                          r"for|in (?:new |additional )?(?:[\w-]+ )?(?:assistance|aid|funding|"
                          r"grants?|loans?|financing|support))\b(?![^;]{0,60}\b(?:were|was|is|are|"
                          r"has|have)\b)", re.IGNORECASE)
# The document the statement releases, "released today" in passing ("The fourth edition of
# the Agency's indicators report, released today, tracks …")
RELEASED_TODAY = re.compile(r"^(?:[^,;]{3,140}), (?P<verb>released|published|issued|unveiled|"
                            r"launched|announced) (?:today|this week|this morning)\b")
# A fact sheet's item that opens with what it does and states its sum ("Establishing the first
# agricultural office in the region, with $31.8 million over five years"), or a programme
# "which will receive $13.5 million"
MEASURE_ITEM = re.compile(r"^(?P<verb>Establishing|Creating|Launching|Expanding|Opening|Providing|"
                          r"Investing|Deploying|Funding|Building|Doubling|Increasing)\b"
                          r"(?! on\b| costs?\b)(?![^;]*\b(?:is|are|was|were|would|will|has|have|"
                          r"said|found|since)\b)[^;]{0,160}?" + MONEY
                          + r"|^(?:An?|The) new\b[^;]{0,120}?\bwhich will "
                          r"(?P<verb2>receive) " + MONEY)
# Agreements signed before leaders ("The two Prime Ministers will witness the signing of …")
WITNESSED = re.compile(r"(?<!\bhad )(?<!\bhave )\b(?:will |also )*(?P<verb>witness(?:ed)?) the "
                       r"(?:signing|exchange) of\b(?![^;]*\b(?:as a young|in (?:19|20)\d\d)\b)")
# Charges brought: "a grand jury returned a 24-count indictment", "an indictment unsealed today
# charges …", "filed a criminal complaint"
INDICTMENT = re.compile(r"\b(?:returned|unsealed|filed|brought|(?:are |is |am )?(?:unsealing|"
                        r"filing|returning)|(?:will )?(?:unseal|file)) (?:an? |the )?"
                        r"(?:[\w-]+ ){0,2}"
                        r"(?P<verb>indictments?|criminal complaints?|superseding indictments?)\b|"
                        r"\b(?P<verb2>indictments?|criminal complaints?)(?: [\w-]+){0,5}? "
                        r"(?:was |were )?(?:unsealed|returned|filed) (?:today|yesterday|this "
                        r"week)\b")
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
# A decision agreed by governments ("The two delegations agreed to meet again in …").
AGREED = re.compile(r"\b(?P<verb>agreed|decided|resolved)(?: today| also| unanimously| formally|"
                    r" jointly)?(?:,? in principle,?|"
                    # an aside, not a date, a source or a contrast ("agreed, in 2015, to")
                    r", (?![^,;]*\b(?:(?:19|20)\d\d|ago|under|according|as part of|however|"
                    r"but)\b)[^,;]{3,60},)? (?:to|that|on)\b"
                    r"(?! continue| the sharing| exchang| shar| they would hold"
                    r"| (?:remain|stay|keep) in (?:close |regular |constant )?(?:contact|touch)"
                    # a shared position ("agreed that Corvania must withdraw"), a promise to
                    # keep talking ("agreed that their officials would remain in touch")
                    # (unless dated: "agreed that all forces should leave by December 31")
                    r"|(?<=that) (?![^;]{0,120}\b(?:by|no later than|before|until|within|"
                    r"for a further)\b)[^;]{0,100}?\b(?:must|should|needs? to|has to|have to|"
                    r"ought to)\b"
                    r"|(?<=that) [^;]{0,80}?\b(?:remain|stay|keep) in (?:close |regular |"
                    r"constant )?(?:contact|touch)"
                    # a view shared ("agreed that corruption undermines investment"): a clause
                    # with no "will", "would", "shall", "should", "must" or date
                    r"|(?<=that) (?![^;]*\b(?:will|would|shall|should|must|needs? to|by|before|"
                    r"within|no later than|may|can|until|from|for (?:a further|up to))\b)"
                    r"|(?<=that) [^;]{0,60}?\bwill (?:remain|be|continue to be) (?:a|an|the) "
                    r"(?:\w+ )?(?:pillar|priority|cornerstone|foundation|key|central|important)"
                    # working more closely is no measure ("agreed to strengthen cooperation")
                    r"|(?<=to) (?:further |jointly )?(?:strengthen|deepen|enhance|expand|boost|"
                    r"advance|promote|intensify|bolster|broaden|step up)\b[^;]{0,40}?\b(?:"
                    r"cooperation|ties|relations|relationship|partnership|collaboration|dialogue|"
                    r"engagement|coordination)\b"
                    r"| the (?:\w+ ){0,2}(?:importance|need|value|necessity|benefits?|merits?)\b"
                    # to weigh a step, or to press others, is not to take one
                    r"|(?: (?:\w+ly|further|jointly|together|work(?:ing)? together to|"
                    r"[^,;]{1,40}? (?:would|will|should)))* (?:explore|consider|study|examine|"
                    r"look (?:into|for|at)|seek|identify|find ways|discuss|assess|review|"
                    r"encourage|urge|call (?:on|for)|press|ask|prepare)\b)"
                    # a view that stays ("decided that the Mission's priorities would remain")
                    r"(?!(?<=that) [^;]{0,80}?\bwould (?:remain|continue)\b(?! in (?:force|"
                    r"place)| for a further| until))")
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
# A treaty, agreement or law taking effect ("The Agreement … will enter into force on …").
IN_FORCE = re.compile(r"\b(?i:agreement|treaty|convention|accord|protocol|amendment|"
                      r"charter|law|rule|regulation|arrangement)s?\b|\bAct\b")
IN_FORCE_VERB = re.compile(r"[^;,]{0,120}?\b(?P<verb>(?:will|shall) (?:enter|come|go) into "
                           r"(?:force|effect)|(?:enters|goes) into (?:force|effect)|"
                           r"(?:has|have) (?:entered|come|gone) into (?:force|effect)|"
                           r"(?:entered|came|went) into (?:force|effect)(?= today| on (?:this|"
                           r"today)|\s*[.;])|will take effect|takes effect)\b")
# Who owns a law taking effect: a foreign or condemned one is not the statement's measure
# ("Corvania's new law", "the regime's decree", "the DPRK's … Law", "The Corvanian law"); our
# own agencies' rules are ("Treasury's final rule", "The Department's new visa rule")
FOREIGN_OWNER = re.compile(
    r"(?:\b(?:regime|junta)['’]s|\b(?!(?:Treasury|Commerce|Department|Administration|America|"
    r"President|Secretary|Agency|Bureau|Congress|State|Justice|Labor|Energy|Agriculture|"
    r"Commission|Office|Board|Service|USAID|FDA|EPA|DHS|DOJ|USDA|FTC|SEC|FCC|OFAC|BIS|"
    r"United States|U\.S)['’]s?\b)(?:[A-Z][a-z]+|[A-Z]{2,6})['’]s|"
    r"\b(?!American\b)[A-Z][a-z]+(?:ian|ean|an|ese|ish|i)\b)\s+(?:[\w-]+\s+){0,6}$")
# A next meeting agreed is a measure only with its date ("agreed to meet again in October";
# not "agreed to meet in the coming months" nor "… to review the 2019 roadmap").
AGREED_MEETING = re.compile(r"\b(?:agreed|decided)(?:,? in principle,?|, [^,;]{3,60},)? to "
                            r"(?:meet|reconvene|hold|convene)\b")
# Each shape with the words one of which a sentence must hold before the pattern is tried
# (a cheap test first: most sentences hold none); MONEY_CUES, one test for every shape of a sum.
SHAPES: tuple[tuple[re.Pattern[str], tuple[str, ...] | re.Pattern[str]], ...] = (
          (EFFECT, (" ",)),
          (LEGAL_EFFECT, ("blocked", "frozen", "prohibited", "eligible", "debarred",
                          "subject to", "identified as", "visa", "inadmissible")),
          (MAKE_UP, ("This", "These", "The", "Today", "That", "Those", "Also", "Additionally",
                     "Among", "It ")),
          (FUNDING_ITEM, (": ",)), (MEMBER, ("member", "signator", "arty")),
          (AGREED, ("agreed", "decided", "resolved")),
          (WELCOMED, ("elcom", "pplaud", "ommend", "ongratulat", "day’s", "day's")),
          (MONEY_SUBJECT, MONEY_CUES),
          (INCLUDES_MONEY, MONEY_CUES), (BUDGET_REQUEST, ("udget", "equest")),
          (MAKE_AVAILABLE, ("available",)), (SERVE, ("serve",)),
          (POLICY, ("must", "required", "no longer", "will now", "shall now")),
          (INSTRUMENT, ("This", "These", "The", "Today", "the ", "these ")),
          (SETTLEMENT_TERMS, ("pay", "must", "will", "shall", "required", "settle")),
          (INDICTMENT, ("ndictment", "omplaint")),
          (RELEASED_TODAY, ("today", "this week", "this morning")),
          (MEASURE_ITEM, ("ing ", "which will receive")), (WITNESSED, ("witness",)),
          (RECORDS_KEPT, ("will be", "will now be", "will also be")),
          (FORMAL_FINDING, ("formally", "officially", "publicly", "determined that")),
          (IN_FORCE, ("force", "effect")), (ASK_FUNDS, MONEY_CUES),
          (RECENT_GIFT, ("donation", "deliver", "shipment", "gift")))

# SHAPES with the sum's cues as None (one test for them all)
_PLAN = tuple((pattern, cues if isinstance(cues, tuple) else None) for pattern, cues in SHAPES)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|yet)\s*$")
_DATED_NEXT = re.compile(r"\s+(?:in|on)\s+[^,;]{0,20}?\b(?:19|20)\d\d\b")
_ARCHIVES = re.compile(r"archiv|National Archives|\bNARA\b|@\w", re.IGNORECASE)
_GENERAL_PARTY = re.compile(r"\b(?:that|who|which|if|when|whenever|any|anyone|whoever)\b",
                            re.IGNORECASE)
_RECALLED = re.compile(r"\b(?:since|ago)\b", re.IGNORECASE)
_NOT_OURS = re.compile(r"\b(?:regime|junta|militants?|rebels?|Taliban)\b", re.IGNORECASE)
_NGO = re.compile(r"\b(?:International|Watch|Institute|University|Foundation|Amnesty|Center|"
                  r"Centre|Council on|Association|Society)\b")
_NOT_SPENT = re.compile(r"\bgo(?:es)? to waste\b|" + MONEY + r"[\d.,]*\s*(?:million|billion|bn|m)?"
                        r" (?:a|per) year\b|\bannually\b|,\s(?:the |a )?(?:[\w-]+ ){0,3}(?:warns?|"
                        r"alleges?|claims?|says|said|estimates?|argues?|finds?)\.?$",
                        re.IGNORECASE)


def _OUR_DOCUMENT(before: str) -> bool:
    """Whether what was "released today" is our government's: the sentence opens with it (no
    opinion, no "according to"), its owner is a government, not an NGO or a regime."""
    return (re.match(r"(?:According|We|I|Our concern)\b", before) is None
            and OPINION.search(before) is None and _NGO.search(before) is None
            and _NOT_OURS.search(before) is None and GOVERNMENT.search(before) is not None)


_IN_YEAR = re.compile(r"\bin (?:" + MONTH + r" )?(?:19|20)\d\d\b")
_RELATIVE = re.compile(r"\b(?:that|which|who)\b[^,;]{0,16}$")


def _leading_actor(sentence: str) -> str:
    """The government subject of a sentence's first verb group, else UNSTATED."""
    verb = FIRST_AUX.search(sentence)
    actor = subject(sentence[: verb.start()])[0] if verb else ""
    return actor if is_government(actor) else UNSTATED


# What each sentence shape announces: "This action renders … ineligible" is a sanction.
# Shapes that restate today's measure (its legal effect, its make-up): actions only in a
# statement whose headline announces such a measure, which the model weighs (`features`).
RESTATING = (LEGAL_EFFECT, MAKE_UP, INSTRUMENT, SETTLEMENT_TERMS)
_SHAPE_KINDS = {EFFECT: "sanctions", LEGAL_EFFECT: "sanctions", MAKE_UP: "funding",
                MEMBER: "diplomatic", AGREED: "agreement", WELCOMED: "other",
                MONEY_SUBJECT: "funding", INCLUDES_MONEY: "funding", BUDGET_REQUEST: "funding",
                MAKE_AVAILABLE: "funding",
                SERVE: "diplomatic", POLICY: "policy", INSTRUMENT: "policy",
                SETTLEMENT_TERMS: "sanctions", RECORDS_KEPT: "other", INDICTMENT: "criminal",
                FUNDING_ITEM: "funding", RELEASED_TODAY: "rule",
                MEASURE_ITEM: "funding", WITNESSED: "agreement",
                FORMAL_FINDING: "policy", IN_FORCE: "agreement", RECENT_GIFT: "funding",
                ASK_FUNDS: "funding"}


# A step cited as evidence of friendship in a greeting ("we celebrate our friendship,
# exemplified by our recent donation of …"): not the news (README, observances)
_CITED = re.compile(r"\b(?:celebrat\w*|National Day|anniversary|exemplified by|demonstrated "
                    r"by|reflected in|illustrated by)\b", re.IGNORECASE)


def _in_force(sentence: str) -> re.Match[str] | None:
    """The verb of an instrument taking effect ("The Agreement … will enter into force"), when
    the instrument is not a foreign or condemned one and no opinion or demand frames it."""
    for noun in IN_FORCE.finditer(sentence):
        verb = IN_FORCE_VERB.match(sentence, noun.end())
        if verb is None:
            continue
        before = sentence[:noun.start()]
        if OPINION.search(before) or FOREIGN_OWNER.search(before) or re.search(
                r"\b(?:before|until|unless|if|once|after|only|upon)\b",
                sentence[noun.end():verb.end()]):
            return None  # "concerned by Corvania's new law, which takes effect", "before it …"
        if re.match(r"(?:entered|came|went|has|have)\b", verb.group("verb")) and re.search(
                r"\b(?:(?:19|20)\d\d|ago|since|anniversary)\b", sentence):
            return None  # "entered into force on this day in 1997": history
        return verb
    return None


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


def shape(sentence: str) -> Predicate | None:
    """Measures stated without a measure verb: effects, money as subject, policy changes."""
    money: bool | None = None  # whether the sentence may state a sum: tested once, if asked
    for pattern, cues in _PLAN:
        if cues is not None:
            for cue in cues:  # a cheap test before the pattern (a loop: faster than any())
                if cue in sentence:
                    break
            else:
                continue
        else:
            if money is None:
                for cue in MONEY_CUE_WORDS:
                    if cue in sentence:
                        money = True
                        break
                else:
                    money = False
            if not money:
                continue
        match = _in_force(sentence) if pattern is IN_FORCE else pattern.search(sentence)
        if match is None:
            continue
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
            if pattern is FORMAL_FINDING and (
                    _NEGATED_BEFORE.search(sentence[:match.start()])
                    or _DATED_NEXT.match(sentence, match.end())):
                continue  # "has not formally determined that", "attributed in 2016"
        elif pattern is RECORDS_KEPT and _ARCHIVES.search(sentence) is None:
            continue  # "application materials will be available on the website"
        elif pattern is SETTLEMENT_TERMS and _GENERAL_PARTY.search(sentence[:match.start()]):
            continue  # "companies that fail to comply must pay a penalty": the law in general
        elif pattern is INDICTMENT and (
                ((_RECALLED.search(sentence) or _IN_YEAR.search(sentence))
                 and not re.search(r"\bunsealed (?:today|yesterday)\b", sentence))
                or _NOT_OURS.search(sentence, 0, match.start())
                or re.search(r"\b(?:if|unless)\b", sentence)):
            continue  # "an indictment returned six years ago", "the regime's prosecutors"
        elif pattern is RELEASED_TODAY and not _OUR_DOCUMENT(sentence[:match.start("verb")]):
            continue  # "Amnesty International's latest report, released this week, …"
        elif pattern is MONEY_SUBJECT and _NOT_SPENT.search(sentence):
            continue  # "€3 billion a year will go to waste …, the study warns"
        elif pattern is LEGAL_EFFECT and _GENERAL_ACCOUNT.search(sentence):
            continue  # "Under this authority, designated officials … are ineligible"
        elif pattern is WELCOMED and (_RECALLED.search(sentence[:match.start()])
                                      or _IN_YEAR.search(sentence, match.end())):
            continue  # "three years since we commended the signing", "… in September 2020"
        else:
            actor = _leading_actor(sentence)
        verb = next(v for v in match.groups() if v).lower()
        form = "restate" if pattern in RESTATING else "shape"
        kind = _SHAPE_KINDS[pattern]
        if pattern is MAKE_UP and match.lastgroup in ("verb4", "verb5", "verb6"):
            kind = "designation"  # "Those designated include …": who today's listing names
        return Predicate(actor, verb, verb, form, sentence[match.end():], "",
                         (f"the shape of a measure stated without a measure verb "
                          f"(“{match.group().strip()[:60]}”)",), kind)
    return None
