"""The hand-labelled government pages of fixtures/actions/pages.json still rebuild exactly."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "fixtures" / "actions"


def load(name: str) -> ModuleType:
    """fixtures/actions/<name>.py, which is a script and not a package."""
    spec = importlib.util.spec_from_file_location(f"actions_{name}", FOLDER / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pages() -> ModuleType:
    return load("pages")


def test_the_labels_hold_no_text_and_are_well_formed() -> None:
    spec = json.loads((FOLDER / "pages.json").read_text(encoding="utf-8"))
    ids = [d["id"] for d in spec["documents"]]
    assert len(ids) == len(set(ids))
    for d in spec["documents"]:
        assert set(d) == {"id", "link", "file", "select", "site", "kind", "split", "actions",
                          "hashes"}
        assert d["split"] in {"train", "lockbox"}
        assert all(len(h) == 8 and int(h, 16) >= 0 for h in d["hashes"])
        assert len(d["hashes"]) >= 3
        assert sorted(set(d["actions"])) == d["actions"]
        assert all(0 <= i < len(d["hashes"]) for i in d["actions"])
    splits = [d["split"] for d in spec["documents"]]
    assert abs(splits.count("lockbox") - len(splits) / 3) <= 1


def test_every_hash_matches_the_shared_data(pages: ModuleType) -> None:
    if not pages.available():
        pytest.skip(f"the labelled pages live in {pages.DATA} (../shared/data), "
                    "which is not present")
    documents = pages.rebuild()
    assert len(documents) == len(pages.load_spec()["documents"])
    assert all(len(d.sentences) >= 3 for d in documents)


def test_a_changed_sentence_is_caught(pages: ModuleType, tmp_path: Path) -> None:
    if not pages.available():
        pytest.skip(f"the labelled pages live in {pages.DATA} (../shared/data), "
                    "which is not present")
    spec = pages.load_spec()
    spec["documents"] = spec["documents"][:1]
    spec["documents"][0]["hashes"][0] = "00000000"
    changed = tmp_path / "pages.json"
    changed.write_text(json.dumps(spec), encoding="utf-8")
    with pytest.raises(pages.LabelDrift):
        pages.rebuild(changed)


def test_a_missing_element_is_caught(pages: ModuleType) -> None:
    with pytest.raises(pages.LabelDrift):
        pages.page_text("<html><body><p>One. Two. Three.</p></body></html>", "main article")
    text = pages.page_text("<main><p>A  b.</p><nav><li>c</li></nav><p> </p></main>", "main")
    assert text == "A b.\n\nc"


def test_the_draw_and_the_lockbox_are_reproducible(pages: ModuleType) -> None:
    if not pages.available():
        pytest.skip(f"the labelled pages live in {pages.DATA} (../shared/data), "
                    "which is not present")
    sys.path.insert(0, str(FOLDER))
    try:
        draw_pages = load("draw_pages")
    finally:
        sys.path.remove(str(FOLDER))
    chosen = [page for page, why in draw_pages.candidates() if why == "candidate"]
    drawn = [(draw_pages.document_id(page), page.file, split)
             for page, _, split in draw_pages.draw(chosen)]
    written = [(d["id"], d["file"], d["split"]) for d in pages.load_spec()["documents"]]
    assert drawn == written
