"""The model that decides: the statement's date and headline, its reasons, its file."""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from monitor.actions import Action, Rejected, explain, find_actions
from monitor.actions.features import (
    Context,
    blocked,
    headline_kinds,
    sentence_features,
)
from monitor.actions.model import (
    FIRST,
    MAGIC,
    MODEL_FILE,
    NEVER,
    Model,
    load_model,
    pack,
    unpack,
)
from monitor.actions.rules import verdicts
from store.text import paragraph_numbers, split_paragraphs

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "monitor" / "actions" / MODEL_FILE

# Our own writing, on the pattern of a designation release: today's measure, then its legal
# effect on those it names, which restates the measure only in a release that announces it.
DESIGNATION = (
    "The Department of State is designating two officials of the Corvanian security service "
    "for their role in gross violations of human rights.\n\n"
    "Their property and interests in property subject to U.S. jurisdiction are blocked.\n\n"
    "U.S. persons are generally prohibited from engaging in transactions with them.")
HISTORY = ("In 2019, the Department of State designated the Halden Network as a Foreign "
           "Terrorist Organization.")


def texts(text: str, **context: object) -> list[str]:
    return [a.text for a in find_actions(text, **context)]  # type: ignore[arg-type]


def features_of(sentences: list[str], title: str, day: datetime) -> list[set[str]]:
    """Each sentence's features, in a statement of that headline and day."""
    context = Context(verdicts(sentences, day.year), day, title, 0)
    return [set(sentence_features(sentences, i, context)) for i in range(len(sentences))]


def test_a_year_before_the_statements_own_is_history() -> None:
    assert texts(HISTORY, published=datetime(2019, 6, 1)) == [HISTORY]
    assert texts(HISTORY, published=datetime(2023, 6, 1)) == []


# Our own writing: what a designation does to anyone, in remarks that announce none.
GENERAL_EFFECT = (
    "Sanctions are one tool among many in our work with partners in the region.\n\n"
    "Their property and interests in property subject to U.S. jurisdiction are blocked.")


def test_the_headline_measure_makes_a_legal_effect_a_restatement() -> None:
    effect = "U.S. persons are generally prohibited from engaging in transactions with them."
    day = datetime(2022, 3, 1)
    assert effect in texts(DESIGNATION, published=day,
                           title="Sanctioning Corvanian Security Officials")
    blocked = GENERAL_EFFECT.rsplit("\n\n", 1)[1]
    assert blocked in texts(GENERAL_EFFECT, published=day,
                            title="Treasury Designates Two Corvanian Officials")
    assert texts(GENERAL_EFFECT, published=day, title="Remarks at the Corvania Conference") == []


def test_a_measure_found_earlier_anchors_a_restatement_as_a_headline_does() -> None:
    effect = "U.S. persons are generally prohibited from engaging in transactions with them."
    assert effect in texts(DESIGNATION, published=datetime(2022, 3, 1),
                           title="Remarks at the Corvania Conference")


def test_headline_kinds_name_the_measure() -> None:
    assert "sanctions" in headline_kinds("Treasury Designates Two Officials")
    assert "aid" in headline_kinds("New Humanitarian Assistance for Corvania")
    assert headline_kinds("Corvania National Day")[0] == "day"


def test_explain_gives_the_score_and_the_features_that_decided() -> None:
    judged = explain(DESIGNATION, published=datetime(2022, 3, 1),
                     title="Sanctioning Corvanian Security Officials")
    first = judged[0]
    assert isinstance(first, Action) and first.verb == "designating"
    # the score against its threshold, and the features that weighed most: the rules'
    # verdict among them (which of its features comes first moves with each retraining)
    assert any(r.startswith("model score ") and " ≥ threshold " in r
               and "decided by: " in r and "rules “" in r.split("decided by: ")[1]
               for r in first.reasons), first.reasons
    rejected = explain("We urge all parties to impose sanctions on the network.")
    assert isinstance(rejected[0], Rejected)
    assert any("follows an opinion" in r for r in rejected[0].reasons)
    assert any(r.startswith("model score ") and " < threshold " in r
               for r in rejected[0].reasons)


def test_said_marks_a_quotation_in_a_release_and_not_in_a_transcript() -> None:
    said = "As the Secretary said, we will provide $10 million to the relief effort."
    release = ["The Department announces new assistance for flood relief.", said]
    transcript = ["MR PRICE: Good afternoon.", "QUESTION: Will you send aid to the region?",
                  "MR PRICE: Yes.", said]
    quoted = {"c:quoted", "c:ruled&quoted"}
    in_release = sentence_features(release, 1, Context(verdicts(release, 2021), None, "", 2021))
    spoken = sentence_features(transcript, 3, Context(verdicts(transcript, 2021), None, "",
                                                      2021))
    assert "c:quoted" in in_release
    # spoken word: every sentence is a speaker's, and "said" recalls what was said
    assert not quoted & set(spoken)
    assert "r:action" in spoken[:2] and "r:action" in in_release[:2]


