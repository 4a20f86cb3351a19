"""The TOML config: loaded, validated, and every mistake reported with file, key and fix."""

from __future__ import annotations

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

from .defaults import DEFAULT_DATABASE, DEFAULT_SOURCES
from .errors import ConfigError
from .fetch import FetchPolicy

__all__ = [
    "Config",
    "DeliverySettings",
    "FetchSettings",
    "SmtpSettings",
    "SourceConfig",
    "StorageSettings",
    "SubscriptionConfig",
    "find_config",
    "load_config",
    "parse_duration",
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


class Config(StrictModel):
    """The whole config file."""

    storage: StorageSettings = StorageSettings()
    sources: tuple[SourceConfig, ...] = Field(
        default_factory=lambda: tuple(SourceConfig.model_validate(d) for d in DEFAULT_SOURCES)
    )
    subscriptions: tuple[SubscriptionConfig, ...] = ()
    smtp: SmtpSettings | None = None
    delivery: DeliverySettings = DeliverySettings()
    fetch: FetchSettings = FetchSettings()
    path: str | None = Field(default=None, exclude=True)

    @field_validator("sources")
    @classmethod
    def _unique_sources(cls, value: tuple[SourceConfig, ...]) -> tuple[SourceConfig, ...]:
        names = [s.name for s in value]
        for name in names:
            if names.count(name) > 1:
                raise ValueError(f'two sources are named "{name}"; give each a unique name')
        return value


def find_config(explicit: str | None) -> Path | None:
    """--config, else ./policywatch.toml, else $POLICYWATCH_CONFIG, else None."""
    if explicit:
        return Path(explicit)
    local = Path("policywatch.toml")
    if local.is_file():
        return local
    env = os.environ.get("POLICYWATCH_CONFIG")
    return Path(env) if env else None


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


def load_config(explicit: str | None = None) -> Config:
    """Load and validate the config; the built-in defaults when there is none."""
    path = find_config(explicit)
    if path is None:
        return Config()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no such config file. Create it or drop --config.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config ({exc}).") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}. Fix the syntax there.") from exc
    try:
        return Config.model_validate({**raw, "path": str(path)})
    except ValidationError as exc:
        raise ConfigError(_explain(str(path), exc)) from exc
