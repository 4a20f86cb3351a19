"""Actions v1: sentences in which a government actor announces, takes or commits to a measure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.text import split_sentences

__all__ = ["Action", "find_actions", "find_actions_in"]


@dataclass(frozen=True)
class Action:
    """One announced measure: the sentence, who acts, and the verb of the measure."""

    text: str
    actor: str
    verb: str


# Verbs of concrete measures, as stems; inflections are matched by _VERB_FORMS.
_MEASURES = (
    "announc", "impos", "sanction", "designat", "schedul", "control", "fund", "provid",
    "commit", "allocat", "award", "launch", "establish", "sign", "adopt", "issu", "publish",
    "vot", "approv", "pass", "indict", "charg", "arrest", "extradit", "deploy", "open",
    "clos", "suspend", "restrict", "ban", "prohibit", "freez", "block", "offer", "build",
    "advocat", "creat", "expand", "implement", "enact", "finaliz", "propos", "expel",
    "revok", "deni", "deny", "add", "list", "plac", "put", "seiz", "invest", "deliver",
    "donat", "pledg", "dedicat", "introduc", "appoint", "nominat", "requir", "tighten",
    "lift", "renew", "extend", "terminat", "withdraw", "rejoin", "join", "host", "convene",
    "form", "unveil", "releas", "increas", "redesignat", "accelerat", "disburs", "grant",
    "levy", "levi", "prosecut", "convict", "sentenc", "dismantl", "disrupt", "crack",
)
_VERB = re.compile(
    r"\b(?P<verb>(?:" + "|".join(_MEASURES) + r")(?:e|es|ed|ing|s|d|ied|ies|y)?)\b",
    re.IGNORECASE,
)
_NOT_MEASURE = re.compile(
    r"\b(condemn|welcom|congratulat|thank|commend|applaud|urg|call(?:s|ed)? on|reaffirm|"
    r"express|stand(?:s)? with|look(?:s)? forward|send|wish|celebrat|mourn|honou?r|"
    r"deplor|regret|praise|recogniz|remember)\w*",
    re.IGNORECASE,
)
_VAGUE = re.compile(r"\b(continue to|remain(?:s)? committed|will always|stand ready)\b", re.I)
_ACTORS = re.compile(
    r"\b(?P<actor>(?:the )?United States(?: Government)?|(?:the )?U\.S\.(?: Government)?|"
    r"(?:the |this )?(?:Biden-Harris |Trump |)Administration|(?:the )?White House|"
    r"(?:the )?(?:State |Treasury |Justice |Commerce |Defense |Homeland Security )?"
    r"Department(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)*)?|(?:the )?Treasury|OFAC|DEA|FBI|USAID|"
    r"(?:the )?(?:Secretary|President|Vice President|Ambassador|Attorney General|Administrator)"
    r"(?: [A-Z][a-z]+)*|(?:the )?Government of [A-Z][a-z]+(?: [A-Z][a-z]+)*|"
    r"(?:the )?(?:United Nations|UN|European Union|EU|G7|NATO|Commission(?: on [A-Z][a-z]+"
    r"(?: [A-Z][a-z]+)*)?|Council|Congress|Senate|coalition)|[Ww]e|[Oo]ur (?:nation|government))"
    r"(?!\w)"
)
# The verb must follow an auxiliary or a time adverb closely ("will also vote", "today
# designated", "is building"), or be a past tense right after the actor.
_LEAD_IN = re.compile(
    r"\b(will|shall|is|are|has|have|had|was|were|today|also|now|formally|plans? to|"
    r"intends? to|announc\w* (?:that )?(?:it|they|we) will|to|and)\s+(?:\w+ly\s+|also\s+|"
    r"further\s+|jointly\s+|be\s+)?$", re.IGNORECASE,
)
_MENU = re.compile(r"Show submenu|^WATCH:|^Get Involved|^Skip to|Back to Top", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|has been|have been|will be)\s+(\w+ed|\w+en)\b",
                      re.IGNORECASE)


def _looks_like_sentence(sentence: str) -> bool:
    words = sentence.split()
    return len(words) >= 6 and not _MENU.search(sentence) and not sentence.endswith("?")


def _actor_before(sentence: str, position: int) -> str | None:
    actors = [m for m in _ACTORS.finditer(sentence) if m.start() < position]
    return actors[-1].group("actor") if actors else None


def _classify(sentence: str) -> Action | None:
    if not _looks_like_sentence(sentence) or _VAGUE.search(sentence):
        return None
    for match in _VERB.finditer(sentence):
        before = sentence[: match.start()]
        opinion = _NOT_MEASURE.search(before[-40:] + match.group("verb"))
        if opinion:
            continue
        actor = _actor_before(sentence, match.start())
        window = sentence[max(0, match.start() - 60) : match.start()]
        verb = match.group("verb")
        led_in = _LEAD_IN.search(window) is not None
        past_after_actor = (actor is not None and verb.lower().endswith("ed")
                            and window.rstrip().endswith(actor))
        passive = _PASSIVE.search(sentence[max(0, match.start() - 20) : match.end() + 5])
        if actor and (led_in or past_after_actor):
            return Action(sentence, actor, verb.lower())
        if passive and actor is None:
            return Action(sentence, "(passive)", match.group("verb").lower())
    return None


def find_actions(text: str) -> list[Action]:
    """The announced actions of a cleaned text, in order."""
    return find_actions_in(split_sentences(text))


def find_actions_in(sentences: tuple[str, ...] | list[str]) -> list[Action]:
    """The actions among given sentences (a revision's added ones)."""
    return [a for a in map(_classify, sentences) if a is not None]
