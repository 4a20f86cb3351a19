"""Config loading: validation messages name the file, the key and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import load_config, parse_duration
from monitor.errors import ConfigError


def write(tmp_path: Path, body: str) -> str:
    path = tmp_path / "policywatch.toml"
    path.write_text(body, encoding="utf-8")
    return str(path)


def test_contract_example_loads(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, """
[storage]
database = "sqlite:///policywatch.db"

[[sources]]
name = "State Department press releases"
url = "https://www.state.gov/rss-feed/press-releases/feed/"
kind = "feed"
every = "15m"

[[subscriptions]]
name = "drug-policy desk"
email = ["desk@example.org"]
webhook = "https://hooks.example.org/x"
keywords = ["fentanyl", "precursor"]
schedule = "immediate"

[smtp]
host = "127.0.0.1"
port = 25
sender = "policywatch@example.org"
"""))
    assert config.sources[0].every_seconds == 900
    assert config.subscriptions[0].keywords == ("fentanyl", "precursor")
    assert config.smtp is not None and config.smtp.host == "127.0.0.1"


def test_unknown_key_lists_the_valid_ones(tmp_path: Path) -> None:
    path = write(tmp_path, '[[sources]]\nname = "a"\nurl = "https://a.gov/feed"\nurll = "x"\n')
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert path in message and 'unknown key "urll"' in message and "every" in message


def test_each_mistake_is_reported_with_its_key(tmp_path: Path) -> None:
    path = write(tmp_path, '[[sources]]\nname = "a"\nurl = "ftp://x"\nkind = "rss"\n'
                           'every = "5 minutes"\n\n[smtp]\nport = 25\n')
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    for key in ("sources[0].url", "sources[0].kind", "sources[0].every", "smtp: missing \"host\""):
        assert key in message
    assert '"30s", "15m"' in message


def test_bad_toml_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"not valid TOML.*line 2"):
        load_config(write(tmp_path, '[storage]\ndatabase = \n'))


def test_missing_explicit_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(str(tmp_path / "nope.toml"))


def test_no_config_gives_the_default_government_sources(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("POLICYWATCH_CONFIG", raising=False)
    config = load_config(None)
    urls = " ".join(s.url for s in config.sources)
    assert len(config.sources) >= 5
    assert "whitehouse.gov" in urls and "state.gov" in urls
    assert config.storage.database == "sqlite:///policywatch.db"


def test_environment_variable_names_the_config(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, '[[sources]]\nname = "only"\nurl = "https://a.gov/feed"\n')
    monkeypatch.chdir(tmp_path / "..")
    monkeypatch.setenv("POLICYWATCH_CONFIG", path)
    assert [s.name for s in load_config(None).sources] == ["only"]


def test_duplicate_source_names_are_refused(tmp_path: Path) -> None:
    body = '[[sources]]\nname = "a"\nurl = "https://a.gov/1"\n' * 2
    with pytest.raises(ConfigError, match='two sources are named "a"'):
        load_config(write(tmp_path, body))


@pytest.mark.parametrize(("text", "seconds"), [("30s", 30), ("15m", 900), ("2h", 7200),
                                                ("1d", 86400)])
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds
