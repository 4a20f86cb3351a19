"""Review 6 (issue 13): probes of the action finder's rules added in 37833d2..HEAD.

Each case is (sentences of one statement, index of the sentence judged, expected_action)
per fixtures/actions/README.md "How the sentences were labelled". All sentences are
invented. Cases the finder already gets right are included so they can become tests.
Judged with monitor.actions.rules.verdicts(sentences, 2021)[index].
"""

_D = "Treasury today designated the Marlin shipping network."
_BUDGET_PASSING = [
    "The Secretary met today with Corvanian Foreign Minister Ana Lind in Washington.",
    "They discussed the President's fiscal year 2023 budget request and its support for "
    "Corvania's energy sector.",
    "The two leaders also reviewed the Marlin Port Project.",
    "It provides $200 million in loans to Corvanian shipbuilders and was launched in 2016.",
]
_BUDGET_HEARING = [
    "Senator Ruiz questioned the Administration's budget request for the Coast Guard.",
    "The Corvania Harbor Act, signed in 2014, remains in force.",
    "It provides $300 million a year for harbor dredging.",
]
_BUDGET_TESTIMONY = [
    "Thank you for the chance to present the President's fiscal year 2024 budget request "
    "for the Department.",
    "The budget request is $40 million below last year's enacted level.",
    "Our budget request reflects $2 billion in savings from closing old facilities.",
    "It provided $40 million for new radars, which are now in service.",
]

