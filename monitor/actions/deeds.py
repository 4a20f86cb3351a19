"""What more weak verbs' objects must name to be a measure (`DEED_OBJECTS`, by verb): people
and goods moved where they are needed, envoys called home, places moved, trade and travel
restricted, a body's meeting called. Merged into `objects.OBJECTS`."""

from __future__ import annotations

import re

from .lexicon import CONCRETE_RE, MONEY

__all__ = ["DEED_OBJECTS", "TEAMS"]

# Who is sent or dispatched: "a Rapid Response Team", "two medical teams", "a team of experts"
TEAMS = (r"(?:[\w-]+ )?(?:response|rescue|medical|assessment|relief|emergency|search|"
         r"disaster|consular|technical|investigat\w+) teams?|teams? of")

# The head of the verb's object, within its first noun phrase: up to four words before it and
# no preposition among them ("dispatched a letter to Congress on the delay in assistance",
# "distributed its report on food security": no goods sent)
_FIRST_PHRASE = (r"^\s*(?:(?!(?:of|on|about|for|to|in|at|with|by|from)\b)[\w$€£.,'’-]+ )"
                 r"{0,4}?")

DEED_OBJECTS = {
    # "has dispatched a Rapid Response Team to the border", "dispatched two vessels"
    "dispatch": re.compile(_FIRST_PHRASE + r"(?:" + MONEY + r"|(?:" + TEAMS + r"|personnel|"
                           r"troops|experts|ships?|vessels?|aircraft|planes|helicopters|"
                           r"convoys?|trucks|supplies|aid|assistance|doctors|engineers|"
                           r"firefighters)\b)", re.IGNORECASE),
    # "is distributing free bottled water at …", "distributed 40,000 meals"; not "distributed
    # the report to members", "the quarterly funds report", "the minutes of the vaccines group"
    "distribute": re.compile(_FIRST_PHRASE + r"(?:" + MONEY + r"|(?:aid|assistance|funds|"
                             r"grants|vaccines?|doses|(?:bottled |drinking )?water|food|meals|"
                             r"rations|masks|(?:test |hygiene |relief |food )?kits|sandbags|"
                             r"blankets|tents|medicines|supplies|vouchers|relief items|seeds)"
                             r"\b(?! (?:reports?|minutes|working group|group|papers?|plans?|"
                             r"polic(?:y|ies)|security|strateg(?:y|ies)|lists?|figures)\b))",
                             re.IGNORECASE),
    # "has relocated the polling places for three precincts", "will relocate 2,000 families"
    "relocate": re.compile(r"^\s*(?:the |its |our |their |all |some |two |three |\d[\d,.]* )?"
                           r"(?:[\w-]+ ){0,2}(?:polling (?:places|stations|sites)|"
                           r"embass(?:y|ies)|consulates?|offices?|headquarters|operations|"
                           r"staff|residents|families|patients|clinics?|shelters?|"
                           r"vaccination (?:sites|centres|centers)|court(?:house)?s?)\b",
                           re.IGNORECASE),
    # "has recalled its Ambassador in Canberra for consultations"; not "recalled the 2015
    # agreement", "recalled her years as Ambassador", "the Ambassador's role" (remembered)
    "recall": re.compile(r"^\s*(?i:its|our|their|his|her|the) (?:(?:[A-Z][\w-]+|top|senior|chief) )"
                         r"{0,2}(?:[Aa]mbassadors?|[Ee]nvoys?|High Commissioners?|diplomats|"
                         r"chargé d['’]affaires|[Hh]eads? of [Mm]ission)\b(?!['’]s)"),
    # "restricted exports of advanced chips to …", "will restrict imports of raw timber";
    # not "restricted its comments to the findings"
    "restrict": re.compile(r"^\s*(?:(?:the|its|all|new|further|non-essential|some|certain) )*"
                           r"(?:(?!(?:to|of|on|for)\b)[\w-]+ ){0,2}?(?:exports?|imports?|travel|"
                           r"entry|sales?|"
                           r"shipments?|transfers?|investments?|flights|fishing|access to|"
                           r"gatherings|movement|use of|trading|transactions)\b",
                           re.IGNORECASE),
    # "Japan has requested an emergency meeting of the United Nations Security Council"
    "request": re.compile(CONCRETE_RE.pattern + r"|\b(?:emergency|urgent|special) "
                          r"(?:meeting|session)s? of\b", re.IGNORECASE),
}
