"""The packaged gazetteer: drift from its sources, spellings, regions, curated places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sahelwatch.geo.gazetteer import load_gazetteer, name_key, spelling_key
from sahelwatch.geo.place import Place

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import build_gazetteer  # noqa: E402


def test_packaged_gazetteer_is_exactly_what_its_sources_compile_to() -> None:
    for name, expected in build_gazetteer.build(build_gazetteer.SOURCES).items():
        packaged = (build_gazetteer.TARGET / name).read_bytes()
        assert packaged == expected, (
            f"src/sahelwatch/data/{name} drifted from data-src/: run `make gazetteer` and commit"
        )


def the(name: str, admin1: str | None = None) -> Place:
    gaz = load_gazetteer()
    found = gaz.lookup(name) or tuple(p for p, _ in gaz.lookup_variant(name))
    place = gaz.choose(list(found), admin1={admin1} if admin1 else set())
    assert place is not None, f"{name} not in the gazetteer"
    return place


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Diallassago", "Diallassagou"),
        ("Diallasagou", "Diallassagou"),
        ("Tessett", "Tessit"),
        ("Boulkessy", "Boulkessi"),
        ("Nioro du Sahel", "Nioro du Sahel"),
        ("Nioro", "Nioro du Sahel"),
        ("Tinzaouaten", "Ti-n-Zaouâtene"),
        ("Tin Zaouatene", "Ti-n-Zaouâtene"),
        ("Ogossagou", "Ogossagou"),
        ("Ogossaggou", "Ogossagou"),
        ("Songho", "Songho"),
        ("Koulikouro", "Koulikoro"),
    ],
)
def test_spelling_variants_find_the_place(written: str, meant: str) -> None:
    assert the(written).name == meant


@pytest.mark.parametrize(
    ("town", "country", "admin1"),
    [
        ("Tessit", "Mali", "Gao"),
        ("Kwala", "Mali", "Koulikoro"),
        ("Sévaré", "Mali", "Mopti"),
        ("Niono", "Mali", "Segou"),
        ("Kidal", "Mali", "Kidal"),
        ("Ménaka", "Mali", "Gao"),  # pre-2016 layout of the packaged polygons
        ("Djibo", "Burkina Faso", "Sahel"),
        ("Inates", "Niger", "Tillaberi"),
        ("Ayorou", "Niger", "Tillaberi"),
    ],
)
def test_admin1_comes_from_the_region_polygons(town: str, country: str, admin1: str) -> None:
    place = the(town)
    assert (place.country, place.admin1) == (country, admin1)


def test_context_disambiguates_homonyms() -> None:
    gaz = load_gazetteer()
    lere = list(gaz.lookup("Léré"))
    assert gaz.choose(lere, admin1={"Timbuktu"}).admin1 == "Timbuktu"  # type: ignore[union-attr]
    assert gaz.choose(lere, admin1={"Mopti"}).admin1 == "Mopti"  # type: ignore[union-attr]
    dioura = list(gaz.lookup("Dioura"))
    assert gaz.choose(dioura, admin1={"Mopti"}).admin1 == "Mopti"  # type: ignore[union-attr]
    assert gaz.choose(lere).country == "Mali"  # type: ignore[union-attr]


def test_of_two_hamlets_with_nothing_else_to_tell_the_one_in_the_cercle_of_its_name_wins() -> None:
    gaz = load_gazetteer()
    hamlets = [p for p in gaz.lookup("Macina") if p.feature_class == "P"]
    assert {p.admin1 for p in hamlets} >= {"Kayes", "Segou"}
    chosen = gaz.choose(hamlets)
    assert chosen is not None and (chosen.admin1, chosen.admin2) == ("Segou", "Macina")
    assert gaz.choose(hamlets, admin1=["Kayes"]).admin1 == "Kayes"  # type: ignore[union-attr]


def test_a_town_of_the_name_written_beats_a_nearer_village_geonames_also_calls_so() -> None:
    gaz = load_gazetteer()
    doris = [p for p in gaz.lookup("Dori") if p.country_code == "BF"]
    assert {p.name for p in doris} >= {"Dori", "Dori Yagha"}
    sebba = the("Sebba")
    near_sebba = [(sebba.latitude, sebba.longitude)]
    chosen = gaz.choose(doris, near=near_sebba, prefer_country="BF", spelled="Dori")
    assert chosen is not None and (chosen.name, chosen.admin2) == ("Dori", "Séno")


CURATED = """Boulkessi Moura Ogossagou Djiguibombo Deguessagou Dessagou Bapho Koro Gossi Diabaly
Dogofry Ber Anefis Dialloubé Sobane Da|Koulogon Tarkint Intahaka Talataye Tidermène Amachach
Tabankort Kareri""".replace("\n", " ")


@pytest.mark.parametrize("name", [n for chunk in CURATED.split("|") for n in chunk.split(" ") if n])
def test_places_reporting_names_and_geonames_lacks_are_curated(name: str) -> None:
    assert load_gazetteer().lookup(name), name


def test_regions_resolve_in_french_and_english() -> None:
    gaz = load_gazetteer()
    for name, admin1 in (
        ("Tombouctou", "Timbuktu"),
        ("Timbuktu", "Timbuktu"),
        ("Ségou", "Segou"),
        ("région de Mopti", "Mopti"),
        ("Kidal region", "Kidal"),
    ):
        region = gaz.region(name)
        assert region is not None and region.admin1 == admin1, name


def test_common_words_and_names_are_not_places_on_their_own() -> None:
    gaz = load_gazetteer()
    for word in ("Mars", "Police", "Amadou", "Traoré", "Sahel", "Fama"):
        assert gaz.is_stopword(word), word
    assert not gaz.is_stopword("Diré")


def test_keys_ignore_case_accents_and_punctuation() -> None:
    assert name_key("Ti-n-Zaouâtene") == name_key("TI N ZAOUATENE") == "ti n zaouatene"
    assert spelling_key("Boulkessy") == spelling_key("Boulkessi")
