"""A changed item shows its edit: e-mail HTML <del>/<ins>, text [-old-]{+new+}, webhook
`changes`, Apprise Markdown. Real SQLite store, aiosmtpd and a loopback webhook receiver."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from alerts import (
    AppriseChannel,
    DeliverySettings,
    EmailChannel,
    SmtpSettings,
    SubscriptionConfig,
    WebhookChannel,
    deliver_due,
    make_digests,
)
from alerts.digest import Digest, DigestItem, edit_pairs
from alerts.edits import edit_markdown
from alerts.outbox import digest_from_payload
from alerts.render import Limits, render_markdown, render_slack, render_text
from monitor.clean import Cleaned
from monitor.demo import LocalSmtp
from monitor.tracking import track_page
from store import PendingEvent, RawPage, Store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
URL = "https://ministry.example.gov/statements/fuel-levy"
# Our own statement, then its edit: a number changed, a place added, two sentences swapped
# (no change), and a sentence whose new wording carries markup and a script.
V1 = ("The Ministry of Examples today raised the levy on imported fuel by nearly 30 percent. "
      "The levy applies in Freedonia and Corvania.\n\n"
      "Officials said the measure takes effect on 1 March. "
      "Traders were told to file new declarations.\n\n"
      "A spokesman declined to comment on the talks.")
V2 = ("The Ministry of Examples today raised the levy on imported fuel by 31 percent. "
      "The levy applies in Freedonia, Ostravia and Corvania.\n\n"
      "Traders were told to file new declarations. "
      "Officials said the measure takes effect on 1 March.\n\n"
      "A spokesman declined to comment on the <b>talks</b> <script>alert(1)</script>.")


def track(store: Store, body: str, at: datetime) -> None:
    """Store a version as a run does: tracked, with the actions its text announces."""
    cleaned = Cleaned(URL, "Fuel levy raised", at, tuple(body.split("\n\n")))
    track_page(store, cleaned, url=URL, fetch_url=URL,
               raw=RawPage(URL, "text/html", body.encode()), source_id=None, at=at)


@pytest.fixture
def smtp() -> Iterator[LocalSmtp]:
    with LocalSmtp() as server:
        yield server


@pytest.fixture
def delivered(store: Store, smtp: LocalSmtp, httpserver: HTTPServer
              ) -> tuple[dict[str, Any], dict[str, str]]:
    """The webhook payload and the e-mail parts of the digest announcing the edit."""
    posts: list[dict[str, Any]] = []

    def receive(request: Request) -> Response:
        posts.append(json.loads(request.data))
        return Response("", status=204)

    httpserver.expect_request("/hook", method="POST").respond_with_handler(receive)
    sub = SubscriptionConfig(name="desk", email=("desk@example.org",),
                             webhook=httpserver.url_for("/hook"))
    track(store, V1, NOW - timedelta(hours=2))
    store.start_cursor(sub.name, NOW - timedelta(hours=1))
    track(store, V2, NOW)
    assert len(make_digests(store, [sub], NOW)) == 1
    channels = {"email": EmailChannel(SmtpSettings(host="127.0.0.1", port=smtp.port,
                                                   sender="pw@example.org"), lambda: NOW),
                "webhook": WebhookChannel(httpx.Client(timeout=5))}
    assert deliver_due(store, channels, [sub], DeliverySettings(), NOW).sent == 2
    (payload,) = posts
    (message,) = smtp.messages
    parts = {p.get_content_type(): p.get_payload(decode=True).decode() for p in message.walk()
             if not p.is_multipart()}
    return payload, parts


def test_webhook_lists_each_changed_sentence_pair(
    delivered: tuple[dict[str, Any], dict[str, str]],
) -> None:
    payload, _ = delivered
    (item,) = payload["items"]
    assert item["kind"] == "changed"
    assert item["changes"] == [
        {"before": "The Ministry of Examples today raised the levy on imported fuel by nearly "
                   "30 percent.",
         "after": "The Ministry of Examples today raised the levy on imported fuel by 31 "
                  "percent."},
        {"before": "The levy applies in Freedonia and Corvania.",
         "after": "The levy applies in Freedonia, Ostravia and Corvania."},
        {"before": "A spokesman declined to comment on the talks.",
         "after": "A spokesman declined to comment on the <b>talks</b> "
                  "<script>alert(1)</script>."},
    ]  # the two swapped sentences are no change


def test_email_text_part_marks_words_git_style(
    delivered: tuple[dict[str, Any], dict[str, str]],
) -> None:
    text = delivered[1]["text/plain"]
    assert "on imported fuel by [-nearly 30-]{+31+} percent." in text
    assert "  ~ The levy applies in Freedonia{+, Ostravia+} and Corvania." in text
    assert "Officials said" not in text.split("Edit", 1)[1]  # a move is not an edit


def test_email_html_marks_words_and_escapes_fetched_markup(
    delivered: tuple[dict[str, Any], dict[str, str]],
) -> None:
    html = delivered[1]["text/html"]
    assert "fuel by <del" in html and ">nearly 30</del><ins" in html and ">31</ins> percent" in html
    assert "in Freedonia<ins" in html and ">, Ostravia</ins> and Corvania." in html
    assert "<script>" not in html and "<b>talks" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_stored_digest_rebuilds_with_its_changes(
    store: Store, delivered: tuple[dict[str, Any], dict[str, str]],
) -> None:
    payload, _ = delivered
    rebuilt = digest_from_payload(json.dumps(payload))
    assert rebuilt.as_json()["items"][0]["changes"] == payload["items"][0]["changes"]
    assert digest_from_payload(json.dumps(
        {**payload, "items": [{k: v for k, v in payload["items"][0].items() if k != "changes"}]}
    )).items[0].changes == ()  # payloads stored before edits were shown still load


def test_an_apprise_receiver_gets_the_edit_in_markdown(
    store: Store, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/notify", method="POST").respond_with_data("ok")
    sub = SubscriptionConfig(name="desk", apprise=(
        f"json://127.0.0.1:{httpserver.port}/notify",))
    track(store, V1, NOW - timedelta(hours=2))
    store.start_cursor(sub.name, NOW - timedelta(hours=1))
    track(store, V2, NOW)
    make_digests(store, [sub], NOW)
    assert deliver_due(store, {"apprise": AppriseChannel(timeout=5)}, [sub],
                       DeliverySettings(), NOW).sent == 1
    message = httpserver.log[-1][0].get_json()["message"]
    assert "- The Ministry of Examples today raised the levy on imported fuel by ~~nearly 30~~ " \
           "**31** percent." in message
    assert "Freedonia **, Ostravia** and Corvania." in message  # "a**," would not be bold
    assert "<script>" not in message and "&lt;script&gt;" in message


def changed_item(changes: tuple[tuple[str, str], ...]) -> Digest:
    item = DigestItem(kind="changed", url=URL, title="Fuel levy raised", published=None,
                      source="ministry", actions=(), also_at=(), summary="Edited.",
                      changes=changes)
    return Digest("d" * 32, "desk", NOW, (item,))


def test_text_part_signs_whole_sentences_removed_and_added() -> None:
    text = render_text(changed_item((("The quota is   fixed.", ""),
                                     ("", "Appeals go to\nthe court."),
                                     ("Fees are 5%.", "Fees are 6%."))))
    edit = text.split("Edit ([-removed-] {+added+}):\n", 1)[1].splitlines()
    assert edit[:3] == ["      - The quota is fixed.", "      + Appeals go to the court.",
                        "      ~ Fees are [-5-]{+6+}%."]


def test_markdown_shows_the_edit_inert() -> None:
    _, body = render_markdown(changed_item((
        ("Prices rose nearly 30 percent.", "Prices rose 31 percent."),
        ("", "See [a link](https://evil.example) and <img src=x onerror=alert(1)> *now*."),
    )))
    assert "Prices rose ~~nearly 30~~ **31** percent." in body
    assert "[a link](" not in body and "\\[a link\\]" in body
    assert "<img" not in body and "&lt;img" in body
    assert "\\*now\\*" in body


def test_markdown_counts_the_pairs_it_leaves_out_and_keeps_to_the_limit() -> None:
    pairs = tuple((f"Sentence {n} said one thing.", f"Sentence {n} said another.")
                  for n in range(9))
    _, body = render_markdown(changed_item(pairs))
    assert "~~one thing~~ **another**" in body
    assert "Sentence 4" in body and "Sentence 5" not in body
    assert "4 more changed sentences" in body
    _, short = render_markdown(changed_item(pairs), Limits(body=300))
    assert len(short) <= 300


def event(n: int, added: tuple[str, ...], removed: tuple[str, ...]) -> PendingEvent:
    return PendingEvent(n, "changed", NOW, 1, n, None, URL, "t", None, "", None,
                        "substantive", added, removed, True)


def test_edits_between_digests_cancel_out() -> None:
    first = event(1, ("Talks resume on Monday.", "The fine is $5 million."),
                  ("The fine is $4 million.",))
    second = event(2, ("The fine is $6 million.",),
                   ("Talks resume on Monday.", "The fine is $5 million."))
    assert edit_pairs([first, second]) == (("The fine is $4 million.", "The fine is $6 million."),)
    back = event(3, ("The fine is $4 million.",), ("The fine is $6 million.",))
    assert edit_pairs([first, second, back]) == ()


def test_markdown_marks_render_as_emphasis_where_apprise_converts_them() -> None:
    markdown = pytest.importorskip("markdown")  # what Apprise turns Markdown into HTML with
    cases = [("The levy applies in Freedonia and Corvania.",
              "The levy applies in Freedonia, Ostravia and Corvania.", ", Ostravia"),
             ("Fees are 5%.", "Fees are 6%.", "6"), ("See it.", "See it (now).", "(now)"),
             ("Tax <i>was</i> 5.", "Tax <i>is</i> 7.", "is")]
    for before, after, bold in cases:
        html = markdown.markdown(edit_markdown(before, after))
        assert f"<strong>{bold}</strong>" in html, html
        assert "<i>" not in html and ("&lt;i&gt;" in html) == ("<i>" in after)


def test_a_slack_message_shows_the_edit_escaped() -> None:
    message = render_slack(changed_item((
        ("Fees are 5%.", "Fees are 6% <https://evil.example|click> & more."),)))
    text = message["blocks"][1]["text"]["text"]
    assert "> Fees are ~5~ *6*% *&lt;https://evil.example|click&gt; &amp; more*." in text
    assert "<https://evil" not in text
