"""The tools the extraction benchmarks compare, each timed in the process that runs it.

Every runner returns (text, title, day, cpu, cpu_text): cpu is process CPU seconds for
text and metadata together, cpu_text for the text alone (trafilatura: ``extract()`` only).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

Runner = Callable[[str | bytes, str], tuple[str, str, date | None, float, float]]


def day_of(value: str | None) -> date | None:
    """The calendar day of an ISO-8601 string, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def ours(page: str | bytes, url: str) -> tuple[str, str, date | None, float, float]:
    """policywatch's cleaner; bytes are decoded as the fetcher decodes them (timed too)."""
    from monitor.clean import clean_html
    from monitor.fetch import decode_body

    start = time.process_time()
    html = decode_body(page)[0] if isinstance(page, bytes) else page
    cleaned = clean_html(html, url)
    cpu = time.process_time() - start
    day = cleaned.published.date() if cleaned.published else None
    return cleaned.text, cleaned.title, day, cpu, cpu


def trafilatura(page: str | bytes, url: str) -> tuple[str, str, date | None, float, float]:
    """trafilatura 2.3.1 with the settings of its published evaluation."""
    import trafilatura as traf
    from trafilatura.metadata import extract_metadata

    # Default (not fast) mode with the readability/jusText fallback, tables in, comments
    # out, no formatting, plain text: its own evaluation's "standard" runner. Bytes go in
    # as they are, since trafilatura decodes them itself there.
    start = time.process_time()
    text = traf.extract(page, url=url or None, output_format="txt", fast=False,
                        include_comments=False, include_tables=True,
                        include_formatting=False) or ""
    cpu_text = time.process_time() - start
    meta = extract_metadata(page, default_url=url or None)
    cpu = time.process_time() - start
    title = (meta.title if meta is not None else None) or ""
    return text, title, day_of(meta.date if meta is not None else None), cpu, cpu_text


RUNNERS: dict[str, Runner] = {"ours": ours, "trafilatura": trafilatura}
