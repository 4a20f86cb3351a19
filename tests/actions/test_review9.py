"""A second reader's probes of the rules added late in the seventh session (regulators' award
lines and settlements, transcripts' stage directions, resumed services, co-sponsored
resolutions, times of today before the verb, government corporations; issue 13, ninth
review): invented sentences, expected per fixtures/actions/README.md. Those the rules still
get wrong (`STILL_WRONG`, missed or over-matched; the classes and suggested fixes are in the
review's notes, summarised in the session's closing note) are expected to fail, so that a fix
shows."""

from __future__ import annotations

import pytest

from monitor.actions.rules import Action, verdicts

from .review9_cases import CASES

STILL_WRONG = {  # sentence -> how the rules still get it wrong
    "(The guest book is signed.)":
        "over-matched",
    "The Government of Corvania resumed shipments of weapons to the militias in the "
    "north, in violation of the UN arms embargo.":
        "over-matched",
    "The United States co-sponsored UN General Assembly Resolution 76/10 on the Olympic "
    "Truce.":
        "missed",
    "The United States will double U.S. humanitarian funding for the region.":
        "missed",
    "The Consulate General will be closed on Monday for the national holiday.":
        "over-matched",
    "The consulate will resume passport services on June 1.":
        "missed",
    "We will deliver the remaining 2 million doses as soon as conditions allow, and will "
    "provide $10 million today for cold-chain equipment.":
        "missed",
    "The Ministry earlier this week imposed export controls on three Corvanian firms.":
        "missed",
    "This morning's decision by the Council extends the arms embargo for another year.":
        "missed",
    "The Agency will increase awareness of the vaccine mandate among employers.":
        "over-matched",
    "The Governor declared the three flooded coastal counties of the state disaster "
    "areas.":
        "missed",
    "The Department today proposed to raise the fees for visa applications.":
        "missed",
    "The Agency proposed new emission caps for power plants today.":
        "missed",
    "The Commission finalized its decision to approve the Harbor pipeline today.":
        "missed",
    "Today the Council has listed a further 40 individuals, bringing the total number of "
    "listings to more than 1,800 since 2014.":
        "missed",
    "The Department has designated 15 individuals today, bringing the total designated "
    "under the program since 2017 to 200.":
        "missed",
    "Funding gap – $400 million, leaving 2 million people without food aid.":
        "over-matched",
    "Harbor Valley Clinic (Marlin, Ohio) — $1.2 million.":
        "missed",
    "Marlin County Schools (Ohio) - $500,000 to hire 12 school counselors.":
        "missed",
    "Coastal Health Network – $2 million awarded to expand telehealth in 12 counties.":
        "missed",
    "Marlin will pay affected borrowers $2 million in restitution.":
        "missed",
    "Marlin will repay $2 million to affected borrowers within 90 days.":
        "missed",
    "Under the settlement, Marlin has agreed to pay $2 million to affected borrowers.":
        "missed",
    "Harbor Bank will pay $3 million in refunds and a $1 million penalty.":
        "missed",
    "I am happy to report that the House passed the farm bill this afternoon.":
        "missed",
}


def _judged(sentences: list[str], index: int) -> bool:
    return isinstance(verdicts(sentences, 2021)[index], Action)


@pytest.mark.parametrize(("sentences", "index", "expected"),
                         [c for c in CASES if c[0][c[1]] not in STILL_WRONG])
def test_a_sentence_of_the_review(sentences: list[str], index: int, expected: bool) -> None:
    assert _judged(sentences, index) is expected, sentences[index]


@pytest.mark.parametrize(("sentences", "index", "expected"),
                         [c for c in CASES if c[0][c[1]] in STILL_WRONG])
@pytest.mark.xfail(strict=True, reason="known: see STILL_WRONG")
def test_a_sentence_the_rules_still_get_wrong(sentences: list[str], index: int,
                                              expected: bool) -> None:
    assert _judged(sentences, index) is expected, STILL_WRONG[sentences[index]]


def test_every_known_miss_is_a_case_of_the_review() -> None:
    assert set(STILL_WRONG) <= {c[0][c[1]] for c in CASES}
