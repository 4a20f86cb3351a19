"""Review 11 (issue 13): sentences that probe the action finder's rules added in 746fcec,
065266b, c2f685c and b2774c7: shapes.INSTRUMENT "caps / bans / freezes / bars / endorses /
renews" and "resolution", shapes.IT_PROVIDES ("It also prohibits …" right after a measure
whose sentence names an instrument, rules._INSTRUMENT_NOUN); lexicon.WEAK "invite" with
objects.OBJECTS["invite"]; agreements.AGREED "agreed the … Initiative / Plan / …";
shapes.POLICY flags at half-staff and "Under today's rule / the proposal, X must / would have
to"; enforcement.SETTLEMENT_TERMS "Under the … order, X may not", "As a condition of approval,
X must"; OBJECTS["refer"] to the FBI, law enforcement or the police; phrases.subject and
_INSERTED (a subject before ", in cooperation with …,"), phrases.ends_with_noun's trailing
comma; lexicon.HEAD_NOUNS "a voluntary recall" and OBJECTS["announce"] with HEAD_NOUNS;
enforcement.LEGAL_EFFECT "are now ineligible"; lexicon.GOVERNMENT capitalised Leaders,
Delegations and Parties; and grammar.predicate's month rule (`day`: a past measure dated by a
month named without its year, two or more months before the statement's date, is history:
_MONTH_OPENING, _MONTH_BEFORE, _MONTH_AFTER, months_before). All sentences are invented;
names such as Corvania, Marlin and Harbor are made up.

Each case of CASES is (sentences of one statement, index of the sentence judged,
expected_action), judged with `monitor.actions.rules.verdicts(sentences, 2021)`; each case of
DATED_CASES adds the statement's date and is judged with `verdicts(sentences, year,
day=date.fromisoformat(d))`, year being the date's. The expectation is read from
fixtures/actions/README.md, "How the sentences were labelled". The comment on each line says
what the rules said at b2774c7 when this file was written: "ok" (agrees), "OVER" (an action
found where the README says none), "UNDER" (a miss); "regression" when the rules at cb6a1af
agreed with the expectation (cb6a1af has no `day`: the dated cases are judged there without
it). cb6a1af already holds 746fcec and 065266b, so no case of their classes can be marked a
regression; against 41919a2, the rules before all four commits, 46 of the 53 disagreements
are regressions. The words in brackets say why.
"""

from __future__ import annotations

