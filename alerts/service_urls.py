"""Apprise URLs in the config: `{env:NAME}` placeholders for secrets, and the load-time checks.

A URL names each secret as `{env:NAME}`; the value of the environment variable NAME is put
in its place, as it is, only when a digest is sent (so the store, logs and `deliveries` show
the URL as written). The checks, made when the config loads and sending nothing:
1. the scheme is one Apprise supports here (or the URL is a service's own https URL that
   Apprise recognises); otherwise the error lists the supported schemes;
2. every `{...}` is a well-formed placeholder;
3. no secret is written out: a part Apprise marks private (password, token, key …) must come
   from a placeholder;
4. certificate checks stay on (`verify=no` is refused);
5. when every variable the URL names is set, Apprise parses the expanded URL in full, as
   it will when sending.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import ModuleType
from typing import Any
from urllib.parse import quote

__all__ = [
    "PLACEHOLDER",
    "MissingVariable",
    "apprise_module",
    "captured_logs",
    "check_service_url",
    "expand",
    "placeholders",
    "redact",
    "supported_schemes",
]

PLACEHOLDER = re.compile(r"\{env:([A-Za-z_][A-Za-z0-9_]*)\}")
_BRACED = re.compile(r"\{[^{}]*\}?|\}")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_ANY_URL = re.compile(r"\b[A-Za-z][A-Za-z0-9+.-]*://[^\s'\",;()<>]*")
# Apprise marks many URL parts private; these names are the secret ones (not file paths,
# targets or ids, which are private too but fine to write in a config).
_SECRET_PART = re.compile(r"pass|secret|token|key|signature|seed|hook$")
_NOT_SECRET = frozenset({"keyfile", "pgp_key", "pgp_privkey", "thread_key"})
_MARK = "pwenv{}x"
_MARKED = re.compile(r"pwenv\d+x", re.IGNORECASE)


class MissingVariable(KeyError):
    """A placeholder names an environment variable that is not set."""


@functools.cache
def apprise_module() -> ModuleType:
    """Apprise, imported on first use, its logger kept out of ours.

    Apprise logs every failure itself; policywatch reports them in its own words (see
    `captured_logs`), so the "apprise" logger neither propagates nor prints.
    """
    import apprise

    logger = logging.getLogger(apprise.LOGGER_NAME)
    logger.propagate = False
    logger.setLevel(logging.WARNING)
    if not logger.handlers:  # else Python's last-resort handler prints its warnings
        logger.addHandler(logging.NullHandler())
    return apprise


def _manager() -> Any:
    from apprise.manager_plugins import NotificationManager

    apprise_module()
    return NotificationManager()  # type: ignore[no-untyped-call]


def supported_schemes() -> list[str]:
    """The URL schemes Apprise can send to on this machine, sorted."""
    return sorted(_manager().schemas(include_disabled=False))


@contextmanager
def captured_logs() -> Iterator[list[str]]:
    """Collect what Apprise logs at WARNING and above while the block runs."""
    messages: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    logger = logging.getLogger(apprise_module().LOGGER_NAME)
    handler = Collect(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield messages
    finally:
        logger.removeHandler(handler)


def placeholders(url: str) -> list[str]:
    """The environment variables a URL names, in order."""
    return PLACEHOLDER.findall(url)


def expand(url: str, environ: Mapping[str, str] | None = None) -> str:
    """The URL with each `{env:NAME}` replaced by NAME's value; MissingVariable if unset."""
    env = os.environ if environ is None else environ

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if not env.get(name):
            raise MissingVariable(name)
        return env[name]

    return PLACEHOLDER.sub(value, url)


def redact(text: str, url: str, environ: Mapping[str, str] | None = None) -> str:
    """Apprise's message `text` safe to log and store: every URL in it (Apprise masks only
    part of a secret) becomes `url` as written, and the URL's secrets become `{env:NAME}`."""
    env = os.environ if environ is None else environ
    text = _ANY_URL.sub(lambda _: url, text)
    for name in sorted(set(placeholders(url)), key=lambda n: -len(env.get(n, ""))):
        secret = env.get(name, "")
        if len(secret) >= 3:
            for form in {secret, quote(secret, safe="")}:
                text = text.replace(form, f"{{env:{name}}}")
    return text


