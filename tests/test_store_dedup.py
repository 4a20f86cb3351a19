"""Near-duplicates: re-posts are found, template look-alikes are not, via the key index."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

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


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'pw.db'}")


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
