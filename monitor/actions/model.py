"""The trained model: a logistic regression over the named features of `features`.

`model.bin.gz` (shipped in the package, rebuilt from the train splits of the labels by
`fixtures/actions/train.py`; packed by `pack`, gzipped: the line MAGIC; a line of JSON with
the intercept, the thresholds, what it was trained on and the layout (`features`,
`names_bytes`, `scale`); the features' names in UTF-8 joined by line breaks; then each
weight as a little-endian signed 32-bit count of 1/`scale`, which reads back as exactly the
float the training rounded it to, in about half the time of the same model as gzipped JSON,
its form until the thirty-sixth session: `bench/actions.py --load`) holds the intercept,
the weight of each feature and two decision thresholds: one for sentences in which the rules
found a measure (an action or a restatement of today's measure), one for sentences the model
alone would call actions;
train.py picks the pair that finds the most actions at a precision of 0.9 over both kinds
together (pairs within `train.TIE` of the most are ties, won by the lowest first
threshold), in cross-validation by source (or, with `train.REAL_FIRST`, in the real
releases alone); the first may be 0 (no veto), the second above 1 (the model alone never
decides) when no threshold adds actions precisely enough; a third caps the first for a
statement's first measure (FIRST) and for sentences judged without their statement.
Inference is a sum of weights (a long sentence's words damped, `word_scale`, and held to
WORDS_VETO_AT_MOST against a measure the rules found) and a logistic: no numpy or
scikit-learn at run time. The file is read once, on first use.
"""

from __future__ import annotations

import gzip
import json
import math
import sys
from array import array
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import compress, repeat
from typing import Any, NamedTuple

__all__ = ["FIRST", "MAGIC", "NEVER", "WORDS_AT_FULL_WEIGHT", "WORDS_VETO_AT_MOST", "Model",
           "Score", "WordSpan", "is_ruled", "is_word", "load_model", "pack", "threshold_of",
           "unpack", "word_scale"]

MODEL_FILE = "model.bin.gz"
# the first line of the packed model (`pack`): what it is and its layout's version
MAGIC = b"policywatch action model 1\n"


@dataclass(frozen=True)
class Score:
    """The model's verdict on one sentence: probability, decision and the weights behind it."""

    probability: float
    threshold: float
    features: tuple[str, ...]
    weights: Mapping[str, float] = field(repr=False, compare=False)
    # the factor of the words' weights: `word_scale`, or less when they are held to
    # WORDS_VETO_AT_MOST
    scale: float = field(default=1.0, compare=False)

    @property
    def contributions(self) -> list[tuple[str, float]]:
        """(feature, weight) of each feature present that has a weight, as it counted (a word's
        weight damped by `scale`)."""
        weights, scale = self.weights, self.scale
        if scale == 1.0:  # (no word damped: each weight as it is; a float times 1.0 is
            # itself, and `unpack` makes every weight a float)
            return [(f, weights[f]) for f in self.features if f in weights]
        return [(f, weights[f] * (scale if f.startswith(_WORDISH) else 1.0))  # (`is_word`)
                for f in self.features if f in weights]

    @property
    def is_action(self) -> bool:
        return self.probability >= self.threshold

    def deciding(self, n: int = 4) -> list[tuple[str, float]]:
        """The `n` features that pushed hardest towards the decision taken."""
        sign = 1.0 if self.is_action else -1.0
        return sorted([(f, w) for f, w in self.contributions if w * sign > 0],
                      key=lambda fw: -abs(fw[1]))[:n]


# The threshold no probability reaches (`Model.threshold_new` above 1: the model alone never
# calls a sentence an action)
NEVER = 1.01


# The feature of the first sentence of a statement in which the rules found a measure: its
# headline measure, most often, which the model vetoes only when it is sure (`threshold_first`)
FIRST = "g:first"


# A long sentence's words are damped: each word or word pair (`is_word`) counts
# sqrt(WORDS_AT_FULL_WEIGHT / n) of its weight when the sentence has n > this distinct words
# (its "w:" features: repeats count once, and numbers fold to "0"),
# so that the evidence of a long sentence's many words (a list of aims, a clause of background
# before the measure) does not drown what the rules found in it: the seed fact sheet's
# coalition, a measure after a long opening clause of background, scored 0.05 undamped and
# 0.33 damped. Thirteenth session, CV by document over the train documents (the thresholds'
# earlier tie rule): P 0.901 R 0.740 (real releases 0.893 / 0.761) against 0.902 / 0.744
# (0.877 / 0.755) undamped, and with every sentence's words scaled to unit length, 0.906 /
# 0.690 (0.907 / 0.749); with `train.TIE`, 0.900 / 0.734 (0.894 / 0.769)
WORDS_AT_FULL_WEIGHT = 20

