"""Validated settings of subscriptions and channels: frozen models checked at config load."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from .cron import cron_trigger
from .service_urls import check_service_url

__all__ = ["DeliverySettings", "SmtpSettings", "StrictModel", "SubscriptionConfig", "check_url"]

_CRON = re.compile(r"^\S+(\s+\S+){4}$")
_DAILY_AT = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def check_url(value: str) -> str:
    """An http(s) URL or a ValueError saying what one looks like."""
    if not re.match(r"^https?://[^/\s]+", value):
        raise ValueError(f'"{value}" is not an http(s) URL; write e.g. "https://www.state.gov/..."')
    return value


Url = Annotated[str, AfterValidator(check_url)]
ServiceUrl = Annotated[str, AfterValidator(check_service_url)]


class StrictModel(BaseModel):
    """Unknown keys are errors; values are frozen once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class SubscriptionConfig(StrictModel):
    """[[subscriptions]]: who gets which digests, how and when."""

    name: str = Field(min_length=1)
    email: tuple[str, ...] = ()
    webhook: Url | None = None
    apprise: tuple[ServiceUrl, ...] = ()  # Apprise URLs; secrets as {env:NAME}
    keywords: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # source names; empty = every source
    schedule: str = "immediate"
    format: Literal["json", "slack"] = "json"
    secret_env: str | None = None  # env var with the webhook secret (whsec_… or any string)
    actions_only: bool = False
    changes: Literal["substantive", "all"] = "substantive"
    removed: bool = False  # true: also tell when a statement is taken down (kind "removed")
    health: bool = False  # true: also tell when a source keeps failing or a delivery dies
    timezone: str = "UTC"
    daily_at: str = "08:00"

    @field_validator("email", "apprise", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return (value,) if isinstance(value, str) else value

    @field_validator("email")
    @classmethod
    def _addresses(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for address in value:
            if not _EMAIL.match(address):
                raise ValueError(f'"{address}" is not an e-mail address like "desk@example.org"')
        return value

    @field_validator("schedule")
    @classmethod
    def _schedule(cls, value: str) -> str:
        if value in ("immediate", "hourly", "daily"):
            return value
        if _CRON.match(value):
            try:
                cron_trigger(value)
            except ValueError as exc:
                raise ValueError(f'"{value}" is not a valid cron expression ({exc})') from exc
            return value
        raise ValueError(
            f'"{value}" is not a schedule; use "immediate", "hourly", "daily" or a cron '
            'expression such as "0 8 * * 1-5"'
        )

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f'"{value}" is not a time zone; use e.g. "America/New_York"') from exc
        return value

    @field_validator("daily_at")
    @classmethod
    def _time(cls, value: str) -> str:
        if not _DAILY_AT.match(value):
            raise ValueError(f'"{value}" is not a time of day; write e.g. "08:00"')
        return value


class SmtpSettings(StrictModel):
    """[smtp]: the mail server digests go through."""

    host: str
    port: int = Field(default=25, ge=1, le=65535)
    sender: str = "policywatch@localhost"
    username: str | None = None
    password_env: str | None = None  # environment variable holding the password
    security: Literal["none", "starttls", "tls"] = "none"
    timeout: float = Field(default=30.0, gt=0)


class DeliverySettings(StrictModel):
    """[delivery]: retries of digests that could not be sent."""

    max_attempts: int = Field(default=8, ge=1, le=100)
    backoff_seconds: float = Field(default=60.0, ge=0)  # first retry; doubles each time
    max_backoff_seconds: float = Field(default=6 * 3600.0, ge=0)
    timeout: float = Field(default=30.0, gt=0)  # per webhook request
