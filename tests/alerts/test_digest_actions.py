"""Digests present what documents announce: ordered by the kind of measure, each action with
its actor and verb, and an action said before marked as previously announced."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from alerts import SubscriptionConfig, digest_from_payload, make_digests
from alerts.render import render_html, render_slack, render_text
from monitor.clean import Cleaned
from monitor.tracking import track_page
from store import RawPage, Store

T0 = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
FUNDING = ("The Department will provide $12 million to train emergency medical technicians in "
           "rural counties.\n\nThe Department will also provide $3 million for naloxone kits in "
           "rural schools.")
SANCTIONS = ("Today, the Department of State is imposing visa restrictions on 14 officials of "
             "the Velmora port authority.\n\nThe Secretary thanked partners for their support.")
SUB = SubscriptionConfig(name="desk")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(f"sqlite:///{tmp_path / 'pw.db'}")
    s.start_cursor(SUB.name, T0 - timedelta(days=30))
    return s


def add(store: Store, url: str, body: str, at: datetime, title: str = "A statement") -> None:
    cleaned = Cleaned(url, title, at, tuple(body.split("\n\n")))
    track_page(store, cleaned, url=url, fetch_url=url,
               raw=RawPage(url, "text/html", body.encode()), source_id=None, at=at)


def test_documents_are_ordered_by_the_kind_of_measure_they_announce(store: Store) -> None:
    add(store, "https://s.gov/funding", FUNDING, T0, "Funding")  # more actions, lower kind
    add(store, "https://s.gov/sanctions", SANCTIONS, T0, "Visa restrictions")
    add(store, "https://s.gov/remarks", "The Secretary thanked partners for their support "
        "at the forum.", T0, "Remarks")
    (digest,) = make_digests(store, [SUB], T0)
    assert [i.title for i in digest.items] == ["Visa restrictions", "Funding", "Remarks"]
    assert [i.kinds for i in digest.items] == [("sanctions",), ("funding",), ()]
    text = render_text(digest)
    assert "Announces: Sanctions" in text and "Announces: Funding and assistance" in text
    assert "[the Department of State: imposing]" in text
    payload = digest.as_json()
    first = payload["items"][0]
    assert first["kinds"] == ["sanctions"]
    assert first["actions"][0] | {"text": ""} == {
        "text": "", "actor": "the Department of State", "verb": "imposing",
        "kind": "sanctions", "amount": None, "date": None, "previously_announced": None}


def test_an_action_announced_before_is_marked_with_its_date_and_link(store: Store) -> None:
    add(store, "https://s.gov/funding", FUNDING, T0 - timedelta(days=7), "First")
    make_digests(store, [SUB], T0 - timedelta(days=7))
    again = ("The Department will provide $12 million to train emergency medical technicians "
             "in rural counties.\n\nThe Department will provide $40 million for new treatment "
             "centres in Ohio.")
    add(store, "https://other.gov/fact-sheet", again, T0, "Fact sheet")
    (digest,) = make_digests(store, [SUB], T0)
    (item,) = digest.items
    repeat, fresh = item.actions
    assert repeat.previous_url == "https://s.gov/funding" and fresh.repeat_of is None
    assert digest.counts["actions"] == 1 and digest.counts["repeated"] == 1
    text = render_text(digest)
    assert ("(previously announced on 2026-11-13 (https://s.gov/funding))" in text)
    assert "1 action(s), 1 announced before" in text
    assert "previously announced on 2026-11-13" in render_html(digest)
    assert "previously announced" in json.dumps(render_slack(digest))
    previously = digest.as_json()["items"][0]["actions"][0]["previously_announced"]
    assert previously == {"url": "https://s.gov/funding",
                          "at": (T0 - timedelta(days=7)).isoformat()}


def test_a_digest_rebuilt_from_its_payload_is_the_same_digest(store: Store) -> None:
    add(store, "https://s.gov/funding", FUNDING, T0 - timedelta(days=7), "First")
    make_digests(store, [SUB], T0 - timedelta(days=7))
    add(store, "https://other.gov/again", FUNDING, T0, "Again")
    add(store, "https://s.gov/sanctions", SANCTIONS, T0, "Visa restrictions")
    (digest,) = make_digests(store, [SUB], T0)
    rebuilt = digest_from_payload(json.dumps(digest.as_json()))
    assert rebuilt.as_json() == digest.as_json()
    assert render_text(rebuilt) == render_text(digest)


def test_documents_whose_actions_were_all_announced_before_come_after_fresh_ones(
        store: Store) -> None:
    add(store, "https://s.gov/funding", FUNDING, T0 - timedelta(days=7), "First")
    make_digests(store, [SUB], T0 - timedelta(days=7))
    remarks = " ".join(f"The Secretary met nurses, paramedics and county officials in town "
                       f"number {n} to hear how treatment reaches patients far from any "
                       f"hospital." for n in range(8))
    add(store, "https://other.gov/again", FUNDING + "\n\n" + remarks, T0, "Again")
    add(store, "https://s.gov/new-funding", "The Department will provide $7 million for "
        "addiction counsellors in tribal clinics.", T0, "New money")
    (digest,) = make_digests(store, [SUB], T0)
    assert [i.title for i in digest.items] == ["New money", "Again"]
