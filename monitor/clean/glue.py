"""Words a scrape glued together where a line break was lost, found by their case joints.

"StatementsPresidential", "HouseJuly 28, 2026", "lADYFirst Lady Visits": where the
markup ended one line and began the next, the scraped text shows a lowercase letter
followed by a capital (or a letter by a digit, or an uppercase run by a capitalised word
after a CSS text-transform). Camel-case names ("McDonald", "iPhone", a brand the text
repeats) are words, not glue.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["is_broken_case", "label_end", "repeated_camel_words", "spaced", "split_glued"]

# "trade.To build" / "U.S.This" / "”.Office": one sentence glued to the next.
_GLUED_SENTENCE = re.compile(
    r"(?<=[a-z0-9)”\"’]\.)(?=[A-Z][a-z])|(?<=[A-Z]\.[A-Z]\.)(?=[A-Z][a-z]{2,})|(?<=”)(?=\.?[A-Z])"
)
# "StatementsPresidential": a lowercase run meets a capitalised word (fixed-width
# lookarounds, so a long token costs one pass).
_GLUE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})")
# In a header line, looser: "SheetsU.S.-Japan", "HouseJuly", "House2026-07-28".
_HEADER_JOINT = re.compile(r"(?<=[a-z]{3})(?=[A-Z](?:[a-z]{2}|\.))|(?<=[a-z]{2})(?=\d)")
# Any lowercase→uppercase or letter→digit joint, for finding a date glued to a name.
_ANY_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)")
# "lADYFirst", "LADYFirst": an uppercase run (a transformed label) meets a capitalised word.
_UPPER_TO_TITLE = re.compile(r"(?<=[A-Z])(?=[A-Z][a-z]{2})")
_EDGE_PUNCT = ".,;:!?()[]{}“”\"'’‘"
# Names and brands written in camel case are words, not glue.
_CAMEL_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St|O)[A-Z]")
_TOKEN = re.compile(r"\S+")
_ADDRESS = re.compile(r"[@#/]|www\.|\.(?:com|gov|org|net|edu|mil|int|us)\b", re.IGNORECASE)
_CAMEL_WORDS = frozenset(
    "javascript typescript youtube powerpoint wordpress linkedin facebook github paypal "
    "iphone ipad macbook playstation smartphone whatsapp tiktok openai fedex sharepoint "
    "dropbox hubspot mailchimp coronavirus".split()
)


def _is_name(word: str, names: frozenset[str]) -> bool:
    bare = word.strip(_EDGE_PUNCT)
    return bool(_CAMEL_PREFIX.match(bare)) or bare.casefold() in _CAMEL_WORDS or bare in names


def _split_word(word: str, names: frozenset[str]) -> str:
    if not _GLUE.search(word) or _is_name(word, names):
        return word
    return _GLUE.sub(" ", word)


def split_glued(text: str, names: frozenset[str] = frozenset()) -> str:
    """Split words glued across a lost line break ("StatementsPresidential"), not "McDonald".

    Words in `names` (camel-case words the document repeats, like "SolarWinds") are kept.
    """

    def token(match: re.Match[str]) -> str:
        word = match.group(0)
        if _ADDRESS.search(word):  # e-mail, web address, @handle or #tag: leave as written
            return word
        parts = _GLUED_SENTENCE.sub(" ", word).split(" ")
        return " ".join(_split_word(part, names) for part in parts)

    return _TOKEN.sub(token, text)


def repeated_camel_words(text: str) -> frozenset[str]:
    """Camel-case words a text uses more than once: names, since a lost break glues once."""
    counts = Counter(bare for word in text.split()
                     if _GLUE.search(bare := word.strip(_EDGE_PUNCT)))
    return frozenset(word for word, n in counts.items() if n > 1)


def spaced(line: str) -> str:
    """The line with a space at every case or letter→digit joint, to read a glued date."""
    return _ANY_JOINT.sub(" ", line)


def is_broken_case(word: str) -> bool:
    """A word in the letter case a CSS text-transform leaves ("oFFICE", "fIRSt", "LADY")."""
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) < 2:
        return False
    upper = sum(ch.isupper() for ch in letters)
    return upper == len(letters) or (letters[0].islower() and upper >= 2)


def label_end(glued: str) -> int:
    """Where a section label glued to a headline ends, by case alone (0: no joint found).

    "Briefings & StatementsJoint Statement…" ends at the first lowercase→capital joint
    outside a camel-case name; "oFFICE OF THE fIRSt lADYFirst Lady…" at the end of the
    broken-case run, where its last uppercase letter meets a capitalised word.
    """
    run, end, mixed = 0, 0, False
    for match in _TOKEN.finditer(glued):
        word = match.group(0)
        turn = _UPPER_TO_TITLE.search(word)
        if turn and is_broken_case(word[:turn.start()]):
            return match.start() + turn.start()
        if not any(ch.isalpha() for ch in word):
            continue  # "&" inside a transformed label
        if not is_broken_case(word):
            break
        run, end = run + 1, match.end()
        mixed = mixed or not word.isupper()
    # "OFFICE OF THE FIRST LADY First Lady…": a run of transformed words, then a space
    # (one capitalised word alone is an acronym: "NATO Allies Meet").
    if end and end < len(glued) and (run >= 2 or mixed):
        return end
    for match in _TOKEN.finditer(glued):
        word = match.group(0)
        joint = _HEADER_JOINT.search(word)
        if joint and not _is_name(word, frozenset()) and not _ADDRESS.search(word):
            return match.start() + joint.start()
    return 0
