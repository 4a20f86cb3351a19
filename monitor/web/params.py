"""Query parameters, checked: a bad one is a 400 whose one line names it and what to send."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from starlette.datastructures import QueryParams

from store import ACTION_KINDS, FindingFilter

__all__ = ["BadParameter", "filter_query", "findings_filter", "page_size", "search_params"]

KINDS = ("new", "changed", "removed")
MAX_PAGE = 200


class BadParameter(ValueError):
    """A query parameter the view cannot use; the message says which and what to send."""


def _text(params: QueryParams, name: str, limit: int = 500) -> str | None:
    value = params.get(name, "").strip()
    if len(value) > limit:
        raise BadParameter(f"{name}: longer than {limit} characters; shorten it.")
    return value or None


def _date(params: QueryParams, name: str, end: bool = False) -> datetime | None:
    value = _text(params, name, 40)
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise BadParameter(f'{name}: "{value}" is not a date; use YYYY-MM-DD or ISO-8601 '
                           "such as 2026-03-01T12:00:00Z.") from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if end and len(value) == 10:  # a whole day: "until 2026-03-01" includes that day
        parsed += timedelta(days=1)
    return parsed


def _int(params: QueryParams, name: str, low: int, high: int) -> int | None:
    value = _text(params, name, 20)
    if value is None:
        return None
    if not value.isdigit() or not low <= int(value) <= high:
        raise BadParameter(f'{name}: "{value}" is not a whole number from {low} to {high}.')
    return int(value)


def page_size(params: QueryParams, default: int = 25) -> int:
    """`limit`, 1 to 200."""
    return _int(params, "limit", 1, MAX_PAGE) or default


def findings_filter(params: QueryParams) -> FindingFilter:
    """The filters of `/` and `/api/findings`."""
    kind = _text(params, "kind")
    if kind is not None and kind not in KINDS:
        raise BadParameter(f'kind: "{kind}" is not one of {", ".join(KINDS)}.')
    action = _text(params, "action")
    if action is not None and action not in ACTION_KINDS:
        raise BadParameter(f'action: "{action}" is not a kind of measure; use one of '
                           f'{", ".join(ACTION_KINDS)}.')
    since, until = _date(params, "since"), _date(params, "until", end=True)
    if since and until and since >= until:
        raise BadParameter("since: it must come before until.")
    return FindingFilter(source=_text(params, "source"), action_kind=action, kind=kind,
                         since=since, until=until, keyword=_text(params, "q"),
                         before=_int(params, "before", 1, 2**62))


def search_params(params: QueryParams) -> tuple[str, int]:
    """(`q`, `page` from 1) of `/search`."""
    return _text(params, "q") or "", _int(params, "page", 1, 1000) or 1


def filter_query(params: QueryParams, **changes: Any) -> str:
    """The query string of these params with some changed (None drops one)."""
    merged: dict[str, Any] = {k: v for k, v in params.items() if v}
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return urlencode(merged)
