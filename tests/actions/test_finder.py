"""Finding announced actions: the seeds, invented sentences of each kind, the labelled set."""

from __future__ import annotations

import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from monitor.actions import Action, find_actions, find_actions_in
from tests.bench_module import load

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "data" / "seeds"
LABELS = ROOT / "fixtures" / "actions"

# The first set with headline and date, as the tracking step passes them. Issue 13's model
# is trained on its tuning part and never on its held-out quarter. With the thresholds chosen
# over all training documents (tenth session: veto 0.55, the model alone 0.8, a statement's
# first measure vetoed only below 0.2; thirteenth: 0.35, 0.75 and 0.2; fourteenth: 0.2, 0.75
# and 0.2), the whole set gave P 1.000 R 0.957 and the held-out quarter P 1.000 R 0.905
# (fourteenth: 1.000 / 0.971 and 1.000 / 0.952); the floors leave about a sentence.
# Thirty-first session: 72 found, 4 false alarms (P 0.947), the fourth a reward offer's line
# telling tipsters how to reach the programme, which this set labels none in one release and
# an action in another, and which the thirty-first's reading counts in our own sets (how to be
# referred; `again-31.json`): the floors lowered by that one sentence (it is in the held-out
# quarter, 21 found and 4 false alarms there: 0.84), not for a code change. The held-out
# floors no longer leave a sentence: one more false alarm or one fewer found there fails them.
# Thirty-second session: 73 found, 4 false alarms, none missed (P 0.948 R 1.000); the held-out
# quarter the same 21 and 4. Thirty-third session, with -gh to -go trained on and the
# session's four readings: the same 73 and 4, and 21 and 4 in the held-out quarter (a first
# retraining, before the last reading, let a fifth false alarm in there: another government's
# detention of a candidate "just this week", 0.80 against 0.70; the floors held).
# Thirty-fourth session, with -gp to -gs trained on and the session's three readings: 73 found,
# 5 false alarms (P 0.936), none missed; that same sentence is the fifth, in the held-out
# quarter (21 and 5 there: 0.808): the floors lowered by that one sentence, for a retraining,
# not a code change; one more false alarm or one fewer found fails them still.
# Thirty-fifth session, with -gt to -gw trained on and the session's four readings: 73 found,
# 3 false alarms (P 0.961), none missed; 21 and 3 in the held-out quarter (0.875): the floors
# raised again so that one more false alarm or one fewer found fails them. Thirty-sixth, with
# -gx to -ha trained on and the session's three readings: the same 73 and 3, 21 and 3 in the
# held-out quarter; the floors unchanged.
MIN_PRECISION, MIN_RECALL = 0.95, 0.94
MIN_HELD_OUT_PRECISION, MIN_HELD_OUT_RECALL = 0.86, 0.85


def texts(text: str) -> list[str]:
    return [a.text for a in find_actions(text)]


def one(sentence: str) -> Action | None:
    found = find_actions_in([sentence])
    return found[0] if found else None


# -- the seeds ------------------------------------------------------------------------

def seed(prefix: str, cleaned: bool = True) -> str:
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip(f"{SEEDS} is not present (the seeds live in ../shared/data)")
    raw = paths[0].read_text(encoding="utf-8")
    if not cleaned:
        return raw
    from monitor.clean import clean_text

    return clean_text(raw).text


def seed_actions(prefix: str) -> list[Action]:
    """What policywatch finds in a seed: cleaned, with the headline and date the cleaner
    reads in it, as the tracking step passes them."""
    from monitor.clean import clean_text

    page = clean_text(seed(prefix, cleaned=False))
    return find_actions(page.text, published=page.published, title=page.title)


def seed_found(prefix: str, cleaned: bool = True) -> list[str]:
    """The texts of `seed_actions`, or (not `cleaned`) of the actions found in the raw
    scrape, boilerplate and all, with no headline or date."""
    if not cleaned:
        return texts(seed(prefix, cleaned=False))
    return [a.text for a in seed_actions(prefix)]


