"""Review 9 (issue 13): sentences that probe the action finder's rules added in 42d425d and
318c631 (agreements.SIGNED_HERE; objects.py OBJECTS resume / co-sponsor / double / triple,
declare, propose, finalize; lexicon GOVERNMENT "Consulate" and the government corporations;
grammar._CONDITION_AFTER "as soon as"; phrases._TODAY_PHRASES and lexicon.LEADING; "therefore"
and the like in lexicon.ADVERBS; lexicon.HEAD_NOUNS "mandate(s)"; grammar._COUNTED "list" and
_TALLY; money.FUNDING_ITEM with a dash or a gerund; enforcement.SETTLEMENT_TERMS "will pay $X";
lexicon.OPINION "(?<!to )reports? that"). All sentences are invented; names such as Corvania,
Marlin and Harbor are made up.

Each case is (sentences of one statement, index of the sentence judged, expected_action),
the expectation read from fixtures/actions/README.md, "How the sentences were labelled".
Judged with `monitor.actions.rules.verdicts(sentences, 2021)`. The comment on each line says
what the rules said at 21eeba3 when this file was written: "ok" (agrees), "OVER" (an action
found where the README says none), "UNDER" (a miss); "regression" when the rules at 567d616
(before these rules) agreed with the expectation. See review9.md for reasons and fixes.
"""