CASES: list[tuple[list[str], int, bool]] = [
    # --- phrases.verb_chain: "is to" read as a future ---------------------------------
    (["Britain is to give £12 million to help children in Corvania return to school."], 0, True),
    (["The role of the Department is to provide $5 million in grants to small farmers each "
      "year."], 0, False),
    (["The mission of the Agency is to provide assistance to disaster victims."], 0, False),
    (["The Ministry's priority is to train more police officers."], 0, False),
    # --- phrases.verb_chain: inceptive "began/started + -ing" -------------------------
    (["When the Agency began funding the programme, few schools had computers."], 0, False),
    (["We began providing assistance to Corvania more than a decade ago."], 0, False),
    (["The Ministry will start issuing the new passports on July 1."], 0, True),
    # --- grammar.predicate / verb_chain: "do hereby" -----------------------------------
    (["NOW, THEREFORE, I, JANE DOE, Governor of the State, do hereby proclaim May 3 as Ferry "
      "Safety Day."], 0, True),
    (["In 1987, President Lark did hereby proclaim the first National Harbor Week."], 0, False),
    (["I hereby designate the Marlin Brigade as a Foreign Terrorist Organization."], 0, True),
    # --- lexicon OBJECTS["name"] -------------------------------------------------------
    (["The Secretary has named Maria Ortiz as Special Envoy for the Northern Sea."], 0, True),
    (["In her speech, the Secretary named Corvania as America's most reliable partner in the "
      "region."], 0, False),
    # --- lexicon OBJECTS["order"] ------------------------------------------------------
    (["The Secretary has ordered the departure of non-emergency U.S. government employees "
      "from Marlin."], 0, True),
    (["The Minister has ordered officials to prepare options for the Cabinet."], 0, False),
    (["The Governor ordered the evacuation of the coastal towns on Tuesday."], 0, True),
    # --- lexicon OBJECTS["charge"], PASSIVE_NEEDS_AGENT charge --------------------------
    (["The Attorney General charged six people with smuggling rifles to Corvania."], 0, True),
    (["The Commission is charged with protecting consumers from unfair practices."], 0, False),
    (["A Marlin man was charged today with smuggling firearms to Corvania."], 0, True),
    (["The Department of Justice today announced charges against the Marlin network.",
      "Eight defendants were charged with conspiracy to launder money."], 1, True),
    # --- lexicon OBJECTS["fine"], grammar _COMPANY --------------------------------------
    (["The Regulator has fined Marlin Water plc £9 million over sewage spills."], 0, True),
    (["The company was fined for late filing, but the fine was later overturned."], 0, False),
    (["Like many of its rivals, Marlin Bank plc was fined by Corvanian regulators for similar "
      "conduct."], 0, False),
    # --- lexicon OBJECTS["require"] ----------------------------------------------------
    (["The Department will require all clinics to report outbreaks within a day."], 0, True),
    (["The Government will require more time to review the proposal."], 0, False),
    (["The Ministry will require additional funding to complete the project."], 0, False),
    (["The Department will require applicants for the new visa to be U.S. residents."], 0, True),
    # --- lexicon OBJECTS["give"] -------------------------------------------------------
    (["The Government has given £4 million to the flood appeal."], 0, True),
    (["The Minister gave a speech on the future of aid at the university."], 0, False),
    (["The Secretary gave assurances that assistance would continue."], 0, False),
    (["The Ministry gave no indication of when the aid would arrive."], 0, False),
    (["Over the years, America has given billions of dollars in aid to the region."], 0, False),
    (["I'm giving a speech on aid reform at the university this afternoon."], 0, False),
    # --- lexicon OBJECTS["confirm"] / ["contribute"] ----------------------------------
    (["The Minister confirmed a further €8 million for border clinics."], 0, True),
    (["The Ministry confirmed that aid deliveries to the north had resumed."], 0, False),
    (["The Minister confirmed £2 million had already been spent on the inquiry."], 0, False),
    (["The United States contributed $5 million to the Corvania Recovery Fund this week."],
     0, True),
    (["The Government contributed to the success of the summit with its aid expertise."],
     0, False),
    # --- lexicon OBJECTS["run"] / ["train"], grammar _GIVING ---------------------------
    (["The Agency will run a national awareness campaign on carbon monoxide this winter."],
     0, True),
    (["The Minister will run for re-election in the autumn."], 0, False),
    (["The Department will train 500 health workers in the northern provinces next year."],
     0, True),
    (["The program has trained 1,200 nurses to date."], 0, False),
    # --- lexicon AGREED: "agreed that X must/should" ----------------------------------
    (["The two leaders agreed that Corvania must withdraw its troops from the border."],
     0, False),
    (["The two governments agreed that all U.S. forces should leave the base by December 31."],
     0, True),
    (["The ministers agreed that the joint task force must report its findings by June 30."],
     0, True),
    (["The Council agreed that sanctions should be extended for a further six months."],
     0, True),
    (["The Ministers agreed that the new mission must be ready to deploy by March 1."],
     0, True),
    # --- grammar: FUTURE_ONLY + _A_MEETING ("I'll convene a meeting") ------------------
    (["Next week at the United Nations, I'll convene a meeting of world leaders on the "
      "crisis."], 0, False),
    (["The Secretary will convene a meeting of donors on May 4 to launch the Corvania "
      "Recovery Fund."], 0, True),
    (["We will host a conference in Marlin next month to sign the Northern Sea Accord."],
     0, True),
    (["The President will convene a summit in August to launch a new partnership on clean "
      "energy."], 0, True),
    # --- grammar _OFFER ----------------------------------------------------------------
    (["The Secretary offered U.S. help in the search for the missing sailors."], 0, False),
    (["The United States is offering emergency assistance of $10 million to Corvania."],
     0, True),
    (["The Government today offered Corvania a $500 million loan to support its budget."],
     0, True),
    (["The Department will offer free training to exporters on the new rules starting in "
      "May."], 0, True),
    # --- grammar _ATTACK ---------------------------------------------------------------
    (["The regime's forces launched a surprise attack on the villages of the north."],
     0, False),
    (["The Department will launch a national strike force against opioid trafficking."],
     0, True),
    (["The Ministry launched a drone program to monitor deforestation."], 0, True),
    (["The Government launched its War on Waste initiative this week."], 0, True),
    (["The Agency today launched a nationwide campaign against drunk driving."], 0, True),
    # --- grammar _NOTHING ("There is no …", "No …") -----------------------------------
    (["There are no meetings scheduled with the Corvanian delegation."], 0, False),
    (["No decision has been made on further sanctions."], 0, False),
    (["No later than June 1, the Department will publish the final list of eligible ports."],
     0, True),
    (["MR SMITH: No, the Department will impose these restrictions starting next week."],
     0, True),
    (["There is no place for corruption, which is why today the Treasury is sanctioning "
      "three officials."], 0, True),
    ([_D, "No visas will be issued to the officials designated today."], 1, True),
    # --- grammar _NO_MEASURE_MADE ("made progress") -----------------------------------
    (["“Corvania has made remarkable progress since the floods,” said the Director."],
     0, False),
    (["The Government made history today by signing the Marlin Accord."], 0, True),
    (["The Ministry made progress payments of £4 million to the contractor this week."],
     0, True),
    # --- grammar: "scheduled to" -------------------------------------------------------
    (["The Assistant Secretary is also scheduled to deliver remarks at the university."],
     0, False),
    (["The Agency today issued final rules on grain dust.",
      "The new rules are scheduled to take effect on July 1."], 1, True),
    (["The Department is scheduled to begin issuing the new passports on July 1."], 0, True),
    # --- lexicon HISTORY: "The same day/week/month" -----------------------------------
    (["In March 2016, OFAC designated a shipping network in Corvania.",
      "The same month, OFAC designated a separate network of traders."], 1, False),
    (["Today the Treasury designated the Marlin network.",
      "The same day, the Department of State imposed visa restrictions on its two leaders."],
     1, True),
    (["On June 3, the Department designated two Corvanian shipping firms.",
      "That same week, the Department imposed visa restrictions on six officials of the port "
      "authority."], 1, True),
    # --- rules/shapes budget_line (BUDGET_CONTEXT, BUDGET_LINE) ------------------------
    (_BUDGET_PASSING, 3, False),
    (_BUDGET_HEARING, 2, False),
    (_BUDGET_TESTIMONY, 1, False),
    (_BUDGET_TESTIMONY, 2, False),
    (_BUDGET_TESTIMONY, 3, False),
    # --- shapes LEGAL_EFFECT (subject to / ineligible for entry / identified as) --------
    ([_D, "Those listed are subject to a travel ban and an asset freeze across the Union."],
     1, True),
    ([_D, "Individuals listed under the regime are subject to a travel ban and an asset "
      "freeze."], 1, False),
    (["Exports of these chips to Corvania are subject to license requirements under the "
      "Export Administration Regulations."], 0, False),
    (["Opposition leaders in Corvania are subject to a travel ban imposed by the regime."],
     0, False),
    (["Travelers who overstay their visas become ineligible for entry for ten years."],
     0, False),
    # --- shapes FUNDING_ITEM (a heading and its sum) -----------------------------------
    (["Clean water in Corvania: £30 million to UNICEF for wells in the northern provinces."],
     0, True),
    (["Illegal fishing: €3 billion in lost revenue for coastal states every year."], 0, False),
    (["Cost of the floods: £1.2 billion in damage to homes and farms."], 0, False),
    # --- shapes MONEY_SUBJECT with other currencies -----------------------------------
    (["Of this, £3 million will go to a new programme for girls' education."], 0, True),
    (["€3 billion a year will go to waste unless the region acts, the study warns."], 0, False),
    # --- shapes INDICTMENT -------------------------------------------------------------
    (["A federal grand jury returned a 12-count indictment, unsealed today, charging four "
      "importers."], 0, True),
    (["The defendant has been a fugitive since a grand jury returned an indictment against "
      "him six years ago."], 0, False),
    (["The regime's prosecutors returned an indictment against 40 protesters."], 0, False),
    (["A criminal complaint was filed today in federal court in Marlin charging two men with "
      "arms smuggling."], 0, True),
    # --- shapes RELEASED_TODAY ---------------------------------------------------------
    (["The third edition of the Agency's river health report, released today, tracks 40 "
      "indicators."], 0, True),
    (["Amnesty International's latest report, released this week, documents 300 cases of "
      "torture in Corvania."], 0, False),
    (["We are concerned by the findings of the Commission of Inquiry's report, released "
      "today, on abuses in Marlin."], 0, False),
    (["The regime's new constitution, unveiled today, extends the president's term "
      "indefinitely."], 0, False),
    # --- lexicon OBJECTS["announce"] (protections, standards, limits) ------------------
    (["The Agency today announced stronger protections for dock workers against silica "
      "dust."], 0, True),
    (["The Agency announced the results of its review of safety standards at grain "
      "elevators."], 0, False),
    (["The Ministry announced that emissions limits were exceeded at three plants last "
      "winter."], 0, False),
    # --- lexicon GOVERNMENT additions ("Africa", "Authority") -------------------------
    (["Investors across Africa will provide $2 billion in new capital to solar startups."],
     0, False),
    # --- grammar _PRIVATE_AGENT --------------------------------------------------------
    (["In addition, more than $40 million has been contributed by American citizens and "
      "companies."], 0, False),
    (["This new $15 million grant is given by the people of the United States through "
      "USAID."], 0, True),
]

