"""bench/profile_clean.py times each phase of the cleaner, and leaves the cleaner as it was."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from monitor import clean_html as clean_module
from monitor.clean import clean_html

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures" / "clean"


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_profile_clean",
                                                  ROOT / "bench" / "profile_clean.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_phase_is_timed_and_the_cleaner_is_restored_after() -> None:
    profile = load()
    docs = [((FIXTURES / f"{name}.html").read_text(encoding="utf-8"), f"https://example.gov/{name}")
            for name in ("briefing", "press-release")] * 5
    before = [clean_html(html, url) for html, url in docs]
    functions = {name: getattr(clean_module, name) for _, _, name in profile.PHASES}
    spent = profile.phase_times(docs)
    total = spent.pop("total")
    assert set(spent) == {label for label, _, _ in profile.PHASES}
    assert all(seconds > 0 for seconds in spent.values())
    assert sum(spent.values()) <= total
    assert all(getattr(clean_module, name) is f for name, f in functions.items())
    assert [clean_html(html, url) for html, url in docs] == before
