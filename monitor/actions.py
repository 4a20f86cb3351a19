"""Actions v2: sentences in which a government actor takes, is taking or will take a measure.

A sentence is an action when it holds a *measure predicate*: a verb of a concrete measure
("designate", "impose", "sign", "launch", …) in a finite form (past, progressive, perfect,
future, passive, or an infinitive after "agreed to", "decided to", "intends to", …) whose
subject is a government actor. Weak verbs ("provide", "build", "offer", "take", …) count
only with a concrete object ("$57 million", "a global coalition", "a reward", "visa
restrictions"). Infinitives after "urge … to", "continue to", "work to", verbs after an
opinion ("we welcome that …", "condemns …"), subordinate clauses ("when … was
terminated"), history (a year earlier than the text's latest, "Since 2014, …") and page
furniture are not actions. Also found: sentence shapes without such a verb ("This action
renders …", "another $10 million will support …", "Beginning with …, governments must
…") and the items of a measures list after its lead-in ("The two governments decided
to:"). Measured by bench/actions.py against fixtures/actions/labels.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store import NewAction
from store.text import split_sentences

from .action_details import details
from .actions_lexicon import (
    _ADVERBS,
    _ARMED,
    _AUX,
    _BE,
    _BOUNDARY,
    _CONCRETE_RE,
    _DATED,
    _DATED_AFTER,
    _DIRECTIVE,
    _FIRST_AUX,
    _FORMS,
    _FUNCTION_WORD,
    _FURNITURE,
    _FURNITURE_START,
    _FUTURE_ONLY,
    _GOVERNMENT,
    _GOVERNORS,
    _HISTORY,
    _LEAD_IN,
    _LEADING,
    _MENU,
    _NEGATION,
    _NOT_ADVERBS,
    _NOT_GOVERNMENT,
    _OBJECTS,
    _OPINION,
    _PASSIVE_NEEDS_AGENT,
    _SHAPES,
    _SUBORDINATORS,
    _TOKEN,
    _WEAK,
    _YEAR,
    UNSTATED,
)

__all__ = ["Action", "Rejected", "explain", "explain_in", "find_actions", "find_actions_in"]


@dataclass(frozen=True)
class Action(NewAction):
    """One announced measure: the sentence, who acts, the verb, and what it says of it.

    `kind` is one of `store.ACTION_KINDS`; `amount` and `stated_date` are as the sentence
    states them ("" when it states none); `confidence` (0-1) grows with the evidence that
    `reasons` lists, the lines `policywatch actions --explain` prints.
    """

    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rejected:
    """A sentence with a measure verb that is not an action, and why not."""

    text: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class _Predicate:
    actor: str
    verb: str
    base: str = ""
    form: str = ""  # active | passive | past | shape | item
    after: str = ""
    passive_subject: str = ""
    evidence: tuple[str, ...] = ()


_ANAPHORA = re.compile(r"(?:This|These|Those|Such|Today['’]s|The (?:same|new|additional))\b")
_NOT_FINITE = "not a finite verb of a measure taken, being taken or to be taken"


def _is_adverb(word: str) -> bool:
    return word.endswith("ly") and word.islower() and word not in _NOT_ADVERBS


def _chain(before: str) -> tuple[list[str], str] | str:
    """Auxiliaries and adverbs right before a verb, and the text before them; why if blocked."""
    words = before.split()
    chain: list[str] = []
    i = len(words) - 1
    while i >= 0:
        word = words[i].lower()
        if word.endswith(",") or word.startswith(("“", '"')):
            break
        if word.strip(",") in _NEGATION:
            return f"negated or hedged by “{word.strip(',')}”"
        if word in _ADVERBS or word in _AUX or _is_adverb(words[i]):
            chain.append(word)
        elif word == "to":
            j = i - 1
            while j >= 0 and (words[j].lower() in _ADVERBS or _is_adverb(words[j])):
                j -= 1
            if j < 0 or words[j].lower() not in _GOVERNORS:
                # "urge … to impose", "work to build": not the actor's own measure
                lead = words[j].lower() if j >= 0 else ""
                return f"an infinitive after “{lead}”, not a decision to act" if lead \
                    else "an infinitive without a decision to act"
            chain.extend(["to", words[j].lower()])
            i = j
        elif word == "of" and i >= 2 and " ".join(words[i - 2:i]).lower() == "the process":
            chain.append("process")
            i -= 3  # "is in the process of providing"
            continue
        else:
            break
        i -= 1
    return chain, " ".join(words[: i + 1])


def _ends_with_noun(text: str) -> bool:
    """Whether text ends in a word that can head a subject ("Treasury", "we", "officials")."""
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    return bool(last) and not _FUNCTION_WORD.search(" " + last) and (
        last[0].isupper() or last.endswith(")") or last.lower() in ("we", "they")
        or _GOVERNMENT.search(last) is not None)


def _subject(before: str) -> tuple[str, str]:
    """The noun phrase that ends the text before a verb group, and its apposition if any."""
    text, apposition = before.rstrip(), ""
    if text.endswith(","):  # "Kang, the Senior Official for …, signed"
        text = text[:-1]
        cut = text.rfind(", ")
        text, apposition = (text[:cut], text[cut + 2:]) if cut >= 0 else ("", text)
    boundaries = list(_BOUNDARY.finditer(text))
    if boundaries and boundaries[-1].group().strip().lower() in _SUBORDINATORS:
        return "", apposition  # "when CAM was terminated": a condition or background
    clause = text[boundaries[-1].end():] if boundaries else text
    return _LEADING.sub("", clause.strip()).strip(), apposition


def _object_fits(base: str, text: str) -> bool:
    """Whether a weak verb's object (or passive subject) names a concrete measure."""
    special = _OBJECTS.get(base)
    return (special or _CONCRETE_RE).search(text) is not None


