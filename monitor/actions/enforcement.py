"""Sentence shapes of enforcement: the legal effect of today's designation ("their property
… is blocked"), what a settlement imposes, charges brought; and what a law does to anyone
designated under it (`GENERAL_ACCOUNT`), which is no measure of today's. Tried by
`shapes.shape`. Also what the verbs of regulators and prosecutors must name to be a measure
(`ENFORCEMENT_OBJECTS`: orders entered, relief sought, penalties assessed, suits filed)."""

from __future__ import annotations

import re

from .lexicon import CONCRETE, MONEY

__all__ = ["ENFORCEMENT_OBJECTS", "GENERAL_ACCOUNT", "INDICTMENT", "LEGAL_EFFECT",
           "SETTLEMENT_TERMS"]

# The legal effect of a designation on those it names ("their property … is blocked").
LEGAL_EFFECT = re.compile(
    r"\b(?:property|interests in property|assets)\b[^;]{0,160}?\b(?:are|is|will be|remain|"
    r"must be) "
    r"(?P<verb>blocked|frozen)\b|\b(?:are|is) (?:generally )?(?P<verb2>prohibited) from\b|"
    r"\b(?:are|is|will be|become) (?:also |now )?(?P<verb3>not eligible|ineligible|inadmissible) "
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
GENERAL_ACCOUNT = re.compile(r"^(?:Under (?:this|that|the|its|such) (?:authority|law|section|"
                             r"provision|statute|order)|[^;]{0,80}\b(?:once|whenever|anyone|"
                             r"any person)\b|[^;,]{0,40}\b(?:who|that)\b|[^;]{0,80}\b(?:persons|"
                             r"people|individuals|foreigners|those) (?:convicted|found guilty)\b)|"
                             r"\b(?:listed|designated) under\b|"
                             r"\bunder (?:the )?(?:[A-Z][\w-]* ){0,5}(?:Regulations|Act|Law|Code|"
                             r"Order)\b|\bimposed by (?:the )?(?:regime|junta|authorities)\b",
                             re.IGNORECASE)
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
    # "will pay $3 million in refunds and a $1 million penalty", "will repay $2 million to
    # affected borrowers": money owed to those harmed; not "will pay $20 to enter"
    r"\b(?:will|must|shall) (?:also )?(?P<verb8>pay|repay|refund) (?:back )?(?:more than |about "
    r"|nearly |approximately |up to )?" + MONEY + r"[^;]{0,60}?\b(?:penalt(?:y|ies)|fines?|"
    r"restitution|refunds?|compensation|damages|back wages|(?:affected |harmed |former )?"
    r"(?:borrowers|consumers|customers|victims|investors|employees|workers|patients|"
    r"policyholders|tenants|students))\b|" +
    r"\b(?:will|must|shall|agreed to|is required to) (?:also )?(?P<verb>pay) (?:a |an )?"
    r"(?:total )?(?:civil |criminal |administrative |monetary |money )*(?:penalty|penalties|fine|"
    r"forfeiture|restitution|disgorgement)\b|"
    r"\b(?:will|must|shall|is required to) (?:also )?(?P<verb2>hire|retain|appoint|engage|"
    r"conduct|implement|submit|maintain|adopt|establish|"
    r"certify|train)\b[^;]{0,60}?"
    r"\b(?i:compliance|audits?|monitors?|remedial|(?:independent |outside )consultants?)\b|"
    # the terms an order, a decree or a plea agreement imposes ("Under the proposed consent
    # order, the company must divest 11 stores", "The plea agreement requires …", "The
    # proposed settlement would also prohibit …"): not what a law provides in general
    r"^(?:Under (?:the|this|today['’]s) (?:proposed |final |amended )?(?:consent (?:order|decree|"
    r"agreement)|settlement(?: agreement)?|plea agreement|deferred prosecution agreement|"
    r"non-prosecution agreement|administrative order|cease[- ]and[- ]desist order|"
    r"(?:[\w-]+ )?order|decree|judgment)|As a condition of (?:the |its |this )?(?:approval|"
    r"clearance|settlement|agreement|merger|licen[cs]e|the (?:Commission|Board|agency)['’]s "
    r"approval))(?: (?:announced|reached|entered|filed|issued|approved) (?:today|yesterday|"
    r"this week))?,[^;]{0,120}?\b(?P<verb5>must|shall|(?:is|are|will be) required to|"
    r"(?:has|have) agreed to|will|may not|(?:is|are) (?:barred|prohibited) from)\b|"
    r"\b(?:The|the|This|this) (?:proposed |final |amended )?(?:plea agreement|consent "
    r"(?:order|decree|agreement|judgment)|(?:deferred|non-)prosecution agreement|settlement"
    r"(?: agreement)?|administrative order|cease[- ]and[- ]desist order|"
    r"(?:(?<=proposed )|(?<=final )|(?<=amended ))(?:judgment|decree)) "
    r"(?:also |further )?(?:would |will )?(?:also )?(?P<verb6>requires?|prohibits?|bars?|"
    r"directs?|obligates?|orders?|bans?|imposes?)\b|"
    # what a party to a settlement agrees to do beside paying ("has also agreed to cooperate
    # with the department's ongoing investigation", "agreed to implement enhanced
    # surveillance"); not a government's agreement (`agreements.AGREED`)
    r"\b(?:has |have )?(?:also |further )?agreed to (?:fully )?(?P<verb7>cooperate(?= with "
    r"(?:the |this |our |its )?(?:[\w'’-]+ ){0,3}(?:investigation|prosecution|inquiry|"
    r"authorities|department|government))|implement(?= (?:enhanced|new|improved|a|an) )|"
    r"undertake|divest|forfeit|cease(?= (?:and desist|operating|offering|selling))|retain(?= an? "
    r"(?:independent )?(?:monitor|consultant|compliance))|submit(?= to)|plead(?= guilty))")
