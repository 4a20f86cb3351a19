"""The action finder: sentences in which a government actor takes, is taking or will take a
concrete measure.

    finder   find_actions / explain over a text's sentences: the model decides
    rules    the rule pass: each sentence's measure predicate, or why there is none
    features what the model reads: the rules' verdict, words, context, headline, dates
             (address: forms of address, which are no words)
    model    the trained logistic regression (model.bin.gz, fixtures/actions/train.py)
    grammar  the measure predicate: verb group, subject, object (months: history by month)
    shapes   measures stated without a measure verb (money, enforcement, agreements, policy)
    lexicon  the word lists and patterns the grammar reads
    details  kind of measure, object, amount and date stated
"""

from __future__ import annotations

from .details import Details, details, kind_of
from .finder import Action, Rejected, explain, explain_in, find_actions, find_actions_in

__all__ = [
    "Action",
    "Details",
    "Rejected",
    "details",
    "explain",
    "explain_in",
    "find_actions",
    "find_actions_in",
    "kind_of",
]
