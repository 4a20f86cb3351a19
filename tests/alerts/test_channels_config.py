"""Apprise URLs are checked when the config loads, sending nothing: scheme, placeholders,
secrets written out, certificate checks, and (with the variables set) Apprise's full parse."""

from __future__ import annotations

import importlib.util
import re
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from alerts import check_service_url, supported_schemes
from alerts.service_urls import expand, redact
from monitor.config import SubscriptionConfig, load_config
from monitor.errors import ConfigError

WriteConfig = Callable[..., Path]


def load_apprise(write_config: WriteConfig, *urls: str) -> SubscriptionConfig:
    listed = ", ".join(f"'{u}'" for u in urls)
    path = write_config(f'[[subscriptions]]\nname = "desk"\napprise = [{listed}]\n')
    (sub,) = load_config(str(path)).subscriptions
    return sub


def refused(write_config: WriteConfig, url: str) -> str:
    with pytest.raises(ConfigError) as caught:
        load_apprise(write_config, "ntfy://ntfy.example.org/ok", url)
    return str(caught.value)


def test_urls_with_placeholders_and_secretless_urls_load(
    write_config: WriteConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PW_TEST_TG_TOKEN", raising=False)
    sub = load_apprise(write_config, "tgram://{env:PW_TEST_TG_TOKEN}/-1001234567",
                       "ntfy://ntfy.example.org/policy", "json://127.0.0.1:8080/hook")
    assert sub.apprise[0] == "tgram://{env:PW_TEST_TG_TOKEN}/-1001234567"
    assert len(sub.apprise) == 3


def test_a_single_string_is_one_url() -> None:
    assert SubscriptionConfig(name="d", apprise="ntfy://h.example/t").apprise == (  # type: ignore[arg-type]
        "ntfy://h.example/t",)


def test_an_unknown_scheme_is_refused_naming_the_key_and_the_supported_schemes(
    write_config: WriteConfig,
) -> None:
    message = refused(write_config, "teams://x/y")
    assert "subscriptions[0].apprise[1]" in message and 'unknown scheme "teams://"' in message
    assert "Apprise supports: " in message
    for scheme in ("tgram", "ntfy", "json", "mailto", "discord"):
        assert re.search(rf"[ ,]{scheme},", message), scheme
    assert {"tgram", "ntfy", "json", "form", "mailto"} <= set(supported_schemes())


def test_an_https_url_apprise_does_not_know_asks_for_the_services_scheme(
    write_config: WriteConfig,
) -> None:
    message = refused(write_config, "https://hooks.example.org/{env:PW_TEST_X}")
    assert "service's scheme" in message and "json://" in message


def test_a_secret_written_in_the_file_is_refused(write_config: WriteConfig) -> None:
    for url, part in [("tgram://123456789:AAbbCCddEEffGGhh/-100123", "bot_token"),
                      ("json://desk:hunter2@hooks.example.org/x", "password"),
                      ("discord://1234567/abcdefTOKEN", "webhook_token"),
                      ("https://discord.com/api/webhooks/1234567/abcdefTOKEN", "webhook_token")]:
        message = refused(write_config, url)
        assert f"({part}) is written in the file" in message and "{env:" in message, url
        assert url not in message and "abcdefTOKEN" not in message and "hunter2" not in message


def test_the_same_secret_from_a_placeholder_is_accepted(
    write_config: WriteConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PW_TEST_TG_TOKEN", "123456789:AAbbCCddEEffGGhh")
    monkeypatch.setenv("PW_TEST_PASSWORD", "hunter2")
    load_apprise(write_config, "tgram://{env:PW_TEST_TG_TOKEN}/-100123",
                 "json://desk:{env:PW_TEST_PASSWORD}@hooks.example.org/x")


def test_a_malformed_placeholder_is_refused(write_config: WriteConfig) -> None:
    for url in ("tgram://${TOKEN}/1", "tgram://{env:TOKEN/1", "tgram://{TOKEN}/1",
                "tgram://{env:1TOKEN}/1"):
        message = refused(write_config, url)
        assert "is not a placeholder" in message and "{env:NAME}" in message, url


def test_turning_certificate_checks_off_is_refused(write_config: WriteConfig) -> None:
    assert "verify=no" in refused(write_config, "jsons://hooks.example.org/x?verify=no")


def test_with_the_variables_set_apprise_checks_the_url_in_full_without_sending(
    write_config: WriteConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PW_TEST_TG_TOKEN", "not-a-telegram-token")
    monkeypatch.setenv("PW_TEST_PASSWORD", "hunter2")
    with socket.create_server(("127.0.0.1", 0)) as listener:  # nothing may connect to it
        listener.settimeout(0.2)
        port = listener.getsockname()[1]
        load_apprise(write_config, f"json://desk:{{env:PW_TEST_PASSWORD}}@127.0.0.1:{port}/x")
        with pytest.raises(TimeoutError):
            listener.accept()
    message = refused(write_config, "tgram://{env:PW_TEST_TG_TOKEN}/-100123")
    assert "Apprise refuses it" in message and "percent-encode" in message
    # Apprise masks only part of a secret ("tgram://n...n/"): its URLs give way to ours
    assert "not-a" not in message and "n...n" not in message
    assert "tgram://{env:PW_TEST_TG_TOKEN}/-100123" in message
    monkeypatch.delenv("PW_TEST_TG_TOKEN")  # unset: only what can be checked without it
    load_apprise(write_config, "tgram://{env:PW_TEST_TG_TOKEN}/-100123")


def test_a_service_this_machine_cannot_reach_says_what_it_needs() -> None:
    if importlib.util.find_spec("paho") is not None:
        pytest.skip("paho-mqtt is installed here, so Apprise's mqtt:// works")
    with pytest.raises(ValueError, match="paho-mqtt"):
        check_service_url("mqtt://broker.example.org/topic")


def test_placeholders_expand_verbatim_and_redact_back() -> None:
    env = {"A": "s3cr%40t", "B": "tok3n-value"}
    assert expand("json://u:{env:A}@h/{env:B}", env) == "json://u:s3cr%40t@h/tok3n-value"
    message = "Unparseable URL json://u:s3...t@h/tok...e; token tok3n-value and s3cr%40t refused"
    assert redact(message, "json://u:{env:A}@h/{env:B}", env) == (
        "Unparseable URL json://u:{env:A}@h/{env:B}; token {env:B} and {env:A} refused")


def test_every_channel_example_in_the_readme_loads(
    write_config: WriteConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("TELEGRAM_BOT_TOKEN", "DISCORD_WEBHOOK_ID", "DISCORD_WEBHOOK_TOKEN",
                 "MAIL_USER", "MAIL_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Channels", 1)[1].split("### Verifying", 1)[0]
    blocks = [b.split("```", 1)[0] for b in section.split("```toml")[1:]]
    assert len(blocks) == 3
    for block in blocks:
        config = load_config(str(write_config(block)))
        assert config.subscriptions