# Charges brought: "a grand jury returned a 24-count indictment", "an indictment unsealed today
# charges …", "filed a criminal complaint"
INDICTMENT = re.compile(r"\b(?:returned|unsealed|filed|brought|(?:are |is |am )?(?:unsealing|"
                        r"filing|returning)|(?:will )?(?:unseal|file)) (?:an? |the )?"
                        r"(?:[\w-]+ ){0,2}"
                        r"(?P<verb>indictments?|criminal complaints?|superseding indictments?)\b|"
                        r"\b(?P<verb2>indictments?|criminal complaints?)(?: [\w-]+){0,5}? "
                        r"(?:was |were )?(?:unsealed|returned|filed) (?:today|yesterday|this "
                        r"week)\b|"
                        # "The SEC's complaint charges …", "The indictment also charges …"
                        # (not a class action's or a private party's complaint)
                        r"(?<!class action )(?<!class-action )(?<!private )"
                        r"\b(?P<verb3>complaint|indictment|information)s? "
                        r"(?:filed (?:today |yesterday )?)?(?:also |further )?charges\b|"
                        # "are each charged with one count of conspiracy"
                        r"(?<!who )(?<!that )\b(?:is|are) (?:each |also |both |now |"
                        r"jointly )*(?P<verb4>charged) "
                        r"(?:in (?:an?|the) [\w -]{0,40}?(?:indictment|complaint|information) )?"
                        r"with (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|[\w-]+) "
                        r"(?:[\w-]+ )?counts?\b")


# What the enforcement verbs must name to be a measure (merged into `objects.OBJECTS`)
ENFORCEMENT_OBJECTS: dict[str, re.Pattern[str]] = {}
# A court's or regulator's order entered, an agreement entered into ("entered an emergency
# cease and desist order", "entered into a memorandum of understanding"); not "entered the
# market", "entered into force" (`agreements.IN_FORCE`), "entered office"
ENFORCEMENT_OBJECTS["enter"] = re.compile(
    r"^\s*(?:into )?(?:an? |the |its |new |final |emergency |permanent |preliminary |"
    r"temporary |consent |default |civil |administrative )*(?:[\w$€£.,-]+ ){0,3}?(?:orders?|"
    r"judgments?|decrees?|injunctions?|agreements?|memorand\w+|MOU|settlements?|"
    r"partnerships?|contracts?|pleas? of guilty|guilty pleas?)\b", re.IGNORECASE)