def test_an_answer_inherits_the_time_its_reporter_s_question_asks_about() -> None:
    transcript = ["MR PRICE: Good afternoon.",
                  "MR PRICE: We will send $5 million in aid to the region.",
                  "QUESTION: Last week you announced sanctions on the ministers.",
                  "QUESTION: Are they working?",
                  "MR PRICE: We have imposed visa restrictions on 20 officials.",
                  "It is a serious matter.",
                  "QUESTION: What are you announcing today?",
                  "MR PRICE: Today we imposed sanctions on two generals.",
                  "QUESTION: And the talks?",
                  "MR PRICE: They go on."]
    context = Context(verdicts(transcript, 2021), None, "", 2021)
    features = [set(sentence_features(transcript, i, context)) for i in range(len(transcript))]
    asked = [{f for f in f_i if f.startswith("qa:")} for f_i in features]
    # the opening remarks and the questions themselves have none
    assert asked[0] == asked[1] == asked[2] == asked[3] == asked[6] == set()
    # an answer reads the time of the question's last sentence, until the next question
    assert asked[4] == {"qa:none", "qa:none&ruled"}
    assert asked[5] == {"qa:none"}
    assert asked[7] == {"qa:today", "qa:today&ruled"}
    assert asked[9] == {"qa:none"}
    recalled = ["QUESTION: Yesterday you announced new sanctions.", "MR PRICE: We did."]
    both = sentence_features(recalled, 1, Context(verdicts(recalled, 2021), None, "", 2021))
    assert {"qa:today", "qa:past"} <= set(both)
    # a release has no reporter's question
    release = transcript[1:2]
    assert not any(f.startswith("qa:") for f in sentence_features(
        release, 0, Context(verdicts(release, 2021), None, "", 2021)))


def test_features_read_the_sentence_its_neighbours_and_dates() -> None:
    sentences = ["The Department today imposed visa restrictions on three officials.",
                 "On March 2, 2015, the officials were named in a report."]
    context = Context(verdicts(sentences, 2021), datetime(2021, 7, 1), "Visa Restrictions", 0)
    first = sentence_features(sentences, 0, context)
    second = sentence_features(sentences, 1, context)
    assert {"r:action", "w:imposed", "b:visa_restrictions", "pos:<=0", "tk:sanctions"} <= set(
        first)
    assert {"p:r:action", "y:earlier2", "dt:older", "x:sanctions&history"} <= set(second)
    assert "pos:last" in second and "pos:last" not in first
    # a sentence alone, or a revision's added lines, are no statement's last sentences,
    # where contacts and furniture sit
    alone = sentences[:1]
    assert "pos:last" not in sentence_features(alone, 0, Context(verdicts(alone, 2021), None,
                                                                 "", 2021))
    added = Context(verdicts(sentences, 2021, whole=False), None, "", 2021, whole=False)
    assert "pos:last" not in sentence_features(sentences, 1, added)


def test_features_tie_a_sentence_to_the_headline_measure_and_its_list() -> None:
    # Our own writing: a delivery, a list a colon opens, then its items and what a kit holds.
    sentences = ["The agency today delivered 4,000 winter kits to families in Ostrava.",
                 "The delivery includes the following:",
                 "Blankets for 2,000 households",
                 "Stoves and fuel for 600 shelters",
                 "Each kit contains a jacket, boots and gloves.",
                 "Snow comes early in the region."]
    features = features_of(sentences, "Agency Delivers Winter Kits to Ostrava Families",
                           datetime(2024, 1, 10))
    assert {"h:3", "a:none"} <= features[0]  # agency, deliver, winter, kit, Ostrava, family
    assert "a:1" in features[1] and "l:open" not in features[1]
    assert {"p:colon", "l:open"} <= features[2] and "l:near" not in features[2]
    assert {"l:near", "l:open", "a:3"} <= features[3]
    assert {"h:1", "l:near", "a:far"} <= features[4]  # the measure four back: "far"
    assert "h:0" in features[5] and "l:far" in features[5]
    # the words shared with the measure's own sentence: "kit" (its make-up), then none
    assert not [f for f in features[0] if f.startswith("m:")]  # no measure before it
    assert "m:1" in features[4] and "m:0" in features[5]
    untitled = Context(verdicts(sentences, 2024), None, "", 0)
    assert "h:none" in sentence_features(sentences, 0, untitled)
    # with no headline, still tied to the measure before it
    assert "m:1" in sentence_features(sentences, 4, untitled)


def test_a_sentence_is_tied_to_the_measure_before_it_by_their_shared_words_within_eight(
) -> None:
    # Our own writing: a donation, then its make-up (sharing ambulances, donated, Volta,
    # clinics and region with it, none of them with the headline), then sentences further on
    sentences = ["The Ministry today donated 300 ambulances to clinics in the Volta region.",
                 "The ambulances, donated with spare tyres, will serve Volta clinics and the "
                 "region's rural posts.",
                 "Each ambulance carries oxygen and stretchers.",
                 "Roads there are narrow.", "Rain falls often.", "Many villages lie far apart.",
                 "Farming is the main trade.", "Schools close in August.",
                 "Each ambulance has a driver.", "Each ambulance has a radio."]
    features = features_of(sentences, "Ministry Hands Over Vehicles to Health Workers",
                           datetime(2024, 3, 1))
    assert "r:action" in features[0] and not any(
        "r:action" in f or "r:restate" in f for f in features[1:])
    assert {"h:0", "a:1", "m:3"} <= features[1]  # five shared words, counted up to three
    assert {"a:2", "m:1"} <= features[2] and {"a:3", "m:0"} <= features[3]
    assert {"a:far", "m:1"} <= features[8]  # eight back: still tied
    assert not [f for f in features[9] if f.startswith("m:")]  # nine back: too far


