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

DEED_OBJECTS = {
    # "has dispatched a Rapid Response Team to the border", "dispatched two vessels"
    "dispatch": re.compile(MONEY + r"|\b(?:" + TEAMS + r"|personnel|troops|experts|ships|"
                           r"vessels|aircraft|planes|helicopters|convoys?|trucks|supplies|"
                           r"aid|assistance|doctors|engineers|officers|firefighters|"
                           r"(?:[\w-]+ )?units?)\b", re.IGNORECASE),
    # "is distributing free bottled water at …", "distributed 40,000 meals"; not "distributed
    # the report to members", "distributing leaflets against the plan"
    "distribute": re.compile(MONEY + r"|\b(?:aid|assistance|funds|grants|vaccines?|doses|"
                             r"(?:bottled |drinking )?water|food|meals|rations|masks|"
                             r"(?:test |hygiene |relief |food )?kits|sandbags|blankets|tents|"
                             r"medicines|supplies|vouchers|relief items|seeds)\b",
                             re.IGNORECASE),
    # "has relocated the polling places for three precincts", "will relocate its embassy"
    "relocate": re.compile(r"^\s*(?:the |its |our |their |all |some |two |three |\d+ )?"
                           r"(?:[\w-]+ ){0,2}(?:polling (?:places|stations|sites)|"
                           r"embass(?:y|ies)|consulates?|offices?|headquarters|operations|"
                           r"staff|residents|families|patients|clinics?|shelters?|"
                           r"vaccination (?:sites|centres|centers)|court(?:house)?s?)\b",
                           re.IGNORECASE),
    # "has recalled its Ambassador in Canberra for consultations"; not "recalled the 2015
    # agreement" or "recalled that …" (remembered)
    "recall": re.compile(r"^\s*(?:its|our|their|his|her|the) (?:[\w-]+ ){0,2}?(?:[Aa]mbassadors?|"
                         r"[Ee]nvoys?|High Commissioners?|diplomats|chargé d['’]affaires|"
                         r"[Hh]eads? of [Mm]ission)\b"),
    # "restricted exports of advanced chips to …", "will restrict imports of raw timber";
    # not "restricted its comments to the findings"
    "restrict": re.compile(r"^\s*(?:(?:the|its|all|new|further|non-essential|some|certain) )*"
                           r"(?:[\w-]+ ){0,2}?(?:exports?|imports?|travel|entry|sales?|"
                           r"shipments?|transfers?|investments?|flights|fishing|access to|"
                           r"gatherings|movement|use of|trading|transactions)\b",
                           re.IGNORECASE),
    # "Japan has requested an emergency meeting of the United Nations Security Council"
    "request": re.compile(CONCRETE_RE.pattern + r"|\b(?:emergency|urgent|special) "
                          r"(?:meeting|session)s? of\b", re.IGNORECASE),
}
