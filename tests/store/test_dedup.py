"""Near-duplicates: re-posts are found, template look-alikes are not, via the key index."""

from __future__ import annotations

from datetime import UTC, datetime

from store import Store
from store.dedup import document_keys, find_duplicate, similarity

NOW = datetime(2026, 11, 20, tzinfo=UTC)

NATIONAL_DAY = (
    "On behalf of the Government of the United States, I congratulate the people of {country} "
    "as you celebrate your national day on {date}.\n\n"
    "The United States and {country} share a partnership built on {value} and on the ties "
    "between our peoples. We look forward to deepening our cooperation on {topic} in the year "
    "ahead.\n\nI send my best wishes to all the people of {country} on this special day."
)
LONG = " ".join(
    f"Paragraph {i} explains how the {w} programme will help partners in the region "
    f"to strengthen border inspections and laboratory capacity in {2020 + i % 5}."
    for i, w in enumerate(["customs", "forensic", "maritime", "aviation", "postal", "chemical",
                           "financial", "judicial", "training", "health"])
)


def add(store: Store, url: str, body: str, title: str = "Statement") -> str:
    return store.track(url=url, fetch_url=url, title=title, published=None, body=body, raw=None,
                       source_id=None, at=NOW).status


def test_national_day_messages_for_two_countries_are_distinct(store: Store) -> None:
    first = NATIONAL_DAY.format(country="Estoria", date="June 4", value="shared democratic "
                                "values", topic="energy security")
    second = NATIONAL_DAY.format(country="Valmora", date="June 9", value="shared democratic "
                                 "values", topic="energy security")
    assert add(store, "https://s.gov/estoria", first, "Estoria National Day") == "new"
    assert add(store, "https://s.gov/valmora", second, "Valmora National Day") == "new"