def test_a_sentence_is_placed_in_its_paragraph_beside_the_measure_before_it() -> None:
    # Our own writing: a donation and its make-up in one paragraph, when it arrives in a
    # paragraph of its own, then a paragraph of background
    text = ("The Ministry today donated 300 ambulances to clinics in the Volta region. Each "
            "ambulance carries oxygen and stretchers.\n\n"
            "The ambulances reach the clinics in May.\n\n"
            "Roads there are narrow. Rain falls often.")
    cut = split_paragraphs(text)
    sentences = [s for paragraph in cut for s in paragraph]
    judged = verdicts(sentences, 2024)
    context = Context(judged, datetime(2024, 3, 1), "Ministry Donates Ambulances", 0,
                      paragraphs=paragraph_numbers(cut))
    features = [{f for f in sentence_features(sentences, i, context) if f.startswith("pg:")}
                for i in range(len(sentences))]
    assert isinstance(judged[0], Action) and not any(isinstance(v, Action) for v in judged[1:])
    # (within a paragraph after its first sentence: no feature, as when no paragraph is known)
    assert features == [{"pg:opens"}, {"pg:same"}, {"pg:single"}, {"pg:opens"}, set()]
    # sentences given without their text (a revision's added lines): judged as if within one
    bare = Context(judged, datetime(2024, 3, 1), "Ministry Donates Ambulances", 0)
    assert not [f for i in range(len(sentences)) for f in sentence_features(sentences, i, bare)
                if f.startswith("pg:")]
    # the finder reads the paragraphs of the text it is given, and the model weighs them
    assert any(f.startswith("pg:") for f in load_model().weights)
    found = find_actions(text, published=datetime(2024, 3, 1),
                         title="Ministry Donates Ambulances")
    assert found and found[0].text == sentences[0]


def test_the_finder_may_judge_a_blocked_sentence_by_the_rules_verdict_alone() -> None:
    # Our own writing: furniture, a question, a word, and a restatement under a headline
    # that announces no measure; the finder skips them before computing their features
    # (`finder._judge`), so the verdict's features must block exactly as the whole list does
    sentences = ["Skip to main content", "Will the Ministry donate more ambulances?", "Thanks.",
                 "Their property and interests in property are blocked.",
                 "The Ministry today donated 300 ambulances to clinics in the Volta region."]
    for title, restatement in (("Remembering the Flood", True),
                               ("Ministry Sanctions Two Officials", False)):
        context = Context(verdicts(sentences, 2024), datetime(2024, 3, 1), title, 0)
        for i in range(len(sentences)):
            whole = sentence_features(sentences, i, context)
            assert blocked(context.judged[i]) == blocked(whole), (title, i)
        assert [blocked(j) for j in context.judged] == [True, True, True, restatement, False]


def test_a_statement_without_a_headline_is_not_read_as_one_whose_headline_names_no_measure(
) -> None:
    # Our own writing: a quoted promise, under a headline that names no kind of measure, and
    # with no headline at all (a plain-text page, lines judged apart from their statement)
    sentences = ["“We will deliver 400 winter kits to Ostrava,” the Minister said."]
    judged = verdicts(sentences, 2024)
    named_none = set(sentence_features(sentences, 0, Context(judged, None, "Winter", 0)))
    untitled = set(sentence_features(sentences, 0, Context(judged, None, "", 0)))
    assert {"tk:none", "x:none&quoted"} <= named_none
    assert {"tk:untitled", "x:untitled&quoted"} <= untitled
    assert not untitled & {"tk:none", "x:none&quoted"}
    # every training statement has a headline: being untitled weighs nothing either way
    assert not [f for f in load_model().weights if "untitled" in f]


def test_quotations_and_attributions_are_cued_but_a_list_addition_is_not() -> None:
    # Our own writing: a measure in a quotation, one in an attribution, one "added" to a list.
    sentences = ["“We will deliver 400 winter kits to Ostrava,” the Minister said.",
                 "The Department of Commerce today added two firms to the Entity List.",
                 "The kits arrive this week, she added.",
                 "The untold cost of winter was foretold."]
    features = features_of(sentences, "Winter Kits", datetime(2024, 1, 10))
    assert {"c:quoted", "c:ruled&quoted"} <= features[0]
    assert "r:action" in features[1] and "c:quoted" not in features[1]
    assert "c:quoted" in features[2]
    assert "c:quoted" not in features[3]


def test_a_quoted_measure_of_our_own_is_told_from_another_actor_s() -> None:
    # Our own writing: the principal's quoted "we" and the United States are the issuing
    # government's commitment, most often an action; another government's quoted measure is
    # reported speech far more often.
    sentences = ["“We will provide $5 million in winter aid to Ostrava,” the Secretary said.",
                 "“The United States is imposing visa restrictions on four Corvanian "
                 "officials,” the Ambassador said.",
                 "“The Government of Corvania will impose sanctions on the two firms,” the "
                 "Minister said."]
    features = features_of(sentences, "Winter Aid", datetime(2024, 1, 10))
    assert all("c:ruled&quoted" in f for f in features), features
    assert "c:ruled&quoted&ours" in features[0] and "c:ruled&quoted&ours" in features[1]
    assert "c:ruled&quoted&ours" not in features[2]
    assert load_model().weights.get("c:ruled&quoted&ours", 0.0) > 0


