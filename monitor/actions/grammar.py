"""The grammar of a measure predicate: the verb group, its subject, its object.

`predicate` judges one verb of a sentence: a finite form of a measure verb whose subject
is a government actor (or a passive whose agent is one), with the object a weak verb needs;
otherwise it says why not (the phrases around the verb are read by `phrases`). Measures
stated without such a verb are `shapes`'. Used by `rules`, which walks the sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .idioms import A_MEETING, RELATION, no_measure_meant, turn_of_speech
from .lexicon import (
    ARMED,
    AUX,
    BE,
    DATED_AFTER,
    FORMS,
    FUTURE_ONLY,
    MONEY_RE,
    NEGATION,
    PASSIVE_NEEDS_AGENT,
    RUNNING_TOTAL,
    STRONG,
    UNSTATED,
    WEAK,
    folded,
    holds_any,
)
from .months import AGO, AGO_WORDS, ASIDE, months_ago
from .phrases import (
    CLAUSE_BREAK,
    agent_of,
    authority_by_name,
    ends_with_noun,
    is_government,
    meeting_dated,
    object_fits,
    opinion_in,
    private_initials,
    reported_subject,
    subject,
    verb_chain,
)

if TYPE_CHECKING:
    from datetime import date

__all__ = ["NOT_FINITE", "Predicate", "predicate"]


@dataclass(frozen=True)
class Predicate:
    actor: str
    verb: str
    base: str = ""
    form: str = ""  # active | passive | past | shape | item
    after: str = ""
    passive_subject: str = ""
    evidence: tuple[str, ...] = ()
    kind: str = ""  # set when the shape of the sentence alone says what kind of measure


NOT_FINITE = "not a finite verb of a measure taken, being taken or to be taken"


_FIRST_PERSON = re.compile(r"(?:^|[\s,])(?:[Ww]e|I)$")
_ADJECTIVAL = re.compile(r"\b(?:is|are|was|were|be|been|not)\s+\S+$", re.IGNORECASE)
# Who "targets" persons as a sanctions measure ("OFAC targeted entities that …"); another
# government that "targeted these individuals" is conduct the statement reports.
_SANCTIONING = re.compile(r"(?:[Tt]he )?(?:OFAC|Treasury|U\.S\.|United States|Department of "
                          r"(?:State|the Treasury|Commerce|Justice)|Department\b|[Ww]e\b)")
_DESIGNATING = frozenset({"designate", "redesignate", "sanction", "block", "debar",
                          "indict"})
_SUBORDINATE = re.compile(r"\b(?:once|if|when|whenever|after|before|until|unless|since|"
                          r"while|where|whether|that|which|who)\b", re.IGNORECASE)
# The verbs whose present tense opens a news release ("The Agency announces …", "Treasury
# sanctions …"): the measure verbs of STRONG and the announcing ones; not "provides",
# "supports", "extends", "offers", which open greetings and fact sheets as standing habits,
# nor "advocates" (a call on others) and "pledges" (without a sum, a promise of support).
_LEDE_VERBS = frozenset({*STRONG, "announce", "release", "open", "renew", "select", "advise",
                         "refer", "send"}
                        - {"advocate", "pledge"})
# After a verb in the lede, what shows the verb was a plural noun ("U.S. sanctions on …
# remain", "USAID grants and loans … total") or the object a standing habit or a feeling
_LEDE_NOUN = re.compile(r"\s+(?:on|against|and|or|to|of|for|from|by|in|with|under|remain|"
                        r"remains|are|were|have|has|total|totals|support|supports|reach|"
                        r"\w+ed)\b|\s+(?:(?:its|our|their|the) )?(?:deepest |warmest |full |"
                        r"heartfelt |sincere )*(?:solidarity|support|condolences|sympathy|"
                        r"friendship|congratulations|greetings|wishes|thanks|gratitude)\b",
                        re.IGNORECASE)
_HABIT = re.compile(r"\b(?:each|every)\b(?! one\b)|\bin consultation with\b|"
                    r"\b(?:annually|regularly|routinely|usually|often)\b", re.IGNORECASE)
# A future under a condition ("If Corvania invades, we will impose …", "… if warranted")
_CONDITION = re.compile(r"^(?:If|Unless|Should|In the event|Were|Whether|Once)\b")
_CONDITION_AFTER = re.compile(r"^(?:(?!, and |; )[^.])*?\b(?:if|unless|in the event|should (?:the|"
                              r"they|it|he|she|(?-i:[A-Z])\w+ (?:fail|refuse|continue|not))|"
                              r"as soon as (?:it['’]s|it is|conditions|the situation|"
                              r"security))\b", re.IGNORECASE)
# An expectation, not a measure ("I am confident that we will reach agreement")
_EXPECTED = re.compile(r"\b(?:confident|hopeful|optimistic|hope|expect|believe|trust)\b"
                       r"[^.;]{0,20}\bthat\b(?![^.;]*(?:, and|that is why|which is why|today))"
                       r"[^.;]*$|\b(?:hope|hopes|expect|expects|trust|trusts|believe|believes) "
                       r"(?!that\b|to\b)[^.;,]{1,60}$", re.IGNORECASE)
# Only, always, routinely …: the way things are done, not what is done today
_IMMEDIATE = re.compile(r"\b(?:with immediate effect|from today|today|now)\b", re.IGNORECASE)
_HABITUAL = re.compile(r"\b(?:only|always|routinely|regularly|normally|typically|usually)\b",
                       re.IGNORECASE)
# A position restated ("we have been clear that we will impose …", "have warned that …")
_STATED = re.compile(r"\b(?:been clear|made (?:it )?clear|have said|has said|warned|stated|"
                     r"reiterated|repeatedly said) that\b", re.IGNORECASE)
_STATED_WORDS = ("clear", "said", "warned", "stated", "reiterated")  # (as `folded` has them)
# Verbs of giving whose perfect or progressive with "to date" or "in total" is a running total
_GIVING = frozenset({"provide", "donate", "deliver", "give", "invest", "commit", "fund",
                     "disburse", "allocate", "pledge", "send", "award", "grant", "contribute",
                     "train", "run", "issue", "file", "assess", "cite", "hire", "distribute"})
# A record of many measures over years ("OFAC has designated hundreds of individuals …")
_COUNTED = frozenset({"designate", "sanction", "impose", "arrest", "indict", "seize", "list"})
_MANY = re.compile(r"\b(?:hundreds|thousands|dozens|scores) of\b", re.IGNORECASE)
# A tally of the perfect ("has issued 11 orders this fiscal year", "has awarded $3 billion over
# three rounds"); not "this year's report", nor "is providing $5 million this year"
_TALLY = re.compile(r"\bthis (?:fiscal |calendar )?year\b(?!['’]s)|\bover (?:\w+ ){0,2}rounds\b",
                    re.IGNORECASE)
# A passive's agent that is no government ("has been contributed by American citizens and
# U.S. companies", "awarded $5 million by a foundation"): not a government's measure
_PRIVATE_AGENT = re.compile(r"[^;]*?\bby (?:the )?(?:[\w.’'-]+ ){0,4}(?:citizens|"
                            r"compan(?:y|ies)|"
                            r"businesses|individuals|donors|people|public|private sector|"
                            r"organi[sz]ations|foundations?|NGOs|philanthrop\w+)\b", re.IGNORECASE)
# … unless the sentence brings a new tranche as well ("is providing $50 million in new
# assistance, bringing the total to date to …")
_NEW_TRANCHE = re.compile(r"\b(?:today|new|additional|another|bringing|brings|this week|"
                          r"for a total of|further|this morning|in response to)\b", re.I)
# What a communiqué's "we" decides in the present ("We endorse the Action Plan", "We task our
# Finance Ministers to …", "We launch the …")
_DECIDING = frozenset({"endorse", "task", "launch"})
_OWN_MEASURE = re.compile(r"\b(?:today|hereby|this action|these actions|pursuant to|"
                          r"(?:direct|order) that)\b", re.I)


_COORDINATED = re.compile(r"(?:,?\s(?:and|as well as)|,\s(?:and )?then)\s*$", re.IGNORECASE)
# "will" or "shall" as an auxiliary: followed by a word, not "the will of the people",
# "the people's will expressed …"
_WILL = re.compile(r"(?<!\bthe )(?<!\bpolitical )(?<!['’]s )(?<!\b(?:its|his|her|our) )"
                   r"(?<!\btheir )(?<!\bpopular )\b(?:will|shall)\s+(?!of\b)[a-z]")
# Between the future and a coordinated verb, what makes the verb another clause's: an
# infinitive ("will press them to restore … and lift", "discuss efforts to counter … and
# establish"; not "travel to Corvania"), a relative or subordinate clause, a report or a hope
_NOT_COORDINATED = re.compile(r"\b(?:that|who|whom|which|whose|where|when|while|if|"
                              r"whether|as|because|said|says|hope|hopes|trust|expect|believe|"
                              r"fear|how|ways|efforts|options|views)\b|"
                              r"(?<!\btravel )(?<!\btravels )(?<!\breturn )(?<!\bgo )"
                              r"(?<!\bhead )(?<!\bcome )\bto (?!the\b|a\b|an\b)[a-z]+\b",
                              re.IGNORECASE)
# A coordinated verb opens its object as a measure's does; "… students and grant recipients",
# "a reception and award ceremony" are nouns
_COORDINATED_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|their|our|new|additional|more|"
                                 r"further|two|three|four|five|several|up to|over|nearly)\b|"
                                 r"[$£€¥₹]|\d|[A-Z])")
# Before the future, a hope or a report makes it another party's ("We hope the Government
# will …", "the authorities said that they will …")
_REPORTED = re.compile(r"\b(?:hope|hopes|trust|trusts|expect|expects|believe|believes|said|"
                       r"says|fear|fears|whether|if|urge|urges|call on|calls on)\b",
                       re.IGNORECASE)
_WINDOW = 200  # how far back a coordinated verb looks for its "will"


_ACCUSED = re.compile(r"\b(?:defendants?|suspects?|fugitives?|accused|men|women|man|woman|"
                     r"nationals?|residents?|individuals|\d+|two|three|four|five|six|seven|eight|"
                     r"nine|ten)\b", re.IGNORECASE)
_DEFENDANTS = re.compile(r"\b(?:defendants?|suspects?|fugitives?|accused)\b", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:later|previously|like|as with|also been|in the past|overturned|"
                      r"similar|once|years)\b", re.IGNORECASE)
_TODAY = re.compile(r"\b(?:today|this (?:morning|week|afternoon)|yesterday)\b", re.IGNORECASE)
_COMPANY = re.compile(r"\b(?:Ltd|Limited|Inc|LLC|Corp|Corporation|plc|GmbH|S\.A|AG|Co)\b\.?|"
                      r"\b(?:company|companies|firms?|banks?|suppliers?|manufacturers?)\b")


def _coordinated_future(before: str) -> str | None:
    """The text before "will" when a base verb is the second of a future ("… will meet the
    leaders and sign a memorandum", "where he will meet …, as well as announce …"): the
    nearest "will" back, within _WINDOW characters, when its subject is a government actor
    and nothing between makes the verb another clause's (an infinitive, a relative clause,
    a hedge or a negation); None when the verb is not so coordinated."""
    coordinator = _COORDINATED.search(before)
    if coordinator is None or ";" in before[-_WINDOW:]:
        return None
    start = max(0, len(before) - _WINDOW)
    wills = list(_WILL.finditer(before, start))
    if not wills:
        return None
    will = wills[-1]
    between = before[will.start() + 4:coordinator.start()]
    if _NOT_COORDINATED.search(between) or any(
            w.strip(",") in NEGATION for w in between.lower().split()):
        return None  # "will not …", "will continue to … and provide", "… who defend and …"
    head = before[:will.start()]
    actor = subject(head)[0]
    if re.search(r"\b(?:he|she)\s*$", head, re.IGNORECASE) and len(wills) > 1:
        # "The Secretary will travel to X, where he will meet … and sign …": the pronoun's
        # own future names who "he" is, when only a place or a time comes between
        span = before[wills[-2].start():will.start()]
        if not re.search(r",\s(?:where|during which|when)\s+(?:he|she)\s*$", span) or re.search(
                r"\b(?:who|said|says|announced|and)\b", span[:-10]):
            return None
        head = before[:wills[-2].start()]
        actor = subject(head)[0]
    if _REPORTED.search(head[-80:]) or not is_government(actor):
        return None
    return head


def predicate(sentence: str, match: re.Match[str], year: int,
              lede: bool = False, pronoun: str | None = None,
              day: date | None = None) -> Predicate | str:
    """The measure predicate at a verb match, or why the verb is not one.

    `lede`: the sentence opens the statement, where the present tense is the news idiom
    ("The Agency announces the release of …") rather than a standing habit. `pronoun`: the
    government actor "he" or "she" stands for (the actor of a measure just before), if any.
    `day`: the statement's date, against which a month named without its year is history."""
    if match.start() > 0 and match.group()[0].isupper():
        return "capitalised: part of a title or name"  # "China Appointed Ambassador"
    base, kind = FORMS[match.group().lower()]
    before, after = sentence[: match.start()], sentence[match.end():]
    opinion = opinion_in(CLAUSE_BREAK.split(before)[-1])
    if opinion is None and kind == "past":  # "calls on … to release the leaders arrested"
        opinion = opinion_in(before.rsplit(";", 1)[-1])
    if opinion:  # "we welcome that …", "urged the parties to …"
        return f"follows an opinion or a demand (“{opinion.group()}”)"
    chained = verb_chain(before)
    if isinstance(chained, str):
        return chained
    chain, rest = chained
    if kind in ("past", "either") and not chain and re.search(r"['’]s$", rest.strip()):
        return "a participle after a possessive: an adjective (“Corvania's proposed law”)"
    if holds_any(folded(before), _STATED_WORDS) and _STATED.search(before):
        return "a position stated (“we have been clear that …”), not a measure"
    auxes = [w for w in chain if w in AUX or w in ("to", "process")]
    last = auxes[0] if auxes else ""
    future = "to" in chain or any(w in ("will", "shall", "would") for w in chain)
    past = kind in ("past", "either")
    if ((kind == "ing" and last in (*BE, "process")) or (past and last in ("has", "have", "had"))
            or (kind in ("base", "either") and future)):
        form = "active"
    elif past and last in (*BE, "being"):
        form = "passive"
    elif kind in ("past", "either") and not auxes and ends_with_noun(rest):
        if _ADJECTIVAL.search(rest):
            return "an adjective after “be”: “are not FDA approved”"
        form = "past"
    elif (kind == "s" and not auxes and ends_with_noun(rest)
          and ((lede and base in _LEDE_VERBS and _SUBORDINATE.search(before) is None
                and (base == "advise" or _LEDE_NOUN.match(after) is None)
                and _HABIT.search(sentence) is None)
               or re.search(r"\b(?:today|hereby)\b", sentence, re.I))):
        form = "active"
    elif kind in ("base", "either") and not auxes and "hereby" in chain:
        form = "active"  # "I … do hereby proclaim …", "We hereby designate …"
    elif (kind in ("base", "either") and not auxes and _FIRST_PERSON.search(rest)
          and (_OWN_MEASURE.search(sentence)
               or (base in _DECIDING and _HABIT.search(sentence) is None))):
        form = "active"  # "We take this action pursuant to …": the statement's own measure
    elif (kind in ("base", "either") and not auxes and _COORDINATED_OBJECT.match(after)
          and (head := _coordinated_future(rest)) is not None):
        rest, form, future = head, "active", True  # "will meet … and sign a memorandum"
    else:
        return NOT_FINITE
    if future and (_CONDITION.match(sentence) or _CONDITION_AFTER.search(after)):
        return "a condition: a threat or a promise, not a measure"  # "If …, we will impose"
    idiom = turn_of_speech(sentence, match, base, after, chain, future)
    if idiom is not None:
        return idiom
    if base in FUTURE_ONLY and not future:
        return f"a past “{base}” describes a meeting, not a measure"
    if (base in ("hold", "convene") and ("agreed" in chain or "decided" in chain)
            and A_MEETING.match(after) and not meeting_dated(after)):
        return "an agreed next meeting without a date"  # "agreed to hold talks soon"
    if base == "hold" and re.match(r"[^.;]{0,60}\b(?:accountable|responsible)\b", after):
        return "“hold … accountable”: a general commitment"
    window = after.split(";", 1)[0][:130]
    dated = DATED_AFTER.search(window)
    if dated and int(dated.group(1)) < year and not future:
        return f"history: dated {dated.group(1)}"  # "… designated the group in 2015"
    if (day is not None and not future and kind in ("past", "either")
            and _TODAY.search(sentence) is None and months_ago(sentence, before, after, day) >= 2):
        return "history: a month named, months before the statement"  # "in April we …"
    ago = (AGO.search(window) if not future and holds_any(folded(window), AGO_WORDS)
           else None)
    if (ago is not None and not _TODAY.search(sentence)
            and not ASIDE.search(window, 0, ago.start())):  # "…, first proposed last March, …"
        return "history: dated by “… ago”"  # "began providing assistance a decade ago"
    verb = match.group().lower()
    strength = (f"“{verb}”: a weak verb with a concrete object" if base in WEAK
                else f"“{verb}”: a verb of a concrete measure")
    if form == "passive":
        passive_subject = subject(rest)[0]
        if (base == "commit" and after.lstrip().startswith("to ") and MONEY_RE.search(window)
                and is_government(passive_subject)):
            # "the United States is committed to a multi-year, $4 billion strategy"
            return Predicate(passive_subject, verb, base, "active", after, "",
                             (strength, f"committed with a sum, by “{passive_subject}”"))
        if not passive_subject or (ARMED.search(passive_subject)
                                   and not is_government(passive_subject)
                                   and not (base in _DESIGNATING
                                            and _OWN_MEASURE.search(sentence))
                                   and not (base in ("deploy", "redeploy") and re.search(
                                       r", the (?:Secretary|Minister|President|Department|"
                                       r"Ministry)\b[^,;]{0,20} announced\b", sentence))):
            # armed groups are often what today's designation names ("Both militias were
            # designated today pursuant to …"), not the ones acting
            return "a passive clause of background or of armed forces"  # "which was launched"
        if base in WEAK and "hereby" not in chain and not object_fits(
                base, after if base in ("charge", "maintain") else
                                             passive_subject + " " + after[:60]
                                             if base in ("add", "invite") else passive_subject):
            return f"“{base}” needs a concrete measure as its subject"
        agent = agent_of(after)
        if agent is None and _PRIVATE_AGENT.match(after):
            return "a passive whose agent is no government"
        if base == "target" and (agent is None or not _SANCTIONING.match(agent)):
            return "“targeted” without a sanctioning agent: conduct reported"
        if (last in ("is", "are") and not future and "hereby" not in chain
                and _HABITUAL.search(re.split(r"[;,]\s", after, maxsplit=1)[0])
                and not _IMMEDIATE.search(sentence)):
            return "the way it is done (“only”, “always”), not a measure"
        if base in (_GIVING | _COUNTED) and ("has" in chain or "have" in chain) and (
                RUNNING_TOTAL.search(sentence) or _MANY.search(sentence)
                or _TALLY.search(sentence)) and not _NEW_TRANCHE.search(sentence):
            return "a running total in the passive: context beside the news"
        if re.search(r"\b(?:who|which|that)$", passive_subject):
            return "a relative clause (“those who are deployed”), not the main one"
        if base == "charge" and is_government(passive_subject):
            return "“is charged with …”: a body's duty, not a charge"
        if base == "charge" and agent is None and not _TODAY.search(sentence):
            # "Eight defendants were charged with conspiracy": today's charges restated
            return Predicate(UNSTATED, verb, base, "restate", after, passive_subject,
                             (strength, "passive, restating charges"))
        if base in PASSIVE_NEEDS_AGENT and agent is None and "hereby" not in chain and not (
                (base == "fine" and _COMPANY.search(passive_subject)  # "Acme Ltd was fined £2m"
                 and MONEY_RE.search(after) and not _EARLIER.search(sentence))
                or (base == "charge" and _TODAY.search(sentence)
                    and _ACCUSED.search(passive_subject))
                or (base == "arrest" and _TODAY.search(sentence)
                    and _DEFENDANTS.search(passive_subject))):  # "defendants were arrested today"
            return "reported, not announced: no government agent"  # "journalists were arrested"
        found = (f"passive, by the government actor “{agent}”" if agent
                 else "passive, actor unstated")
        return Predicate(agent or UNSTATED, verb, base, form, after, passive_subject,
                         (strength, found))
    actor, apposition = subject(rest)
    if pronoun is not None and (actor in ("He", "She", "he", "she")
                                or actor == pronoun.split()[-1]):
        actor = pronoun  # "He is also launching Operation …": the President just before
    elif actor in ("he", "she") and (told := reported_subject(rest)) is not None:
        actor = told  # "the President informed the Governor that he had approved …"
        if re.match(r"\s*(?:his|her) ", after):
            return "a personal act the official reports (“his membership”), not a measure"
    elif private_initials(actor, apposition):
        return f"subject “{actor}” is a private body (“{apposition}”)"
    elif not (is_government(actor) or (actor and is_government(apposition))
              or authority_by_name(base, actor, apposition)):
        return f"subject “{actor}” is not a government actor" if actor else "no subject found"
    if form == "past" and actor in ("U.S.", "US"):
        return "“U.S.” as an adjective, not a subject"  # "U.S. funded programs"
    if (meant := no_measure_meant(base, actor, after)) is not None:
        return meant
    if base in WEAK and not object_fits(base, window):
        return f"“{base}” without a concrete object"
    if base == "target" and not _SANCTIONING.match(actor):
        return "“target” by another government: conduct reported, not a sanctions action"
    if RELATION.match(after):  # "built a strong partnership", "pledged its continued support"
        return "a relationship or continued support, not a concrete measure"
    if base == "commit" and after.lstrip().startswith("to") and not MONEY_RE.search(window):
        return "“committed to …” without a sum: a general commitment"
    if base in ("seize", "take") and re.match(
            r"\s+(?:this|the|that) (?:opportunity|moment|chance|occasion)\b", after):
        return "“take this opportunity”: a turn of speech"  # "I'll seize this opportunity to"
    if base == "take" and future and re.match(r"\s+(?:further|additional|new|decisive|swift) "
                                              r"actions? to\b", after):
        return "a promise of further action, not a measure"
    if base == "take" and not re.search(r"\b(?:action|measures?|steps?)\b", window):
        return "“take” without action, measures or steps"
    if (base in _GIVING and ((form == "active" and ("has" in chain or "have" in chain
                                                   or kind == "ing")) or form == "past")
            and RUNNING_TOTAL.search(sentence) and not _NEW_TRANCHE.search(sentence)):
        return "a running total (“to date”, “in total”): context beside the news"
    if (base in (_GIVING | _COUNTED) and ("has" in chain or "have" in chain)
            and (_TALLY.search(sentence) or (base in _COUNTED and (
                _MANY.search(window) or RUNNING_TOTAL.search(sentence))))
            and not _NEW_TRANCHE.search(sentence)):
        return "a record of many measures over time (“hundreds of …”): context"
    if _EXPECTED.search(rest):
        return "an expectation (“confident that …”), not a measure"
    tense = "future" if future else {"passive": "passive", "past": "past"}.get(form, "finite")
    return Predicate(actor, verb, base, form, after, "",
                      (strength, f"{tense}, by the government actor “{actor}”"))