def _is_government(actor: str) -> bool:
    return bool(actor) and "$" not in actor and len(actor.split()) <= 16 \
        and _GOVERNMENT.search(actor) is not None and _NOT_GOVERNMENT.search(actor) is None


_BY_AGENT = re.compile(r"\s*(?:(?:on|in) [^;]{3,40}?,\s)?by (?:the )?"
                       r"([^,;]{3,80}?)(?=[,;.]| on | in | to | for |$)")


def _agent(after: str) -> str | None:
    """The government agent of a passive ("was indicted on May 2, by the Department …")."""
    match = _BY_AGENT.match(after)
    return match.group(1) if match and _is_government(match.group(1)) else None


def _predicate(sentence: str, match: re.Match[str], year: int) -> _Predicate | str:
    """The measure predicate at a verb match, or why the verb is not one."""
    if match.start() > 0 and match.group()[0].isupper():
        return "capitalised: part of a title or name"  # "China Appointed Ambassador"
    base, kind = _FORMS[match.group().lower()]
    before, after = sentence[: match.start()], sentence[match.end():]
    opinion = _OPINION.search(re.split(r"[;,]\s", before)[-1])
    if opinion is None and kind == "past":  # "calls on … to release the leaders arrested"
        opinion = _OPINION.search(before.rsplit(";", 1)[-1])
    if opinion:  # "we welcome that …", "urged the parties to …"
        return f"follows an opinion or a demand (“{opinion.group()}”)"
    chained = _chain(before)
    if isinstance(chained, str):
        return chained
    chain, rest = chained
    auxes = [w for w in chain if w in _AUX or w in ("to", "process")]
    last = auxes[0] if auxes else ""
    future = "to" in chain or any(w in ("will", "shall", "would") for w in chain)
    past = kind in ("past", "either")
    if ((kind == "ing" and last in (*_BE, "process")) or (past and last in ("has", "have", "had"))
            or (kind in ("base", "either") and future)):
        form = "active"
    elif past and last in (*_BE, "being"):
        form = "passive"
    elif kind in ("past", "either") and not auxes and _ends_with_noun(rest):
        form = "past"
    elif kind == "s" and not auxes and re.search(r"\b(?:today|hereby)\b", sentence, re.I):
        form = "active"
    else:
        return _NOT_FINITE
    if base in _FUTURE_ONLY and not future:
        return f"a past “{base}” describes a meeting, not a measure"
    if base == "hold" and re.match(r"[^.;]{0,60}\b(?:accountable|responsible)\b", after):
        return "“hold … accountable”: a general commitment"
    window = after.split(";", 1)[0][:130]
    dated = _DATED_AFTER.search(window)
    if dated and int(dated.group(1)) < year and not future:
        return f"history: dated {dated.group(1)}"  # "… designated the group in 2015"
    verb = match.group().lower()
    strength = (f"“{verb}”: a weak verb with a concrete object" if base in _WEAK
                else f"“{verb}”: a verb of a concrete measure")
    if form == "passive":
        subject = _subject(rest)[0]
        if not subject or (_ARMED.search(subject) and not _is_government(subject)):
            return "a passive clause of background or of armed forces"  # "which was launched"
        if base in _WEAK and not _object_fits(base, subject):
            return f"“{base}” needs a concrete measure as its subject"
        agent = _agent(after)
        if base in _PASSIVE_NEEDS_AGENT and agent is None:
            return "reported, not announced: no government agent"  # "journalists were arrested"
        found = (f"passive, by the government actor “{agent}”" if agent
                 else "passive, actor unstated")
        return _Predicate(agent or UNSTATED, verb, base, form, after, subject,
                          (strength, found))
    actor, apposition = _subject(rest)
    if not (_is_government(actor) or (actor and _is_government(apposition))):
        return f"subject “{actor}” is not a government actor" if actor else "no subject found"
    if form == "past" and actor in ("U.S.", "US"):
        return "“U.S.” as an adjective, not a subject"  # "U.S. funded programs"
    if base in _WEAK and not _object_fits(base, window):
        return f"“{base}” without a concrete object"
    if base == "commit" and after.lstrip().startswith("to") and "$" not in window:
        return "“committed to …” without a sum: a general commitment"
    if base == "take" and not re.search(r"\b(?:action|measures?|steps?)\b", window):
        return "“take” without action, measures or steps"
    tense = "future" if future else {"passive": "passive", "past": "past"}.get(form, "finite")
    return _Predicate(actor, verb, base, form, after, "",
                      (strength, f"{tense}, by the government actor “{actor}”"))


