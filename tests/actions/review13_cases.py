"""Review 13 (issue 13): sentences that probe the action finder's rules added in 481360f and
183155a: lexicon.WEAK restrict, dispatch, distribute, relocate, recall with their objects
(deeds.DEED_OBJECTS, TEAMS also in objects.OBJECTS["send"]), "request" with an emergency, urgent
or special meeting or session; lexicon.PASSIVE_NEEDS_AGENT restrict, recall, distribute,
dispatch; grammar._GIVING distribute; objects.OBJECTS["name"] principal, superintendent, manager,
chief, dean, warden "of"; lexicon.CONCRETE buffer rates, reserve requirements; lexicon.GOVERNMENT
Councillors, Council members, Aldermen, Selectboard; phrases._NONE_SUBJECT ("No …", "Neither …",
"None of …") and "previously" / "formerly" in a verb's chain (phrases.verb_chain); shapes.shape
skipping any shape right after "not", "never" or "yet"; lexicon.HISTORY openings "In the past /
last / previous (N) years / months / decades" and "In recent years / months / decades". Edges
probed: "recall" as remember, documents "distributed", foreign conduct condemned, companies and
private bodies, standing rules, questions, hypotheticals and conditions, history, "No earlier
than", "Neither … nor …" and "not only … but also", "previously" in another clause. All sentences
are invented; names such as Corvania, Veldt, Marlin, Harbor and Tavro are made up.

Each case is (sentences of one statement, index of the sentence judged, expected_action),
judged with `monitor.actions.rules.verdicts(sentences, 2021)`. The expectation is read from
fixtures/actions/README.md, "How the sentences were labelled". The comment on each line says
what the rules said at 183155a when this file was written: "ok" (agrees), "OVER" (an action
found where the README says none), "UNDER" (a miss); "regression" when the rules at 9694b7d
(481360f~1, before these rules) agreed with the expectation. Of 86 cases, 51 agree;
13 are over-matched and 22 missed, 19 of them regressions. The words in brackets say why.

The commit that added this file fixed 16 of the 35 (the objects of dispatch, distribute,
relocate, recall and restrict kept to the verb's first noun phrase, "the Ambassador's",
"chief of", "raised reserve requirements" and buffer rates, "No earlier than", "No 3
Squadron", "yet agreed", "In the last three months of this year"). Those that would change
the features of training sentences (a "No …" or "Neither …" subject running on into another
clause, "In the past year", "In recent years, …, and the Ministry today …") were left: each
changes the model's training and so figures measured once; they stay in STILL_WRONG with the
others, for a session that retrains and measures again. On every labelled document (lockbox
and fresh sets included) the finder's output is the same before and after the fixes.
"""

from __future__ import annotations

