"""Forms of address, which are no words of a sentence for the model.

A presidential delegation's members and a nominee to an office are both "The Honorable …",
the one no action, the other one. As words they tied each to the other (twenty-eighth
session: once delegations were ruled no action, "honorable" weighed -1.9 and nominees went
unfound), so `words_and_pairs` leaves them out of the words and the word pairs the features
are made of (and so of the opening words), in their possessive and contracted forms too
("Excellency's", "Hon'ble"), and "H.E." (which the words cut into "h" and "e"); no pair is
made across one. The length and the words shared with the headline or the measure before
still count them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

ADDRESS = frozenset({"honorable", "honourable", "hon", "excellency", "excellencies",
                     "hon'ble", "hon’ble", "honorable's", "honorable’s", "honourable's",
                     "honourable’s", "excellency's", "excellency’s"})
_HIS_EXCELLENCY = re.compile(r"\bh\.e\.")  # "H.E.", lowered: the words "h", "e"


def words_and_pairs(words: list[str],
                    lower: str) -> tuple[list[str], Iterable[tuple[str, str]]]:
    """The words of a sentence (`lower`, lowercased) with its forms of address left out, and
    its adjacent word pairs, none across a form of address."""
    if "h.e" in lower and _HIS_EXCELLENCY.search(lower):
        words = _without_his_excellency(words)
    if ADDRESS.isdisjoint(words):  # (most sentences)
        return words, pairwise(words)
    pairs = [(a, b) for a, b in pairwise(words) if a not in ADDRESS and b not in ADDRESS]
    return [w for w in words if w not in ADDRESS], pairs


def _without_his_excellency(words: list[str]) -> list[str]:
    """The words with each "h", "e" in a row (the letters of "H.E.") made one form of
    address."""
    out: list[str] = []
    for w in words:
        if w == "e" and out and out[-1] == "h":
            out[-1] = "excellency"
        else:
            out.append(w)
    return out
