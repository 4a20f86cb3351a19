"""What a weak verb's object must name to be a measure (`OBJECTS`, by verb), and the money and
gifts several of them share (`AID`, `GIFT`). Used by `phrases.object_fits`."""

from __future__ import annotations

import re

from .decisions import DECISION_OBJECTS, THAT_MEASURE
from .deeds import DEED_OBJECTS, TEAMS
from .enforcement import ENFORCEMENT_OBJECTS
from .lexicon import CONCRETE, CONCRETE_RE, HEAD_NOUNS, MONEY, NOT_COUNTED

__all__ = ["AID", "GIFT", "OBJECTS"]

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
                  r"(?:" + MONEY + r"|\d[\d,.]*(?![\d,.]|\s+" + NOT_COUNTED + r")|"
                  r"(?:(?!(?:that|on|of|about|for|to|a|an|the)\b)"
                  r"[\w-]+ ){0,2}(?:aid|assistance|funding|funds|"
                  r"grants?|loans?|financing|supplies|equipment|vaccines?|doses|relief(?: items"
                  r"| supplies)?))",
                  re.IGNORECASE)
OBJECTS = {
    "provide": AID, "deliver": AID, "fund": CONCRETE_RE, "contribute": GIFT,
    # (and "gave final approval to", "gave its consent to", "gave formal notice")
    "give": re.compile(GIFT.pattern + r"|^\s*(?:(?:its|their|final|formal|royal|unanimous|"
                       r"the) )*(?:approval|consent|assent|go-ahead|green light|"
                       # (not one's own resignation: "gave notice that she will resign")
                       r"notice(?! (?:that (?:s?he|I)|of (?:her|his|my))\b))\b",
                       re.IGNORECASE),
    # (not a fact confirmed: "confirmed £2 million had already been spent")
    "confirm": re.compile(GIFT.pattern + r"(?![^;]{0,40}\b(?:had|has|have|was|were|is|are)\b)|"
                          + THAT_MEASURE, re.IGNORECASE),
    # "sending 2,800 military personnel", "sent a team of experts"
    "send": re.compile(AID.pattern + r"|\b(?:" + TEAMS + r"|personnel|troops|experts|ships|vessels|"
                       r"(?:formal )?requests? (?:to|for)|legislation|bills?|"
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
    # ("named Cruz presiding officer of the board": the post after the name, without "as")
    "name": re.compile(r"^\s*(?:[A-Z][\w.'’-]+ ){1,3}(?:(?:the |its )?(?:new |acting |interim |"
                       r"deputy )?(?:presiding officer|chair\w*|vice[- ]chair\w*|director|"
                       r"president|head|principal|superintendent|manager|dean|warden) "
                       r"of\b)|"
                       r"^[^;]{0,80}?\bas (?:its |the |our |their |his |her |a )?(?:new |next |"
                       r"first |acting |interim |deputy |senior |chief |special )*(?:[\w-]+ ){0,2}"
                       r"(?:Director|Envoy|Ambassador|Coordinator|Administrator|Representative|"
                       r"Chair\w*|Commissioner|Secretary|Head|Chief|Counsel|Officer|Advis[eo]r|"
                       r"Inspector|Judge|President|Member|Minister|Attaché|Consul)\b|"
                       r"\bto (?:the |its )?(?:post|position|role|[Bb]oard|[Cc]ouncil|"
                       r"[Cc]ommission)\b|"
                       # "named Janet Ochoa Senior Deputy Comptroller for …", "named Dr. Jane
                       # Roe its first Chief Diversity Officer": a name, then a title; not
                       # "named Police Director Ivan Petrov among those responsible"
                       r"^(?![^;]{0,80}\b(?:among|responsible for|in connection with)\b)\s*"
                       r"(?:(?:Dr|Mr|Ms|Mrs)\. )?(?:[A-Z][\w'’-]+ (?:[A-Z]\. )?){1,3}"
                       r"(?:(?:the |its |our |the (?:agency|Department|Commission)['’]s )?"
                       r"(?:new |first |next )*)?(?:(?:Senior|Deputy|Chief|Acting|Associate|"
                       r"Assistant|Executive|General|Special) )*(?:[A-Z][a-z]+ ){0,3}"
                       r"(?:Director|Counsel|Officer|Comptroller|Administrator|Commissioner|"
                       r"Secretary|Ambassador|Envoy|Coordinator|Advis[eo]r|Economist|Inspector|"
                       r"Scientist|Historian|Chair\w*|of Staff)\b(?! [A-Z][a-z]+ [A-Z])"),
    # "charging eight individuals with conspiracy"; not "charged with the task of", "charged
    # with an important relationship"
    "charge": re.compile(r"^[^.;]{0,120}?\bwith\b(?! (?:the )?(?:task|responsibility|"
                         r"mission|duty|job|role)\b)[^.;]{0,80}?\b(?:conspir\w*|fraud\w*|"
                         r"smuggl\w*|violat\w*|counts?|crimes?|offen[cs]es?|murder\w*|launder\w*|"
                         r"terror\w*|traffick\w*|illegal\w*|unlawful\w*|export\w*|brib\w*|"
                         r"theft|stealing|possess\w*|distribut\w*|assault\w*|kidnap\w*|"
                         r"obstruct\w*|evasion|evading|sanctions)", re.IGNORECASE),
    # "I hereby declare a national emergency", "declared a major disaster"
    # (not "declared his support for emergency aid", "declared that there is no emergency")
    "declare": re.compile(r"^\s*(?!(?:that|his|her|its|their|our|full|strong) )(?:an? |the )?"
                          r"(?:[\w'’-]+ ){0,5}(?:emergency|disaster|state of "
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
    # (a case, not "any threat" that comes up: a practice)
    "refer": re.compile(r"^\s+(?!to\b)(?!(?:any|every|such)\b)\S[^;]{0,60}?\bto (?:the )?"
                        r"(?:[\w ]{0,30})?(?:Court|"
                        r"Tribunal|ICC|Security Council|prosecutors?|Department of Justice|"
                        r"Attorney General|FBI|(?:law enforcement|appropriate|competent|"
                        r"prosecuting) authorities|police|Inspector General)\b(?!['’]s)"),
    # "has raised its travel alert … to Level 4", "raised tariffs on …"
    "raise": re.compile(r"^\s*(?:the |its |our )?(?!(?:issues?|questions?|matters?|concerns?|"
                        r"cases?)\b)"
                        r"(?:[\w'’-]+ ){0,2}(?:alert|advisory|advisories|travel advice|notice|"
                        r"threat level|level|tariffs?|duties|ceiling|cap|(?:interest|policy|"
                        r"bank|discount|repo|federal funds|cash|deposit|lending|benchmark|key|"
                        r"base|buffer) rates?|target range|reserve requirements?)\b",
                        re.IGNORECASE),
    # "will be maintained at $3.8 billion"
    "maintain": re.compile(r"^\s*(?:(?:its|our|the|their) )?(?:[\w-]+ ){0,3}(?:aid|assistance|"
                           r"funding|contributions?|budget|cap|tariffs?|support) (?:[\w-]+ ){0,4}?"
                           r"at " + MONEY + r"|^\s*at " + MONEY, re.IGNORECASE),
    # "will run a nationwide awareness campaign"
    "run": re.compile(r"^\s*(?:an? |the |its |new |\w+wide |[\w-]+ ){0,4}(?:campaigns?|"
                      r"programs?|programmes?|pilots?|trials?|courses?|exercises?|trainings?|"
                      r"flights|operations)\b",
                      re.IGNORECASE),
    # (not an event's opening: "will open the Harbor Schools Photography Exhibition")
    "open": re.compile(r"^\s*+(?!(?:the |an? |its )?(?:[\w-]+ )?(?:meeting|conference|session|"
                       r"summit|debate) of\b)(?![^;]{0,80}?\b(?:exhibitions?|fairs?|festivals?|"
                       r"galas?|concerts?|tournaments?|games|shows?)\b)"
                       r"[^;]{0,60}?\b(?:embass(?:y|ies)|consulates?"
                       r"(?:-general)?|offices?|border|missions?|investigation|airspace|"
                       r"cent(?:er|re)s?|channel|port|crossings?|(?:diplomatic )?posts|"
                       r"airports?|airspace|schools|parks|beaches|shelters|bridges?)\b",
                       re.IGNORECASE),
}
OBJECTS["close"] = OBJECTS["open"]
OBJECTS.update(DECISION_OBJECTS)
OBJECTS.update(ENFORCEMENT_OBJECTS)
OBJECTS.update(DEED_OBJECTS)
# "made public the results of its stress test"; not "made public appearances", nor money made
# ("made $4 billion in profit", "made $2 million more than …")
OBJECTS["make"] = re.compile(
    r"^(?!\s*" + MONEY + r"[\d.,]*(?: million| billion)? (?:less|more|from|in (?:profits?|"
    r"revenues?|income|interest))\b).*?(?:" + CONCRETE_RE.pattern + r")|"
    r"^\s*public (?:the |its |their )?(?:[\w-]+ ){0,4}(?:results|data|names|findings|list)\b",
    re.IGNORECASE)
# "cut its policy rate", "lowered tariffs on", "cut funding for"
OBJECTS["cut"] = re.compile(
    r"^\s*(?:the |its |our |their )?(?:[\w-]+ ){0,3}?(?:(?:interest|policy|bank|discount|"
    r"repo|federal funds|cash|deposit|lending|benchmark|key|base) rates?|target range|tariffs?|"
    r"duties|tax(?:es)?|fees|(?:voting |retirement |minimum )?age|thresholds?|funding|funds|"
    r"assistance|aid|grants?|visas?|quotas?|ties|relations|imports|exports)\b",
    re.IGNORECASE)
OBJECTS["lower"] = re.compile(OBJECTS["cut"].pattern + "|" + OBJECTS["raise"].pattern,
                             re.IGNORECASE)
# A formal invitation that names a visit, a meeting to attend or an address to give ("invited
# the President to pay a state visit", "invited Minister Tran to attend the Forum in May");
# not an appeal ("invite all nations to join the pledge"), comments or applications invited
OBJECTS["invite"] = re.compile(
    r"^(?![^;]{0,60}\bto (?:join|sign|endorse|support|submit|apply|comment)\b)"
    # (nor all governments, the public, interested parties: no named visitor)
    r"(?!\s*(?:all|every|any|interested|the public|members of the public|everyone|anyone|"
    r"stakeholders|residents|citizens)\b)[^;]{0,80}?\bto "
    r"(?:visit (?-i:[A-Z])|pay (?:an? )?(?:official |state |working |return |reciprocal )?visit|"
    r"attend (?:the |a |an |its )?(?:[\w-]+ ){0,5}(?:Summit|Forum|Conference|Meeting|"
    r"Dialogue|Ministerial|Session|Assembly|Games|Ceremony|Celebrations?|summit|meeting)|"
    r"(?:deliver|give) (?:the |a )?(?:[\w-]+ ){0,2}(?:address|keynote|lecture|speech)|"
    r"address (?:the |a |an )(?-i:[A-Z])|lead (?:a|the|his|her|its) (?:[\w-]+ )?delegation|"
    r"take (?:up )?(?:its|a|the) seat)", re.IGNORECASE)
# "resumed routine visa services", "will resume deliveries of aid"; not "resumed talks"
OBJECTS["resume"] = re.compile(r"^\s*(?:(?:the|its|our|their|full|routine|normal|regular|all) )*"
                               r"(?:[\w-]+ ){0,2}(?:services|flights|deliver(?:y|ies)|"
                               r"assistance|aid|funding|processing|issuance|imports|exports|"
                               r"shipments|payments|programs?|programmes?|inspections|"
                               r"contributions|admissions|interviews|diplomatic relations)\b",
                               re.IGNORECASE)
# "co-sponsored the resolution" (joining it), not "co-sponsored a reception"
OBJECTS["co-sponsor"] = OBJECTS["cosponsor"] = re.compile(
    r"^\s*(?:the |a |an |this |its )?(?:(?!on |about |for |of )[\w-]+ ){0,2}(?:resolutions?|bills?|"
    r"draft|statement|initiative|declaration|motion|text)\b(?!['’])", re.IGNORECASE)
# "will double the number of scholarships", "tripled its funding for"; not "doubled down"
OBJECTS["double"] = OBJECTS["triple"] = re.compile(
    r"^\s*(?!down\b)(?:the (?:number|amount|size|value|level) of|(?:its |our |the |their )?"
    r"(?:[\w-]+ ){0,2}(?:funding|assistance|aid|scholarships|grants|contributions?|investment|"
    r"budget|staff|presence|capacity|fellowships|places|tariffs|ceiling|programs?|programmes?))\b",
    re.IGNORECASE)
# "finalized new efficiency standards", "standards … were finalized today"; not "finalized the
# agenda for the summit", "the arrangements for next month's conference"
OBJECTS["finalize"] = OBJECTS["finalise"] = re.compile(
    r"^(?!\s*(?:the |its |their |our )?(?:[\w-]+ )?(?:agenda|program|programme|arrangements|"
    r"details|preparations|schedule|logistics|plans|review|assessment) (?:for|of|ahead of|"
    r"before)\b)"
    r"[^;]{0,130}?(?:" + CONCRETE + r"|\b(?:standards?|requirements|procedures|limits|"
    r"thresholds|criteria)\b)", re.IGNORECASE)
# what a launch may name, relaunched ("will relaunch the Youth Exchange with 40 scholarships")
OBJECTS["relaunch"] = re.compile(CONCRETE + r"|\b(?:exchange|fellowships?|scholarships|service|"
                                 r"portal|campaign)\b", re.IGNORECASE)
# "hired 75 more inspectors", "we've hired our first chief economist"
OBJECTS["hire"] = re.compile(r"^\s*(?:(?:an additional|another|more than|over|up to|some|"
                             r"about|a further|a total of) )*\d[\d,]*(?: more| new| additional)? "
                             r"(?:[\w'’-]+ ){0,3}?"
                             r"(?:staff|officers|agents|inspectors|investigators|examiners|"
                             r"tracers|counselors|specialists|analysts|auditors|"
                             r"employees|personnel|judges|teachers|nurses|workers|graduates|"
                             r"volunteers|trainees|apprentices)\b|"
                             r"^\s*(?:our|its|their|the) (?:first|new) [\w -]{0,40}?"
                             r"(?:officer|economist|director|counsel|chief|advis[eo]r|"
                             r"technologist|ombudsman)\b", re.IGNORECASE)
OBJECTS["recruit"] = OBJECTS["hire"]  # "will recruit a further 50,000 graduates"
OBJECTS["mobilize"] = OBJECTS["mobilise"] = GIFT
# "completed the extension of the treaty", "commenced the evacuation of …": a measure's step
OBJECTS["complete"] = OBJECTS["commence"] = re.compile(
    r"^\s*(?:the |its |their |our )?(?:[\w-]+ ){0,2}(?:extension|ratification|withdrawal|"
    r"transfer|evacuation|delivery|handover|signing|accession|repatriation|relocation|"
    r"deployment|drawdown|purchase|acquisition|sale|transition)\b", re.IGNORECASE)
# "presented the housing reconstruction plan", "presented to Parliament the Budget Estimates";
# not credentials, awards or a paper at a conference
OBJECTS["present"] = re.compile(
    r"^\s*(?:to (?:the )?[A-Z][\w ]{1,30}? )?(?:the |a |an |its |his |her |their |our )?"
    r"(?:[\w'’-]+ ){0,4}(?:plan|budget|estimates|bill|strategy|proposals?|programme|program|"
    r"legislation|reform|package|report|findings|outlook)\b"
    # (the head of its phrase: not "the Youth Plan award")
    r"(?!['’-]|\s+(?!(?:to|for|of|on|in|at|before|today|yesterday|tonight|with|that|which|and|"
    r"by|from|as|this|next|last|until|during|into)\b)[a-z])", re.IGNORECASE)
# a formal determination ("today determined that a fishery failure occurred", "determined that
# the event constitutes an emergency"), not "determined to act" nor "determined how"
OBJECTS["determine"] = re.compile(r"^\s*(?:today |formally |also )?that\b")
# "will share 80 million doses", not "shared 200 cyber threat indicators"
OBJECTS["pass"] = re.compile(CONCRETE + r"|\blaws?\b", re.IGNORECASE)
OBJECTS["share"] = re.compile(r"^\s*(?:(?:more than|over|nearly|some|about|up to|an additional|"
                              r"approximately|roughly|remaining|"
                              r"another|the|these|its|our) )*(?:" + MONEY + r"|[\d.,]+ (?:million "
                              r"|billion |thousand )?(?:[\w-]+ ){0,3}(?:doses|vaccines?|supplies|"
                              r"tests|ventilators|kits))", re.IGNORECASE)
# "announced stronger protections for farmworkers", "announced new limits on …", "announced a
# voluntary recall of …" (`lexicon.HEAD_NOUNS`): as the object's head, not "announced the
# results of its review of safety standards", "announced it received 300 complaints",
# "announced support for a mandate"
_OBJECT_HEAD = HEAD_NOUNS.replace(
    r"(?:[\w$€£.,'’-]+ ){0,4}?",
    r"(?:(?!(?:it|they|we|he|she|that|for|of|about|by|to|on|in|with)\b)[\w$€£.,'’-]+ ){0,4}?")
OBJECTS["announce"] = re.compile(CONCRETE + "|" + _OBJECT_HEAD + r"|^\s*(?:(?:new|stronger|"
                                 r"tougher|updated|final|revised|proposed|additional|the|a|its|"
                                 r"their) )*"
                                 r"(?:[\w-]+ )?"
                                 r"(?:protections|safeguards|standards|requirements|limits)\b|"
                                 + THAT_MEASURE, re.IGNORECASE)
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
OBJECTS["instruct"] = OBJECTS["direct"]
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
OBJECTS["put"] = re.compile(r"^\s*" + MONEY + r"|\b(?:in place|into (?:effect|force|place)|"
                            r"forward|on (?:the |its |"
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
OBJECTS["renew"] = re.compile(r"^\s*(?:for (?:one|two|three|a|another|\d+) (?:more )?"
                              r"(?:years?|months?) )?(?:the |its |their |our |a )?"
                              r"(?:(?!(?:calls?|commitments?|"
                              r"support|pledges?|appeals?|for|to|of)\b)[\w-]+ ){0,2}"
                              r"(?:charter|mandate|designations?|sanctions|waivers?|"
                              r"licen[cs]es?|agreements?|memorand\w+|MOU|accords?|programs?|"
                              r"national emergency|orders?|authori[sz]ation|contracts?|"
                              r"status|determination(?! to\b)|(?:sanctions )?regime)\b",
                              re.IGNORECASE)
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
OBJECTS["evacuate"] = re.compile(r"^\s*(?:[\w.,-]+ ){0,4}(?:staff|personnel|employees|"
                                 r"diplomats|citizens|nationals|embassy|consulate|families|"
                                 r"dependents)\b", re.IGNORECASE)
# "proposed $58.5 billion for …", "proposes a new rule": a sum or a concrete measure
OBJECTS["propose"] = re.compile(r"^\s*(?:(?:a|an|the|new|additional|more than|over|nearly|"
                                r"about|up to) )*(?:" + MONEY + r"|(?:[\w-]+ ){0,2}(?:rules?|"
                                r"regulations?|sanctions|legislation|bill|amendment|budget|"
                                r"resolution|treaty|agreement|standards|procedures|requirements|"
                                r"limits|fees)\b|revision of|to (?:raise|cut|lower|increase|"
                                r"reduce|exempt|abolish|ban|extend|introduce)\b)", re.IGNORECASE)
OBJECTS["convene"] = re.compile(r"\w")  # future only: any gathering convened is concrete
OBJECTS["engage"] = re.compile(r"\b(?:dialogue|talks|negotiations)\b", re.IGNORECASE)