def test_truncated_repost_is_found_through_shared_rare_keys(store: Store) -> None:
    add(store, "https://a.gov/long", LONG)
    truncated = LONG[: len(LONG) * 2 // 3].rsplit(".", 1)[0] + "."
    with store.transaction() as conn:
        match = find_duplicate(conn, truncated)
    assert match is not None and match.document_id == 1


def test_keys_of_a_truncated_copy_are_mostly_a_subset() -> None:
    full, part = document_keys(LONG), document_keys(LONG[: len(LONG) // 2])
    assert part and len(part & full) / len(part) > 0.8


def test_similarity_is_symmetric_enough_and_bounded() -> None:
    assert similarity(LONG, LONG) == 100
    assert similarity(LONG, "Completely unrelated words about farming subsidies.") < 50
    assert similarity("", LONG) == 0


def test_unrelated_documents_share_no_candidates(store: Store) -> None:
    add(store, "https://a.gov/long", LONG)
    with store.transaction() as conn:
        assert find_duplicate(conn, "A short note on fisheries quotas for the coming season "
                                    "was published by the agency today.") is None


READOUT = (
    "The below is attributable to the Spokesperson:\n\n"
    "Secretary Ellison spoke today with {name} about {topic}. The Secretary and {title} "
    "discussed {detail}.\n\nThe Secretary underscored the importance of close coordination "
    "with partners in the region on {date}."
)
SCHEDULE = (
    "Office of the Spokesperson\n\n"
    "*** THE DAILY PUBLIC SCHEDULE IS SUBJECT TO CHANGE ***\n\n"
    "SECRETARY ELLISON\n\n"
    "{time} Secretary Ellison meets with {guest}, at the Department of State. "
    "(POOLED CAMERA SPRAY AT TOP)\n\n"
    "DEPUTY SECRETARY MORROW\n\n"
    "Deputy Secretary Morrow attends meetings and briefings, at the Department of State.\n\n"
    "UNDER SECRETARY FOR POLITICAL AFFAIRS QUILL\n\n"
    "{time2} Under Secretary Quill meets with {guest2}, at the Department of State."
)


def first_match(store: Store, body: str) -> int | None:
    with store.transaction() as conn:
        match = find_duplicate(conn, body)
    return match.document_id if match else None


def edit_words(text: str, every: int) -> str:
    """Every `every`-th sentence with one plain word inserted, as an editor would."""
    sentences = text.split(". ")
    return ". ".join(s.replace(" the ", " the recently ", 1) if i % every == 0 else s
                     for i, s in enumerate(sentences))


def test_repost_with_a_fifth_of_sentences_edited_is_found(store: Store) -> None:
    add(store, "https://a.gov/long", LONG)
    assert first_match(store, edit_words(LONG, 5)) == 1


def test_repost_with_sentences_reordered_is_found(store: Store) -> None:
    add(store, "https://a.gov/long", LONG)
    sentences = LONG.split(". ")
    shuffled = ". ".join(sentences[5:] + sentences[:5])
    with store.transaction() as conn:
        match = find_duplicate(conn, shuffled)
    assert match is not None and match.document_id == 1 and match.similarity >= 95


def test_repost_in_another_frame_with_curly_quotes_is_found(store: Store) -> None:
    add(store, "https://a.gov/long", LONG)
    framed = ("Skip to main content\n\nHome | Newsroom\n\n"
              + LONG.replace("'", "\u2019").replace(". ", ".  ") + "\n\nBack to Top")
    assert first_match(store, framed) == 1


def test_repost_is_reported_as_a_duplicate_of_the_first_copy(store: Store) -> None:
    add(store, "https://a.gov/long", LONG)
    assert add(store, "https://b.gov/copy", "Released by the embassy:\n\n" + LONG) == "duplicate"
    assert first_match(store, edit_words(LONG, 4)) == 1  # not 2, a copy of 1


def test_readouts_of_two_calls_from_one_template_are_distinct(store: Store) -> None:
    first = READOUT.format(name="Foreign Minister Arlan of Estoria", topic="energy security",
                           title="Foreign Minister Arlan", detail="the upcoming summit",
                           date="June 4")
    second = READOUT.format(name="Foreign Minister Brisk of Valmora", topic="energy security",
                            title="Foreign Minister Brisk", detail="the upcoming summit",
                            date="June 11")
    assert add(store, "https://s.gov/r1", first, "Secretary Ellison's Call") == "new"
    assert add(store, "https://s.gov/r2", second, "Secretary Ellison's Call") == "new"


def test_daily_schedules_of_two_days_are_distinct(store: Store) -> None:
    monday = SCHEDULE.format(time="10:00 a.m.", guest="Estorian Foreign Minister Arlan",
                             time2="2:00 p.m.", guest2="Valmoran Ambassador Brisk")
    tuesday = SCHEDULE.format(time="9:30 a.m.", guest="Ostrian Prime Minister Kell",
                              time2="3:15 p.m.", guest2="Norvan Ambassador Tamm")
    assert add(store, "https://s.gov/mon", monday, "Public Schedule - May 4") == "new"
    assert add(store, "https://s.gov/tue", tuesday, "Public Schedule - May 5") == "new"


def test_sentence_pair_with_names_swapped_earns_no_credit() -> None:
    a = "Secretary Ellison congratulates the people of Estoria on their national day."
    b = "Secretary Ellison congratulates the people of Valmora on their national day."
    assert similarity(a, b) < 50
    assert similarity(a, a.replace("congratulates", "warmly congratulates")) >= 90


def test_a_short_fragment_of_a_long_text_is_not_a_repost() -> None:
    fragment = LONG.split(". ")[0] + "."
    assert similarity(fragment, LONG) < 30


SHORT = ("Office of the Spokesperson\n\n"
         "The Deputy Secretary will travel to Valmora and Estoria from May 3 to May 6 to "
         "discuss port security and customs cooperation with both governments.\n\n"
         "For press inquiries, please write to the regional press office.")
INTRO = "The following statement was released by the Department of Examples today:\n\n"


def test_a_short_statement_truncated_behind_an_intro_line_is_a_re_post() -> None:
    truncated = INTRO + SHORT.rsplit("\n\n", 1)[0]  # the last paragraph cut, an intro added
    assert similarity(truncated, SHORT) >= 90
    assert similarity(INTRO + SHORT, SHORT) >= 90


def test_an_intro_line_does_not_excuse_a_different_statement() -> None:
    other = SHORT.replace("port security and customs cooperation", "fisheries quotas and "
                          "the renewal of the river treaty").replace("Valmora and Estoria",
                                                                     "Norland")
    assert similarity(INTRO + other, SHORT) < 90


def test_statements_that_differ_in_their_opening_and_share_a_closing_line_are_distinct(
) -> None:
    closing = "The measure takes effect on the first of next month for all operators."
    a = "The Ministry of Examples today imposed sanctions on three shipping firms.\n\n" + closing
    b = ("The Ministry of Examples today launched an inspection programme for container "
         "yards.\n\n" + closing)
    assert similarity(a, b) < 90
