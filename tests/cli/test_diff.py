"""`policywatch diff`: any two revisions word by word, coloured on a terminal only, errors
that name the revisions there are. Versions stored with `ingest` into a real SQLite file."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, invoke

URL = "https://ministry.example.gov/statements/quota"
PAGE = "<html><head><title>Quota</title></head><body><main><h1>Quota</h1>{}</main></body></html>"
VERSIONS = [
    ["The Ministry of Examples today cut the import quota by nearly 30 percent.",
     "The cut applies in Freedonia and Corvania.",
     "Officials said the quota is reviewed each spring."],
    ["The Ministry of Examples today cut the import quota by 31 percent.",
     "The cut applies in Freedonia and Corvania.",
     "Officials said the quota is reviewed each spring."],
    ["Officials said the quota is reviewed each spring.",  # moved first: no change
     "The Ministry of Examples today cut the import quota by 31 percent.",
     "The cut applies in Freedonia, Ostravia and Corvania.",
     "Traders may appeal within \x1b[2J\x1b[31m ten days &lt;script&gt;x()&lt;/script&gt;."],
]


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    """A config whose database holds three revisions of one statement."""
    config = tmp_path / "policywatch.toml"
    config.write_text(f'[storage]\ndatabase = "sqlite:///{tmp_path / "pw.db"}"\n',
                      encoding="utf-8")
    files = []
    for n, paragraphs in enumerate(VERSIONS):
        page = tmp_path / f"v{n + 1}.html"
        page.write_text(PAGE.format("".join(f"<p>{p}</p>" for p in paragraphs)),
                        encoding="utf-8")
        files.append(str(page))
    result = invoke("ingest", "--config", str(config), "--url", URL, "--json", *files)
    assert [json.loads(line)["status"] for line in result.stdout.splitlines()] == [
        "new", "revision", "revision"]
    return config


def test_from_and_to_compare_any_two_revisions_word_by_word(stored: Path) -> None:
    result = invoke("diff", "--config", str(stored), "--from", "1", "--to", "3", URL)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1].startswith("revision 1 -> 3 of 3")
    assert "~ The Ministry of Examples today cut the import quota by [-nearly 30-]{+31+} " \
           "percent." in lines
    assert "~ The cut applies in Freedonia{+, Ostravia+} and Corvania." in lines
    assert not any("reviewed each spring" in line for line in lines)  # it only moved
    (added,) = [line for line in lines if line.startswith("+ ")]
    assert "\x1b" not in added
    assert added.endswith("within [2J[31m ten days <script>x()</script>.")


def test_default_is_the_latest_revision_against_the_one_before(stored: Path) -> None:
    data = json.loads(invoke("diff", "--config", str(stored), "--json", URL).stdout)
    assert (data["from"], data["to"]) == (2, 3)
    assert [c["before"] for c in data["changes"]] == [
        "The cut applies in Freedonia and Corvania.", ""]
    words = data["changes"][0]["words"]
    assert {"op": "insert", "text": ", Ostravia"} in words
    assert "".join(w["text"] for w in words if w["op"] != "delete") == data["changes"][0]["after"]
    first = json.loads(invoke("diff", "--config", str(stored), "--json", "--rev", "2",
                              URL).stdout)
    assert first["changes"] == [{
        "before": VERSIONS[0][0], "after": VERSIONS[1][0],
        "words": [{"op": "equal", "text": "The Ministry of Examples today cut the import quota "
                                          "by "},
                  {"op": "delete", "text": "nearly 30"}, {"op": "insert", "text": "31"},
                  {"op": "equal", "text": " percent."}]}]
    one = invoke("diff", "--config", str(stored), "--rev", "1", URL)
    assert "(first version: nothing to compare)" in one.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("--to", "7"), "document #1 has no revision 7 (--to); it has revision(s) 1..3.\n"),
    (("--from", "0"), "document #1 has no revision 0 (--from); it has revision(s) 1..3.\n"),
    (("--rev", "4"), "document #1 has no revision 4 (--rev); it has revision(s) 1..3.\n"),
])
def test_a_missing_revision_is_one_line_naming_those_there_are(
        stored: Path, args: tuple[str, ...], message: str) -> None:
    result = invoke("diff", "--config", str(stored), *args, URL)
    assert result.returncode == 1
    assert result.stderr.endswith(message) and result.stderr.count("\n") == 1


def test_rev_with_from_is_a_usage_error(stored: Path) -> None:
    result = invoke("diff", "--config", str(stored), "--rev", "2", "--from", "1", URL)
    assert result.returncode == 2 and "either --rev N or --from N/--to M" in result.stderr


def on_terminal(config: Path, **env: str) -> str:
    """`policywatch diff` as a real process whose stdout is a terminal (a pty)."""
    leader, follower = pty.openpty()
    environ = {**os.environ, "POLICYWATCH_NOW": "", **env}
    environ.pop("NO_COLOR", None) if "NO_COLOR" not in env else None
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "diff", "--config", str(config),
                             "--from", "1", URL], stdout=follower, stderr=subprocess.PIPE,
                            cwd=ROOT, env=environ)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the process closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(leader)
    assert proc.wait(timeout=60) == 0, proc.stderr.read() if proc.stderr else ""
    return out.decode()


def test_words_are_coloured_on_a_terminal_unless_no_color(stored: Path) -> None:
    coloured = on_terminal(stored)
    assert "\x1b[31m" in coloured and "\x1b[32m" in coloured and "[-" not in coloured
    assert "\x1b[2J" not in coloured  # the page's escape sequences never reach the terminal
    plain = on_terminal(stored, NO_COLOR="1")
    assert "\x1b" not in plain and "[-nearly 30-]{+31+}" in plain
    forced = invoke("diff", "--config", str(stored), "--color", "always", URL)
    assert "\x1b[32m" in forced.stdout