# Relief a government asks a court for ("is seeking disgorgement … and civil penalties",
# "seeks the forfeiture of", "will seek the extradition of"); not "seek ways to", "seek
# a peaceful resolution", "seek comment"
ENFORCEMENT_OBJECTS["seek"] = re.compile(
    r"^\s*(?:an? |the |its |their )?(?:[\w-]+ ){0,3}?(?:disgorgement|(?:civil |criminal )?"
    r"(?:money )?penalt(?:y|ies)|(?:permanent |preliminary )?injunct\w+|restitution|"
    r"forfeiture|(?:asset )?freezes?|refunds?|(?:compensatory |punitive |treble )?damages|"
    r"extradition|temporary "
    r"restraining orders?|(?:an? )?(?:court )?orders? (?:barring|requiring|directing|"
    r"blocking|compelling)|death penalty|indictments?)\b", re.IGNORECASE)
# What a government holds back ("will withhold from Russia the biannual data update",
# "is withholding $20 million in assistance"); not "withhold judgment", "withhold comment"
ENFORCEMENT_OBJECTS["withhold"] = re.compile(
    r"^(?!\s*(?:(?:her|his|its|their|our|any) )?(?:judgment|judgement|comment|consent|"
    r"approval of)\b)[^;]{0,60}?\b(?:"
    + CONCRETE + r"|data|information|notifications?|payments?|cooperation|participation|"
    r"recognition|certification)\b", re.IGNORECASE)
# Enforcement verbs a regulator uses: "assessed a $275,000 civil money penalty", "filed a
# lawsuit", "cited the company for exposing workers to …"; not "assess priorities", "filed
# past the gate", "cited this figure"
ENFORCEMENT_OBJECTS["assess"] = re.compile(
    r"^\s*+(?!(?:whether|how|if|what|the (?:impact|effect|effectiveness|adequacy|use|level)s? "
    r"of)\b)[^;]{0,60}?\b(?:(?:civil (?:money |monetary )?)?penalt(?:y|ies)|fines\b|a fine\b|"
    r"forfeitures?)\b", re.IGNORECASE)
ENFORCEMENT_OBJECTS["file"] = re.compile(r"^[^;]{0,40}?\b(?:lawsuits?|suits?|complaints?|charges|"
                             r"indictments?|motions?|petitions? (?:for|to|with)|(?:amicus )?"
                             r"briefs?|notices? of appeal|appeals?|statements? of interest)\b",
                             re.IGNORECASE)
# a firm cited for (or with, or after) violations or hazards; not a reason or praise ("cited
# budget constraints for postponing …", "cited the volunteers for helping …")
ENFORCEMENT_OBJECTS["cite"] = re.compile(
    r"^\s*(?!(?:this|that|these|those|it|the (?:figure|example|case|fact|need|importance)s?)\b)"
    r"(?![^;]{0,40}\b(?:constraints|concerns|reasons?|costs|need|record|volunteers|staff)\b)"
    r"[^;]{0,80}?(?:\bfor (?:[\w-]+ ){0,4}?(?:violat\w*|hazards?)\b|\bfor (?:failing|failure|"
    r"exposing|allowing|not)\b|\b(?:with|after)\b[^;]{0,80}\b(?:violat\w*|hazards?|fell|"
    r"injur\w*|died|killed|death)\b)", re.IGNORECASE)
# "recovered $206,118 in back wages": money won back for those wronged
ENFORCEMENT_OBJECTS["recover"] = re.compile(r"^\s*(?:(?:more than|over|nearly|about|some|"
                                            r"almost|an? (?:total|record) of) )*" + MONEY)
