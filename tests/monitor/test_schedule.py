"""Re-check intervals follow a page's age; failures back off."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monitor.schedule import next_document_check, retry_delay

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def test_a_page_in_its_first_day_is_checked_hourly() -> None:
    seen = NOW - timedelta(hours=5)
    assert next_document_check(NOW, seen, None) == NOW + timedelta(hours=1)


def test_a_page_in_its_first_week_is_checked_daily() -> None:
    seen = NOW - timedelta(days=3)
    assert next_document_check(NOW, seen, None) == NOW + timedelta(days=1)


def test_an_old_publication_date_counts_as_age() -> None:
    assert next_document_check(NOW, NOW, NOW - timedelta(days=60)) is None


def test_a_future_publication_date_is_ignored() -> None:
    assert next_document_check(NOW, NOW, NOW + timedelta(days=3)) == NOW + timedelta(hours=1)


def test_failures_back_off_exponentially_up_to_a_day() -> None:
    assert [retry_delay(n) for n in (1, 2, 3)] == [timedelta(minutes=m) for m in (10, 20, 40)]
    assert retry_delay(30) == timedelta(days=1)
