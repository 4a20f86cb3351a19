"""Near-duplicates: re-posts are found, template look-alikes are not, via the key index."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from store import Store, schema
from store.dedup import (
    MAX_DF,
    _key,
    document_keys,
    find_duplicate,
    index,
    index_many,
    similarity,
)
from store.text import split_sentences, words

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


# -- the index: every planted re-post class found, look-alikes kept apart, its upkeep --------

TOPICS = ["customs", "forensic", "maritime", "aviation", "postal", "chemical", "financial",
          "judicial", "training", "health", "energy", "water", "cyber", "election", "census",
          "fisheries", "weather", "railway", "archive", "nursing"]
ORIGINAL = "\n\n".join(
    " ".join(f"Section {i + j} explains how the {TOPICS[i + j]} programme will help partners "
             f"across the region to strengthen inspections and {TOPICS[(i + j + 7) % 20]} "
             f"capacity over the coming years." for j in range(4))
    for i in range(0, 20, 4))
FRAME = ("Skip to main content\n\nAn official website\n\nHome | News | Statements\n\n{}\n\n"
         "Share this page\n\nBack to Top")


def edited(share: float) -> str:
    """The original with one word inserted into `share` of its sentences, spread out."""
    sentences = split_sentences(ORIGINAL)
    every = round(1 / share)
    return " ".join(s.replace(" will ", " will also ", 1) if i % every == 0 else s
                    for i, s in enumerate(sentences))


def reordered() -> str:
    paragraphs = ORIGINAL.split("\n\n")
    return "\n\n".join(" ".join(reversed(split_sentences(p))) for p in reversed(paragraphs))


PLANTED = {
    "edit5": lambda: edited(0.05),
    "edit20": lambda: edited(0.20),
    "edit40": lambda: edited(0.40),
    "reorder": reordered,
    "truncate": lambda: "\n\n".join(ORIGINAL.split("\n\n")[:3]),
    "intro line": lambda: "The following statement was released by the Embassy today:\n\n"
                          + ORIGINAL.replace(" the ", " the\u00a0"),
    "other frame": lambda: FRAME.format(ORIGINAL),
}


def national_day(country: str, day: str) -> str:
    return NATIONAL_DAY.format(country=country, date=day, value="shared democratic values",
                               topic="energy security")


def stocked(store: Store) -> None:
    """The original among strangers and template families, as a site's archive holds them."""
    add(store, "https://a.gov/original", ORIGINAL)
    for n, country in enumerate(["Estoria", "Valmora", "Norland", "Ostria"]):
        add(store, f"https://a.gov/day/{n}", national_day(country, f"June {n + 2}"))
        add(store, f"https://a.gov/call/{n}", READOUT.format(
            name=f"Foreign Minister Arlan of {country}", topic="energy security",
            title="Foreign Minister Arlan", detail=f"the summit in {country}", date=f"May {n}"))
    add(store, "https://a.gov/other", LONG)


@pytest.mark.parametrize("kind", sorted(PLANTED))
def test_every_planted_repost_class_is_found_through_the_index(store: Store, kind: str) -> None:
    stocked(store)
    assert first_match(store, PLANTED[kind]()) == 1


@pytest.mark.parametrize("lookalike", [
    national_day("Tarvia", "July 1"),
    READOUT.format(name="Prime Minister Kell of Tarvia", topic="energy security",
                   title="Prime Minister Kell", detail="the summit in Tarvia", date="July 9"),
    ORIGINAL.replace("partners across the region", "ministries of Tarvia and Norland")
    .replace("coming years", "next 12 months"),
])
def test_look_alikes_are_not_matched_through_the_index(store: Store, lookalike: str) -> None:
    stocked(store)
    assert first_match(store, lookalike) is None


