"""What the action finder says of each action (kind, object, amount, date, confidence,
reasons), why it leaves sentences out, and `policywatch actions --explain`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from monitor.actions import Action, Rejected, explain_in, find_actions_in
from store import ACTION_KINDS
from tests.conftest import invoke


def one(sentence: str) -> Action:
    (found,) = find_actions_in([sentence])
    return found


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Today, the Department of State is imposing visa restrictions on 14 officials of the "
     "port authority.", "sanctions"),
    ("On November 16, 2026, the Department of the Treasury designated Halden and 22 other "
     "individuals pursuant to E.O. 14059.", "designation"),
    ("The Department of State is announcing a reward offer of up to $5 million for "
     "information leading to the arrest of the network's leader.", "reward"),
    ("The Department will provide $12 million to train emergency medical technicians in "
     "rural counties.", "funding"),
    ("The United States and Corvania signed a memorandum of understanding on maritime "
     "security.", "agreement"),
    ("We will also vote to put international controls on three synthetic opioids.", "vote"),
    ("The United States will establish a Cable Protection Coordination Center to monitor "
     "threats to undersea cables.", "programme"),
    ("This action renders Halden and his immediate family ineligible for entry into the "
     "United States.", "sanctions"),
    ("Beginning with this review, every government that holds a reserve fund must disclose "
     "its size.", "policy"),
])
def test_each_action_carries_the_kind_of_its_measure(sentence: str, kind: str) -> None:
    assert one(sentence).kind == kind


def test_every_kind_the_finder_gives_is_one_a_digest_knows() -> None:
    from monitor.actions.details import KINDS

    assert set(KINDS) <= set(ACTION_KINDS)


def test_object_amount_and_date_are_what_the_sentence_states() -> None:
    action = one("On November 16, 2026, the Department of the Treasury designated Halden and "
                 "22 other individuals pursuant to E.O. 14059.")
    assert (action.actor, action.verb) == ("the Department of the Treasury", "designated")
    assert action.object == "Halden and 22 other individuals"
    assert action.stated_date == "November 16, 2026" and action.amount == ""
    money = one("The Department will provide $12 million to train emergency medical "
                "technicians in rural counties.")
    assert money.amount == "$12 million" and money.stated_date == ""


def test_passive_object_is_what_was_acted_on() -> None:
    action = one("Halden was indicted on Nov. 12, 2026, by the Department of Justice on "
                 "charges of conspiracy to import fentanyl precursors.")
    assert action.object == "Halden"
    assert action.actor == "Department of Justice"
    assert action.kind == "criminal" and action.stated_date == "Nov. 12, 2026"


def test_confidence_follows_the_evidence() -> None:
    strong = one("Today, the Department of State is imposing visa restrictions on 14 "
                 "officials of the port authority.")
    unstated = one("Halden was indicted on Nov. 12, 2026, on charges of conspiracy.")
    weak = one("The Department will build a training centre for customs officers in Velmora.")
    assert 0 < unstated.confidence < weak.confidence < strong.confidence <= 0.99


def test_reasons_say_which_verb_which_actor_and_what_kind() -> None:
    action = one("The Department will provide $12 million to train emergency medical "
                 "technicians in rural counties.")
    text = " | ".join(action.reasons)
    assert "“provide”: a weak verb with a concrete object" in text
    assert "future, by the government actor “The Department”" in text
    assert "kind: funding" in text and "the amount $12 million" in text


# (the places are named as no label file names them: the model weighs the words of our own
# writing's invented places as it read them there, "Corvanian" +1.2 since the twenty-first
# session, and would judge the name, not the rules' reason). The negated measure is a state
# of things, not a decision: until the twenty-second session it was "The United States will
# not impose new tariffs on Veltrian steel this year.", a decision not to act, which the
# labels count where it is news ("USTR did not extend exclusions for 11 other product
# categories"; "… will not be fined", "… will not approve any new transactions" as the terms
# of today's measure), so alone, without its statement, it may be either; retrained with -ch
# to -co the model alone calls it an action (0.88 against 0.75)
@pytest.mark.parametrize(("sentence", "why"), [
    ("We urge all parties to impose sanctions on the network.", "follows an opinion"),
    ("The United States does not impose tariffs on Veltrian steel.", "negated or hedged"),
    ("The Halden Network designated couriers in three ports.", "not a government actor"),
    ("The Department will take questions after the briefing ends today.",
     "“take” without a concrete object"),
])
def test_sentences_with_a_measure_verb_that_are_not_actions_say_why(sentence: str,
                                                                    why: str) -> None:
    (rejected,) = explain_in([sentence])
    assert isinstance(rejected, Rejected)
    assert any(why in reason for reason in rejected.reasons), rejected.reasons


def test_sentences_without_any_measure_verb_are_not_explained() -> None:
    assert explain_in(["The Secretary thanked the Foreign Minister for the warm welcome."]) == []


def test_cli_explain_prints_reasons_for_actions_and_for_rejected_sentences(
        tmp_path: Path) -> None:
    page = tmp_path / "statement.txt"
    page.write_text("The Department will provide $12 million to train emergency medical "
                    "technicians in rural counties.\n\nWe urge all parties to impose sanctions "
                    "on the network.\n", encoding="utf-8")
    done = invoke("actions", "--explain", str(page))
    assert done.returncode == 0, done.stderr
    assert "[funding] The Department / provide · amount $12 million" in done.stdout
    assert "because “provide”: a weak verb with a concrete object" in done.stdout
    assert "x not an action: We urge all parties" in done.stdout
    as_json = invoke("actions", "--explain", "--json", str(page))
    (doc,) = [json.loads(line) for line in as_json.stdout.splitlines()]
    (action,) = doc["actions"]
    assert {"text", "actor", "verb", "kind", "object", "amount", "date", "confidence",
            "reasons"} <= set(action)
    assert action["amount"] == "$12 million" and action["date"] is None
    (rejected,) = doc["rejected"]
    assert rejected["text"].startswith("We urge")
    plain = invoke("actions", "--json", str(page))
    assert "reasons" not in json.loads(plain.stdout)["actions"][0]


PIECES = st.sampled_from([
    "a", "Z", "$", ".", ",", ";", ":", "“", "”", "'", "’", "-", "7", " ", " will ", " impose ",
    " designated ", " the Department ", " was ", " by the ", " sanctions ", " $5 million ",
    " on May 3, 2026", " to ", " urge ", " not ", "These ", " visa restrictions", ":"])
SENTENCE = st.lists(PIECES, max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(SENTENCE, max_size=6))
@example([" will :", " "])  # a blank item after a lead-in once raised IndexError
def test_the_finder_never_raises_and_only_returns_sentences_it_was_given(
        sentences: list[str]) -> None:
    for item in explain_in(sentences):
        assert any(item.text in s for s in sentences)
        if isinstance(item, Action):
            assert 0 < item.confidence < 1 and item.kind in ACTION_KINDS
            assert item.amount in item.text and item.stated_date in item.text


def test_an_action_the_model_alone_finds_is_never_certain() -> None:
    # (hypothesis found a sentence the model scores above 0.995: its confidence was 1.0)
    sentences = [" $5 million  will a7 on May 3, 2026 the Department  the Department ",
                 "a will  the Department a"]
    found = [a for a in explain_in(sentences) if isinstance(a, Action)]
    assert found and all(0 < a.confidence < 1 for a in found)
