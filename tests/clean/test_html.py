"""The HTML cleaner and the dispatcher: frames out, statements in, title, date and canonical URL."""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.clean import Cleaned, clean_document, clean_html, clean_text
from tests.strategies import markup, words

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "clean"
URL = "https://www.harbor.example/news/readout/"
STATEMENT = (FIXTURES / "statement.html").read_text(encoding="utf-8")
SENTENCES = [
    "Secretary Miriam T. Okafor spoke today with harbor safety ministers from eleven partner "
    "nations about inspections of chemical cargo.",
    "The Secretary announced that the Department will fund twelve new inspection grants for "
    "regional ports before the end of the fiscal year.",
    "The ministers agreed to share shipping manifests for flagged containers within "
    "forty-eight hours of a request.",
    "“Safe harbors are a shared responsibility,” the Secretary said, “and we will meet it "
    "together.”",
]
# What each kind of frame shows a reader; none of it may reach the cleaned text.
FRAMES = {
    "banner": ["An official website of the United States government", "Here’s how you know",
               "Official websites use .gov", "Secure .gov websites use HTTPS"],
    "skip-link": ["Skip to main content"],
    "menu": ["Show submenu for", "Priorities", "Port Security", "Office of Cargo Inspections"],
    "search": ["Search this site", "Search"],
    "breadcrumb": ["Newsroom Archive", "Readouts and Remarks"],
    "share": ["Share this page", "Share on X", "Share on Facebook", "Copy link"],
    "related": ["Related Articles", "Northern Grain Terminal", "Lighthouse Modernization"],
    "footer": ["About the Department", "Privacy Policy", "400 Quayside Avenue",
               "An official website of the Department of Harbor Affairs"],
    "back-to-top": ["Back to Top"],
    "cookie": ["This website uses cookies", "Accept all cookies", "Manage cookie preferences"],
    "scripts": ["Analytics tracker", "Injected script paragraph", "Decorative style text",
                "Decorative seal graphic", "Editorial note", "Template placeholder"],
}


