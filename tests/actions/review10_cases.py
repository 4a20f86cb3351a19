"""Review 10 (issue 13): sentences that probe the action finder's rules added in 8abd43a and
41919a2: lexicon.STRONG sue, redeploy, reassign; lexicon.WEAK enter, seek, withhold, cut, lower
with their objects (objects.OBJECTS, also "make" for "made public" and "raise" for rates and
travel advice); lexicon.CONCRETE rates, "target range", "further action to"; lexicon.GOVERNMENT
FOMC, ECB, central banks; lexicon.OPINION "there are reports"; lexicon.LEAD_IN "were signed /
exchanged / concluded / adopted"; shapes.POLICY "will no longer …", SERVE ("will serve as
Director", "will chair the … Committee"), MAKE_UP ("The restrictive measures consist of", "The
newly listed entities are"); enforcement.SETTLEMENT_TERMS (an order's, a decree's or a plea
agreement's terms, "has agreed to cooperate with", "will pay $X in refunds") and INDICTMENT
("complaint charges", "are each charged with N counts"); rules._SUBHEADING, gerund bullets and
rules._NOMINAL_ITEM ("Suspension of …;", "MoU on …"); phrases.ends_with_noun "central bank",
"the department". All sentences are invented; names such as Corvania, Marlin and Harbor are
made up.

Each case is (sentences of one statement, index of the sentence judged, expected_action),
the expectation read from fixtures/actions/README.md, "How the sentences were labelled".
Judged with `monitor.actions.rules.verdicts(sentences, 2021)`. The comment on each line says
what the rules said at 41919a2 when this file was written (the same at 9ea4d4f): "ok"
(agrees), "OVER" (an action found where the README says none), "UNDER" (a miss);
"regression" when the rules at d200bef (before these rules) agreed with the expectation. The
words in brackets say why.
"""

