"""Text normalisation, sentence splitting and hashing shared by tracking and dedup."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

__all__ = ["normalize", "paragraph_numbers", "sentence_key", "sentences_and_paragraphs",
           "split_paragraphs", "split_sentences", "text_hash", "words"]

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """
    a.m adm al amb approx apr art asst aug capt ch cmdr co col corp d.c dec dept dr e.g
    e.u est etc feb fig ft gen gov hon i.e inc jan jr jul jun llc lt ltd maj mar mr mrs ms
    mt no nos nov oct p p.m para paras pp pres prof rep rev sec secs sen sep sept sgt sr
    st u.k u.n u.s u.s.a v vol vs
    """.split()
)
_QUOTE_MAP = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
        "\u00a0": " ", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    }
)
_BOUNDARY = re.compile(
    r"""([.!?]+["'\u201d\u2019)\]]*)(\s+)(?=["'\u201c\u2018(\[]?[A-Z0-9\u2022\u00c0-\u00de\u0100-\u017f])"""
)
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25cf]|\d{1,2}[.)])\s+")
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"[-/\u2013\u2014]")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")


def normalize(text: str) -> str:
    """Fold case, quotes, dashes and whitespace so cosmetic edits compare equal."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_MAP).lower()
    return _SPACES.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """Lower-cased word tokens of a text."""
    return _WORD.findall(normalize(text))


def text_hash(text: str) -> str:
    """A stable hash of the text's words: equal for texts that differ only cosmetically."""
    return hashlib.sha256(" ".join(words(text)).encode("utf-8")).hexdigest()


def sentence_key(sentence: str) -> str:
    """The form of a sentence used to match it across revisions."""
    return " ".join(words(sentence))


def _ends_with_abbreviation(chunk: str) -> bool:
    token = chunk.rsplit(None, 1)[-1] if chunk and not chunk.isspace() else ""
    token = _DASHES.split(token)[-1]  # "Japan-U.S." ends in "U.S."
    token = token.rstrip(".!?\"'\u201d\u2019)]").lstrip("(\"'\u201c\u2018[").lower()
    if not token:
        return False
    if token in _ABBREVIATIONS:
        return True
    # Initials ("J." in "J. R. Smith") and dotted acronyms ("U.S.").
    return (len(token) == 1 and token.isalpha()) or bool(_DOTTED.fullmatch(token))


def _split_paragraph(paragraph: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end(1)
        chunk = paragraph[start:end]
        if match.group(1).startswith(".") and _ends_with_abbreviation(chunk):
            continue
        parts.append(chunk.strip())
        start = match.end(2)
    tail = paragraph[start:].strip()
    if tail:
        parts.append(tail)
    return [p for p in parts if p]


def split_sentences(text: str) -> list[str]:
    """Split text into sentences; paragraphs and bullet lines are always boundaries."""
    return [sentence for paragraph in split_paragraphs(text) for sentence in paragraph]


def split_paragraphs(text: str) -> list[list[str]]:
    """The sentences of each paragraph of a text (`split_sentences`, not flattened): a
    paragraph ends at a blank line, and each bullet line is one of its own."""
    paragraphs: list[list[str]] = []
    for paragraph in re.split(r"\n\s*\n|\n(?=\s*(?:[-*\u2022\u25aa\u25cf]\s))", text):
        for line in paragraph.split("\n") if _BULLET.match(paragraph) else [paragraph]:
            # (each run of whitespace made one space, and none at the ends: str.split's
            # whitespace is re's \s, so this is `_SPACES.sub(" ", …).strip()`, without a
            # replacement made for each single space)
            line = " ".join(_BULLET.sub("", line).split())
            sentences = _split_paragraph(line) if line else []
            if sentences:
                paragraphs.append(sentences)
    return paragraphs


def paragraph_numbers(paragraphs: Sequence[Sequence[str]]) -> tuple[int, ...]:
    """The number of the paragraph each sentence of `split_paragraphs` stands in, in order."""
    return tuple(n for n, paragraph in enumerate(paragraphs) for _ in paragraph)


def sentences_and_paragraphs(text: str) -> tuple[list[str], tuple[int, ...]]:
    """`split_sentences` of a text, and `paragraph_numbers` beside them."""
    paragraphs = split_paragraphs(text)
    return [s for paragraph in paragraphs for s in paragraph], paragraph_numbers(paragraphs)
