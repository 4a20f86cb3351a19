"""Word lists and patterns of the action finder (monitor/actions.py)."""

from __future__ import annotations

import re

__all__ = [
    "UNSTATED",
    "_ADVERBS",
    "_AID",
    "_ARMED",
    "_AUX",
    "_BE",
    "_BOUNDARY",
    "_CONCRETE",
    "_CONCRETE_RE",
    "_DATED",
    "_DATED_AFTER",
    "_DIRECTIVE",
    "_EFFECT",
    "_FIRST_AUX",
    "_FORMS",
    "_FUNCTION_WORD",
    "_FURNITURE",
    "_FURNITURE_START",
    "_FUTURE_ONLY",
    "_GOVERNMENT",
    "_GOVERNORS",
    "_HISTORY",
    "_INCLUDES_MONEY",
    "_IRREGULAR",
    "_LEADING",
    "_LEAD_IN",
    "_MAKE_AVAILABLE",
    "_MENU",
    "_MONEY_SUBJECT",
    "_NEGATION",
    "_NOT_ADVERBS",
    "_NOT_GOVERNMENT",
    "_OBJECTS",
    "_OPINION",
    "_PASSIVE_NEEDS_AGENT",
    "_POLICY",
    "_SERVE",
    "_SHAPES",
    "_STRONG",
    "_SUBORDINATORS",
    "_TOKEN",
    "_WEAK",
    "_YEAR",
    "_forms",
]

UNSTATED = "(unstated)"

# Verbs whose every finite use by a government actor is a concrete measure.
_STRONG = """sanction designate redesignate impose schedule indict extradite arrest deploy debar
revoke suspend ban prohibit freeze block sign countersign launch adopt enact ratify establish
amend issue publish vote approve expel lift unveil donate pledge allocate disburse award grant
levy prosecute seize terminate rejoin appoint nominate advocate reimpose inaugurate""".split()
# Measure nouns that make a weak verb concrete when they are its object (or passive subject).
_CONCRETE = (
    r"\$\s?\d|\b\d[\d,.]*\s*(?:million|billion|doses|tons)\b|\b(?:assistance|aid|funding|funds?"
    r"|grants?|loans?|financing|vaccines?|doses|sanctions?|designations?|visas?|restrictions"
    r"|rewards?|agreements?|memorand\w+|MOU|accords?|treaty|programs?|programmes?|initiatives?"
    r"|partnerships?|coalition|dialogue|working group|task force|forum|cent(?:er|re)s?"
    r"|channel|unit|embassy|consulate|rules?|regulations?|orders?|licen[cs]es?|reports?"
    r"|advisory|notice|list|resolutions?|framework|mechanism|facility|scanners|troops"
    r"|flights|footprint|presence|controls|tariffs|ban|charter|negotiations|talks|campaign"
    r"|policy|procedures|guidance|contracts?|measures|action against|sanctions action"
    r"|listening sessions|session|summit|conference|OECD|secretariat|Entity List)\b"
)
_WEAK = """provide commit offer build create expand deliver release open close host form increase
invest add place put list introduce implement announce take make set send reduce accelerate
convene hold join pass engage extend fund update select""".split()
_ARMED = re.compile(r"\b(?:soldiers|forces|troops|police|militias?|officers)\b", re.IGNORECASE)
_PASSIVE_NEEDS_AGENT = frozenset({"arrest", "seize", "ban", "block", "suspend", "expel"})
_FUTURE_ONLY = frozenset({"convene", "hold", "host", "engage"})  # past ones describe a meeting
# Forms the suffix rules below would get wrong.
_IRREGULAR = {
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
}


def _forms(base: str) -> dict[str, str]:
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
    irregular = _IRREGULAR.get(base)
    if irregular:
        forms = {form: kind for form, kind in forms.items()
                 if kind in ("base", "s") or (kind == "ing" and "ing" not in irregular.values())}
        forms.update(irregular)
    return forms


_FORMS: dict[str, tuple[str, str]] = {}
for _base in (*_STRONG, *_WEAK):
    for _form, _kind in _forms(_base).items():
        _FORMS.setdefault(_form, (_base, _kind))
