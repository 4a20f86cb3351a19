"""Review 12 (issue 13): sentences that probe the action finder's rules added in b4f0d03 (96244d3
only moved them between modules): lexicon.GOVERNMENT City, County, Province, Municipality,
Supervisors, Cabinet, "the secretary", National Institute(s) of, Director(-General), Division,
development banks, Presidents and Ministers, and phrases.is_government's agency initials
(`_INITIALS`); lexicon.DATELINE with its date and LEADING "this year / week / month";
phrases.reported_subject ("the President told the Governor that he had approved …"),
rules._GOES_ON "He has issued / directed / ordered …" and rules._by_surname; lexicon.STRONG
summon, veto, furlough; lexicon.WEAK determine, recruit, recover, complete, commence, present,
mobilise with their objects; lexicon.CONCRETE's new nouns and QUANTITY (a counted object);
lexicon.MONEY currencies by letters; objects.OBJECTS raise, renew, send, propose, put,
open/close, name, hire; money.BENEFIT; shapes.INSTRUMENT's nouns bill, law, draft, text,
agreement, package, decision, decree and verbs adds, raises, lowers; shapes.MAKE_UP financing,
drawdown, loan, grant and a named project (verb8); agreements.IN_FORCE order, decree, ban,
restriction, measure; lexicon.LEAD_IN "hereby", "declare". All sentences are invented; names
such as Corvania, Marlin and Harbor are made up.

Each case is (sentences of one statement, index of the sentence judged, expected_action),
judged with `monitor.actions.rules.verdicts(sentences, 2021)`. The expectation is read from
fixtures/actions/README.md, "How the sentences were labelled". The comment on each line says
what the rules said at 96244d3 when this file was written: "ok"
(agrees), "OVER" (an action found where the README says none), "UNDER" (a miss);
"regression" when the rules at bfabf40 (before these rules) agreed with the expectation. Of
105 cases, 77 agree; 25 are over-matched and 3 missed, 21 of them regressions.
The words in brackets say why.
"""

from __future__ import annotations