# Twenty-eighth session, with -ed to -eo trained on, delegations ruled no action and forms of
# address left out of the words: the coalition, the fact sheet's first measure the rules find
# ("is building" by the United States), scored 0.13 on the cleaned page and 0.17 on the raw
# scrape against the first measure's veto of 0.2 (the twenty-seventh's finder: 0.24 and 0.30),
# decided by its neighbours with no measure found, the rules' weak verb and its opening
# "Building on" (a background clause); its words weigh against it beyond the words' bound
# (model.WORDS_VETO_AT_MOST, counted -2). Twenty-ninth, with -ep to -fa trained on and
# personnel ruled: 0.24 and 0.30 against 0.2, found again (not tuned for: no rule or feature
# changed for it; the change was the labels and the sets trained on). Thirtieth, with -fb to
# -fm trained on: 0.25 and 0.32 against the veto, now 0.15. Thirty-first, with -fn to -fy
# trained on and commitments made to a government's initiative read again: 0.17 on the cleaned
# page and 0.24 on the raw scrape against the first measure's veto of 0.2 (the pair chosen 0.3
# / 0.7), decided against on the cleaned page by the rules' weak verb "build" (-0.98) and its
# neighbours with no measure found. Not tuned for (no rule, feature or threshold changed for
# it). Then, with the labels a review found at odds read again (`again-31.json`) and the
# model retrained, the pair chosen 0.15 / 0.75 again: 0.16 on the cleaned page (0.21 raw)
# against the veto 0.15, found, and the test plain again. The margin is a hundredth: said
# plainly, the coalition sits on the threshold. Thirty-second, with -fz to -gg trained on and the
# thirty-first's writers' rulings read twice (`conf-32.json`, `again-32.json`): the pair chosen
# 0.2 / 0.7, the coalition 0.12 on the cleaned page and 0.15 on the raw scrape against the first
# measure's veto 0.2, decided against by the rules' weak verb "build" (-1.16), its neighbours
# with no measure found (-0.68, -0.59) and no measure since the rules' last (-0.53). Not tuned
# for (no rule, feature or threshold changed for it): both cases known failures again, strict,
# so that each fails here once found. Thirty-third, with -gh to -go trained on and this
# session's readings: the pair 0.2 / 0.7 again, the coalition 0.10 on the cleaned page and
# 0.14 on the raw scrape, decided against by the same four.
SEED_COALITION_MISSED = pytest.mark.xfail(strict=True, reason=(
    "known: the seed fact sheet's coalition scores 0.10 on the cleaned page and 0.14 on the raw "
    "scrape against the first measure's veto 0.2 (thirty-third session); see the comment above"))


@pytest.mark.parametrize("cleaned", [True, False], ids=["cleaned", "raw"])
def test_seed_fact_sheet_menus_are_not_found(cleaned: bool) -> None:
    found = seed_found("000", cleaned)
    assert not any("Show submenu" in t or "Get Involved" in t for t in found)


@pytest.mark.parametrize("cleaned", [pytest.param(True, marks=SEED_COALITION_MISSED),
                                     pytest.param(False, marks=SEED_COALITION_MISSED)],
                         ids=["cleaned", "raw"])
def test_seed_fact_sheet_coalition_is_found(cleaned: bool) -> None:
    found = seed_found("000", cleaned)
    assert any("the United States is building a global coalition to accelerate efforts "
               "against illicit synthetic drugs" in t for t in found)


# Our own writing: nominees are found whether or not a form of address heads their line.
# Twenty-eighth session: once a delegation's members, "The Honorable …" too, were ruled no
# action, the title weighed -1.9 against nominees and the finder retrained then missed the
# third; since the title is no word of a sentence's (test_model.py tests that), this guards
# the finds, not the mechanism: a model that weighed a title so again would fail it. (The
# heading is found too, as the lead-in of the list of nominations sent.)
NOMINATIONS = """NOMINATIONS SENT TO THE SENATE:

The Honorable Margaret L. Whitcombe, of Oregon, to be Ambassador Extraordinary and \
Plenipotentiary of the United States of America to the Republic of Estonia.

Daniel R. Okafor, of Maryland, to be an Assistant Secretary of Commerce, vice Laura Finch, \
resigned.

The Honorable Peter J. Saldana, of Texas, to be a Member of the Board of Directors of the \
Export-Import Bank of the United States for a term expiring January 20, 2029."""