_TOKEN = re.compile(r"[\w’'-]+")
_CONCRETE_RE = re.compile(_CONCRETE, re.IGNORECASE)
_AID = re.compile(r"\$\s?\d|\b\d[\d,.]*\s*(?:million|billion)\b|\b(?:assistance|aid|funding|funds|"
                  r"grants?|loans?|financing|vaccines?|doses|equipment|supplies|shipments?|"
                  r"rewards?)\b", re.IGNORECASE)
_OBJECTS = {
    "provide": _AID, "deliver": _AID, "send": _AID, "fund": _CONCRETE_RE,
    "open": re.compile(r"\b(?:embassy|consulate|office|border|mission|investigation|airspace|"
                       r"cent(?:er|re)|channel|port|crossings?)\b", re.IGNORECASE),
}
_OBJECTS["close"] = _OBJECTS["open"]
_OBJECTS["convene"] = re.compile(r"\w")  # future only: any gathering convened is concrete
_OBJECTS["engage"] = re.compile(r"\b(?:dialogue|talks|negotiations)\b", re.IGNORECASE)

_ADVERBS = frozenset("""also now today tonight jointly formally further additionally officially
immediately hereby currently recently newly publicly swiftly virtually already just then again
separately likewise similarly soon together quickly urgently rapidly best""".split())
_BE = ("is", "are", "am", "was", "were", "be", "been")
_AUX = frozenset("will shall would is are am was were has have had be been being".split())
_GOVERNORS = frozenset("""agreed agree agrees decided decide resolved voted vote intends intend
intending plans plan planning going set met meet moved pledged committed expects expect
pleased proud honored delighted""".split())
_NOT_ADVERBS = frozenset("""family only supply ally assembly early daily weekly monthly rally reply
apply comply july italy""".split())
_NEGATION = frozenset({"not", "never", "no", "longer", "cannot", "won't", "can", "could", "may",
                       "might", "should", "must", "ought", "remain", "remains", "continue",
                       "continues", "continuing", "generally", "usually", "typically"})

