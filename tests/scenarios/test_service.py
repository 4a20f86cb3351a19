"""The README's systemd units (the daemon and the template for several workers) pass
`systemd-analyze verify`, with ExecStart pointed at the real entry point."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.scenarios.test_readme import README

pytestmark = pytest.mark.skipif(shutil.which("systemd-analyze") is None,
                                reason="systemd-analyze is not installed here")
UNITS = re.findall(r"```ini\n(.*?)```", README, re.DOTALL)


def entry_point() -> str:
    found = Path(sys.executable).with_name("policywatch")
    return str(found) if found.exists() else shutil.which("policywatch") or ""


def verify(tmp_path: Path, name: str, text: str) -> subprocess.CompletedProcess[str]:
    unit = tmp_path / name
    unit.write_text(text.replace("/opt/policywatch/bin/policywatch", entry_point()),
                    encoding="utf-8")
    return subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True,
                          text=True, timeout=120, check=False)


def test_the_readme_shows_a_daemon_unit_and_a_template_unit() -> None:
    assert len(UNITS) == 3
    daemon, template, worker = UNITS
    assert "ExecStart=/opt/policywatch/bin/policywatch daemon --config" in worker
    assert "ExecStart=/opt/policywatch/bin/policywatch daemon --config" in daemon
    assert "%i.toml" in template and "StateDirectory=policywatch/%i" in template


@pytest.mark.parametrize(("name", "index"), [("policywatch.service", 0),
                                             ("policywatch@desk.service", 1),
                                             ("policywatch-worker@1.service", 2)])
def test_each_unit_passes_systemd_analyze_verify(tmp_path: Path, name: str, index: int) -> None:
    if not entry_point():
        pytest.skip("the policywatch entry point is not installed")
    result = verify(tmp_path, name, UNITS[index])
    messages = [line for line in result.stderr.splitlines() if name in line]
    assert result.returncode == 0 and not messages, result.stderr


def test_verify_catches_a_broken_unit(tmp_path: Path) -> None:
    broken = UNITS[0].replace("Restart=on-failure", "Restart=sometimes")
    result = verify(tmp_path, "broken.service", broken)
    assert "broken.service" in result.stderr  # so the checks above would see a mistake