def test_an_attributed_quotation_is_read_by_its_speaker_s_words_alone() -> None:
    # Our own writing: the attribution after a closing quotation mark is the release's
    # furniture, carried by the "quoted" cue, not words of the measure; reported speech
    # and a quotation with no attribution keep every word.
    sentences = ["“We will send 300 water pumps to Ostrava,” Minister Halvorsen said.",
                 "“Relief is on its way,” said the Minister.",
                 "The Minister said the pumps would arrive within a week.",
                 "“We will send more.”",
                 "“This is a great day,” the Minister said, adding that Canada will provide "
                 "$10 million to the fund.",
                 "“Ostrava Relief” will receive 40 pumps, the Minister said."]
    features = features_of(sentences, "Water Pumps", datetime(2024, 1, 10))
    assert {"w:we", "w:pumps", "b:to_ostrava", "c:quoted"} <= features[0]
    assert not {"w:said", "w:minister", "w:halvorsen", "b:ostrava_minister"} & features[0]
    assert "w:relief" in features[1] and not {"w:said", "w:minister"} & features[1]
    assert {"w:said", "w:minister", "c:quoted"} <= features[2]
    assert {"w:we", "w:more", "c:quoted"} <= features[3]
    # an attribution that goes on in a clause may hold a measure: every word stays, and the
    # cues read the whole sentence
    assert {"w:adding", "w:provide", "b:will_provide", "c:money"} <= features[4]
    # a quoted name is not a quotation closed by its attribution
    assert {"w:receive", "w:pumps", "w:said"} <= features[5]


def test_a_form_of_address_is_no_word_of_the_sentence() -> None:
    # Our own writing: a delegation's member and a nominee to an office are both "The
    # Honorable …". The title says nothing of a measure, so it is left out of the words, the
    # word pairs and the opening words (twenty-eighth session: once delegations were ruled no
    # action, it weighed against nominees); the rest tells the two apart.
    sentences = ["The Honorable Rosa Ilves, of Maine, to be Ambassador to the Republic of Palau.",
                 "His Excellency Tomas Berg will lead the delegation.",
                 "Hon. Ana Ruiz thanked the Honourable Members and Their Excellencies."]
    features = features_of(sentences, "Nominations Sent to the Senate", datetime(2024, 5, 2))
    for found in features:
        assert not [f for f in found if f.startswith(("w:", "b:", "f:", "f2:"))
                    and any(t in f for t in ("honorable", "honourable", "excellenc", "hon_",
                                             "_hon", ":hon"))]
    # the opening words are read past it; no pair is made across it
    assert {"w:the", "w:rosa", "b:rosa_ilves", "b:to_be", "f:the", "f2:the_rosa"} <= features[0]
    assert {"w:his", "w:tomas", "b:will_lead", "f:his", "f2:his_tomas"} <= features[1]
    assert not {"b:the_rosa", "b:his_tomas", "b:the_members"} & set().union(*features)
    assert {"w:ana", "w:members", "f2:ana_ruiz"} <= features[2]


def test_a_form_of_address_abbreviated_contracted_or_possessive_is_no_word() -> None:
    # Our own writing, in the styles of foreign ministries: "H.E." (which the words cut into
    # two letters), "Hon'ble", "Excellency's". Two letters that are no title keep their words.
    sentences = ["H.E. Mr. Kenji Sato will sign the agreement on behalf of Japan.",
                 "Hon’ble Minister Rao received His Excellency's letter of credence.",
                 "The h e ratio and the e-commerce rule take effect in June.",
                 "The Minister received H.E. Mr. Sato."]
    features = features_of(sentences, "Agreement Signed", datetime(2024, 5, 2))
    assert {"f:mr", "f2:mr_kenji", "b:mr_kenji", "w:sign"} <= features[0]
    assert not {"w:h", "w:e", "b:h_e", "b:e_mr", "f:h"} & features[0]
    assert {"f:minister", "w:rao", "b:letter_of", "w:credence"} <= features[1]
    assert "b:his_letter" not in features[1]  # (no pair across it)
    assert not [f for f in features[1] if "hon" in f or "excellenc" in f]
    assert {"w:h", "w:e", "b:h_e", "b:the_e"} <= features[2]
    assert {"b:the_minister", "b:mr_sato"} <= features[3]  # (no pair across it)
    assert not {"w:h", "w:e", "b:received_h", "b:e_mr", "b:received_mr"} & features[3]


def test_features_name_who_the_rules_found_taking_the_measure() -> None:
    # Our own writing: the speaker, the United States, another government, no one named.
    sentences = ["We will impose visa restrictions on four officials of the junta.",
                 "The United States is designating two Corvanian shipping firms.",
                 "The Government of Corvania today imposed tariffs on steel imports.",
                 "Visa restrictions were imposed on four officials today."]
    context = Context(verdicts(sentences, 2024), datetime(2024, 5, 2), "Visa Restrictions", 0)
    actors = [{f for f in sentence_features(sentences, i, context)
               if f.startswith(("r:actor=", "r:unstated"))} for i in range(len(sentences))]
    assert actors == [{"r:actor=speaker"}, {"r:actor=us"}, {"r:actor=other"}, {"r:unstated"}]


def test_model_scores_as_a_logistic_of_summed_weights() -> None:
    model = Model(-1.0, {"a": 2.0, "b": -0.5}, 0.5, 0.9)
    score = model.score(["r:action", "a", "b", "unknown"])
    assert score.probability == pytest.approx(1 / (1 + 2.718281828 ** -0.5))
    assert score.is_action and score.threshold == 0.5
    assert model.score(["a", "b"]).threshold == 0.9  # no rule predicate: the other one
    assert score.deciding() == [("a", 2.0)]


