"""Word lists and patterns of the action finder (phrases.py, grammar.py, rules.py).

The patterns of measures stated without a measure verb are in shapes.py."""

from __future__ import annotations

import re

__all__ = [
    "ADVERBS",
    "AID",
    "ARMED",
    "AUX",
    "BE",
    "BOUNDARY",
    "CONCRETE",
    "CONCRETE_RE",
    "DATED",
    "DATED_AFTER",
    "DIRECTIVE",
    "FIRST_AUX",
    "FORMS",
    "FUNCTION_WORD",
    "FURNITURE",
    "FURNITURE_START",
    "FUTURE_ONLY",
    "GOVERNMENT",
    "GOVERNORS",
    "HISTORY",
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
    "NOT_GOVERNMENT",
    "OBJECTS",
    "OPINION",
    "PASSIVE_NEEDS_AGENT",
    "RUNNING_TOTAL",
    "STRONG",
    "SUBORDINATORS",
    "TOKEN",
    "UNSTATED",
    "WEAK",
    "YEAR",
    "forms_of",
]

UNSTATED = "(unstated)"

# A sum of money in any currency a statement may use ("$5 million", "£38 million", "€2 bn",
# "US$ 4", "CAD 10 million"): the regex text, to be placed inside other patterns.
# (the lookahead first: most positions fail on one character)
# ("90 million euros": the amount and its currency's name, whole)
MONEY = (r"(?:(?=[$£€¥₹ACDEGHIJNSU])(?:[$£€¥₹]|\b(?:US|A|C|NZ|HK|S)\$|\b(?:USD|EUR|GBP|CAD|AUD|"
         r"JPY|CHF|NZD|INR|SEK|NOK|DKK)\b ?)\s?\d|\b\d[\d.,]*\s(?:million |billion |thousand )?"
         r"(?:euros?|pounds(?: sterling)?|dollars|yen|francs|rupees|kronor|kroner|won|yuan)\b)")
MONEY_RE = re.compile(MONEY)
# What a sentence holds when it may state a sum (a cheap test first): the words, and a pattern
# that stands for them among other cues (shapes.SHAPES)
MONEY_CUE_WORDS = ("$", "£", "€", "¥", "₹", "USD", "EUR", "GBP", "CAD", "AUD", "JPY", "CHF",
                   "NZD", "INR", "SEK", "NOK", "DKK", "euro", "pounds", "dollars", "yen", "francs",
                   "rupees", "kronor", "kroner", " won", "yuan")
MONEY_CUES = re.compile("|".join(map(re.escape, MONEY_CUE_WORDS)))
# A month's name, full or short ("Sept.", "June").
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")

