"""Stored actions: their details, repeats of an earlier announcement, the 0005 migration."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from store import NewAction, Store

T0 = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
FUNDING = ("The Department of Health will provide $12 million to train emergency medical "
           "technicians in rural counties to start buprenorphine treatment in the field.")
REWARD = ("The Department of State is offering a reward of up to $5 million for information "
          "leading to the arrest of Joseph Stannard, the leader of the Halden network.")


def page(store: Store, url: str, actions: list[str], at: datetime) -> tuple[int, int]:
    body = " ".join(actions) + f" A page at {url} with its own words."
    result = store.track(url=url, fetch_url=url, title=url, published=at, body=body, raw=None,
                         source_id=None, at=at)
    assert result.revision_id is not None
    store.record_actions(result.document_id, result.revision_id,
                         [NewAction(text, "The Department", "provide", "funding",
                                    amount="$12 million", confidence=0.85) for text in actions])
    return result.document_id, result.revision_id


def test_details_are_stored_and_read_back(store: Store) -> None:
    _, rev = page(store, "https://a.gov/1", [FUNDING], T0)
    (action,) = store.actions_of(rev)
    assert (action.kind, action.amount, action.confidence) == ("funding", "$12 million", 0.85)
    assert action.repeat_of is None and action.previous_url is None


def test_an_action_said_again_in_a_later_document_is_a_repeat_of_the_first(store: Store) -> None:
    _, first_rev = page(store, "https://a.gov/1", [FUNDING], T0)
    (first,) = store.actions_of(first_rev)
    reworded = FUNDING.replace("will provide", "will also provide")
    _, second_rev = page(store, "https://b.gov/2", [reworded], T0 + timedelta(days=7))
    _, third_rev = page(store, "https://c.gov/3", [FUNDING], T0 + timedelta(days=9))
    (second,) = store.actions_of(second_rev)
    (third,) = store.actions_of(third_rev)
    assert second.repeat_of == first.id and third.repeat_of == first.id  # always the first
    assert second.previous_url == "https://a.gov/1"
    assert second.previous_at == T0


def test_the_same_template_filled_differently_is_not_a_repeat(store: Store) -> None:
    page(store, "https://a.gov/1", [REWARD], T0)
    other = REWARD.replace("Joseph Stannard", "Mira Olsen").replace("Halden", "Velmora")
    _, rev = page(store, "https://a.gov/2", [other], T0 + timedelta(days=1))
    (action,) = store.actions_of(rev)
    assert action.repeat_of is None


def test_an_unrelated_action_is_not_a_repeat(store: Store) -> None:
    page(store, "https://a.gov/1", [FUNDING], T0)
    _, rev = page(store, "https://a.gov/2", [REWARD], T0 + timedelta(days=1))
    assert store.actions_of(rev)[0].repeat_of is None


def test_migration_0005_adds_the_details_to_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    Store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:  # make it a database from before 0005
        conn.executescript("""
            DROP TABLE action_keys;
            DROP TABLE actions;
            CREATE TABLE actions (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                revision_id INTEGER NOT NULL REFERENCES revisions (id) ON DELETE CASCADE,
                position INTEGER NOT NULL, text TEXT NOT NULL, actor TEXT NOT NULL,
                verb VARCHAR(100) NOT NULL);
            CREATE INDEX ix_actions_revision ON actions (revision_id);
            DELETE FROM migrations WHERE name = '0005_action_details';
        """)
    reopened = Store(f"sqlite:///{path}")
    _, rev = page(reopened, "https://a.gov/1", [FUNDING], T0)
    assert reopened.actions_of(rev)[0].kind == "funding"
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY name")]
    assert "0005_action_details" in names