def page(head: str = "", body: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def golden(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("name", ["briefing", "press-release"])
def test_golden_pages_give_exactly_the_expected_title_date_url_and_paragraphs(name: str) -> None:
    expected = golden(name)
    html = (FIXTURES / f"{name}.html").read_text(encoding="utf-8")
    cleaned = clean_html(html, expected["url"])
    assert cleaned.title == expected["title"]
    assert cleaned.published == datetime.fromisoformat(expected["published"])
    assert cleaned.url == expected["expected_url"]
    assert list(cleaned.paragraphs) == expected["paragraphs"]


@pytest.mark.parametrize("place", ["around the main content", "inside the article"])
@pytest.mark.parametrize("kind", sorted(FRAMES))
def test_each_kind_of_frame_is_removed_and_every_statement_sentence_kept(
    kind: str, place: str
) -> None:
    frame = (FIXTURES / "frame" / f"{kind}.html").read_text(encoding="utf-8")
    if place == "inside the article":
        body = f"<main><article>{frame}{STATEMENT}{frame}</article></main>"
    else:
        body = f"{frame}<main><article>{STATEMENT}</article></main>{frame}"
    cleaned = clean_html(page("<title>Readout | Department of Harbor Affairs</title>", body), URL)
    for junk in FRAMES[kind]:
        assert junk not in cleaned.text, (kind, junk)
    for sentence in SENTENCES:
        assert sentence in cleaned.paragraphs, (kind, sentence)


def test_every_frame_at_once_leaves_only_the_statement() -> None:
    frames = "".join((FIXTURES / "frame" / f"{k}.html").read_text(encoding="utf-8")
                     for k in sorted(FRAMES))
    cleaned = clean_html(page("", f"{frames}<main>{STATEMENT}</main>{frames}"), URL)
    assert cleaned.title == "Readout of the Secretary’s Call with Harbor Safety Ministers"
    assert list(cleaned.paragraphs) == SENTENCES


def test_inline_elements_join_with_the_spacing_the_page_gives_them() -> None:
    html = page(body="<p>The <a href='/s'>Secretary</a><span> </span>said <em>today</em> , in "
                     "<b>Vienna</b>.<br>New<br/>line, <i>italic</i>word (<a>note</a> )</p>")
    assert clean_html(html, URL).paragraphs == (
        "The Secretary said today, in Vienna. New line, italicword (note)",)


def test_adjacent_links_and_spans_do_not_glue_words_but_a_split_word_stays_whole() -> None:
    html = page(body="<p><a href='/1'>Briefings</a><a href='/2'>Statements</a> and "
                     "<span class='drop-cap'>T</span>oday</p>")
    assert clean_html(html, URL).paragraphs == ("Briefings Statements and Today",)


def test_headings_and_list_items_are_paragraphs_of_their_own() -> None:
    html = page(body="<article><h2>Next steps</h2><p>The plan has three parts that we describe "
                     "here in some detail.</p><ol><li>Inspect the cargo.</li><li>Share the "
                     "results.</li></ol></article>")
    assert clean_html(html, URL).paragraphs == (
        "Next steps", "The plan has three parts that we describe here in some detail.",
        "Inspect the cargo.", "Share the results.")


def test_a_long_list_keeps_the_paragraphs_that_introduce_it() -> None:
    items = "".join(f"<li>Partner nation number {i} will inspect every flagged container "
                    f"that reaches its ports before the end of the season.</li>"
                    for i in range(12))
    html = page(body=f"<p>Office of the Spokesperson</p><p>The partners agreed as follows."
                     f"</p><ol>{items}</ol><p>End text.</p>")
    paragraphs = clean_html(html, URL).paragraphs
    assert paragraphs[:2] == ("Office of the Spokesperson", "The partners agreed as follows.")
    assert paragraphs[-1] == "End text." and len(paragraphs) == 15


def test_link_lists_inside_the_content_are_dropped_as_menus() -> None:
    links = "".join(f"<li><a href='/{i}'>Topic number {i}</a></li>" for i in range(8))
    html = page(body=f"<article>{STATEMENT}<ul>{links}</ul></article>")
    cleaned = clean_html(html, URL)
    assert "Topic number" not in cleaned.text
    assert list(cleaned.paragraphs) == SENTENCES


def test_a_run_of_link_teasers_ending_the_article_is_cut() -> None:
    teasers = (FIXTURES / "tail-teasers.html").read_text(encoding="utf-8")
    cleaned = clean_html(page(body=f"<main><article>{STATEMENT}{teasers}</article></main>"), URL)
    assert "Ferry Terminal" not in cleaned.text and "Harbor Pilots" not in cleaned.text
    assert list(cleaned.paragraphs) == SENTENCES


def test_link_teasers_with_no_prose_before_them_are_the_page_and_stay() -> None:
    teasers = (FIXTURES / "tail-teasers.html").read_text(encoding="utf-8")
    cleaned = clean_html(page(body=f"<main><h1>Latest news</h1>{teasers}</main>"), URL)
    assert "Harbor Master Opens the Renovated Ferry Terminal on Pier Nine" in cleaned.paragraphs
    assert "Training Grants Announced for Twenty New Harbor Pilots" in cleaned.paragraphs


def test_link_teasers_holding_most_of_the_text_are_not_cut_as_a_tail() -> None:
    teasers = (FIXTURES / "tail-teasers.html").read_text(encoding="utf-8")
    intro = "<p>The Department lists this week\u2019s harbor notices below for every port.</p>"
    cleaned = clean_html(page(body=f"<main>{intro}{teasers}</main>"), URL)
    assert "Training Grants Announced for Twenty New Harbor Pilots" in cleaned.paragraphs


def test_boxes_of_links_stay_when_links_are_the_page() -> None:
    def box(b: int) -> str:
        return "<div><ul>" + "".join(
            f"<li><a href=\"/n/{b}{n}\">Harbor notice {b}{n} on the buoys of the outer "
            "channel</a></li>" for n in range(3)) + "</ul></div>"
    lists = "<main><p>Notices of this week.</p>" + "".join(box(b) for b in range(5)) + "</main>"
    text = clean_html(page(body=lists), URL).text
    assert all(f"Harbor notice {b}{n} on" in text for b in range(5) for n in range(3))


def test_an_aside_goes_beside_the_content_block_though_it_holds_more_text() -> None:
    about = "".join(f"<p>The harbor society has kept these notes since {y}, written by members "
                    "who walk the quays each week and photograph what changes there.</p>"
                    for y in range(1990, 1997))
    body = (f'<div class="layout"><div class="entry-content">{STATEMENT}</div>'
            f'<aside class="widget-col">{about}</aside></div>')
    assert list(clean_html(page(body=body), URL).paragraphs) == SENTENCES


def test_an_image_legend_is_a_caption() -> None:
    legend = ('<div class="image"><a href="/img/quay.jpg"><img src="/img/quay.jpg" alt=""></a>'
              '<p class="legend">The new quay wall at low tide, seen from the pilot boat.</p>'
              '</div>')
    body = f"<main><article>{STATEMENT}{legend}</article></main>"
    assert list(clean_html(page(body=body), URL).paragraphs) == SENTENCES


def test_a_grid_of_pictures_each_with_its_text_is_a_listing_not_captions() -> None:
    boats = ["Harbor launch Merel, twelve seats, built in the yard on the west quay",
             "Pilot boat Kestrel, the fastest of the station, with a heated wheelhouse",
             "Work barge Tern, which carries the buoys out to the channel each spring"]
    items = "".join(f'<div class="item"><img src="/b{n}.jpg" alt=""><span>{text}</span></div>'
                    for n, text in enumerate(boats))
    cleaned = clean_html(page(body=f"<main><h1>Our boats</h1>{items}</main>"), URL)
    assert all(text in cleaned.text for text in boats)


SHAPES = FIXTURES / "shapes"


def shape(name: str) -> tuple[str, list[str]]:
    """A page shape of our own writing and the exact paragraphs it must give."""
    expected = json.loads((SHAPES / f"{name}.json").read_text(encoding="utf-8"))["paragraphs"]
    return (SHAPES / f"{name}.html").read_text(encoding="utf-8"), expected


@pytest.mark.parametrize("name", [
    "wordpress-post",  # "category-newsletter-…", "tag-social-…" do not make the post furniture
    "lead-paragraph",  # a lead before the story body is kept in front of it
    "forum-thread",  # every post of a thread, not only the longest <article>
    "product-form",  # a shop's product form that wraps the description in the body text
    "item-list",  # a list of short items (a kit, ingredients) beside the steps is text
    "content-elements",  # a page a CMS builds of several <article>s: all of them
    "live-ticker",  # a live ticker's entries, classed "live-race-comment", are the page
    "german-quotes",  # „so“ sagt er: the German closing quote keeps the space after it
    "french-punctuation",  # "enfin\u00a0!": a no-break space before "!" is the page's own
])
def test_page_shapes_give_exactly_their_paragraphs(name: str) -> None:
    html, expected = shape(name)
    assert list(clean_html(html, URL).paragraphs) == expected


def test_a_list_of_short_items_beside_the_page_column_is_a_menu() -> None:
    html, expected = shape("item-list")
    picker = "".join(f"<li>{place}</li>" for place in (
        "Eastwick Harbor", "Northport Quay", "Saltmarsh Basin", "Gullhaven Marina",
        "Kelp Bay Pier", "Rookhaven Docks", "Westmoor Landing", "Pike Island Ferry"))
    column = html.split('<article class="guide">')[1].split("</article>")[0]
    page_html = (f'<html><body><ul class="port-picker">{picker}</ul>'
                 f'<div class="column">{column.split("</section>")[1]}</div></body></html>')
    cleaned = clean_html(page_html, URL)
    assert "Saltmarsh" not in cleaned.text
    assert list(cleaned.paragraphs) == expected[-5:]


def test_a_banner_holding_most_text_stays_when_the_page_declares_no_main() -> None:
    html, _ = shape("banner-carousel")
    cleaned = clean_html(html.replace(' role="main"', ""), URL)
    assert "Keepers lived at the Eastwick light" in cleaned.text


def test_a_hero_caption_above_the_body_field_is_kept_in_front_of_it() -> None:
    html, expected = shape("hero-caption")  # the landmark jumps to the body field inside it
    assert list(clean_html(html, URL).paragraphs) == expected


@pytest.mark.parametrize(("name", "gone"), [
    ("article-header", "first lighthouse"),  # an article's own <header> keeps its lead
    ("module-header", "Remind Me"),  # a module's header box of instructions is not content
    ("banner-carousel", "breakwater"),  # a carousel in role="banner", outside the main, goes
    ("photo-captions", "Photo:"),  # captions, a credit, an image copyright line go
    ("photo-captions", "survey crew"),
    ("sidebar-widget", "volunteers"),  # a sidebar goes though its widget outweighs the post
    ("ad-slot-sections", "Advertisement"),  # "Section--Ads", "--has-ads": sections of text
    ("link-box", "Most read"),  # a box of links set in the middle of the story
    ("card-column", "Dredging"),  # a column of teaser cards beside the text is not text
    ("bare-captions", "Photo:"),  # a picture and the short text under it, without <figure>
    ("bare-captions", "Figure:"),
    ("comment-thread", "Readers' comments"),  # a thread outweighing the story beside it
    ("card-slider", "Cormorant"),  # a slider of cards outweighing the story beside it
    ("offcanvas-page", "harbor account"),  # an "offcanvas-wrap" around the main stays
    ("table-layout", "harbor museum"),  # a layout table's side column is not the text
    ("inline-teaser", "Regatta entries"),  # another page's linked headline and blurb
])
def test_page_shapes_drop_their_furniture(name: str, gone: str) -> None:
    html, expected = shape(name)
    cleaned = clean_html(html, URL)
    assert list(cleaned.paragraphs) == expected
    assert gone not in cleaned.text


def test_a_linked_section_heading_without_a_second_link_is_the_text() -> None:
    html, _ = shape("inline-teaser")
    html = html.replace('<div><a href="/notes/regatta"><img src="/r.jpg" alt=""></a></div>', "")
    assert "Entries for the spring regatta open on Monday" in clean_html(html, URL).text


def test_a_data_table_that_is_the_text_is_kept_whole() -> None:
    rows = "".join(f"<tr><th>{name}</th><td>{value}</td></tr>" for name, value in (
        ("Berths", "Four ferries at once, two of them up to ninety metres long"),
        ("Waiting hall", "Heated by the sea-water pumps of the fish market next door"),
        ("Opening", "Monday, two months ahead of the schedule set last spring")))
    html = f"<html><body><table>{rows}</table></body></html>"
    text = clean_html(html, URL).text
    assert "Berths" in text and "Waiting hall" in text and "two months ahead" in text


def test_ruby_readings_are_left_out_and_the_annotated_words_kept_in_line() -> None:
    para = ("<p>\u65b0\u3057\u3044<a href=\"javascript:void(0)\" class=\"dicWin\"><ruby>"
            "<span class=\"under\">\u6cd5\u5f8b</span><rt>\u307b\u3046\u308a\u3064</rt></ruby></a>"
            "\u306f<ruby>\u6765\u5e74<rp>(</rp><rt>\u3089\u3044\u306d\u3093</rt><rp>)</rp></ruby>"
            "\u304b\u3089\u59cb\u307e\u308a\u307e\u3059\u3002"
            + "\u6e2f\u306e\u8a71\u3002" * 30 + "</p>")
    cleaned = clean_html(page(body=f"<main>{para}</main>"), URL)
    assert cleaned.paragraphs[0].startswith(
        "\u65b0\u3057\u3044\u6cd5\u5f8b\u306f\u6765\u5e74\u304b\u3089\u59cb\u307e\u308a\u307e\u3059\u3002")
    assert "\u307b\u3046\u308a\u3064" not in cleaned.text and "(" not in cleaned.text


@pytest.mark.parametrize(("markup", "text"), [
    ("<p>Les quais sont-ils aussi sûrs que le port ? Oui : le contrôle est fait !</p>",
     "Les quais sont-ils aussi sûrs que le port ? Oui : le contrôle est fait !"),
    ("<p>Der „grüne“ Wasserstoff kommt zu 80 % per Schiff in den Hafen.</p>",
     "Der „grüne“ Wasserstoff kommt zu 80 % per Schiff in den Hafen."),
    ("<p>The <a href='/s'>Secretary</a>\n, in a call with ( twelve ) ministers\n.</p>",
     "The Secretary, in a call with (twelve) ministers."),
])
def test_spacing_around_punctuation_is_the_pages_own(markup: str, text: str) -> None:
    filler = "<p>" + "The harbor text goes on about the quays and the pilots. " * 4 + "</p>"
    cleaned = clean_html(page(body=f"<main>{markup}{filler}</main>"), URL)
    assert cleaned.paragraphs[0] == text


def test_text_comes_out_in_one_unicode_normal_form() -> None:
    # Bengali RRA as one code point (which NFC decomposes) and "e" with a combining accent.
    para = "<p>" + "\u09aa\u09dc\u09c7 cafe\u0301 " * 20 + "</p>"
    head = "<title>Cafe\u0301 notes</title>"
    cleaned = clean_html(page(head=head, body=f"<main>{para}</main>"), URL)
    assert cleaned.paragraphs[0].startswith("\u09aa\u09a1\u09bc\u09c7 caf\u00e9 ")
    assert cleaned.title == "Caf\u00e9 notes"


def test_a_button_link_of_each_listed_item_is_kept_down_to_the_last_item() -> None:
    html, expected = shape("dataset-listing")
    cleaned = clean_html(html, URL)
    assert list(cleaned.paragraphs) == expected
    assert "More Highlights" not in cleaned.text
    gone = clean_html(html.replace(' class="btn btn-default pull-right"', ""), URL)
    assert "View this Dataset" not in gone.text  # a plain short link block is a menu item


def test_the_last_of_items_shaped_alike_keeps_the_link_that_ends_each_of_them() -> None:
    item = ("<div class=\"notice\"><h2>Notice {n}</h2><p>Notice {n} moves the buoys of the "
            "outer channel for the winter dredging and closes the north anchorage.</p>"
            "<p><a href=\"/notices/{n}\">Full text of notice {n}</a></p></div>")
    items = "".join(item.format(n=n) for n in (11, 12, 13))
    cleaned = clean_html(page(body=f"<main><h1>Notices</h1>{items}</main>"), URL)
    assert [p for p in cleaned.paragraphs if p.startswith("Full text")] == [
        "Full text of notice 11", "Full text of notice 12", "Full text of notice 13"]


def test_a_layout_class_naming_the_sidebar_side_does_not_drop_the_content() -> None:
    body = f'<div class="container sidebar_right"><main>{STATEMENT}</main></div><div>Menu</div>'
    assert list(clean_html(page(body=body), URL).paragraphs) == SENTENCES


def test_read_also_pointers_inside_the_story_are_dropped() -> None:
    body = (f"<main><article>{STATEMENT}<p>Read also: Pilot Station Opens a Second Radio "
            "Room</p><p>Lesen Sie auch: Neue Pegel im Hafen</p></article></main>")
    assert list(clean_html(page(body=body), URL).paragraphs) == SENTENCES


@pytest.mark.parametrize("line", [
    "Advertisement", "- Anzeige -", "Rezept drucken", "Print this recipe", "No comments yet",
    "Bisher keine Kommentare", "Kommentar schreiben", "Zurück zur Startseite", "Show all",
    "Möchten Sie den Artikel teilen?",
    "Warning: Creating default object from empty value in /srv/www/notes.php on line 34",
    "You must be logged in to post a comment.",
    "Harbor Notes | Blog | Tide Tables | Contact us?",
    "Sie müssen sich einloggen, um an der Diskussion teilzunehmen.",
    # Publication records and view counters change when the statement does not: each
    # would be announced as an edit.
    "Updated: 03.04.2021, 12:00", "Aktualisiert:", "Publiziert am 3. April 2021 um 9:30 Uhr",
    "Publikacja: 05.05.2021", "Views: 1,204", "2.310 Aufrufe",
])
def test_interface_lines_inside_the_story_are_not_statement_text(line: str) -> None:
    body = f"<main><article>{STATEMENT}<p>{line}</p></article></main>"
    assert list(clean_html(page(body=body), URL).paragraphs) == SENTENCES


@pytest.mark.parametrize("line", ["Anzeige der Hafenbehörde vom 3. Mai zur Sperrung des Piers",
                                  "Pier 4 | Pier 9 | the outer mole, closed for the dredging",
                                  "Warning: storms are expected on the coast in the evening",
                                  "Updated: the permit rules now apply to every pier",
                                  "Published by the Port Authority of Eastwick",
                                  "Posted guards will watch the pier from 3 May on"])
def test_a_sentence_that_opens_like_an_interface_line_stays(line: str) -> None:
    body = f"<main><article>{STATEMENT}<p>{line}</p></article></main>"
    assert list(clean_html(page(body=body), URL).paragraphs) == [*SENTENCES, line]


def test_labels_above_the_headline_go_and_their_date_is_still_read() -> None:
    head = "<title>Readout of the Secretary’s Call with Harbor Safety Ministers</title>"
    body = f"<main><p>Harbor Affairs</p><p>3 March 2021</p>{STATEMENT}</main>"
    cleaned = clean_html(page(head=head, body=body), URL)
    assert list(cleaned.paragraphs) == SENTENCES
    assert cleaned.published is not None and cleaned.published.date().isoformat() == "2021-03-03"


def test_a_lead_above_the_headline_stays() -> None:
    lead = ("The pilot station on the outer mole will keep its radio room manned through the "
            "night from the first of April, the harbor board said.")
    head = "<title>Readout of the Secretary’s Call with Harbor Safety Ministers</title>"
    body = f"<main><p>{lead}</p>{STATEMENT}</main>"
    assert list(clean_html(page(head=head, body=body), URL).paragraphs) == [lead, *SENTENCES]


def test_the_date_of_a_publication_record_is_still_read() -> None:
    body = f"<main><article><p>Published: March 3, 2021</p>{STATEMENT}</article></main>"
    cleaned = clean_html(page(body=body), URL)
    assert cleaned.published is not None and cleaned.published.date().isoformat() == "2021-03-03"
    assert "Published" not in cleaned.text


@pytest.mark.parametrize("heading", ["More from Harbor Affairs", "More stories",
                                     "Mehr zu Häfen", "Weitere Artikel", "Notas relacionadas",
                                     "Über die Autorin", "Weiterführende Informationen",
                                     "Verwandte Themenbereiche"])
def test_a_more_from_heading_ends_the_story(heading: str) -> None:
    more = "".join(f"<p>Paragraph {n} of the readout goes on about the inspections and the "
                   "grants that pay for them this year.</p>" for n in ("two", "three"))
    body = (f"<main><article>{STATEMENT}{more}<h2>{heading}</h2><p>Dredging Schedule for "
            "the Winter Published</p></article></main>")
    cleaned = clean_html(page(body=body), URL)
    assert "Dredging" not in cleaned.text and heading not in cleaned.text
    assert list(cleaned.paragraphs)[:4] == SENTENCES


def test_a_byline_and_a_reading_time_label_are_not_statement_text() -> None:
    body = ('<main><article><div class="article-byline">By Dana Whitlock, Harbor Desk</div>'
            f'<span class="reading-time">4 min read</span>{STATEMENT}</article></main>')
    cleaned = clean_html(page(body=body), URL)
    assert list(cleaned.paragraphs) == SENTENCES


def test_a_link_list_block_in_the_content_is_frame() -> None:
    one = ("<ul><li><a href='/a'>Harbor pilots finish their winter training at the Pier Nine "
           "school</a></li></ul>")
    after = "<p>The inspections begin next month at every partner port.</p>"
    body = f'<main><article>{STATEMENT}<div class="c-linklist">{one}</div>{after}</article></main>'
    cleaned = clean_html(page(body=body), URL)
    assert "Pier Nine" not in cleaned.text
    assert list(cleaned.paragraphs) == [*SENTENCES, "The inspections begin next month at every "
                                        "partner port."]


TEASERS = "".join(
    f'<div class="teaser"><h3><a href="/{n}">{title}</a></h3><p>{summary}</p></div>'
    for n, (title, summary) in enumerate([
        ("Ferry Terminal Reopens", "The renovated terminal on Pier Nine welcomes its first "
         "passengers after two years of work on the quay and the waiting hall."),
        ("Dredging Starts in March", "Crews will deepen the north channel so that larger cargo "
         "ships can reach the container berths without waiting for the tide."),
    ]))


def test_teasers_with_their_summaries_ending_the_article_are_cut() -> None:
    more = "".join(f"<p>Paragraph {n} of the readout goes on about the inspections and the "
                   "grants that pay for them this year.</p>" for n in ("two", "three", "four"))
    body = f"<main><article>{STATEMENT}{more}{TEASERS}</article></main>"
    cleaned = clean_html(page(body=body), URL)
    assert "Ferry Terminal" not in cleaned.text and "north channel" not in cleaned.text
    assert list(cleaned.paragraphs)[:4] == SENTENCES
    listing = clean_html(page(body=f"<main><h1>Latest news</h1>{TEASERS}</main>"), URL)
    assert "Ferry Terminal Reopens" in listing.paragraphs  # the teasers are the page itself


def test_teaser_cards_inside_links_count_as_links_so_their_promo_box_goes() -> None:
    cards = (SHAPES / "promo-cards.html").read_text(encoding="utf-8")
    more = "".join(f"<p>Paragraph {n} of the readout goes on about the inspections and the "
                   "grants that pay for them this year.</p>" for n in ("two", "three", "four"))
    cleaned = clean_html(page(body=f"<main><article>{STATEMENT}{more}{cards}</article></main>"),
                         URL)
    assert "Ferry Terminal" not in cleaned.text and "Dredging" not in cleaned.text
    assert list(cleaned.paragraphs)[:4] == SENTENCES
    listing = clean_html(page(body=f"<main><h1>Latest news</h1>{cards}</main>"), URL)
    assert "Winter Dredging Schedule Published" in listing.paragraphs  # the page itself stays


def test_title_drops_the_site_name_from_the_title_element() -> None:
    for suffix in (" | The White House", " - United States Department of State"):
        html = page(f"<title>Readout of the Cabinet Meeting{suffix}</title>", "<p>Text.</p>")
        assert clean_html(html, URL).title == "Readout of the Cabinet Meeting"


def test_title_prefers_the_headline_the_metadata_agrees_with_over_a_logo_heading() -> None:
    html = page('<meta property="og:title" content="Ports Week Proclamation | Harbor Affairs">'
                "<title>Ports Week Proclamation | Harbor Affairs</title>",
                "<header><h1>Harbor Affairs</h1></header><h1>Ports Week Proclamation</h1>")
    assert clean_html(html, URL).title == "Ports Week Proclamation"


def test_title_drops_the_site_name_the_page_declares_at_either_end() -> None:
    html = page('<meta property="og:site_name" content="Harbor Affairs">'
                '<meta property="og:title" content="Harbor Affairs | Ports Week Proclamation">',
                "<p>Text.</p>")
    assert clean_html(html, URL).title == "Ports Week Proclamation"


@pytest.mark.parametrize(("head", "body", "expected"), [
    ('<meta property="article:published_time" content="2026-05-01T09:30:00-04:00">', "",
     datetime.fromisoformat("2026-05-01T09:30:00-04:00")),
    ('<meta name="dc.date" content="2026-05-02">', "", datetime(2026, 5, 2, tzinfo=UTC)),
    ('<meta name="publish-date" content="May 2, 2026 10:30 EDT">', "",
     datetime.fromisoformat("2026-05-02T10:30:00-04:00")),
    ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
     '{"@type": "Article", "datePublished": "2026-05-03T12:00:00"}]}</script>', "",
     datetime(2026, 5, 3, 12, tzinfo=UTC)),
    ("", '<article><time datetime="2026-05-04T08:00:00Z">May 4</time><p>Text.</p></article>',
     datetime(2026, 5, 4, 8, tzinfo=UTC)),
    ("", "<h1>Statement</h1><p>April 07, 2021</p><p>The statement itself.</p>",
     datetime(2021, 4, 7, tzinfo=UTC)),
    ("", "<h1>Notice</h1><p>The notice itself.</p><div>Posted on: June 2, 2026</div>",
     datetime(2026, 6, 2, tzinfo=UTC)),
    ("", "<p>The page itself.</p><footer><p>Last updated: March 3, 2026</p></footer>",
     datetime(2026, 3, 3, tzinfo=UTC)),
    ("", "<p>No date anywhere in this page.</p>", None),
])
def test_publication_date_comes_from_meta_json_ld_time_or_a_date_line(
    head: str, body: str, expected: datetime | None
) -> None:
    published = clean_html(page(head, body), URL).published
    assert published == expected
    assert published is None or published.tzinfo is not None


@pytest.mark.parametrize(("href", "expected"), [
    ("/news/readout/", URL),
    ("https://www.harbor.example/news/canonical-readout/",
     "https://www.harbor.example/news/canonical-readout/"),
    ("canonical-readout/", "https://www.harbor.example/news/readout/canonical-readout/"),
    ("https://attacker.example/news/readout/", URL),  # a hostile page claiming another site
    ("//attacker.example/news/readout/", URL),
    ("javascript:alert(1)", URL),
    ("https://www.harbor.example:8443/news/x/", URL),
])
def test_canonical_url_is_used_only_on_the_same_host(href: str, expected: str) -> None:
    html = page(f'<link rel="canonical" href="{href}">', "<p>Text.</p>")
    assert clean_html(html, URL).url == expected


def test_empty_and_junk_pages_give_an_empty_result() -> None:
    for body in ("", "   ", "<html></html>", "\x00\x01\x02", "<<<>>>", "<?xml version='1.0'?>"):
        cleaned = clean_html(body, URL)
        assert cleaned == Cleaned(URL, "", None, ()) or not cleaned.text.strip("<>")


@pytest.mark.parametrize("hostile", ["<script" * 100_000, "<svg " * 100_000, "<!--" * 100_000,
                                     "<script type='application/ld+json'>{" * 20_000])
def test_unclosed_openers_are_cut_in_one_pass_not_one_scan_each(hostile: str) -> None:
    start = time.process_time()
    cleaned = clean_html(f"<p>Lead paragraph of the statement.</p>{hostile}", URL)
    assert time.process_time() - start < 1.0
    assert cleaned.paragraphs == ("Lead paragraph of the statement.",)


@pytest.mark.parametrize(("content_type", "body", "cleaner"), [
    ("text/html; charset=utf-8", "Plain words, not markup.", "html"),
    ("application/xhtml+xml", "<html><body><p>x</p></body></html>", "html"),
    ("text/plain", "<p>Looks like markup</p>", "text"),
    ("", "<!DOCTYPE html><html><body><p>Sniffed.</p></body></html>", "html"),
    ("application/octet-stream", "  <div><p>Sniffed too.</p></div>", "html"),
    ("", "A plain statement.\n\nWith two paragraphs.", "text"),
    ("", "<3 is not a tag, so this is text.", "text"),
])
def test_clean_document_dispatches_by_type_and_sniffs_unknown_types(
    content_type: str, body: str, cleaner: str
) -> None:
    expected = clean_html(body, URL) if cleaner == "html" else clean_text(body, URL)
    assert clean_document(body, URL, content_type) == expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markup())
def test_cleaner_never_raises_and_never_invents_a_word(html: str) -> None:
    visible = re.sub(r"<[^>]*>?", "", html)  # every word must come from the page's own text
    cleaned = clean_html(html, URL)
    for word in words(cleaned.text) | words(cleaned.title):
        assert word in visible, (word, html)
    sniffed = clean_document(html, URL, "")  # may be read as text, tags and all
    for word in words(sniffed.text) | words(sniffed.title):
        assert word in visible or word in html, (word, html)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_cleaner_never_raises_on_arbitrary_strings(text: str) -> None:
    for content_type in ("text/html", "text/plain", ""):
        assert isinstance(clean_document(text, URL, content_type), Cleaned)
    assert isinstance(clean_document("<p>" + text, URL, "text/html"), Cleaned)
