"""Review 14 (issue 13): sentences that probe the action finder's rules added in 9321665:
lexicon.STRONG override, re-elect, enjoin, airlift, preposition / pre-position; lexicon.WEAK
initiate, institute, deny, cease, accept, instruct with their objects (objects.OBJECTS);
lexicon.GOVERNMENT lawmakers, legislators, MEPs, MPs, the Lok Sabha, Storting, Duma,
Oireachtas and other chambers, "the House", Speaker, Representative; a body's name
(grammar._BODY_NAME) as an actor of a measure only an authority takes (grammar._AUTHORITY_ONLY);
objects.THAT_MEASURE ("announced / confirmed that …" a measure); objects.OBJECTS authorize,
set, give, release; shapes.MAKE_UP after a lead-in phrase and the shares of today's funding
(verb9), money.MONEY_SUBJECT "The remaining $…"; agreements.IN_FORCE sanction, designation,
tariff, withdrawal, suspension, listing, removal, exemption, waiver. Edges probed: courts,
companies, leagues, clubs, associations and exchanges that deny, accept, fine, revoke or
expel; an award accepted; "enjoin" as urge; foreign and condemned measures; a bill merely
introduced or debated, a scheduled vote, a demand; "the House" of a firm or a family, a
conference's speaker, a company's trade representative; "announced / confirmed that" with
nothing decided or with another's conduct; shares that are statistics or a programme's every
year; "takes effect" of a foreign step, of any listing or of a measure years ago; history,
conditions, opinions, hypotheticals. All sentences are invented; names such as Corvania,
Veldt, Marlin, Harbor and Tavro are made up.

Each case is (sentences of one statement, index of the sentence judged, expected_action),
judged with `monitor.actions.rules.verdicts(sentences, 2024)` (`test_review8_9.py` judges
them with 2021, as the other reviews; no case names a year in between). The expectation is read from
fixtures/actions/README.md, "How the sentences were labelled". The comment on each line says
what the rules said at d7093fa (the rules of 9321665) when this file was written: "ok"
(agrees), "OVER" (an action found where the README says none), "UNDER" (a miss);
"regression" when the rules at bf91939 (before these rules) agreed with the expectation. Of
96 cases, 60 agree; 32 are over-matched and 4 missed, 28 of them regressions.
The words in brackets say why. The reviewer's fixes (applied with this file) right 28 of the
36; the 8 left are in STILL_WRONG.
"""

from __future__ import annotations