# Verbs whose every finite use by a government actor is a concrete measure.
STRONG = """sanction designate redesignate impose schedule indict extradite arrest deploy debar
revoke suspend ban prohibit freeze block sign countersign launch adopt enact ratify establish
amend issue publish vote approve expel lift unveil donate pledge allocate disburse award grant
levy prosecute seize terminate rejoin appoint nominate advocate reimpose inaugurate task
rename proclaim elect abolish""".split()
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
    r"|(?-i:Act))\b"
)
WEAK = """provide commit offer build create expand deliver release open close host form increase
invest add place put list introduce implement announce take make set send reduce accelerate
convene hold join pass engage extend fund update select conclude reach organize submit direct
request archive preserve transfer migrate support target warn renew authorize reinstate halt
pause waive withdraw evacuate propose fine require order name charge give contribute confirm
revise run train declare share invoke mobilize transmit identify endorse advise refer raise
maintain""".split()
ARMED = re.compile(r"\b(?:soldiers|forces|troops|police|militias?|officers)\b", re.IGNORECASE)
PASSIVE_NEEDS_AGENT = frozenset({"arrest", "seize", "ban", "block", "suspend", "expel",
                                 "evacuate", "authorize", "fine", "require", "order", "charge",
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
    "commit": {"committed": "past", "committing": "ing"},
    "submit": {"submitted": "past", "submitting": "ing"},
    "transfer": {"transferred": "past", "transferring": "ing"},
    "withdraw": {"withdrew": "past", "withdrawn": "past"},
    "expel": {"expelled": "past", "expelling": "ing"},
    "give": {"gave": "past", "given": "past", "giving": "ing"},
    "refer": {"referred": "past", "referring": "ing"},
    "run": {"ran": "past", "run": "either", "running": "ing"},
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


FORMS: dict[str, tuple[str, str]] = {}
for _base in (*STRONG, *WEAK):
    for _form, _kind in forms_of(_base).items():
        FORMS.setdefault(_form, (_base, _kind))
TOKEN = re.compile(r"[\w’'-]+")
CONCRETE_RE = re.compile(CONCRETE, re.IGNORECASE)
AID = re.compile(MONEY + r"|\b\d[\d,.]*\s*(?:million|billion)\b|\b(?:assistance|aid|funding|funds|"
                  r"grants?|loans?|financing|vaccines?|doses|equipment|supplies|shipments?|"
                  r"rewards?|radars?|vehicles|weapons|ammunition|munitions|missiles|rounds|"
                  r"helicopters|aircraft|ventilators|tents|generators|medicines|meals|kits)\b",
                  re.IGNORECASE)
# What is given, contributed or confirmed, as the object's head ("has given £4 million to",
# "gave Corvania $5 million", "confirmed a further €8 million"); not "gave a speech on aid",
# "confirmed that aid had resumed", "contributed to the success of …"
GIFT = re.compile(r"^\s*(?:(?-i:[A-Z])[\w.-]*(?: [A-Z][\w.-]*){0,3} )?(?:(?:a|an|the|another|an "
                  r"additional|a further|further|more than|over|nearly|some|up to|"
                  r"approximately|about|new|additional|its|our|their|emergency|humanitarian) )*"
                  r"(?:" + MONEY + r"|\d[\d,.]*|(?:(?!(?:that|on|of|about|for|to|a|an|the)\b)"
                  r"[\w-]+ ){0,2}(?:aid|assistance|funding|funds|"
                  r"grants?|loans?|financing|supplies|equipment|vaccines?|doses|relief(?: items"
                  r"| supplies)?))",
                  re.IGNORECASE)
OBJECTS = {
    "provide": AID, "deliver": AID, "fund": CONCRETE_RE, "give": GIFT, "contribute": GIFT,
    # (not a fact confirmed: "confirmed £2 million had already been spent")
    "confirm": re.compile(GIFT.pattern + r"(?![^;]{0,40}\b(?:had|has|have|was|were|is|are)\b)",
                          re.IGNORECASE),
    # "sending 2,800 military personnel", "sent a team of experts"
    "send": re.compile(AID.pattern + r"|\b(?:personnel|troops|experts|teams? of|ships|vessels|"
                       r"doctors|engineers|advisers|advisors|letters? of formal notice|reasoned "
                       r"opinions?|warning letters?)\b", re.IGNORECASE),
    "revise": re.compile(CONCRETE + r"|\b(?:standards?|requirements|limits|thresholds|"
                         r"criteria)\b", re.IGNORECASE),
    # "fined three suppliers £4.6 million": a sum, or the traders fined
    "fine": re.compile(MONEY + r"|\b(?:million|billion)\b|\b(?:compan(?:y|ies)|firms?|"
                       r"suppliers?|banks?|carriers?|airlines?|operators?|manufacturers?|"
                       r"individuals?|persons?|entit(?:y|ies)|defendants?|sellers?|"
                       r"businesses|Ltd|Limited|Inc|LLC|Corp|Corporation|plc|GmbH)\b",
                       re.IGNORECASE),
    # "has named X as its new Mission Director", "named her to the Board"; not "named Corvania
    # as America's most reliable partner"
    "name": re.compile(r"^[^;]{0,80}?\bas (?:its |the |our |their |his |her |a )?(?:new |next |"
                       r"first |acting |interim |deputy |senior |chief |special )*(?:[\w-]+ ){0,2}"
                       r"(?:Director|Envoy|Ambassador|Coordinator|Administrator|Representative|"
                       r"Chair\w*|Commissioner|Secretary|Head|Chief|Counsel|Officer|Advis[eo]r|"
                       r"Inspector|Judge|President|Member|Minister|Attaché|Consul)\b|"
                       r"\bto (?:the |its )?(?:post|position|role|[Bb]oard|[Cc]ouncil|"
                       r"[Cc]ommission)\b"),
    # "charging eight individuals with conspiracy"; not "charged with the task of", "charged
    # with an important relationship"
    "charge": re.compile(r"^[^.;]{0,120}?\bwith\b(?! (?:the )?(?:task|responsibility|"
                         r"mission|duty|job|role)\b)[^.;]{0,80}?\b(?:conspir\w*|fraud\w*|"
                         r"smuggl\w*|violat\w*|counts?|crimes?|offen[cs]es?|murder\w*|launder\w*|"
                         r"terror\w*|traffick\w*|illegal\w*|unlawful\w*|export\w*|brib\w*|"
                         r"theft|stealing|possess\w*|distribut\w*|assault\w*|kidnap\w*|"
                         r"obstruct\w*|evasion|evading|sanctions)", re.IGNORECASE),
    # "I hereby declare a national emergency", "declared a major disaster"
    "declare": re.compile(r"^\s*(?:an? |the )?(?:[\w-]+ ){0,2}(?:emergency|disaster|state of "
                          r"(?:emergency|disaster)|persona non grata|public health emergency)\b",
                          re.IGNORECASE),
    # "invoking the Defense Production Act to require …"
    "invoke": re.compile(r"^\s*(?:the |its |our |his |her |their )?(?:[\w-]+ ){0,4}(?:Act|"
                         r"[Aa]uthority|[Aa]uthorities|[Pp]owers|[Cc]lause|Article|[Ll]aw|"
                         r"[Pp]rovision|[Mm]echanism)\b(?! as )[^;]{0,80}?\bto [a-z]+|"
                         r"\b(?:emergency|powers|authorit\w+)\b"),
    # "has transmitted the President's request to Congress"
    "transmit": re.compile(r"\b(?:request|budget|legislation|bill|report|notification|treaty|"
                           r"proposal)\b", re.IGNORECASE),
    # "identified X as a Specially Designated Narcotics Trafficker"
    "identify": re.compile(r"\bas (?:an? )?(?:Specially Designated|significant (?:foreign )?"
                           r"narcotics|blocked property)", re.IGNORECASE),
    # "We endorse the Action Plan", "endorsed the roadmap"
    "endorse": re.compile(r"^\s*(?:the |a |an |our |their |its )?(?:[\w-]+ ){0,4}(?:[Pp]lan|"
                          r"[Dd]eclaration|[Rr]oadmap|[Ff]ramework|[Ss]trategy|"
                          r"[Aa]genda|[Cc]andidacy|[Rr]esolution|[Cc]ommuniqu\w*)\b"),
    # a travel advice: "advises Singaporeans to defer all travel abroad"
    "advise": re.compile(r"^[^;]{0,60}?\b(?:to (?:defer|avoid|postpone|reconsider) (?:all )?"
                         r"(?:non-essential )?travel|to leave (?-i:[A-Z])|not to travel|against "
                         r"(?:all )?(?:but essential |non-essential )?travel)\b", re.IGNORECASE),
    # "is referring Hungary to the Court of Justice"
    "refer": re.compile(r"^\s+(?!to\b)\S[^;]{0,60}?\bto (?:the )?(?:[\w ]{0,30})?(?:Court|"
                        r"Tribunal|ICC|Security Council|prosecutors?|Department of Justice|"
                        r"Attorney General)\b(?!['’]s)"),
    # "has raised its travel alert … to Level 4", "raised tariffs on …"
    "raise": re.compile(r"^\s*(?:the |its |our )?(?!(?:issue|question|matter|concerns?|case)\b)"
                        r"(?:[\w-]+ ){0,2}(?:alert|advisory|advisories|threat level|level|"
                        r"tariffs?|duties|ceiling|cap)\b", re.IGNORECASE),
    # "will be maintained at $3.8 billion"
    "maintain": re.compile(r"^\s*(?:(?:its|our|the|their) )?(?:[\w-]+ ){0,3}(?:aid|assistance|"
                           r"funding|contributions?|budget|cap|tariffs?|support) (?:[\w-]+ ){0,4}?"
                           r"at " + MONEY + r"|^\s*at " + MONEY, re.IGNORECASE),
    # "will run a nationwide awareness campaign"
    "run": re.compile(r"^\s*(?:an? |the |its |new |\w+wide |[\w-]+ ){0,4}(?:campaigns?|"
                      r"programs?|programmes?|pilots?|trials?|courses?|exercises?|trainings?|"
                      r"flights|operations)\b",
                      re.IGNORECASE),
    "open": re.compile(r"^\s*+(?!(?:the |an? |its )?(?:[\w-]+ )?(?:meeting|conference|session|"
                       r"summit|debate) of\b)[^;]{0,60}?\b(?:embass(?:y|ies)|consulates?"
                       r"(?:-general)?|offices?|border|missions?|investigation|airspace|"
                       r"cent(?:er|re)s?|channel|port|crossings?|(?:diplomatic )?posts)\b",
                       re.IGNORECASE),
}
OBJECTS["close"] = OBJECTS["open"]
OBJECTS["mobilize"] = GIFT
# "will share 80 million doses", not "shared 200 cyber threat indicators"
OBJECTS["pass"] = re.compile(CONCRETE + r"|\blaws?\b", re.IGNORECASE)
OBJECTS["share"] = re.compile(r"^\s*(?:(?:more than|over|nearly|some|about|up to|an additional|"
                              r"approximately|roughly|remaining|"
                              r"another|the|these|its|our) )*(?:" + MONEY + r"|[\d.,]+ (?:million "
                              r"|billion |thousand )?(?:[\w-]+ ){0,3}(?:doses|vaccines?|supplies|"
                              r"tests|ventilators|kits))", re.IGNORECASE)
# "announced stronger protections for farmworkers", "announced new limits on …": as the
# object's head, not "announced the results of its review of safety standards"
OBJECTS["announce"] = re.compile(CONCRETE + r"|^\s*(?:(?:new|stronger|tougher|updated|final|"
                                 r"revised|proposed|additional|the|a|its|their) )*(?:[\w-]+ )?"
                                 r"(?:protections|safeguards|standards|requirements|limits)\b",
                                 re.IGNORECASE)
# "will train 500 health workers a week": people trained, not "train our sights on"
OBJECTS["train"] = re.compile(r"^\s*(?:(?:as many as|more than|over|up to|about|some|an "
                              r"additional|another|the|local|new) )*(?:\d[\d,]*|(?:[\w-]+ )?"
                              r"(?:workers|officers|police|personnel|staff|soldiers|troops|"
                              r"judges|prosecutors|teachers|nurses|doctors|journalists|"
                              r"students|officials|forces|inspectors|guards))\b", re.IGNORECASE)
# "will require all facilities to adopt …", "ordered the evacuation of …": those bound to act,
# or a concrete measure
# (those bound: "all clinics to report", not "more time to review")
OBJECTS["require"] = re.compile(r"^\s*+(?!(?:more |additional |further |extra |much |some )?"
                                r"(?:time|funding|funds|resources|support|assistance|money|help|"
                                r"efforts?|patience|cooperation|attention|work)\b)"
                                r"(?:[\w.’'-]+ ){1,6}?to (?!be\b|the\b|an?\b|its\b|their\b|"
                                r"prepare|consider|study|review|look|assess|report back|brief|"
                                r"explore|examine)[a-z]+\b|\b(?:licen[cs]es?|reporting|disclosures?|registration|"
                                r"testing|tests|certifications?|permits?|approvals?|inspections?|"
                                r"masks?|vaccinations?|quarantine|notification|audits?|"
                                r"visas?)\b", re.IGNORECASE)
# (and the formal "I hereby order that …", "direct that the flag be flown …")
OBJECTS["order"] = re.compile(OBJECTS["require"].pattern + "|" + CONCRETE + r"|^\s*that\b"
                              + r"|\b(?:evacuation|closure|departure|"
                              r"withdrawal|suspension|review|investigation)\b", re.IGNORECASE)
# "added … to the Entity List", "has been added to the scope of the order"
OBJECTS["add"] = re.compile(r"\bto (?:the |its |their )?[^,;]{0,40}?\b(?:[Ll]ist|scope|"
                            r"[Oo]rder|E\.O\.)|\bwith an? licen[cs]e requirement", re.IGNORECASE)
# "has selected 12 firms", "selected 40 grantees": an award, not a choice of words
OBJECTS["select"] = re.compile(CONCRETE + r"|\b(?:firms|companies|contractors|recipients|"
                               r"grantees|awardees|finalists|winners|fellows|scholars|"
                               r"proposals|projects|sites)\b", re.IGNORECASE)
# "directed Deferred Enforced Departure for …", "directed the Department to …"
OBJECTS["direct"] = re.compile(r"^(?!\s*(?:[\w.’'-]+ ){1,8}?to (?:consider|study|explore|"
                               r"assess|examine|look)\b)(?:" + CONCRETE
                               + r"|(?-i:^\s*(?:(?:the|an?) )?(?!(?:The|An?) )[A-Z])"
                               r"|^\s*(?:[\w.’'-]+ ){1,6}?to (?!be\b|the\b|an?\b|its\b|their\b|"
                               r"work\b|continue\b|explore\b|review\b|consider\b|study\b|"
                               r"prepare\b|assess\b|engage\b|coordinate\b|look\b)[a-z]+\b|"
                               r"^\s*that\b)", re.IGNORECASE)
# A government's own records moved or kept: "@Agency on X will be archived at @Agency46",
# "we are preserving the material we created with the National Archives", "the website will
# be transferred to …"
OBJECTS["archive"] = re.compile(r"\b(?:records?|accounts?|content|materials?|websites?|sites?|"
                                r"archives?|data|files|documents|pages|handles?|posts|videos|"
                                r"photos|collections?)\b|@\w|\w\.(?:gov|com|org)\b",
                                re.IGNORECASE)
for _verb in ("preserve", "transfer", "migrate"):
    OBJECTS[_verb] = OBJECTS["archive"]
# "supported a regional study", "is supporting 40 projects", "supports $5 million in grants":
# support for a named piece of work, not for a cause or a country
OBJECTS["support"] = re.compile(MONEY + r"|\b(?:studies|study|"
                                r"projects?|programs?|scholarships?|training|grants?)\b",
                                re.IGNORECASE)
# "OFAC targeted entities and individuals who …": those a sanctions action names
OBJECTS["target"] = re.compile(r"\b(?:individuals?|entit(?:y|ies)|persons?|companies|company|"
                               r"firms?|networks?|officials?|vessels?|enterprises?|members?|"
                               r"leaders?|facilitators?|financiers?|brokers?)\b", re.IGNORECASE)
# "listed eight officials of the police": those a listing names, or a concrete measure
OBJECTS["list"] = re.compile(OBJECTS["target"].pattern + "|" + CONCRETE, re.IGNORECASE)
# "put sanctions in place", "put forward a proposal", "put the group on the list"; not
# "putting our values at the center of our policy"
OBJECTS["put"] = re.compile(r"\b(?:in place|into (?:effect|force|place)|forward|on (?:the |its |"
                            r"a )?(?:[\w-]+ ){0,4}(?:[Ll]ist|hold))\b", re.IGNORECASE)
# "FDA has warned companies that sell …", "issued warnings to 12 sellers": a regulator's
# enforcement step against traders; not "warned Corvania that …" (a message to a government)
OBJECTS["warn"] = re.compile(r"^\s*(?:(?:the|all|some|several|many|more than|over|\d+|two|"
                             r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|"
                             r"multiple|numerous|online|foreign|domestic|U\.S\.) )*(?:companies|"
                             r"company|"
                             r"firms?|sellers?|manufacturers?|distributors?|retailers?|"
                             r"marketers?|vendors?|importers?|exporters?|businesses|websites?|"
                             r"operators?|stores|platforms|pharmacies)\b"
                             # not a warning of consequences ("… that doing business with
                             # them risks exposure to sanctions")
                             r"(?![^.;]{0,100}\bthat\b[^.;]{0,100}\b(?:risks?|faces?|exposes?)\b"
                             r"[^.;]{0,60}\b(?:sanction|designat|penalt))")
# "renewed the charter of the Advisory Council", "renews the designation": not "renewed its
# commitment" or "renewed calls"
OBJECTS["renew"] = re.compile(r"^\s*(?:the |its |their |our |a )?(?:(?!(?:calls?|commitments?|"
                              r"support|pledges?|appeals?|for|to|of)\b)[\w-]+ ){0,2}"
                              r"(?:charter|mandate|designations?|sanctions|waivers?|"
                              r"licen[cs]es?|agreements?|memorand\w+|MOU|accords?|programs?|"
                              r"national emergency|orders?|authori[sz]ation|contracts?|"
                              r"status)\b", re.IGNORECASE)
# "join our neighbours in celebrating …": joining in an expression, not a body
OBJECTS["join"] = re.compile(r"^(?!.{0,130}?\b(?:in (?:the )?(?:celebrat|observ|mark|"
                             r"commemorat|honou?r|pay(?:ing)? tribute|mourn|condemn|call|urg|"
                             r"wish|congratulat|recogni|welcom|express|reaffirm|remember|"
                             r"salut|send|extend|offer|stand|grie)|to (?:celebrat|mark|"
                             r"commemorat|honou?r|pay tribute|mourn|condemn|observ))\w*)"
                             r".*?(?:" + CONCRETE + ")",
                             re.IGNORECASE)
# "withdraw all U.S. troops", "withdrew from the agreement", "evacuated embassy staff"
OBJECTS["withdraw"] = re.compile(r"^\s*(?:(?:all|the|its|our|their|some|\d+|remaining|U\.S\.|"
                                 r"American|non-essential|nonessential) )*(?:troops|forces|"
                                 r"personnel|staff|diplomats|employees|funding|support|"
                                 r"ambassador|nomination|recognition|visas?)\b|^\s*from (?:the )?"
                                 r"(?:(?-i:[A-Z][\w.-]*) ){0,5}(?-i:Agreement|Treaty|Accord|"
                                 r"Convention|Council|"
                                 r"Organi[sz]ation|Pact|Compact|Commission|Court|Facility|"
                                 r"Alliance|Partnership|Initiative)\b|^\s*from (?:the )?"
                                 r"(?:agreement|treaty|accord|organization|council)\b",
                                 re.IGNORECASE)
# "paused assistance to …", "halted deliveries", "reinstated the ban": a measure stopped or
# restored; not "paused for a moment", "halted the advance"
OBJECTS["pause"] = re.compile(r"^\s*(?:the |its |our |their |all |some |U\.S\. )?(?:[\w-]+ ){0,2}"
                              r"(?:assistance|aid|funding|programs?|sanctions|visas?|"
                              r"processing|flights|deliveries|shipments|talks|negotiations|"
                              r"exports|imports|operations|ban|cooperation|contributions?|"
                              r"payments|disbursements|sales|licen[cs]es|waivers?)\b",
                              re.IGNORECASE)
for _verb in ("halt", "reinstate"):
    OBJECTS[_verb] = OBJECTS["pause"]
# "authorized $80 million", "authorized the transfer of …"; the passive "authorized by law"
# is the legal basis of a programme, not a measure (PASSIVE_NEEDS_AGENT)
OBJECTS["authorize"] = re.compile(r"^\s*(?:the |an? |up to |over |more than )?(?:" + MONEY + r"|\d|"
                                  r"(?:[\w-]+ ){0,2}(?:transfer|sale|use|release|deployment|"
                                  r"departure|funding|assistance|payments?|purchase|export|"
                                  r"designation|sanctions)\b)", re.IGNORECASE)
OBJECTS["evacuate"] = re.compile(r"^\s*(?:[\w.,-]+ ){0,4}(?:staff|personnel|employees|"
                                 r"diplomats|citizens|nationals|embassy|consulate|families|"
                                 r"dependents)\b", re.IGNORECASE)
# "proposed $58.5 billion for …", "proposes a new rule": a sum or a concrete measure
OBJECTS["propose"] = re.compile(r"^\s*(?:(?:a|an|the|new|additional|more than|over|nearly|"
                                r"about|up to) )*(?:" + MONEY + r"|(?:[\w-]+ ){0,2}(?:rule|"
                                r"regulations?|sanctions|legislation|bill|amendment|budget|"
                                r"resolution|treaty|agreement)\b)", re.IGNORECASE)
OBJECTS["convene"] = re.compile(r"\w")  # future only: any gathering convened is concrete
OBJECTS["engage"] = re.compile(r"\b(?:dialogue|talks|negotiations)\b", re.IGNORECASE)

ADVERBS = frozenset("""also now today tonight jointly formally further additionally officially
immediately hereby currently recently newly publicly swiftly virtually already just then again
separately likewise similarly soon together quickly urgently rapidly best instead""".split())
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
    r"Secretaries|President|Administration|Ambassador|Embassy|Mission|[Mm]inisters?|Ministry|"
    r"[Oo]fficials?|Advis[oe]r|Envoy|Spokesperson|Coordinator|Administrator|Attorney General|"
    r"[Aa]gency|Bureau|Office|Council|Commission|Committee|Congress|Senate|Parliament|Assembly|"
    r"(?:[Tt]he|[Oo]ur|[Tt]his) department|Pentagon|White House|House of Representatives|"
    r"House of Commons|House of Lords|Bundestag|Knesset|[Ll]egislature|"
    r"UK(?! (?:firms|companies|businesses|universities|exporters|investors|citizens|nationals))|"
    r"U\.K\.|[Pp]articipants|Member States|[A-Z][a-z]+ side|(?:[Tt]he|European|African|Eurasian) "
    r"Union|"
    r"Authority|Commissioner|Regulator|Inspector General|[Gg]rand [Jj]ury|Attorney|Britain|Board|"
    r"FDA|EPA|NOAA|NASA|NSF|NIH|CDC|HHS|DOD|DoD|DOE|USDA|FEMA|SEC|FTC|FCC|CBP|ICE|USTR|NARA|"
    r"OMB|IRS|FinCEN|BIS|DDTC|PRM|INL|"
    r"Customs|Coast Guard|Border Protection|Service|[Pp]rogram|OFAC|DEA|FBI|DHS|DOJ|USAID|DFC|"
    r"OBO|RFJ|Export-Import Bank|United Nations|UN|EU|European Union|NATO|OAS|OECD|G7|G20|"
    r"ASEAN|Quad|[Cc]oalition|authorities|leaders|sides|delegations|parties|countries|nations|"
    r"Republic|Kingdom|Federation|Rewards for Justice|Prime Minister|Chancellor|Premier|"
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
    r"Foundation|Society|Museum|\AMembers of|"
    r"criminals?|rebels|separatists?|forces|who|it|which|donors|"
    r"\A(?:other|many|some|most|several|few) (?:countries|nations|governments)|"
    r"(?:this|that)(?!\s+(?:[Aa]dministration|[Gg]overnment|[Dd]epartment|[Oo]ffice|[Bb]ureau|"
    r"[Aa]gency|[Cc]ommission|[Mm]inistry)\b))\b", re.IGNORECASE)
OPINION = re.compile(
    r"\b(?:welcom|congratulat|thank|applaud|commend|prais|condemn|deplor|regret|sadden|mourn|"
    r"grateful|concerned|(?<!response to )(?<!amid )(?<!following )(?<!due to )concerns? "
    r"(?:that|about|over)|(?:aware|reports?|alleging) that|"
    r"urg(?=e|ing)|"
    r"call(?:s|ed|ing)? (?:on|for|upon)|encourag|demand|ask)\w*",
    re.IGNORECASE)
BOUNDARY = re.compile(
    r"[;:\"“”]|,(?=\s)|\s(?:that|which|who|whom|where|while|whereas|because|after|before|when|if|"
    r"once|although|as|since|until|whether)\s", re.IGNORECASE)
SUBORDINATORS = frozenset("""where while whereas because after before when if once although as
since until whether""".split())
# A news dateline before the first sentence's subject: a place (and agency) in capitals, then a
# dash ("WASHINGTON —", "PORT ELLIS, Md. –", "D.C. –" after the comma, "GENEVA (Reuters) —").
DATELINE = re.compile(r"^(?:[A-Z][^a-z]{1,40}?|[A-Z][a-z]{1,4}\.)\s*(?:\([A-Za-z]{1,20}\))?"
                      r"(?:\s*[—–]|\s--?)\s*")
LEADING = re.compile(r"^(?:(?:and|but|so|then|today|also|now|in addition|additionally|"
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
HISTORY = re.compile(r"^(?:Since|To date|For (?:many|several) years|For decades|"
                      r"(?:\w+(?:[- ]\w+)? )?(?:years|decades) ago|"
                      r"Over the (?:past|last)|"
                      r"Previously|Historically|Earlier this|Last (?:week|month|year)|"
                      r"Over the (?:years|decades))\b",
                      re.IGNORECASE)
# A sentence opening with a date ("In 2015,", "At the end of June 2020,", "From fiscal year
# 2009 to 2021,"): history when the year is before the statement's own.
DATED = re.compile(r"^(?:In|On|By|As of|During|At the (?:end|start|beginning) of|From|Between|"
                    r"Back in|Early in|Late in|On the (?:morning|afternoon|evening|night) of)\s"
                    r"(?:" + MONTH + r"\s|[Ff]iscal [Yy]ear\s|FY\s?)?"
                    r"(?:\d{1,2},?\s)?((?:19|20)\d\d)\b")
# A date right after a verb ("designated … in May 2018", "on June 3, 2016").
# (a month's name only: "Country Reports on Terrorism 2014" is a title, not a date)
DATED_AFTER = re.compile(r"\b(?:in|since|on)(?: " + MONTH + r")?(?: \d{1,2},)? ((?:19|20)\d\d)\b")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
FURNITURE_START = re.compile(
    r"(?:The )?(?:text of the )?following (?:[\w-]+ ){0,4}(?:statement|is)|(?:Begin|End) [Tt]ext|"
    r"Follow us|"
    r"QUESTION:|"
    r".{0,80}?\bissues? the following (?:joint )?statement|"
    r"WATCH:|Skip to|Get Involved|Back to Top", re.IGNORECASE)
FURNITURE = re.compile(r"[Ff]or (?:more|further|additional) information|[Pp]lease (?:contact|see|"
                        r"visit|email)|https?://|@[\w.-]+\.(?:gov|org)|Show submenu|Back to Top")
# A list of measures: its lead-in, and the verbs its items may open with (besides FORMS).
LEAD_IN = re.compile(r"\b(?:will|shall|decided|agreed|resolved|Order|Act|funding|assistance|"
                      r"programs|measures|actions|today|following decision|decisions)\b")
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
