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

from store.text import split_sentences

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

__all__ = ["Action", "find_actions", "find_actions_in"]


@dataclass(frozen=True)
class Action:
    """One announced measure: the sentence, who acts, and the verb of the measure."""

    text: str
    actor: str
    verb: str




@dataclass(frozen=True)
class _Predicate:
    actor: str
    verb: str


def _is_adverb(word: str) -> bool:
    return word.endswith("ly") and word.islower() and word not in _NOT_ADVERBS


def _chain(before: str) -> tuple[list[str], str] | None:
    """Auxiliaries and adverbs right before a verb, and the text before them; None if blocked."""
    words = before.split()
    chain: list[str] = []
    i = len(words) - 1
    while i >= 0:
        word = words[i].lower()
        if word.endswith(",") or word.startswith(("“", '"')):
            break
        if word.strip(",") in _NEGATION:
            return None
        if word in _ADVERBS or word in _AUX or _is_adverb(words[i]):
            chain.append(word)
        elif word == "to":
            j = i - 1
            while j >= 0 and (words[j].lower() in _ADVERBS or _is_adverb(words[j])):
                j -= 1
            if j < 0 or words[j].lower() not in _GOVERNORS:
                return None  # "urge … to impose", "work to build": not the actor's own measure
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


def _agent(after: str) -> str | None:
    match = re.match(r"\s*by (?:the )?([^,;]{3,80}?)(?=[,;.]| on | in | to | for |$)", after)
    return match.group(1) if match and _is_government(match.group(1)) else None


def _predicate(sentence: str, match: re.Match[str], year: int) -> _Predicate | None:
    if match.start() > 0 and match.group()[0].isupper():
        return None  # "China Appointed Ambassador": part of a title or name
    base, kind = _FORMS[match.group().lower()]
    before, after = sentence[: match.start()], sentence[match.end():]
    if _OPINION.search(re.split(r"[;,]\s", before)[-1]):
        return None  # "we welcome that …", "urged the parties to …"
    if kind == "past" and _OPINION.search(before.rsplit(";", 1)[-1]):
        return None  # "calls on … to release the leaders arrested last week"
    chained = _chain(before)
    if chained is None:
        return None
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
        return None
    if base in _FUTURE_ONLY and not future:
        return None
    if base == "hold" and re.match(r"[^.;]{0,60}\b(?:accountable|responsible)\b", after):
        return None
    window = after.split(";", 1)[0][:130]
    dated = _DATED_AFTER.search(window)
    if dated and int(dated.group(1)) < year and not future:
        return None  # "… designated the group in 2015": history
    if form == "passive":
        subject = _subject(rest)[0]
        if not subject or (_ARMED.search(subject) and not _is_government(subject)):
            return None  # "which was launched in 2019", "soldiers were deployed"
        if base in _WEAK and not _object_fits(base, subject):
            return None
        agent = _agent(after)
        if base in _PASSIVE_NEEDS_AGENT and agent is None:
            return None  # "journalists were arrested": reported, not announced
        return _Predicate(agent or UNSTATED, match.group().lower())
    actor, apposition = _subject(rest)
    if not (_is_government(actor) or (actor and _is_government(apposition))):
        return None
    if form == "past" and actor in ("U.S.", "US"):
        return None  # "U.S. funded programs": an adjective, not a subject
    if base in _WEAK and not _object_fits(base, window):
        return None
    if base == "commit" and after.lstrip().startswith("to") and "$" not in window:
        return None  # "committed to a framework": a general commitment
    if base == "take" and not re.search(r"\b(?:action|measures?|steps?)\b", window):
        return None
    return _Predicate(actor, match.group().lower())


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
            verb = next(v for v in match.groups() if v)
            return _Predicate(_leading_actor(sentence), verb.lower())
    return None


def _is_history(sentence: str, year: int) -> bool:
    dated = _DATED.match(sentence)
    return _HISTORY.search(sentence) is not None or (dated is not None
                                                     and int(dated.group(1)) < year)


def _classify(sentence: str, year: int) -> Action | None:
    if "Show submenu" in sentence:
        sentence = _MENU.sub("", sentence).strip()
    if (len(sentence.split()) < 5 or sentence.endswith("?") or _FURNITURE_START.match(sentence)
            or _FURNITURE.search(sentence) or _is_history(sentence, year)):
        return None
    for match in _TOKEN.finditer(sentence):
        if match.group().lower() not in _FORMS:
            continue
        found = _predicate(sentence, match, year)
        if found:
            return Action(sentence, found.actor, found.verb)
    shaped = _shape(sentence)
    return Action(sentence, shaped.actor, shaped.verb) if shaped else None


def _lead_in_actor(sentence: str) -> str | None:
    """The actor of a list's lead-in ("The United States and Corvania decided to:"), if any."""
    cue = _LEAD_IN.search(sentence) if sentence.endswith(":") else None
    if cue is None:
        return None
    actor = _subject(sentence[: cue.start()])[0]
    return actor if _is_government(actor) else UNSTATED


def _list_item(sentence: str, actor: str) -> Action | None:
    """An item of a measures list: "Establish a working group …;", "$72 million for …"."""
    first = sentence.split(maxsplit=1)[0] if sentence else ""
    word = first.lower()
    base = word[:-1] if word.endswith("s") else word
    if first.startswith("$") and len(sentence.split()) >= 4:
        return Action(sentence, actor, "fund")
    if first[:1].isupper() and (_FORMS.get(word, ("", ""))[1] in ("base", "s")
                                or word in _DIRECTIVE or base in _DIRECTIVE):
        return Action(sentence, actor, word)
    return None


def find_actions(text: str) -> list[Action]:
    """The announced actions of a cleaned text, in order."""
    return find_actions_in(split_sentences(text))


def find_actions_in(sentences: tuple[str, ...] | list[str]) -> list[Action]:
    """The actions among given sentences (a revision's added ones)."""
    years = [int(y) for s in sentences for y in _YEAR.findall(s)]
    year = max(years, default=0)
    found: list[Action] = []
    lead_in: str | None = None
    for sentence in sentences:
        item = _list_item(sentence, lead_in) if lead_in is not None else None
        if item is not None:
            found.append(item)
            continue
        lead_in = _lead_in_actor(sentence)
        action = _classify(sentence, year)
        if action is None:
            continue
        if action.actor == UNSTATED and found:  # "These designations were made …": same actor
            action = Action(action.text, found[-1].actor, action.verb)
        found.append(action)
    return found