CASES: list[tuple[list[str], int, bool]] = [
    # --- lexicon.STRONG override ---
    (["The Senate voted 71-28 today to override the Governor's veto of the Harbor Water "
      "Act."], 0,
     True),  # ok (a chamber overrides a veto)
    (["Lawmakers overrode the Governor's veto of the school funding bill on Tuesday."], 0,
     True),  # ok (legislators override a veto)
    (["The United States condemns the Corvanian parliament's vote on the foreign agents "
      "law.",
      "Deputies overrode the President's veto of the law on Thursday, clearing the way "
      "for its use against independent media."], 1,
     False),  # OVER regression (conduct the statement condemns; “Deputies” passes
     # grammar._BODY_NAME as a body, “override” being in _AUTHORITY_ONLY; the condemnation is in
     # the sentence before, which the rules do not read)
    # --- lexicon.STRONG re-elect ---
    (["The UN General Assembly today re-elected Marlin to the Human Rights Council for a "
      "second term."], 0,
     True),  # ok (a body's vote, the news)
    (["Voters in Harbor re-elected Mayor Ortiz with 62 percent of the vote."], 0,
     False),  # ok (voters, not a government actor)
    (["The Harbor Football Association re-elected Tomas Reyes as its president for a "
      "third term."], 0,
     False),  # ok (a sports association)
    # --- lexicon.STRONG enjoin ---
    (["Under a settlement approved by the court, the Federal Trade Commission today "
      "enjoined Harbor Labs from making unsupported health claims."], 0,
     True),  # ok (the regulator's measure)
    (["The Marlin Bar Association enjoined its members to observe the boycott of the new "
      "courts."], 0,
     False),  # OVER regression (“enjoin” as urge, by a professional association; “enjoin” in
     # grammar._AUTHORITY_ONLY makes the association's name a body; “enjoined … to observe” is
     # urging)
    (["Archbishop Ruiz enjoined the faithful to pray for peace in Tavro."], 0,
     False),  # OVER regression (urged, by a cleric; “Archbishop Ruiz” passes grammar._BODY_NAME
     # with “enjoin” in _AUTHORITY_ONLY; “enjoined the faithful to pray” is urging)
    # --- lexicon.STRONG airlift, preposition ---
    (["Rebel commanders airlifted weapons into the enclave, in violation of the "
      "ceasefire."], 0,
     False),  # ok (not a government actor)
    (["FEMA has pre-positioned water, meals and generators in Harbor County ahead of the "
      "hurricane."], 0,
     True),  # ok (goods pre-positioned)
    (["The United States condemns Corvania's military build-up on its border with Veldt.",
      "Corvania has prepositioned tanks and artillery along the frontier."], 1,
     False),  # ok (conduct the statement condemns)
    (["The Air Force could airlift the rescue team in if the road stays closed."], 0,
     False),  # ok (a hypothetical: could)
    # --- lexicon.WEAK initiate, institute ---
    (["The Commission today initiated an anti-dumping investigation into imports of "
      "steel wire from Corvania."], 0,
     True),  # ok (a proceeding begun)
    (["The Ministry of Justice instituted proceedings against Harbor Shipping for "
      "breaching the export ban."], 0,
     True),  # ok (a proceeding begun)
    (["Harbor Corp has initiated a review of its supply chain after the audit."], 0,
     False),  # ok (a company)
    (["The United States condemns the regime's persecution of independent journalists.",
      "The regime has instituted criminal proceedings against 14 reporters since March."], 1,
     False),  # ok (conduct the statement condemns)
    (["The Minister initiated a discussion with her counterpart on the review of the "
      "fisheries treaty."], 0,
     False),  # OVER regression (a discussion begun; “review” is part of its topic;
     # objects.OBJECTS["initiate"] finds “review” anywhere in the window, not only as the head of
     # the first noun phrase)
    (["The Department may initiate an investigation if the complaints continue."], 0,
     False),  # ok (a possibility: may)
    # --- lexicon.WEAK deny ---
    (["The Department of State has denied entry to 12 Corvanian officials responsible "
      "for the crackdown."], 0,
     True),  # ok (entry denied)
    (["The Commission today denied Harbor Energy's application for a 14 percent rate "
      "increase."], 0,
     True),  # ok (an application decided)
    (["Harbor Bank denied the loan applications of 300 farmers last year."], 0,
     False),  # ok (a bank)
    (["The Ministry denied claims that it had refused visa requests from foreign "
      "journalists."], 0,
     False),  # OVER regression (claims refuted, nothing decided; objects.OBJECTS["deny"] reaches
     # “visa requests” across “claims that it had refused”)
    (["The Embassy denies that any visa applications were rejected for political "
      "reasons."], 0,
     False),  # ok (a denial of a claim)
    (["The United States condemns the detention of opposition leader Ana Vela.",
      "A Corvanian court today denied her appeal against the eight-year sentence."], 1,
     False),  # ok (conduct the statement condemns)
    # --- lexicon.WEAK cease ---
    (["The Government will cease all contributions to the Corvanian reconstruction fund "
      "from 1 July."], 0,
     True),  # ok (a future specific measure)
    (["Harbor Mining will cease operations at its Tavro mine next year."], 0,
     False),  # ok (a company)
    (["We call on Corvania to cease military operations in the border zone immediately."], 0,
     False),  # ok (a demand)
    # --- lexicon.WEAK accept ---
    (["The Government has accepted all 32 recommendations of the independent flood "
      "inquiry."], 0,
     True),  # ok (recommendations accepted)
    (["Canada will accept 5,000 additional refugees from Marlin this year."], 0,
     True),  # ok (a specific future measure)
    (["Minister Ruiz accepted the Harbor Leadership Award on behalf of the Ministry."], 0,
     False),  # ok (an award accepted)
    (["The Ministry accepts the principle behind the Committee's recommendations but "
      "will not act on them this year."], 0,
     False),  # ok (an opinion, nothing done)
    # --- lexicon.WEAK instruct ---
    (["The President has instructed the Secretary of Homeland Security to suspend all "
      "removals to Marlin."], 0,
     True),  # ok (an official instructed to act)
    (["The Minister instructed officials to consider options for the ferry service."], 0,
     False),  # ok (to consider)
    (["Ms. Ruiz instructs students in Corvanian at the Harbor Language Institute."], 0,
     False),  # ok (teaches)
    # --- lexicon.GOVERNMENT lawmakers, MEPs, chambers, the House, Speaker, Representative ---
    (["Lawmakers approved a $2 billion flood defence package on Thursday."], 0,
     True),  # ok (a legislature's vote)
    (["The Lok Sabha passed the Digital Data Protection Bill on Monday."], 0,
     True),  # ok (a chamber passes a bill)
    (["The House passed the Harbor Bridge Act by 312 votes to 110."], 0,
     True),  # ok (a chamber passes a bill)
    (["Lawmakers debated the Harbor Rail Bill for six hours on Tuesday."], 0,
     False),  # ok (a debate)
    (["MPs introduced a bill to ban the sale of energy drinks to children."], 0,
     False),  # OVER regression (a bill merely introduced; “MPs” now a government actor
     # (lexicon.GOVERNMENT), and “introduce” with “a bill” is concrete)
    (["The United States condemns the Duma's vote to expand the foreign agents law.",
      "The Duma adopted the amendments by 390 votes to 2."], 1,
     False),  # OVER regression (conduct the statement condemns; “The Duma” is a government actor
     # now (lexicon.GOVERNMENT); the condemnation is in the sentence before, which the rules do not
     # read)
    (["Legislators in Corvania passed a law on Friday that criminalises criticism of the "
      "army, a law the United States condemns."], 0,
     False),  # OVER regression (conduct the sentence condemns; “Legislators” a government actor
     # now; rules._CONDEMNED knows “a move/step/decision … we condemn”, not “a law the United
     # States condemns”)
    (["The House of Marlin, the family-owned fashion firm, launched a new line of "
      "uniforms for the Navy."], 0,
     False),  # ok (a company called House)
    (["The conference's closing Speaker, Harbor Ventures founder Ana Ruiz, launched a $5 "
      "million fund for start-ups."], 0,
     False),  # OVER regression (a conference speaker; lexicon.GOVERNMENT “Speaker” anywhere in the
     # subject)
    (["Representative Ana Cole introduced a bill to ban stock trading by members of "
      "Congress."], 0,
     False),  # OVER regression (a bill merely introduced; lexicon.GOVERNMENT “Representative”, and
     # “introduce” with “a bill” is concrete)
    (["The Oireachtas will vote on the Harbor Housing Bill next week."], 0,
     False),  # OVER regression (a scheduled vote; lexicon.GOVERNMENT “Oireachtas”; a future “vote”
     # by any chamber is taken for a measure (“The Senate will vote …” too))
    (["Marlin Steel's trade Representative, Tom Vos, signed a supply agreement with "
      "Corvania's rail operator."], 0,
     False),  # OVER regression (a company's representative; lexicon.GOVERNMENT “Representative” in
     # “Marlin Steel's trade Representative”)
    # --- grammar._BODY_NAME with grammar._AUTHORITY_ONLY ---
    (["Tavrocom has fined Harbor Telecom £3 million for misleading customers about "
      "broadband speeds."], 0,
     True),  # ok (a regulator's fine)
    (["Veldtinspektionen revoked the licence of Marlin Savings on Friday."], 0,
     True),  # ok (a regulator's revocation)
    (["The Harbor Football League fined Marlin United $50,000 for crowd violence."], 0,
     False),  # OVER regression (a sports league; grammar._BODY_NAME takes “The Harbor Football
     # League” for a body (“League” not excluded))
    (["The Harbor Stock Exchange fined Tavro Mining $200,000 for late disclosures."], 0,
     False),  # OVER regression (an exchange, a private body; grammar._BODY_NAME takes “The Harbor
     # Stock Exchange” for a body)
    (["The Marlin Kennel Club revoked the registration of 40 breeders."], 0,
     False),  # OVER regression (a club; grammar._BODY_NAME takes “The Marlin Kennel Club” for a
     # body)
    (["Tavro Holdings revoked its offer for Marlin Ports."], 0,
     False),  # OVER regression (a company; grammar._BODY_NAME takes “Tavro Holdings” for a body)
    # --- lexicon.STRONG override ---
    (["Veldt's data protection authority, Datatilsynet, fined Harbor Social €5 million "
      "for unlawful tracking."], 0,
     True),  # UNDER (a regulator's fine; the subject “Veldt's data protection authority” is no
     # government word and grammar._BODY_NAME is not tried on its apposition “Datatilsynet”)
    # --- grammar._BODY_NAME with grammar._AUTHORITY_ONLY ---
    (["The Harbor Homeowners Association fined residents $500 for unmowed lawns."], 0,
     False),  # OVER regression (a private association; grammar._BODY_NAME takes “The Harbor
     # Homeowners Association” for a body)
    (["Marlinair revoked the frequent-flyer status of 200 customers."], 0,
     False),  # OVER regression (a company; grammar._BODY_NAME takes the one-word firm “Marlinair”
     # for a body)
    (["The Marlin Premier League expelled Tavro Rovers for match-fixing."], 0,
     False),  # OVER (a sports league; “Premier” is a government word of lexicon.GOVERNMENT; the
     # same at bf91939)
    # --- objects.THAT_MEASURE (announce, confirm that) ---
    (["The Ministry of Justice announced today that it has opened a criminal "
      "investigation into the Harbor Port fire."], 0,
     True),  # ok (a measure announced in the clause)
    (["The Department confirmed that the United States will reopen its consulate in Port "
      "Tavro next month."], 0,
     True),  # ok (a measure confirmed in the clause)
    (["The Embassy confirmed that the consular section will resume visa interviews on 3 "
      "June."], 0,
     True),  # UNDER (a measure confirmed in the clause; objects.THAT_MEASURE lacks “resume”)
    (["The Ministry announced that it will continue to monitor the situation closely."], 0,
     False),  # ok (nothing decided)
    (["The Ministry confirmed that Corvanian police have arrested two of our nationals "
      "and demands their immediate release."], 0,
     False),  # OVER regression (a fact reported, conduct deplored; objects.THAT_MEASURE takes the
     # foreign police's arrest in the confirmed clause for a measure)
    (["The Ministry announced that Harbor Airlines has suspended all flights to Marlin."], 0,
     False),  # OVER (a company's measure reported; OBJECTS["announce"] finds a measure in any
     # that-clause, whoever its subject; the same at bf91939)
    (["The Minister announced that Corvania has imposed a curfew on the capital, a step "
      "she called a grave threat to peaceful assembly."], 0,
     False),  # OVER (a foreign measure condemned; OBJECTS["announce"] finds a measure in any
     # that-clause; “a step she called a grave threat” is not in rules._CONDEMNED; the same at
     # bf91939)
    # --- objects authorize ---
    (["Congress authorized an additional $300 million for the Harbor Dam project."], 0,
     True),  # ok (money authorized)
    (["The President authorized the Secretary of Energy to release 30 million barrels "
      "from the Strategic Petroleum Reserve."], 0,
     True),  # ok (an official authorized to act)
    (["The United States condemns the junta's brutal crackdown.",
      "The junta authorized lethal operations against protesters in Tavro last week."], 1,
     False),  # ok (conduct the statement condemns)
    (["The Director authorized Ambassador Vela to attend the talks as an observer."], 0,
     False),  # OVER regression (attendance at a meeting; objects.OBJECTS["authorize"] takes any
     # “<Name> to <verb>”)
    (["The Board of Harbor Pharma authorized $50 million for share buybacks."], 0,
     False),  # OVER (a company's board; “Board” is a government word (lexicon.GOVERNMENT), the
     # company's name notwithstanding; the same at bf91939)
    # --- objects set ---
    (["The Commission set the allowed return on equity for Harbor Electric at 9.8 "
      "percent."], 0,
     True),  # ok (a regulator's figure)
    (["The Ministry set the briefing at 3 p.m. on Friday."], 0,
     False),  # OVER regression (a scheduled briefing; objects.OBJECTS["set"] takes any “at
     # <digit>”, a time as well as a rate)
    (["The Minister set her sights on a 50 percent cut in emissions by 2030."], 0,
     False),  # ok (an aspiration)
    (["The United States condemns Corvania's economic coercion of Veldt.",
      "Corvania set tariffs of 200 percent on Veldt wine last week."], 1,
     False),  # ok (conduct the statement condemns)
    # --- objects give ---
    (["The Council gave final approval to the Harbor Rail extension on Tuesday."], 0,
     True),  # ok (approval given)
    (["The Ministry gave formal notice of its withdrawal from the Tavro Fisheries "
      "Convention."], 0,
     True),  # ok (notice of withdrawal)
    (["Harbor Corp's shareholders gave their approval to the merger."], 0,
     False),  # ok (shareholders)
    (["The Minister gave notice that she will resign at the end of the month."], 0,
     False),  # OVER regression (a personal act; objects.OBJECTS["give"] takes any “notice”)
    # --- objects release ---
    (["The Department today released its final decision on the Harbor pipeline permit."], 0,
     True),  # ok (a decision released)
    (["Rebels released three hostages near the Tavro border on Friday."], 0,
     False),  # ok (not a government actor)
    (["The Ministry released a statement on the court's decision to jail the journalist."], 0,
     False),  # ok (a press statement)
    # --- shapes.MAKE_UP lead-in, shares; money.MONEY_SUBJECT ---
    (["The Agency today announced $12 million in humanitarian assistance for Marlin.",
      "Working with the Marlin Red Cross, this funding will provide shelter and clean "
      "water to displaced families."], 1,
     True),  # ok (today's funding's make-up)
    (["The Minister has asked Parliament for $50 million for the ports.",
      "If approved, this funding will pay for new cranes at Port Tavro."], 1,
     False),  # OVER regression (a request, not yet taken; shapes.MAKE_UP's new lead-in admits a
     # condition (“If approved, this funding will …”))
    (["The Ministry today announced $40 million in new aid for Marlin.",
      "Roughly half of today's funding will go to the World Food Programme."], 1,
     True),  # ok (a share of today's funding)
    (["The Agency today announced $40 million for Marlin.",
      "Half of the $40 million will go to the World Food Programme."], 1,
     True),  # UNDER (a share of today's money; shapes.MAKE_UP's shares know funding nouns, not a
     # sum (“of the $40 million”))
    (["The Ministry today announced $5 million for Marlin's health system.",
      "Half of the aid will go to five countries next year, OECD figures show."], 1,
     False),  # OVER regression (a statistic; shapes.MAKE_UP verb9 “Half of the aid will go”;
     # shapes._NOT_SPENT lacks “…, figures show”)
    (["The Ministry's Winter Support Scheme has run since 2019.",
      "Most of the support will go to pensioners, as in previous years."], 1,
     False),  # OVER regression (a programme in general; shapes.MAKE_UP verb9 “Most of the support
     # will go” with no measure of the statement)
    (["The Ministry today announced $100 million for Marlin's recovery.",
      "The remaining $79 million will support the rebuilding of schools and clinics."], 1,
     True),  # ok (the rest of today's money)
    (["Marlin's government spent $2 billion on its army last year.",
      "The remaining $1 billion will go to servicing its debt, the finance ministry "
      "projects."], 1,
     False),  # OVER regression (a foreign budget's projection; money.MONEY_SUBJECT “The remaining
     # $1 billion will go”; shapes._NOT_SPENT lacks “projects”)
    # --- agreements.IN_FORCE sanction, withdrawal, exemption … ---
    (["The Treasury today designated five Corvanian officials.",
      "These sanctions will take effect immediately."], 1,
     True),  # ok (today's sanctions taking effect)
    (["The Treasury today designated three Corvanian banks.",
      "These sanctions take effect immediately."], 1,
     True),  # UNDER (today's sanctions taking effect; agreements.IN_FORCE_VERB knows “takes
     # effect” and “will take effect”, not the plural “take effect”)
    (["The Ministry today published the final water rule.",
      "The exemption for small farms will take effect on 1 July."], 1,
     True),  # ok (today's rule taking effect)
    (["The United States deplores Corvania's decision to leave the Tavro Treaty.",
      "Corvania's withdrawal takes effect in six months."], 1,
     False),  # ok (a foreign measure deplored)
    (["Harbor Corp's withdrawal from the Marlin market will take effect next month."], 0,
     False),  # ok (a company)
    (["The Ministry today announced $3 million for Tavro's fishermen.",
      "The suspension of the Tavro fisheries treaty took effect in 2014."], 1,
     False),  # ok (history)
    (["Under the EU's rules, a listing takes effect on publication in the Official "
      "Journal."], 0,
     False),  # OVER regression (a general account of the rules; agreements.IN_FORCE “listing” with
     # “takes effect”; “a listing” is any listing)
    (["The withdrawal of Corvanian troops will take effect only if the ceasefire holds."], 0,
     False),  # OVER regression (a foreign step on a condition; agreements.IN_FORCE “withdrawal”;
     # FOREIGN_OWNER reads only the words before the noun, not “of Corvanian troops”)
]