def test_a_key_more_than_max_df_documents_share_becomes_a_stop_key(store: Store) -> None:
    boiler = "For press inquiries please write to the regional press office of the department."
    rng = random.Random(5)
    vocabulary = [f"{a}{b}" for a in ("tal", "mor", "vek", "sun", "dra") for b in
                  ("ina", "oso", "uma", "eli", "ard", "ont")]

    def statement() -> str:  # words of its own, in sentences of twelve
        return " ".join(" ".join(rng.choice(vocabulary) for _ in range(12)).capitalize() + "."
                        for _ in range(8))

    texts = [statement() for _ in range(MAX_DF + 1)]
    for n, text in enumerate(texts):
        add(store, f"https://a.gov/{n}", f"{boiler}\n\n{text}")
    stop = _key("s:" + " ".join(words(boiler)))
    with store.transaction() as conn:
        assert stop in conn.execute(select(schema.dedup_stop.c.key)).scalars().all()
        assert not conn.execute(select(schema.dedup_keys).where(
            schema.dedup_keys.c.key == stop)).first()
    assert first_match(store, f"{boiler}\n\n{texts[7]}") == 8


def test_a_revised_document_is_found_by_its_new_text_only(store: Store) -> None:
    add(store, "https://a.gov/long", LONG)
    assert add(store, "https://a.gov/long", ORIGINAL) == "revision"
    assert first_match(store, edited(0.2)) == 1
    assert first_match(store, LONG) is None


def test_a_bulk_load_builds_the_index_one_by_one_indexing_does(tmp_path: Path) -> None:
    texts = [ORIGINAL, LONG, national_day("Estoria", "June 4"), national_day("Valmora", "June 9"),
             SCHEDULE.format(time="9:00 a.m.", guest="Ambassador Tamm", time2="noon",
                             guest2="Minister Kell")]
    indexes = []
    for bulk in (False, True):
        store = Store(f"sqlite:///{tmp_path / f'{bulk}.db'}")
        with store.transaction() as conn:
            for n, text in enumerate(texts, 1):
                conn.execute(schema.documents.insert().values(
                    id=n, url=f"https://a.gov/{n}", fetch_url=f"https://a.gov/{n}", title="T",
                    first_seen_at=NOW, revision_count=1, text_hash=str(n), status="active",
                    failures=0, baseline=False))
            if bulk:  # two documents a batch: staged, then added in key order
                index_many(conn, enumerate(texts, 1), batch_size=2)
            else:
                for n, text in enumerate(texts, 1):
                    index(conn, n, text)
            indexes.append([conn.execute(select(t).order_by(*t.primary_key)).all() for t in
                            (schema.dedup_keys, schema.dedup_stop, schema.dedup_docs)])
        store.close()
    assert indexes[0] == indexes[1] and indexes[0][0]


def test_migration_0016_rebuilds_the_index_of_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = Store(f"sqlite:///{path}")
    stocked(store)
    store.close()
    with sqlite3.connect(path) as conn:  # make it a database from before 0016
        conn.executescript("""
            DROP TABLE dedup_docs;
            DROP TABLE dedup_stop;
            DELETE FROM dedup_keys WHERE document_id = 1;
            CREATE TABLE dedup_df (key BIGINT NOT NULL PRIMARY KEY, df INTEGER NOT NULL)
                WITHOUT ROWID;
            INSERT INTO dedup_df SELECT key, count(*) FROM dedup_keys GROUP BY key;
            CREATE INDEX ix_dedup_keys_document ON dedup_keys (document_id);
            DELETE FROM migrations WHERE name = '0016_dedup_signatures';
        """)
    reopened = Store(f"sqlite:///{path}")
    assert first_match(reopened, PLANTED["edit20"]()) == 1
    assert first_match(reopened, national_day("Tarvia", "July 1")) is None
    reopened.close()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "dedup_df" not in tables and "ix_dedup_keys_document" not in tables
        assert conn.execute("SELECT count(*) FROM dedup_docs").fetchone()[0] == 10
