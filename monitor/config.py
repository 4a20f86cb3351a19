"""The TOML config: found, loaded, validated, and every mistake reported with file, key and fix.

Where it is looked for, in order: `--config FILE`, the file named by $POLICYWATCH_CONFIG,
`./policywatch.toml`, then `policywatch.toml` in the user's config folder (platformdirs).
A relative database path inside a config resolves against the config file's folder; with
no config at all the database is `policywatch.db` in the user's data folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    Field,
    ValidationError,
    field_validator,
)

from alerts import DeliverySettings, SmtpSettings, StrictModel, SubscriptionConfig, check_url

from .defaults import APP_NAME, CONFIG_NAME, DEFAULT_DATABASE, DEFAULT_SOURCES
from .errors import ConfigError
from .fetch import FetchPolicy

__all__ = [
    "Config",
    "DeliverySettings",
    "FetchSettings",
    "HealthSettings",
    "SmtpSettings",
    "SourceConfig",
    "StorageSettings",
    "SubscriptionConfig",
    "builtin_sources",
    "check_ready",
    "find_config",
    "load_config",
    "parse_duration",
    "resolve_database",
]

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(value: str) -> int:
    """"30s", "15m", "2h", "1d" -> seconds."""
    match = _DURATION.match(value)
    if not match:
        raise ValueError(f'"{value}" is not a duration; write e.g. "30s", "15m", "2h" or "1d"')
    seconds = int(float(match.group(1)) * _UNITS[match.group(2)])
    if seconds < 1:
        raise ValueError(f'"{value}" is shorter than one second')
    return seconds


def _check_duration(value: str) -> str:
    parse_duration(value)
    return value


Duration = Annotated[str, AfterValidator(_check_duration)]
Url = Annotated[str, AfterValidator(check_url)]


class StorageSettings(StrictModel):
    """[storage]: where the database lives."""

    database: str = DEFAULT_DATABASE


class SourceConfig(StrictModel):
    """[[sources]]: one feed, sitemap, listing page or single page."""

    name: str = Field(min_length=1)
    url: Url
    kind: Literal["feed", "sitemap", "listing", "page"] = "feed"
    every: Duration = "15m"
    enabled: bool = True
    include: tuple[str, ...] = ()  # regexes a listing/sitemap link must match (any)
    exclude: tuple[str, ...] = ()  # regexes that drop a link
    max_items: int = Field(default=50, ge=1, le=10_000)

    @field_validator("include", "exclude")
    @classmethod
    def _regexes(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f'"{pattern}" is not a valid regular expression ({exc})') from exc
        return patterns

    @property
    def every_seconds(self) -> int:
        """The check interval in seconds."""
        return parse_duration(self.every)

    @property
    def settings_key(self) -> str:
        """A fingerprint of what decides the source's links: url, kind and filters."""
        data = [self.url, self.kind, list(self.include), list(self.exclude), self.max_items]
        return hashlib.sha256(json.dumps(data).encode()).hexdigest()[:32]


_POLICY = FetchPolicy()  # the defaults are the fetcher's own, written once


class FetchSettings(StrictModel):
    """[fetch]: politeness and limits for every HTTP request (see FetchPolicy)."""

    user_agent: str = Field(default=_POLICY.user_agent, min_length=1)
    delay: float = Field(default=_POLICY.host_delay, ge=0)  # seconds between requests to a host
    per_host: int = Field(default=_POLICY.per_host, ge=1, le=8)
    connect_timeout: float = Field(default=_POLICY.connect_timeout, gt=0)
    read_timeout: float = Field(default=_POLICY.read_timeout, gt=0)
    deadline: float = Field(default=_POLICY.deadline, gt=0)
    max_bytes: int = Field(default=_POLICY.max_bytes, ge=1000)
    max_redirects: int = Field(default=_POLICY.max_redirects, ge=0, le=30)
    max_connections: int = Field(default=_POLICY.max_connections, ge=1, le=256)
    max_retry_after: float = Field(default=_POLICY.max_retry_after, ge=0)
    retries: int = Field(default=_POLICY.retries, ge=0, le=10)
    backoff: float = Field(default=_POLICY.backoff, ge=0)
    respect_robots: bool = _POLICY.respect_robots
    workers: int = Field(default=4, ge=1, le=32)  # pages fetched at once in one check

    def policy(self) -> FetchPolicy:
        """The fetcher's policy from these settings."""
        fields = self.model_dump(exclude={"delay", "workers"})
        return FetchPolicy(host_delay=self.delay, **fields)