def _marked(url: str) -> str:
    names = list(dict.fromkeys(placeholders(url)))
    return PLACEHOLDER.sub(lambda m: _MARK.format(names.index(m.group(1))), url)


def _parse_static(url: str) -> tuple[Any, dict[str, Any] | None]:
    """(plugin class or None, its parsed arguments or None), without instantiating."""
    from apprise.plugins import url_to_dict

    manager = _manager()
    with captured_logs():
        results = url_to_dict(url)  # type: ignore[no-untyped-call]
    plugin = manager[results["schema"]] if results and results.get("schema") in manager else None
    return plugin, results


def _check_syntax(url: str) -> None:
    for bad in _BRACED.findall(PLACEHOLDER.sub("", url)):
        raise ValueError(f'"{bad}" is not a placeholder; name a secret\'s environment variable '
                         'as {env:NAME}, e.g. "tgram://{env:TELEGRAM_BOT_TOKEN}/12345"')
    if not _SCHEME.match(url):
        raise ValueError(f'"{url}" is not an Apprise URL; write e.g. "ntfy://ntfy.sh/my-topic" or '
                         '"tgram://{env:TELEGRAM_BOT_TOKEN}/12345"')


def _check_scheme(url: str, plugin: Any) -> None:
    scheme = _SCHEME.match(url).group(1).lower()  # type: ignore[union-attr]
    manager = _manager()
    if scheme in manager and not manager[scheme].enabled:
        needs = manager[scheme].requirements.get("packages_required")
        why = (f"it needs the Python package {needs!s}" if needs
               else "it works only on a desktop session")
        raise ValueError(f'Apprise cannot send to "{scheme}://" on this machine: {why}')
    if scheme not in manager and plugin is None:
        first = (f'Apprise does not recognise this {scheme}:// URL as a service\'s own; write '
                 "it with the service's scheme (json:// posts to any web address)"
                 if scheme in ("http", "https") else f'unknown scheme "{scheme}://"')
        raise ValueError(f"{first}. Apprise supports: " + ", ".join(supported_schemes()))


def _check_secrets(plugin: Any, results: dict[str, Any]) -> None:
    tokens = {**plugin.template_tokens, **plugin.template_args}
    for name, spec in tokens.items():
        field = spec.get("map_to", name)
        if not spec.get("private") or field in _NOT_SECRET or not (
                _SECRET_PART.search(field) or _SECRET_PART.search(name)):
            continue
        value = results.get(field)
        if isinstance(value, str) and value and not _MARKED.search(value):
            raise ValueError(
                f"its {spec.get('name', name)!s} ({name}) is written in the file. Put it in an "
                "environment variable and write {env:NAME} in its place, e.g. "
                f"{{env:POLICYWATCH_{field.upper()}}}")
    if results.get("verify") is False:
        raise ValueError("verify=no turns off certificate checks, which policywatch never "
                         "does. Remove it (or give the service a valid certificate)")


def _check_in_full(url: str) -> None:
    apprise = apprise_module()
    expanded = expand(url)
    try:
        with captured_logs() as logs:
            plugin = apprise.Apprise.instantiate(expanded, suppress_exceptions=False)
    except Exception as exc:  # a plugin refuses its arguments with TypeError or ValueError
        logs.append(str(exc))
        plugin = None
    if plugin is None:
        reason = redact("; ".join(dict.fromkeys(logs)) or "it is not usable", url)
        hint = (". A secret is put in as it is: percent-encode characters such as / @ ? # in "
                "the variable (p@ss as p%40ss)") if placeholders(url) else ""
        raise ValueError(f"Apprise refuses it: {reason}{hint}")


def check_service_url(url: str) -> str:
    """The URL if Apprise can use it (see the module's docstring), else a ValueError."""
    _check_syntax(url)
    plugin, results = _parse_static(_marked(url))
    _check_scheme(url, plugin)
    if plugin is not None and results is not None:
        _check_secrets(plugin, results)
    if all(os.environ.get(name) for name in placeholders(url)):
        _check_in_full(url)
    return url