def test_the_shipped_model_is_small_and_complete() -> None:
    assert MODEL.stat().st_size <= 5_000_000
    spec = unpack(MODEL.read_bytes())
    assert {"intercept", "weights", "threshold", "threshold_new", "trained_on"} <= set(spec)
    model = load_model()
    assert model.weights == spec["weights"] and model.intercept == spec["intercept"]
    # a veto of 0 (none: the rules' finds stand) is a threshold the training may pick
    assert 0.0 <= model.threshold < 1.0 and 0.0 < model.threshold_new <= NEVER
    assert len(model.weights) > 1000


def test_a_packed_model_reads_back_as_exactly_the_floats_it_was_given() -> None:
    spec = {"trained_on": "3 documents (é)", "intercept": -1.2345, "threshold": 0.2,
            "threshold_new": 0.7, "threshold_first": 0.35,
            "weights": {"b:0_$": 0.7563, "w:naïve": -0.0001, "r:action": 12.5, "f2:x=1": -3.1}}
    packed = pack(spec, 4)
    assert packed[4:8] == b"\0\0\0\0"  # the gzip header's date: none, so the same labels
    # give the same bytes
    back = unpack(packed)
    assert back == spec and list(back["weights"]) == list(spec["weights"])
    assert all(type(w) is float for w in back["weights"].values())
    assert Model.from_spec(back).score(["r:action", "b:0_$"]).probability == pytest.approx(
        1 / (1 + math.exp(-(-1.2345 + 12.5 + 0.7563))))
    assert unpack(pack({**spec, "weights": {}}, 4))["weights"] == {}


HEADER = {"intercept": -1.5, "threshold": 0.2, "threshold_new": 0.7}


def test_the_packed_layout_is_as_documented() -> None:
    # (pinned byte for byte: a byte order, a separator or a count written otherwise on both
    # sides would still read back, but not on another machine or from another version)
    packed = pack({**HEADER, "weights": {"w:a\rb": 0.5, "w:é": -0.0001}}, 4)
    assert gzip.decompress(packed) == (
        MAGIC + b'{"intercept": -1.5, "threshold": 0.2, "threshold_new": 0.7, "features": 2, '
        b'"names_bytes": 10, "scale": 10000}\n' + "w:a\rb\nw:é".encode()
        + (5000).to_bytes(4, "little", signed=True) + (-1).to_bytes(4, "little", signed=True))
    assert unpack(packed)["weights"] == {"w:a\rb": 0.5, "w:é": -0.0001}


def test_every_weight_of_four_decimals_reads_back_as_the_same_float() -> None:
    weights = {f"w:{k}": round(k / 10 ** 4, 4) for k in range(-30_000, 30_001) if k}
    assert unpack(pack({**HEADER, "weights": weights}, 4))["weights"] == weights


@pytest.mark.parametrize(("spec", "error"), [
    ({"weights": {"w:a": 0.12345}}, "not rounded to 4 decimals"),
    ({"weights": {"w:a\nb": 0.1}}, "line break"),
    ({"weights": {"w:a": 214748.3648}}, "32-bit"),
    ({"weights": {"w:a": float("nan")}}, "32-bit"),
    ({"weights": {}, "scale": 3}, "layout's own"),
])
def test_a_model_that_would_not_read_back_the_same_is_not_packed(
        spec: dict[str, Any], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        pack({**HEADER, **spec}, 4)


def test_a_damaged_or_foreign_model_file_says_what_to_do() -> None:
    packed = pack({"intercept": 0.0, "threshold": 0.5, "threshold_new": 0.9,
                   "weights": {"w:a": 0.5, "w:b": -0.25}}, 4)
    body = gzip.decompress(packed)
    with pytest.raises(ValueError, match="truncated"):
        unpack(gzip.compress(body[:-3]))
    with pytest.raises(ValueError, match="damaged"):
        unpack(packed[:-8])  # the gzip stream cut short
    with pytest.raises(ValueError, match=r"reinstall policywatch or rebuild it"):
        unpack(gzip.compress(json.dumps({"weights": {}}).encode()))  # the old JSON form
    for header in (b"", b"{}", b"[1]", b'{"features": "1", "names_bytes": 1, "scale": 1}\n',
                   b'{"features": 1, "names_bytes": 1, "scale": 0}\nx\0\0\0\0'):
        with pytest.raises(ValueError, match="header is damaged"):
            unpack(gzip.compress(MAGIC + header))


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None,
                    reason="the train extra (scikit-learn) is not installed")
