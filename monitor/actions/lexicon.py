"""Word lists and patterns of the action finder (phrases.py, grammar.py, rules.py).

The patterns of measures stated without a measure verb are in shapes.py."""

from __future__ import annotations

import re

__all__ = [
    "ADVERBS",
    "ARMED",
    "AUX",
    "BE",
    "BOUNDARY",
    "CONCRETE",
    "CONCRETE_RE",
    "DATED",
    "DATED_AFTER",
    "DATED_DASH",
    "DIGIT",
    "DIRECTIVE",
    "FIRST_AUX",
    "FORMS",
    "FUNCTION_WORD",
    "FUTURE_ONLY",
    "GOVERNMENT",
    "GOVERNORS",
    "HEAD_NOUNS",
    "IRREGULAR",
    "LEADING",
    "LEAD_IN",
    "MEETING_DATE",
    "MONEY",
    "MONEY_CUES",
    "MONEY_CUE_WORDS",
    "MONEY_RE",
    "MONTH",
    "NEGATION",
    "NOT_ADVERBS",
    "NOT_COUNTED",
    "NOT_GOVERNMENT",
    "OPINION",
    "OPINION_WORDS",
    "PASSIVE_NEEDS_AGENT",
    "RUNNING_TOTAL",
    "STRONG",
    "SUBORDINATORS",
    "TOKEN",
    "UNSTATED",
    "WEAK",
    "YEAR",
    "folded",
    "forms_of",
    "holds_any",
]

UNSTATED = "(unstated)"

# A sum of money in any currency a statement may use ("$5 million", "£38 million", "€2 bn",
# "US$ 4", "CAD 10 million"): the regex text, to be placed inside other patterns.
# (the lookahead first: most positions fail on one character)
# ("90 million euros": the amount and its currency's name, whole)
# ("R8 billion", "KSh 1.46 trillion", "PLN 1,200", "380 UF": a currency's letters before or
# after the amount; a lone letter only before a million or more)
MONEY = (r"(?:(?=[$£€¥₹₦ACDEGHIJKMNPRSUZ])(?:[$£€¥₹₦]|\b(?:US|A|C|NZ|HK|S)\$|\b(?:USD|EUR|GBP|"
         r"CAD|AUD|JPY|CHF|NZD|INR|SEK|NOK|DKK|PLN|KSh|KES|ZAR|NGN|MXN|BRL|CZK|HUF|UAH|RM|Rs\.?)"
         r"\b ?)\s?\d|\b(?:R|N|P|K|Sh)\s?\d[\d.,]*\s?(?:million|billion|trillion|bn)\b|"
         r"\b\d[\d.,]*\s(?:million |billion |thousand )?"
         r"(?:euros?|pounds(?: sterling)?|dollars|yen|francs|rupees|kronor|kroner|won|yuan|zloty|"
         r"rand|naira|shillings|pesos|UF)\b)")
MONEY_RE = re.compile(MONEY)
# What a sentence holds when it may state a sum (a cheap test first): the words, and a pattern
# that stands for them among other cues (shapes.SHAPES)
MONEY_CUE_WORDS = ("$", "£", "€", "¥", "₹", "USD", "EUR", "GBP", "CAD", "AUD", "JPY", "CHF",
                   "NZD", "INR", "SEK", "NOK", "DKK", "euro", "pounds", "dollars", "yen", "francs",
                   "rupees", "kronor", "kroner", " won", "yuan", "illion", "PLN", "KSh", "KES",
                   "ZAR",
                   "NGN", "MXN", "BRL", "CZK", "HUF", "UAH", "RM", "Rs", "₦", "zloty", "rand",
                   "naira", "shillings", "pesos", "UF")
MONEY_CUES = re.compile("|".join(map(re.escape, MONEY_CUE_WORDS)))
# A month's name, full or short ("Sept.", "June").
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")