# Headline anchoring (features._HEADLINE "announce"/"sanctions" additions): checked with
# find_actions(text, title=..., published=datetime(2021, 5, 1, tzinfo=UTC)); expected: no
# action in any of these statements.
_GENERAL_SANCTIONS = [
    "The Secretary spoke today at Marlin University about the future of the rules-based "
    "system.",
    "Sanctions are one of our most powerful tools.",
    "These sanctions include asset freezes and travel bans on those who undermine democracy.",
    "The property of those designated is blocked, and U.S. persons are generally prohibited "
    "from dealing with them.",
]
_OLD_LAW = [
    "The Corvania Clean Air Act was adopted in 2009.",
    "The Act requires factories to report emissions each year.",
    "This regulation also requires plants to install filters by 2012.",
    "The rule imposes fines of up to €10,000 for each violation.",
]
_ANNIVERSARY = [
    "Twenty years ago today, terrorists bombed our embassy in Marlin.",
    "We remember the 44 people who lost their lives.",
    "The designations of those responsible remain in force.",
    "Their property is blocked, and U.S. persons are generally prohibited from dealing with "
    "them.",
]
HEADLINE_CASES: list[tuple[str, list[str], list[int]]] = [  # (title, sentences, actions)
    ("Secretary's Remarks at Marlin University", _GENERAL_SANCTIONS, []),
    ("Remarks on the Rules-Based International Order", _GENERAL_SANCTIONS, []),
    ("Secretary Names Democracy as Top Priority in Marlin Speech", _GENERAL_SANCTIONS, []),
    ("Remarks: Tools to Address the Issue of Corruption", _GENERAL_SANCTIONS, []),
    ("Background on Corvania's Clean Air Act", _OLD_LAW, []),
    ("Background: The Issue of Air Quality in Corvania", _OLD_LAW, []),
    ("Court Order Upholds Corvania Clean Air Act", _OLD_LAW, []),
    ("Corvania's Clean Air Act at Ten: What the Law Requires", _OLD_LAW, []),
    ("Statement on the Anniversary of the Marlin Embassy Bombing", _ANNIVERSARY, []),
    ("Secretary Recalls the Victims of the Marlin Embassy Bombing", _ANNIVERSARY, []),
]