def test_the_shipped_model_is_what_the_train_splits_give() -> None:
    if not (ROOT.parent / "shared" / "data" / "state-gov-2021").is_dir():
        pytest.skip("../shared/data is not present (the labels need it)")
    done = subprocess.run([sys.executable, str(ROOT / "fixtures" / "actions" / "train.py"),
                           "--check"], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr


def _train_module() -> object:
    """fixtures/actions/train.py (a script), loaded by path; its sklearn is only used to fit."""
    spec = importlib.util.spec_from_file_location(
        "actions_train", ROOT / "fixtures" / "actions" / "train.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_retraining_reports_the_thresholds_features_and_weights_that_changed() -> None:
    # the model file is gzipped, so its diff shows nothing: train.py prints this instead
    train: Any = _train_module()
    before = {"trained_on": "10 documents (train splits of a)", "threshold": 0.3,
              "threshold_new": 0.75, "intercept": -1.0,
              "weights": {"w:kept": 0.5, "w:gone": -0.2, "w:moved": 0.1}}
    after = {"trained_on": "12 documents (train splits of a, b)", "threshold": 0.25,
             "threshold_new": 0.75, "intercept": -1.0,
             "weights": {"w:kept": 0.5, "w:moved": 2.1, "w:new": -0.4}}
    lines = train.changes(before, after, top=2)
    assert lines[:2] == ["trained_on: 10 documents -> 12 documents", "threshold: 0.3 -> 0.25"]
    assert lines[2] == "features: 3 -> 3 (1 new, 1 gone)"
    assert lines[3:] == ["  w:moved: +0.100 -> +2.100", "  w:new: +0.000 -> -0.400"]
    assert train.changes(None, after) == ["(no model before)"]


def test_a_restatement_is_judged_by_the_threshold_of_what_the_rules_found() -> None:
    model = Model(0.0, {"r:restate": 0.0}, threshold=0.3, threshold_new=1.01)
    assert model.score(["r:restate", "r:form=restate"]).is_action  # 0.5 >= 0.3
    assert not model.score(["r:none", "w:blocked"]).is_action  # above 1: never alone


def test_the_model_alone_weighs_every_sentence_the_rules_do_not_block(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import monitor.actions.finder as finder

    model = Model(2.0, {}, threshold=0.3, threshold_new=0.5)  # every probability 0.88
    assert model.score(["r:none", "w:weather"]).is_action
    monkeypatch.setattr(finder, "load_model", lambda: model)
    text = ("The weather was fine in Marlin.\n\nWill the Agency open a clinic in Marlin?\n\n"
            "Skip to main content")
    # a question and page furniture are blocked by the rules: the model is not asked
    assert [a.text for a in find_actions(text)] == ["The weather was fine in Marlin."]
    monkeypatch.undo()
    found = find_actions("The weather was fine in Marlin.\n\nThe people of Marlin were happy.")
    assert found == []  # (the shipped model)


def test_each_threshold_finds_the_most_at_the_target_precision() -> None:
    train: Any = _train_module()
    # found by the rules: 12 right at 0.9 and a wrong one at 0.2, so any threshold above
    # 0.2 keeps all 12 right ones at precision 1
    probs = [0.9] * 12 + [0.2]
    labels = [1] * 12 + [0]
    found, _ = train.best_thresholds(probs, labels, [True] * 13, [True] * 13)
    assert 0.2 < found <= 0.9
    # the model alone: 12 right at 0.8 and one wrong at 0.6: 0.8 finds all 12 precisely
    new = train.best_thresholds([0.8] * 12 + [0.6], labels, [False] * 13, [True] * 13)[1]
    assert new == 0.8
    # … but only over the sentences it may weigh alone: without them, never
    assert train.best_thresholds([0.8] * 12 + [0.6], labels, [False] * 13,
                                 [False] * 13)[1] == train.NEVER
    # one right find in one is no evidence: the model alone never decides
    assert train.best_thresholds([0.8, 0.1], [1, 0], [False, False],
                                 [True, True])[1] == train.NEVER
    assert train.best_thresholds([0.6, 0.7], [0, 0], [False, False],
                                 [True, True])[1] == train.NEVER


def test_a_long_sentence_s_words_are_damped_and_the_rest_is_not() -> None:
    from monitor.actions.model import WORDS_AT_FULL_WEIGHT, word_scale

    short = ["r:action", *(f"w:w{i}" for i in range(WORDS_AT_FULL_WEIGHT)), "b:w0_w1"]
    long = ["r:action", *(f"w:w{i}" for i in range(4 * WORDS_AT_FULL_WEIGHT)), "b:w0_w1"]
    assert word_scale(short) == 1.0 and word_scale(long) == pytest.approx(0.5)
    weights = {"r:action": 2.0, "w:w0": 1.0, "w:w1": 1.0, "b:w0_w1": -0.5}
    model = Model(-1.0, weights, 0.5, NEVER)
    # 2 for the rules, and half of the words' 1.5 in the long sentence: z = -1 + 2 + 0.75
    assert model.probability(long) == pytest.approx(1 / (1 + math.exp(-1.75)))
    assert model.probability(short) == pytest.approx(1 / (1 + math.exp(-2.5)))
    # the reasons show each weight as it counted
    assert dict(model.score(long).contributions) == {
        "r:action": 2.0, "w:w0": 0.5, "w:w1": 0.5, "b:w0_w1": -0.25}


def test_words_veto_a_measure_the_rules_found_by_at_most_a_bound() -> None:
    from monitor.actions.model import WORDS_VETO_AT_MOST

    weights = {"r:action": 2.0, "c:quoted": -1.0, "w:hope": -2.0, "w:harder": -2.0,
               "b:will_make": -1.0, "w:will": 1.0}
    model = Model(-1.0, weights, 0.5, 0.5)
    ruled = ["r:action", "c:quoted", "w:hope", "w:harder", "b:will_make", "w:will"]
    # the words sum to -4; against the rules' measure they count -2; the cue counts whole
    z = -1.0 + 2.0 - 1.0 - WORDS_VETO_AT_MOST
    assert model.probability(ruled) == pytest.approx(1 / (1 + math.exp(-z)))
    score = model.score(ruled)
    assert score.probability == model.probability(ruled)
    assert sum(w for _, w in score.contributions) == pytest.approx(z + 1.0)  # (no intercept)
    assert dict(score.contributions)["c:quoted"] == -1.0
    assert dict(score.contributions)["w:hope"] == pytest.approx(-2.0 * WORDS_VETO_AT_MOST / 4)
    # words for the measure are not bounded, nor are words where the rules found none
    strong = ["r:action", "w:will", "w:will2"]
    assert Model(-1.0, {"r:action": 2.0, "w:will": 3.0, "w:will2": 3.0}, 0.5, 0.5).probability(
        strong) == pytest.approx(1 / (1 + math.exp(-7.0)))
    unruled = ["c:quoted", "w:hope", "w:harder", "b:will_make", "w:will"]
    assert model.probability(unruled) == pytest.approx(1 / (1 + math.exp(-(-1.0 - 1.0 - 4.0))))


def test_pairs_of_thresholds_that_find_within_a_tie_of_the_most_veto_least(
        monkeypatch: pytest.MonkeyPatch) -> None:
    train: Any = _train_module()
    # the rules' finds: 1,000 right and 100 wrong at 0.9, and 20 at 0.4 (half right); the
    # model alone: 18 at 0.8, 14 right. Vetoing the 20 lets the model alone in at 0.9
    # precision (1,014 right); not vetoing them keeps the rules' finds alone (1,010 right)
    probs = [0.9] * 1100 + [0.4] * 20 + [0.8] * 18
    labels = [1] * 1000 + [0] * 100 + [1, 0] * 10 + [1] * 14 + [0] * 4
    ruled = [True] * 1120 + [False] * 18
    alone = [True] * 1138
    # four right finds in a thousand are a tie: the rules are overruled no more than needed
    assert train.best_thresholds(probs, labels, ruled, alone) == (0.4, train.NEVER)
    # … where, with no tie allowed, the pair that finds the most wins
    monkeypatch.setattr(train, "TIE", 0.0)
    assert train.best_thresholds(probs, labels, ruled, alone) == (0.9, 0.8)


def test_a_higher_veto_is_free_only_beside_the_same_second_threshold() -> None:
    train: Any = _train_module()
    # (a second reader's case) the rules' finds at 0.95 (196 right, 15 wrong), 0.6 (6, 6),
    # 0.4 (4, 2) and 0.3 (2, 3); the model alone's at 0.9 (5, 0), 0.7 (8, 2) and 0.6 (6, 4).
    # (0.6, 0.7) and (0.95, 0.6) find 215 right each, but the second loses 12 of the rules'
    # right finds to the model alone's looser threshold: it does not make the first one's
    # lower veto a cost-free one to drop
    groups = [(0.95, 196, 15), (0.6, 6, 6), (0.4, 4, 2), (0.3, 2, 3)]
    alone_groups = [(0.9, 5, 0), (0.7, 8, 2), (0.6, 6, 4)]
    probs, labels, ruled = [], [], []
    for rules, spec in ((True, groups), (False, alone_groups)):
        for p, right, wrong in spec:
            probs += [p] * (right + wrong)
            labels += [1] * right + [0] * wrong
            ruled += [rules] * (right + wrong)
    assert train.best_thresholds(probs, labels, ruled, [True] * len(probs)) == (0.6, 0.7)


def test_the_thresholds_hold_the_finder_s_precision_as_a_whole() -> None:
    train: Any = _train_module()
    # 100 sure finds of the rules, and 20 sentences the model alone scores 0.8, 16 of them
    # actions: together 116 in 120, above the target, though the model alone is at 0.8
    probs = [0.9] * 100 + [0.8] * 20
    labels = [1] * 100 + [1] * 16 + [0] * 4
    ruled = [True] * 100 + [False] * 20
    assert train.best_thresholds(probs, labels, ruled, [True] * 120)[1] == 0.8
    # … but not when the model alone is right less often than FLOOR_PRECISION_NEW
    labels = [1] * 100 + [1] * 14 + [0] * 6
    assert train.best_thresholds(probs, labels, ruled, [True] * 120)[1] == train.NEVER
    # a veto of the rules' finds the model is sure of keeps the whole above the target
    probs = [0.9] * 90 + [0.5] * 10 + [0.8] * 20
    labels = [1] * 90 + [0] * 10 + [1] * 16 + [0] * 4
    found, new = train.best_thresholds(probs, labels, ruled, [True] * 120)
    assert 0.5 < found <= 0.9 and new == 0.8
    # … but a statement's first measure is vetoed only below VETO_AT_MOST: ten wrong first
    # measures at 0.5 stay found, and no pair then reaches the target with the model alone
    first = [False] * 90 + [True] * 10 + [False] * 20
    found, new = train.best_thresholds(probs, labels, ruled, [True] * 120, first)
    assert new == train.NEVER


def test_a_repeated_cv_deals_whole_groups_to_the_folds_in_other_orders() -> None:
    train: Any = _train_module()
    groups = [0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 7]
    assert train.dealt(groups, 0) == groups  # the first run deals them as they come
    orders = [train.dealt(groups, r) for r in range(1, 4)]
    assert orders == [train.dealt(groups, r) for r in range(1, 4)]  # seeded: the same again
    assert any(order != groups for order in orders)
    for order in orders:
        # a renumbering: each group keeps one number of its own, so each is whole in a fold
        assert sorted(set(order)) == list(range(8))
        assert {(g, o) for g, o in zip(groups, order, strict=True)} == {
            (g, order[groups.index(g)]) for g in groups}


def test_with_repeated_runs_the_model_alone_needs_as_many_finds_in_each() -> None:
    train: Any = _train_module()
    # the model alone: 6 right finds at 0.8, fewer than MIN_FOUND (10) in one run of the CV
    probs, labels = [0.8] * 6 + [0.1] * 6, [1] * 6 + [0] * 6
    none, every = [False] * 12, [True] * 12
    assert train.best_thresholds(probs, labels, none, every)[1] == train.NEVER
    # the same rows from two runs are still 6 a run, not 12
    assert train.best_thresholds(probs * 2, labels * 2, none * 2, every * 2,
                                 repeats=2)[1] == train.NEVER
    assert train.best_thresholds(probs * 2, labels * 2, none * 2, every * 2)[1] == 0.8


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None,
                    reason="the train extra (scikit-learn) is not installed")
def test_the_thresholds_are_chosen_on_every_run_of_the_cv_together() -> None:
    train: Any = _train_module()
    # 40 small documents: a measure verb the rules find is an action but where "alleged"
    # stands beside it; the model alone may call a sentence with "will" an action
    x: list[list[str]] = []
    y: list[int] = []
    groups: list[int] = []
    for doc in range(40):
        for n in range(6):
            alleged = (doc + n) % 3 == 0
            x.append(["r:action", "w:designates"] + (["w:alleged"] if alleged else [])
                     + (["w:will"] if n == 5 else []))
            y.append(int(not alleged))
            groups.append(doc)
    probs = [p for r in range(2) for p in train.out_of_fold(x, y, train.dealt(groups, r))]
    pooled = train.best_thresholds(probs, y * 2, train.ruled(x) * 2, train.alone(x) * 2,
                                   train.first(x) * 2, None, 2)
    assert train.choose_thresholds(x, y, groups, repeats=2) == pooled
    assert train.choose_thresholds(x, y, groups, repeats=1) == train.best_thresholds(
        train.out_of_fold(x, y, groups), y, train.ruled(x), train.alone(x), train.first(x))


def test_the_real_releases_choose_the_thresholds_and_our_own_writing_guards_them() -> None:
    train: Any = _train_module()
    # the rules find 30 actions in real releases, each scored 0.2, and in our own writing 70
    # actions scored 0.9 and 30 false alarms scored 0.2: pooled, only a veto above 0.2 would
    # reach the target, and it would take all 30 real ones with it
    probs = [0.2] * 30 + [0.9] * 70 + [0.2] * 30
    labels = [1] * 30 + [1] * 70 + [0] * 30
    real = [True] * 30 + [False] * 100
    everything = [True] * 130
    assert train.best_thresholds(probs, labels, everything, everything)[0] > 0.2
    assert train.best_thresholds(probs, labels, everything, everything, None, real)[0] <= 0.2
    # the model alone adds 16 actions in 20 to our own writing (above FLOOR_PRECISION_NEW),
    # but there the rules alone are right every time: it would lower the precision, so never
    probs = [0.9] * 30 + [0.9] * 10 + [0.8] * 20
    labels = [1] * 30 + [1] * 10 + [1] * 16 + [0] * 4
    real = [True] * 30 + [False] * 30
    ruled = [True] * 40 + [False] * 20
    assert train.best_thresholds(probs, labels, ruled, [True] * 60)[1] == 0.8
    assert train.best_thresholds(probs, labels, ruled, [True] * 60, None, real)[1] == NEVER


def test_the_first_measure_and_a_revision_s_lines_are_vetoed_only_when_the_model_is_sure(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import monitor.actions.finder as finder

    # every probability 0.5: above threshold_first, below the veto of the rules' other finds
    model = Model(0.0, {}, threshold=0.65, threshold_new=1.01, threshold_first=0.3)
    monkeypatch.setattr(finder, "load_model", lambda: model)
    lines = ["The Ministry today imposed sanctions on the Harbor Group.",
             "The Ministry also froze the assets of Marlin Shipping."]
    whole = finder.find_actions_in(lines)
    assert [a.text for a in whole] == lines[:1]  # the statement's first measure only
    added = finder.find_actions_in(lines, whole=False)  # a revision's lines
    assert [a.text for a in added] == lines
    assert FIRST in sentence_features(lines, 0, Context(verdicts(lines, 2021), None, "", 2021))


def test_the_model_alone_finds_what_its_words_weigh(monkeypatch: pytest.MonkeyPatch) -> None:
    import monitor.actions.finder as finder

    # a model that trusts one word, and may decide alone from 0.5 on
    model = Model(-2.0, {"w:lighthouses": 4.0}, threshold=0.5, threshold_new=0.5)
    monkeypatch.setattr(finder, "load_model", lambda: model)
    text = ("The coastal guard will look after 40 lighthouses along the northern shore.\n\n"
            "The weather on the coast was mild this year.")
    found = find_actions(text)
    assert [a.text[:21] for a in found] == ["The coastal guard wil"]  # 0.88; the other 0.12
    assert found[0].form == "model" and "found by the model" in found[0].reasons[0]
    assert "lighthouses" in found[0].reasons[-1] and "threshold 0.50" in found[0].reasons[-1]
    # the same model may not decide alone: nothing the rules did not find
    monkeypatch.setattr(finder, "load_model",
                        lambda: Model(-2.0, model.weights, threshold=0.5, threshold_new=1.01))
    assert find_actions(text) == []