def test_nominees_are_found_with_or_without_a_form_of_address() -> None:
    from datetime import date

    found = [a.text for a in find_actions(NOMINATIONS, published=date(2024, 5, 2),
                                          title="Nominations Sent to the Senate")]
    for name in ("Margaret L. Whitcombe", "Daniel R. Okafor", "Peter J. Saldana"):
        assert any(name in t for t in found), name


@pytest.mark.parametrize("cleaned", [True, False], ids=["cleaned", "raw"])
def test_seed_article_advocacy_is_found_and_caption_is_not(cleaned: bool) -> None:
    found = seed_found("002", cleaned)
    assert any("the U.S. will advocate for a renewed focus on synthetic opioids" in t
               for t in found)
    assert not any(t.startswith("WATCH:") or "Back to Top" in t or "Skip to" in t
                   for t in found)


# Twenty-fourth session, with -cp to -da trained on and every sentence the rules do not
# block weighed by the model: the vote scores 0.23 against a veto of 0.35, missed. What vetoes
# it is, as in the twenty-second session, the quotation under a headline read as "joint"
# ("Partnerships"): c:quoted, x:joint&quoted, tk:joint. Twenty-fifth, with -db to -di trained
# on and the paragraphs read: 0.14 against a veto of 0.3, the same three and the vote standing
# in a paragraph apart from the measure before it (pg:apart). Twenty-sixth, with -dj to -du
# trained on: 0.12 against a veto of 0.25 by `explain` (which gives the twenty-fifth's final
# finder, 04462ed, 0.16, against 0.3), decided by c:quoted, x:joint&quoted, the sentence
# before it a measure the rules turned down, and tk:joint. Twenty-seventh, with -dv to -ec
# trained on and the labels read again on scope and lists: 0.09 against 0.25, decided by
# c:quoted, x:joint&quoted, the sentence before it turned down, and the verb "vote" (-0.55).
# Twenty-eighth, with -ed to -eo trained on and delegations ruled no action: 0.07 against
# 0.2, decided by x:joint&quoted, c:quoted, the sentence after it turned down and tk:joint.
# Twenty-ninth, with -ep to -fa trained on: 0.04 against 0.2, decided by x:joint&quoted
# (-1.47), c:quoted (-0.89), the verb "vote" (-0.79) and the sentence after it turned down.
# Thirtieth, with -fb to -fm trained on: 0.01 against 0.15 (0.09 in the raw scrape), decided
# by x:joint&quoted (-1.83), c:quoted (-1.00), the verb "vote" (-0.75) and "will make".
# Thirty-first, with -fn to -fy trained on and the labels read again: 0.01 against 0.15,
# decided by joint&quoted (-2.16), the verb "vote" (-1.18) and c:quoted (-0.91).
# Thirty-second, with -fz to -gg trained on: 0.02 against 0.2, decided by joint&quoted (-1.71),
# the verb "vote" (-1.21) and c:quoted (-0.95). Thirty-third, with -gh to -go trained on: 0.01
# against 0.2, decided by joint&quoted (-1.94), the verb "vote" (-1.37) and c:quoted (-0.95).
# Not tuned for: the two tests below pass again (and so fail here, strict) once the finder
# finds it
SEED_VOTE_MISSED = pytest.mark.xfail(strict=True, reason=(
    "known: the seed article's quoted vote scores 0.01 against the veto 0.2 (thirty-third "
    "session); see the comment above"))