class HealthSettings(StrictModel):
    """[health]: when a failing source becomes an incident told to `health = true`
    subscriptions."""

    failures: int = Field(default=3, ge=1, le=1000)  # checks in a row


def builtin_sources() -> tuple[SourceConfig, ...]:
    """The built-in sources, watched when there is no config file at all."""
    return tuple(SourceConfig.model_validate(d) for d in DEFAULT_SOURCES)


class Config(StrictModel):
    """The whole config file (`path` and `origin` say where it was found, if anywhere)."""

    storage: StorageSettings = StorageSettings()
    sources: tuple[SourceConfig, ...] = ()
    subscriptions: tuple[SubscriptionConfig, ...] = ()
    smtp: SmtpSettings | None = None
    delivery: DeliverySettings = DeliverySettings()
    fetch: FetchSettings = FetchSettings()
    health: HealthSettings = HealthSettings()
    path: str | None = Field(default=None, exclude=True)
    origin: str = Field(default="", exclude=True)

    @field_validator("sources")
    @classmethod
    def _unique_sources(cls, value: tuple[SourceConfig, ...]) -> tuple[SourceConfig, ...]:
        names = [s.name for s in value]
        for name in names:
            if names.count(name) > 1:
                raise ValueError(f'two sources are named "{name}"; give each a unique name')
        return value


def _user_dir(kind: Literal["config", "data"]) -> Path:
    import platformdirs

    found = (platformdirs.user_config_dir if kind == "config" else platformdirs.user_data_dir)(
        APP_NAME, appauthor=False)
    return Path(found)


def find_config(explicit: str | None) -> tuple[Path | None, str]:
    """The config file and how it was found: --config, else $POLICYWATCH_CONFIG, else
    ./policywatch.toml, else the user's config folder; (None, why) when there is none."""
    if explicit:
        return Path(explicit), "--config"
    env = os.environ.get("POLICYWATCH_CONFIG")
    if env:
        return Path(env), "$POLICYWATCH_CONFIG"
    local = Path(CONFIG_NAME)
    if local.is_file():
        return local, "the working directory"
    user = _user_dir("config") / CONFIG_NAME
    if user.is_file():
        return user, "the user config folder"
    return None, f"no config: none in the working directory nor at {user}"


def resolve_database(database: str, base: Path | None) -> str:
    """The database as a URL: a bare path is an SQLite file; a relative SQLite path resolves
    against `base` (the config's folder), or the user's data folder when there is no config."""
    if "://" not in database:
        database = "sqlite:///" + database
    prefix = "sqlite:///"
    if not database.startswith(prefix) or database[len(prefix):] in ("", ":memory:"):
        return database
    path_part, _, query = database[len(prefix):].partition("?")
    path = Path(path_part).expanduser()
    if not path.is_absolute():
        path = (base if base is not None else _user_dir("data")) / path
    return prefix + str(path) + (f"?{query}" if query else "")


