"""Time expressions resolved against a pinned publication date (dateparser's practice)."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction.components.dates import DateAnnotator
from sahelwatch.extraction.components.segment import FurnitureRemover, Sentencizer
from sahelwatch.extraction.doc import DateMention, Doc

# A Wednesday.
PUBLISHED = dt.date(2024, 7, 3)


def dates_in(sentence: str, lang: str = "en", published: dt.date = PUBLISHED) -> list[DateMention]:
    doc = Doc(text=f"Headline\n\n{sentence}", published=published, lang=lang)
    for component in (FurnitureRemover(), Sentencizer(), DateAnnotator()):
        component(doc)
    return doc.dates


def only_date(sentence: str, lang: str = "en", published: dt.date = PUBLISHED) -> DateMention:
    found = dates_in(sentence, lang, published)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("Gunmen struck the village on Monday.", dt.date(2024, 7, 1), 1),
        ("The convoy was ambushed last Tuesday.", dt.date(2024, 7, 2), 1),
        ("The market was attacked on Wednesday.", dt.date(2024, 7, 3), 1),
        ("The base came under fire on Saturday night.", dt.date(2024, 6, 29), 1),
        ("Fighting broke out on the night of June 18.", dt.date(2024, 6, 18), 1),
        ("The attack happened on 27 June 2024.", dt.date(2024, 6, 27), 1),
        ("The attack happened on June 27, 2024.", dt.date(2024, 6, 27), 1),
        ("Soldiers were killed last week.", dt.date(2024, 6, 26), 2),
        ("Clashes broke out in September.", dt.date(2023, 9, 1), 3),
        ("The camp fell at the end of March.", dt.date(2024, 3, 25), 2),
        ("Villagers fled two days ago.", dt.date(2024, 7, 1), 1),
        ("The town was shelled yesterday.", dt.date(2024, 7, 2), 1),
        ("Two soldiers died in a blast two weeks ago.", dt.date(2024, 6, 19), 2),
    ],
)
def test_english_expressions(sentence: str, expected: dt.date, precision: int) -> None:
    found = only_date(sentence)
    assert (found.date, found.precision) == (expected, precision)
    assert not found.reporting


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("L'attaque a eu lieu mardi dernier.", dt.date(2024, 7, 2), 1),
        ("Les assaillants sont venus lundi 1er juillet 2024.", dt.date(2024, 7, 1), 1),
        ("Le convoi est tombé dans une embuscade le 1er juillet 2024.", dt.date(2024, 7, 1), 1),
        ("Le camp a été attaqué ce mardi.", dt.date(2024, 7, 2), 1),
        ("Des hommes armés ont frappé il y a deux jours.", dt.date(2024, 7, 1), 1),
        ("Les combats ont repris fin mars.", dt.date(2024, 3, 25), 2),
        ("Le village a été incendié en septembre.", dt.date(2023, 9, 1), 3),
        ("Les soldats ont été pris pour cible samedi soir.", dt.date(2024, 6, 29), 1),
        ("Le poste a été attaqué lundi 18 septembre.", dt.date(2023, 9, 18), 1),
        ("Le camp a été attaqué ce mardi à l'aube.", dt.date(2024, 7, 2), 1),
    ],
)
def test_french_expressions(sentence: str, expected: dt.date, precision: int) -> None:
    found = only_date(sentence, lang="fr")
    assert (found.date, found.precision) == (expected, precision)


def test_french_night_span_is_coded_on_its_first_day() -> None:
    found = only_date(
        "Dans la nuit du samedi 18 au dimanche 19 juin 2022, le village a été attaqué.",
        lang="fr",
        published=dt.date(2022, 6, 21),
    )
    assert (found.date, found.last, found.precision) == (
        dt.date(2022, 6, 18),
        dt.date(2022, 6, 19),
        1,
    )


def test_span_between_two_dates_is_week_precision() -> None:
    found = only_date(
        "Civilians were killed between 27 March and 1 April.", published=dt.date(2024, 4, 9)
    )
    assert (found.date, found.last, found.precision) == (
        dt.date(2024, 3, 27),
        dt.date(2024, 4, 1),
        2,
    )


def test_night_between_weekdays() -> None:
    found = only_date("They struck on the night between Saturday and Sunday.")
    assert found.date == dt.date(2024, 6, 29)


def test_anchored_expression_counts_from_the_last_stated_date() -> None:
    found = dates_in(
        "The first raid came on 10 June 2024. A second followed six days after the first."
    )
    assert [m.date for m in found] == [dt.date(2024, 6, 10), dt.date(2024, 6, 16)]


def test_less_than_a_fortnight_earlier_is_week_precision() -> None:
    found = dates_in(
        "Troops left on 20 June 2024. Less than a fortnight earlier, the base was hit."
    )
    assert found[-1].date == dt.date(2024, 6, 6) and found[-1].precision == 2


def test_statement_dates_are_reporting_dates() -> None:
    found = dates_in("Gunmen killed ten herders, the government said on Monday.")
    assert [(m.text, m.reporting) for m in found] == [("Monday", True)]
    french = dates_in("L'armée a annoncé ce mardi 2 juillet le bilan de l'attaque.", lang="fr")
    assert french[0].reporting


def test_may_and_march_count_as_months_only_when_capitalised() -> None:
    assert dates_in("The death toll may rise and residents may march.") == []
    assert only_date("The attack came in May.").date == dt.date(2024, 5, 1)


def test_sept_is_seven_not_september_in_french() -> None:
    assert dates_in("Sept militaires ont été tués.", lang="fr") == []


def test_years_alone_are_not_event_dates() -> None:
    found = only_date("The group was founded in 2015.")
    assert found.precision == 4


def test_dates_after_publication_are_marked() -> None:
    found = only_date("Elections are planned for 12 July 2024.")
    assert found.reporting  # in the future: cannot date an event already reported


@pytest.mark.parametrize(
    ("head", "lang", "expected"),
    [
        (
            "Titre\n\nSégou, 15 octobre 2024 - Des hommes armés ont attaqué.",
            "fr",
            dt.date(2024, 10, 15),
        ),
        (
            "Communiqué\n\nBamako, le 24 août 2022\n\nLe Coordonnateur condamne.",
            "fr",
            dt.date(2022, 8, 24),
        ),
        (
            "Headline\n\nDAKAR, Dec 4, 2024 (Sahel Wire) - A car bomb exploded.",
            "en",
            dt.date(2024, 12, 4),
        ),
        ("Headline\n\nPublished: 9 August 2022\n\nGunmen attacked.", "en", dt.date(2022, 8, 9)),
        ("Headline\n\nBAMAKO, May 15 (Sahel Wire) - No year in this dateline.", "en", None),
    ],
)
def test_the_article_states_its_publication_date(
    head: str, lang: str, expected: dt.date | None
) -> None:
    from sahelwatch.extraction.components.published import stated_publication_date

    assert stated_publication_date(head, lang) == expected