CASES: list[tuple[list[str], int, bool]] = [
    # --- deeds.DEED_OBJECTS["dispatch"] (TEAMS); PASSIVE_NEEDS_AGENT dispatch ---
    (["The Ministry of Defence has dispatched two C-130 aircraft with relief supplies to "
      "Marlin."], 0,
     True),  # ok (aircraft with relief supplies sent: a concrete measure)
    (["FEMA will dispatch urban search and rescue teams to the three counties hit by the "
      "tornado."], 0,
     True),  # ok (a future specific measure: teams sent)
    (["The United Kingdom condemns the violent escalation in Tavro province.",
      "Corvanian authorities have dispatched armed units to disperse peaceful protesters."], 1,
     False),  # OVER regression (conduct the statement condemns; “armed units” passes
     # DEED_OBJECTS["dispatch"] and the condemnation is in the sentence before)
    (["The Red Cross dispatched two medical teams to the earthquake zone."], 0,
     False),  # ok (a non-governmental body)
    (["The Coast Guard dispatches rescue teams within 30 minutes of every distress call."], 0,
     False),  # ok (a standing practice, no measure of this statement)
    (["The Secretary dispatched a letter to Congress explaining the delay in assistance "
      "to Veldt."], 0,
     False),  # OVER regression (a letter sent; DEED_OBJECTS["dispatch"] finds “assistance” anywhere
     # after the verb)
    (["If the ceasefire collapses, the Ministry could dispatch more troops to the buffer "
      "zone."], 0,
     False),  # ok (a hypothetical: “could”, no promise)
    (["The Agency today activated its emergency operations centre for Harbor County.",
      "Additional search and rescue teams were dispatched to the county overnight."], 1,
     True),  # UNDER (the Agency's own measure; PASSIVE_NEEDS_AGENT “dispatch” wants an agent the
     # sentence before supplies)
    # --- deeds.DEED_OBJECTS["distribute"]; grammar._GIVING distribute ---
    (["The Department of Health is distributing 200,000 free test kits to schools this "
      "week."], 0,
     True),  # ok (goods given out now)
    (["Hygiene kits were distributed by the Ministry of Health to 4,000 families in the "
      "flooded districts."], 0,
     True),  # ok (passive with a government agent)
    (["The Corvanian government distributed funds to armed militias in the east, in "
      "flagrant violation of the peace accord."], 0,
     False),  # OVER regression (conduct condemned in the sentence itself: “in flagrant violation”)
    (["The Treasury distributed the quarterly funds report to Council members on Tuesday."], 0,
     False),  # OVER regression (a document circulated; DEED_OBJECTS["distribute"] finds “funds” in
     # its title)
    (["The Ministry distributed the minutes of the vaccines working group to all members."], 0,
     False),  # OVER regression (minutes circulated; “vaccines” in the working group's name)
    (["The Ministry distributed its report on food security to all members of the "
      "committee."], 0,
     False),  # OVER regression (a report circulated; “food” in its title)
    (["The Ministry today announced a further $5 million for flood relief in Marlin.",
      "The Agency has so far distributed 3 million meals to flood victims."], 1,
     False),  # ok (a running total beside today's measure)
    (["The Agency today announced $3 million in new food aid for Marlin.",
      "In the past year, the Agency has distributed 2 million meals in Marlin."], 1,
     False),  # OVER regression (a running total beside today's measure; grammar._GIVING wants “to
     # date” or “in total”, and the new HISTORY openings want “years”, not “year”)
    (["The Agency distributes emergency funds to counties within 48 hours of a disaster "
      "declaration."], 0,
     False),  # ok (a standing practice)
    (["Harbor Water Company is distributing bottled water to customers affected by the "
      "outage."], 0,
     False),  # ok (a company)
    # --- deeds.DEED_OBJECTS["relocate"] ---
    (["The Ministry will relocate its headquarters to Port Veldt by 2025."], 0,
     True),  # ok (a specific future measure)
    (["The Department of Foreign Affairs has temporarily relocated embassy staff from "
      "Tavro to Port Marlin because of the fighting."], 0,
     True),  # ok (staff moved now)
    (["The United States condemns the Corvanian regime's campaign against the Dal "
      "minority.",
      "The regime has forcibly relocated 4,000 families from the border villages to camps"
      " in the desert."], 1,
     False),  # ok (conduct the statement condemns)
    (["In 2015, the Ministry relocated its offices to the new civic centre."], 0,
     False),  # ok (history)
    (["The Embassy previously relocated its consular section to the Tavro Tower."], 0,
     False),  # ok (history: “previously”)
    (["In the coming months, the Ministry will relocate 2,000 families from the flood "
      "plain."], 0,
     True),  # UNDER (a specific future measure; DEED_OBJECTS["relocate"] counts only `\d+ `, not
     # “2,000”)
    # --- deeds.DEED_OBJECTS["recall"]; PASSIVE_NEEDS_AGENT recall ---
    (["The Foreign Ministry today recalled its ambassador in Marlin for consultations."], 0,
     True),  # ok (an envoy called home)
    (["The Government will recall its ambassador if Corvania does not withdraw its troops"
      " by Friday."], 0,
     True),  # UNDER (a specific measure promised on a stated condition; the older condition rule
     # rejects it)
    (["The Minister recalled her years as Ambassador in Veldt."], 0,
     False),  # OVER regression (remembered; DEED_OBJECTS["recall"] allows two words between “her”
     # and “Ambassador”)
    (["The President recalled his envoy's warning that the talks would fail."], 0,
     False),  # OVER regression (remembered; “his envoy's warning”: the envoy is a possessor)
    (["The Secretary recalled the Ambassador's role in negotiating the 2015 accord."], 0,
     False),  # OVER regression (remembered; “the Ambassador's role”)
    (["QUESTION: Why did the Ministry recall its ambassador from Veldt?"], 0,
     False),  # ok (a reporter's question)
    (["Neither Veldt nor Corvania has recalled its ambassador."], 0, False),  # ok (none done)
    (["The Government recalled its ambassador from Corvania in 2018 after the poisoning."], 0,
     False),  # ok (history dated years before)
    (["The Ministry of Foreign Affairs of Veldt protests in the strongest terms the "
      "shelling of its consulate in Tavro.",
      "Ambassador Lena Ruiz has been recalled to Port Veldt for consultations."], 1,
     True),  # UNDER (the Ministry's own measure; PASSIVE_NEEDS_AGENT “recall” and a subject without
     # a determiner)
    (["The Ministry of Health has recalled three batches of Harbor-made cough syrup after"
      " tests found contamination."], 0,
     True),  # UNDER (a product recall by a ministry; DEED_OBJECTS["recall"] knows only envoys)
    (["The ambassador was recalled by the Foreign Ministry on Friday for consultations."], 0,
     True),  # UNDER (passive with a government agent; DEED_OBJECTS["recall"] wants a lower-case
     # determiner)
    # --- deeds.DEED_OBJECTS["restrict"]; PASSIVE_NEEDS_AGENT restrict ---
    (["The Government of Veldt will restrict exports of rice from 1 June to protect "
      "domestic supplies."], 0,
     True),  # ok (trade restricted)
    (["The United States condemns the Corvanian junta's latest crackdown.",
      "The junta has restricted access to the internet across the northern provinces."], 1,
     False),  # ok (conduct the statement condemns)
    (["The Commission restricted its review to transactions made after 2019."], 0,
     False),  # OVER regression (the scope of a review; DEED_OBJECTS["restrict"] allows “review to”
     # between “its” and “transactions”)
    (["We call on Corvania to restrict exports of dual-use goods to the junta."], 0,
     False),  # ok (a call on others)
    (["Under the Act, the Secretary may restrict imports of goods that threaten national "
      "security."], 0,
     False),  # ok (a standing authority)
    # --- deeds.DEED_OBJECTS["request"]: an emergency, urgent or special meeting or session ---
    (["Foreign Minister Ana Cruz has requested an urgent session of the UN Human Rights "
      "Council on the shelling."], 0,
     True),  # ok (a body's meeting called)
    (["The teachers' union has requested an urgent meeting of the school board to discuss"
      " the pay dispute."], 0,
     False),  # ok (a union)
    (["The Government of Marlin requested an emergency meeting of the Security Council in"
      " 2014, after the annexation."], 0,
     False),  # ok (history dated years before)
    (["Should the shelling continue, the Government will request an emergency session of "
      "the General Assembly."], 0,
     True),  # UNDER (a specific measure promised on a stated condition; the older condition rule
     # rejects it)
    (["We are considering requesting an emergency meeting of the Security Council."], 0,
     False),  # ok (considering)
    (["Under Article 20, any State Party may request a special session of the Assembly."], 0,
     False),  # ok (a standing rule)
    # --- objects.OBJECTS["name"]: principal, superintendent, manager, chief, dean, warden of ---
    (["The Board of Education named Dr. Ana Ruiz superintendent of Harbor Unified School "
      "District."], 0,
     True),  # ok (a post filled)
    (["The Governor named Marcus Hale warden of the Tavro State Penitentiary."], 0,
     True),  # ok (a post filled)
    (["Harbor Business Weekly named Mayor Ortiz manager of the year."], 0,
     False),  # ok (an honour by a magazine)
    (["The Commission of Inquiry named General Vos chief of the unit that carried out the"
      " killings."], 0,
     False),  # OVER regression (identified as chief of a unit, not appointed)
    (["In 2012 the Council named Ruth Ames principal of Tavro High School."], 0,
     False),  # ok (history)
    # --- lexicon.CONCRETE buffer rates, reserve requirements ---
    (["The Central Bank of Veldt today raised reserve requirements for commercial banks "
      "by 50 basis points."], 0,
     True),  # UNDER (a central bank's measure; OBJECTS["raise"] keeps its own list of rates,
     # without the new “reserve requirements”)
    (["The IMF report recommends raising reserve requirements in Veldt."], 0,
     False),  # ok (a recommendation)
    (["Countercyclical buffer rates have risen in 14 European countries since 2022."], 0,
     False),  # ok (a trend, no actor)
    (["The Central Bank of Veldt today increased reserve requirements for commercial "
      "banks by 50 basis points."], 0,
     True),  # ok (a central bank's measure)
    (["The Committee today raised the countercyclical capital buffer rate to 1 per cent."], 0,
     True),  # UNDER (a buffer rate raised; OBJECTS["raise"] lacks “buffer rate”)
    # --- lexicon.GOVERNMENT Councillors, Council members, Aldermen, Selectboard ---
    (["Aldermen voted 12-3 on Tuesday to ban plastic bags at city markets."], 0,
     True),  # ok (a city council's vote)
    (["The Selectboard has approved a 90-day moratorium on new short-term rentals."], 0,
     True),  # ok (a town's measure)
    (["Councillors condemned the vandalism at the war memorial."], 0, False),  # ok (a condemnation)
    (["Former council members launched a petition against the new stadium."], 0,
     False),  # ok (former members: private citizens)
    (["Council members of the Harbor Chamber of Commerce approved a new dues schedule."], 0,
     False),  # OVER (a chamber of commerce; “Council” was a government word already, “Council
     # members” is one now)
    (["Student council members voted to ban phones at the school dance."], 0,
     False),  # ok (a student council)
    # --- phrases._NONE_SUBJECT (No, Neither, None of); shapes.shape after not, never, yet ---
    (["No earlier than 1 July the Ministry will open the new border crossing at Tavro."], 0,
     True),  # UNDER (a specific future measure; idioms._NOTHING and now phrases._NONE_SUBJECT
     # exclude “later” but not “earlier”)
    (["No one in the region will go hungry this winter because the Ministry today donated"
      " $4 million to the Tavro food bank."], 0,
     True),  # UNDER (today's donation in a “because” clause; the “No one” negation runs on to it
     # without a comma)
    (["No new sanctions were imposed today, but the Treasury designated two more vessels "
      "under existing authorities."], 0,
     True),  # ok (the second clause designates)
    (["None of the funds announced today will go to the Corvanian government; the Agency "
      "will provide all $40 million through UN agencies."], 0,
     True),  # ok (the second clause states the make-up)
    (["None of the member states has imposed sanctions on the firms."], 0, False),  # ok (none done)
    (["Ministers were divided on many points yet agreed to extend the fishing moratorium "
      "by a year."], 0,
     True),  # UNDER regression (“yet” as “but”; shapes._NEGATED_BEFORE now skips the AGREED shape
     # after “yet”)
    (["The Ministry has not only suspended the operator's licence but also fined it $2 "
      "million."], 0,
     True),  # UNDER (not only … but also; the chain's “not” negates “suspended”)
    (["Ministers have not yet agreed on the fishing quotas."], 0, False),  # ok (not agreed)
    (["Neither regulator will wait for the inquiry and both will suspend the operator's "
      "licence from Monday."], 0,
     True),  # UNDER (both will suspend; the “Neither” subject runs on over “and both will”)
    (["Neither vapes nor cigarettes may be sold to minors under rules the Ministry "
      "adopted today."], 0,
     True),  # UNDER regression (rules adopted today; the “Neither” clause is read as the subject of
     # “adopted”)
    (["Neither Veldt nor Marlin will wait any longer and both governments today imposed a"
      " ban on Corvanian trawlers."], 0,
     True),  # UNDER regression (both governments imposed a ban today; the “Neither” clause runs on
     # over “and both governments”)
    (["No 3 Squadron of the Royal Air Force will deploy four Typhoons to Veldt next "
      "month."], 0,
     True),  # UNDER (a squadron's number; “No 3” is not “no”)
    # --- phrases.verb_chain: “previously” / “formerly” as history ---
    (["The Ministry today appointed Ana Ruiz, who previously served as ambassador to "
      "Veldt, as its new Director of Consular Affairs."], 0,
     True),  # ok (“previously” in a relative clause)
    (["The Ministry today suspended the licence of Harbor Ferries, which it had "
      "previously fined twice."], 0,
     True),  # ok (“previously” in a relative clause after the measure)
    (["The Department will, as previously announced, lift the remaining restrictions on 1"
      " June."], 0,
     True),  # UNDER (a future measure; “previously” rejects the aside's “announced” and the verdict
     # stops there; the aside alone blocked it before)
    (["The Ministry previously announced, and today confirmed, a $40 million grant to "
      "Marlin's hospitals."], 0,
     True),  # UNDER regression (today's confirmation; “previously” rejects “announced” and the
     # sentence stops there)
    (["The Ministry of Finance today approved a further $50 million loan for the project,"
      " which it had previously backed with $200 million."], 0,
     True),  # ok (the relative clause is history, the main one today's loan)
    (["The Agency has previously dispatched medical teams to the region."], 0,
     False),  # ok (history: done before)
    # --- lexicon.HISTORY: In the past / last / previous (N) years, In recent years ---
    (["In the past two years, the Central Bank of Veldt has increased reserve "
      "requirements four times."], 0,
     False),  # ok (history)
    (["In the last three years the Agency has opened four offices, and today it opened a "
      "fifth in Tavro."], 0,
     True),  # ok (“and today” carries today's measure)
    (["In recent years, Veldt has been a close partner, and the Ministry today signed a "
      "new defence agreement with it."], 0,
     True),  # UNDER regression (today's signing in the second clause; HISTORY exempts only “, and
     # today”)
    (["In past years the City closed only the riverside parks during floods; this year it"
      " will close all public parks from Friday."], 0,
     True),  # UNDER regression (this year's measure after the semicolon; HISTORY exempts “; today /
     # now / this week”, not “this year”)
    (["In the last 24 hours, the Ministry has dispatched 12 rescue teams to the flooded "
      "districts."], 0,
     True),  # ok (hours, not years: a current measure)
    (["In the last three months of this year, the Ministry will open four new vaccination"
      " centres in Tavro."], 0,
     True),  # UNDER regression (the last months of this year: the future; the new HISTORY opening
     # takes them for the past)
]

