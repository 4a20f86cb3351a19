"""Sentence splitting and normalisation."""

from __future__ import annotations

from store.text import normalize, paragraph_numbers, split_paragraphs, split_sentences, text_hash


def test_abbreviations_initials_and_numbers_do_not_end_sentences() -> None:
    text = ("Sec. Ellison met J. R. Harmon on Nov. 3 to discuss Executive Order No. 14059. "
            "The U.S. delegation agreed. Talks resume next week.")
    assert split_sentences(text) == [
        "Sec. Ellison met J. R. Harmon on Nov. 3 to discuss Executive Order No. 14059.",
        "The U.S. delegation agreed.",
        "Talks resume next week.",
    ]


def test_quotes_stay_with_their_sentence() -> None:
    text = '"We will vote to control these substances," she said. "It matters." Then she left.'
    assert split_sentences(text) == [
        '"We will vote to control these substances," she said.',
        '"It matters."',
        "Then she left.",
    ]


def test_bullets_and_paragraphs_are_boundaries() -> None:
    text = "The plan includes:\n- new labs\n- more inspectors\n\nIt starts in May"
    assert split_sentences(text) == ["The plan includes:", "new labs", "more inspectors",
                                     "It starts in May"]


def test_paragraphs_keep_their_sentences_and_each_bullet_line_is_one() -> None:
    text = ("The fund opens today. It pays for wells.\n\nThe plan includes:\n- new labs\n"
            "- more inspectors\n\n  \n\nIt starts in May. Ask the office")
    paragraphs = split_paragraphs(text)
    assert paragraphs == [["The fund opens today.", "It pays for wells."],
                          ["The plan includes:"], ["new labs"], ["more inspectors"],
                          ["It starts in May.", "Ask the office"]]
    assert [s for p in paragraphs for s in p] == split_sentences(text)
    assert paragraph_numbers(paragraphs) == (0, 0, 1, 2, 3, 4, 4)
    assert split_paragraphs("") == [] and paragraph_numbers([]) == ()


def test_cosmetic_variants_hash_alike() -> None:
    assert text_hash("It\u2019s  \u201cdone\u201d.") == text_hash("it's \"done\"")
    assert normalize("A\u00a0B") == "a b"
