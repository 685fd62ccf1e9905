"""Page furniture, sentences, hard-wrapped lines and language identification."""

from __future__ import annotations

import pytest

from sahelwatch.errors import UnsupportedLanguageError
from sahelwatch.extraction.components.language import detect_language
from sahelwatch.extraction.components.segment import (
    FurnitureRemover,
    Sentencizer,
    furniture_spans,
    paragraphs,
    split_sentences,
)
from sahelwatch.extraction.doc import Doc

ARTICLE = """Gunmen kill 12 in central Mali
By Awa Traoré and John Smith
Published: 3 July 2024
A burnt-out truck near Mopti. © Photographer/Agency
Gunmen killed 12 villagers on Monday, officials said. Gen. Keita said troops were sent.
Read Entire Article
Subscribe to our newsletter for daily updates
Gunmen kill 12 in central Mali
Support independent journalism: donate today
"""


def lines(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def test_furniture_lines_are_excluded_but_not_the_story() -> None:
    excluded = lines(ARTICLE, furniture_spans(ARTICLE))
    assert excluded == [
        "By Awa Traoré and John Smith",
        "Published: 3 July 2024",
        "A burnt-out truck near Mopti. © Photographer/Agency",
        "Read Entire Article",
        "Subscribe to our newsletter for daily updates",
        "Gunmen kill 12 in central Mali",
        "Support independent journalism: donate today",
    ]


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    text = "Headline\nBy the end of the day, gunmen had killed 10 people."
    assert furniture_spans(text) == []


def test_sentences_keep_abbreviations_and_initials_together() -> None:
    text = "Gen. Keita met Mr. A. Koufa at 5 a.m. on Monday. Then he left. « Il est parti. » Fin."
    found = lines(text, split_sentences(text, 0, len(text)))
    assert found == [
        "Gen. Keita met Mr. A. Koufa at 5 a.m. on Monday.",
        "Then he left.",
        "« Il est parti. »",
        "Fin.",
    ]


def test_hard_wrapped_lines_join_their_paragraph() -> None:
    text = "Headline\nThe army said the attack was carried\nout by a known group.\nNext paragraph."
    assert lines(text, paragraphs(text, [])) == [
        "Headline",
        "The army said the attack was carried\nout by a known group.",
        "Next paragraph.",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gunmen killed twelve people in the village on Monday, the mayor said.", "en"),
        ("Des hommes armés ont tué douze personnes dans le village lundi, selon le maire.", "fr"),
        ("", "en"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_other_languages_are_refused_clearly() -> None:
    with pytest.raises(UnsupportedLanguageError, match="'de'"):
        detect_language(
            "Bewaffnete Männer haben in dem Dorf und auf dem Markt die Leute mit den Waffen"
        )
    with pytest.raises(UnsupportedLanguageError):
        detect_language("هاجم مسلحون قرية في وسط مالي وقتلوا عشرات المدنيين " * 3)


def test_sentence_at_finds_the_sentence_holding_an_offset() -> None:
    doc = Doc(text="Headline\n\nFirst one. Second one.\n\nThird.")
    FurnitureRemover()(doc)
    Sentencizer()(doc)
    for offset in range(-1, len(doc.text) + 2):
        holding = [s.index for s in doc.sentences if s.start <= offset < s.end]
        assert doc.sentence_at(offset) == (holding[0] if holding else -1)
    doc.sentences = doc.sentences[:1]  # a new sentence list is indexed anew
    assert doc.sentence_at(doc.text.index("Third")) == -1