@SEED_VOTE_MISSED
def test_seed_article_vote_is_found_on_the_page_policywatch_reads() -> None:
    # The vote is a quotation ("…,” Blinken said.), which is seldom an action: the model
    # keeps it on the page policywatch reads, cleaned and under its headline (thirteenth
    # session: 0.40 against a threshold of 0.35; fourteenth: 0.31 against 0.2; fifteenth,
    # with the words' veto bounded (model.WORDS_VETO_AT_MOST): 0.40 against 0.35; sixteenth,
    # with no "quoted" cue in transcripts: 0.37 against 0.35; seventeenth, with the quoted
    # measures of our own apart from other actors' ("c:ruled&quoted&ours"): 0.44 against 0.35,
    # and 0.24 against a veto of 0.6 without; twenty-second, with -cd to -cg trained on:
    # 0.30 against a veto of 0.35, missed, for 0.3 came to a precision of 0.9000, a hair
    # under train.TARGET_PRECISION; twenty-third, with -ch to -co trained on: 0.35 against
    # 0.3; twenty-fourth, 0.23 against 0.35, twenty-fifth, 0.14 against 0.3, and
    # twenty-sixth, 0.12 against 0.25; twenty-seventh, 0.09; twenty-eighth, 0.07 against 0.2;
    # twenty-ninth, 0.04; thirtieth, 0.01 against 0.15, above). Nor in the raw scrape, whose
    # menus come before it and which has no headline (thirtieth: 0.09; twenty-ninth: 0.12;
    # fourteenth: 0.19), nor in the cleaned text without its headline (thirtieth: 0.11;
    # twenty-ninth: 0.16; once 0.30); policywatch never reads a page uncleaned,
    # nor without the headline the cleaner finds (`monitor.tracking`)
    assert any("We will also vote to put international controls on synthetic opioids" in t
               for t in seed_found("002"))


@SEED_VOTE_MISSED
def test_seed_vote_is_credited_to_we_and_its_verb() -> None:
    (vote,) = [a for a in seed_actions("002") if "vote to put" in a.text]
    assert (vote.actor, vote.verb) == ("We", "vote")


# -- each kind of measure -------------------------------------------------------------

MEASURES = {
    "sanctions": "Today, the Department of the Treasury is imposing sanctions on three "
                 "Corvanian port officials for their role in the smuggling network.",
    "visa restrictions": "The Department of State has imposed visa restrictions on 40 "
                         "Freedonian officials who undermined the election.",
    "designation": "We are designating the Halden Chemical Company pursuant to Executive "
                   "Order 14059.",
    "scheduling": "The Commission voted to place four precursor chemicals under "
                  "international control at its session in Vienna.",
    "reward": "The Rewards for Justice program is offering a reward of up to $5 million for "
              "information on the network's leader.",
    "funding": "The United States is providing $42 million in new humanitarian assistance "
               "for displaced families in Ostravia.",
    "agreement signed": "Today, the United States and the Republic of Corvania signed a "
                        "memorandum of understanding on customs cooperation.",
    "programme launched": "The Department of Health will launch a training programme for "
                          "rural pharmacists in January.",
    "coalition": "The United States is building a coalition of twelve countries to track "
                 "precursor shipments.",
    "working group": "The two delegations decided to convene a working group on chemical "
                     "diversion twice a year.",
    "order issued": "The President signed an Executive Order requiring port operators to "
                    "report cyber incidents within 12 hours.",
    "advisory issued": "The Department of State issued an updated business advisory on "
                       "supply chains that run through the Velmora free zone.",
    "report released": "On June 3, 2026, the Department released the 2026 Fiscal Transparency "
                       "Report.",
    "vote": "We will vote to add the two substances to the schedules of the 1961 Convention.",
    "indictment": "The Department of Justice indicted five executives of the Halden network "
                  "on smuggling charges.",
    "extradition": "The Government of Freedonia has extradited the network's financier to the "
                   "United States.",
    "deployment": "The Department of Homeland Security will deploy 40 additional scanners to "
                  "ports of entry by June.",
    "embassy": "The Department is suspending operations at the U.S. Embassy in Velmora and "
               "will open a consulate in Drevo.",
    "policy change": "Beginning with this review period, every government that receives "
                     "assistance must publish its audit reports.",
    "agreed decision": "The two leaders agreed to launch negotiations on a civil nuclear "
                       "cooperation agreement.",
    "lifted": "The Department of State is lifting sanctions on two shipping companies that "
              "left the network.",
}


@pytest.mark.parametrize("sentence", MEASURES.values(), ids=MEASURES.keys())
def test_each_kind_of_measure_is_an_action(sentence: str) -> None:
    assert one(sentence) is not None


PASSIVES = [
    "These designations are made under Section 7031(c) of the appropriations act.",
    "The broker and his three companies are being sanctioned pursuant to Executive Order "
    "13224.",
    "The notice of debarment was published in the Federal Register on June 4, 2026.",
    "A first shipment of 500,000 vaccine doses will be delivered to Corvania tomorrow.",
]


