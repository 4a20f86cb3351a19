"""The rule pass: what it calls a measure, how it found it, and what it puts in history.

Every sentence here is our own writing (Corvania and its neighbours are invented), each
showing one shape of measure or of background.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from monitor.actions import find_actions
from monitor.actions.features import Context, blocked, sentence_features
from monitor.actions.rules import Action, Rejected, verdicts


def verdict(sentence: str, year: int = 2022) -> Action | Rejected | None:
    return verdicts([sentence], year)[0]


@pytest.mark.parametrize("sentence", [
    "At the end of March 2019, the Department of State designated the Halden Network.",
    "From fiscal year 2012 to 2022, the Department of State provided $40 million in grants.",
    "To date, the United States has provided $12 million in assistance to Corvania.",
])
def test_a_sentence_opening_with_an_earlier_date_is_history(sentence: str) -> None:
    found = verdict(sentence)
    assert isinstance(found, Rejected) and found.reasons == ("background or history",)


def test_a_date_after_the_verb_with_its_month_is_history() -> None:
    found = verdict("The Halden Network, which the Department of State designated in May 2016, "
                    "is still active.")
    assert not isinstance(found, Action)


def test_the_items_of_a_lead_in_dated_years_before_are_not_measures() -> None:
    judged = verdicts(["From fiscal year 2012 to 2022, the Department of State provided "
                       "Corvania with:", "$3 million for clean water programs;"], 2022)
    assert not any(isinstance(v, Action) for v in judged)


def test_the_conduct_of_those_today_s_measure_struck_is_not_a_list_of_measures() -> None:
    conduct = ["The Department of State has imposed visa restrictions on 40 Corvanian "
               "officials.",
               "Those targeted in today's action enabled the junta's assault on the press, "
               "including by:", "Closing three independent newspapers;",
               "Jailing reporters who covered the protests; and",
               "Seizing the broadcast licences of two radio stations."]
    judged = verdicts(conduct, 2024)
    assert isinstance(judged[0], Action)
    assert not any(isinstance(v, Action) for v in judged[1:])
    # a lead-in of today's measures still opens a list of them
    for lead_in in ("Today's actions include:", "The Department is also taking the following "
                    "steps today:"):
        measures = verdicts([conduct[0], lead_in, "Restricting visas of 12 judges;",
                             "Suspending two training programs with the junta's police."], 2024)
        assert all(isinstance(v, Action) for v in measures[2:]), lead_in


def test_we_and_a_present_verb_with_this_action_is_the_statements_own_measure() -> None:
    found = verdict("We take this action pursuant to Executive Order 14001 on Corvania.")
    assert isinstance(found, Action) and found.verb == "take" and found.actor == "We"
    assert not isinstance(verdict("We take pride in our friendship with Corvania."), Action)


@pytest.mark.parametrize(("sentence", "verb"), [
    ("The two delegations agreed to meet again in a plenary session in October.", "agreed"),
    ("The ministers decided that their experts will draft a joint road map by June.",
     "decided"),
])
def test_a_decision_governments_agreed_is_a_measure(sentence: str, verb: str) -> None:
    found = verdict(sentence)
    assert isinstance(found, Action) and found.verb == verb and found.kind == "agreement"


@pytest.mark.parametrize("sentence", [
    "The two sides agreed to continue their close cooperation on border issues.",
    "We will uphold the rules that we have agreed to follow at sea.",
    "The United States and Corvania decided to:",
])
def test_continuing_a_rule_already_agreed_or_a_lead_in_is_not_an_agreed_decision(
        sentence: str) -> None:
    assert not isinstance(verdict(sentence), Action)


@pytest.mark.parametrize("sentence", [
    "We are pleased to welcome Corvania as the 40th member of the Organization.",
    "Corvania today became the newest member of the Maritime Compact.",
])
def test_joining_a_body_or_an_accord_is_a_measure(sentence: str) -> None:
    found = verdict(sentence)
    assert isinstance(found, Action) and found.form == "shape"


@pytest.mark.parametrize("sentence", [
    "The ministers tasked their working groups with an assessment of the threat.",
    "The Department of State has concluded a settlement with Norland Optics Corporation.",
    "The Administration has submitted the budget request to Congress.",
    "The United States will organize training programs for Corvanian customs officers.",
])
def test_verbs_of_tasking_settling_submitting_and_organizing_are_measures(
        sentence: str) -> None:
    assert isinstance(verdict(sentence), Action)


@pytest.mark.parametrize("sentence", [
    "Their property and interests in property subject to U.S. jurisdiction are blocked.",
    "U.S. persons are generally prohibited from engaging in transactions with them.",
    "Those designated today are not eligible to enter the United States.",
    "This funding will provide emergency food, clean water and shelter.",
    "This includes the provision of food, water and shelter to displaced families.",
])
def test_a_measures_legal_effect_or_make_up_is_a_restatement(sentence: str) -> None:
    found = verdict(sentence)
    assert isinstance(found, Action) and found.form == "restate"


def test_a_restatement_needs_a_headline_measure_or_one_found_before_it() -> None:
    sentences = ["Corvania's reforms were the subject of the conference.",
                 "Their property and interests in property subject to U.S. jurisdiction are "
                 "blocked."]
    judged = verdicts(sentences, 2022)
    general = Context(judged, None, "Remarks at the Corvania Conference", 2022)
    assert blocked(sentence_features(sentences, 1, general))
    designation = Context(judged, None, "Treasury Designates Two Corvanian Officials", 2022)
    assert not blocked(sentence_features(sentences, 1, designation))


def test_this_includes_without_a_measure_is_not_a_restatement() -> None:
    assert not isinstance(verdict("This includes women and children in remote villages."),
                          Action)


@pytest.mark.parametrize(("sentence", "frame"), [
    ("We welcome the plan of Corvania to sign the accord.", "r:frame=welcome"),
    ("We condemn the decision of the regime to ban the newspapers.", "r:frame=condemn"),
    ("We urge the parties to impose a ceasefire.", "r:frame=urge"),
])
def test_the_opinion_frame_of_a_measure_verb_is_a_feature(sentence: str, frame: str) -> None:
    context = Context(verdicts([sentence], 2022), None, "", 2022)
    assert frame in sentence_features([sentence], 0, context)


@pytest.mark.parametrize("sentence", [
    "The agency has issued an import alert on three Corvanian drug makers.",
    "EPA has suspended the registration of two pesticides made in Corvania.",
])
def test_an_agency_named_by_its_acronym_or_as_the_agency_is_a_government_actor(
        sentence: str) -> None:
    assert isinstance(verdict(sentence), Action)


def test_being_added_to_a_list_or_an_orders_scope_is_a_measure() -> None:
    found = verdict("Corvania has been added to the scope of the order.")
    assert isinstance(found, Action) and found.verb == "added"
    assert not isinstance(verdict("Two engineers were added to the team."), Action)


@pytest.mark.parametrize("sentence", [
    "We have built a strong, enduring partnership with the people of Corvania.",
    "The United States pledged its continued support for the talks.",
])
def test_a_relationship_or_continued_support_is_not_a_concrete_measure(sentence: str) -> None:
    assert not isinstance(verdict(sentence), Action)


def test_another_bodys_measure_welcomed_as_the_news_is_a_shape_the_model_weighs() -> None:
    found = verdict("We welcome today's adoption of the resolution on Corvania by the "
                    "Regional Assembly.")
    assert isinstance(found, Action) and found.verb == "adoption" and found.form == "shape"
    assert not isinstance(verdict("We welcome the progress Corvania has made on reform."),
                          Action)


def test_a_welcomed_measure_recalled_years_since_is_not_a_shape() -> None:
    assert not isinstance(verdict("Four years since we welcomed the signing of the accord, "
                                  "little has been done."), Action)


def test_an_agency_and_a_participle_after_be_is_an_adjective_not_a_measure() -> None:
    found = verdict("These imported creams are not FDA approved.")
    assert isinstance(found, Rejected) and "adjective" in found.reasons[0]


@pytest.mark.parametrize(("sentence", "actor"), [
    ("HALDEN — Today the Ministry of Finance of Corvania imposed sanctions on four shipping "
     "firms.", "the Ministry of Finance of Corvania"),
    ("HALDEN, Corv. – The Corvanian Coast Guard today seized two cargo vessels.",
     "The Corvanian Coast Guard"),
    ("PORT VESTA (Wire)—The Department of State imposed visa restrictions on six officials.",
     "The Department of State"),
])
def test_a_news_dateline_is_not_part_of_the_actor(sentence: str, actor: str) -> None:
    found = verdict(sentence)
    assert isinstance(found, Action) and found.actor == actor


@pytest.mark.parametrize("sentence", [
    "Additionally, the new E.O. provides for sanctions against persons who undermine the "
    "Corvanian peace accord.",
    "This designation expands the opportunity to resettle in the United States to thousands "
    "of Corvanians.",
    "This updates the business advisory issued by U.S. government agencies the year before.",
    "Under the terms of the 24-month Consent Agreement, Norland Optics will pay a civil "
    "penalty of $3,000,000.",
    "Norland Optics must also hire an outside Special Compliance Officer for two years and "
    "conduct an external audit.",
])
def test_what_todays_instrument_provides_or_a_settlement_imposes_is_a_restatement(
        sentence: str) -> None:
    found = verdict(sentence)
    assert isinstance(found, Action) and found.form == "restate"


@pytest.mark.parametrize("sentence", [
    "Companies that fail to comply must pay a civil penalty under the statute.",
    "These actions underscore our commitment to accountability in Corvania.",
    "The order was signed by the regime's leader in 2015 and remains in force.",
])
def test_the_law_in_general_or_what_a_measure_stands_for_is_no_restatement(
        sentence: str) -> None:
    found = verdict(sentence)
    assert not (isinstance(found, Action) and found.form == "restate")


@pytest.mark.parametrize("sentence", [
    "The Ministers welcomed new members joining the Coalition: Corvania and Norland.",
    "We congratulate the foreign ministers of Corvania and Norland for concluding these "
    "trade agreements.",
    "The United States welcomes Norland's announcement today to impose further sanctions "
    "under its anti-corruption regime.",
    "Today's decision from the International Tribunal affirming the conviction of the former "
    "commander brings justice to the victims.",
])
def test_another_bodys_measure_as_the_news_is_a_shape(sentence: str) -> None:
    found = verdict(sentence)
    assert isinstance(found, Action) and found.form == "shape"


def test_thanks_for_joining_an_effort_is_no_measure() -> None:
    assert not isinstance(verdict("We thank the many nations for joining us in this effort."),
                          Action)


@pytest.mark.parametrize("sentence", [
    "Today, the President directed Deferred Enforced Departure for Corvanian residents in "
    "the United States for 18 months.",
    "The Bureau of Overseas Buildings Operations has selected 12 engineering firms for the "
    "support contract.",
    "The United States supported a regional study on forced labor in the fishing fleets of "
    "the Corvanian Sea.",
])
def test_directing_selecting_and_supporting_a_named_piece_of_work_are_measures(
        sentence: str) -> None:
    assert isinstance(verdict(sentence), Action)


@pytest.mark.parametrize("sentence", [
    "The office is directed by a career diplomat.",
    "The United States supported the people of Corvania in their call for free elections.",
    "We will preserve our alliance and transfer our experience to our partners.",
    "The materials will continue to be accessible on the old site.",
])
def test_a_directed_office_support_for_a_cause_or_the_status_quo_is_no_measure(
        sentence: str) -> None:
    assert not isinstance(verdict(sentence), Action)


@pytest.mark.parametrize("sentence", [
    "@CorvaniaEmbassy on Twitter will be archived at @CorvaniaEmbassy46",
    "Archived content will be available at @Envoy46.",
    "The agency's website will be transferred to the National Archives on January 20.",
    "First, we are preserving the records we have created with the National Archives.",
])
def test_a_governments_own_records_archived_or_moved_are_a_measure(sentence: str) -> None:
    assert isinstance(verdict(sentence, 2027), Action)


@pytest.mark.parametrize("sentence", [
    "The United States welcomes the EU's adoption today of a new sanctions regime for "
    "Corvania.",
    "We congratulate His Majesty King Aldric III and Foreign Minister Vell of Corvania and "
    "Prime Minister Oster and Foreign Minister Brandt of Norland for concluding these deals.",
])
def test_a_welcomed_measure_named_by_its_body_or_after_a_long_list_of_names_is_a_shape(
        sentence: str) -> None:
    found = verdict(sentence)
    assert isinstance(found, Action) and found.form == "shape"


def test_an_armed_group_designated_today_is_what_the_measure_names_not_an_actor() -> None:
    found = verdict("Both militias were designated today pursuant to E.O. 13894.")
    assert isinstance(found, Action) and found.form == "passive"
    assert not isinstance(verdict("The militias were deployed to the border last week."),
                          Action)


@pytest.mark.parametrize("sentence", [
    "OFAC targeted, among others, entities and individuals who support the Corvanian regime.",
    "Alongside these U.S. actions, we welcome the steps taken today by Norland against the "
    "regime.",
    "Eligibility to petition will now be extended to include legal guardians in the United "
    "States.",
    "Ambassador Jane Roe, a career member of the Senior Foreign Service, will be departing for "
    "Lisbon to serve as Chargé d'Affaires, ad interim.",
    "The United States government, alongside our allies, has formally confirmed that hackers "
    "working for the Corvanian ministry exploited the flaw.",
])
def test_targets_steps_welcomed_today_a_rule_changed_now_a_post_and_a_formal_finding(
        sentence: str) -> None:
    assert isinstance(verdict(sentence, 2021), Action)


@pytest.mark.parametrize("sentence", [
    "Our programs targeted young people in rural areas.",
    "The regime targeted protesters and journalists.",
    "The tribunal formally concluded that the election was fraudulent.",
])
def test_a_programmes_audience_condemned_conduct_or_a_courts_finding_is_no_measure(
        sentence: str) -> None:
    assert not isinstance(verdict(sentence, 2021), Action)


def test_another_government_targeting_people_is_conduct_not_a_sanctions_action() -> None:
    found = verdict("The government of Corvania targeted these individuals in a campaign to "
                    "silence lawyers.", 2021)
    assert not isinstance(found, Action)


@pytest.mark.parametrize(("sentence", "found"), [
    ("For these reasons, the Department has determined that it is not appropriate to debar "
     "Norland Optics at this time.", True),
    ("The Department of State is renaming its training center in honor of Ambassador Jane Roe.",
     True),
    ("Scientists have determined that the virus spread quickly.", False),
])
def test_a_governments_determination_and_a_renaming_are_measures(sentence: str,
                                                                  found: bool) -> None:
    assert isinstance(verdict(sentence, 2021), Action) is found


@pytest.mark.parametrize(("sentence", "found"), [
    ("This Administration has imposed visa restrictions on 12 Corvanian officials.", True),
    ("The Department has put visa restrictions in place on 12 officials of Corvania.", True),
    ("Treasury put the Halden Network on the Specially Designated Nationals List today.", True),
    ("This Administration is putting our highest values at the center of our foreign policy.",
     False),
])
def test_this_administration_acts_and_put_needs_a_measure_put_in_place(sentence: str,
                                                                        found: bool) -> None:
    assert isinstance(verdict(sentence, 2021), Action) is found


@pytest.mark.parametrize(("sentence", "found"), [
    ("Opposition leaders were targeted by the regime's security services.", False),
    ("Corvania's Department of State Security targeted journalists and their families.", False),
    ("The Ambassador directed attention to the plight of refugees in the camps.", False),
    ("The President directed the Department to review the visa program.", True),
    ("Today's decision by the court to jail the activists is a travesty.", False),
    ("The Department has not formally determined that a genocide occurred.", False),
    ("The Department has officially confirmed the death of a U.S. citizen in Corvania.", False),
    ("It was my honor to serve as Ambassador to Corvania from 2010 to 2013.", False),
    ("Ambassador Roe, who continues to serve as Special Envoy, met the minister.", False),
    ("The meeting will now include ministers from five countries.", False),
    ("Application materials will be available on the embassy website.", False),
    ("We have put the regime on notice that further abuses will have consequences.", False),
    ("The United States is not putting sanctions in place today.", False),
    ("Treasury sanctions five Corvanian officials today for corruption.", True),
])
def test_the_new_shapes_and_verbs_stop_where_they_should(sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence, 2021), Action) is found


def test_a_target_of_sanctions_is_of_the_sanctions_kind() -> None:
    found = verdict("OFAC targeted, among others, entities and individuals who support the "
                    "Corvanian regime.", 2021)
    assert isinstance(found, Action) and found.kind == "sanctions"


def test_the_present_tense_is_the_news_only_in_the_lede() -> None:
    """An agency release opens in the present ("… announces …"); the same tense later in the
    statement, with no "today", is a habit or a description, not the news."""
    lede = ("The Corvanian Bureau of Statistics announces the release of a report on "
            "household incomes in the northern provinces.")
    later = "The Bureau announces the release of a report on wages every spring."
    judged = verdicts(["Office of the Spokesperson", "WASHINGTON — " + lede, later], 2022)
    assert isinstance(judged[1], Action) and judged[1].verb == "announces"
    assert not isinstance(judged[2], Action)
    # nor in a clause of condition or time, in the lede or not
    assert not isinstance(verdicts(["Once the Agency designates a seller, its licence is "
                                    "void."], 2022)[0], Action)
    # the same first sentence after another full sentence is not the lede
    assert not isinstance(verdicts(["Corvania held elections in May.", lede], 2022)[1], Action)


@pytest.mark.parametrize(("sentence", "found"), [
    ("The Corvanian Food Agency has warned companies that sell unapproved slimming pills "
     "online.", True),
    ("The Commission warned 14 online sellers to stop marketing the device as a cure.", True),
    ("The United States warned Corvania that further incursions would carry costs.", False),
    ("We have warned consumers for years about such products.", False),
])
def test_a_regulator_warning_traders_is_a_measure_a_warning_to_a_government_is_not(
        sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


@pytest.mark.parametrize("sentence", [
    "The President's Budget for FY 2023 requests $4.1 billion for the Corvanian border "
    "programs.",
    "The budget also proposes $300 million to expand clean water programs in Corvania.",
])
def test_what_a_budget_requests_is_a_measure(sentence: str) -> None:
    found = verdict(sentence)
    assert isinstance(found, Action) and found.kind == "funding" and found.amount


@pytest.mark.parametrize("sentence", [
    "Last year the budget requested $2 billion for roads in the northern provinces.",
    "Our budget requests are reviewed by the committee every spring.",
])
def test_a_budget_recalled_or_without_a_sum_is_not(sentence: str) -> None:
    assert not isinstance(verdict(sentence), Action)


@pytest.mark.parametrize(("sentence", "found"), [
    ("The United States and Corvania agreed in principle to establish a joint customs "
     "platform.", True),
    ("The two ministers agreed to meet in the coming months to settle the details.", False),
    ("The two ministers agreed to meet again in Lisbon in October.", True),
    ("The Secretary and the Minister agreed to explore new energy initiatives.", False),
    ("The two leaders agreed to encourage all parties to return to the talks.", False),
])
def test_what_governments_agree_to_do_is_a_measure_weighing_or_urging_is_not(
        sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


@pytest.mark.parametrize(("sentence", "found"), [
    ("Today, we join our neighbours in celebrating the partnership between our two "
     "democracies.", False),
    ("The United States will join the Partnership for Clean Ports next month.", True),
    ("The Department of State renewed the charter of the Advisory Council on Schools.", True),
    ("The Minister renewed her call for calm in the border provinces.", False),
])
def test_joining_a_body_and_renewing_an_instrument_are_measures(sentence: str,
                                                                found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


@pytest.mark.parametrize(("sentence", "found"), [
    ("We are pleased that the Agreement on Northern Fisheries will enter into force on "
     "June 25.", True),
    ("The new export rule takes effect on the first of next month.", True),
    ("The convention, which entered into force in 2004, has 150 parties.", False),
])
def test_an_instrument_taking_effect_is_the_news(sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


def test_the_lines_of_a_budget_request_with_a_sum_are_measures() -> None:
    for sentence in ("The request also includes over $700 million in climate assistance.",
                     "The request includes a direct appropriation of $320 million for "
                     "consular services."):
        found = verdict(sentence)
        assert isinstance(found, Action) and found.kind == "funding", sentence


@pytest.mark.parametrize(("sentence", "found"), [
    ("The Secretary will travel to Corvania, where he will meet the Prime Minister and sign "
     "a memorandum of understanding on energy.", True),
    ("The Envoy will first be in Corvania, where she will meet officials, as well as announce "
     "a new water project.", True),
    ("We will continue to work with partners and provide assistance to refugees.", False),
    ("The Secretary will meet the Prime Minister and discuss regional issues.", False),
    ("The regime will arrest critics and seize their property.", False),
])
def test_the_second_verb_of_a_future_takes_its_subject(sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


@pytest.mark.parametrize(("sentence", "found"), [
    ("The Secretary highlighted the recent U.S. donation of 1.5 million vaccine doses to "
     "Corvania.", True),
    ("They discussed our recent donation of $5 million in flood relief.", True),
    ("We recall the donation of 2 million doses in 2020 with pride.", False),
])
def test_a_recent_gift_named_in_a_readout_is_a_measure(sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


def test_the_sentences_a_revision_added_have_no_lede() -> None:
    added = ["The Corvanian Bureau of Statistics announces the release of a report on "
             "household incomes."]
    assert isinstance(verdicts(added, 2022)[0], Action)
    assert not isinstance(verdicts(added, 2022, whole=False)[0], Action)



# Each a class a reviewer found the rules over- or under-matching (all our own writing):
# greetings, habits and plural nouns in a lede; a coordinated verb that is another clause's;
# agreements to weigh or urge; a warning of consequences; a foreign law taking effect;
# joining in an observance; renewed calls; a condemned delivery; another body's budget.
_REVIEWED = [
    (['The United States extends its warmest congratulations to the people of '
      'Corvania on the 30th anniversary of the Peace Treaty.'], 0, False),
    (['The United States offers its deepest condolences to the families of those '
      "killed in yesterday's attack on the Corvanian embassy."], 0, False),
    (['Each year, the United States provides more humanitarian assistance to Corvania '
      'than any other donor.'], 0, False),
    (['U.S. and EU sanctions on Corvanian officials remain in place as the regime '
      'continues its crackdown.'], 0, False),
    (['USAID grants and loans to Corvania total more than $1 billion.'], 0, False),
    (["The Department's grants support programs that train journalists in Corvania."], 0, False),
    (['Why does the United States care about Corvania?',
      'The Department of State releases the annual report each spring.'], 1, False),
    (['Antony J. Blinken, Secretary of State',
      'The National Oceanic and Atmospheric Administration announces the release of a '
      'report on climate.'], 1, True),
    (['The Department of State, as part of its commitment to Corvania, announces $10 '
      'million in new funding.'], 0, True),
    (['We will press the Corvanian authorities to restore democracy and lift the '
      'state of emergency.'], 0, False),
    (['In Corvania, the Secretary will visit a refugee camp and meet with '
      'humanitarian organizations that deliver food and provide medical assistance to '
      'refugees.'], 0, False),
    (['We hope the Government of Corvania will heed these calls and lift the state of '
      'emergency.'], 0, False),
    (['The Corvanian authorities said that they will shut down independent newspapers '
      'and revoke the licenses of foreign journalists.'], 0, False),
    (['The United States will closely monitor whether the regime will arrest '
      'protesters and seize their property.'], 0, False),
    (['The authorities must respect the will of the Corvanian people and release the '
      'detained journalists and suspend the death sentences.'], 0, False),
    (['The Secretary will meet with Foreign Minister Ruiz to discuss regional '
      'security and support for the UN vaccine program.'], 0, False),
    (['The Secretary will travel to Corvania, where he will meet the Prime Minister '
      'and sign a memorandum of understanding on energy.'], 0, True),
    (['The two sides agreed that they would explore opportunities to expand '
      'cooperation on clean energy.'], 0, False),
    (['The ministers agreed to jointly explore new areas of cooperation.'], 0, False),
    (['The ministers agreed to call for an immediate ceasefire and unhindered '
      'humanitarian access.'], 0, False),
    (['The ministers agreed on the importance of a rules-based international order.'], 0, False),
    (['The ministers agreed to meet again in the coming months to review '
      'implementation of the 2019 roadmap.'], 0, False),
    (['The two sides agreed to hold talks again in the coming months.'], 0, False),
    (['The delegations agreed to convene the next meeting of the working group at a '
      'mutually convenient time.'], 0, False),
    (['The two delegations agreed to meet again in a plenary session in October.'], 0, True),
    (['The two sides agreed, in principle, to establish a joint working group on '
      'border crossings.'], 0, True),
    (['The Department of the Treasury today warned companies around the world that '
      'doing business with the designated entities risks exposure to sanctions.'], 0, False),
    (['The Secretary warned that companies doing business with the junta will face '
      'consequences.'], 0, False),
    (['The Secretary today warned Corvania that businesses owned by its military '
      'would face sanctions.'], 0, False),
    (['FDA has warned companies that have illegally sold unapproved drugs containing '
      'semaglutide.'], 0, True),
    (["The United States is deeply concerned by Corvania's new foreign agents law, "
      'which will take effect on July 1 and will severely restrict civil society.'], 0, False),
    (['We urge the Corvanian parliament to repeal the law before it takes effect.'], 0, False),
    (["The regime's new media law takes effect today, silencing the country's last "
      'independent outlets.'], 0, False),
    (['If Congress fails to act, the sequester takes effect on March 1.'], 0, False),
    (['The new rule will go into effect on July 1.'], 0, True),
    (['Today, the Treaty on the Prohibition of Nuclear Weapons entered into force.'], 0, True),
    (['We are pleased that the Agreement on Northern Fisheries will enter into force '
      'on June 25.'], 0, True),
    (['The United States joins partners around the world in observing World Press '
      'Freedom Day and the launch of the Global Media Defence Fund.'], 0, False),
    (['The United States joins the people of Corvania to celebrate the 30th '
      'anniversary of the Peace Agreement.'], 0, False),
    (['The United States joins the people of St. Lucia in celebrating the 40th '
      'anniversary of independence and the Charter of the OECS.'], 0, False),
    (['The G7 foreign ministers renewed their call for sanctions on those responsible '
      'for the coup.'], 0, False),
    (['The United States renewed its commitment to agreements that protect refugees.'], 0, False),
    (['We condemn the latest delivery of 300 tanks from Russia to the regime.'], 0, False),
    (['Authorities intercepted the latest shipment of 2 tons of cocaine bound for '
      'Europe.'], 0, False),
    (['The Foreign Minister thanked Japan for the recent donation of 2 million doses '
      'by the Japanese government.'], 0, False),
    (['Our recent donation of 2 million vaccine doses arrived in Corvania on Monday.'], 0, True),
    (['The Secretary highlighted the recent U.S. donation of 1.5 million vaccine '
      'doses to Corvania.'], 0, True),
    (["Meanwhile, the regime's budget allocates $3 billion to the security forces "
      'that are killing protesters.'], 0, False),
    (["Corvania's request includes $5 billion in debt relief from the IMF."], 0, False),
    (["The President's Fiscal Year 2022 Budget Request for the Department of State "
      'and USAID includes $58.5 billion for diplomacy.'], 0, True),
    (['The request also includes over $700 million in climate assistance.'], 0, True),
]


@pytest.mark.parametrize(("sentences", "index", "found"), _REVIEWED)
def test_classes_found_in_review(sentences: list[str], index: int, found: bool) -> None:
    assert isinstance(verdicts(sentences, 2021)[index], Action) is found


@pytest.mark.parametrize(("sentence", "found"), [
    ("The United States will withdraw all troops from Corvania by September.", True),
    ("The Department will pause visa processing at the embassy in Corvania.", True),
    ("The United States has waived sanctions on the Corvanian pipeline company.", True),
    ("That is why we imposed visa restrictions on twelve Corvanian officials.", True),
    ("The regime withdrew its ambassador from Corvania.", False),
    ("The Minister withdrew from the race for the presidency.", False),
])
def test_measures_of_halting_withdrawing_and_waiving(sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


def test_a_decision_with_an_aside_before_its_content_is_still_a_decision() -> None:
    found = verdict("The delegations decided, following technical talks in May, that "
                    "Corvanian forces will leave the border zone by December.")
    assert isinstance(found, Action) and found.kind == "agreement"


# A second review of the same rules (all our own writing): news ledes kept, and solidarity,
# standing accounts and lead-ins in a lede; agendas, compound nouns and another speaker's
# future after "and"; an aside with a date; a month of a roadmap; our own agencies' rules
# against a foreign law; history taking effect; the new verbs in other senses.
_BYLINE = "Office of the Spokesperson"
_REVIEWED_AGAIN = [
    ([_BYLINE,
      'The United States imposes visa restrictions on 12 Corvanian officials '
      'responsible for the crackdown.'], 1, True),
    ([_BYLINE,
      'The Department of the Treasury sanctions three Corvanian officials for serious '
      'human rights abuse.'], 1, True),
    ([_BYLINE,
      'The United States announces nearly $50 million in new humanitarian assistance '
      'for the people of Corvania.'], 1, True),
    ([_BYLINE,
      'The Department of State awards grants to 12 organizations working to protect '
      'journalists in Corvania.'], 1, True),
    ([_BYLINE,
      'The Department of State designates two Corvanian militia leaders as Specially '
      'Designated Global Terrorists.'], 1, True),
    ([_BYLINE,
      'U.S. sanctions against the regime remain in force.'], 1, False),
    ([_BYLINE,
      'The United States pledges its solidarity with the people of Corvania following '
      'the devastating earthquake.'], 1, False),
    ([_BYLINE,
      'The Department of State issues Travel Advisories for every country of the '
      'world.'], 1, False),
    ([_BYLINE,
      'The Secretary of State designates Foreign Terrorist Organizations in '
      'consultation with the Attorney General.'], 1, False),
    ([_BYLINE,
      'The United States advocates the immediate release of all political prisoners '
      'held in Corvania.'], 1, False),
    ([_BYLINE,
      'Every two years, the Department publishes the International Religious Freedom '
      'Report.'], 1, False),
    ([_BYLINE,
      'The U.S. Embassy in Corvania issues the following statement on the anniversary '
      'of the Peace Accord:'], 1, False),
    (['Happy Independence Day to the people of Corvania!',
      'The United States advocates the peaceful resolution of all maritime disputes.'], 1, False),
    (['The Secretary will also discuss efforts to counter disinformation and '
      'establish a regional media fund.'], 0, False),
    (['The two ministers will exchange views on how to expand trade and launch a '
      'joint investment fund.'], 0, False),
    (["The United States will look at ways to support Corvania's recovery and provide "
      'additional vaccine doses.'], 0, False),
    (['The United States will aim to reduce emissions and impose a carbon border fee.'], 0, False),
    (['The Secretary will visit a school in Corvania and meet with teachers, students '
      'and grant recipients.'], 0, False),
    (['The Ambassador will attend a reception and award ceremony for graduates of the '
      'English Access program.'], 0, False),
    (['The Ambassador will visit refugee camps and host communities supported by U.S. '
      'assistance.'], 0, False),
    (['The Secretary will meet with Foreign Minister Ruiz, who said last week that '
      'she will close the border and expel foreign journalists.'], 0, False),
    (['The Secretary will meet with Prime Minister Ruiz, and she will sign the new '
      'electoral law and ban opposition rallies.'], 0, False),
    (["The authorities must respect the people's will expressed at the ballot box and "
      'suspend the death sentences.'], 0, False),
    (['The Secretary will travel to Corvania, where he will meet the Prime Minister '
      'and sign a memorandum of understanding on energy.'], 0, True),
    (["The ministers agreed, following today's discussions, to meet again in the "
      'coming months.'], 0, False),
    (['The two governments agreed, in 2015, to establish a joint border commission, '
      'but Corvania has yet to implement that commitment.'], 0, False),
    (['Russia agreed, under the Minsk agreements, to withdraw its heavy weapons, but '
      'it has failed to do so.'], 0, False),
    (['The ministers agreed to reconvene soon to follow up on the commitments made in '
      'March.'], 0, False),
    (['The two sides agreed to meet regularly to review implementation of the Joint '
      'Declaration of June 2018.'], 0, False),
    (['The two sides agreed to hold the next round of talks to review the roadmap of '
      'March 2019.'], 0, False),
    (['The ministers agreed on the urgent need for a ceasefire.'], 0, False),
    (['They agreed to look for ways to deepen economic ties.'], 0, False),
    (['The two delegations agreed to meet again in a plenary session at the end of '
      'September.'], 0, True),
    (["Treasury's final rule takes effect on March 15."], 0, True),
    (["The Administration's new rule on asylum processing takes effect on May 31."], 0, True),
    (["The Department's new visa rule will take effect on July 1."], 0, True),
    (['The Corvanian foreign agents law takes effect today, further restricting civil '
      'society.'], 0, False),
    (["The DPRK's new Anti-Reactionary Thought Law takes effect today."], 0, False),
    (["Corvania's sweeping and repressive new foreign agents law takes effect today."], 0, False),
    (['The Chemical Weapons Convention entered into force on this day in 1997.'], 0, False),
    (['Twenty-five years ago, the Comprehensive Peace Agreement entered into force.'], 0, False),
    (['Secretary Blinken paused for a moment of silence at the memorial to the '
      'victims of the embassy bombing.'], 0, False),
    (['Such programs are authorized by the Foreign Assistance Act of 1961.'], 0, False),
    (['Four years ago, the United States withdrew from the Paris Agreement.'], 0, False),
    (['The President of Corvania withdrew from the Presidential Debate after the '
      'Election Commission ruled against him.'], 0, False),
    (['The U.S. Embassy in Corvania was briefly evacuated on Tuesday after a '
      'suspicious package was found.'], 0, False),
    (['The Corvanian Government halted the advance of rebel troops toward the '
      'capital.'], 0, False),
    (['The United States has paused assistance to the Corvanian security forces.'], 0, True),
    (['The FDA today warned three companies for selling fraudulent COVID-19 products.'], 0, True),
    (['The FTC warned 10 companies that their advertising claims may violate federal '
      'law.'], 0, True),
    (["The Department's FY 2022 budget request includes $4 billion for global health "
      'security.'], 0, True),
    (['On this National Day, we celebrate our friendship, exemplified by our recent '
      'donation of 1 million doses of COVID-19 vaccine.'], 0, False),
    (['The United States today joined the COVAX Facility to offer vaccines to '
      'low-income countries.'], 0, True),
    (['The United States will join Corvania to stand up a joint task force on human '
      'trafficking.'], 0, True),
    (['The United States joins the people of Corvania to celebrate the 30th '
      'anniversary of the Peace Agreement.'], 0, False),
]


@pytest.mark.parametrize(("sentences", "index", "found"), _REVIEWED_AGAIN)
def test_classes_found_in_a_second_review(sentences: list[str], index: int,
                                          found: bool) -> None:
    assert isinstance(verdicts(sentences, 2021)[index], Action) is found


@pytest.mark.parametrize(("sentence", "found"), [
    # speech: contracted auxiliaries, a fronted phrase before "we", asks of a legislature
    ("We’ll also provide $5 million in emergency assistance for the flooded provinces.", True),
    ("We’ve imposed visa restrictions on twelve Corvanian officials this week.", True),
    ("That’s why in this budget we proposed $4.2 billion for the Corvania programs.", True),
    ("We’re asking for $10 billion for global health programs in the next fiscal year.", True),
    ("The ministers met today in Lisbon at the old customs house to launch a new dialogue on "
     "migration.", True),
    ("The ministers met in Lisbon to discuss migration.", False),
    ("I will notify Congress of our intention to provide $75 million in development "
     "assistance.", True),
    # running totals beside the news, and a new tranche with its total
    ("He noted that, to date, the United States has donated 23 million doses to the region.",
     False),
    ("In total, we are in the process of providing more than $360 million in support.", False),
    ("Today the United States is providing $50 million in new assistance, bringing our total "
     "to date to $300 million.", True),
    # not a government measure: other countries in general, a benefit agreed, a question,
    # a turn of speech, evacuees described
    ("In a more competitive world, other countries are making historic investments.", False),
    ("The two sides agreed on the benefit of continued high-level engagements.", False),
    ("QUESTION: But they’re seizing district after district, aren’t they", False),
    ("And in fact, I’ll seize this opportunity to thank the men and women in uniform.", False),
    ("I met families who had fled the fighting, successfully evacuated with their "
     "children.", False),
])
def test_speech_and_testimony(sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


# A third review, of the speech rules (all our own writing): conditions and positions
# stated; a meeting's other business; running totals against a new tranche; other
# governments' conduct in a speech; reporters' questions to the next speaker; adjectives
# after a possessive; someone else's ask or intention.
_REVIEWED_THIRD = [
    (["If Corvania invades, we'll impose sanctions on its leaders."], 0, False),
    (['Unless the regime relents, we will impose further sanctions.'], 0, False),
    (["We've been clear that we'll impose severe costs on the junta."], 0, False),
    (["We'd lift the sanctions on the regime's leaders."], 0, False),
    (['We will impose further sanctions on the junta if the violence continues.'], 0, False),
    (['We’ll also provide $5 million in emergency assistance for the flooded '
      'provinces.'], 0, True),
    (['Secretary Blinken met with the Foreign Minister to discuss ways to increase '
      'humanitarian assistance.'], 0, False),
    (['The ministers met to discuss the need to establish a regional fund.'], 0, False),
    (['We have met our commitment to deliver 80 million doses to the region.'], 0, False),
    (['The ministers met today in Lisbon at the old customs house to launch a new '
      'dialogue on migration.'], 0, True),
    (['The United States is providing $15 million in new assistance to farmers in all '
      '34 provinces.'], 0, True),
    (['The United States today announced $20 million in new funding, for a total of '
      '$300 million to date.'], 0, True),
    (['He noted that, to date, the United States has donated 23 million doses to the '
      'region.'], 0, False),
    (["They're arresting journalists and blocking news sites across the country."], 0, False),
    (["The Europeans have said they'll impose sanctions on the regime."], 0, False),
    (['The United States and 40 other countries issued a joint statement condemning '
      'the coup.'], 0, True),
    (['In a more competitive world, other countries are making historic investments.'], 0, False),
    (['QUESTION: Thank you, Ned.',
      "The Europeans say they'll impose sanctions on Monday.",
      'MR PRICE: We have imposed sanctions on twelve officials today.'], 1, False),
    (['QUESTION: Thank you, Ned.',
      "The Europeans say they'll impose sanctions on Monday.",
      'MR PRICE: We have imposed sanctions on twelve officials today.'], 2, True),
    (["Hungary's proposed legislation would restrict civil society."], 0, False),
    (["The Administration's proposed budget cuts would affect the program."], 0, False),
    (['The U.S. Embassy evacuated more than 1,200 U.S. citizens from the capital this '
      'week.'], 0, True),
    (["Corvania's President is asking for $5 billion in debt relief."], 0, False),
    (['When we asked Congress for $5 billion last year, it agreed.'], 0, False),
    (["We're asking for $10 billion for global health programs."], 0, True),
    (["We support Corvania's intention to join the coalition."], 0, False),
    (['We have never had any intention to impose sanctions on Corvania.'], 0, False),
    (['In this budget we have proposed $10 billion for global health.'], 0, True),
    (['The Corvanian government expelled three U.S. diplomats.'], 0, True),
    (['Today we are announcing the opportunity for civil society groups to apply for '
      '$2 million in grants.'], 0, True),
]


@pytest.mark.parametrize(("sentences", "index", "found"), _REVIEWED_THIRD)
def test_classes_found_in_a_third_review(sentences: list[str], index: int,
                                         found: bool) -> None:
    assert isinstance(verdicts(sentences, 2021)[index], Action) is found


@pytest.mark.parametrize("sentence", [
    "They agreed to remain in close contact as recovery efforts continue.",
    "The two ministers agreed to stay in touch on the border talks.",
])
def test_agreeing_to_stay_in_contact_is_no_measure(sentence: str) -> None:
    assert not isinstance(verdict(sentence), Action)


_BUDGET_TESTIMONY = [
    "Thank you for the chance to present the President's fiscal year 2024 budget request "
    "for the Department.",
    "It requests $4.3 billion for the Corvanian border programs.",
    "It will also invest 740 million in clean water for the northern provinces.",
    "The budget would restore our leadership on refugees with a request of $9 billion in "
    "humanitarian assistance.",
    "The request modernizes our consular systems, providing $310 million for passport "
    "services.",
    "It does not include $5 million for the old exchange program.",
    "Some members regret that it provides only $2 million for libraries.",
    "It was a hard year for the staff of our embassies.",
]


def test_the_lines_of_a_budget_statement_with_it_or_the_budget_as_subject_are_measures(
        ) -> None:
    found = [isinstance(v, Action) for v in verdicts(_BUDGET_TESTIMONY, 2023)]
    assert found == [False, True, True, True, True, False, False, False]
    line = verdicts(_BUDGET_TESTIMONY, 2023)[2]
    assert isinstance(line, Action) and line.kind == "funding"


# the same lines in a statement that presents no budget request nor any measure: "it" may be
# a law, a programme or an old agreement
_FARM_ACT = ("The Farm Act was signed in 2018.\n\nIt provides $10 billion in loans to farmers."
             "\n\nIt also requests $300 million for the Endowment.")


def test_a_pronoun_with_a_sum_outside_a_budget_statement_is_not_a_budget_line() -> None:
    verdict_of = verdicts(_FARM_ACT.split("\n\n"), 2023)
    assert not any(isinstance(v, Action) for v in verdict_of)  # no budget line without one


# Twenty-fifth session: the model alone reads the law's provision as a measure, 0.91 against
# 0.75 (0.76 retrained on -db to -di without the paragraphs; the features that decide: the
# sum, "It provides", "loans", and the paragraph of one sentence, pg:single +1.12). A false
# alarm of our own writing the finder did not raise before: not tuned for. Twenty-sixth, with
# -dj to -du trained on: 0.84 (the sum, "It provides", "loans", "It"). Twenty-seventh, with
# -dv to -ec trained on: 0.82 (the sum's "0", "It provides", "loans", no headline measure
# and money). Twenty-eighth, with -ed to -eo trained on: 0.80 (the same four). Twenty-ninth,
# with -ep to -fa trained on: 0.85 ("It provides", the sum's "0", "loans", "It"). Thirtieth,
# with -fb to -fm trained on: 0.69, under 0.75 ("It provides", the sum's "0", "loans", and no
# headline measure beside a sum, x:none&money; nothing changed for it), so the test passes
# again. Thirty-third, with -gh to -go trained on and the session's four readings: 0.76
# against 0.7 ("It provides", "loans", the sum's "0", "provides $"; not traced to one
# reading), a known false alarm again, found by the CI run after the lockbox, when
# nothing could change for it: strict, so that it fails here once the finder gets it right.
# Thirty-fourth, with -gp to -gs trained on: 0.73 (the same four features lead), still a
# false alarm. Thirty-fifth, with -gt to -gw trained on: 0.79 (the same four), still one.
# Thirty-sixth, with -gx to -ha trained on and the session's three readings: 0.80, still one
@pytest.mark.xfail(strict=True, reason="known: the model alone finds the law's provision "
                   "(0.80 against 0.7, thirty-sixth session); see the comment above")
def test_the_finder_finds_nothing_in_a_law_s_provisions_recalled() -> None:
    assert find_actions(_FARM_ACT, title="The Farm Act at five",
                        published=datetime(2023, 5, 1, tzinfo=UTC)) == []


# Classes found on statements of our own writing (fixtures/actions/invented-a.json), each
# written here again in other words: measures in other currencies and idioms, the usual lines
# of enforcement releases, and what only looks like a measure.
@pytest.mark.parametrize(("sentence", "found"), [
    # other currencies, a British future, a contracted "I am", a start of delivery
    ("Britain is to give £12 million to help children in Corvania return to school.", True),
    ("The Ministry has confirmed a further €8 million over three years for border clinics.",
     True),
    ("Of this, £3 million will go to a new programme for girls' education.", True),
    ("I'm ordering our navy to set up a field hospital in the port of Marlin.", True),
    ("The United States began delivering four additional radars to Corvanian forces this week.",
     True),
    ("We're sending about 900 military engineers to the flooded provinces.", True),
    # formal acts, appointments, fines, duties, charges
    ("NOW, THEREFORE, I, JANE DOE, Governor of the State, do hereby proclaim May 3 as Ferry "
     "Safety Day.", True),
    ("USAID has named Maria Ortiz as its new Mission Director for Corvania.", True),
    ("The Competition Authority has fined four bakeries a total of £2 million for fixing "
     "prices.", True),
    ("The Department will require all clinics to report outbreaks within a day.", True),
    ("The Attorney General charged six people with smuggling rifles to Corvania.", True),
    ("The Secretary has extended Temporary Protected Status for nationals of Corvania for 18 "
     "months.", True),
    ("The final rule revises the 1994 hazard standard for grain elevators.", True),
    ("The Agency will run a national awareness campaign on carbon monoxide this winter.", True),
    ("The Department of State today released the Country Reports on Piracy 2019, its annual "
     "survey.", True),
    ("To expand these services, we are seeking an additional $14 million for the coming year.",
     True),
    ("Clean water in Corvania: $30 million to UNICEF for wells in the northern provinces.",
     True),
    ("A federal grand jury returned a 12-count indictment, unsealed today, charging four "
     "importers.", True),
    ("Lindale Medical Inc. has agreed to pay $9 million to resolve allegations that it billed "
     "for unneeded tests.", True),
    # what only looks like a measure
    ("There are no talks with Corvanian officials scheduled at this time.", False),
    ("The Assistant Secretary is also scheduled to deliver remarks at the university.", False),
    ("Assistant U.S. Attorneys Ana Ruiz and Tom Berg are prosecuting the case.", False),
    ("The President offered additional U.S. assistance to the regional task force, including "
     "training.", False),
    ("Next week at the United Nations, I'll convene a meeting of world leaders on the crisis.",
     False),
    ("On the morning of June 4, 1944, the Corvanian army launched an attack on the capital.",
     False),
    ("The regime's forces launched a surprise attack on the villages of the north.", False),
    ("“Corvania has made remarkable progress since the floods,” said the Director.", False),
    ("The two leaders agreed that Corvania must withdraw its troops from the border.", False),
    ("They agreed that their officials would remain in close touch.", False),
    ("In addition, more than $40 million has been contributed by American citizens and "
     "companies.", False),
    ("The United States has contributed more than $90 million since the outbreak began.", False),
    ("Licenses for these exports are rarely granted by the Department.", False),
    ("MR SMITH: I will send your compliments to the team.", False),
    ("Any government that comes to power in Corvania will require international assistance.",
     False),
])
def test_classes_found_on_statements_of_our_own_writing(sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


def test_the_same_month_refers_back_to_an_earlier_date() -> None:
    sentences = ["In March 2016, OFAC designated a shipping network in Corvania.",
                 "The same month, OFAC designated a separate network of traders."]
    assert not any(isinstance(v, Action) for v in verdicts(sentences, 2019))


@pytest.mark.parametrize(("sentence", "found"), [
    ("As a result of today's action, any property of the persons designated today that is in "
     "the United States, or held or controlled by U.S. persons, is blocked.", True),
    ("Those listed are subject to a travel ban and an asset freeze across the Union.", True),
    ("As a result of today's action, the Minister and his wife are ineligible for entry into "
     "the United States.", True),
    ("The nine vessels named in today's action are identified as property in which the "
     "company has an interest.", True),
    ("Under this authority, designated officials and their immediate family members are "
     "ineligible for entry into the United States.", False),
])
def test_the_legal_effects_of_todays_designation_restate_it(sentence: str, found: bool) -> None:
    judged = verdicts(["Treasury today designated the Marlin shipping network.", sentence], 2021)
    assert isinstance(judged[1], Action) is found


def test_that_funding_restates_the_measure_before_it() -> None:
    judged = verdicts(["The United States is providing $20 million in humanitarian assistance "
                       "for Corvania.",
                       "That funding will pay for shelter, clean water and protection."], 2021)
    assert isinstance(judged[1], Action) and judged[1].kind == "funding"


@pytest.mark.parametrize(("sentence", "found"), [
    ("The Agency today announced stronger protections for dock workers against silica dust.",
     True),
    ("The United States welcomes today's unanimous adoption by the Security Council of "
     "Resolution 9999, which renews the mission.", True),
    ("They also commended the historic signing of the Harbour Accords in September 2019.",
     False),
    ("The third edition of the Agency's river health report, released today, tracks 40 "
     "indicators.", True),
    ("Northgate Ltd has been fined £1.2 million for the spill.", True),
    ("Five protesters were fined for gathering in the square.", False),
    ("And we're going to train as many as 300 police officers a month.", True),
    ("We will train our sights on the next election.", False),
])
def test_more_classes_found_on_statements_of_our_own_writing(sentence: str,
                                                             found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


def test_what_todays_indictment_or_listing_holds_restates_it() -> None:
    judged = verdicts(["A grand jury returned an indictment, unsealed today, against the "
                       "Marlin network.",
                       "The indictment charges the defendants with smuggling rifles.",
                       "The listings include the network's two leaders and its bank."], 2021)
    assert [isinstance(v, Action) for v in judged] == [True, True, True]
    assert isinstance(judged[0], Action) and judged[0].kind == "criminal"


def test_a_headline_naming_a_measure_anchors_its_restatements() -> None:
    text = ("Cement dust causes thousands of illnesses each year.\n\n"
            "The final rule revises the 1994 dust standard for quarries.")
    sentences = text.split("\n\n")
    published = datetime(2016, 3, 1, tzinfo=UTC)

    def judged(title: str) -> list[str]:
        context = Context(verdicts(sentences, 2016, day=published.date()), published, title,
                          2016)
        return sentence_features(sentences, 1, context)

    # under a headline naming a measure, the rules' restatement goes to the model (which
    # weighs the "1994" of it: twenty-fourth session, 0.15 against the cap of 0.2 of a
    # statement's first measure); under one that names none, it is blocked and never found
    anchored = judged("Agency Strengthens Protections for Quarry Workers")
    assert anchored[0] == "r:restate" and not blocked(anchored)
    assert blocked(judged("Quarry workers and dust"))
    assert find_actions(text, title="Quarry workers and dust", published=published) == []


# Classes found on the White House, Treasury and Justice statements of our own writing
# (fixtures/actions/invented-d.json), written here again in other words.
@pytest.mark.parametrize(("sentence", "found"), [
    ("I hereby declare a national emergency to deal with that threat to our fisheries.", True),
    ("I also direct that the flag be flown at half-staff at all embassies abroad.", True),
    ("The Secretary of Commerce is hereby authorized to take such actions as may be "
     "necessary.", True),
    ("Today, President Jane Doe announced her intent to nominate Ana Ruiz as Ambassador to "
     "Corvania.", True),
    ("The Ministers reaffirmed their intent to hold the next ministerial meeting by June.",
     False),
    ("Today, the Pentagon ordered the destroyer USS Example to sail for the port of Marlin.",
     True),
    ("Today, the House of Representatives passed the Clean Harbors Act with strong support.",
     True),
    ("Approximately 12 million of the doses will be shared through COVAX.", True),
    ("The Department has also shared more than 200 threat indicators with officials.", False),
    ("So today, the President is invoking the Defense Production Act to require suppliers "
     "to fill orders.", True),
    ("An initial $2 million in humanitarian assistance will fund shelter and clean water.",
     True),
    ("Imports of covered bolts will be subject to an additional tariff of 25 percent.", True),
    ("Harbor Lines has agreed to settle its potential civil liability for 12 apparent "
     "violations.", True),
    ("Today, we are unsealing a six-count indictment charging two nationals with extortion.",
     True),
    ("The charges were announced today by Assistant Attorney General Ana Ruiz.", True),
    ("Five of the defendants were arrested yesterday in Marlin.", True),
    ("Three journalists were arrested yesterday in Marlin.", False),
    ("OFAC today identified Corvanian national Ana Ruiz as a Specially Designated Narcotics "
     "Trafficker.", True),
    ("All property and interests in property of these targets must be blocked and reported "
     "to OFAC.", True),
    # what only looks like one
    ("(b) This order shall be implemented consistent with applicable law and subject to the "
     "availability of appropriations.", False),
    ("The leaders agreed that corruption undermines investment and weakens public trust.",
     False),
    ("The two leaders agreed to strengthen cooperation on climate change and clean energy.",
     False),
    ("Partnership: In July 2013, the two presidents launched the Comprehensive Partnership.",
     False),
    ("The Budget builds on the investments in the Act, which the President signed into law "
     "last August.", False),
    ("Corvanian authorities have arrested two of the network's couriers in the past year.",
     False),
    ("OFAC has designated hundreds of individuals linked to the cartel since 2009.", False),
    ("The United States has already committed $4 billion to the fund, making it the largest "
     "single donor.", False),
    ("The Administration will announce the allocation of the remaining doses in the coming "
     "weeks.", False),
    ("The President has directed his response team to work with manufacturers on supply.",
     False),
    ("Since 2008, the Department has issued more than 70,000 special visas to applicants.",
     False),
])
def test_classes_found_on_white_house_and_justice_statements(sentence: str,
                                                             found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


def test_he_or_she_stands_for_the_person_who_acted_just_before() -> None:
    sentences = ["Today, the President signed an order on infant formula supplies.",
                 "He is also launching Operation Swift Bottle to fly in formula from abroad.",
                 "The weather was mild in the capital.",
                 "She also launched a new fund for bakeries."]
    found = [isinstance(v, Action) for v in verdicts(sentences, 2022)]
    assert found == [True, True, False, False]


def test_five_months_later_takes_the_time_of_the_sentence_before() -> None:
    sentences = ["In March 1965, marchers crossed the bridge at Selma.",
                 "Five months later, the President signed the Voting Rights Act into law."]
    assert not isinstance(verdicts(sentences, 2021)[1], Action)


# Classes found on other governments' and international bodies' statements of our own
# writing (fixtures/actions/invented-e.json), written here again in other words.
@pytest.mark.parametrize(("sentence", "found"), [
    ("The UK has today sanctioned 9 individuals and 4 entities supplying drone parts.", True),
    ("Of this, 60 million euros will go to the World Food Programme in Corvania.", True),
    ("The Korean side announced that it will invite 80 officials for training courses in "
     "public health.", True),
    ("The participants agreed to establish a secretariat of the forum in Marlin.", True),
    ("We agreed today to bring all alliance bodies under central cyber protection by 2030.",
     True),
    ("We endorse the Harbour Action Plan, which sets out our collective response.", True),
    ("We task our Finance Ministers to work out the details with Corvania.", True),
    ("The Government has abolished visa requirements for all visitors.", True),
    ("The Ministry advises citizens to defer all travel to Corvania with immediate effect.",
     True),
    ("The Commission is referring Corvania to the Court of Justice for failing to apply the "
     "rules.", True),
    ("The Commission is sending letters of formal notice to six Member States.", True),
    ("The Ministry has raised its travel alert for the northern provinces to Level 4.", True),
    ("Development assistance will be maintained at $2.1 billion next year.", True),
    ("The Government will open four new diplomatic posts over the next two years.", True),
    ("We will close the consulates in Marlin and Lisbon this summer.", True),
    ("The two Prime Ministers will witness the signing of agreements on ports and fisheries.",
     True),
    ("An investment of $120 million will strengthen the coast guard's presence in the region.",
     True),
    ("Establishing the first trade office in the region, with $12 million over five years.",
     True),
    ("We are running evacuation flights from the northern airfield.", True),
    ("The Commission requests €2.3 billion for the neighbourhood instrument.", True),
    # what only looks like one
    ("Both warring parties are blocking aid convoys into the capital.", False),
    ("The Council also agreed to prepare further measures should Corvania fail to change "
     "course.", False),
    ("I am confident that we will reach agreement on an ambitious text.", False),
    ("The Mission will issue a preliminary statement two days after election day.", False),
    ("The Council will hold its first reading in July.", False),
    ("Corvania will host the Harbour Reform Conference in Marlin next year.", False),
    ("The regime has launched more than 2,000 missiles and drones at cities since February.",
     False),
    ("More than 1,000 individuals have now been sanctioned by the Union since the invasion "
     "began.", False),
    ("Our assistance is delivered only through trusted humanitarian partners.", False),
    ("The Council also decided that the Mission's priorities would remain the protection of "
     "civilians.", False),
    ("Aid should instead be delivered across conflict lines, he said.", False),
    ("So in each of these cases, we condemn, we adopt sanctions, and we stand firm.", False),
    ("We elected not to provide Corvania with a roadmap.", False),
])
def test_classes_found_on_statements_of_other_governments(sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


def test_who_todays_listing_names_restates_it() -> None:
    judged = verdicts(["The Union today listed eight officials of the Corvanian police.",
                       "Those listed include the chief of police and two of his deputies.",
                       "Also sanctioned is the Marlin Trading Company.",
                       "Among them are two senior commanders of the border guard.",
                       "The listed individuals are also inadmissible to Canada."], 2021)
    assert all(isinstance(v, Action) for v in judged)


def test_a_communique_s_operative_paragraphs_are_its_decisions() -> None:
    judged = verdicts(["The Council, at its meeting held today, adopted the following decision:",
                       "Decides, in line with its instruments, to suspend Corvania from all "
                       "activities of the Union;",
                       "Requests the Chairperson to dispatch a fact-finding mission within two "
                       "weeks;"], 2021)
    assert [isinstance(v, Action) for v in judged[1:]] == [True, True]


def test_a_budget_s_estimates_and_what_is_sought_are_its_lines() -> None:
    judged = verdicts(["The 2011-12 Main Estimates for the Department total $2.4 billion.",
                       "The Estimates include $500 million for assessed contributions.",
                       "Funding of $12 million is also sought for the Peace Fund in Corvania.",
                       "The Agency for Health would receive $1.5 billion."], 2011)
    assert all(isinstance(v, Action) for v in judged)


@pytest.mark.parametrize(("sentence", "found"), [
    # the verbs a regulator acts with, each with the object that makes it a measure
    ("The Bureau assessed a $90,000 civil money penalty against Harbor Savings Bank.", True),
    ("The agency has assessed forfeitures totalling $1.2 million against three carriers.", True),
    ("The Commission filed a lawsuit against Marlin Lending in federal court today.", True),
    ("The Department today filed a complaint seeking to block the merger.", True),
    ("The agency cited Granite Paving Co. for failing to protect workers from falls.", True),
    ("OSHA cited the contractor for repeated trenching violations.", True),
    ("The Agency has hired 40 additional inspectors for its meat and poultry plants.", True),
    ("The Board today hired its first chief technologist, Dana Ruiz.", True),
    ("The Department finalized a rule setting new efficiency standards for boilers.", True),
    ("The Service today relaunched its online appeals program.", True),
    # more agencies as actors, by name, acronym or title
    ("The OCC today released enforcement actions taken against six banks.", True),
    ("Comptroller of the Currency Maria Lenz today named Paul Ortiz Chief Counsel.", True),
    ("Federal and state banking agencies today issued guidance on flood insurance.", True),
    ("The EEOC filed suit against Redwood Logistics in the District of Oregon.", True),
    ("The attorneys general of 30 States today filed a lawsuit against the opioid maker.", True),
    # the same verbs as something else
    ("The ministers will also assess priorities for the coalition's programs.", False),
    ("We have cited this figure many times in our reports to the committee.",
     False),
    ("The regime has detained more than 1 million people in camps.", False),
    ("The report cites a 40 percent rise in complaints since 2019.", False),
    ("Companies filed more than 2,000 complaints with the Bureau last year.", False),
])
def test_classes_found_on_regulators_releases(sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


@pytest.mark.parametrize("sentence", [
    # keeping in touch and working together, agreed
    "The ministers agreed to talk again after the summer.",
    "Both sides agreed to work more closely together on regional security.",
    "The presidents agreed to work towards a settlement of the border question.",
    # events to come: a gathering, not a measure
    "The Bureau will host a webinar for lenders on the new form on June 4.",
    "The Minister will hold a press conference after the meeting.",
    "The Commission will hold a technical conference on grid reliability in the spring.",
    "The Department will host a public workshop to hear from growers next month.",
    # history opening the sentence
    "Last spring, the Agency awarded grants to 40 rural clinics.",
    "Last November, we launched the Coastal Resilience Initiative.",
    "Two hundred years ago this week, the Congress passed the act that founded the service.",
    "In the years that followed, the agency set up three regional response centers.",
    "At the Oslo meeting last year, the ministers agreed to phase out coal subsidies.",
    # a tally
    "The Service has issued 14 detention orders this fiscal year.",
    "The Fund has awarded $3 billion to 210 projects over three rounds.",
])
def test_what_regulators_and_readouts_say_that_is_no_new_measure(sentence: str) -> None:
    assert not isinstance(verdict(sentence), Action)


@pytest.mark.parametrize("sentence", [
    "The two governments agreed to work together to establish a joint customs post.",
    "The Board will hold a public hearing and then vote to adopt the rule.",
    "Last, the Department is imposing visa restrictions on 12 officials.",
    "The Service has issued 14 detention orders today.",
])
def test_the_same_words_with_a_measure_still_found(sentence: str) -> None:
    assert isinstance(verdict(sentence), Action)


@pytest.mark.parametrize(("sentence", "found"), [
    # a signing's stage direction in a transcript
    ("(The proclamation is signed.)", True),
    ("(The memoranda of understanding are exchanged.)", True),
    ("(Applause.)", False),
    ("(The treaty was signed in 1949.)", False),
    # services resumed, a resolution co-sponsored, a programme doubled
    ("The Consulate resumed passport services on Monday after a two-year pause.", True),
    ("The Ministry will resume deliveries of aid to the northern provinces tomorrow.", True),
    ("The delegations resumed talks in Vienna after a short break.", False),
    ("Canada co-sponsored the draft resolution with 40 other states.", True),
    ("The Embassy co-sponsored a reception for exchange alumni.", False),
    ("We will triple the number of fellowships for young engineers.", True),
    ("The Agency has doubled its funding for rural clinics.", True),
    ("Exports to the region have doubled since 2015.", False),
    ("We doubled down on our work with partners.", False),
    # a promise on a condition
    ("We will resume visa processing in Marlin as soon as it is safe to do so.", False),
])
def test_classes_found_in_speeches_and_transcripts(sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


@pytest.mark.parametrize(("sentence", "found"), [
    # a time of today between the actor and the verb
    ("The Council this afternoon adopted a decision to renew the sanctions regime.", True),
    ("The Assembly last night unanimously passed the bill.", True),
    # "therefore", "thus" before the verb
    ("The Commission is therefore opening an investigation into the merger.", True),
    # mandates extended, a diplomat declared persona non grata, standards and procedures
    ("The Security Council today extended the mandate of the observer mission by one year.",
     True),
    ("The Ministry has declared two of the embassy's attachés persona non grata.", True),
    ("The Department today proposed new testing procedures for gas furnaces.", True),
    ("Revised efficiency standards for pool pumps were finalized by the Department today.", True),
    ("Our pillar of work is setting technical standards for emerging technologies.", False),
    # a tally since a date, whatever the verb
    ("The Union has now listed more than 1,800 individuals since the war began.", False),
    ("Canada has sanctioned over 3,000 people and entities since 2014.", False),
])
def test_classes_found_on_statements_of_governments_and_councils(sentence: str,
                                                                 found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


@pytest.mark.parametrize(("sentence", "found"), [
    # a fact sheet's award line with a dash, and with a gerund after the sum
    ("Harbor Valley Clinic (Marlin, Oregon) – $1.2 million to train 40 community nurses.", True),
    ("Coastal Fisheries Network — $3 million, expanding cold storage in 12 ports.", True),
    ("Total cost — $3 million, was spent on the old harbour in 2012.", False),
    # a time of today opening the sentence; news reported with pleasure
    ("This morning the Department announced a new grant program for rural broadband.", True),
    ("I am pleased to report that the Board approved a final rule on capital requirements.", True),
    ("We are concerned by reports that the regime approved new executions.", False),
    # government corporations
    ("The Millennium Challenge Corporation today signed a $300 million compact with Benin.",
     True),
])
def test_classes_found_on_fact_sheets_and_testimony(sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


def test_what_a_settlement_makes_a_company_pay_restates_it() -> None:
    judged = verdicts(["The Commission today announced a settlement with Marlin Lending.",
                       "Its parent must also pay a civil money penalty of $150,000.",
                       "The two firms agreed to pay disgorgement of $900,000 and interest."],
                      2022)
    assert all(isinstance(v, Action) for v in judged)
    # a sum to pay with no penalty named is not taken for a settlement's term
    assert not isinstance(verdict("Visitors must pay $20 to enter the national park."), Action)
    assert not isinstance(verdict("Taxpayers will pay $2 billion more each year for the "
                                  "old program, the report says."), Action)


@pytest.mark.parametrize(("sentence", "found"), [
    # what a regulator, a court's order or a central bank does: sue, enter, seek, set rates
    ("The Commission today sued to stop Marlin Foods' purchase of its largest rival.", True),
    ("The Securities Commissioner today entered a cease and desist order against Brightfin "
     "Capital.", True),
    ("The Department has entered into a memorandum of understanding with the Corvanian "
     "customs service.", True),
    ("The Board is seeking restitution for investors and a permanent injunction.", True),
    ("The Committee today lowered its policy rate by a quarter of a percentage point.", True),
    ("The central bank cut its benchmark interest rate to 3 percent this morning.", True),
    ("The Agency on Tuesday made public the results of its annual inspection of grain "
     "elevators.", True),
    ("Corvania will withhold $30 million in budget support until the audit is published.",
     False),  # a condition: not yet a measure
    ("The United States will withhold its annual notification data from Corvania this year.",
     True),
    ("The Ministry is taking further action to shut the smuggling routes across the lake.",
     True),
    # the same verbs as something else
    ("Corvanian troops entered the border town at dawn.", False),
    ("The treaty entered into force in 1994.", False),
    ("We seek a peaceful resolution of the dispute.", False),
    ("The Board will withhold judgment until the review is complete.", False),
    ("The company cut its prices twice last year.", False),
    ("Marlin Foods sued the regulator over the new labelling rule.", False),
])
def test_classes_of_regulators_and_central_banks(sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


@pytest.mark.parametrize(("sentence", "found"), [
    # the terms an order, a decree or a plea agreement imposes
    ("Under the proposed consent order, Brightfin must sell six branches to a rival bank.", True),
    ("The plea agreement requires Harbor Freightways to retire its oldest trucks.", True),
    ("The final judgment would also bar the two firms from sharing price lists.", True),
    ("Marlin Lending has also agreed to cooperate with the Bureau's ongoing investigation.",
     True),
    ("The firm must also retain an independent consultant to review its sales practices.",
     True),
    # charges stated in the present
    ("The Bureau's complaint charges Ostrander Lending with deceiving borrowers.", True),
    ("Both men are each charged with two counts of wire fraud.", True),
    # a law in general, an agreement of the past
    ("Under the law, any company that fails to file must pay a penalty.", False),
    ("Firms that enter a plea agreement usually agree to cooperate.", False),
])
def test_classes_of_settlements_and_charges(sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


@pytest.mark.parametrize(("sentence", "found"), [
    # a measure stopped, a post filled, hearsay
    ("The Department will no longer process visa applications at the consulate in Marlin.",
     True),
    ("The Ministry announced that Ana Veldt will serve as Director of its Budget Office.", True),
    ("The new center will serve as a hub for regional training.", False),
    ("There are reports the junta arrested three more journalists overnight.", False),
])
def test_measures_stopped_posts_filled_and_hearsay(sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


def test_a_fact_sheet_s_headings_introduce_more_of_its_measures() -> None:
    judged = verdicts([
        "Today, the Administration is announcing new measures to secure the food supply.",
        "Protecting growers:",
        "Expanding the crop insurance program to cover 40 more specialty crops in 2024.",
        "Doubling the loans available to first-time farmers through the county offices.",
        "Supporting families:",
        "Providing $200 million to food banks in the hardest-hit states this winter.",
    ], 2023)
    assert [isinstance(v, Action) for v in judged] == [True, False, True, True, False, True]
    # no measure announced before: a heading and its gerunds are not measures
    judged = verdicts(["Our history:", "Building the first rail line across the plains in "
                       "the spring of 1869."], 2023)
    assert not any(isinstance(v, Action) for v in judged)


def test_a_list_s_items_may_name_their_measures_by_nouns() -> None:
    judged = verdicts([
        "The Council therefore decided to impose the following measures on Corvania:",
        "Suspension of all flights between member states and Corvania;",
        "Freezing of the assets of the Corvanian state in the regional central bank;",
        "The following agreements were signed in the presence of the two Presidents:",
        "MoU on cooperation in the field of fisheries",
        "Agreement on the avoidance of double taxation",
    ], 2022)
    assert all(isinstance(v, Action) for v in judged)  # (the signing itself too)
    assert judged[4].kind == "agreement"  # type: ignore[union-attr]
    # no lead-in of measures: the same nouns are topics, not measures
    judged = verdicts(["The report looks back at the winter:", "Closure of schools in the "
                       "northern provinces for six weeks;"], 2022)
    assert not any(isinstance(v, Action) for v in judged)


@pytest.mark.parametrize(("sentence", "found"), [
    # a post filled by a verb of chairing; a minister moved; today's measures named
    ("Dana Ruiz, a former deputy governor, will chair the Advisory Committee on Payments.", True),
    ("The committee will chair its own sessions from next year.", False),
    ("The President has also redeployed Ana Veldt from the Ministry of Trade to the Treasury.",
     True),
    ("The newly listed entities are the Marlin Brigade and the Lakeside Network.", True),
    ("The individuals are accused of smuggling fuel across the lake.", False),
    ("The restrictive measures consist of a travel ban and an asset freeze.", True),
    ("The Ministry has raised its travel advice for Corvania to 'do not travel'.", True),
])
def test_posts_moves_and_the_make_up_of_today_s_measures(sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


def test_what_today_s_instrument_also_does_restates_it() -> None:
    judged = verdicts(["The Security Council today adopted Resolution 2501 on Corvania.",
                       "This resolution caps Corvania's imports of fuel at one million barrels.",
                       "It also prohibits member states from hiring Corvanian laborers.",
                       "And it freezes the assets of five more officials."], 2021)
    assert all(isinstance(v, Action) for v in judged)
    # "it" is the company named, not an instrument: its conduct is no measure
    judged = verdicts(["The Treasury today designated Marlin Holdings.",
                       "It also bans its workers from joining unions."], 2021)
    assert not isinstance(judged[1], Action)


@pytest.mark.parametrize(("sentence", "found"), [
    # a formal invitation that names a visit, a meeting or an address
    ("The President of Corvania invited the Prime Minister to pay a state visit in the autumn, "
     "and the invitation was accepted.", True),
    ("The Minister invited her Marlin counterpart to attend the Harbor Energy Forum in May.",
     True),
    ("The Secretary has invited Dr. Ana Veldt to deliver the keynote address at the Ministerial.",
     True),
    ("We invite all nations to join the Clean Ports Pledge.", False),  # an appeal
    ("The Agency invites comments on the proposal until June 1.", False),
    ("In 2015, the President invited the King to address a joint session of Congress.", False),
    # an instrument agreed, flags ordered to half-staff
    ("Today, Ministers agreed the Corvania Border Assistance Initiative.", True),
    ("In 2016, the Allies agreed the Eastern Readiness Plan.", False),
    ("Flags on all public buildings shall be flown at half-staff until sunset on Friday.", True),
    ("Flags flew at half-staff across the country last week.", False),
    # the terms of an order or of an approval, a case referred
    ("Under the prohibition order, Mr. Pell may not work for any insured bank.", True),
    ("As a condition of approval, the company must study the drug's safety in children.", True),
    ("We have referred these threats to the appropriate law enforcement authorities.", True),
    ("He referred to the police officers as heroes.", False),
])
def test_invitations_instruments_agreed_and_terms_of_approval(sentence: str,
                                                             found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


@pytest.mark.parametrize(("sentence", "found"), [
    # a phrase set off by commas between the agency and its verb
    ("The Department of Health (DOH), through its Office of Rural Care (ORC), today awarded "
     "$12 million to 40 clinics.", True),
    ("The Safety Commission, in cooperation with Marlin Toys, today announced a voluntary "
     "recall of 5,000 kites.", True),
    # the legal effect now, a rule's or a proposal's requirements, leaders deciding
    ("Mr. Pell, his wife and his son are now ineligible for entry into Corvania.", True),
    ("Under today's rule, exporters must obtain a license before shipping drones to Corvania.",
     True),
    ("Under the proposal, small lenders would have to file quarterly reports.", True),
    ("Under the law, any company that fails to file must pay a penalty.", False),
    ("Leaders also agreed to capitalise the Harbor Facility with $500 million.", True),
])
def test_inserted_phrases_effects_now_and_requirements_of_a_rule(sentence: str,
                                                                 found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


@pytest.mark.parametrize(("sentence", "found"), [
    ("In May, the Bureau issued guidance warning lenders about the practice.", False),
    ("In October, the Bureau issued guidance warning lenders about the practice.", True),
    ("The Department designated the network on August 3.", False),
    ("The Department designated the network on October 3.", True),
    ("The Department today designated the group, which in March attacked a village.", True),
    ("The Department will launch the program in February.", True),
    ("Both governments signed the accord in February, after years of talks.", False),
])
def test_a_month_named_months_before_the_statement_is_history(sentence: str,
                                                              found: bool) -> None:
    judged = verdicts([sentence], 2023, day=date(2023, 10, 20))[0]
    assert isinstance(judged, Action) is found
    assert isinstance(verdicts([sentence], 2023)[0], Action)  # no date known: no history


@pytest.mark.parametrize(("sentence", "found"), [
    # an agency named by its initials alone, a city's, a county's or a cabinet's government
    ("UNHCR has flown 300 tents and 2,000 blankets to Port Ellis.", False),
    ("The WFP today launched an emergency operation for 40,000 people in Veldt.", True),
    ("The City has suspended parking fees for the duration of the storm.", True),
    ("Cabinet approved the introduction of the Corvania Water Bill into Parliament.", True),
    ("The National Institutes of Health has launched a study of sleep in teenagers.", True),
    ("The company's CEO announced a new share buyback.", False),
    ("ACME Holdings announced the closure of two plants.", False),
    # "he" in a reported clause stands for the one who reports
    ("During the call, the President told the Governor that he had approved the state's "
     "request for an emergency declaration.", True),
    ("The governor's critics said that he had signed the bill too late.", False),
    # measures named by what is announced, released or delivered
    ("The Secretary-General today announced the appointment of Lena Holt as his Special "
     "Envoy.", True),
    ("The Ministry today released a toolkit for teachers on safe water use.", True),
    ("The President announced that Corvania would deliver two air defence systems to Veldt.",
     True),
    ("The Minister will provide R8 billion for the housing programme.", True),
    ("The Minister summoned the chargé d'affaires of Veldt.", True),
    ("The Governor also announced that he has vetoed Senate Bill 12.", True),
    ("The Secretary today determined that a fishery failure occurred in the Kettle Bay "
     "salmon fishery.", True),
    ("The Secretary determined to press on with the talks.", False),
    ("The National Service Corps will recruit a further 5,000 graduates into paid "
     "placements.", True),
    ("CDC has raised its travel health notice for Veldt to Level 2.", True),
    ("The Minister raised the issue of tariffs with her counterpart.", False),
    ("This year the Agency has also updated its storm outlook for the Gulf coast.", True),
    # an order taking effect
    ("The executive order takes effect immediately.", True),
    # what is restricted: trade, travel, access; not a word, nor a standing rule
    ("The Department of Commerce today restricted exports of advanced chips to three firms.",
     True),
    ("The Ministry will restrict imports of raw timber from March 1.", True),
    ("The Council has restricted non-essential travel to the islands until Friday.", True),
    ("The Agency restricted its comments to the safety findings.", False),
    ("Inspectors found workers in restricted areas of the plant.", False),
    ("Access to the site is restricted to accredited staff.", False),
    # people and goods moved where they are needed, envoys called home, places moved
    ("The Embassy has dispatched a consular response team to the border crossing at Arleen.",
     True),
    ("The regime dispatched troops to crush the protests.", False),
    ("The Authority is distributing free bottled water at the fire station until 8 p.m.", True),
    ("The Ministry distributed the report to all members of the committee.", False),
    ("To date, the Agency has distributed more than 5 million vaccine doses to partners.",
     False),
    ("The County Board of Elections has relocated the polling places for three precincts.",
     True),
    ("The Mayor relocated to a new office downtown in 2019.", False),
    ("As a first step, the Government of Corvania has recalled its Ambassador in Veldt.", True),
    ("The Minister recalled the 2015 agreement between the two countries.", False),
    ("The Ambassador recalled that the two nations have been friends since 1950.", False),
    ("The Government of Corvania has requested an emergency meeting of the Security Council.",
     True),
    ("The committee requested more information from the applicant.", False),
    # a post filled, a buffer rate raised, councillors deciding
    ("The Board named Dr. Lena Ortiz principal of Hillcrest Middle School.", True),
    ("The Committee has increased the countercyclical capital buffer rate to 1 per cent.",
     True),
    ("Councillors have approved the District Council's budget for 2025/26.", True),
    # none done: a subject that says so, a decision negated; or done before
    ("Spokesperson: No agreement on the fishing grounds was signed.", False),
    ("Neither government has imposed sanctions on the firms.", False),
    ("No later than May 1 the Ministry will publish the new rules.", True),
    ("We have not decided on any new measure today.", False),
    ("The Council decided on new measures today to protect the fisheries.", True),
    ("The Authority has previously fined three other banks for similar failings.", False),
    ("In the last three years, the Agency has committed more than $1 billion in Veldt.", False),
    ("In recent years the Agency has opened four new offices in the region.", False),
])
def test_initials_cities_reported_clauses_and_what_is_released(sentence: str,
                                                               found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


def test_a_person_named_again_by_surname_or_pronoun_goes_on_acting() -> None:
    judged = verdicts(["Governor Wade Holt has appointed Ana Cruz to the Water Board.",
                       "Additionally, Holt named Cruz chair of the board.",
                       "The board advises the Department of Agriculture on water."], 2021)
    assert isinstance(judged[1], Action) and judged[1].actor == "Governor Wade Holt"
    assert not isinstance(judged[2], Action)
    judged = verdicts(["The Director-General determined that the outbreak is an emergency.",
                       "He has issued the following temporary recommendations:"], 2021)
    assert isinstance(judged[1], Action)


def test_what_those_served_will_receive_restates_an_announced_measure() -> None:
    lines = ["The Ministry today announced $40 million in relief for flooded towns.",
             "Families whose homes were destroyed will receive a subsidy of up to 380 UF.",
             "Municipalities will receive PLN 1,200 for each refugee they house.",
             "If the plan is approved, farmers will receive $300 per acre."]
    judged = verdicts(lines, 2021)
    assert [isinstance(v, Action) for v in judged] == [True, True, True, False]
    # with no measure announced before, what someone will receive is no news of its own
    assert not isinstance(verdicts(["Floods struck the north last week.", lines[1]], 2021)[1],
                          Action)


def test_the_items_under_a_declaration_s_lead_in_are_its_measures() -> None:
    judged = verdicts(["Hereby declare to:",
                       "Adopt the Concept Paper on a Military Medicine Response Network;",
                       "Establish a Defence Industry Office in Port Ellis;",
                       "Promote mutual trust through transparency."], 2023)
    assert [isinstance(v, Action) for v in judged] == [False, True, True, False]


@pytest.mark.parametrize(("sentence", "found"), [
    # a dateline with its date before the subject
    ("PORT ELLIS, 30 April 2015 – UNICEF today delivered 120 tonnes of supplies to Veldt.", True),
    ("HARBOR CITY, Sept. 12, 2019 - The Department today issued a recall of 3,000 pounds of "
     "beef.", True),
    # development banks, counted objects, a measure's step, a plan presented
    ("The Coastal Development Bank approved a $90 million loan for rural water in Veldt.", True),
    ("The Agency is also setting up 50 child-friendly spaces in the camps.", True),
    ("The Office will request 350 short-term observers from participating States.", True),
    ("The Ministry reduced the backlog by 30 percent.", False),
    ("The Minister held 3 meetings with farmers.", False),
    ("The Department of Labor has recovered $206,118 in back wages for 63 workers.", True),
    ("The two governments today completed the extension of the Harbor Treaty for five years.",
     True),
    ("The Government has commenced the evacuation of its citizens stranded in Port Ellis.",
     True),
    ("The Minister today presented to Parliament the Budget Estimates for 2013.", True),
    ("The Ambassador presented her credentials to the King.", False),
    ("The Union will mobilise €1.2 billion for vocational training.", True),
    ("The Security Council today renewed for one year the sanctions regime on Veldt.", True),
    ("The Department of the Army announced today the deployment of 3,500 soldiers to Veldt.",
     True),
    ("We closed our international airports to passenger flights.", True),
    ("The Agency has shipped 1.5 million test kits to 129 countries.", True),
    ("The Harbor Shipping Company shipped 2,000 containers to Veldt.", False),
    ("The report was presented today at the annual meeting of the Marlin Society.", True),
    ("The Minister presented awards to 12 students.", False),
    ("The Governor vetoes the bill.", True),
])
def test_datelines_lenders_counted_objects_and_steps_of_a_measure(sentence: str,
                                                                  found: bool) -> None:
    assert isinstance(verdict(sentence), Action) is found


def test_an_instrument_or_a_named_project_restates_only_an_announced_measure() -> None:
    after = verdicts(["The Harbor Development Bank today approved a $90 million loan to Veldt.",
                      "The Harbor Water Project will finance 600 kilometres of pipes.",
                      "The package adds 12 entities to the list."], 2021)
    assert all(isinstance(v, Action) for v in after)
    alone = verdicts(["Veldt's water network is old.",
                      "The Harbor Water Project will finance 600 kilometres of pipes.",
                      "The law requires companies to report their emissions."], 2021)
    assert not any(isinstance(v, Action) for v in alone)


@pytest.mark.parametrize("sentence", [
    "The Foreign Minister of Veldt will pay an official visit to Corvania from 10 to 12 May.",
    "Trade officials will meet in Port Ellis later this month to begin scoping an agreement.",
    "The Secretary will travel to Marlin on Tuesday.",
])
def test_a_visit_or_a_meeting_ahead_is_no_measure_and_says_so(sentence: str) -> None:
    found = verdict(sentence)
    assert isinstance(found, Rejected)
    assert found.reasons == ("a visit or a meeting ahead, not a measure",)


def test_a_measure_with_a_visit_is_still_a_measure() -> None:
    assert isinstance(verdict("The Secretary will travel to Marlin on Tuesday and will sign "
                              "a $40 million agreement on clean water."), Action)



@pytest.mark.parametrize(("sentence", "found"), [
    # proceedings begun, requests decided, funding stopped, a proposal accepted
    ("The Trade Representative today initiated an investigation under Section 301 into "
     "Corvania's tax on digital services.", True),
    ("The Competition Authority has instituted proceedings in the High Court against "
     "Brightwater Telecom.", True),
    ("The Commission today denied a complaint filed by three municipal utilities.", True),
    ("The United States will cease all voluntary contributions to the Fund as of May 1.", True),
    ("We have accepted the operator's proposal to spend $210 million on new substations.", True),
    ("Tonight I am instructing the Secretary of Commerce to open an inquiry into imported "
     "turbines.", True),
    ("The State Legislature on Monday overrode the Governor's veto of House Bill 12.", True),
    ("The Agency has pre-positioned 400,000 litres of water at its depot in Port Halden.", True),
    ("The Assembly re-elected Judge Mara Velin as its Ombudsman.", True),
    # the same verbs, nothing decided
    ("Corvania denied any involvement in the attack on the pipeline.", False),
    ("The delegates will meet again in March.", False),
    ("He accepted the award on behalf of his team.", False),
    ("The Ministry initiated a conversation with farmers about their concerns.", False),
])
def test_proceedings_begun_requests_decided_and_funding_stopped(sentence: str,
                                                                  found: bool) -> None:
    assert isinstance(verdict(sentence, 2024), Action) is found


@pytest.mark.parametrize(("sentence", "found"), [
    ("Roughly half of today's funding will go to partners working inside Corvania.", True),
    ("The remaining $40 million will support clinics in the northern provinces.", True),
    ("Working with the Corvanian Red Cross, this funding will provide blankets and stoves to "
     "families.", True),
    ("Under the convention's terms, our withdrawal will take effect six months from today.", True),
    ("These sanctions will take effect when the notice is published in the Federal Register.",
     True),
    # a share that is no spending of today's money
    ("Most of the money will go to waste, the auditors warn.", False),
    ("About half of the funding will come from private donors.", False),
])
def test_the_shares_of_today_s_funding_and_when_it_takes_effect(sentence: str,
                                                                  found: bool) -> None:
    judged = verdicts(["Today, the United States is announcing $90 million in humanitarian "
                       "assistance for Corvania.", sentence], 2024)
    assert isinstance(judged[1], Action) is found


@pytest.mark.parametrize(("sentence", "found"), [
    # a body the lexicon does not name, taking a measure only an authority takes
    ("Ofwat has today fined Marlin Water £4 million for missing its leakage targets.", True),
    ("Finanstilsynet revoked the licence of Nordhavn Bank with immediate effect.", True),
    ("The Halden Network imposed a curfew on the port district.", False),
    # legislators and chambers, a trade representative
    ("Lawmakers also approved a bill that requires the transport department to publish an "
     "annual report on bridges.", True),
    ("In a separate vote, the House also passed the accompanying Special Fund Act.", True),
    ("The Trade Representative today initiated a review of the tariff exclusions.", True),
    # a company, a charity or a pronoun is still no authority
    ("Marlin Holdings Ltd fined its supplier for late deliveries.", False),
    ("The charity has released £100,000 from its Disaster Fund.", False),
    ("The company representative signed the lease.", False),
])
def test_bodies_the_lexicon_does_not_name_and_legislators(sentence: str, found: bool) -> None:
    assert isinstance(verdict(sentence, 2024), Action) is found


def test_these_is_no_nationality_of_a_foreign_law() -> None:
    judged = verdicts(["Today, the United States is announcing sanctions on five Corvanian "
                       "officials.", "These sanctions will take effect on Friday.",
                       "The Corvanian law takes effect on Friday."], 2024)
    assert isinstance(judged[1], Action) and not isinstance(judged[2], Action)


@pytest.mark.parametrize(("sentence", "found"), [
    # a measure in the clause announced or confirmed
    ("The Justice Department today announced that it has opened a civil investigation into "
     "the county jail.", True),
    ("The Secretary confirmed that the United States will reopen its consulate in Halden.", True),
    ("The Ministry announced that the minister will travel to Paris next week.", False),
    ("The Department confirmed that the talks had failed.", False),
    # what is authorised, set, given or released
    ("This morning the President authorized an additional $40 million in emergency aid.", True),
    ("Tonight I authorized the Secretary of Energy to release 20 million barrels of oil.", True),
    ("The Commission set the utility's allowed return on equity at 9.6 percent.", True),
    ("The Assembly today gave final approval to the Coastal Protection Act.", True),
    ("The Ministry has also released guidelines for schools on heat waves.", True),
    ("The Minister set the stage for talks with the unions.", False),
    ("The Minister gave a speech on trade.", False),
])
def test_clauses_announced_and_what_is_authorised_set_given_or_released(sentence: str,
                                                                       found: bool) -> None:
    assert isinstance(verdict(sentence, 2024), Action) is found