def _location(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _valid_keys(model: type[BaseModel], loc: tuple[int | str, ...]) -> list[str]:
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        if field is None:
            return []
        annotation = field.annotation
        args = getattr(annotation, "__args__", ())
        current = next((a for a in (annotation, *args) if isinstance(a, type)
                        and issubclass(a, BaseModel)), None)
        if current is None:
            return []
    return sorted(k for k in current.model_fields if k != "path")


def _explain(path: str, exc: ValidationError) -> str:
    lines = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        where = _location(loc) or "(top level)"
        if err["type"] == "extra_forbidden":
            keys = ", ".join(_valid_keys(Config, loc))
            lines.append(f'{path} {where}: unknown key "{loc[-1]}". Valid keys here: {keys}.')
        elif err["type"] == "missing":
            table = _location(loc[:-1]) or "(top level)"
            lines.append(f'{path} {table}: missing "{loc[-1]}". Add {loc[-1]} = ... there'
                         + (f" or remove [{loc[0]}]." if len(loc) == 2 else "."))
        else:
            msg = str(err["msg"]).removeprefix("Value error, ")
            # An Apprise URL may hold a secret: its message says what is wrong without it.
            got = "" if "apprise" in loc else f" (got {err.get('input')!r})"
            lines.append(f"{path} {where}: {msg}{got}.")
    return "\n".join(lines)


def _cross_check(config: Config) -> list[str]:
    """Mistakes across tables that would cost deliveries, each with its key and its fix."""
    from alerts import channel_targets

    names = [s.name for s in config.sources]
    out = []
    for i, sub in enumerate(config.subscriptions):
        where = f"{config.path} subscriptions[{i}]"
        if not channel_targets(sub):
            out.append(f'{where}: subscription "{sub.name}" has no channel, so its digests '
                       'would go nowhere. Add email = ["desk@example.org"] or webhook = '
                       '"https://..." to it.')
        if sub.email and config.smtp is None:
            out.append(f'{where}.email: e-mail needs an [smtp] table. Add [smtp] with '
                       'host = "mail.example.org", or remove email.')
        for name in sub.sources:
            if name not in names:
                known = ", ".join(f'"{n}"' for n in names) or "none"
                out.append(f'{where}.sources: "{name}" is not the name of a configured source '
                           f"(configured: {known}). Use one of those names.")
    return out


def check_ready(config: Config) -> None:
    """Before `run` or `daemon` starts: something to watch, and every secret the config
    names set in the environment; a ConfigError naming the key and the fix otherwise."""
    where = config.path or "config"
    problems = []
    if not config.sources:
        problems.append(f"{where}: no [[sources]], so there is nothing to watch (the built-in "
                        "sources are watched only when there is no config at all). Add a "
                        '[[sources]] table with name and url (see the README).')
    for i, sub in enumerate(config.subscriptions):
        if sub.secret_env and not os.environ.get(sub.secret_env):
            problems.append(f"{where} subscriptions[{i}].secret_env: {sub.secret_env} is not "
                            "set in the environment. Export it before starting policywatch, "
                            "or remove secret_env to send unsigned.")
    smtp = config.smtp
    if smtp is not None and smtp.password_env and os.environ.get(smtp.password_env) is None:
        problems.append(f"{where} [smtp] password_env: {smtp.password_env} is not set in the "
                        "environment. Export it before starting policywatch, or remove "
                        "password_env.")
    if problems:
        raise ConfigError("\n".join(problems))


def _defaults(origin: str) -> Config:
    database = resolve_database(DEFAULT_DATABASE, None)
    return Config(sources=builtin_sources(), storage=StorageSettings(database=database),
                  origin=origin)


def load_config(explicit: str | None = None) -> Config:
    """Load and validate the config; the built-in sources when there is no config at all."""
    path, origin = find_config(explicit)
    if path is None:
        return _defaults(origin)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        fix = "Create it or drop --config." if origin == "--config" else \
            "Create it or unset POLICYWATCH_CONFIG."
        raise ConfigError(f"{path}: no such config file (named by {origin}). {fix}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config ({exc}).") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}. Fix the syntax there.") from exc
    try:
        config = Config.model_validate({**raw, "path": str(path), "origin": origin})
    except ValidationError as exc:
        raise ConfigError(_explain(str(path), exc)) from exc
    database = resolve_database(config.storage.database, path.resolve().parent)
    config = config.model_copy(update={"storage": StorageSettings(database=database)})
    problems = _cross_check(config)
    if problems:
        raise ConfigError("\n".join(problems))
    return config
