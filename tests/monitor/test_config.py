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


def test_no_config_gives_the_default_sources_and_a_database_in_the_data_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("POLICYWATCH_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    config = load_config(None)
    urls = " ".join(s.url for s in config.sources)
    assert len(config.sources) >= 5
    assert "whitehouse.gov" in urls and "state.gov" in urls
    assert config.path is None
    data = tmp_path / "data" / "policywatch"
    assert config.storage.database == f"sqlite:///{data / 'policywatch.db'}"


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


SOURCE = '[[sources]]\nname = "State"\nurl = "https://a.gov/feed"\n'


@pytest.mark.parametrize(("body", "key", "fix"), [
    ('[[subscriptions]]\nname = "desk"\nkeywords = ["x"]\n', "subscriptions[0]:",
     'Add email = ["desk@example.org"] or webhook'),
    ('[[subscriptions]]\nname = "desk"\nemail = ["d@example.org"]\n',
     "subscriptions[0].email: e-mail needs an [smtp] table", 'host = "mail.example.org"'),
    ('[[subscriptions]]\nname = "desk"\nwebhook = "https://h.example.org/x"\n'
     'sources = ["Stat"]\n', 'subscriptions[0].sources: "Stat" is not the name',
     'configured: "State"'),
])
def test_mistakes_that_cost_deliveries_are_refused_with_key_and_fix(
        tmp_path: Path, body: str, key: str, fix: str) -> None:
    path = write(tmp_path, SOURCE + body)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert message.startswith(f"{path} ") and key in message and fix in message


def test_an_unset_secret_env_is_refused_when_run_or_daemon_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import invoke

    path = write(tmp_path, '[storage]\ndatabase = "pw.db"\n' + SOURCE
                 + '[[subscriptions]]\nname = "desk"\nwebhook = "https://h.example.org/x"\n'
                 'secret_env = "PW_TEST_SECRET"\n[smtp]\nhost = "m.example.org"\n'
                 'password_env = "PW_TEST_SMTP"\n')
    monkeypatch.delenv("PW_TEST_SECRET", raising=False)
    monkeypatch.delenv("PW_TEST_SMTP", raising=False)
    assert load_config(path).subscriptions[0].secret_env == "PW_TEST_SECRET"  # loads
    for args in (("run", "--once"), ("daemon",)):
        result = invoke(*args, "--config", path)
        assert result.returncode == 1, args
        assert "subscriptions[0].secret_env: PW_TEST_SECRET is not set" in result.stderr
        assert "[smtp] password_env: PW_TEST_SMTP is not set" in result.stderr
        assert "Export it before starting policywatch" in result.stderr
    assert not (tmp_path / "pw.db").exists()  # refused before anything ran
