"""A non-editable install (the wheel, as pip or pipx install it) runs `policywatch demo`
from any folder: the demo's site ships in the package, and the commands the demo prints
run as printed. Slow (it builds the wheel and a virtualenv), but part of the suite."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.scenarios.test_demo import printed_commands, run_printed

pytestmark = pytest.mark.slow


def test_the_wheel_installed_in_a_fresh_venv_runs_the_demo_from_another_folder(
        tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        capture_output=True, text=True, timeout=600, check=False)
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("policywatch-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python, policywatch = venv / "bin" / "python", venv / "bin" / "policywatch"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
                   check=True, timeout=300, capture_output=True)
    # The dependencies come from the test environment (a path, not its .pth files, so the
    # editable checkout is not importable there); policywatch itself only from the wheel.
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig."
                                "get_paths()['purelib'])"], capture_output=True, text=True,
                               check=True).stdout.strip())
    (site / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n",
                                                encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run([str(python), "-c", "import monitor; print(monitor.__file__)"],
                           cwd=elsewhere, capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(venv)), where
    demo = subprocess.run([str(policywatch), "demo", "--dir", str(tmp_path / "demo")],
                          cwd=elsewhere, capture_output=True, text=True, timeout=300,
                          check=False)
    assert demo.returncode == 0, demo.stdout + demo.stderr
    assert "The SMTP server received 1 e-mail(s)" in demo.stdout
    commands = printed_commands(demo.stdout)
    assert all(c.startswith(str(policywatch)) for c in commands)  # not on PATH: its path
    run_printed(commands, elsewhere)