def _leading_actor(sentence: str) -> str:
    """The government subject of a sentence's first verb group, else UNSTATED."""
    verb = _FIRST_AUX.search(sentence)
    actor = _subject(sentence[: verb.start()])[0] if verb else ""
    return actor if _is_government(actor) else UNSTATED


def _shape(sentence: str) -> _Predicate | None:
    """Measures stated without a measure verb: effects, money as subject, policy changes."""
    for pattern, cue in _SHAPES:
        match = pattern.search(sentence) if cue in sentence else None
        if match:
            verb = next(v for v in match.groups() if v).lower()
            return _Predicate(_leading_actor(sentence), verb, verb, "shape",
                              sentence[match.end():], "",
                              (f"the shape of a measure stated without a measure verb "
                               f"(“{match.group().strip()[:60]}”)",))
    return None


def _is_history(sentence: str, year: int) -> bool:
    dated = _DATED.match(sentence)
    return _HISTORY.search(sentence) is not None or (dated is not None
                                                     and int(dated.group(1)) < year)


def _furniture(sentence: str, year: int) -> str:
    """Why a sentence cannot hold an action at all ("" when it may)."""
    if len(sentence.split()) < 5:
        return "too short to state a measure"
    if sentence.endswith("?"):
        return "a question"
    if _FURNITURE_START.match(sentence) or _FURNITURE.search(sentence):
        return "page furniture (a byline, a link, a menu)"
    if _is_history(sentence, year):
        return "background or history"
    return ""