# Verbs whose every finite use by a government actor is a concrete measure.
STRONG = """sanction designate redesignate impose schedule indict extradite arrest deploy debar
revoke suspend ban prohibit freeze block sign countersign launch adopt enact ratify establish
amend issue publish vote approve expel lift unveil donate pledge allocate disburse award grant
levy prosecute seize terminate rejoin appoint nominate advocate reimpose inaugurate task
rename proclaim elect abolish sue redeploy reassign summon veto furlough override re-elect
enjoin airlift preposition pre-position""".split()
# Measure nouns that make a weak verb concrete when they are its object (or passive subject).
CONCRETE = (
    MONEY + r"|\b\d[\d,.]*\s*(?:million|billion|doses|tons)\b|\b(?:assistance|aid|funding|funds?"
    r"|grants?|loans?|financing|vaccines?|doses|sanctions?|designations?|visas?|restrictions"
    r"|rewards?|agreements?|memorand\w+|MOU|accords?|treaty|programs?|programmes?|initiatives?"
    r"|partnerships?|coalition|dialogue|working group|task force|forum|cent(?:er|re)s?|projects?"
    r"|channel|unit|embassy|consulate|rules?|regulations?|orders?|licen[cs]es?|reports?"
    r"|advisory|notice|list|resolutions?|framework|mechanism|facility|scanners|troops"
    r"|flights|footprint|presence|controls|tariffs|ban|charter|negotiations|talks|campaign"
    r"|policy|procedures|guidance|contracts?|measures|action against|sanctions action"
    r"|listening sessions|session|summit|conference|OECD|secretariat|Entity List|settlement"
    r"|work(?:ing )?group|training|workshops?|budget|(?:protected|legal|refugee) status|TPS"
    r"|strateg(?:y|ies)|findings|charges|indictments?|criminal complaints?|bills?|legislation"
    r"|(?:interest|policy|bank|discount|repo|federal funds|cash|deposit|lending|benchmark|key|"
    r"base|buffer) rates?|target range|reserve requirements?"
    r"|(?:further|additional|new|decisive|swift) actions? to"
    # (what is released, announced or delivered: guides, outlooks, posts, determinations,
    # arms and equipment, benefits)
    r"|guides?|toolkits?|outlooks?|appointments?|nominations?|determinations?|declarations?"
    r"|(?:air[- ]defen[cs]e|missile|weapons?|artillery|radar|anti-[\w-]+) systems|equipment"
    r"|howitzers|armou?red vehicles|aircraft|ammunition|munitions|interceptors"
    r"|subsid(?:y|ies)|vouchers|evacuations?|drawdowns?|deployments?|t(?:on)?nes|cessation"
    r"|lockdown|curfew|airports|(?:a |the )?revision of"

    r"|(?-i:Act))\b"
)
WEAK = """provide commit offer build create expand deliver release open close host form increase
invest add place put list introduce implement announce take make set send reduce accelerate
convene hold join pass engage extend fund update select conclude reach organize submit direct
request archive preserve transfer migrate support target warn renew authorize reinstate halt
pause waive withdraw evacuate propose fine require order name charge give contribute confirm
revise run train declare share invoke mobilize transmit identify endorse advise refer raise
maintain finalize assess file cite hire relaunch resume co-sponsor cosponsor double
triple enter seek withhold cut lower invite determine recruit recover complete commence
present mobilise ship restrict dispatch distribute relocate recall initiate institute instruct
deny cease accept""".split()
ARMED = re.compile(r"\b(?:soldiers|forces|troops|police|militias?|officers)\b", re.IGNORECASE)
PASSIVE_NEEDS_AGENT = frozenset({"arrest", "seize", "ban", "block", "suspend", "expel",
                                 "evacuate", "authorize", "fine", "require", "order", "charge",
                                 "sue", "restrict", "recall", "distribute", "dispatch",
                                 "give"})