CASES: list[tuple[list[str], int, bool]] = [
    # --- shapes.INSTRUMENT caps / bans / freezes / bars / endorses / renews, "resolution" ---
    (["The Security Council today adopted Resolution 2710 on Corvania.",
      "The resolution renews the mandate of the panel of experts for thirteen months."], 1,
     True),  # ok
    (["The Ministry of Finance today issued an order on fuel exports.",
      "The order caps diesel exports at 40,000 barrels a day until March."], 1, True),  # ok
    (["Treasury today designated four Marlin officials for corruption.",
      "This designation freezes any of their assets under U.S. jurisdiction."], 1, True),  # ok
    (["We condemn the order the Corvanian junta issued on Monday against independent radio.",
      "The order bans all broadcasts in minority languages."], 1,
     False),  # OVER (an order the statement condemns, with no measure of ours before)
    (["Resolution 1540, adopted in 2004, remains the backbone of the nonproliferation regime.",
      "The resolution bars states from supporting non-state actors who seek such weapons."], 1,
     False),  # OVER (a general account of a resolution of 2004)
    (["The Security Council today adopted a resolution on the Harbor peace talks.",
      "The resolution endorses the Secretary-General's call for restraint on all sides."], 1,
     False),  # OVER (what the adopted text says is its content, not a further measure)
    (["Marlin Airlines today announced changes to its cabin rules.",
      "The new policy bans all animals other than trained service dogs from the cabin."], 1,
     False),  # OVER (a company's policy)
    (["For ten years the Harbor Tenancy Scheme has protected renters across the province.",
      "The scheme caps annual rent increases at 3 percent."], 1,
     False),  # OVER (what a standing scheme does: background, no measure of today's)
    (["The Department of Commerce today issued an interim final rule on drone exports.",
      "The rule bars exports of military-grade drones to Corvania without a license."], 1,
     True),  # ok
    # --- shapes.IT_PROVIDES and rules._INSTRUMENT_NOUN ("It also prohibits …") ---
    (["The Council today adopted a regulation on trade with Corvania.",
      "It also bans the export of dual-use goods to Corvania's army."], 1, True),  # ok
    (["The Commission today approved a settlement with Marlin Chemical.",
      "It imposes a $4 million penalty and requires new filters at the Harbor plant."], 1,
     True),  # ok
    (["The United States today imposed sanctions on the Corvanian junta over its decree on "
      "political parties.",
      "It bans all opposition parties and freezes their assets."], 1,
     False),  # OVER (“it” is the junta's decree, named as the reason, not our measure)
    (["The United States today lifted the executive order's sanctions on Marlin, a step the "
      "country had long sought.",
      "It now bans foreign journalists from its northern provinces."], 1,
     False),  # OVER (“it” is Marlin, the country: conduct reported)
    (["The Agency today entered a consent order with Harbor Telecom, the region's largest "
      "carrier.",
      "It also bars rival carriers from its towers, a practice the order does not address."],
     1, False),  # OVER (“it” is the company; the order is named apart)
    (["The Security Council today adopted a resolution on Corvania.",
      "The vote was 13 in favour, with two abstentions.",
      "It also bans commercial flights between Corvania and its neighbours."], 2,
     True),  # UNDER (the resolution's content one sentence after the vote: only right after)
    (["The Security Council today adopted a resolution renewing the sanctions on Corvania.",
      "It also extends the arms embargo by a year.",
      "It further bans the sale of aviation fuel to the Corvanian air force."], 2, True),  # ok
    (["The Council today renewed its sanctions on Corvania for six months.",
      "It also lifts the travel ban on two officials who have since died."], 1,
     True),  # UNDER (“it” is the Council: no instrument named before, “It” no actor)
    (["In 2018, Parliament passed the Marlin Data Act.",
      "It also requires firms to report breaches within 72 hours."], 1, False),  # ok
    # --- lexicon.WEAK invite with objects.OBJECTS["invite"] ---
    (["The Prime Minister has invited President Okafor of Marlin to pay an official visit to "
      "Harbor City in June."], 0, True),  # ok
    (["During the call, the President invited Prime Minister Tan to visit Washington."], 0,
     True),  # ok (a formal invitation to a named visitor, made on a call)
    (["We have invited all governments that share our goals to attend the Ocean Summit in "
      "Harbor."], 0, False),  # OVER (an appeal to all governments: no named visitor)
    (["The Embassy has invited the public to attend the Independence Day Celebrations at "
      "Harbor Park."], 0, False),  # OVER (the public invited to an event)
    (["The Department has invited interested parties to attend a public listening session "
      "on the rule."], 0, False),  # OVER (an open call, like comments invited)
    (["We hope Corvania will invite the UN rapporteur to visit Harbor Prison."], 0,
     False),  # OVER (a hope about another government: “We hope Corvania” as the subject)
    (["If the ceasefire holds, the President will invite both leaders to visit Washington."],
     0, False),  # ok
    (["The Prime Minister of Marlin has been invited by the President to pay a state visit "
      "in the autumn."], 0,
     True),  # UNDER (the passive's subject is the visitor; the visit follows the agent)
    (["The Ministers invited Marlin to take its seat at the Council as an observer."], 0,
     True),  # ok
    # --- agreements.AGREED an instrument agreed ---
    (["Today, Defence Ministers agreed a new Readiness Action Plan for the eastern flank."], 0,
     True),  # ok
    (["Leaders agreed the Harbor Climate Finance Roadmap at the close of the summit."], 0,
     True),  # ok
    (["At their 2016 meeting in Harbor, Ministers agreed the Maritime Security Strategy."], 0,
     False),  # OVER (history: the year is in a fronted phrase, not at the opening)
    (["Ministers agreed the need for a new Action Plan on migration."], 0,
     False),  # OVER (the need for a plan agreed, not a plan)
    (["Shareholders agreed the company's new Remuneration Framework at the annual meeting."],
     0, False),  # ok
    # --- shapes.POLICY flags at half-staff ---
    (["The Governor has ordered that flags on all state buildings be flown at half-staff until "
      "sunset on Sunday."], 0, True),  # ok
    (["Under the Flag Code, flags will be flown at half-staff on Peace Officers Memorial Day "
      "each year."], 0, False),  # OVER (a general account of a law: every year)
    (["The Mayor has asked that flags at private homes and businesses also be flown at "
      "half-staff on Friday."], 0, False),  # OVER (a request to private residents)
    (["On the day of the 1995 bombing, flags were ordered to be flown at half-staff "
      "nationwide."], 0, False),  # OVER (history: 1995 in a fronted phrase)
    (["The Harbor Yacht Club's flags will be flown at half-staff in memory of its founder."],
     0, False),  # OVER (a club's flags: no government)
    # --- enforcement.SETTLEMENT_TERMS "Under the … order", "As a condition of approval" ---
    (["Under the cease-and-desist order issued today, Harbor Lending may not charge late fees "
      "above $10."], 0, True),  # ok
    (["The Commission today approved Marlin Rail's purchase of Harbor Freight Lines.",
      "As a condition of approval, Marlin Rail must keep the Harbor depot open for ten years."],
     1, True),  # ok
    (["The Board today issued a prohibition order against Marlin Bank's former chief "
      "executive, Ana Pell.",
      "Under the order, Ms. Pell may not work for any insured bank."], 1, True),  # ok
    (["Under the standing order, lenders may not charge fees above 2 percent of the loan."], 0,
     False),  # OVER (a standing order binding any lender: a general account)
    (["Under the 2012 order, Harbor Mining may not reopen the Marlin pit."], 0,
     False),  # OVER (an order of years before: “(?:[\w-]+ )?order” takes the year)
    (["We condemn the Corvanian regime's crackdown in Marlin province.",
      "Under the curfew order, residents may not leave their homes after 6 p.m."], 1,
     False),  # OVER (a condemned regime's order)
    (["As a condition of approval, every new drug must carry a warning label in both "
      "languages."], 0, False),  # OVER (what any approval requires: a general account)
    (["Marlin Holdings today agreed to buy Harbor Bank for $2 billion.",
      "As a condition of the agreement, Harbor Bank must close its Corvania branches."], 1,
     False),  # OVER (a private deal between two companies)
    # --- objects.OBJECTS["refer"] the FBI, law enforcement, the police ---
    (["The Electoral Commission has referred the case of the missing ballots to the police."],
     0, True),  # ok
    (["The Board has referred the findings of its audit to the Inspector General."], 0,
     True),  # ok
    (["Harbor General Hospital referred the case to law enforcement authorities."], 0,
     False),  # ok
    (["The Agency refers any credible threat against its staff to the FBI."], 0,
     False),  # OVER (a standing practice, in a lede's present tense)
    (["Corvania's Interior Ministry referred 40 striking teachers to the police for "
      "prosecution, a move we condemn."], 0,
     False),  # OVER (conduct the statement condemns, after the verb)
    (["In 2017, the Agency referred similar threats to the FBI."], 0, False),  # ok
    # --- phrases.subject/_INSERTED, ends_with_noun ---
    (["The Ministry of Health, in partnership with UNICEF, today delivered 2 million vaccine "
      "doses to Marlin."], 0, True),  # ok
    (["Harbor Pharma, in cooperation with the Ministry of Health, today announced a recall of "
      "its blood pressure tablets."], 0,
     False),  # OVER regression (the inserted phrase read as an apposition naming the actor)
    (["The Marlin Council of Churches, in partnership with the Ministry, today delivered 40 "
      "tons of food aid to flood victims."], 0,
     False),  # OVER (the same apposition, and “Council” makes the churches a government)
    (["The Department, in close cooperation with the states, today awarded $40 million for "
      "flood defences."], 0,
     True),  # UNDER (ends_with_noun strips the comma of the last word, not of “ states,”)
    (["The Agency, with funding from the World Bank, today delivered 40 tons of medical "
      "supplies to Marlin."], 0, True),  # ok
    # --- HEAD_NOUNS "a voluntary recall", OBJECTS["announce"] with HEAD_NOUNS ---
    (["The Food Safety Agency today announced a voluntary recall of 40,000 jars of Harbor "
      "peanut butter."], 0, True),  # ok
    (["Harbor Foods today announced a voluntary recall of its frozen dumplings."], 0,
     False),  # ok
    (["The Agency said Harbor Foods has announced a voluntary recall of its frozen "
      "dumplings."], 0,
     False),  # OVER regression (the company's recall; “The Agency said Harbor Foods” a subject)
    (["The Department announced it received 300 complaints about the airline."], 0,
     False),  # OVER regression (“complaints” in a reported clause, not the object's head)
    (["The Governor announced support for a mask mandate in schools."], 0,
     False),  # OVER regression (support announced; “mandate” after “for”)
    # --- enforcement.LEGAL_EFFECT "are now ineligible" ---
    (["The Department today designated three Corvanian judges under Section 7031(c).",
      "The three judges and their spouses are now ineligible for entry into the United "
      "States."], 1, True),  # ok
    (["Under a decree Corvania issued on Monday, U.S. diplomats are now ineligible for visas, "
      "a step we reject."], 0,
     False),  # OVER regression (another government's measure the statement rejects)
    (["With the new law in force, persons convicted of trafficking are now ineligible for "
      "admission to Marlin."], 0,
     False),  # OVER regression (a general account of a law: a class of persons)
    # --- shapes.POLICY "Under today's rule / the proposal, X must / would have to" ---
    (["Under today's final rule, importers must certify the origin of all solar panels."], 0,
     True),  # ok
    (["The Agency today proposed new limits on lead in drinking water.",
      "Under the proposal, utilities would have to replace all lead pipes within ten years."],
     1, True),  # ok
    (["Under the new rule, which takes effect on March 1, lenders must disclose all fees in "
      "one table."], 0, True),  # ok
    (["Under the program, which began in 2012, participating farmers must plant cover "
      "crops."], 0, False),  # OVER regression (a program of 2012: history)
    (["The Department reminds employees of its long-standing travel policy.",
      "Under the policy, employees must report foreign travel 30 days in advance."], 1,
     False),  # OVER regression (a standing policy restated: no measure in the statement)
    (["We are alarmed by the Corvanian parliament's proposal to restrict civil society.",
      "Under the proposal, NGOs would have to disclose all foreign donors."], 1,
     False),  # OVER regression (a foreign proposal the statement deplores)
    (["Under the proposal, which the Ministry is still considering, lenders would have to cap "
      "fees."], 0, False),  # OVER regression (a proposal only considered)
    (["Marlin Airlines adopted a new baggage policy today.",
      "Under the policy, passengers must pay $30 for a carry-on bag."], 1,
     False),  # OVER regression (a company's policy)
    # --- lexicon.GOVERNMENT capitalised Leaders, Delegations, Parties ---
    (["Leaders agreed to establish a $500 million regional health fund."], 0, True),  # ok
    (["Delegations agreed to convene an expert working group in May."], 0, True),  # ok
    (["The Parties to the Convention decided to establish a compliance committee."], 0,
     True),  # ok
    (["Business Leaders from Marlin today launched a $200 million climate fund."], 0,
     False),  # OVER regression (business leaders: no government)
    (["Opposition Parties in Corvania today suspended their participation in the electoral "
      "commission."], 0, False),  # OVER regression (political parties: no government)
    (["Religious Leaders of Marlin today delivered 40 tons of food aid to flood victims."], 0,
     False),  # OVER regression (religious leaders: no government)
]