CASES: list[tuple[list[str], int, bool]] = [
    # --- lexicon.STRONG sue ---
    (["The Department of Justice today sued Marlin Chemical to stop discharges into the "
      "Harbor River."], 0, True),  # ok
    (["The Justice Department and five states sued Marlin Airlines today to block its "
      "merger with Harbor Air."], 0,
     True),  # UNDER (a compound subject ending in “five states”: no subject found)
    (["The Agency is being sued by the Department of Justice for failing to clean up the "
      "Harbor site."], 0, True),  # ok (a government agent)
    (["The Agency was sued by three Marlin ranchers over the new grazing fees."], 0,
     False),  # OVER regression (a passive with a private agent: the Agency is the one sued)
    (["In 2016, the Commission sued Harbor Telecom over hidden fees on customers' bills."], 0,
     False),  # ok
    (["Under the Act, the Bureau may sue any lender that fails to disclose its fees."], 0,
     False),  # ok
    (["The Commission could sue the developer if the wetlands are not restored by spring."], 0,
     False),  # ok
    (["The Department's deputy director, Sue Okafor, thanked the volunteers who staffed "
      "the shelters."], 0, False),  # ok
    # --- lexicon.STRONG redeploy / reassign ---
    (["The Ministry of Health will redeploy 300 nurses to the flood-hit districts this "
      "week."], 0, True),  # ok
    (["The Department has reassigned 200 inspectors to the southern border crossings."], 0,
     True),  # ok
    (["Some 300 nurses will be redeployed by the Ministry to the flood-hit districts."], 0,
     True),  # ok
    (["About 2,000 troops are being redeployed from Corvania to the eastern flank, the "
      "Secretary announced today."], 0,
     True),  # UNDER (troops as passive subject: “a passive clause … of armed forces”)
    (["Corvania redeployed heavy artillery toward the border overnight, in violation of "
      "the ceasefire."], 0, False),  # ok
    (["Officers are routinely reassigned every three years under the Service's rotation "
      "policy."], 0, False),  # ok
    # --- objects.OBJECTS['enter'] ---
    (["The Commission today entered into a partnership agreement with the Port of Harbor."], 0,
     True),  # ok
    (["The Board entered an order today directing Harbor Bank to stop opening "
      "unauthorized accounts."], 0, True),  # ok
    (["The Department today entered into a $40 million contract with Harbor Shipyards to "
      "repair two icebreakers."], 0,
     True),  # UNDER (no “contract” among the objects, and “$40” is no [\w-]+ word)
    (["The court today entered the consent decree, which requires Marlin Steel to cut "
      "emissions by 40 percent."], 0, True),  # UNDER (“The court” is no actor)
    (["The junta has entered into an arms agreement with Corvania that violates the UN "
      "embargo."], 0, False),  # ok
    (["Should the talks succeed, the Ministry would enter into a new wage agreement with "
      "the unions."], 0, False),  # ok
    (["President Alvarez entered office pledging to fight corruption in the customs "
      "service."], 0, False),  # ok
    # --- objects.OBJECTS['seek'] ---
    (["The Commission is seeking civil penalties and a permanent injunction against "
      "Marlin Capital."], 0, True),  # ok
    (["The Commission will seek a freeze of the defendants' assets."], 0,
     True),  # UNDER (“freeze” is not among the objects of “seek”)
    (["The Bureau is seeking refunds for the 40,000 consumers who paid the hidden fees."], 0,
     True),  # UNDER (“refunds” is not among the objects of “seek”)
    (["The Ministry will seek ways to expand trade with its southern neighbours."], 0,
     False),  # ok
    (["In such cases, the Commission typically seeks disgorgement of the ill-gotten gains."], 0,
     False),  # ok
    (["If the company does not comply, the Agency could seek civil penalties of up to "
      "$50,000 a day."], 0, False),  # ok
    (["The regime is seeking the extradition of exiled journalists on politically "
      "motivated charges."], 0, False),  # ok
    # --- objects.OBJECTS['withhold'] ---
    (["The United States is withholding $20 million in security assistance from "
      "Corvania's army."], 0, True),  # ok
    (["The United States will withhold $30 million in aid to Corvania until the audit is "
      "published."], 0, True),  # ok (a specific measure on a stated condition, README)
    (["The Minister will withhold her judgment until the Commission's findings are "
      "published."], 0,
     False),  # OVER regression (“her judgment” passes the lookahead, “findings” follows)
    (["The IRS withholds refunds from taxpayers who owe past-due child support."], 0, False),  # ok
    (["Corvania has withheld data on the outbreak from the World Health Organization for "
      "weeks."], 0, False),  # ok
    # --- objects.OBJECTS cut / lower / raise; CONCRETE rates; GOVERNMENT central banks ---
    (["The FOMC today lowered the target range for the federal funds rate to 4 to 4-1/4 "
      "percent."], 0, True),  # ok
    (["The Reserve Bank of Corvania cut its cash rate by 25 basis points to 3.6 percent."], 0,
     True),  # UNDER (“cash rate” is not among the rates)
    (["The ECB today raised its deposit rate by half a point to 2 percent."], 0,
     True),  # UNDER (“deposit rate” is not among the rates)
    (["The Ministry of Finance will cut the fuel tax by 10 cents a litre from Monday."], 0,
     True),  # UNDER (“taxes” only in the plural)
    (["The Ministry lowered its travel advice for Marlin to 'exercise normal safety "
      "precautions' today."], 0,
     True),  # UNDER (“lower” shares the objects of “cut”, not those of “raise”)
    (["The Government will lower the voting age to 16 for local elections."], 0,
     True),  # UNDER (no age, threshold or limit among the objects)
    (["The central bank cuts interest rates when inflation falls below its target."], 0,
     False),  # ok
    (["The Committee lowered the target range three times in 2019."], 0, False),  # ok
    (["The Ministry will not cut corners on safety at the new reactor."], 0, False),  # ok
    (["The Minister raised questions about interest rates at the meeting with bankers."], 0,
     False),  # OVER regression (“questions” escapes the lookahead for “question”)
    (["The Ministry said lower interest rates would help exporters in the coming year."], 0,
     False),  # ok
    (["Marlin Reserve Bank, a family-owned lender, today launched a $50 million "
      "small-business loan fund."], 0, False),  # ok
    (["On Monday the department suspended the licenses of three Harbor clinics."], 0, True),  # ok
    # --- objects.OBJECTS['make'] (made public) ---
    (["The Agency today made public the names of 14 firms that failed safety inspections."], 0,
     True),  # ok
    (["The Minister made public appearances in four provinces last week."], 0, False),  # ok
    (["The Ministry has not made public the results of the 2019 inspection."], 0, False),  # ok
    (["The Treasury made $4 billion in profit from the sale of its stake in Marlin Motors."], 0,
     False),  # OVER (“make” keeps CONCRETE: any sum is its object)
    # --- lexicon.CONCRETE further / additional action to ---
    (["The Ministry is taking further action to shut the smuggling routes across the "
      "lake, closing three ports today."], 0, True),  # ok
    (["We stand ready to take further action to hold the regime accountable."], 0, False),  # ok
    (["The Commission will take additional action to address the shortage in the coming "
      "weeks."], 0, False),  # OVER regression (an unnamed future step)
    # --- lexicon.OPINION there are reports ---
    (["There are reports the regime executed four protesters overnight."], 0, False),  # ok
    (["There are reports of flooding in Marlin, and the Agency has deployed 40 rescue "
      "teams to the area."], 0,
     True),  # UNDER regression (“reports of” a fact, then a measure in the next clause)
    (["There were reports of fuel shortages, so the Ministry today released 2 million "
      "barrels from its reserve."], 0, True),  # UNDER regression (the same)
    # --- lexicon.LEAD_IN were signed / concluded / adopted; rules._NOMINAL_ITEM ---
    (["The following agreements were signed in the presence of the two Presidents:",
      "Memorandum of Understanding on cooperation in tourism"], 1, True),  # ok
    (["The following contracts were signed by Marlin Energy and its partners:",
      "Agreement on the supply of 40 turbines to the Harbor wind farm"], 1,
     False),  # OVER regression (a company's lead-in gives the items an unstated actor)
    (["Our cooperation rests on the following agreements, which were concluded in 2009:",
      "Agreement on the promotion and protection of investments"], 1,
     False),  # OVER regression (a lead-in dated mid-sentence is not history)
    (["The following decisions were adopted at the 2015 summit:",
      "Establishment of a regional standby force of 5,000 troops;"], 1,
     False),  # OVER regression (the same)
    (["The ministers reviewed the implementation of the following measures:",
      "Suspension of visa fees for students from the region;"], 1,
     False),  # OVER regression (measures reviewed, not taken)
    # --- rules._SUBHEADING and gerund bullets after a measure ---
    (["Today the Administration is announcing new measures to secure the ports.",
      "Strengthening border security:",
      "Deploying 1,500 additional personnel to the southern ports of entry this summer."], 2,
     True),  # ok
    (["Today the Administration is announcing new actions to secure the ports.",
      "Strengthening the workforce:",
      "Hiring 500 new border officers."], 2,
     True),  # UNDER (a bullet of four words after the gerund)
    (["Today the Administration is announcing new measures to secure the harbors.",
      "What they are saying:",
      "Supporting the families of port workers is our first duty, the mayor of Marlin "
      "said."], 2, False),  # OVER regression (a quotation under a heading)
    (["Today the Administration is announcing new measures to secure the airports.",
      "The challenge:",
      "Cutting wait times at the ports of entry will require 3,000 more officers."], 2,
     False),  # OVER regression (a gerund as a subject)
    (["Today the Agency released its draft rule on tank cars.",
      "Key dates:",
      "Closure of the public comment period on March 3."], 2,
     False),  # OVER regression (a deadline)
    (["Today the two governments launched a new trade dialogue.",
      "Outstanding issues:",
      "Agreement on the border demarcation remains elusive after 20 rounds of talks."], 2,
     False),  # OVER regression (a topic with a finite verb later)
    # --- shapes.POLICY will no longer … ---
    (["The Department will no longer provide consular services in Marlin."], 0, True),  # ok
    (["Corvanian passports will no longer be accepted as proof of identity at federal "
      "buildings from May 1."], 0, True),  # UNDER (“be accepted” is not among the forms)
    (["Marlin Pharma will no longer offer the drug in Corvania, the company said."], 0,
     False),  # OVER regression (no government subject)
    (["Without new funding from Congress, the Agency will no longer provide meals to "
      "40,000 seniors."], 0, False),  # OVER regression (a warning of what would happen)
    (["If the strike continues, the port will no longer accept container ships."], 0,
     False),  # OVER (a condition; “accept” was matched before these rules too)
    # --- shapes.SERVE serve as Director …, chair the … Committee ---
    (["Maria Lund will serve as Director of the Office of Harbor Affairs."], 0, True),  # ok
    (["Ambassador Reyes will chair the Security Council's sanctions Committee in 2022."], 0,
     True),  # ok
    (["Dr. Amara Lee will serve as Surgeon General while the nomination is pending."], 0,
     True),  # UNDER (“Surgeon General” is not among the titles)
    (["Ms. Ortiz will lead the new Task Force on Harbor Recovery."], 0,
     True),  # UNDER (“lead” is not among chair, head, co-chair)
    (["The annex will serve as the Executive offices of the Commission during the "
      "renovation."], 0, False),  # OVER regression (a building, not a person, serves)
    (["The Minister will chair the Council meeting on Thursday in Marlin."], 0,
     False),  # OVER regression (chairing a meeting: a meeting described)
    (["Mr. Tan was appointed in 2012 to serve as Deputy Director of the Bureau."], 0,
     False),  # OVER regression (a career dated years before)
    # --- shapes.MAKE_UP restrictive measures, newly listed ---
    (["The Council today imposed restrictive measures on Corvania.",
      "The restrictive measures consist of a travel ban and an asset freeze."], 1, True),  # ok
    (["The Council today imposed sanctions on Corvania.",
      "The restrictive measures also include a ban on the export of luxury goods."], 1,
     True),  # UNDER (“also” before “include”)
    (["The Department today designated four entities.",
      "The newly designated entities are accused of smuggling fuel across the lake."], 1,
     False),  # OVER regression (the targets' conduct)
    (["The Department today designated four companies.",
      "The newly listed entities are based in Corvania and Marlin."], 1,
     False),  # OVER regression (who the targets are)
    (["We condemn the emergency measures the Corvanian regime announced on Monday.",
      "The measures include nightly curfews and the closure of independent newspapers."], 1,
     False),  # OVER regression (another government's measures the statement condemns)
    # --- enforcement.SETTLEMENT_TERMS orders, decrees, plea agreements; refunds ---
    (["Under the proposed consent order, Marlin Foods must divest six stores in Harbor "
      "County."], 0, True),  # ok
    (["The Board today issued a consent order against Harbor Bank.",
      "The order also bars Harbor Bank from opening new branches for two years."], 1, True),  # ok
    (["Under the consent order entered by the court in 2017, the company must test its "
      "wells twice a year."], 0, False),  # OVER regression (an order of years before)
    (["Under the settlement reached last week between the two airlines, Harbor Air will "
      "drop its lawsuit."], 0, False),  # OVER regression (a private settlement)
    (["We condemn the decree issued by Corvania's junta on Monday.",
      "The decree bars independent candidates from standing in the March elections."], 1,
     False),  # OVER regression (a decree the statement condemns)
    (["Under the new law, insurers will pay $200 million in refunds to policyholders each "
      "year."], 0, False),  # OVER regression (what a law does in general)
    (["The Minister said Corvania must pay $1 billion in compensation to the victims."], 0,
     False),  # OVER regression (a demand)
    # --- enforcement.INDICTMENT complaint charges, are each charged with N counts ---
    (["The complaint charges Marlin Capital's founder with securities fraud."], 0, True),  # ok
    (["The three men are each charged with two counts of wire fraud."], 0, True),  # ok
    (["People who are charged with two counts of fraud face up to 40 years in prison."], 0,
     False),  # OVER regression (a general account)
    (["The class action complaint charges the Agency with negligence in the levee repairs."], 0,
     False),  # OVER regression (a private complaint)
    (["In Corvania, the three journalists are each charged with two counts of spreading "
      "false news, charges we reject."], 0,
     False),  # OVER regression (charges the statement condemns)
]

# The cases the rules still get wrong: expected failures once a test runs them
STILL_WRONG: dict[str, str] = {}  # every case above agrees with the README since the fixes of
# this review (the rules after 9ea4d4f)