_GOVERNMENT = re.compile(
    r"\b(?:United States|U\.S\.|America|[Gg]overnments?|Department|Treasury|Secretary|"
    r"Secretaries|President|Administration|Ambassador|Embassy|Mission|Ministers?|Ministry|"
    r"[Oo]fficials?|Advis[oe]r|Envoy|Spokesperson|Coordinator|Administrator|Attorney General|"
    r"Agency|Bureau|Office|Council|Commission|Committee|Congress|Senate|Parliament|Assembly|"
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
    Zimbabwe""".split()) + r")(?!\w)"
)
_NOT_GOVERNMENT = re.compile(
    r"\b(?:regime|militants?|terrorists?|Houthis|Taliban|ISIS|al-Qa|Hamas|Hizballah|traffickers|"
    r"criminals?|rebels|separatists?|forces|who|it|this|that|which|donors)\b", re.IGNORECASE)
_OPINION = re.compile(
    r"\b(?:welcom|congratulat|thank|applaud|commend|prais|condemn|deplor|regret|sadden|mourn|"
    r"grateful|concerned|(?:aware|reports?|alleging) that|urg(?=e|ing)|"
    r"call(?:s|ed|ing)? (?:on|for|upon)|encourag|demand|ask)\w*",
    re.IGNORECASE)
_BOUNDARY = re.compile(
    r"[;:\"“”]|,(?=\s)|\s(?:that|which|who|whom|where|while|whereas|because|after|before|when|if|"
    r"once|although|as|since|until|whether)\s", re.IGNORECASE)
_SUBORDINATORS = frozenset("""where while whereas because after before when if once although as
since until whether""".split())
_LEADING = re.compile(r"^(?:(?:and|but|so|then|today|also|now|in addition|additionally|"
                      r"moreover|furthermore)\b[\s,]*)+", re.IGNORECASE)
_FUNCTION_WORD = re.compile(r"(?:^|\s)(?:and|or|of|the|a|an|to|by|for|with|in|on|at|from|"
                            r"previously|its|their|our|his|her)$", re.IGNORECASE)
_HISTORY = re.compile(r"^(?:Since|For (?:many|several) years|For decades|Over the (?:past|last)|"
                      r"Previously|Historically|Earlier this|Last (?:week|month|year))\b",
                      re.IGNORECASE)
_DATED = re.compile(r"^(?:In|On|By|As of|During)\s(?:[A-Z][a-z]+\.?\s|Fiscal Year\s|FY\s?)?"
                    r"(?:\d{1,2},?\s)?((?:19|20)\d\d)\b")
_DATED_AFTER = re.compile(r"\b(?:in|since|on [A-Z][a-z]+\.? \d{1,2},) ((?:19|20)\d\d)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_FURNITURE_START = re.compile(
    r"(?:The )?(?:text of the )?following (?:statement|is)|(?:Begin|End) [Tt]ext|Follow us|"
    r"WATCH:|Skip to|Get Involved|Back to Top", re.IGNORECASE)
_FURNITURE = re.compile(r"[Ff]or (?:more|further|additional) information|[Pp]lease (?:contact|see|"
                        r"visit|email)|https?://|@[\w.-]+\.(?:gov|org)|Show submenu|Back to Top")
_MENU = re.compile(r"(?:\S+\s){0,3}Show submenu for “[^”]*”+\.?\s*")
# Sentence shapes that carry no measure verb.
_EFFECT = re.compile(
    r"^(?:This|These|Today['’]s|The) (?:new )?(?:actions?|designations?|sanctions|measures?|"
    r"visa restrictions|debarments?|orders?|rules?) (?P<verb>renders?|targets?|blocks?|bars?|"
    r"freezes?|prohibits?)\b")
_MONEY_SUBJECT = re.compile(
    r"(?:^|[,:]\s)(?:(?:another|an additional|a further|some|nearly|about|approximately|more than|"
    r"over|up to|almost)\s)*\$[\d.,]+\s*(?:million|billion)?[^;]{0,90}?"
    r"\bwill (?P<verb>support|fund|finance|go|be used|help|increase|provide)\b", re.IGNORECASE)
_INCLUDES_MONEY = re.compile(
    r"^(?:This|The) (?:new |additional |critical )*(?:assistance|funding|aid|package|donation|"
    r"support)?\s*(?P<verb>includes?)\b[^.;]{0,40}\$\d")
_POLICY = re.compile(r"(?:^(?:Beginning|Effective|Starting)\b.*\b(?P<verb>must)\b)|"
                     r"\b(?P<verb2>must now|(?:is|are) now required)\b|\b(?:will|shall) no longer "
                     r"(?P<verb3>require|allow|permit|accept|issue|recognize|grant)\b")
_SERVE = re.compile(r"\bwill (?P<verb>serve) as (?:its |the |our )?(?:new |next )?(?:Special|"
                    r"Acting|Ambassador|Chargé|Charge|Coordinator|Envoy|Representative|Senior)")
_MAKE_AVAILABLE = re.compile(r"\b(?P<verb>make|makes|made|making) \$[\d.,]+\s*(?:million|billion)?"
                             r"\s*available\b")


# A list of measures: its lead-in, and the verbs its items may open with (besides _FORMS).
_LEAD_IN = re.compile(r"\b(?:will|shall|decided|agreed|resolved|Order|Act|funding|assistance|"
                      r"programs|measures|actions|today)\b")
_DIRECTIVE = frozenset("""stand direct exchange conduct coordinate require restrict strengthen
prioritize screen develop train share support streamline mandate hire increase create expand
establish launch provide invest deploy fund set""".split())
_FIRST_AUX = re.compile(r"\s(?:is|are|was|were|will|has|have|had)\s")
_SHAPES = ((_EFFECT, " "), (_MONEY_SUBJECT, "$"), (_INCLUDES_MONEY, "$"),
           (_MAKE_AVAILABLE, "available"), (_SERVE, "serve"), (_POLICY, "must"),
           (_POLICY, "required"), (_POLICY, "no longer"))