# The cases the rules get wrong at d7093fa (all the OVER and UNDER above)
STILL_WRONG: dict[str, str] = {  # sentence -> how the rules get it wrong
    "Deputies overrode the President's veto of the law on Thursday, clearing the way for its "
    "use against independent media.":
        "over-matched: “Deputies” read as a body's name (grammar._BODY_NAME, “override” in "
        "grammar._AUTHORITY_ONLY); the condemnation is in the sentence before",
    "The Duma adopted the amendments by 390 votes to 2.":
        "over-matched: a condemned foreign chamber's vote (lexicon.GOVERNMENT “Duma”); the "
        "condemnation is in the sentence before",
    "The Oireachtas will vote on the Harbor Housing Bill next week.":
        "over-matched: a scheduled vote (“will vote … next week”) by a chamber now in "
        "lexicon.GOVERNMENT; the same rule fires for “The Senate”",
    "Marlinair revoked the frequent-flyer status of 200 customers.":
        "over-matched: a one-word company name read as a body (grammar._BODY_NAME, “revoke”)",
    "The Marlin Premier League expelled Tavro Rovers for match-fixing.":
        "over-matched: “Premier League” read as a premier (lexicon.GOVERNMENT “Premier”)",
    "The Ministry announced that Harbor Airlines has suspended all flights to Marlin.":
        "over-matched: a company's measure in the clause announced (OBJECTS[\"announce\"])",
    "The Minister announced that Corvania has imposed a curfew on the capital, a step she "
    "called a grave threat to peaceful assembly.":
        "over-matched: a foreign measure the Minister condemns, in the clause announced",
    "The Board of Harbor Pharma authorized $50 million for share buybacks.":
        "over-matched: a company's board (lexicon.GOVERNMENT “Board”)",
}
