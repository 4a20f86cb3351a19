"""Tracking: new, unchanged, revisions with sentence diffs, duplicates, raw pages, search."""

from __future__ import annotations

import sqlite3
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from store import RawPage, Store, sentence_diff

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
TEXT = (
    "The Department of State today designated two companies that supply precursor chemicals "
    "to illicit fentanyl producers. The designations freeze any property the companies hold "
    "in the United States.\n\n"
    "The Department will also offer a reward of up to $5 million for information leading to "
    "the arrest of the network's leaders. Secretary Ellison said the measures show resolve."
)


def track(store: Store, url: str, body: str, title: str = "Designations", **kw: object):
    raw = RawPage(url, "text/html", f"<html><p>{body}</p></html>".encode())
    return store.track(url=url, fetch_url=url, title=title, published=None, body=body,
                       raw=raw, source_id=None, at=kw.pop("at", NOW), **kw)  # type: ignore[arg-type]


def test_first_sight_is_new_and_same_text_is_unchanged(store: Store) -> None:
    assert track(store, "https://a.gov/1", TEXT).status == "new"
    assert track(store, "https://a.gov/1", TEXT).status == "unchanged"
    assert store.document("https://a.gov/1").revision_count == 1


def test_cosmetic_text_changes_make_no_revision(store: Store) -> None:
    track(store, "https://a.gov/1", TEXT)
    cosmetic = TEXT.replace("'", "\u2019").replace(". ", ".  ")
    assert track(store, "https://a.gov/1", cosmetic).status == "unchanged"


def test_text_edit_makes_a_revision_with_its_sentence_diff(store: Store) -> None:
    track(store, "https://a.gov/1", TEXT)
    edited = TEXT + " The Department will also provide $12 million to partner laboratories."
    result = track(store, "https://a.gov/1", edited, at=NOW + timedelta(hours=1))
    assert result.status == "revision"
    assert result.change == "substantive"
    added = "The Department will also provide $12 million to partner laboratories."
    assert result.added == (added,)
    assert result.removed == ()
    revs = store.revisions(result.document_id)
    assert [r.number for r in revs] == [1, 2]
    assert revs[1].added == result.added


def test_returning_to_an_earlier_text_is_flapping(store: Store) -> None:
    track(store, "https://a.gov/1", TEXT)
    track(store, "https://a.gov/1", TEXT + " An extra sentence appears here.")
    assert track(store, "https://a.gov/1", TEXT).change == "flapping"


def test_only_numbers_changing_is_trivial(store: Store) -> None:
    track(store, "https://a.gov/1", TEXT + " This page has been viewed 120 times.")
    result = track(store, "https://a.gov/1", TEXT + " This page has been viewed 125 times.")
    assert result.status == "revision" and result.change == "trivial"


def test_repost_at_another_url_is_a_duplicate_of_the_first(store: Store) -> None:
    track(store, "https://a.gov/1", TEXT)
    repost = "The following statement was released by the Department:\n\n" + TEXT
    result = track(store, "https://b.gov/x", repost)
    assert result.status == "duplicate"
    assert result.duplicate_of == "https://a.gov/1"
    assert result.similarity is not None and result.similarity >= 90


def test_exact_copy_is_a_duplicate_with_similarity_100(store: Store) -> None:
    track(store, "https://a.gov/1", TEXT)
    result = track(store, "https://b.gov/1", TEXT)
    assert (result.status, result.similarity) == ("duplicate", 100.0)


def test_raw_html_is_kept_compressed_and_readable(store: Store, tmp_path: Path) -> None:
    track(store, "https://a.gov/1", TEXT)
    rev = store.revisions(1)[0]
    assert rev.raw_id is not None
    assert b"precursor chemicals" in store.raw_body(rev.raw_id)
    stored = sqlite3.connect(tmp_path / "pw.db").execute("SELECT body FROM raw_pages").fetchone()[0]
    assert zlib.decompress(stored) == store.raw_body(rev.raw_id)


def test_full_text_search_finds_title_and_text(store: Store) -> None:
    track(store, "https://a.gov/1", TEXT, title="Designations of precursor suppliers")
    hits = store.search("reward")
    assert [d.url for d, _ in hits] == ["https://a.gov/1"]
    assert "[reward]" in hits[0][1]


def test_baseline_events_are_never_announced(store: Store) -> None:
    track(store, "https://a.gov/1", TEXT, baseline=True)
    track(store, "https://a.gov/2", TEXT.replace("two companies", "three firms")
          .replace("$5 million", "$9 million") + " Totally new closing words here.")
    events = store.events()
    assert (events[0].kind, events[0].baseline, events[0].announce) == ("new", True, False)


def test_sentence_diff_ignores_sentences_that_only_moved() -> None:
    old = "Alpha one is here. Beta two is here. Gamma three is here."
    new = "Gamma three is here. Alpha one is here. Beta two is here."
    assert sentence_diff(old, new) == ((), ())
