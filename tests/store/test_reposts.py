"""An edit to a re-post: a change of its original (saying where), or a statement of its own.

Fixtures: fixtures/reposts/, a joint statement of our own and its re-post, edited.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from alerts import SubscriptionConfig, digest_from_payload, make_digests
from alerts.render import render_text
from monitor.clean import Cleaned
from monitor.tracking import track_page
from store import RawPage, Store, TrackResult
from store.reposts import carries
from tests.pgserver import find_bindir, postgres_server

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "reposts"
T0 = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
SUB = SubscriptionConfig(name="desk")
ORIGINAL, COPY = "https://state.example/joint-velmora", "https://embassy.example/velmora"


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    """A PostgreSQL server for this module (skipped where none is installed)."""
    pytest.importorskip("psycopg", reason="psycopg is not installed: pip install -e '.[test]'")
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (no initdb found; set PG_BIN)")
    with postgres_server(bindir) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same store on SQLite and on PostgreSQL: the judgement is in SQL on both."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'pw.db'}"
    else:
        server = request.getfixturevalue("pg_server")
        name = "pw_" + uuid.uuid4().hex[:12]
        engine = create_engine(server, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        url = server.replace("/postgres?", f"/{name}?")
    s = Store(url)
    s.start_cursor(SUB.name, T0 - timedelta(days=30))
    yield s
    s.close()


def add(store: Store, url: str, name: str, hours: int) -> TrackResult:
    title, body = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").strip().split("\n\n", 1)
    at = T0 + timedelta(hours=hours)
    cleaned = Cleaned(url, title, at, tuple(body.split("\n\n")))
    return track_page(store, cleaned, url=url, fetch_url=url,
                      raw=RawPage(url, "text/html", body.encode()), source_id=None, at=at)


def posted(store: Store) -> None:
    """The original announced, its copy stored as a re-post, and a digest sent for them."""
    assert add(store, ORIGINAL, "original", 0).status == "new"
    assert add(store, COPY, "copy", 1).status == "duplicate"
    (first,) = make_digests(store, [SUB], T0 + timedelta(hours=2))
    assert [(i.kind, i.url, i.also_at) for i in first.items] == [("new", ORIGINAL, (COPY,))]


@pytest.mark.parametrize("edit", ["copy-signatory", "copy-number"])
def test_an_edit_at_a_reposts_url_is_announced_as_a_change_of_the_original(
        store: Store, edit: str) -> None:
    posted(store)
    result = add(store, COPY, edit, 5)
    assert result.status == "revision" and result.change == "substantive"
    assert store.document(COPY).duplicate_of == store.document(ORIGINAL).id  # still a copy
    (digest,) = make_digests(store, [SUB], T0 + timedelta(hours=6))
    (item,) = digest.items
    assert (item.kind, item.url, item.edited_at) == ("changed", ORIGINAL, (COPY,))
    assert item.title == "Joint Statement on Safe Passage in the Strait of Velmora"
    assert item.summary == f"Edited at {COPY}: 1 sentence added, 1 sentence removed."
    payload = digest.as_json()["items"][0]
    assert payload["url"] == ORIGINAL and payload["edited_at"] == [COPY]
    assert "was_copy_of" not in payload
    # What a channel sends is rebuilt from the stored payload: the field survives it.
    assert digest_from_payload(json.dumps(digest.as_json())).items[0].edited_at == (COPY,)
    assert f"Edited at {COPY}" in render_text(digest)


def test_an_edit_the_original_already_carries_is_not_announced_again(store: Store) -> None:
    posted(store)
    assert add(store, ORIGINAL, "original-signatory", 3).change == "substantive"
    (changed,) = make_digests(store, [SUB], T0 + timedelta(hours=4))
    assert [(i.kind, i.url, i.edited_at) for i in changed.items] == [("changed", ORIGINAL, ())]
    assert add(store, COPY, "copy-signatory", 5).change == "substantive"
    assert make_digests(store, [SUB], T0 + timedelta(hours=6)) == []


def test_the_original_catching_up_with_an_announced_copy_edit_is_not_news_again(
        store: Store) -> None:
    posted(store)
    add(store, COPY, "copy-signatory", 3)
    (edit,) = make_digests(store, [SUB], T0 + timedelta(hours=4))
    assert [(i.url, i.edited_at) for i in edit.items] == [(ORIGINAL, (COPY,))]
    assert add(store, ORIGINAL, "original-signatory", 5).change == "substantive"
    assert make_digests(store, [SUB], T0 + timedelta(hours=6)) == []


def test_a_copy_edited_into_another_statement_is_announced_as_new(store: Store) -> None:
    posted(store)
    result = add(store, COPY, "copy-apart", 5)
    assert result.status == "new"
    doc = store.document(COPY)
    assert doc.duplicate_of is None and doc.similarity is None
    (digest,) = make_digests(store, [SUB], T0 + timedelta(hours=6))
    (item,) = digest.items
    assert (item.kind, item.url, item.was_copy_of) == ("new", COPY, ORIGINAL)
    assert item.title == "Joint Statement on the Reopening of the Strait of Velmora"
    assert item.also_at == ()
    assert digest.as_json()["items"][0]["was_copy_of"] == ORIGINAL
    # A later edit of it is its own change, no longer its former original's.
    assert store.duplicates_of(store.document(ORIGINAL).id) == []


def test_an_unedited_copy_and_a_trivial_edit_announce_nothing(store: Store) -> None:
    posted(store)
    assert add(store, COPY, "copy", 5).status == "unchanged"
    assert make_digests(store, [SUB], T0 + timedelta(hours=6)) == []


def test_carries_wants_every_added_sentence_and_no_removed_one() -> None:
    text = "The fund grows to $9 million. Tarsenia joins the statement."
    assert carries(text, ("The fund grows to $9 million.",), ("The fund grows to $4 million.",))
    assert not carries(text, ("Lumeria joins too.",), ())
    assert not carries(text, (), ("Tarsenia joins the statement.",))
