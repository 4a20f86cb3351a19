"""`policywatch reclean`: the current cleaner over stored raw pages; revisions on real change."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from store import Store
from tests.conftest import invoke
from tests.harbor import FRAME_LINES, STATEMENTS, render, url


def _config(tmp_path: Path) -> Path:
    cfg = tmp_path / "policywatch.toml"
    cfg.write_text(f'[storage]\ndatabase = "sqlite:///{tmp_path / "pw.db"}"\n', encoding="utf-8")
    return cfg


def test_reclean_learns_the_hosts_template_and_revises_only_texts_that_change(
        tmp_path: Path) -> None:
    cfg = _config(tmp_path)
    for i, (title, sentences) in enumerate(STATEMENTS[:4]):
        page = tmp_path / f"p{i}.html"
        page.write_text(render(title, sentences), encoding="utf-8")
        stored = invoke("ingest", "--config", str(cfg), "--url", url(i), "--json", str(page))
        assert stored.returncode == 0, stored.stderr
    db = sqlite3.connect(tmp_path / "pw.db")
    before = db.execute("SELECT text FROM revisions WHERE number = 1 ORDER BY id").fetchall()
    # Ingested as if fetched: the first pages of the host teach its template to the store,
    # and only the next page is cleaned with it.
    leaked = [any(line in text for line in FRAME_LINES) for (text,) in before]
    assert leaked == [True, True, True, False]

    first = invoke("reclean", "--config", str(cfg), "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout) == {"documents": 4, "revised": 3, "unchanged": 1,
                                        "empty": 0, "learned": 0}
    latest = db.execute("SELECT r.text FROM revisions r JOIN documents d ON d.id = r.document_id"
                        " AND r.number = d.revision_count ORDER BY d.id").fetchall()
    for (text,), (_, sentences) in zip(latest, STATEMENTS, strict=False):
        assert text == "\n\n".join(sentences)
    announced = db.execute("SELECT count(*) FROM events WHERE kind = 'changed' AND announce")
    assert announced.fetchone()[0] == 0, "a cleaner change is not news"

    again = invoke("reclean", "--config", str(cfg))
    assert again.returncode == 0, again.stderr
    assert "4 documents re-cleaned: 0 revised, 4 unchanged" in again.stdout
    assert db.execute("SELECT count(*) FROM revisions").fetchone()[0] == 7


def test_reclean_on_an_empty_store_reports_zero(tmp_path: Path) -> None:
    config = _config(tmp_path)
    missing = invoke("reclean", "--config", str(config), "--json")
    assert missing.returncode == 1 and "no database at" in json.loads(missing.stderr)["error"]
    assert not list(tmp_path.glob("*.db"))  # nothing to re-clean, and nothing created
    Store(f"sqlite:///{tmp_path / 'pw.db'}").close()
    result = invoke("reclean", "--config", str(config), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["documents"] == 0
