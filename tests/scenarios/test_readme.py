"""The README cannot drift: its commands, options and config keys exist, CI runs its test line."""

from __future__ import annotations

import re
from pathlib import Path

import click

from monitor.cli import cli
from monitor.config import (
    Config,
    DeliverySettings,
    FetchSettings,
    HealthSettings,
    SmtpSettings,
    SourceConfig,
    SubscriptionConfig,
)

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, click.Command]:
    ctx = click.Context(cli)
    found = {name: cli.get_command(ctx, name) for name in cli.list_commands(ctx)}
    return {name: command for name, command in found.items() if command is not None}


def _resolve(command: click.Command, rest: str) -> click.Command:
    """A group's subcommand when the README names one (`deliveries retry ID`)."""
    words = rest.split()
    if isinstance(command, click.Group) and words and words[0] in command.commands:
        return command.commands[words[0]]
    return command


def test_first_lines_give_the_two_fresh_machine_commands() -> None:
    head = README.split("## ")[0]
    assert "policywatch demo" in head
    assert "pytest" in head and "pip install -e '.[test]'" in head


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test_line = next(line.strip() for line in README.splitlines() if "pytest" in line)
    assert test_line in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_command_and_option_in_the_readme_exists() -> None:
    commands = _commands()
    for line in re.findall(r"policywatch ([a-z-]+)([^`|\n]*)", README):
        name, rest = line
        if name not in commands:
            continue  # prose such as "policywatch watches"
        command = _resolve(commands[name], rest)
        options = {o for p in command.params for o in getattr(p, "opts", [])}
        for option in re.findall(r"(--[a-z-]+)", rest):
            assert option in options | {"--help"}, f"README: policywatch {name} {option}"
    named = set(re.findall(r"`policywatch ([a-z]+)", README))
    assert named <= set(commands), named - set(commands)


def test_every_config_key_in_the_readme_exists() -> None:
    block = README.split("```toml", 1)[1].split("```", 1)[0]
    tables = {"storage": Config.model_fields["storage"].annotation, "sources": SourceConfig,
              "subscriptions": SubscriptionConfig, "smtp": SmtpSettings, "fetch": FetchSettings,
              "delivery": DeliverySettings, "health": HealthSettings}
    current = None
    for raw in block.splitlines():
        line = raw.strip().lstrip("# ").strip()
        header = re.match(r"^\[\[?([a-z]+)\]\]?$", line)
        if header:
            current = tables[header.group(1)]
            continue
        key = re.match(r"^([a-z_]+) = ", line)
        if key and current is not None:
            fields = current.model_fields  # type: ignore[union-attr]
            assert key.group(1) in fields, f"README key {key.group(1)}"


def test_the_signature_snippet_verifies_what_the_webhook_channel_signs() -> None:
    import time

    from alerts import sign

    code = README.split("### Verifying webhook signatures", 1)[1].split("```python", 1)[1]
    namespace: dict[str, object] = {}
    exec(code.split("```", 1)[0], namespace)
    verify = namespace["verify"]
    body, stamp = b'{"digest_id": "abc"}', str(int(time.time()))
    signature = sign("s3cret", stamp, body)
    assert verify("s3cret", stamp, signature, body)  # type: ignore[operator]
    assert not verify("wrong", stamp, signature, body)  # type: ignore[operator]
    assert not verify("s3cret", stamp, signature, body + b" ")  # type: ignore[operator]