FUTURE_ONLY = frozenset({"convene", "hold", "host", "engage"})  # past ones describe a meeting
# Forms the suffix rules below would get wrong.
IRREGULAR = {
    "take": {"took": "past", "taken": "past", "taking": "ing"},
    "make": {"made": "past", "making": "ing"},
    "set": {"set": "either", "setting": "ing"},
    "put": {"put": "either", "putting": "ing"},
    "send": {"sent": "past"},
    "build": {"built": "past"},
    "hold": {"held": "past"},
    "freeze": {"froze": "past", "frozen": "past", "freezing": "ing"},
    "levy": {"levied": "past", "levying": "ing"},
    "ban": {"banned": "past", "banning": "ing"},
    "ship": {"shipped": "past", "shipping": "ing"},
    "veto": {"vetoes": "s", "vetoed": "past", "vetoing": "ing"},
    "override": {"overrode": "past", "overridden": "past"},
    "commit": {"committed": "past", "committing": "ing"},
    "submit": {"submitted": "past", "submitting": "ing"},
    "transfer": {"transferred": "past", "transferring": "ing"},
    "withdraw": {"withdrew": "past", "withdrawn": "past"},
    "expel": {"expelled": "past", "expelling": "ing"},
    "give": {"gave": "past", "given": "past", "giving": "ing"},
    "refer": {"referred": "past", "referring": "ing"},
    "run": {"ran": "past", "run": "either", "running": "ing"},
    "seek": {"sought": "past"},
    "withhold": {"withheld": "past"},
    "cut": {"cut": "either", "cutting": "ing"},
}


def forms_of(base: str) -> dict[str, str]:
    """Inflected form -> kind ("base", "s", "past", "ing", "either") of one verb."""
    consonant_y = base.endswith("y") and base[-2] not in "aeiou"
    stem = base[:-1] if base.endswith("e") or consonant_y else base
    sibilant = base.endswith(("s", "sh", "ch", "x"))
    forms = {
        base: "base",
        stem + "ies" if consonant_y else base + ("es" if sibilant else "s"): "s",
        stem + "ied" if consonant_y else base + ("d" if base.endswith("e") else "ed"): "past",
        base + "ing" if consonant_y else stem + "ing": "ing",
    }
    irregular = IRREGULAR.get(base)
    if irregular:
        forms = {form: kind for form, kind in forms.items()
                 if kind in ("base", "s") or (kind == "ing" and "ing" not in irregular.values())}
        forms.update(irregular)
    return forms