@pytest.mark.parametrize("sentence", PASSIVES)
def test_a_measure_in_the_passive_is_an_action(sentence: str) -> None:
    assert one(sentence) is not None


# -- what is not an action ------------------------------------------------------------

NOT_ACTIONS = {
    "condemnation": "The United States strongly condemns the attack on the port of Velmora "
                    "and the arrest of journalists.",
    "thanks": "The Secretary thanked the Foreign Minister for Corvania's help in evacuating "
              "American citizens.",
    "congratulations": "On behalf of the United States, I congratulate the people of Ostravia "
                       "on their National Day.",
    "we urge": "We urge the Freedonian government to release the detained journalists and "
               "impose no new restrictions.",
    "call on": "The United States calls on all parties to commit to a ceasefire and allow "
               "humanitarian aid to be delivered.",
    "continue to support": "We will continue to support the people of Corvania as they build "
                           "a more prosperous future.",
    "general commitment": "The two sides committed to a framework of regular engagement on "
                          "counternarcotics.",
    "call description": "Secretary Ellison spoke today with Corvanian Foreign Minister Dravik "
                        "about regional security.",
    "meeting topics": "The leaders discussed measures to ensure the ceasefire holds and the "
                      "need to expand trade.",
    "byline": "Office of the Spokesperson",
    "attribution": "The following is attributable to Spokesperson Dana Whitfield:",
    "boilerplate": "The text of the following statement was released by the Governments of "
                   "the United States and Corvania.",
    "contact": "For more information, please contact the press office at press@example.gov.",
    "history": "Since 2014, the United States has provided more than $3 billion in "
               "assistance to Ostravia.",
    "old designation": "On September 9, 2015, the Department designated the group as a "
                       "terrorist organization.",
    "background": "The campaign builds on the strategy that the Administration released "
                  "last year.",
    "opinion": "Fiscal transparency is a critical element of effective public financial "
               "management.",
    "welcome": "We welcome the decision of the Government of Ostravia to open its markets.",
    "repression": "The regime has arrested 32 opposition leaders in the last two months.",
    "conditional": "Once the Secretary designates an official, that official is ineligible "
                   "for entry into the United States.",
    "question": "Will the United States impose sanctions on the network?",
}


@pytest.mark.parametrize("sentence", NOT_ACTIONS.values(), ids=NOT_ACTIONS.keys())
def test_non_actions_are_not_found(sentence: str) -> None:
    # "history" needs a later year in the same text to know it is history.
    assert find_actions_in([sentence, "The Secretary spoke to reporters in 2026."]) == []


def test_menu_text_is_cut_from_an_action_and_captions_are_dropped() -> None:
    text = ("Get Involved Show submenu for “Get Involved”” The Department will launch a "
            "training programme for customs officers in May.\n\nWATCH: The Secretary "
            "announces new sanctions on the Halden network")
    assert texts(text) == ["The Department will launch a training programme for customs "
                           "officers in May."]


# -- actor and verb -------------------------------------------------------------------

ACTORS = [
    ("Today, the Department of the Treasury designated two Halden executives.",
     "the Department of the Treasury", "designated"),
    ("In response, the United States is imposing sanctions on the port authority.",
     "the United States", "imposing"),
    ("Dr. Mara Ellison, the Senior Official for Arms Control, signed for the United States.",
     "Dr. Mara Ellison", "signed"),
    ("The Rewards for Justice program, which is administered by the Diplomatic Security "
     "Service, is offering a reward of up to $3 million.", "The Rewards for Justice program",
     "offering"),
    ("Starting in August, the Ostravian government is prohibiting foreign staff at all "
     "diplomatic missions.", "the Ostravian government", "prohibiting"),
    ("Secretary Ellison informed the Prime Minister that the United States will deploy a "
     "disaster response team to Drevo.", "the United States", "deploy"),
]


@pytest.mark.parametrize(("sentence", "actor", "verb"), ACTORS)
def test_actor_is_who_acts_and_verb_is_the_measure(sentence: str, actor: str,
                                                   verb: str) -> None:
    found = one(sentence)
    assert found is not None and (found.actor, found.verb) == (actor, verb)