CASES: list[tuple[list[str], int, bool]] = [
    # --- lexicon.GOVERNMENT City, County, Cabinet, Supervisors, Division, Director, banks ---
    (["The City of Harbor has closed all public parks and beaches until further notice."], 0,
     True),  # ok
    (["Marlin County has declared a local state of emergency after the floods."], 0, True),  # ok
    (["The Board of Supervisors voted 4-1 to ban gas leaf blowers in unincorporated "
      "areas."], 0, True),  # ok
    (["The Cabinet today approved the draft budget for 2022."], 0, True),  # ok
    (["Harbor City FC today signed the Marlin striker Tomas Reyes on a three-year "
      "contract."], 0,
     False),  # OVER regression (a football club: “City” makes the club a city's government)
    (["Marlin County's dairy farmers have donated 40 tons of cheese to the Harbor food "
      "bank."], 0, False),  # OVER regression (the county's farmers: no government)
    (["The Harbor County Medical Society today launched a campaign against vaping."], 0,
     False),  # ok
    (["The Shadow Cabinet today launched its own plan to cut rail fares."], 0,
     False),  # OVER regression (the opposition's shadow cabinet: no government)
    (["Supervisors at the Marlin warehouse suspended three workers who joined the "
      "strike."], 0, False),  # ok
    (["The Harbor Division of Marlin Steel today suspended operations at its rolling "
      "mill."], 0, False),  # OVER regression (a company's division)
    (["The Director of the Harbor Film Festival has launched a new prize for young "
      "filmmakers."], 0,
     False),  # OVER regression (a festival's director: “Director” alone is no government)
    (["The National Bakers Institute, a trade group, today launched a campaign against "
      "the sugar tax."], 0, False),  # ok
    (["The secretary of the Harbor Rowing Club has suspended two members for doping."], 0,
     False),  # ok
    (["Harbor City has been awarded $5 million by the Marlin Family Foundation for its "
      "parks."], 0, False),  # OVER (a city as recipient; the agent, a foundation, is no government)
    (["The Ministry of Transport today awarded $20 million to Marlin County for bridge "
      "repairs."], 0, True),  # ok
    (["The Marlin Development Bank today approved a $120 million loan for rural roads "
      "in Corvania."], 0, True),  # ok
    (["Presidents of the twelve Harbor universities signed a pledge to cut tuition "
      "fees."], 0, False),  # ok
    # --- phrases.is_government: an agency's initials alone ---
    (["UNHCR has delivered 40 tonnes of tents and blankets to the Harbor camp."], 0, True),  # ok
    (["WHO and its partners today delivered 12 tonnes of cholera kits to Marlin "
      "province."], 0,
     True),  # UNDER (a past verb after “partners”: read as a participle, not a verb)
    (["HBN, the Harbor broadcaster, today launched a new children's channel."], 0, False),  # ok
    (["HWA, a Marlin charity, today delivered 40 tons of food to flood victims."], 0, False),  # ok
    (["The KPM today nominated Ana Cruz as its candidate for the presidency."], 0,
     False),  # OVER regression (a political party known by its initials)
    (["The HTU, the teachers' union, has suspended its strike for two weeks."], 0,
     False),  # OVER regression (a union known by its initials; its apposition says so)
    (["MHB and its partners today launched a $50 million fund for small exporters."], 0,
     False),  # ok
    # --- lexicon.DATELINE with its date; LEADING this year / week / month ---
    (["HARBOR CITY, 3 May 2021 – The Ministry of Health today launched a vaccination "
      "drive in Marlin province."], 0, True),  # ok
    (["30 April 2015 – the day the earthquake struck – the Ministry deployed 40 rescue "
      "teams to the north."], 0,
     False),  # OVER (history: the date is stripped as a dateline, then not read as history)
    (["This year, the Ministry will hire 500 more nurses for rural clinics."], 0, True),  # ok
    (["This week the opposition launched a petition against the fuel tax."], 0, False),  # ok
    (["This month marks ten years since the Ministry abolished the death penalty in "
      "2011."], 0, False),  # ok
    # --- phrases.reported_subject (“told … that he”), rules._GOES_ON and _by_surname ---
    (["The President told the Governor that he had approved federal disaster "
      "assistance for Marlin County."], 0, True),  # ok
    (["The Minister said the factory owner told her that he had banned trade unions "
      "from the plant."], 0,
     False),  # OVER regression (“he” is the factory owner, not the Minister who reports)
    (["The Minister told reporters that she had banned her own children from social "
      "media."], 0,
     False),  # OVER regression (a personal act the official reports, not a government measure)
    (["The President told the Governor that he would consider approving a disaster "
      "declaration."], 0, False),  # ok
    (["The Ambassador told us that he had suspended his membership of the Harbor Golf "
      "Club."], 0,
     False),  # OVER regression (a personal act the official reports, not a government measure)
    (["The Governor today declared a state of emergency in Marlin County.",
      "He has directed the National Guard to help with evacuations."], 1, True),  # ok
    (["The Governor today appointed Dr. Ana Pell as Director of Public Health.",
      "She has directed the Harbor Clinic since 2010."], 1, False),  # ok
    (["The President today signed the Harbor Ports Act.",
      "He has ordered similar reviews twice before, in 2016 and 2018."], 1, False),  # ok
    (["Governor Wade Ashby today appointed three judges to the Court of Appeals.",
      "Additionally, Ashby named Lena Ortiz chair of the Harbor Port Authority."], 1, True),  # ok
    (["Governor Wade Ashby today signed the Harbor Water Act.",
      "Ashby signed a similar bill as a state senator in 2009."], 1, False),  # ok
    (["Governor Wade Ashby today signed the Harbor Water Act.",
      "Ashby launched his political career as a county prosecutor."], 1,
     False),  # OVER regression (his career: a surname alone, with no “also” or “has”)
    (["Governor Ashby today signed the Harbor Water Act.",
      "Ashby also appointed Lena Ortiz to the Harbor Water Board."], 1,
     True),  # UNDER (“Governor Ashby”: two words, and _by_surname wants three)
    (["Mayor Dan Ortiz today opened the new Harbor central library.",
      "Ortiz Construction, the firm that built it, has donated 2,000 books to its "
      "shelves."], 1, False),  # ok
    # --- lexicon.STRONG summon, veto, furlough ---
    (["The Foreign Ministry today summoned the Corvanian ambassador over the border "
      "shooting."], 0, True),  # ok
    (["The Ministry could summon the Corvanian ambassador if the attacks continue."], 0,
     False),  # ok
    (["In 2014, the Ministry summoned the Corvanian ambassador over a similar incident."], 0,
     False),  # ok
    (["The Governor today vetoed the Harbor Casino Bill."], 0, True),  # ok
    (["In our view, the Cabinet should veto the bill."], 0, False),  # ok
    (["The President has threatened to veto the bill if it reaches her desk."], 0, False),  # ok
    (["Corvania vetoed the resolution, a decision we deeply regret."], 0, False),  # ok
    (["The Agency will furlough 2,000 employees from Monday if Congress does not pass "
      "a budget."], 0, True),  # UNDER (a specific measure promised on a stated condition)
    (["Marlin Airlines furloughed 3,000 pilots and cabin crew this week."], 0, False),  # ok
    # --- lexicon.WEAK determine, recruit, recover, complete, commence, present, mobilise ---
    (["The Secretary today determined that a commercial fishery failure occurred in "
      "Harbor Bay."], 0, True),  # ok
    (["The Ministry will recruit a further 5,000 teachers for the next school year."], 0,
     True),  # ok
    (["Harbor Tech recruited 200 graduates this year, the Minister noted."], 0, False),  # ok
    (["The Department recovered $2.1 million in back wages for 400 Marlin farm workers."], 0,
     True),  # ok
    (["The Ministry hopes to recover $40 million from the bankrupt contractor."], 0, False),  # ok
    (["The Ministry today completed the evacuation of its citizens from Marlin."], 0, True),  # ok
    (["The Ministry completed the transfer of the Harbor base to Corvania in 2009."], 0,
     False),  # ok
    (["The Minister of Finance today presented the 2022 budget to Parliament."], 0, True),  # ok
    (["The Minister presented the Harbor Youth Plan award to twenty volunteers."], 0,
     False),  # OVER regression (an award presented: “Plan” inside the award's name)
    (["The Ministry hopes to mobilise $1 billion in private investment for the Harbor "
      "port."], 0, False),  # ok
    # --- lexicon.CONCRETE's new nouns; lexicon.QUANTITY (counted objects) ---
    (["The Agency today released a toolkit for schools on heat safety."], 0, True),  # ok
    (["The Ministry will review the curfew next week."], 0, False),  # ok
    (["The Department supports the deployment of African Union peacekeepers to Marlin."], 0,
     False),  # ok
    (["The Ministry will consider subsidies for electric cars."], 0, False),  # ok
    (["The Ministry has set up 50 child-friendly spaces in the Harbor camps."], 0, True),  # ok
    (["The Ministry has confirmed 12 new cases of measles in Marlin province."], 0,
     False),  # OVER (a count of cases, not a measure)
    (["The Minister gave 3 interviews to foreign media during the visit."], 0,
     False),  # OVER (interviews counted, not a measure)
    (["The Agency received 40 complaints about the scheme last month."], 0, False),  # ok
    (["The Department has reviewed 300 applications for the new housing grant."], 0, False),  # ok
    (["The Agency has cited 3 independent studies in support of the new limit."], 0, False),  # ok
    # --- lexicon.MONEY currencies by letters ---
    (["The Treasury has allocated KSh 1.5 billion for drought relief in Marlin County."], 0,
     True),  # ok
    (["The Ministry has assessed the flood damage at R3 billion."], 0, False),  # ok
    # --- objects.OBJECTS renew, propose, put, open, name, hire ---
    (["The Minister renewed her determination to end child poverty by 2030."], 0,
     False),  # OVER regression (resolve, not a legal determination)
    (["The Council today renewed the sanctions regime for one year."], 0, True),  # ok
    (["The Commission today proposed to raise the minimum wage by 5 percent."], 0, True),  # ok
    (["The opposition proposed to cut fuel taxes by half."], 0, False),  # ok
    (["The Ministry puts the cost of the storm damage at $400 million."], 0, False),  # ok
    (["The Ministry will put $20 million into flood defences along the Harbor River."], 0,
     True),  # ok
    (["The Mayor will open the Harbor Schools Photography Exhibition on Saturday."], 0,
     False),  # OVER regression (an exhibition opened: “Schools” inside its name)
    (["The Governor named Lena Ortiz chair of the Harbor Port Authority."], 0, True),  # ok
    (["The Agency hopes to hire 300 graduates as contact tracers."], 0, False),  # ok
    # --- money.BENEFIT (after an announced measure) ---
    (["The Ministry today launched a housing subsidy scheme for young families.",
      "Families with two or more children will receive a subsidy of up to $400 a month."], 1,
     True),  # ok
    (["The Ministry today announced a $40 million flood relief package.",
      "Under the 1998 Pensions Act, retirees will receive a winter fuel payment each "
      "December."], 1, False),  # ok
    (["The Ministry today announced a $5 million fund for Marlin's flood victims.",
      "Under Corvania's separate scheme, its farmers will receive grants of up to "
      "$1,000."], 1, False),  # OVER regression (another government's scheme, named in passing)
    (["The Ministry today sent its housing bill to Parliament.",
      "Were the bill to pass, families would receive a subsidy of $300 a month."], 1,
     False),  # OVER regression (a hypothetical: the bill is not yet law)
    (["The Ministry today marks International Day of Older Persons.",
      "Pensioners will receive their payments on the first day of each month."], 1, False),  # ok
    # --- shapes.INSTRUMENT bill, law, agreement, package, decree (after an announced measure) ---
    (["The Governor today signed the Harbor Wages Bill.",
      "The bill raises the minimum wage to $15 an hour by 2024."], 1, True),  # ok
    (["The Ministry today signed a trade agreement with Marlin.",
      "The agreement lowers tariffs on 400 farm goods."], 1, True),  # ok
    (["The Ministry today issued new rules on drone flights.",
      "The law requires all drones heavier than 250 grams to be registered."], 1,
     False),  # OVER regression (a standing law as background: the rules issued are not a law)
    (["The Governor today signed the Harbor Housing Bill into law.",
      "A separate bill, still before the Senate, raises the minimum wage to $15."], 1, False),  # ok
    (["The Ministry today announced a relief package for farmers.",
      "The opposition's package raises the diesel rebate to 30 cents a litre."], 1, False),  # ok
    (["The Department today imposed sanctions on five Corvanian officials.",
      "The decree they drafted bans independent media in the capital."], 1, False),  # ok
    # --- shapes.MAKE_UP financing, loan, grant and a named project (verb8) ---
    (["The Ministry today approved a $50 million grant for Marlin's schools.",
      "The grant will fund 120 new classrooms."], 1, True),  # ok
    (["Marlin's rural roads are among the worst in the region.",
      "The Harbor Roads Project will finance 300 km of new gravel roads."], 1, False),  # ok
    (["The Bank today approved a $50 million grant for Marlin's schools.",
      "The Harbor Roads Project, approved in 2016, will finance the last 20 km of the "
      "coast road."], 1, False),  # ok
    (["The Ministry today announced $10 million for flood relief.",
      "The Pell Family Scholarship Fund will also fund 30 scholarships for flood "
      "victims."], 1, False),  # OVER regression (a private family fund)
    (["Marlin Bank today arranged a $40 million syndicated loan for Harbor Shipping.",
      "The loan includes a $10 million revolving credit line."], 1,
     False),  # OVER regression (a bank's loan: no government measure announced)
    # --- agreements.IN_FORCE order, ban, measure … taking effect ---
    (["The executive order takes effect immediately."], 0, True),  # ok
    (["The smoking ban went into effect in 2007."], 0, False),  # ok
    (["The curfew order, which took effect in March 2020, remains in place."], 0, False),  # ok
    (["Corvania's decree on foreign NGOs, which we condemn, enters into force on "
      "Monday."], 0, False),  # ok
    (["If approved by voters, the measure will take effect on July 1."], 0,
     False),  # OVER regression (a conditional: a ballot measure not yet approved)
    # --- lexicon.LEAD_IN hereby, declare ---
    (["The Council of Ministers hereby declares to:",
      "Establish a national disaster relief fund;"], 1, True),  # ok
    (["Leaders declare their shared commitment to:",
      "Strengthen cooperation on climate and health;"], 1,
     False),  # OVER regression (a commitment to cooperation on broad areas under “declare”)
]

# The cases the rules still get wrong: expected failures (of the review's 28 disagreements,
# marked OVER or UNDER above, the fixes applied after it leave these five)
STILL_WRONG: dict[str, str] = {  # sentence -> how the rules get it wrong
    'The Harbor Division of Marlin Steel today suspended operations at its rolling mill.':
        'over-matched',
    'WHO and its partners today delivered 12 tonnes of cholera kits to Marlin province.':
        'missed',
    'The KPM today nominated Ana Cruz as its candidate for the presidency.':
        'over-matched',
    'The Agency will furlough 2,000 employees from Monday if Congress does not pass a budget.':
        'missed',
    'The Pell Family Scholarship Fund will also fund 30 scholarships for flood victims.':
        'over-matched',
}
