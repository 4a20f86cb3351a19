"""The rule pass of the finder: the measure predicate of each sentence, or why there is none.

`verdicts` walks a document's sentences with the grammar and lexicon (a finite measure verb
with a government subject, sentence shapes without such a verb, the items of a measures
list) and returns, per sentence, an `Action` with its evidence, a `Rejected` with the
reasons, or None. The model (`model`, `features`) reads these verdicts as features; it,
not the rules, decides (`finder`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from store import NewAction

from ..clean import remove_submenus
from .agreements import unnamed_kind
from .details import details
from .enforcement import SETTLEMENT_TERMS
from .furniture import furniture, is_history
from .grammar import NOT_FINITE, Predicate, predicate
from .idioms import visit_ahead
from .lexicon import (
    DIRECTIVE,
    FORMS,
    LEAD_IN,
    LEADING,
    MONEY_RE,
    TOKEN,
    UNSTATED,
    WEAK,
    YEAR,
)
from .money import BUDGET_CONTEXT, budget_line
from .phrases import is_government, subject
from .shapes import BACK_REFERENCE, IT_PROVIDES, shape

__all__ = ["ASKED", "Action", "Rejected", "Verdict", "verdicts"]

# The reason the rules give for a sentence of a reporter's question in a transcript (what
# marks a document as spoken word for the features and the bench's transcript rows)
ASKED = "a reporter's question"


@dataclass(frozen=True)
class Action(NewAction):
    """One announced measure: the sentence, who acts, the verb, and what it says of it.

    `kind` is one of `store.ACTION_KINDS`; `amount` and `stated_date` are as the sentence
    states them ("" when it states none); `confidence` (0-1) grows with the evidence that
    `reasons` lists, the lines `policywatch actions --explain` prints.
    """

    reasons: tuple[str, ...] = ()
    form: str = ""  # how the rules found it: active, passive, past, shape, restate, item
    # ("": the model); "restate": today's measure restated (its legal effect, its make-up)


@dataclass(frozen=True)
class Rejected:
    """A sentence with a measure verb that is not an action, and why not."""

    text: str
    reasons: tuple[str, ...]


# A speaker's tag in a transcript ("QUESTION:", "Q:", "MR PRICE:", "SECRETARY BLINKEN:")
_QUESTION_SENTENCES = 4
_SPEAKER = re.compile(r"^(QUESTION|Q|[A-Z][A-Z.'’ -]{1,40}):\s")
_ANAPHORA = re.compile(r"(?:This|These|Those|Such|Today['’]s|The (?:same|new|additional))\b")


_ANAPHORIC = frozenset({"among", "pay for", "fund", "finance"})
_GOES_ON = re.compile(r"(?:He|She) (?:is |has |will |['’]s |['’]ll )?(?:also|further|additionally|"
                      r"will|then also)\b|(?:He|She) (?:will|is (?:also )?\w+ing)\b|"
                      # "He has issued the following recommendations": a decision's next step
                      r"(?:He|She) has (?:issued|directed|ordered|approved|signed|instructed|"
                      r"authori[sz]ed|declared|decided)\b")


def _by_surname(sentence: str, person: str) -> bool:
    """Whether the sentence opens with the surname of the person just named ("Governor Wade
    Ashby has appointed …. Additionally, Ashby named …", "Governor Ashby …. Ashby also …"),
    when it goes on with what the person does (not "Ashby launched his career as …")."""
    name, rest = person.split(), LEADING.sub("", sentence)
    return (len(name) >= 2 and _PERSON.search(" ".join(name[:-1])) is not None
            and _PERSON.fullmatch(name[-1]) is None and name[-1][:1].isupper()
            and name[-1].isalpha() and rest.startswith(name[-1] + " ")
            and (rest != sentence or re.match(r"\S+ (?:also|further|then|has|have|will|is|"
                                              r"today)\b", rest) is not None))


# An actor "he" or "she" can stand for: a person's title
_PERSON = re.compile(r"\b(?:President|Secretary|Minister|Ambassador|Administrator|Director|"
                     r"Envoy|Governor|Chancellor|Premier|Commissioner|Attorney General|Mayor|"
                     r"Coordinator|Spokesperson|Chair\w*)\b")
# A sentence about the budget a statement presents ("The budget will support …")
_ABOUT_BUDGET = re.compile(r"(?:(?:And|So|Finally),? )?(?:[Tt]he|[Tt]his|[Oo]ur) "
                           r"(?:budget|request)\b")
# "The same month, …", "That same year, …": the time of the sentence before
_SAME_TIME = re.compile(r"^(?:(?:That|The same|That same|In the same|Later that|Earlier that) "
                        r"(?:day|week|month|year)|(?:\w+ ){1,2}(?:later|earlier),"
                        r"(?![^.;]*\b(?:is|are) \w+ing\b|[^.;]*\btoday\b))", re.IGNORECASE)


# An operative paragraph that takes no measure: the closing formula, a request to others
_CLOSING_ITEM = re.compile(r"Decides to remain (?:actively )?seized|(?:Requests|Calls upon|Urges) "
                           r"(?!the (?:Chairperson|Commission|Secretary-General|Secretariat|"
                           r"President of the Commission|Special|High Representative))")
# An item of a list of measures that names one by a noun: a decision's ("Suspension of all
# transactions with …;") or an instrument signed or exchanged ("MoU on cooperation in …")
_INSTRUMENT_ITEM = re.compile(r"(?:An? |The )?(?:MoUs?|MOUs?|Memorand(?:um|a)|Agreements?|"
                              r"Protocols?|Treaty|Conventions?|Letters? of Intent|Exchange of "
                              r"Letters|Arrangements?|Accords?|Programmes? of Cooperation|"
                              r"Work (?:Plan|Programme)|Joint Declaration)\b"
                              r"(?![^;]*? (?:was|were|is|are|has|have|had|remains?)\b)")
_NOMINAL_ITEM = re.compile(r"(?:Immediate |Temporary |Full |Total |Further |Additional )?"
                           r"(?:Recall|Closure|Suspension|Freezing|Freeze|Withdrawal|"
                           r"Establishment|Imposition|Lifting|Extension|Deployment|Allocation|"
                           r"Provision|Creation|Launch|Adoption|Ban|Prohibition|Revocation|"
                           r"Expulsion|Designation|Termination|Reopening|Opening|Expansion|"
                           r"Reduction|Release|Transfer|Donation|Renewal|Appointment|"
                           r"Introduction|Denial|Cancellation) (?:of|on|for|to)\b|"
                           + _INSTRUMENT_ITEM.pattern)
# An instrument whose content a next sentence may go on with ("It also prohibits …")
_INSTRUMENT_NOUN = re.compile(r"\b(?:[Rr]esolution|[Oo]rder|[Ll]aw|[Rr]ule|Act|[Dd]ecision|"
                              r"[Rr]egulation|[Dd]irective|[Dd]ecree|[Pp]roclamation|[Bb]ill|"
                              r"[Aa]greement|[Ss]ettlement|[Mm]easure|[Pp]ackage)s?\b")
# The instrument named again: "it" is something else ("It also bars rivals from its towers, a
# practice the order does not address")
_NAMED_AGAIN = re.compile(r"\b(?:the|this) " + _INSTRUMENT_NOUN.pattern)
# Conduct the sentence itself condemns ("…, a move we condemn", "…, a step we reject")
_CONDEMNED = re.compile(r",\s(?:(?:an?|the)\s(?:[\w-]+\s)?(?:move|step|decision|act|action|"
                        r"measure|practice|law|vote|ruling|decree|bill)s?|which)\s(?:that\s|"
                        r"which\s)?(?:we|the United "
                        r"States)\s(?:\w+ly\s)?(?:condemn|deplore|reject|denounce|oppose)\w*\b")
# A heading of a few words that introduces a list ("Strengthening enforcement:", "New
# funding:"), not a sentence that ends with a colon ("The measures are as follows:")
_SUBHEADING = re.compile(r"^(?-i:[A-Z])[a-z]+ing\b[^.;:!?]{0,60}:$(?<!\bfollows:)(?<!\bfollowing:)"
                         r"(?<!\binclude:)(?<!\bincludes:)(?<!\bincluding:)")


def _classify(sentence: str, year: int, lede: bool = False, pronoun: str | None = None,
              day: date | None = None) -> tuple[Predicate | None, str, list[str]]:
    """The predicate of a sentence (or None), the sentence as judged, and any rejections.

    `lede`: the first sentence of the statement that is not furniture; `pronoun`: the
    government actor "he" or "she" may stand for."""
    if "Show submenu" in sentence:
        sentence = remove_submenus(sentence).strip()
    blocked = furniture(sentence, year)
    if blocked:
        return None, sentence, [blocked]
    rejections: list[str] = []
    for match in TOKEN.finditer(sentence):
        if match.group().lower() not in FORMS:
            continue
        found = predicate(sentence, match, year, lede, pronoun, day)
        if not isinstance(found, str):
            return found, sentence, rejections
        if found is not NOT_FINITE:  # a noun or a participle: not worth explaining
            rejections.append(f"“{match.group()}”: {found}")
    shaped = shape(sentence, year)
    if shaped is None and not rejections and visit_ahead(sentence):
        rejections.append("a visit or a meeting ahead, not a measure")
    return shaped, sentence, rejections


def _lead_in_actor(sentence: str) -> str | None:
    """The actor of a list's lead-in ("The United States and Corvania decided to:"), if any."""
    cue = LEAD_IN.search(sentence) if sentence.endswith(":") else None
    if cue is None or re.search(r"\b(?:reviewed|discussed|took stock of|assessed|noted)\b",
                                sentence[:cue.start()]):
        return None
    if cue.group().startswith(("were ", "was ", "are ", "have ")):
        by = re.search(r"\bby ([^,:]+)", sentence[cue.end():])
        if by is not None and not is_government(by.group(1)):
            return None  # "The following contracts were signed by Marlin Energy …:"
    actor = subject(sentence[: cue.start()])[0]
    return actor if is_government(actor) else UNSTATED


def _list_item(sentence: str, actor: str) -> Predicate | None:
    """An item of a measures list: "Establish a working group …;", "$72 million for …"."""
    parts = sentence.split(maxsplit=1)
    first = parts[0] if parts else ""  # (a blank "sentence" after a lead-in has no word)
    word = first.lower().rstrip(",;:")  # "Decides, in line with …, to suspend …"
    base = word[:-1] if word.endswith("s") else word
    why = ("an item of a list of measures whose lead-in names the actor",)
    if MONEY_RE.match(first) and len(sentence.split()) >= 4:
        return Predicate(actor, "fund", "fund", "item", sentence, "", why)
    if _CLOSING_ITEM.match(sentence) or sentence.endswith(":"):
        return None  # "Decides to remain actively seized of the matter"; the next heading
    if _NOMINAL_ITEM.match(sentence) and len(sentence.split()) >= 4:
        # "Closure of land and air borders with …;", "MoU on cooperation in health"
        noun = first.rstrip(",;:")
        return Predicate(actor, noun, noun.lower(), "item", sentence[len(first):], "", why,
                         "agreement" if _INSTRUMENT_ITEM.match(sentence) else "")
    form = FORMS.get(word, ("", ""))[1]
    if first[:1].isupper() and (form in ("base", "s") or word in DIRECTIVE or base in DIRECTIVE
                                # a fact sheet's bullet ("Deploying 1,500 additional
                                # personnel to …"), a whole clause, not a heading
                                or (form == "ing" and len(parts) > 1
                                    and len(parts[1].split()) >= 3)):
        verb_base = FORMS.get(word, (base, ""))[0]
        return Predicate(actor, word, verb_base, "item", sentence[len(first):], "", why)
    return None


# How sure a form of evidence makes the finder; measured per band by bench/actions.py.
_CONFIDENCE = {"active": 0.9, "past": 0.85, "passive": 0.8, "item": 0.75, "shape": 0.7,
               "restate": 0.6}


def _action(sentence: str, found: Predicate, actor: str) -> Action:
    info = details(sentence, found.base, found.after, found.passive_subject)
    if found.kind:
        info = replace(info, kind=found.kind)
    confidence = _CONFIDENCE.get(found.form, 0.7)
    if found.base in WEAK:
        confidence -= 0.1
    if info.amount:
        confidence += 0.05
    if actor == UNSTATED:
        confidence -= 0.15
    reasons = [*found.evidence]
    if actor != found.actor:
        reasons.append(f"actor “{actor}” carried over from the action before")
    reasons.append(f"kind: {info.kind}" + (f"; object “{info.object}”" if info.object else ""))
    if info.amount or info.date:
        reasons.append("states " + " and ".join(
            part for part in (info.amount and f"the amount {info.amount}",
                              info.date and f"the date {info.date}") if part))
    return Action(sentence, actor, found.verb, info.kind, info.object, info.amount, info.date,
                  round(min(max(confidence, 0.05), 0.99), 2), reasons=tuple(reasons),
                  form=found.form)


Verdict = Action | Rejected | None


def verdicts(sentences: tuple[str, ...] | list[str], year: int, *,
             whole: bool = True, day: date | None = None) -> list[Verdict]:
    """The rules' verdict on each sentence, in order: an action, a rejection, or nothing.

    `year` is the statement's year: a sentence opening with an earlier one is history;
    `day` its date, when known: a measure dated by a month months before it is history.
    `whole`: the sentences are a whole statement, so the first full one is its lede (not
    for the sentences a revision added).
    """
    out: list[Verdict] = []
    last_actor: str | None = None
    lead_in: str | None = None
    lede = whole  # until the first full sentence that is not furniture
    budget = False  # the statement presents a budget request (from the sentence naming it)
    history = False  # the sentence before was history (for "The same month, …")
    acted_before = False  # the sentence before holds a measure (for "He also …")
    budget_before = False  # the sentence before was about the budget (for "It provides …")
    named = False  # the measure of the sentence before names an instrument (what "it" may be)
    instrument = False  # the sentence before went on with an instrument's content ("It …")
    announced = False  # a measure has been found in the statement (for a list's headings)
    asking = 0  # sentences left of a reporter's question: to the next speaker's tag, to its
    # question mark, at most _QUESTION_SENTENCES
    for number, sentence in enumerate(sentences):
        named_before, named = named, False
        speaker = _SPEAKER.match(sentence)
        if speaker is not None:
            asking = _QUESTION_SENTENCES if speaker.group(1).upper() in ("QUESTION", "Q") else 0
        if asking:
            asking = 0 if sentence.rstrip("”\"’' ").endswith("?") else asking - 1
            out.append(Rejected(sentence, (ASKED,)))
            continue
        item = _list_item(sentence, lead_in) if lead_in is not None else None
        if item is not None:
            out.append(_action(sentence, item, item.actor))
            last_actor = item.actor
            announced = True
            continue
        listing = lead_in  # a list under way, which a measure stated in full does not end
        # the items of a lead-in dated years before ("From fiscal year 2009 to 2021, … :") are
        # a record of history, not today's measures
        lead_in = _lead_in_actor(sentence)
        if lead_in is not None and (is_history(sentence, year) or any(
                int(y) < year for y in YEAR.findall(sentence))):
            lead_in = None
        elif lead_in is None and announced and _SUBHEADING.match(sentence):
            # a heading within a statement that has announced measures ("Expanding lawful
            # pathways:"): its items are more of them, by the actor of the last one
            lead_in = last_actor or UNSTATED
        was_history = history
        if was_history and _SAME_TIME.match(sentence):
            history = True
            out.append(Rejected(sentence, ("background or history (the time of the sentence "
                                           "before)",)))
            continue
        # "He also directed …": the actor of a measure in the sentence just before, a person,
        # when the sentence goes on with what that person does ("also", "will"); not the
        # nominee's career or the defendant's conduct ("She previously ran …")
        # ("Additionally, Ashby named …": the person's surname after the title and full name)
        pronoun = last_actor if (acted_before and last_actor not in (None, UNSTATED)
                                 and _PERSON.search(last_actor or "")
                                 and (_GOES_ON.match(sentence)
                                      or _by_surname(sentence, last_actor or ""))) else None
        found, judged, rejections = _classify(sentence, year, lede, pronoun, day)
        acted_just_before, acted_before = acted_before, False
        history = any("history" in why for why in rejections)
        naming = ("udget" in judged or "stimates" in judged or "equest" in judged) and (
            BUDGET_CONTEXT.search(judged) is not None)  # (a cheap test first)
        budget = budget or naming
        if (found is not None and found.form == "restate" and (
                found.verb in _ANAPHORIC or (found.verb in ("pay", "repay", "refund") and (
                    m8 := SETTLEMENT_TERMS.search(judged)) and m8.lastgroup == "verb8"))
                and not acted_just_before):
            found = None  # "Among them are …", "It will finance …": only right after a measure
        if (found is not None and BACK_REFERENCE in found.evidence
                and not (announced or lede)):
            found = None  # "We condemn the junta's order. The order bans …"
            rejections.append("refers back to a measure, but the statement has announced none")
        if (found is not None and BACK_REFERENCE in found.evidence
                and (kind := unnamed_kind(judged, sentences[:number]))):
            found = None  # "The law requires …" when no law was named: a standing one
            rejections.append(f"a {kind} the statement has not named before")
        if found is not None and _CONDEMNED.search(judged):
            found = None
            rejections.append("conduct the sentence condemns (“…, a move we condemn”)")
        instrument, it_before = False, instrument
        if (found is None and acted_just_before and (it_before or named_before)
                and not _NAMED_AGAIN.search(judged)
                and (it := IT_PROVIDES.match(judged))):
            verb, instrument = it.group("verb"), True
            found = Predicate(UNSTATED, verb, verb, "restate", judged[it.end():], "",
                              ("what the measure just before also does (“It also …”)",))
        if found is None and budget and not furniture(judged, year):
            # "It also requests $300 million for …"
            found = budget_line(judged, right_after=budget_before)
        # what "it" can mean next: the budget, while sentences go on about it
        budget_before = naming or (found is not None and found.kind == "funding") or (
            budget and _ABOUT_BUDGET.match(judged) is not None) or (
            budget_before and judged.startswith(("It ", "And it ")))
        # a byline or a heading (no closing punctuation) or page furniture comes before the
        # lede; any other sentence ("Happy Independence Day!") ends the chance of one
        lede = lede and (not judged.rstrip("”\"’'").endswith((".", "!", "?", ":"))
                         or furniture(judged, year).startswith(("too short", "page furniture")))
        if found is None:
            out.append(Rejected(judged, tuple(rejections)) if rejections else None)
            continue
        # what "it" may stand for next: an instrument the measure names as its subject or at
        # the head of its object ("adopted Resolution 2710"), not "sanctions … over its decree"
        named = bool(_INSTRUMENT_NOUN.search(judged[:len(judged) - len(found.after)]
                                             + found.after[:40]))
        actor = found.actor
        if actor == UNSTATED and last_actor is not None and _ANAPHORA.match(judged):
            actor = last_actor  # "These designations were made …": the actor before
        action = _action(judged, found, actor)
        last_actor = action.actor
        acted_before = announced = True
        if lead_in is None and listing is not None and not judged.endswith(":"):
            lead_in = listing
        out.append(action)
    return out