def test_a_passive_measure_takes_its_agent_or_the_previous_actor() -> None:
    found = find_actions_in([
        "The Department of State has imposed visa restrictions on 12 officials.",
        "These restrictions were imposed under Section 212(a)(3)(C) of the Act.",
        "The licences were revoked by the Department of Commerce.",
    ])
    assert [a.actor for a in found] == ["The Department of State", "The Department of State",
                                        "Department of Commerce"]


def test_items_of_a_measures_list_are_actions_of_its_lead_in() -> None:
    found = find_actions_in([
        "The United States and Corvania decided to:",
        "Establish a bilateral working group on chemical diversion;",
        "Launch a joint task force on precursor shipments; and",
        "The two delegations thanked their hosts.",
    ])
    assert [(a.actor, a.verb) for a in found] == [("The United States and Corvania",
                                                   "establish"),
                                                  ("The United States and Corvania",
                                                   "launch")]


def test_action_is_a_frozen_dataclass_with_text_actor_verb() -> None:
    action = Action("x", "y", "z")
    with pytest.raises(AttributeError):
        action.text = "w"  # type: ignore[misc]


# -- the labelled set -----------------------------------------------------------------

def bench() -> ModuleType:
    return load("actions")


def test_labelled_releases_keep_precision_and_recall() -> None:
    b = bench()
    if not b.corpus.available():
        pytest.skip("../shared/data is not present (the labelled set needs it)")
    documents = [d for d in b.corpus.load() if d.source == "first"]
    overall = b.score(b.outcomes(documents))
    held_out = b.score(b.outcomes([d for d in documents if d.held_out]))
    assert overall.precision >= MIN_PRECISION and overall.recall >= MIN_RECALL, overall
    assert (held_out.precision >= MIN_HELD_OUT_PRECISION
            and held_out.recall >= MIN_HELD_OUT_RECALL), held_out


def test_the_finder_of_a_commit_runs_on_its_own_code() -> None:
    """bench --finder-at: a commit's monitor/ and store/, from git, in a fresh interpreter."""
    b = bench()
    if not b.corpus.available():
        pytest.skip("../shared/data is not present (the labelled set needs it)")
    if subprocess.run(["git", "-C", str(b.ROOT), "rev-parse", "HEAD"],
                      capture_output=True, check=False).returncode:
        pytest.skip("not a git checkout")
    documents = [d for d in b.corpus.load() if d.source == "first" and d.held_out]
    then = b.outcomes(documents, b.finder_at("HEAD", documents))
    changed = subprocess.run(["git", "-C", str(b.ROOT), "status", "--porcelain", "monitor",
                              "store", "alerts"], capture_output=True, text=True, check=True)
    if not changed.stdout.strip():  # the tree is HEAD's: the same finds
        assert [o.found is not None for o in then] == [
            o.found is not None for o in b.outcomes(documents)]
    assert b.score(then).true_positives > 0
    with pytest.raises(SystemExit, match="no-such-commit"):
        b.finder_at("no-such-commit", documents)


def test_errors_list_an_earlier_commit_s_finds_by_their_text(
        capsys: pytest.CaptureFixture[str]) -> None:
    """--errors with --finder-at: an earlier commit's finds carry their text only (no actor or
    verb crosses the process), and are listed all the same."""
    b = bench()
    ours = Action("Today we designate the Halden Company.", "we", "designate")
    b.print_errors([
        b.Outcome("https://x.test/a/", 2, "It snowed.", False, b._Found("It snowed.")),
        b.Outcome("https://x.test/b/", 0, ours.text, False, ours),
        b.Outcome("invented:zz01", 3, "We impose sanctions.", True, None)])
    assert capsys.readouterr().out.splitlines() == [
        "FP a#2", "   It snowed.",
        "FP b#0  [we / designate]", "   Today we designate the Halden Company.",
        "FN invented:zz01#3", "   We impose sanctions."]


def test_another_policy_is_compared_only_in_cross_validation(
        capsys: pytest.CaptureFixture[str]) -> None:
    b = bench()
    with pytest.raises(SystemExit) as stopped:
        b.main(["--policy", "real-first", "--speed"])
    assert stopped.value.code == 2 and "--cv or --by-set" in capsys.readouterr().err
