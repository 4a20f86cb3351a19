"""Change classes and scores: substantive, trivial, frame, flapping, on a real SQLite store."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from store import Store, TrackResult
from store.changes import change_score, masked

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
BODY = (
    "The Office of Harbour Safety today opened a review of dredging permits on the east "
    "coast. The review will report to the Secretary within ninety days.\n\n"
    "Comments may be sent by any member of the public until the review closes. "
    "Updated March 3, 2026 at 10:15 a.m. Viewed 4099 times."
)
FOOTER = "Read the accessibility statement and the privacy notice of the harbour office."
NEW_FOOTER = "Read the accessibility statement and the privacy notice of the harbour offices."


def track(store: Store, url: str, body: str, hours: int = 0, title: str = "Review") -> TrackResult:
    return store.track(url=url, fetch_url=url, title=title, published=None, body=body, raw=None,
                       source_id=None, at=NOW + timedelta(hours=hours))


def announced(store: Store, document_id: int) -> list[bool]:
    return [e.announce for e in store.events() if e.document_id == document_id
            and e.kind == "changed"]


def test_a_changed_sentence_is_substantive_with_its_share_of_words_and_is_announced(
    store: Store,
) -> None:
    track(store, "https://harbour.example.gov/r", BODY)
    edited = BODY.replace("within ninety days", "within thirty days and publish its findings")
    result = track(store, "https://harbour.example.gov/r", edited, 1)
    assert result.change == "substantive"
    assert result.score is not None and 0 < result.score < 20
    rev = store.revisions(result.document_id)[-1]
    assert (rev.change, rev.score) == ("substantive", result.score)
    assert announced(store, result.document_id) == [True]


def test_dates_timestamps_and_counters_are_trivial_and_not_announced(store: Store) -> None:
    track(store, "https://harbour.example.gov/r", BODY)
    moved = BODY.replace("March 3, 2026 at 10:15 a.m.", "April 21, 2026 at 9:02 p.m.").replace(
        "4099", "4116")
    result = track(store, "https://harbour.example.gov/r", moved, 1)
    assert result.change == "trivial"
    assert result.score is not None and result.score > 0
    assert announced(store, result.document_id) == [False]


def test_quotes_whitespace_punctuation_and_reflow_make_no_revision(store: Store) -> None:
    track(store, "https://harbour.example.gov/r", BODY)
    cosmetic = BODY.replace(". ", ".\n\n").replace("public", "\u201cpublic\u201d").replace(
        "coast.", "coast!")
    assert track(store, "https://harbour.example.gov/r", cosmetic, 1).status == "unchanged"


def test_a_text_back_to_a_recent_version_is_flapping(store: Store) -> None:
    url = "https://harbour.example.gov/r"
    track(store, url, BODY)
    track(store, url, BODY + " A public hearing is planned for the spring.", 1)
    result = track(store, url, BODY, 2)
    assert result.change == "flapping"
    assert announced(store, result.document_id) == [True, False]


def test_a_change_only_in_the_hosts_template_sentences_is_frame(store: Store) -> None:
    for n in (1, 2, 3):
        track(store, f"https://harbour.example.gov/other-{n}",
              f"Statement number {n} of the harbour office on berth {n} allocations this "
              f"season.\n\n{FOOTER}")
    url = "https://harbour.example.gov/r"
    track(store, url, BODY + "\n\n" + FOOTER)
    result = track(store, url, BODY + "\n\n" + NEW_FOOTER, 1)
    assert result.change == "frame"
    assert announced(store, result.document_id) == [False]
    # The same edit on a host where that line is no template is a real change.
    track(store, "https://other.example.gov/r", BODY + "\n\n" + FOOTER)
    result = track(store, "https://other.example.gov/r", BODY + "\n\n" + NEW_FOOTER, 1)
    assert result.change == "substantive"


def test_a_content_edit_next_to_a_template_edit_is_still_substantive(store: Store) -> None:
    for n in (1, 2):
        track(store, f"https://harbour.example.gov/o{n}",
              f"Notice {n} of the harbour office on pilotage fees for vessel class {n}.\n\n"
              f"{FOOTER}")
    url = "https://harbour.example.gov/r"
    track(store, url, BODY + "\n\n" + FOOTER)
    edited = BODY.replace("ninety", "sixty") + "\n\n" + NEW_FOOTER
    assert track(store, url, edited, 1).change == "substantive"


def test_a_retitled_statement_is_substantive(store: Store) -> None:
    track(store, "https://harbour.example.gov/r", BODY)
    result = track(store, "https://harbour.example.gov/r", BODY, 1, title="Review withdrawn")
    assert result.change == "substantive"


def test_masking_and_score_helpers() -> None:
    assert masked("Updated March 3, 2026 at 10:15") == masked("Updated Dec 12 2025 at 9:02")
    assert change_score("a b c d", "a b c d", [], []) == 0.0
    assert change_score("one two three four", "one two five four", ["one two five four"],
                        ["one two three four"]) == 25.0


def test_a_database_made_before_scores_gains_the_column(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    Store(f"sqlite:///{path}").close()
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE revisions DROP COLUMN score")
    con.execute("DELETE FROM migrations WHERE name = '0006_change_score'")
    con.commit()
    con.close()
    store = Store(f"sqlite:///{path}")
    track(store, "https://harbour.example.gov/r", BODY)
    result = track(store, "https://harbour.example.gov/r", BODY + " A hearing follows.", 1)
    assert store.revisions(result.document_id)[-1].score == result.score


def test_a_number_changed_in_a_sentence_of_the_statement_is_substantive(store: Store) -> None:
    track(store, "https://harbour.example.gov/r", BODY)
    result = track(store, "https://harbour.example.gov/r", BODY.replace("ninety", "90"), 1)
    assert result.change == "substantive"
    result = track(store, "https://harbour.example.gov/r", BODY.replace("ninety", "60"), 2)
    assert result.change == "substantive"  # "within 90 days" -> "within 60 days" is news


def test_punctuation_inside_words_and_re_cut_lines_are_trivial(store: Store) -> None:
    url = "https://harbour.example.gov/r"
    track(store, url, "Washington, D.C.\n\n" + BODY + "\n\nPorts: Alder Birch Cedar Dune")
    result = track(store, url, "Washington, DC\n\n" + BODY + "\n\nPorts: Alder\n\nBirch Cedar\n\n"
                   "Dune", 1)
    assert result.change in ("trivial", None) or result.status == "unchanged"
    assert announced(store, result.document_id) in ([], [False])
