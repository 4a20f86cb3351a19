"""Browsing what was found, over the demo's database: history filtered by time, source
and kind; the stored actions listed and filtered; show with the actions and the source;
and a preview that says a new subscription starts after the newest event."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from monitor.demo import run_demo
from tests.conftest import SITE, invoke

pytestmark = pytest.mark.skipif(not (SITE / "epoch1").is_dir(), reason="the site is missing")
EPOCH2 = "2026-11-17T10:00:00Z"  # between the demo's two epochs (09:00 and 11:00)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    run_demo(folder, echo=lambda _line: None)
    return folder / "demo.toml"


def query(demo: Path, *args: str) -> Any:
    result = invoke(*args, "--json", "--config", str(demo))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_history_filters_by_kind_time_and_source(demo: Path) -> None:
    everything = query(demo, "history", "--limit", "500")
    changed = query(demo, "history", "--kind", "changed")
    removed = query(demo, "history", "--kind", "removed")
    later = query(demo, "history", "--since", EPOCH2, "--limit", "500")
    assert 0 < len(changed) < len(everything) and len(removed) >= 1
    assert all(d["status"] == "removed" for d in removed)
    assert all(d["revision_count"] >= 2 for d in changed)
    assert 0 < len(later) < len(everything)  # epoch 2's news, edits and removals only
    atom = query(demo, "history", "--source", "Press releases (Atom)", "--limit", "500")
    assert atom and all("/news/" in d["url"] for d in atom)
    new_since = query(demo, "history", "--kind", "new", "--since", EPOCH2)
    assert new_since and all(d["first_seen_at"] >= "2026-11-17T11" for d in new_since)
    none = invoke("history", "--source", "No such source", "--config", str(demo))
    assert "No stored document matches" in none.stdout


def test_stored_actions_are_listed_and_filtered(demo: Path) -> None:
    every = query(demo, "actions", "--limit", "1000")
    sanctions = query(demo, "actions", "--kind", "sanctions")
    assert every and sanctions and all(a["kind"] == "sanctions" for a in sanctions)
    assert {"text", "actor", "verb", "kind", "document", "source", "found_at"} <= set(every[0])
    treasury = query(demo, "actions", "--actor", "treasury")
    assert treasury and all("treasury" in a["actor"].lower() for a in treasury)
    later = query(demo, "actions", "--since", EPOCH2, "--limit", "1000")
    assert 0 < len(later) < len(every)
    assert any(a["previously_announced"] for a in later)  # the reward offer's repeat
    atom = query(demo, "actions", "--source", "Press releases (Atom)", "--limit", "1000")
    assert atom and all(a["source"] == "Press releases (Atom)" for a in atom)
    bad = invoke("actions", "--kind", "sanction", "--config", str(demo))
    assert bad.returncode == 2 and "sanctions" in bad.stderr


def test_show_includes_the_documents_actions_and_source(demo: Path) -> None:
    (changed, *_) = query(demo, "history", "--kind", "changed")
    shown = query(demo, "show", str(changed["id"]))
    assert shown["source"] and shown["actions"]
    assert {a["revision"] for a in shown["actions"]} <= {r["number"] for r in shown["revisions"]}
    human = invoke("show", str(changed["id"]), "--config", str(demo))
    assert f"source: {shown['source']}" in human.stdout and "action(s):" in human.stdout


def test_preview_says_a_new_subscription_starts_after_the_newest_event(
        demo: Path, tmp_path: Path) -> None:
    text = demo.read_text(encoding="utf-8")
    extra = tmp_path / "extra.toml"
    extra.write_text(text.replace('database = "demo.db"', f'database = "{demo.parent}/demo.db"')
                     + '\n[[subscriptions]]\nname = "newcomer"\nwebhook = '
                     '"http://127.0.0.1:9/hook"\n', encoding="utf-8")
    human = invoke("digest", "--preview", "newcomer", "--config", str(extra))
    assert "newcomer is a new subscription: it starts after the newest stored event" in \
        human.stdout
    (preview,) = json.loads(invoke("digest", "--preview", "--json", "newcomer", "--config",
                                   str(extra)).stdout)
    assert preview["new_subscription"] is True and preview["items"] == []
    (desk,) = query(demo, "digest", "--preview")
    assert desk["new_subscription"] is False
