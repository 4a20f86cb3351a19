"""bench/profile_clean.py times each phase of the cleaner, and leaves the cleaner as it was."""

from __future__ import annotations

from pathlib import Path

from monitor.clean import clean_html
from monitor.clean import html as clean_module
from tests.bench_module import load

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "clean"


def test_every_phase_is_timed_and_the_cleaner_is_restored_after() -> None:
    profile = load("profile_clean")
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
