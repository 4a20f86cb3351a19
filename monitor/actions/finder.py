"""Actions v3: sentences in which a government actor takes, is taking or will take a measure.

Two passes. The rule pass (`rules`) reads each sentence with the grammar and lexicon: a
finite measure verb with a government subject, sentence shapes without such a verb
(restatements of today's measure among them), the items of a measures list, or the reasons
there is none (negation, an opinion frame, history, page furniture). The model (`model`)
then decides: a logistic regression trained on the hand labels of `fixtures/actions/` over
the rules' verdict as features, the sentence's words, its neighbours' verdicts and place,
its paragraph (whether it goes on in the paragraph of the measure before it), the
headline's measure and the dates it states against the statement's own date
(`features`). It has two thresholds, chosen together in cross-validation by source
(writers the model never read) as the pair that finds most at a precision of 0.9 over the
finder's output as a whole: one confirms or vetoes what the rules found (the statement's
first measure, and those in a revision's lines, judged without their statement, only where
the model is sure: below 0.2), the other lets the model add a sentence the rules did not
find (stays above 1, never, unless those finds are right three times in four over at least
ten sentences). `--explain` prints the model's score and the features that decided.
Measured by bench/actions.py (cross-validated, per source and kind).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from store.text import sentences_and_paragraphs

from ..clean import remove_submenus
from .details import details
from .features import Context, blocked, features_and_words
from .lexicon import DIGIT, FORMS, TOKEN, UNSTATED, YEAR
from .model import Score, load_model
from .rules import Action, Rejected, verdicts

__all__ = ["Action", "Rejected", "explain", "explain_in", "find_actions", "find_actions_in"]

_FEATURE_NAMES = {"r": "rules", "w": "word", "b": "words", "f": "opens with",
                  "f2": "opens with", "p": "sentence before", "n": "sentence after",
                  "pos": "position", "d": "document", "tk": "headline names", "y": "year",
                  "dt": "date", "x": "headline & cue",
                  "c": "cue", "len": "length", "h": "words shared with the headline",
                  "a": "sentences since the rules' last measure", "pg": "paragraph",
                  "m": "words shared with that measure's sentence", "l": "list item"}
_ANAPHORA = re.compile(r"(?:This|These|Those|Such|Today['’]s|The (?:same|new|additional))\b")


def _describe(score: Score) -> str:
    parts = [f"{_FEATURE_NAMES.get(f.split(':', 1)[0], f.split(':', 1)[0])} "
             f"“{f.split(':', 1)[1]}” ({w:+.2f})" for f, w in score.deciding()]
    verdict = "≥" if score.is_action else "<"
    return (f"model score {score.probability:.2f} {verdict} threshold {score.threshold:.2f}; "
            f"decided by: " + ", ".join(parts))


def _model_action(sentence: str, actor: str | None, score: Score) -> Action:
    """An action the rules did not find: the first measure verb and what follows it."""
    verb, base, after = "", "", sentence
    for match in TOKEN.finditer(sentence):
        form = FORMS.get(match.group().lower())
        if form is not None:
            verb, base, after = match.group(), form[0], sentence[match.end():]
            break
    if "Show submenu" in sentence:  # a menu's text run into the sentence, as the rules cut it
        sentence = remove_submenus(sentence).strip()
    info = details(sentence, base, after)
    who = actor if actor is not None and _ANAPHORA.match(sentence) else UNSTATED
    reasons = ("found by the model; the rules found no measure predicate",
               f"kind: {info.kind}" + (f"; object “{info.object}”" if info.object else ""))
    # (a confidence stays below 1, as the rules' do: a score of 0.996 is not certainty)
    return Action(sentence, who, verb, info.kind, info.object, info.amount, info.date,
                  min(round(score.probability, 2), 0.99), reasons=reasons, form="model")


def _year(sentences: tuple[str, ...] | list[str], published: datetime | date | None) -> int:
    if published is not None:
        return published.year
    # (YEAR sought only in a sentence with a digit: most have none, and it is slow to rule out)
    return max((int(y) for s in sentences if DIGIT.search(s) for y in YEAR.findall(s)),
               default=0)


def find_actions(text: str, *, published: datetime | date | None = None,
                 title: str = "") -> list[Action]:
    """The announced actions of a cleaned text, in order.

    `published` (the statement's date) tells history from today's news; `title` (its
    headline) names today's measure, which later sentences may restate.
    """
    sentences, paragraphs = sentences_and_paragraphs(text)
    return [a for a in _judge(sentences, published, title, rejections=False,
                              paragraphs=paragraphs) if isinstance(a, Action)]


def find_actions_in(sentences: tuple[str, ...] | list[str], *,
                    published: datetime | date | None = None,
                    title: str = "", whole: bool = True) -> list[Action]:
    """The actions among given sentences: a whole statement's, or (`whole=False`) those a
    revision added, whose first is not the statement's lede."""
    return [a for a in _judge(sentences, published, title, rejections=False, whole=whole)
            if isinstance(a, Action)]


def explain(text: str, *, published: datetime | date | None = None,
            title: str = "") -> list[Action | Rejected]:
    """Every sentence of a cleaned text that is an action, or that has a measure verb and is
    not one, with the reasons either way (the model's score and deciding features)."""
    sentences, paragraphs = sentences_and_paragraphs(text)
    return _judge(sentences, published, title, rejections=True, paragraphs=paragraphs)


def explain_in(sentences: tuple[str, ...] | list[str], *,
               published: datetime | date | None = None,
               title: str = "") -> list[Action | Rejected]:
    """`explain` over given sentences."""
    return _judge(sentences, published, title, rejections=True)


def _judge(sentences: tuple[str, ...] | list[str], published: datetime | date | None,
           title: str, *, rejections: bool, whole: bool = True,
           paragraphs: tuple[int, ...] | None = None) -> list[Action | Rejected]:
    """The actions, and (`rejections`) the sentences with a measure verb that are not;
    `paragraphs` numbers each sentence's paragraph when the text is known."""
    model = load_model()
    year = _year(sentences, published)
    day = published.date() if isinstance(published, datetime) else published
    judged = verdicts(sentences, year, whole=whole, day=day)
    context = Context(judged, published, title, year, whole, paragraphs)
    out: list[Action | Rejected] = []
    last_actor: str | None = None
    alone = model.threshold_new <= 1.0  # whether the model alone may call a sentence an action
    for i, verdict in enumerate(judged):
        if not (rejections or isinstance(verdict, Action) or alone):
            continue  # nothing the rules found, nothing the model alone may find: skip
        if blocked(context.judged[i]):  # (the rules' verdict, first of its features)
            if rejections and isinstance(verdict, Rejected):
                out.append(verdict)
            continue
        features, words = features_and_words(sentences, i, context)
        # (a revision's lines are judged without their statement: the model vetoes what the
        # rules found in them only when it is sure)
        if verdict is None or not rejections:
            sure = model.score_if_action(features, sure_only=not whole, words=words)
            if sure is None:
                continue  # not an action, and no reasons wanted
            score = sure
        else:
            score = model.score(features, sure_only=not whole, words=words)
        why = _describe(score)
        if score.is_action:
            if isinstance(verdict, Action):
                # the rules' evidence beside the model's score: the score alone is near 1 for
                # every clear measure and would not tell a weak verb from a strong one
                found = Action(verdict.text, verdict.actor, verdict.verb, verdict.kind,
                               verdict.object, verdict.amount, verdict.stated_date,
                               round((verdict.confidence + score.probability) / 2, 2),
                               reasons=(*verdict.reasons, why), form=verdict.form)
            else:
                found = _model_action(sentences[i], last_actor, score)
                found = Action(found.text, found.actor, found.verb, found.kind, found.object,
                               found.amount, found.stated_date, found.confidence,
                               reasons=(*found.reasons, why), form=found.form)
            last_actor = found.actor if found.actor != UNSTATED else last_actor
            out.append(found)
        elif isinstance(verdict, Action):
            out.append(Rejected(verdict.text, (
                f"the rules found “{verdict.verb}” by {verdict.actor}, but the model "
                "does not call it an action", why)))
        elif isinstance(verdict, Rejected):
            out.append(Rejected(verdict.text, (*verdict.reasons, why)))
    return out
