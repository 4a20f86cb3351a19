"""Review 8 (issue 13): sentences that probe the action finder's rules added after 5f29589
(objects.py OBJECTS assess/file/cite/hire/finalize/relaunch and the "name" + title shape,
lexicon.py CONCRETE, GOVERNMENT, NOT_GOVERNMENT, HISTORY, RUNNING_TOTAL, idioms.py A_MEETING,
shapes.py AGREED). All sentences are invented; names such as Corvania and Marlin are made up.

Each case is (sentences of one statement, index of the sentence judged, expected_action),
with the expectation read from fixtures/actions/README.md, "How the sentences were labelled".
Judged with `monitor.actions.rules.verdicts(sentences, 2021)`. The comment on each line says
what the rules said at HEAD when this file was written: "ok" (agrees), "OVER" (an action
found where the README says none), "UNDER" (a miss), and "regression" when the rules at
5f29589 agreed with the expectation. See review8.md for the reasons and suggested fixes.
"""

CASES: list[tuple[list[str], int, bool]] = [
    # --- objects.py OBJECTS["assess"] ---
    (["The Commission will assess whether the penalties imposed by Member States are "
      "effective."], 0, False),  # OVER
    (["The Department will assess the impact of the new civil penalties on small farms."],
     0, False),  # OVER
    (["The agency will assess fine particulate pollution levels near 40 schools."], 0,
     False),  # OVER ("fine" the adjective)
    (["The Bureau today assessed a $90,000 civil money penalty against Harbor Savings Bank.",
      "The Bureau has assessed $42 million in civil penalties this fiscal year."], 1,
     False),  # OVER (a tally: "assess" is not in grammar._GIVING)
    (["The Board assessed a civil money penalty of $250,000 against Marlin Trust Company."],
     0, True),  # ok
    (["The agency assessed Harbor Savings Bank a $2 million penalty for flood insurance "
      "violations."], 0, True),  # ok
    # --- objects.py OBJECTS["file"] ---
    (["The Department today filed an amicus brief supporting the rule."], 0, True),  # UNDER
    (["The Department today filed a notice of appeal of the district court's ruling."], 0,
     True),  # UNDER
    (["The Department filed a statement of interest in the case to clarify how the Act "
      "applies."], 0, True),  # UNDER
    (["The Department today filed a lawsuit against Marlin Lending for steering borrowers "
      "into costlier loans.",
      "The Department has filed 23 lawsuits this fiscal year."], 1, False),  # OVER (tally)
    (["Collection agencies have filed thousands of lawsuits against borrowers over medical "
      "debt."], 0, False),  # OVER ("agencies")
    (["State attorneys general today filed a lawsuit against the manufacturer."], 0,
     True),  # UNDER (simple past after lowercase "general")
    (["Attorneys general from 20 states filed a lawsuit against the manufacturer on "
      "Monday."], 0, True),  # UNDER (simple past after lowercase "states")
    (["The Department today filed a complaint in federal court against Marlin Lending."], 0,
     True),  # ok
    (["The EEOC today filed suit against Redwood Logistics alleging pay discrimination."], 0,
     True),  # ok
    # --- objects.py OBJECTS["cite"] ---
    (["The Ministry cited budget constraints for postponing the launch of the satellite."], 0,
     False),  # OVER (a reason cited)
    (["In her remarks, the Ambassador cited the volunteers for helping to rebuild 400 "
      "homes."], 0, False),  # OVER (praise)
    (["The Secretary cited the need for stronger protections against wage violations."], 0,
     False),  # OVER
    (["OSHA has cited a Marlin roofing contractor after a worker fell 20 feet from an "
      "unguarded roof."], 0, True),  # UNDER (no "for")
    (["OSHA cited Redline Roofing with three serious violations of fall protection "
      "standards."], 0, True),  # UNDER ("with")
    (["The Agency cited Marlin Foods for failing to report a listeria outbreak within 24 "
      "hours."], 0, True),  # ok
    (["OSHA today cited Granite Paving Co. for exposing workers to excessive heat.",
      "OSHA has cited 140 employers for heat hazards this year."], 1, False),  # OVER (tally)
    # --- objects.py OBJECTS["hire"] ---
    (["The agency will hire an additional 150 Border Patrol agents for the southern "
      "sector."], 0, True),  # UNDER (two-word modifier)
    (["The Department is hiring 2,000 new community health workers in rural counties."], 0,
     True),  # UNDER (two-word modifier)
    (["The Department is hiring more than 1,000 contact tracers to support the states."], 0,
     True),  # UNDER ("tracers")
    (["The Agency today issued new standards for meat and poultry plants.",
      "The agency has hired 900 staff this fiscal year."], 1, False),  # OVER (tally)
    (["Staffing agencies have hired 12,000 workers under the program."], 0,
     False),  # OVER ("agencies")
    (["The Consulate will hire 30 additional local staff to clear the visa backlog."], 0,
     True),  # ok
    # --- WEAK "finalize" (any CONCRETE noun in the window) ---
    (["The two delegations finalized the program for the President's visit next week."], 0,
     False),  # OVER
    (["The ministers finalized the agenda for the summit in Marlin."], 0, False),  # OVER
    (["The two sides finalized arrangements for next month's conference."], 0,
     False),  # OVER
    (["The Department finalized a rule requiring airlines to refund fees for delayed "
      "bags."], 0, True),  # ok
    (["The two governments finalized the text of a new extradition treaty, which will be "
      "signed next month."], 0, True),  # ok
    # --- WEAK "relaunch" ---
    (["Russia relaunched its campaign of strikes against Ukraine's energy grid "
      "overnight."], 0, False),  # OVER (an attack; idioms._ATTACK is for "launch" only)
    (["The Department will relaunch the Harbor Youth Exchange in September with 40 new "
      "scholarships."], 0, True),  # UNDER
    (["The two governments relaunched talks on a free trade agreement."], 0, True),  # ok
    # --- lexicon.py CONCRETE: the new nouns with other weak verbs ---
    (["We have made it easier for consumers to file complaints online."], 0,
     False),  # OVER ("complaints")
    (["We will make a formal complaint to the Corvanian government about the incident."], 0,
     False),  # OVER ("complaint": words of protest)
    (["The agency has reduced its backlog of complaints by 40 percent."], 0,
     False),  # OVER ("complaints")
    (["The Embassy will hold a moment of silence to recall the victims of the 1995 "
      "massacre."], 0, False),  # OVER ("recall", the verb)
    (["The Bureau will reach out to families affected by the recalls."], 0,
     False),  # OVER ("recalls")
    (["The agency has increased awareness of vehicle recalls among older drivers."], 0,
     False),  # OVER ("recalls")
    (["The Department today increased its civil monetary penalty amounts for inflation."], 0,
     True),  # ok
    (["The Department will expand its consumer hotline for complaints about airlines."], 0,
     True),  # ok
    # --- lexicon.py GOVERNMENT / NOT_GOVERNMENT: agencies, acronyms, Comptroller, AGs ---
    (["Russian intelligence agencies launched a sustained campaign of cyber intrusions "
      "against the country's election infrastructure."], 0, False),  # OVER
    (["The three nationwide consumer reporting agencies have agreed to remove medical debt "
      "from credit reports."], 0, False),  # OVER (private firms)
    (["The NRC launched an emergency appeal for $40 million to support displaced "
      "families."], 0, False),  # OVER (the Norwegian Refugee Council, an NGO)
    (["Marlin Corp.'s Comptroller, John Doe, approved the false invoices and concealed the "
      "losses."], 0, False),  # OVER (a company officer)
    (["Twelve former attorneys general have signed a letter calling on Congress to act."], 0,
     False),  # OVER (former officials; a letter)
    (["The United States condemns the crackdown on peaceful protesters in Corvania.",
      "Corvanian security agencies arrested 30 opposition activists on Tuesday."], 1,
     False),  # OVER (conduct condemned)
    (["The OCC has assessed a $25 million civil money penalty against Marlin National "
      "Bank."], 0, True),  # ok
    (["CMS today approved Corvania State's request to extend postpartum coverage to 12 "
      "months."], 0, True),  # ok
    # --- objects.py OBJECTS["name"]: a name, then a title ---
    (["Comptroller Maria Lenz today named Dr. Jane Roe Chief Medical Officer."], 0,
     True),  # UNDER ("Dr.")
    (["The Administrator today named Jane Roe Chief of Staff."], 0, True),  # UNDER
    (["The Secretary today named Jane Roe the agency's new Chief Counsel."], 0,
     True),  # UNDER
    (["The Commission today named Jane Roe its first Chief Diversity Officer."], 0,
     True),  # UNDER
    (["Jane Roe has been named Chief Counsel of the Agency."], 0, True),  # UNDER (passive)
    (["The Comptroller today named Jane Roe Chief Human Capital Officer."], 0,
     True),  # UNDER (two words between rank and title)
    (["In the report, the Department named Corvanian Police Director Ivan Petrov among those "
      "responsible for the killings."], 0, False),  # OVER (named = identified)
    (["Jane Roe, whom the President named Special Envoy in March, will lead the delegation "
      "to Marlin."], 0, False),  # OVER (a relative clause)
    (["The Comptroller today named Jane Roe Senior Deputy Comptroller for Large Bank "
      "Supervision."], 0, True),  # ok
    # --- idioms.py A_MEETING ---
    (["The Attorney General will hold a press conference at 2 p.m. to announce a major "
      "enforcement action."], 0, False),  # OVER (an announcement to come; also at 5f29589)
    (["The Bureau will host a press briefing on Tuesday to release the annual report on "
      "complaints."], 0, True),  # UNDER, regression (a report released at a named event)
    (["The Department will host a webinar on the new grant program on June 4."], 0,
     False),  # ok (fixed by the new rule)
    (["The Ambassador will hold a town hall with American citizens in Marlin on Friday."], 0,
     False),  # ok
    (["The Secretary will host a roundtable with tribal leaders to launch the Tribal Climate "
      "Fund."], 0, True),  # ok
    (["The Agency will host a series of training workshops for 500 election officials in "
      "May."], 0, True),  # ok
    (["The Ministry will convene an online conference of donors to raise $500 million for "
      "Corvania."], 0, False),  # ok
    (["The two sides agreed to hold technical talks in Geneva on March 3."], 0, True),  # ok
    # --- shapes.py AGREED: talking again, working together ---
    (["The ministers agreed to work together to fight wildlife trafficking in the region."],
     0, True),  # UNDER, regression (README: "agreed to cooperate to fight" a named crime)
    (["The two countries agreed to work together to deliver 1 million doses to the region "
      "by June."], 0, True),  # UNDER, regression
    (["The leaders agreed to work towards concluding a free trade agreement by the end of "
      "2022."], 0, True),  # UNDER, regression
    (["The ministers agreed to work together with the World Bank and regional partners to "
      "establish a regional fund for flood recovery."], 0, True),  # UNDER, regression
    (["The two ministers agreed to work together on a feasibility study for a high-speed "
      "rail link, to be completed by June."], 0, True),  # UNDER, regression
    (["The ministers agreed to speak again next week."], 0, False),  # ok
    (["The two sides agreed to talk regularly about regional security."], 0, False),  # ok
    (["The two governments agreed to work together to set up a joint border commission by "
      "April."], 0, True),  # ok
    # --- lexicon.py HISTORY: the new openings ---
    (["Last summer's floods destroyed 3,000 homes, and today the Agency is providing $12 "
      "million to rebuild them."], 0, True),  # UNDER, regression
    (["Last May, the Department imposed visa restrictions on 12 officials; today it is "
      "imposing restrictions on nine more."], 0, True),  # UNDER, regression
    (["Last winter's storms damaged 40 schools, so the Ministry will fund repairs worth "
      "€8 million this year."], 0, True),  # UNDER, regression
    (["In the months after the transfer, the Agency will deploy two inspectors to the "
      "plant."], 0, True),  # UNDER, regression (a future, not history)
    (["At the request of Corvanian authorities after last week's floods, USAID is deploying "
      "a Disaster Assistance Response Team."], 0, True),  # UNDER, regression
    (["At the Marlin summit last year we pledged to double our support, and today we are "
      "announcing $200 million for the Adaptation Fund."], 0, True),  # UNDER, regression
    (["The United States is providing an additional $30 million in humanitarian assistance "
      "for the people of Corvania.",
      "During his visit to Marlin last week, the Secretary announced $50 million in new "
      "humanitarian assistance."], 1, True),  # UNDER, regression (same measure, same year)
    (["Last spring, the Agency awarded grants to 40 rural clinics."], 0, False),  # ok
    (["Five years ago, the President signed the treaty."], 0, False),  # ok
    (["At its session in Geneva last month, the Council adopted a resolution on Corvania."],
     0, False),  # ok (mentioned in passing)
    # --- lexicon.py RUNNING_TOTAL: "this year", "over … rounds" ---
    (["The Department of State has issued this year's Country Reports on Human Rights "
      "Practices."], 0, True),  # UNDER, regression ("this year's")
    (["The Department has awarded this year's Innovation in Arms Control Challenge prize to "
      "a team from Marlin University."], 0, True),  # UNDER, regression ("this year's")
    (["The Embassy awarded $2 million to fund this year's election observation mission."], 0,
     True),  # UNDER, regression ("this year's")
    (["The Department is providing $5 million this year to the Harbor Fund for flood "
      "recovery."], 0, True),  # UNDER, regression (a present progressive, not a tally)
    (["The Agency is awarding $12 million in grants over two funding rounds."], 0,
     True),  # UNDER, regression (a present progressive, not a tally)
    (["The United States today announced $25 million in new assistance for Corvania.",
      "The United States has provided $40 million in humanitarian assistance to Corvania "
      "this year."], 1, False),  # ok
    (["The Agency has trained 400 police officers this fiscal year."], 0, False),  # ok
    (["The Ministry will provide €10 million this year for school meals in the north."], 0,
     True),  # ok
]

# The cases the rules still get wrong: expected failures in test_review8_9.py
STILL_WRONG = {  # sentence -> why the rules still disagree with the README
    "The NRC launched an emergency appeal for $40 million to support displaced families.":
        "“NRC” is read as the Nuclear Regulatory Commission, not the Norwegian Refugee Council",
    "Jane Roe has been named Chief Counsel of the Agency.":
        "a passive “named” is judged by its subject, not by the title after it",
    "Jane Roe, whom the President named Special Envoy in March, will lead the delegation to "
    "Marlin.": "a verb inside a relative clause opened by “whom” is taken as the main one",
    "The Attorney General will hold a press conference at 2 p.m. to announce a major "
    "enforcement action.": "a gathering held “to announce” counts even when nothing is named",
    "During his visit to Marlin last week, the Secretary announced $50 million in new "
    "humanitarian assistance.": "history by its opening (“last week”), though the same "
                               "measure's earlier step the same year counts",
}