# The month rule (grammar.predicate's `day`): (sentences, index, expected_action, the
# statement's date), judged with verdicts(sentences, year, day=date.fromisoformat(d))
DATED_CASES: list[tuple[list[str], int, bool, str]] = [
    (["The Ministry today opened bids for the second phase of its rural roads program.",
      "In April, the Ministry launched the program with $40 million to repair rural roads."],
     1, True,
     "2021-09-15"),  # UNDER regression (an earlier step of the same measure, the same year)
    (["Today the Ministry released its annual report on road safety.",
      "In April, the Ministry launched a campaign against drunk driving."], 1, False,
     "2021-10-04"),  # ok (a step of months before, recalled as background)
    (["On World Refugee Day, we honour the resilience of refugees everywhere.",
      "In March, the Department raised the refugee admissions ceiling to 125,000."], 1, False,
     "2021-06-20"),  # ok (a step cited in an observance)
    (["The Department today designated two more Corvanian officials for corruption.",
      "On March 3, the Department designated the Minister of Mines for the same scheme."], 1,
     True, "2021-03-05"),  # ok (a day named two days before: the news)
    (["On January 30, the Department designated the Minister of Mines for corruption."], 0,
     True, "2021-03-01"),  # UNDER regression (30 days before, counted as two months)
    (["The Ministry has approved funding for a vaccination drive that begins in November."], 0,
     True, "2021-09-10"),  # UNDER regression (a month ahead, in a relative clause)
    (["Effective in January, school fees have been abolished by the Ministry of Education."],
     0, True, "2021-11-12"),  # UNDER regression (the month the measure takes effect)
    (["The Department has designated the militia that attacked the Harbor refugee camp in "
      "March."], 0, True, "2021-10-05"),  # UNDER regression (the month of the targets' conduct)
    (["The militia leader who fled to Marlin in March was arrested by the Interior Ministry "
      "on Sunday."], 0, True,
     "2021-10-05"),  # UNDER regression (a month in the subject's relative clause)
    (["The Agency approved the drug for children after a review that began in February."], 0,
     True, "2021-09-01"),  # UNDER regression (a month in the sentence's later clause)
    (["The Agency approved the drug for children, ending a review that began in February."], 0,
     True, "2021-09-01"),  # ok
    (["Today the Bureau sued Marlin Lending for deceiving borrowers about fees.",
      "The Bureau issued a consumer advisory about the scheme in February."], 1, False,
     "2021-09-01"),  # ok (background of months before)
    (["On December 28, the Ministry suspended all flights to Corvania."], 0, True,
     "2022-01-03"),  # ok
    (["Earlier in March, the Department evacuated non-emergency staff from Marlin."], 0, True,
     "2021-03-25"),  # ok
    (["The Ministry, as promised in February, cut the fuel tax on May 1."], 0, True,
     "2021-05-03"),  # UNDER regression (the month of an aside, not of the cut)
    (["In October, the Ministry proposed the levy, and today Parliament approved it."], 0,
     True, "2021-12-02"),  # ok
    (["In May of last year, the Ministry banned single-use plastic bags."], 0, False,
     "2021-06-10"),  # OVER (“of last year”: a month counted as one month before)
]

# The cases the rules still get wrong: expected failures once a test runs them
STILL_WRONG: dict[str, str] = {  # sentence -> how the rules get it wrong (after the fixes of
    # this review, the rules after b2774c7; 48 of the 53 first found were fixed)
    'It now bans foreign journalists from its northern provinces.':
        'over-matched',
    'It also bans commercial flights between Corvania and its neighbours.':
        'missed',
    'It also lifts the travel ban on two officials who have since died.':
        'missed',
    'As a condition of the agreement, Harbor Bank must close its Corvania branches.':
        'over-matched',
    'In April, the Ministry launched the program with $40 million to repair rural roads.':
        'missed',
}