def folded(text: str) -> str:
    """`text` lowercased as a case-insensitive pattern compares letters, to seek the words the
    pattern needs (a cheap test first): re's IGNORECASE also takes "İ" and "ı" for "i" and "ſ"
    for "s", which lower() keeps apart (and no other character for an ASCII one)."""
    low = text.lower()
    if low.isascii():
        return low
    return text.replace("İ", "i").lower().replace("ı", "i").replace("ſ", "s")


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words`."""
    for word in words:  # noqa: SIM110 (a loop: faster than any() over a generator)
        if word in text:
            return True
    return False


FORMS: dict[str, tuple[str, str]] = {}
for _base in (*STRONG, *WEAK):
    for _form, _kind in forms_of(_base).items():
        FORMS.setdefault(_form, (_base, _kind))
TOKEN = re.compile(r"[\w’'-]+")
# Measure nouns of a regulator's releases that count only at the head of the object (its
# first words, not after "of", "about" or "by": "filed a lawsuit", "extended the mandate",
# not "made it easier to file complaints", "reduced its backlog of complaints")
HEAD_NOUNS = (r"^\s*(?!(?:a |an )?(?:formal |official )?complaint (?:to|with)\b)"
              r"(?![^;]{0,30}\bawareness\b)"
              r"(?:[\w$€£.,'’-]+ ){0,4}?(?<!\bof )(?<!\babout )(?<!\bby )(?<!\bfile )"
              r"(?:(?:civil (?:money )?)?penalt(?:y|ies)|lawsuits?|suit|complaints?|enforcement "
              r"actions?|(?:emergency use )?authorizations?|import alerts?|"
              r"(?:the |a |an )(?:voluntary |nationwide |mandatory |urgent |Class I{1,3} )?"
              r"recalls?|"
              r"mandates?)\b")
# What is counted but is no measure ("confirmed 12 new cases", "gave 3 interviews", "received 40
# complaints"): the regex text, after the number
NOT_COUNTED = (r"(?:new |more |further |suspected |confirmed )?(?:cases|deaths|infections|"
               r"interviews|meetings|calls|complaints|questions|visits|speeches|statements|"
               r"briefings)\b")
# A counted object ("set up 50 child-friendly spaces", "will request 350 observers"), not a
# share or a span ("by 10 percent", "for 30 days")
QUANTITY = (r"^\s*(?:up |out )?(?:(?:an? |additional |further |another |more than |over |up to |"
            r"about |approximately |some |nearly |at least )*)\d[\d,.]*\s(?!percent|per cent|%|"
            r"(?:years?|months?|weeks?|days?|hours?|minutes|times|points?|degrees)\b|"
            + NOT_COUNTED + r")[a-z]")
CONCRETE_RE = re.compile(CONCRETE + "|" + HEAD_NOUNS + "|" + QUANTITY, re.IGNORECASE)
ADVERBS = frozenset("""also now today tonight jointly formally further additionally officially
immediately hereby currently recently newly publicly swiftly virtually already just then again
separately likewise similarly soon together quickly urgently rapidly best instead therefore
thus hence accordingly consequently yesterday""".split())
BE = ("is", "are", "am", "was", "were", "be", "been")
AUX = frozenset("will shall would is are am was were has have had be been being".split())
GOVERNORS = frozenset("""agreed agree agrees decided decide resolved voted vote intends intend
intending plans plan planning going set met meet moved pledged committed expects expect
pleased proud honored delighted intention intent begin began begun begins start started
starts scheduled elected""".split())
NOT_ADVERBS = frozenset("""family only supply ally assembly early daily weekly monthly rally reply
apply comply july italy""".split())
NEGATION = frozenset({"not", "never", "no", "longer", "cannot", "won't", "can", "could", "may",
                       "might", "should", "must", "ought", "remain", "remains", "continue",
                       "continues", "continuing", "generally", "usually", "typically", "rarely",
                       "seldom", "hardly"})

GOVERNMENT = re.compile(
    r"\b(?:United States|U\.S\.|America|[Gg]overnments?|Department|Treasury|Secretary|"
    r"Secretaries|President|Administration|Ambassador|Embassy|Consulate|Mission|[Mm]inisters?|Ministry|"
    r"[Oo]fficials?|Advis[oe]r|Envoy|Director(?:[- ]General)?|Division|Spokesperson|"
    r"Coordinator|Administrator|Attorney General|"
    r"[Aa]gency|Bureau|Office|Council|Commission|Committee|Congress|Senate|Parliament|Assembly|"
    r"(?:[Tt]he|[Oo]ur|[Tt]his) department|Pentagon|White House|House of Representatives|"
    r"House of Commons|House of Lords|Bundestag|Knesset|[Ll]egislature|"
    # (legislators and chambers: "Lawmakers also approved …", "MEPs adopted …", "the House
    # passed …"; a trade or special representative)
    r"[Ll]awmakers|[Ll]egislators|MEPs|MPs|Lok Sabha|Rajya Sabha|Riksdag|Storting|Sejm|Duma|"
    r"Oireachtas|Chamber of Deputies|(?<=[Tt]he )House\b|Speaker|Representative|"
    r"UK(?! (?:firms|companies|businesses|universities|exporters|investors|citizens|nationals))|"
    r"U\.K\.|[Pp]articipants|Member States|[A-Z][a-z]+ side|(?:[Tt]he|European|African|Eurasian) "
    r"Union|"
    r"Authority|Commissioner|Regulator|Inspector General|[Gg]rand [Jj]ury|Attorney|Britain|Board|"
    r"Comptroller|[Aa]gencies|Attorneys General|"
    r"[Aa]ttorneys general|NHTSA|OSHA|NRC|FERC|FDIC|OCC|CFTC|EEOC|HUD|FMCSA|PHMSA|FAA|NTSB|CFPB|"
    r"CMS|USCIS|HSI|ATF|NLRB|FHFA|MSHA|FSIS|APHIS|SBA|GSA|NIST|(?:Federal Deposit Insurance|"
    r"Millennium Challenge|International Development Finance|International Finance|Overseas "
    r"Private Investment|Pension Benefit Guaranty|Commodity Credit) Corporation|"
    r"FDA|EPA|NOAA|NASA|NSF|NIH|CDC|HHS|DOD|DoD|DOE|USDA|FEMA|SEC|FTC|FCC|CBP|ICE|USTR|NARA|"
    r"OMB|IRS|FinCEN|BIS|DDTC|PRM|INL|FOMC|ECB|(?<=[Tt]he )court|[Cc]entral [Bb]ank|Reserve Bank|"
    r"Bank of (?:England|Canada|Japan|Korea|Israel|Mexico|Italy|France)|"
    r"(?:Development|World|Investment|Export-Import) Bank|Bank Group|Monetary Fund|IMF|"
    r"Presidents|Ministers|"
    r"Customs|Coast Guard|Border Protection|Service|[Pp]rogram|OFAC|DEA|FBI|DHS|DOJ|USAID|DFC|"
    r"OBO|RFJ|Export-Import Bank|United Nations|UN|EU|European Union|NATO|OAS|OECD|G7|G20|"
    r"ASEAN|Quad|[Cc]oalition|authorities|[Ll]eaders|sides|[Dd]elegations|[Pp]arties|countries|"
    r"nations|"
    r"Republic|Kingdom|Federation|Rewards for Justice|Prime Minister|Chancellor|Premier|"
    # (a city's, county's or province's government; a cabinet; a government institute)
    # (not "Marlin County's farmers": the county's people or things)
    r"(?:City|County|Province|Municipalit(?:y|ies))(?!['’]s)|Supervisors?|Cabinet|"
    r"Council(?:l?ors|[- ]?members)|Aldermen|Selectboard|"
    r"(?<=the )secretary|"
    r"National Institutes? of|National [A-Z][a-z]+ Institute|"
    r"[Ww]e|I|[Tt]hey|" + "|".join("""Afghanistan Albania Algeria Argentina Armenia Australia
    Austria Azerbaijan Bahrain Bangladesh Belarus Belgium Benin Bolivia Bosnia Botswana Brazil
    Bulgaria Burma Cambodia Cameroon Canada Chad Chile China Colombia Croatia Cuba Cyprus Czechia
    Denmark Djibouti Ecuador Egypt Estonia Ethiopia Finland France Georgia Germany Ghana Greece
    Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy
    Jamaica Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait Latvia Lebanon Liberia Libya
    Lithuania Luxembourg Malaysia Mali Mexico Moldova Mongolia Montenegro Morocco Mozambique
    Namibia Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Panama Paraguay
    Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Senegal Serbia Singapore
    Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tajikistan Tanzania
    Thailand Tunisia Turkey Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Yemen Zambia
    Zimbabwe Governor Mayor Premier Prefect""".split())
    + r"|South Africa|Saudi Arabia|United Arab Emirates|New Zealand|Sri Lanka)(?!\w)"
)
NOT_GOVERNMENT = re.compile(
    r"\b(?:regime|militants?|terrorists?|Houthis|Taliban|ISIS|al-Qa|Hamas|Hizballah|traffickers|"
    r"warring|(?-i:armed groups)|military (?:authorities|government|rulers)|Association|"
    r"Foundation|Society|Museum|Churches|\AMembers of|FC|Football Club|Festival|"
    r"shadow (?:cabinet|ministers?|secretar(?:y|ies)|chancellor)|"
    r"criminals?|rebels|separatists?|forces|who|it|which|donors|"
    # leaders, parties and delegations of no government ("Business Leaders", "Opposition
    # Parties", "civil society delegations"; not "European Union Leaders")
    r"(?:business|religious|faith|(?-i:community)|traditional|opposition|industry|corporate|"
    r"civil society|youth|student|private[- ]sector) (?:leaders|parties|delegations)|"
    r"(?:aid|humanitarian|relief|news|rating|credit|travel|advertising|private|collection|"
    r"reporting|staffing|employment|recruitment|recruiting|insurance|adoption|placement|"
    r"talent|intelligence|security) agencies|(?<=['’])s [Cc]omptroller|former|"
    # (a conference's "closing Speaker", a firm's "trade Representative"; not "the Speaker")
    r"(?-i:(?<![\w'’])(?!the\b)[a-z]+ (?:Speaker|Representative))|"
    r"\A(?:other|many|some|most|several|few) (?:countries|nations|governments)|"
    r"(?:this|that)(?!\s+(?:[Aa]dministration|[Gg]overnment|[Dd]epartment|[Oo]ffice|[Bb]ureau|"
    r"[Aa]gency|[Cc]ommission|[Mm]inistry)\b))\b", re.IGNORECASE)
OPINION = re.compile(
    r"\b(?:welcom|congratulat|thank|applaud|commend|prais|condemn|deplor|regret|sadden|mourn|"
    r"grateful|concerned|there (?:are|were|have been) (?:credible )?reports(?! of\b)|"
    r"(?<!response to )(?<!amid )(?<!following )(?<!due to )concerns? "
    r"(?:that|about|over)|(?:aware|(?<!\bto )reports?|alleging) that|"
    r"urg(?=e|ing)|"
    r"call(?:s|ed|ing)? (?:on|for|upon)|encourag|demand|ask)\w*",
    re.IGNORECASE)
# The words one of which an OPINION match holds, as `folded` text has them (a cheap test first)
OPINION_WORDS = ("welcom", "congratulat", "thank", "applaud", "commend", "prais", "condemn",
                 "deplor", "regret", "sadden", "mourn", "grateful", "concern", "report", "aware",
                 "alleging", "urg", "call", "encourag", "demand", "ask")
BOUNDARY = re.compile(
    r"[;:\"“”]|,(?=\s)|\s(?:that|which|who|whom|where|while|whereas|because|after|before|when|if|"
    r"once|although|as|since|until|whether)\s", re.IGNORECASE)
SUBORDINATORS = frozenset("""where while whereas because after before when if once although as
since until whether""".split())
# A news dateline before the first sentence's subject: a place (and agency) in capitals, then a
# dash ("WASHINGTON —", "PORT ELLIS, Md. –", "D.C. –" after the comma, "GENEVA (Reuters) —").
# (with the date: "KATHMANDU, 30 April 2015 –", "WASHINGTON, Sept. 12, 2019 -"; a clause cut
# at the comma keeps only "30 April 2015 –")
_DATE = r"(?:\d{1,2} )?" + MONTH + r"(?: \d{1,2})?,? (?:19|20)\d\d"
DATELINE = re.compile(r"^(?:(?:[A-Z][^a-z]{1,40}?|[A-Z][a-z]{1,4}\.)(?:,? " + _DATE + r")?|"
                      + _DATE + r")\s*(?:\([A-Za-z]{1,20}\))?"
                      r"(?:\s*[—–]|\s--?)\s*")
LEADING = re.compile(r"^(?:(?:and|but|so|then|today|also|now|in addition|additionally|"
                      r"this (?:year|week|month)|"
                      r"this (?:morning|afternoon|evening)|earlier today|last night|tonight|"
                      r"moreover|furthermore|(?:that|this|which) is why|that['’]s why)"
                      r"\b[\s,]*)+", re.IGNORECASE)
FUNCTION_WORD = re.compile(r"(?:^|\s)(?:and|or|of|the|a|an|to|by|for|with|in|on|at|from|"
                            r"previously|its|their|our|his|her)$", re.IGNORECASE)
# A running total ("to date, the United States has donated 23 million doses", "In total, we are
# providing more than $360 million"): context beside the news, not a measure of its own
RUNNING_TOTAL = re.compile(r"(?<!\bup )\bto date\b|\b(?:so far|thus far|in total|all told|"
                           r"cumulatively|over the course of|"
                           r"largest (?:single )?(?:donor|contributor|provider)|"
                           r"since (?:19|20)\d\d)\b|^In all,|"
                           r"\bsince (?:the |its |our )?(?:[\w-]+ ){0,3}(?:began|start(?:ed)?|"
                           r"beginning|outbreak|onset)\b", re.IGNORECASE)
# A sentence opening with a date ("In 2015,", "At the end of June 2020,", "From fiscal year
# 2009 to 2021,"): history when the year is before the statement's own.
DATED = re.compile(r"^(?:In|On|By|As of|During|At the (?:end|start|beginning) of|From|Between|"
                    r"Back in|Early in|Late in|On the (?:morning|afternoon|evening|night) of)\s"
                    r"(?:" + MONTH + r"\s|[Ff]iscal [Yy]ear\s|FY\s?)?"
                    r"(?:\d{1,2},?\s)?((?:19|20)\d\d)\b")
# A sentence that opens with a date and a dash, with no place before it and no "today" after
# ("30 April 2015 – the day the earthquake struck – the Ministry deployed …")
DATED_DASH = re.compile(r"(?:\d{1,2} )?" + MONTH + r"(?: \d{1,2})?,? ((?:19|20)\d\d) ?[—–]"
                         r"(?![^.]*\btoday\b)")
# A date right after a verb ("designated … in May 2018", "on June 3, 2016").
# (a month's name only: "Country Reports on Terrorism 2014" is a title, not a date)
DATED_AFTER = re.compile(r"\b(?:in|since|on)(?: " + MONTH + r")?(?: \d{1,2},)? ((?:19|20)\d\d)\b")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
DIGIT = re.compile(r"\d")  # (a cheap first test: most sentences hold none)
# A list of measures: its lead-in, and the verbs its items may open with (besides FORMS).
# ("today" as a time, not "today's …" naming who a measure struck: "Those targeted in
# today's action enabled the junta's abuses, including by:" lists their conduct; "Today's
# actions include:" still has its "actions")
LEAD_IN = re.compile(r"\b(?:will|shall|decided|agreed|resolved|Order|Act|funding|assistance|"
                      r"(?:were|was|are|have been) (?:signed|exchanged|concluded|adopted)|"
                      r"programs|measures|actions|today(?!['’]s)|following decision|decisions|"
                      r"hereby|"
                      r"declares?(?= (?:to|as follows|the following)\b))\b")
DIRECTIVE = frozenset("""stand direct exchange conduct coordinate require restrict strengthen
prioritize screen develop train share support streamline mandate hire increase create expand
establish launch provide invest deploy fund set decide request authorize task extend""".split())
FIRST_AUX = re.compile(r"\s(?:is|are|was|were|will|has|have|had)\s")
MEETING_DATE = re.compile(r"\b(?:in|on|by|for|during|before|after|until|at the (?:end|start|"
                          r"beginning|middle) of) (?:early |late |mid-?)?"
                          r"(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)\b|\b(?:next|this) (?:week|month)\b|"
                          r"\btomorrow\b|\b(?:on|by) (?:Monday|Tuesday|Wednesday|Thursday|"
                          r"Friday|Saturday|Sunday)\b")
