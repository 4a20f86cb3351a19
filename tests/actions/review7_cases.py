"""Review 7 (issue 13): probes of the action finder's rules added in a9ac67c..HEAD.

Each case is (sentences of one statement, index of the sentence judged, expected_action)
per fixtures/actions/README.md "How the sentences were labelled". All sentences are
invented. Cases the finder already gets right are included so they can become tests.
Judged with monitor.actions.rules.verdicts(sentences, 2021)[index].
"""

_LIST = "The Union today listed eight officials of the Corvanian police."
_LEAD = "The Council, at its meeting held today, adopted the following decision:"
_BUDGET = "Today the Minister of Finance presented Budget 2021 to Parliament."

CASES: list[tuple[list[str], int, bool]] = [
    # --- formal acts of orders: hereby, declare, direct that, intent to nominate ----------
    (["I hereby declare a state of emergency in the counties of Marlin and Tovar."], 0, True),
    (["We hereby declare our full support for the people of Corvania."], 0, False),
    (["The Secretary of the Treasury is hereby directed to submit a report within 90 days."], 0,
     True),
    (["Today, the President announced his intent to nominate Ana Ruiz as Ambassador to "
      "Corvania."], 0, True),
    # --- rules.verdicts _PERSON: "he"/"she" for the person who acted just before ----------
    (["Today, the President nominated Ana Ruiz to be Ambassador to Corvania.",
      "She previously ran a refugee resettlement program in Marlin."], 1, False),
    (["The Attorney General today announced the indictment of Marlin businessman Tom Vale.",
      "He then transferred $3 million in stolen funds to accounts in Corvania."], 1, False),
    (["Today the Secretary designated Marlin Cartel leader Tom Vale.",
      "He has established a network of front companies to launder $40 million."], 1, False),
    (["Today, the Secretary signed a memorandum with Corvania on port security.",
      "She will also announce $10 million for coast guard training during her visit."], 1,
     True),
    # --- lexicon.GOVERNMENT: new actors -----------------------------------------------------
    (["The company's compliance department has launched an internal investigation."], 0,
     False),
    (["The Marlin Dockworkers' Union announced a $2 million strike fund for its members."], 0,
     False),
    (["UK firms will invest £1.2 billion in the new battery plant in Corvania."], 0, False),
    (["The White House Historical Association launched a new exhibit on presidential pets."],
     0, False),
    (["Members of the House of Commons signed a letter urging the Government to act."], 0,
     False),
    (["The Knesset today passed a law on the protection of coastal waters."], 0, True),
    (["The UK has today imposed sanctions on six Corvanian officials."], 0, True),
    (["The Corvanian side has imposed a curfew in the border districts."], 0, True),
    # --- OBJECTS["share"], OBJECTS["invoke"] ------------------------------------------------
    (["We will share 5 million doses of vaccine with Corvania through COVAX."], 0, True),
    (["In her speech, the Secretary invoked the Voting Rights Act as a model for the region."],
     0, False),
    (["The Minister invoked the emergency powers of the Public Health Act to close all "
      "schools."], 0, True),
    # --- shapes.LEGAL_EFFECT: "must be blocked", "subject to" tariffs and duties ----------
    (["Like all imports, Corvanian wine is subject to the standard duty of 5 percent."], 0,
     False),
    (["From today, imports of Corvanian steel are subject to an additional duty of 25 "
      "percent."], 0, True),
    # --- shapes.SETTLEMENT_TERMS verb4: settlements of liability --------------------------
    (["The Department today announced a $2 million penalty against Marlin Insurance.",
      "The two insurers agreed to settle the claims out of court last month."], 1, False),
    (["Acme previously agreed to settle charges brought by the FTC over its billing "
      "practices."], 0, False),
    (["Marlin Shipping has agreed to settle its potential civil liability for 12 apparent "
      "violations of Corvania sanctions."], 0, True),
    # --- shapes.INDICTMENT: unsealing, filing, will file ------------------------------------
    (["We will file a criminal complaint if the company does not return the funds."], 0,
     False),
    (["An indictment returned in 2015 was unsealed today in federal court in Marlin."], 0,
     True),
    # --- grammar: defendants arrested today ---------------------------------------------
    (["Five defendants were arrested today in Marlin and Tovar."], 0, True),
    # --- OBJECTS["identify"] ------------------------------------------------------------------
    (["The Secretary identified climate change as a threat to our national security."], 0,
     False),
    (["The FBI identified the gunman as a terrorist sympathizer."], 0, False),
    (["Treasury today identified the Marlin Cartel's leader as a Specially Designated "
      "Narcotics Trafficker."], 0, True),
    # --- rules._PROVISIONS: an order's general provisions ---------------------------------
    (["Consistent with applicable law, the Secretary of State shall suspend the issuance of "
      "visas to the officials listed in the annex to this order."], 0, True),
    (["Subject to the availability of appropriations, the Department will provide $50 million "
      "in grants to rural hospitals this year."], 0, True),
    # --- shapes.AGREED: "agreed that" views, "agreed to strengthen cooperation", "would remain"
    (["The two governments agreed that Corvanian citizens may now travel to Marlin without a "
      "visa for up to 90 days."], 0, True),
    (["The Board agreed that the next tranche of $300 million be disbursed to Corvania in "
      "June."], 0, True),
    (["The leaders agreed that trade will remain a pillar of the relationship."], 0, False),
    (["The Council decided that the restrictive measures would remain in force for a further "
      "six months."], 0, True),
    # --- rules._HEADING / _AND: a heading before a dated sentence ---------------------------
    (["Background: In 2015, the two governments signed the Marlin Accord."], 0, False),
    (["The Secretary announced today: In 2020 the Agency ran short of funds, so it is now "
      "providing $5 million more to the clinics."], 0, True),
    (["Update: Since Monday, the Agency has evacuated 1,200 citizens from Marlin."], 0, True),
    # --- grammar._AGO: last March, back in; rules._SAME_TIME: "N years later," -------------
    (["The Minister signed the regulation, first proposed last March, on Tuesday."], 0, True),
    (["The Ministry has sent 40 engineers back in to restore power to the hospital."], 0,
     True),
    (["In 2018, floods destroyed the Marlin bridge.",
      "Three years later, the Ministry is providing £12 million to rebuild it."], 1, True),
    # --- RUNNING_TOTAL "dozens of", "largest donor"; _COUNTED/_MANY ----------------------
    (["In response to Tuesday's earthquake, the Government has sent dozens of rescue workers "
      "and 40 tonnes of supplies to Corvania."], 0, True),
    (["OFAC has today designated dozens of companies supplying the Marlin cartel."], 0, True),
    (["Britain has provided a further £10 million to the appeal, cementing its place as the "
      "largest donor."], 0, True),
    # --- grammar._LATER: announcements to come ----------------------------------------------
    (["The Secretary will announce a $50 million package for Corvanian refugees at the "
      "donors' conference later this month."], 0, True),
    (["The President will soon announce further sanctions on Corvania."], 0, False),
    # --- OBJECTS["direct"]: "directed … to work with / consider" ---------------------------
    (["The President has directed the Secretary of State to consider options for the "
      "embassy."], 0, False),
    # --- shapes.MAKE_UP: listings and "It will finance" -----------------------------------
    (["Today the Department is imposing visa restrictions on 12 Corvanian officials.",
      "The regime continues to detain critics.",
      "The individuals targeted are often journalists and human rights defenders."], 2, False),
    (["Today the Department is imposing visa restrictions on 12 Corvanian officials.",
      "The regime has detained 40 protesters since Sunday.",
      "Among them are two journalists and a lawyer."], 2, False),
    (["The Embassy today issued a travel advisory for Corvania.",
      "Also listed are the Embassy's emergency telephone numbers for U.S. citizens."], 1, False),
    (["The Ministry today signed a $40 million loan for the Tovar port.",
      "The Corvanian parliament approved a new airport at Marlin last week.",
      "It will finance the project with loans from private banks."], 2, False),
    ([_LIST, "Those listed include the chief of the border guard."], 1, True),
    # --- rules._list_item: a communiqué's operative paragraphs ----------------------------
    ([_LEAD, "Requests all parties to the conflict to observe the ceasefire;"], 1, False),
    ([_LEAD, "Decides to remain actively seized of the matter."], 1, False),
    ([_LEAD, "Decides to suspend Corvania from all activities of the Union until "
      "constitutional order is restored;"], 1, True),
    # --- shapes.BUDGET_CONTEXT / BUDGET_LINE verb3, verb4 -------------------------------
    ([_BUDGET, "The deficit would rise to $40 billion by 2024 without these measures."], 1,
     False),
    ([_BUDGET, "A new name is proposed for the Department of Ports."], 1, False),
    (["The Minister met the IMF mission today to discuss the 2021 budget.",
      "Under the IMF's projections, public debt will grow to $90 billion by 2025."], 1, False),
    ([_BUDGET, "The Agency for Health would receive $1.5 billion, an increase of 4 percent."],
     1, True),
    # --- grammar._DECIDING: We endorse / We task / We launch ------------------------------
    (["We endorse the principles of the UN Charter."], 0, False),
    (["Each spring we launch a call for proposals for small community grants."], 0, False),
    (["We task our Trade Ministers to report back on the new rules by our next summit."], 0,
     True),
    # --- STRONG abolish -----------------------------------------------------------------
    (["We condemn the junta's latest moves.",
      "The military authorities abolished the independent electoral commission on Monday."],
     1, False),
    (["The Government will abolish prescription charges for children from April."], 0, True),
    # --- OBJECTS["advise"] --------------------------------------------------------------------
    (["The Minister advised the committee to postpone its vote until the report is "
      "published."], 0, False),
    (["As always, the Embassy advises U.S. citizens to avoid demonstrations."], 0, False),
    (["The Foreign Office advises against all travel to Corvania."], 0, True),
    # --- OBJECTS["refer"] ---------------------------------------------------------------------
    (["In her remarks, the Minister referred to the Court of Justice's ruling on data "
      "transfers."], 0, False),
    # --- OBJECTS["raise"] ---------------------------------------------------------------------
    (["The Minister raised the issue of tariffs with her Corvanian counterpart."], 0, False),
    (["The Ministry has raised the travel advisory for Corvania to Level 4: Do Not Travel."],
     0, True),
    # --- OBJECTS["maintain"] ------------------------------------------------------------------
    (["The Ministry maintained its estimate of the damage at $2 billion."], 0, False),
    (["Our contribution to the Fund will be maintained at €30 million in 2022."], 0, True),
    # --- OBJECTS["open"]: posts, missions, centres ------------------------------------------
    (["The Minister opened the annual meeting of heads of missions in the capital."], 0,
     False),
    (["The Ministry will open new consulates in Marlin and Tovar next year."], 0, True),
    # --- shapes.WITNESSED -------------------------------------------------------------------
    (["The Ambassador recalled that she had witnessed the signing of the peace accords as a "
      "young diplomat."], 0, False),
    # --- shapes.MONEY_SUBJECT verb2: "An investment of $X will …" -----------------------
    (["A package of $3 billion would not be enough to rebuild the port, the Minister warned."],
     0, False),
    (["A new investment of £40 million will fund 12 new flood defence schemes."], 0, True),
    # --- shapes.MEASURE_ITEM: gerund items with a sum ---------------------------------------
    (["Building on more than $3 billion in U.S. assistance since 1991, our partnership with "
      "Corvania has never been stronger."], 0, False),
    (["Investing $1 trillion in roads and bridges is the best way to create jobs, the "
      "President said."], 0, False),
    (["Doubling the number of teachers would cost $2 billion, the report found."], 0, False),
    (["Providing $25 million to expand clean water access in rural Corvania."], 0, True),
    # --- shapes.INSTRUMENT: seeks, covers, scheme -------------------------------------------
    (["Today, the President signed an executive order imposing tariffs on imports of "
      "Corvanian steel.",
      "This order seeks to protect American workers from unfair foreign competition."], 1, False),
    (["The scheme covers up to 80 percent of a worker's wages, as it has since 2020."], 0,
     False),
    # --- OBJECTS["run"]: flights, operations; shapes.ASK_FUNDS: the Commission ------------
    (["The Ministry will run two more evacuation flights from Marlin on Saturday."], 0, True),
    (["The Commission requests €1.2 billion for the new border management fund."], 0, True),
    # --- exclusions: warring parties / armed groups ----------------------------------------
    (["The Office on Children and Armed Groups today launched a reintegration fund of $12 "
      "million."], 0, True),
    # --- exclusions: "should X fail" -----------------------------------------------------------
    (["The Ministry will suspend all budget support from Monday, and further steps will "
      "follow should Corvania not release the detainees."], 0, True),
    (["We will impose further sanctions should Corvania refuse to withdraw its troops."], 0,
     False),
    # --- exclusions: _EXPECTED ("confident that") -------------------------------------------
    (["To make sure that aid reaches those in need, the Agency is deploying 40 monitors to "
      "Corvania."], 0, True),
    (["I believe that we have a duty to act, and that is why today I am announcing $50 "
      "million for the victims."], 0, True),
    # --- exclusions: _WORDS_ONLY ("issue a statement") --------------------------------------
    (["The Commission today published its statement of objections to Acme's proposed "
      "merger."], 0, True),
    (["The SEC today issued a policy statement on the custody of digital assets by "
      "broker-dealers."], 0, True),
    (["The Foreign Ministers issued a statement on the situation in Corvania."], 0, False),
    # --- exclusions: _A_MEETING (readings, debates, hearings, named conferences) ----------
    (["The Commission will hold public hearings on the proposed rule in June."], 0, False),
    # --- exclusions: _HABITUAL ("only", "always") ------------------------------------------
    (["All flights from Corvania are suspended with immediate effect, and exemptions are "
      "granted only for humanitarian cargo."], 0, True),
    (["Visas are issued only to holders of diplomatic passports."], 0, False),
    # --- exclusions: "instead", "elected (not) to" --------------------------------------------
    (["The Board has elected to extend the programme by two years."], 0, True),
    (["The General Assembly today elected Corvania to the Human Rights Council."], 0, True),
    # --- exclusions: OPINION "concerns that/about" ------------------------------------------
    (["In response to concerns about fraud, the Ministry today suspended payments under the "
      "scheme."], 0, True),
]