# Against a measure the rules found (`is_ruled`), a sentence's words together may count at
# most this much (in log-odds): the rest of the veto must come from what is not a word (the
# rules' reasons, the quotation and history cues, dates, the neighbours, the headline). A
# sentence's score is the sum of some 50 to 100 word weights, each a little noisy, and a
# retraining on more statements moved clear measures by as much as three log-odds with no
# change to them: the seed fact sheet's coalition (0.26, then 0.14 against its cap of 0.2)
# and the seed article's quoted vote (0.31, then 0.09 against 0.35), the words of topics
# and of a closing clause of aims ("which will make it harder for …") outweighing the rules.
# Fifteenth session, CV by document over the train documents: P 0.905 R 0.739 (real
# releases 0.826 / 0.651) against 0.905 / 0.741 (0.831 / 0.656) unbounded; bounded on every
# sentence, not only those the rules found a measure in, 0.910 / 0.655 at 2 and 0.908 / 0.681
# at 3: the model alone finds what the rules missed by its words. The weights are fitted
# without the bound (fixtures/actions/train.py); the thresholds are chosen with it.
WORDS_VETO_AT_MOST = 2.0


_WORDISH = ("w:", "b:")


def is_word(feature: str) -> bool:
    """Whether a feature is one of the sentence's words or word pairs."""
    return feature.startswith(_WORDISH)


def word_scale(features: list[str] | tuple[str, ...]) -> float:
    """The factor of the words' weights in a sentence with these features."""
    return _scale(sum(map(str.startswith, features, repeat("w:"))))  # (no frame per feature)


def _scale(n: int) -> float:
    """`word_scale` of a sentence with `n` words."""
    return math.sqrt(WORDS_AT_FULL_WEIGHT / n) if n > WORDS_AT_FULL_WEIGHT else 1.0


class WordSpan(NamedTuple):
    """Where a sentence's words lie among its features, when the caller knows it (as
    `features.features_and_words` does): its words ("w:") are `features[start:pairs]`, its
    word pairs ("b:") `features[pairs:stop]`, and no other feature is one (`is_word`)."""

    start: int
    pairs: int
    stop: int


def threshold_of(features: list[str], threshold: float, threshold_new: float,
                 threshold_first: float = NEVER) -> float:
    """The threshold a sentence's probability must reach: `threshold` when the rules found a
    measure in it (at most `threshold_first` for the statement's first, FIRST), else
    `threshold_new` (the model alone calls it one)."""
    if is_ruled(features):
        return min(threshold, threshold_first) if FIRST in features else threshold
    return threshold_new


def is_ruled(features: list[str]) -> bool:
    """Whether the rules found a measure in the sentence: an action or a restatement of
    today's measure (the verdict is among the first features)."""
    return "r:action" in features[:2] or "r:restate" in features[:2]


@dataclass(frozen=True)
class Model:
    """Intercept, weights by feature name and threshold, as the model file holds them."""

    intercept: float
    weights: dict[str, float]
    threshold: float  # when the rules found a measure (`is_ruled`)
    threshold_new: float  # when they did not (above 1: never)
    trained_on: str = ""
    # the most the first measure of a statement (FIRST) must score, and any measure the rules
    # found in sentences judged without their statement (`sure_only`: a revision's lines)
    threshold_first: float = NEVER

    def score(self, features: list[str], *, sure_only: bool = False,
              words: WordSpan | None = None) -> Score:
        """The probability that a sentence with these features announces an action.
        `sure_only`: the model vetoes what the rules found only below `threshold_first`;
        `words`: where its words lie among the features, when the caller knows it."""
        z, scale = self._logit(features, words)
        return Score(_logistic(z), self._threshold(features, sure_only), tuple(features),
                     self.weights, scale)

    def _threshold(self, features: list[str], sure_only: bool) -> float:
        found = threshold_of(features, self.threshold, self.threshold_new,
                             self.threshold_first)
        return min(found, self.threshold_first) if sure_only and is_ruled(features) else found

    def probability(self, features: list[str]) -> float:
        """The probability alone (what `score` computes, without the reasons)."""
        return _logistic(self._logit(features)[0])

    def _logit(self, features: list[str], span: WordSpan | None = None) -> tuple[float, float]:
        """The log-odds of a sentence with these features, and the factor its words' weights
        counted by (`Score.scale`); `span`: where its words lie among them, when known."""
        weights = list(map(self.weights.get, features, repeat(0.0)))  # (each looked up once)
        z = self.intercept + sum(weights)
        scale = word_scale(features) if span is None else _scale(span.pairs - span.start)
        ruled = is_ruled(features)
        if scale == 1.0 and not ruled:
            return z, scale
        # (the same weights in the same order, so the same sum, either way)
        words = (sum(compress(weights, map(str.startswith, features, repeat(_WORDISH))))
                 if span is None else sum(weights[span.start:span.stop]))
        if ruled and scale * words < -WORDS_VETO_AT_MOST:
            scale = WORDS_VETO_AT_MOST / -words  # held: they count -WORDS_VETO_AT_MOST
        return z + (scale - 1.0) * words, scale

    def score_if_action(self, features: list[str], *, sure_only: bool = False,
                        words: WordSpan | None = None) -> Score | None:
        """`score` when the model calls the sentence an action, else None: the sum is taken
        once either way."""
        z, scale = self._logit(features, words)
        threshold = self._threshold(features, sure_only)
        probability = _logistic(z)
        if probability < threshold:
            return None
        return Score(probability, threshold, tuple(features), self.weights, scale)

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any]) -> Model:
        """The model of a spec as `train.py` builds it (`unpack` gives it back from the file;
        the weights floats, as both make them)."""
        return cls(float(spec["intercept"]), dict(spec["weights"]),
                   float(spec["threshold"]), float(spec["threshold_new"]),
                   str(spec.get("trained_on", "")),
                   float(spec.get("threshold_first", NEVER)))


