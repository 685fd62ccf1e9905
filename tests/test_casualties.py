"""Reported figures: numbers in digits and words, outcomes, victims, ACLED's vague quantities."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction.components.casualties import (
    CasualtyAnnotator,
    may_report_casualties,
    patterns,
)
from sahelwatch.extraction.components.dates import DateAnnotator
from sahelwatch.extraction.components.segment import FurnitureRemover, Sentencizer
from sahelwatch.extraction.doc import Doc
from sahelwatch.extraction.text import fold


def figures(sentence: str, lang: str = "en") -> list[tuple[int, int, str, str]]:
    doc = Doc(text=f"Headline\n\n{sentence}", published=dt.date(2024, 7, 3), lang=lang)
    for component in (FurnitureRemover(), Sentencizer(), DateAnnotator(), CasualtyAnnotator()):
        component(doc)
    return [(c.low, c.high, c.outcome, c.victim) for c in doc.casualties]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least 12 soldiers were killed in the raid.", [(12, 12, "killed", "soldiers")]),
        ("Gunmen killed forty villagers.", [(40, 40, "killed", "civilians")]),
        ("A dozen herders were shot dead.", [(12, 12, "killed", "civilians")]),
        ("A nurse was shot dead at the clinic.", [(1, 1, "killed", "civilians")]),
        ("Between 30 and 45 people were killed.", [(30, 45, "killed", "people")]),
        (
            "The attackers killed 47 troops and 84 mercenaries.",
            [(47, 47, "killed", "soldiers"), (84, 84, "killed", "foreign_troops")],
        ),
        ("Dozens of residents were killed.", [(12, 12, "killed", "civilians")]),
        ("Hundreds of men were executed.", [(100, 100, "killed", "civilians")]),
        ("Several soldiers were killed.", [(3, 3, "killed", "soldiers")]),
        ("Nine soldiers were wounded.", [(9, 9, "wounded", "soldiers")]),
        ("At least 14 people were dead or missing.", [(14, 14, "dead_or_missing", "people")]),
        (
            "Five soldiers killed and twenty others injured.",
            [(5, 5, "killed", "soldiers"), (20, 20, "wounded", "people")],
        ),
        ("The army said it had neutralised 31 terrorists.", [(31, 31, "killed", "attackers")]),
        (
            "They killed two civilians and wounded three.",
            [(2, 2, "killed", "civilians"), (3, 3, "wounded", "people")],
        ),
        (
            "The army said it killed at least seven in the enemy's ranks.",
            [(7, 7, "killed", "attackers")],
        ),
    ],
)
def test_english_figures(sentence: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le bilan fait état de quarante (40) personnes tuées.", [(40, 40, "killed", "people")]),
        ("L'attaque a fait une trentaine de morts.", [(30, 30, "killed", "people")]),
        ("Des sources locales confirment 30 à 32 morts.", [(30, 32, "killed", "people")]),
        ("Plusieurs dizaines de civils ont été tués.", [(12, 12, "killed", "civilians")]),
        ("Plus d'une centaine de villageois ont été tués.", [(100, 100, "killed", "civilians")]),
        (
            "Cinq militaires tués et 20 autres blessés.",
            [(5, 5, "killed", "soldiers"), (20, 20, "wounded", "people")],
        ),
        ("Onze militaires sont portés disparus.", [(11, 11, "missing", "soldiers")]),
        ("Une soixantaine de terroristes ont été neutralisés.", [(60, 60, "killed", "attackers")]),
        ("Des dizaines de civils ont été tués.", [(12, 12, "killed", "civilians")]),
        (
            "Il affirme qu'« une vingtaine de terroristes » ont été neutralisés.",
            [(20, 20, "killed", "attackers")],
        ),
        ("Un infirmier a été tué par balle.", [(1, 1, "killed", "civilians")]),
        (
            "L'état-major affirme avoir neutralisé « une quinzaine de terroristes ».",
            [(15, 15, "killed", "attackers")],
        ),
    ],
)
def test_french_figures(sentence: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert figures(sentence, lang="fr") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The attackers burnt 22 vehicles and stole 12 cows.",
        "The group was founded in 2015.",
        "Civilians were killed between 27 March and 1 April.",
        "A force of 12,000 soldiers was deployed.",
        "The attack lasted around three hours.",
    ],
)
def test_numbers_that_do_not_count_dead(sentence: str) -> None:
    assert [f for f in figures(sentence) if f[2] == "killed"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 12 soldiers were killed in the raid.", True),
        ("Twelve soldiers. Killed on the spot, they were buried at dawn.", True),
        ("The army said 12 men took part in the patrol.", False),
        ("Douze civils ont été tués.", True),
    ],
)
def test_may_report_casualties_looks_for_an_outcome_word(text: str, expected: bool) -> None:
    lang = "fr" if "civils" in text else "en"
    folded = fold(text)
    assert may_report_casualties(folded, 0, len(folded), patterns(lang)) is expected


def test_a_sentence_may_take_its_verb_from_the_words_just_before_it() -> None:
    folded = fold("Among those killed: 12 soldiers, the army said.")
    start = folded.index("12")
    assert may_report_casualties(folded, start, len(folded), patterns("en"))
    far = fold("Those killed were buried." + " " * 60 + "12 men took part.")
    start = far.index("12")
    assert not may_report_casualties(far, start, len(far), patterns("en"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_sentence_with_a_casualty_passes_the_outcome_check(lang: str) -> None:
    from benchmarks.generate import generate
    from sahelwatch.articles import article_from_text
    from sahelwatch.extraction.build import default_pipeline, new_doc

    checked = 0
    for generated in generate(20, lang, 7):
        article = article_from_text(generated.text).with_defaults(published=generated.published)
        doc = default_pipeline()(new_doc(article))
        for index in {c.sentence for c in doc.casualties}:
            sentence = doc.sentences[index]
            assert may_report_casualties(doc.folded, sentence.start, sentence.end, patterns(lang))
            checked += 1
    assert checked > 20