def _classify(sentence: str, year: int) -> tuple[_Predicate | None, str, list[str]]:
    """The predicate of a sentence (or None), the sentence as judged, and any rejections."""
    if "Show submenu" in sentence:
        sentence = _MENU.sub("", sentence).strip()
    blocked = _furniture(sentence, year)
    if blocked:
        return None, sentence, [blocked]
    rejections: list[str] = []
    for match in _TOKEN.finditer(sentence):
        if match.group().lower() not in _FORMS:
            continue
        found = _predicate(sentence, match, year)
        if not isinstance(found, str):
            return found, sentence, rejections
        if found is not _NOT_FINITE:  # a noun or a participle: not worth explaining
            rejections.append(f"“{match.group()}”: {found}")
    return _shape(sentence), sentence, rejections


def _lead_in_actor(sentence: str) -> str | None:
    """The actor of a list's lead-in ("The United States and Corvania decided to:"), if any."""
    cue = _LEAD_IN.search(sentence) if sentence.endswith(":") else None
    if cue is None:
        return None
    actor = _subject(sentence[: cue.start()])[0]
    return actor if _is_government(actor) else UNSTATED


def _list_item(sentence: str, actor: str) -> _Predicate | None:
    """An item of a measures list: "Establish a working group …;", "$72 million for …"."""
    first = sentence.split(maxsplit=1)[0] if sentence else ""
    word = first.lower()
    base = word[:-1] if word.endswith("s") else word
    why = ("an item of a list of measures whose lead-in names the actor",)
    if first.startswith("$") and len(sentence.split()) >= 4:
        return _Predicate(actor, "fund", "fund", "item", sentence, "", why)
    if first[:1].isupper() and (_FORMS.get(word, ("", ""))[1] in ("base", "s")
                                or word in _DIRECTIVE or base in _DIRECTIVE):
        verb_base = _FORMS.get(word, (base, ""))[0]
        return _Predicate(actor, word, verb_base, "item", sentence[len(first):], "", why)
    return None


# How sure a form of evidence makes the finder; measured per band by bench/actions.py.
_CONFIDENCE = {"active": 0.9, "past": 0.85, "passive": 0.8, "item": 0.75, "shape": 0.7}


def _action(sentence: str, found: _Predicate, actor: str) -> Action:
    info = details(sentence, found.base, found.after, found.passive_subject)
    confidence = _CONFIDENCE.get(found.form, 0.7)
    if found.base in _WEAK:
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
                  round(min(max(confidence, 0.05), 0.99), 2), reasons=tuple(reasons))


def find_actions(text: str) -> list[Action]:
    """The announced actions of a cleaned text, in order."""
    return find_actions_in(split_sentences(text))


def find_actions_in(sentences: tuple[str, ...] | list[str]) -> list[Action]:
    """The actions among given sentences (a revision's added ones)."""
    return [a for a in explain_in(sentences) if isinstance(a, Action)]


def explain(text: str) -> list[Action | Rejected]:
    """Every sentence of a cleaned text that is an action, or that has a measure verb and is
    not one, with the reasons either way."""
    return explain_in(split_sentences(text))


def explain_in(sentences: tuple[str, ...] | list[str]) -> list[Action | Rejected]:
    """`explain` over given sentences."""
    years = [int(y) for s in sentences for y in _YEAR.findall(s)]
    year = max(years, default=0)
    out: list[Action | Rejected] = []
    last_actor: str | None = None
    lead_in: str | None = None
    for sentence in sentences:
        item = _list_item(sentence, lead_in) if lead_in is not None else None
        if item is not None:
            out.append(_action(sentence, item, item.actor))
            last_actor = item.actor
            continue
        lead_in = _lead_in_actor(sentence)
        found, judged, rejections = _classify(sentence, year)
        if found is None:
            if rejections:
                out.append(Rejected(judged, tuple(rejections)))
            continue
        actor = found.actor
        if actor == UNSTATED and last_actor is not None and _ANAPHORA.match(judged):
            actor = last_actor  # "These designations were made …": the actor before
        action = _action(judged, found, actor)
        last_actor = action.actor
        out.append(action)
    return out