def pack(spec: Mapping[str, Any], digits: int) -> bytes:
    """The model file's bytes for a spec whose weights are rounded to `digits` decimals
    (gzipped, with no date: the same bytes for the same spec on one zlib). Refuses a weight
    that would not read back as the same float or does not fit a 32-bit count, a feature
    name with a line break in it, and a spec key that is the layout's own."""
    if reserved := sorted(_LAYOUT & spec.keys()):
        raise ValueError(f"a spec key is the model file's layout's own: {reserved}")
    weights: Mapping[str, float] = spec["weights"]
    scale = 10 ** digits
    counts = array("i")
    if counts.itemsize != 4:  # (a C int; the file holds 32-bit counts)
        raise RuntimeError("this platform's C int is not 32 bits: the model cannot be packed")
    for name, w in weights.items():
        count = round(w * scale) if math.isfinite(w) else None
        if count is None or not -2 ** 31 <= count < 2 ** 31:
            raise ValueError(f"the weight of {name!r} ({w}) does not fit a 32-bit count of "
                             f"10^-{digits}")
        if count / scale != w:
            raise ValueError(f"the weight of {name!r} ({w}) is not rounded to {digits} decimals")
        if "\n" in name:
            raise ValueError(f"the feature name {name!r} holds a line break")
        counts.append(count)
    names = "\n".join(weights).encode("utf-8")
    header = {k: v for k, v in spec.items() if k != "weights"}
    header.update(features=len(counts), names_bytes=len(names), scale=scale)
    if sys.byteorder == "big":
        counts.byteswap()  # (little-endian in the file)
    body = b"".join([MAGIC, json.dumps(header, ensure_ascii=False).encode("utf-8"), b"\n",
                     names, counts.tobytes()])
    return gzip.compress(body, compresslevel=9, mtime=0)


# the header's keys that give the layout (`pack`), not the model
_LAYOUT = frozenset({"features", "names_bytes", "scale"})
_REMEDY = "reinstall policywatch or rebuild it with fixtures/actions/train.py"


def unpack(packed: bytes) -> dict[str, Any]:
    """The spec a model file holds (`pack`'s inverse): its header's keys and the weights.
    A damaged file, or one of another layout, raises ValueError saying what to do."""
    try:
        body = gzip.decompress(packed)
    except (OSError, EOFError) as error:
        raise ValueError(f"the model file is damaged ({error}): {_REMEDY}") from error
    if not body.startswith(MAGIC):
        raise ValueError(f"not a policywatch action model (or of another version): {_REMEDY}")
    try:
        end = body.index(b"\n", len(MAGIC))
        header: dict[str, Any] = json.loads(body[len(MAGIC):end])
        n, size, scale = (header.pop(key) for key in ("features", "names_bytes", "scale"))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"the model file's header is damaged ({error!r}): {_REMEDY}") from error
    if not all(type(v) is int for v in (n, size, scale)) or n < 0 or size < 0 or scale <= 0:
        raise ValueError(f"the model file's header is damaged (features {n!r}, names_bytes "
                         f"{size!r}, scale {scale!r}): {_REMEDY}")
    counts = array("i")
    expected = end + 1 + size + n * counts.itemsize
    if len(body) != expected:
        raise ValueError(f"the model file is truncated or damaged ({len(body)} bytes where its "
                         f"header promises {expected}): {_REMEDY}")
    counts.frombytes(body[end + 1 + size:])
    if sys.byteorder == "big":
        counts.byteswap()
    try:
        names = body[end + 1:end + 1 + size].decode("utf-8").split("\n") if n else []
    except UnicodeDecodeError as error:
        raise ValueError(f"the model file's names are damaged ({error}): {_REMEDY}") from error
    if len(names) != n:
        raise ValueError(f"the model file is damaged ({len(names)} names of {n}): {_REMEDY}")
    header["weights"] = dict(zip(names, [c / scale for c in counts], strict=True))
    return header


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


@cache
def load_model() -> Model:
    """The shipped model (read once per process)."""
    packed = resources.files(__package__ or "monitor.actions").joinpath(MODEL_FILE).read_bytes()
    return Model.from_spec(unpack(packed))
