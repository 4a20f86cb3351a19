"""Keyword filters and digest schedules."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from alerts.filters import KeywordFilter
from alerts.settings import SubscriptionConfig
from alerts.timing import is_due, next_due

LAST = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def test_keywords_match_whole_words_case_insensitively() -> None:
    f = KeywordFilter(("fentanyl",))
    assert f.matches("New FENTANYL controls")
    assert not f.matches("fentanyls are not the word")


def test_quoted_phrases_match_across_whitespace() -> None:
    f = KeywordFilter(('"precursor chemicals"',))
    assert f.matches("controls on precursor\n chemicals")
    assert not f.matches("precursor lists and chemicals")


def test_no_keywords_match_everything() -> None:
    assert KeywordFilter(()).matches("anything")


def test_hourly_is_due_on_the_next_hour() -> None:
    sub = SubscriptionConfig(name="s", schedule="hourly")
    assert next_due(sub, LAST) == datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    assert not is_due(sub, LAST, datetime(2026, 11, 20, 9, 59, tzinfo=UTC))
    assert is_due(sub, LAST, datetime(2026, 11, 20, 10, 0, tzinfo=UTC))


def test_daily_follows_its_time_zone() -> None:
    sub = SubscriptionConfig(name="s", schedule="daily", daily_at="08:00",
                             timezone="America/New_York")
    assert next_due(sub, LAST) == datetime(2026, 11, 20, 13, 0, tzinfo=UTC)


def test_cron_expression() -> None:
    sub = SubscriptionConfig(name="s", schedule="0 7 * * 1-5")  # Friday 2026-11-20
    assert next_due(sub, LAST) == datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


def test_immediate_is_always_due() -> None:
    assert is_due(SubscriptionConfig(name="s"), LAST, LAST)


@pytest.mark.parametrize("bad", [{"schedule": "weekly"}, {"schedule": "61 * * * *"},
                                 {"timezone": "Mars/Olympus"}, {"daily_at": "25:00"},
                                 {"email": ["not-an-address"]}, {"webhook": "ftp://x"}])
def test_invalid_subscription_settings_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        SubscriptionConfig(name="s", **bad)  # type: ignore[arg-type]