# The cases the rules get wrong at 183155a (all the OVER and UNDER above)
STILL_WRONG: dict[str, str] = {  # sentence -> how the rules get it wrong
    "Additional search and rescue teams were dispatched to the county overnight.":
        "missed: the passive without agent (lexicon.PASSIVE_NEEDS_AGENT “dispatch”), though the"
        " Agency acting is the statement's news",
    "The Corvanian government distributed funds to armed militias in the east, in flagrant "
    "violation of the peace accord.":
        "over-matched: conduct the sentence condemns (“in flagrant violation”); “funds” passes "
        "deeds.DEED_OBJECTS[\"distribute\"]",
    "In the past year, the Agency has distributed 2 million meals in Marlin.":
        "over-matched: a running total beside today's measure (grammar._GIVING needs “to "
        "date”/“in total”; lexicon.HISTORY's new openings need plural “years”)",
    "The Government will recall its ambassador if Corvania does not withdraw its troops by "
    "Friday.":
        "missed: the older condition rule (“a threat or a promise”), though the README counts a"
        " specific measure promised on a stated condition",
    "Ambassador Lena Ruiz has been recalled to Port Veldt for consultations.":
        "missed: the passive without agent (lexicon.PASSIVE_NEEDS_AGENT “recall”); "
        "deeds.DEED_OBJECTS[\"recall\"] wants a determiner anyway",
    "The Ministry of Health has recalled three batches of Harbor-made cough syrup after tests "
    "found contamination.":
        "missed: deeds.DEED_OBJECTS[\"recall\"] knows only envoys, not a product recall",
    "Should the shelling continue, the Government will request an emergency session of the "
    "General Assembly.":
        "missed: the older condition rule (“a threat or a promise”), though the README counts a"
        " specific measure promised on a stated condition",
    "Council members of the Harbor Chamber of Commerce approved a new dues schedule.":
        "over-matched: a chamber of commerce's council (lexicon.GOVERNMENT “Council”, and now "
        "“Council members”)",
    "No earlier than 1 July the Ministry will open the new border crossing at Tavro.":
        "missed: “No earlier than” read as a subject saying none (idioms._NOTHING, "
        "phrases._NONE_SUBJECT exclude “later”, not “earlier”)",
    "No one in the region will go hungry this winter because the Ministry today donated $4 "
    "million to the Tavro food bank.":
        "missed: the “No one” of the first clause negates the “because” clause "
        "(idioms._NOTHING, phrases._NONE_SUBJECT)",
    "The Ministry has not only suspended the operator's licence but also fined it $2 million.":
        "missed: “not only” read as a negation in phrases.verb_chain; “fined it $2 million” "
        "after “but also” is not reached",
    "Neither regulator will wait for the inquiry and both will suspend the operator's licence "
    "from Monday.":
        "missed: phrases._NONE_SUBJECT spans “… and both will” (no comma); the subject was "
        "misread before as well",
    "Neither vapes nor cigarettes may be sold to minors under rules the Ministry adopted today.":
        "missed: phrases._NONE_SUBJECT reads “Neither …” as the subject of the relative "
        "clause's “adopted”",
    "Neither Veldt nor Marlin will wait any longer and both governments today imposed a ban on "
    "Corvanian trawlers.":
        "missed: phrases._NONE_SUBJECT spans “… and both governments today” (no comma)",
    "No 3 Squadron of the Royal Air Force will deploy four Typhoons to Veldt next month.":
        "missed: “No 3 Squadron” read as “no” (idioms._NOTHING, phrases._NONE_SUBJECT)",
    "The Department will, as previously announced, lift the remaining restrictions on 1 June.":
        "missed: phrases.verb_chain's “previously” rejects the aside “as previously announced”;"
        " “lift” is never judged",
    "The Ministry previously announced, and today confirmed, a $40 million grant to Marlin's "
    "hospitals.":
        "missed: phrases.verb_chain's “previously” rejects “announced”, and today's “confirmed”"
        " is not judged",
    "In recent years, Veldt has been a close partner, and the Ministry today signed a new "
    "defence agreement with it.":
        "missed: lexicon.HISTORY's new “In recent years” opening; its exemption wants “today” "
        "right after “, and ”",
    "In past years the City closed only the riverside parks during floods; this year it will "
    "close all public parks from Friday.":
        "missed: lexicon.HISTORY's new “In past years” opening; its exemption lacks “this year”",
}