CASES: list[tuple[list[str], int, bool]] = [
    # --- agreements.SIGNED_HERE (and the short-sentence exemption in rules._furniture) ---
    (["(The guest book is signed.)"], 0, False),  # OVER (a courtesy, not an instrument)
    (["(The gifts are exchanged.)"], 0, False),  # OVER regression
    (["(The football is signed.)"], 0, False),  # OVER regression (was "too short")
    (["(The pens are exchanged.)"], 0, False),  # OVER regression
    (["(The executive order is signed.)"], 0, True),  # ok
    (["(The bill is signed at 11:42 a.m.)"], 0, True),  # ok
    (["(The instruments of ratification are exchanged.)"], 0, True),  # ok
    # --- objects.py OBJECTS["resume"] ---
    (["The Embassy will resume normal operations on Monday after the holiday weekend."], 0,
     False),  # OVER regression (a routine reopening)
    (["The Government of Corvania resumed shipments of weapons to the militias in the "
      "north, in violation of the UN arms embargo."], 0,
     False),  # OVER regression (conduct the statement condemns)
    (["The United States will resume its contributions to the relief agency for "
      "refugees."], 0, True),  # UNDER ("contributions")
    (["The Consulate will resume routine visa interviews on March 1."], 0,
     True),  # UNDER ("interviews")
    (["The Department today resumed refugee admissions from Corvania."], 0,
     True),  # UNDER ("admissions")
    (["The two countries resumed diplomatic relations today after a ten-year break."], 0,
     True),  # UNDER ("relations")
    (["The Department of Agriculture resumed imports of Corvanian beef today."], 0,
     True),  # ok
    (["The Agency this morning resumed disaster assistance payments to flood survivors in "
      "Marlin County."], 0, True),  # ok
    # --- objects.py OBJECTS["co-sponsor"] / ["cosponsor"] ---
    (["The Mission co-sponsored an event on the resolution with civil society groups."], 0,
     False),  # OVER regression (a side event)
    (["The Embassy co-sponsored the Harbor Initiative's annual gala in Marlin."], 0,
     False),  # OVER regression ("Initiative's" = a possessive)
    (["The United Kingdom will co-sponsor the text on media freedom at the Council's next "
      "session."], 0, True),  # UNDER ("text")
    (["The United States co-sponsored UN General Assembly Resolution 76/10 on the Olympic "
      "Truce."], 0, True),  # ok
    (["Forty delegations cosponsored a side event on the declaration."], 0, False),  # ok
    # --- objects.py OBJECTS["double"] / ["triple"] ---
    (["The United States will double U.S. humanitarian funding for the region."], 0,
     True),  # UNDER ("U.S." is not [\w-]+)
    (["The President will triple the tariffs on Corvanian steel from 25 to 75 percent."], 0,
     True),  # UNDER ("tariffs")
    (["The Department will double the refugee admissions ceiling next year."], 0,
     True),  # UNDER ("ceiling")
    (["The Ministry will double the Fulbright program in Corvania."], 0,
     True),  # UNDER ("program")
    (["The Ministry will double its contribution to the Global Fund to €1 billion."], 0,
     True),  # ok
    (["Corvania has doubled its military presence along the border, the Ministry said."], 0,
     False),  # ok
    # --- lexicon.GOVERNMENT "Consulate" ---
    (["The Consulate General will be closed on Monday for the national holiday."], 0,
     False),  # OVER (a holiday closing; also before these rules)
    (["The consulate will resume passport services on June 1."], 0,
     True),  # UNDER (lowercase "consulate", cf. "the department")
    (["The Consulate provides emergency passport services to U.S. citizens in the "
      "district."], 0, False),  # ok
    (["The Consulate issued a demonstration alert for downtown Marlin."], 0, True),  # ok
    # --- grammar._CONDITION_AFTER "as soon as …" ---
    (["The Ministry will disburse the first €50 million to the flood-hit regions as soon as "
      "possible."], 0, True),  # UNDER regression ("as soon as possible" is no condition)
    (["The Department will release the full report as soon as possible after the review."],
     0, True),  # UNDER regression
    (["We will deliver the remaining 2 million doses as soon as conditions allow, and will "
      "provide $10 million today for cold-chain equipment."], 0,
     True),  # UNDER regression (the $10 million today: "provide" finds no subject)
    (["We will send a team of inspectors as soon as the Government of Corvania gives its "
      "consent."], 0, True),  # ok (a specific measure on a stated condition, README)
    (["The Secretary has directed that the Embassy reopen as soon as security conditions "
      "permit."], 0, True),  # ok
    (["The Agency today awarded $4 million to Marlin County, which will begin work as soon "
      "as it is safe to enter the site."], 0, True),  # ok
    # --- phrases._TODAY_PHRASES, lexicon.LEADING ---
    (["The Ministry earlier this week imposed export controls on three Corvanian firms."], 0,
     True),  # UNDER ("earlier this week" not among the phrases)
    (["The Commission yesterday approved a €2 billion support scheme for the rail sector."],
     0, True),  # UNDER ("yesterday")
    (["This morning's decision by the Council extends the arms embargo for another year."],
     0, True),  # UNDER
    (["The Council has this morning adopted new restrictive measures against Corvania."], 0,
     True),  # ok
    (["The Ministry this morning released the annual report on trafficking in persons."], 0,
     True),  # ok
    (["The Assembly last night debated the draft budget for nine hours."], 0, False),  # ok
    (["This morning the regime arrested 40 peaceful protesters in Marlin."], 0, False),  # ok
    (["The Commission, which this morning adopted its work programme, meets again in "
      "June."], 0, False),  # ok
    (["Tonight the President will sign the Harbor Restoration Act into law."], 0,
     True),  # ok
    # --- lexicon.ADVERBS therefore / thus / hence / accordingly / consequently ---
    (["The law therefore requires exporters to obtain a license before shipping controlled "
      "items."], 0, False),  # ok
    (["Consequently, the Ministry has suspended all exports of dual-use goods to "
      "Corvania."], 0, True),  # ok
    (["The Commission accordingly imposes a fine of €12 million on Marlin Shipping."], 0,
     True),  # ok
    # --- lexicon.HEAD_NOUNS "mandate(s)" ---
    (["The Agency will increase awareness of the vaccine mandate among employers."], 0,
     False),  # OVER ("of the vaccine mandate": the lookbehind sees only the last word)
    (["The United States will fully support the mandate of the new UN observer mission."],
     0, False),  # ok
    (["The Security Council renewed the mandate of the Panel of Experts for thirteen "
      "months."], 0, True),  # ok
    (["The Department has extended the mandates of two special envoys until June."], 0,
     True),  # ok
    # --- objects.py OBJECTS["declare"] (six words before the noun) ---
    (["In his speech, the President declared his support for emergency aid to the region."],
     0, False),  # OVER regression
    (["The Ministry declared its readiness to provide disaster relief to its neighbours."], 0,
     False),  # OVER regression
    (["The Minister declared that there is no emergency and that the water is safe."], 0,
     False),  # OVER regression
    (["The Governor declared the three flooded coastal counties of the state disaster "
      "areas."], 0, True),  # UNDER (seven words before "disaster")
    (["The Ministry of Foreign Affairs today declared the Corvanian embassy's defence "
      "attaché persona non grata."], 0, True),  # ok
    (["The Secretary declared the end of the public health emergency on May 11."], 0,
     True),  # ok
    # --- objects.py OBJECTS["propose"] standards / procedures / requirements / limits / fees ---
    (["The Department today proposed to raise the fees for visa applications."], 0,
     True),  # UNDER ("proposed to raise")
    (["The Agency proposed new emission caps for power plants today."], 0,
     True),  # UNDER ("caps")
    (["The Corvanian delegation proposed new limits on our fishing fleet, which we "
      "rejected."], 0, False),  # ok
    # --- objects.py OBJECTS["finalize"] ---
    (["The Embassy finalized logistics ahead of the Secretary's conference in Marlin."], 0,
     False),  # OVER ("conference" anywhere in 130 characters)
    (["The Commission finalized its decision to approve the Harbor pipeline today."], 0,
     True),  # UNDER
    (["The two teams finalized the list of speakers for the conference."], 0, False),  # ok
    (["The Department finalized new safety requirements for rail tank cars today."], 0,
     True),  # ok
    # --- grammar._COUNTED "list", _TALLY; RUNNING_TOTAL with today's news ---
    (["Today the Council has listed a further 40 individuals, bringing the total number of "
      "listings to more than 1,800 since 2014."], 0, True),  # UNDER ("since 2014" = history)
    (["The Department has designated 15 individuals today, bringing the total designated "
      "under the program since 2017 to 200."], 0, True),  # UNDER (same)
    (["The Council today listed 12 more individuals and 3 entities.",
      "The Union has now listed more than 1,800 individuals and entities since 2014."], 1,
     False),  # ok
    (["The Commission has issued an order today imposing a $2 million penalty, its third "
      "this year."], 0, True),  # ok
    (["The Ministry has this year listed 23 vessels of the shadow fleet."], 0, False),  # ok
    # --- money.FUNDING_ITEM with a dash or a gerund ---
    (["Corvania's losses — $3 billion, mounting each year since the drought began."], 0,
     False),  # OVER regression
    (["Annual shortfall – $5 billion, according to the UN appeal."], 0,
     False),  # OVER regression ("according" is a gerund to \w+ing)
    (["Funding gap – $400 million, leaving 2 million people without food aid."], 0,
     False),  # OVER
    (["Humanitarian needs in Corvania — $2.1 billion, including $900 million for food."], 0,
     False),  # OVER regression
    (["Estimated price tag — $2 billion, making it the costliest bridge in the region."], 0,
     False),  # OVER regression
    (["Harbor Valley Clinic (Marlin, Ohio) — $1.2 million."], 0, True),  # UNDER (no tail)
    (["Marlin County Schools (Ohio) - $500,000 to hire 12 school counselors."], 0,
     True),  # UNDER (hyphen-minus)
    (["Coastal Health Network – $2 million awarded to expand telehealth in 12 counties."], 0,
     True),  # UNDER ("awarded")
    (["Eastport Community College – $750,000 to train 200 wind turbine technicians."], 0,
     True),  # ok
    (["Harbor Housing Authority — $4.5 million, funding repairs to 300 public housing "
      "units."], 0, True),  # ok
    # --- enforcement.SETTLEMENT_TERMS "will pay $X" ---
    (["Each participant will pay $500 to attend the three-day conference in Marlin."], 0,
     False),  # OVER regression
    (["Visitors must pay $20 to enter the national park from June 1."], 0,
     False),  # OVER regression
    (["The Minister said Corvania must pay $1 billion in reparations for the damage to the "
      "dam."], 0, False),  # OVER regression
    (["Under the proposal, families will pay $200 less for insulin each month."], 0,
     False),  # OVER regression
    (["The Department today announced new passport fees.",
      "Under the current schedule, applicants must pay $130 for a passport book."], 1,
     False),  # OVER regression
    (["The Treasury will pay $2.1 billion in interest to bondholders next year."], 0,
     False),  # OVER regression
    (["The Commission today announced a settlement with Marlin Lending.",
      "Marlin will pay affected borrowers $2 million in restitution."], 1,
     True),  # UNDER (indirect object)
    (["The Commission today announced a settlement with Marlin Lending.",
      "Marlin will repay $2 million to affected borrowers within 90 days."], 1,
     True),  # UNDER ("repay")
    (["The Commission today announced a settlement with Marlin Lending.",
      "Under the settlement, Marlin has agreed to pay $2 million to affected borrowers."], 1,
     True),  # ok
    (["The Department today sued Redwood Logistics for unpaid overtime.",
      "If the court rules for the Department, Redwood would have to pay $3 million in back "
      "wages."], 1, False),  # ok
    (["The Bureau today ordered Harbor Bank to pay $4 million for illegal overdraft fees.",
      "Harbor Bank will pay $3 million in refunds and a $1 million penalty."], 1, True),  # ok
    # --- lexicon.OPINION "(?<!to )reports? that" ---
    (["The Inspector General is looking into reports that the Agency awarded contracts to "
      "firms owned by its own officials."], 0,
     False),  # OVER regression ("into reports that": the lookbehind matches "to ")
    (["I am happy to report that the House passed the farm bill this afternoon."], 0,
     True),  # UNDER ("the House" alone is no actor)
    (["We are sad to report that Corvania has arrested 40 journalists this month."], 0,
     False),  # ok
    (["We are pleased to report that the Department has met its goal of 10,000 visas."], 0,
     False),  # ok
    # --- lexicon.GOVERNMENT government corporations ---
    (["The Harbor Development Finance Corporation, a privately owned lender in Marlin, today "
      "launched a $50 million small-business loan fund."], 0, False),  # OVER regression
    (["The Overseas Private Investment Corporation today approved $250 million in financing "
      "for a solar plant in Corvania."], 0, True),  # UNDER
    (["The Pension Benefit Guaranty Corporation today approved $1.2 billion in special "
      "financial assistance for the Marlin Teamsters plan."], 0, True),  # UNDER
    (["The Commodity Credit Corporation will provide $500 million to purchase surplus crops "
      "for food aid."], 0, True),  # UNDER
    (["The International Finance Corporation today announced a $100 million loan to "
      "Corvania's largest bank."], 0, True),  # ok
]

# The cases the rules still get wrong: expected failures in test_review8_9.py
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
}
