"""Per-host templates: blocks recurring across pages of one host are dropped on its later pages."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.clean import Cleaned, clean_html
from monitor.clean.template import block_fingerprint, legacy_fingerprint
from monitor.templates import TEMPLATE_MIN_PAGES, clean_for_host, learn, settle
from monitor.tracking import track_page
from store import Store
from tests.harbor import FRAME_LINES, STATEMENTS, T0, render, url
from tests.strategies import markup, words


def test_the_frame_leaks_without_a_template_and_clean_html_needs_no_store() -> None:
    title, sentences = STATEMENTS[0]
    cleaned = clean_html(render(title, sentences), url(0))
    assert cleaned.fingerprints == frozenset()
    assert all(s in cleaned.paragraphs for s in sentences)
    assert any(line in cleaned.text for line in FRAME_LINES)  # what templates are for


def test_blocks_seen_on_enough_pages_of_a_host_are_dropped_from_its_next_pages(
        tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'pw.db'}")
    for i, (title, sentences) in enumerate(STATEMENTS):
        cleaned, template = clean_for_host(store, render(title, sentences), url(i), "text/html")
        assert learn(store, url(i), cleaned, T0)
        assert all(s in cleaned.paragraphs for s in sentences)
        if i >= TEMPLATE_MIN_PAGES:
            assert template, "learned from the earlier pages of the host"
            assert cleaned.title == title
            assert list(cleaned.paragraphs) == sentences
            assert not any(line in cleaned.text for line in FRAME_LINES)
    with sqlite3.connect(tmp_path / "pw.db") as conn:
        names = {name for (name,) in conn.execute("SELECT name FROM migrations")}
        counted = conn.execute("SELECT count(*) FROM host_template_pages").fetchone()[0]
    assert "0007_host_templates" in names
    assert counted == len(STATEMENTS)


def test_a_page_fetched_again_is_counted_once_and_other_hosts_learn_nothing(
        tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'pw.db'}")
    title, sentences = STATEMENTS[0]
    for _ in range(TEMPLATE_MIN_PAGES + 1):
        cleaned, _ = clean_for_host(store, render(title, sentences), url(0), "text/html")
        learn(store, url(0), cleaned, T0)
    assert store.host_template("harbor.example.org", TEMPLATE_MIN_PAGES) == frozenset()
    other = "https://other.example.org/statements/1/"
    cleaned, template = clean_for_host(store, render(title, sentences), other, "text/html")
    assert template == frozenset() and "Harbormaster statement" in cleaned.text


def test_a_statement_reposted_on_many_pages_of_the_host_keeps_its_text(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'pw.db'}")
    title, sentences = STATEMENTS[1]
    for i in range(TEMPLATE_MIN_PAGES + 2):
        cleaned, _ = clean_for_host(store, render(title, sentences), url(i), "text/html")
        learn(store, url(i), cleaned, T0)
        assert all(s in cleaned.paragraphs for s in sentences), i


def stored_then_templated(tmp_path: Path) -> tuple[Store, Cleaned, Cleaned, frozenset[str]]:
    """Page 0 stored before the host had a template; then the host's other pages teach it
    one, and page 0 cleaned again with it."""
    store = Store(f"sqlite:///{tmp_path / 'pw.db'}")
    first = clean_html(render(*STATEMENTS[0]), url(0))
    track_page(store, first, url=url(0), fetch_url=url(0), raw=None, source_id=None, at=T0)
    for i, (title, sentences) in enumerate(STATEMENTS[1:], start=1):
        cleaned, _ = clean_for_host(store, render(title, sentences), url(i), "text/html")
        learn(store, url(i), cleaned, T0)
    again, template = clean_for_host(store, render(*STATEMENTS[0]), url(0), "text/html")
    return store, first, again, template


def test_a_page_that_only_lost_template_blocks_keeps_its_stored_text(tmp_path: Path) -> None:
    store, first, again, template = stored_then_templated(tmp_path)
    assert again.text != first.text and template
    settled = settle(store, again, template, url(0))
    assert settled.text == first.text
    result = track_page(store, settled, url=url(0), fetch_url=url(0), raw=None,
                        source_id=None, at=T0)
    assert result.status == "unchanged"
    edited = render(STATEMENTS[0][0], [*STATEMENTS[0][1], "The work starts on Monday."])
    changed, template = clean_for_host(store, edited, url(0), "text/html")
    assert settle(store, changed, template, url(0)).text == changed.text  # a real edit



def test_a_frame_line_restyled_with_other_punctuation_is_still_the_frame(
        tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'pw.db'}")
    for i, (title, sentences) in enumerate(STATEMENTS[1:], start=1):
        cleaned, _ = clean_for_host(store, render(title, sentences), url(i), "text/html")
        learn(store, url(i), cleaned, T0)
    line = "Office of the Harbormaster, Port of Lantern Bay"
    restyled = render(*STATEMENTS[0]).replace(line, line.replace(",", " \u2013"))
    cleaned, template = clean_for_host(store, restyled, url(0), "text/html")
    assert template and "Harbormaster \u2013 Port" not in cleaned.text
    assert list(cleaned.paragraphs) == STATEMENTS[0][1]


def test_templates_learned_when_fingerprints_kept_punctuation_still_count(
        tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'pw.db'}")
    blocks = [*FRAME_LINES[:4], "Tide tables Berth requests Pilot roster",
              "Lantern Bay harbor office hours are seven in the morning to seven at night on "
              "weekdays.", FRAME_LINES[5]]
    with sqlite3.connect(tmp_path / "pw.db") as conn:  # rows written by an earlier version
        conn.executemany(
            "INSERT INTO host_templates (host, fingerprint, pages, first_seen_at) "
            "VALUES ('harbor.example.org', ?, 5, '2026-11-01 00:00:00.000000')",
            [(legacy_fingerprint(block),) for block in blocks])
    punctuated = [block for block in blocks if re.search(r"[,.]", block)]
    assert all(legacy_fingerprint(block) != block_fingerprint(block) for block in punctuated)
    cleaned, template = clean_for_host(store, render(*STATEMENTS[0]), url(0), "text/html")
    assert len(template) == len(blocks)
    assert cleaned.title == STATEMENTS[0][0]
    assert list(cleaned.paragraphs) == STATEMENTS[0][1]


def test_lost_template_blocks_plus_a_punctuation_edit_is_a_trivial_revision(
        tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'pw.db'}")
    title, (one, two) = STATEMENTS[0]
    before = [one.replace("spring", "U.S. spring"), two]
    first = clean_html(render(title, before), url(0))
    track_page(store, first, url=url(0), fetch_url=url(0), raw=None, source_id=None, at=T0)
    for i, (other, sentences) in enumerate(STATEMENTS[1:], start=1):
        cleaned, _ = clean_for_host(store, render(other, sentences), url(i), "text/html")
        learn(store, url(i), cleaned, T0)
    after = [one.replace("spring", "US spring"), two]  # "u s" became "us": no word edit
    again, template = clean_for_host(store, render(title, after), url(0), "text/html")
    assert list(again.paragraphs) == after  # the template's lines are gone
    settled = settle(store, again, template, url(0))
    assert [p for p in settled.paragraphs if p not in first.paragraphs] == [after[0]]
    assert [p for p in first.paragraphs if p not in settled.paragraphs] == [before[0]]
    result = track_page(store, settled, url=url(0), fetch_url=url(0), raw=None,
                        source_id=None, at=T0)
    assert (result.status, result.change) == ("revision", "trivial")
    assert not any(e.announce for e in store.events() if e.kind == "changed")

@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markup(), st.integers(min_value=0, max_value=3))
def test_cleaning_with_any_template_never_raises_and_never_invents_a_word(
        html: str, keep_every: int) -> None:
    own = clean_html(html, url(0), frozenset()).fingerprints
    template = frozenset(fp for i, fp in enumerate(sorted(own)) if keep_every and i % keep_every)
    visible = re.sub(r"<[^>]*>?", "", html)
    for chosen in (template, own):
        cleaned = clean_html(html, url(0), chosen)
        for word in words(cleaned.text) | words(cleaned.title):
            assert word in visible, (word, html)


def test_lost_template_blocks_plus_a_paragraph_cut_differently_is_still_unchanged(
        tmp_path: Path) -> None:
    store, first, again, template = stored_then_templated(tmp_path)
    one, two = STATEMENTS[0][1]
    paragraphs = list(again.paragraphs)
    at = paragraphs.index(one)
    assert paragraphs[at + 1] == two
    recut = [*paragraphs[:at], f"{one} {two}", *paragraphs[at + 2:]]  # one <p> instead of two
    recut_page = Cleaned(again.url, again.title, again.published, tuple(recut))
    assert settle(store, recut_page, template, url(0)).text == first.text


def test_a_template_block_the_cleaner_kept_does_not_turn_a_lost_one_into_an_edit(
        tmp_path: Path) -> None:
    store, first, again, template = stored_then_templated(tmp_path)
    lost = [p for p in first.paragraphs if p not in again.paragraphs]
    assert len(lost) >= 2 and all(block_fingerprint(p) in template for p in lost)
    keep = lost[0]  # as if this frame line sat inside the statement: the cleaner keeps it
    kept = [p for p in first.paragraphs if p in again.paragraphs or p == keep]
    page = Cleaned(again.url, again.title, again.published, tuple(kept))
    assert settle(store, page, template, url(0)).text == first.text


def test_blocks_no_later_page_repeats_are_forgotten_and_the_frame_is_kept(
        tmp_path: Path) -> None:
    from datetime import timedelta

    from store.pages import EXPIRE_WINDOW

    store = Store(f"sqlite:///{tmp_path / 'pw.db'}")
    host, count = "harbor.example.org", EXPIRE_WINDOW + 100
    for i in range(count):
        at = T0 + timedelta(minutes=i)
        assert store.learn_template(host, url(i), {"frame-a", "frame-b", f"own-{i}"}, at,
                                    expire_below=TEMPLATE_MIN_PAGES)
        if i % 6 == 0:
            store.learn_template("other.example.org", url(i), {f"own-{i}"}, at)  # kept
    with sqlite3.connect(tmp_path / "pw.db") as conn:
        rows = dict(conn.execute("SELECT host, count(*) FROM host_templates "
                                 "WHERE pages < 3 GROUP BY host").fetchall())
        frame = conn.execute("SELECT pages FROM host_templates WHERE host = ? AND "
                             "fingerprint LIKE 'frame-%'", (host,)).fetchall()
        newest = conn.execute("SELECT count(*) FROM host_templates WHERE host = ? AND "
                              "fingerprint = ?", (host, f"own-{count - 1}")).fetchone()[0]
    assert frame == [(count,), (count,)]
    assert rows["other.example.org"] == count // 6
    assert 0 < rows[host] < count - 50 and newest == 1
    assert store.host_template(host, TEMPLATE_MIN_PAGES) == {"frame-a", "frame-b"}
