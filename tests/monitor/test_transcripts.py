"""An untouched briefing transcript, checked again as its host's template grows, is unchanged.

Transcripts are made of short turns that recur from one briefing to the next ("QUESTION:
Thank you."). Seen on enough pages, such a turn joins the host's template, and the next
check of an older transcript drops some of its occurrences and keeps others (those that
sit inside the statement). That is no edit: the stored text stays (issue 14, part 5).
The transcripts here are of our own writing, in a frame of our own.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from monitor.templates import clean_for_host
from monitor.tracking import track_page
from store import RawPage, Store, TrackResult

T0 = datetime(2026, 6, 1, tzinfo=UTC)
HOST = "https://briefings.example"
TURNS = ("QUESTION: Thank you.", "SPOKESPERSON: Sure.", "QUESTION: Thanks for doing this.",
         "SPOKESPERSON: Go ahead.", "QUESTION: Can I follow up?", "SPOKESPERSON: Yes.",
         "SPOKESPERSON: Thank you all very much.", "MODERATOR: Next question, please.")
TOPICS = ("the talks in Corvania", "the port of Halvik", "relief flights to Lumeria",
          "the visa restrictions on Ostravia", "the border crossing at Esmer")


def transcript(number: int) -> str:
    """A briefing of our own: opening line, then turns, some of them stock phrases."""
    rng = random.Random(number)
    blocks = [f"Press briefing number {number}, held at the Department at "
              f"{number % 11 + 1}:15 p.m."]
    for turn in range(28):
        if rng.random() < 0.5:
            blocks.append(rng.choice(TURNS))
        else:
            topic = rng.choice(TOPICS)
            blocks.append(f"QUESTION: On {topic}, does point {turn} of briefing {number} "
                          "change the Department's position?")
            blocks.append(f"SPOKESPERSON: On {topic}, point {turn} of briefing {number} "
                          "does not change our position, and we keep talking with partners.")
    return "".join(f"<p>{b}</p>" for b in blocks)


def page(number: int, at: datetime) -> str:
    return (f"<html><head><title>Press Briefing {number}</title></head><body>"
            f"<header><nav><a href='/'>Home</a> <a href='/briefings/'>Briefings</a></nav>"
            f"</header><main><article><h1>Press Briefing {number}</h1>"
            f"<div class='body'>{transcript(number)}</div></article></main>"
            f"<footer>Page built {at:%Y-%m-%d %H:%M}</footer></body></html>")


def check(store: Store, number: int, at: datetime) -> TrackResult:
    url = f"{HOST}/briefings/{number}/"
    html = page(number, at)
    cleaned, template = clean_for_host(store, html, url, "text/html")
    return track_page(store, cleaned, url=url, fetch_url=url, at=at, template=template,
                      learn_from=url, raw=RawPage(url, "text/html", html.encode()))


def test_rechecked_transcripts_stay_unchanged_as_their_stock_turns_become_template(
        tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'pw.db'}")
    at = T0
    for number in range(10):
        at += timedelta(hours=6)
        assert check(store, number, at).status == "new"
        for earlier in range(number):  # every stored transcript checked again, untouched
            result = check(store, earlier, at)
            assert result.status == "unchanged", (earlier, result.removed, result.added)
    template = store.host_template("briefings.example", 3)
    assert template, "stock turns became the host's template: the case under test"


def test_a_real_edit_of_a_transcript_is_still_a_revision(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'pw.db'}")
    at = T0
    for number in range(6):
        at += timedelta(hours=6)
        check(store, number, at)
    url = f"{HOST}/briefings/1/"
    html = page(1, at).replace("</div></article>", "<p>SPOKESPERSON: Correction: the "
                               "relief flights to Lumeria resume on Monday.</p></div></article>")
    cleaned, template = clean_for_host(store, html, url, "text/html")
    result = track_page(store, cleaned, url=url, fetch_url=url, at=at + timedelta(hours=1),
                        template=template, learn_from=url)
    assert result.status == "revision" and result.change == "substantive"
    assert result.added == ("SPOKESPERSON: Correction: the relief flights to Lumeria resume "
                            "on Monday.",)
