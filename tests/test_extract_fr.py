"""French articles give the same ACLED output as English ones. Articles written for these tests."""

from __future__ import annotations

import datetime as dt

import sahelwatch
from sahelwatch.model import Event


def extract(text: str, published: str = "2024-07-03") -> list[Event]:
    return sahelwatch.extract(text, published=published)


AMBUSH = """Embuscade meurtrière contre les FAMa près de Boni

Dans la nuit du samedi 29 au dimanche 30 juin 2024, une unité des Forces armées maliennes (FAMa)
est tombée dans une embuscade tendue par des terroristes du GSIM près de Boni. Selon l'état-major,
le bilan est de onze militaires tués et quinze blessés, tandis qu'une trentaine d'assaillants ont
été neutralisés. Le Groupe de soutien à l'islam et aux musulmans a revendiqué l'attaque et affirme
avoir tué plus de cinquante soldats.

Depuis 2012, le Mali est confronté à une crise sécuritaire qui a fait des milliers de morts.
"""


def test_french_ambush_is_a_battle_with_lowest_figures_and_attackers_counted() -> None:
    (event,) = extract(AMBUSH)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.event_date == dt.date(2024, 6, 29)
    assert event.location == "Boni" and event.admin1 == "Mopti" and event.geo_precision == 2
    assert event.actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert event.actor2 == "Military Forces of Mali (2021-)"
    assert event.fatalities == 11 + 30
    assert {(c.field, c.value) for c in event.claims} >= {
        ("fatalities", 11),
        ("injuries", 15),
        ("fatalities", 50),
    }


CAR_BOMB = """Attaque kamikaze contre le camp de Sévaré

Le camp militaire de Sévaré a été visé ce mardi matin par deux véhicules piégés, a annoncé l'armée
malienne. Quatre soldats ont été tués. L'attaque a été revendiquée par l'État islamique au Sahel.
"""


def test_french_suicide_car_bomb() -> None:
    (event,) = extract(CAR_BOMB)
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Suicide bomb",
    )
    assert event.event_date == dt.date(2024, 7, 2)
    assert event.actor1 == "Islamic State (Sahel)"
    assert event.location == "Sévaré" and event.fatalities == 4


VILLAGES = """Des villages attaqués dans le cercle de Bankass

Des hommes armés ont attaqué lundi dernier les villages de Ségué et de Kani-Bonzon, dans le
cercle de Bankass, tuant une vingtaine de civils, selon des élus locaux. Des greniers ont été
incendiés et du bétail emporté. Plusieurs habitants ont été enlevés.
"""


def test_french_attack_on_two_villages_gives_two_civilian_events() -> None:
    events = extract(VILLAGES)
    assert len(events) == 2
    assert sum(e.fatalities for e in events) == 20
    assert {e.event_type for e in events} == {"Violence against civilians"}
    assert {e.actor1 for e in events} == {"Unidentified Armed Group (Mali)"}
    assert {e.event_date for e in events} == {dt.date(2024, 7, 1)}


DRONE = """Frappe de drone à Tinzaouaten

Une frappe de drone de l'armée malienne a fait au moins huit morts, dont des enfants, il y a deux
jours à Tinzaouaten, ont indiqué des sources locales.
"""


def test_french_drone_strike_by_the_army() -> None:
    (event,) = extract(DRONE)
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert event.event_date == dt.date(2024, 7, 1)
    assert event.actor1 == "Military Forces of Mali (2021-)"
    assert event.fatalities == 8 and event.admin1 == "Kidal"


def test_french_and_english_reports_of_one_attack_agree() -> None:
    english = """Suicide attack on Sévaré camp

Two car bombs struck the military camp in Sévaré on Tuesday morning, the Malian army said.
Four soldiers were killed. The Islamic State in the Sahel claimed the attack.
"""
    (en,) = extract(english)
    (fr,) = extract(CAR_BOMB)
    fields = (
        "event_date",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "location",
        "admin1",
        "fatalities",
    )
    assert {f: getattr(en, f) for f in fields} == {f: getattr(fr, f) for f in fields}


EARLIER_RAID = """Dioura : trois éleveurs tués lors d'un vol de bétail

Ténenkou, 9 juillet 2024 - Des hommes armés ont attaqué lundi le hameau de Kareri, dans le cercle de
Ténenkou, et emporté une centaine de bœufs. Trois éleveurs ont été tués.

Fin juin, un scénario semblable s'était produit à Dioura, dans le cercle voisin de Ténenkou, où
quatre personnes avaient été tuées et des animaux emportés.
"""


def test_people_killed_with_no_fighting_word_are_civilians_attacked() -> None:
    events = extract(EARLIER_RAID, published="2024-07-09")
    dioura = [e for e in events if e.location == "Dioura"]
    assert len(dioura) == 1
    assert dioura[0].event_type == "Violence against civilians"
    assert dioura[0].fatalities == 4


def test_a_neighbouring_cercle_named_with_an_event_is_not_an_event_place() -> None:
    events = extract(EARLIER_RAID, published="2024-07-09")
    assert not [e for e in events if e.location == "Ténenkou" and e.event_date.month == 6]


RETAKEN = """Boulkessi : l'armée reprend le camp

Mopti, 20 mars 2025 - Les Forces armées maliennes (FAMa) ont repris ce mercredi le contrôle de
Dioungani, localité du cercle de Koro tombée aux mains des jihadistes du Jnim une semaine plus tôt.

La localité était tombée le mercredi 12 mars, lorsque des combattants du Groupe de soutien à l'islam
et aux musulmans avaient attaqué le poste de gendarmerie. Deux gendarmes avaient été tués.
"""


def test_the_army_retaking_a_town_is_government_regains_territory() -> None:
    events = extract(RETAKEN, published="2025-03-20")
    retaken = [e for e in events if e.event_date == dt.date(2025, 3, 19)]
    assert [e.sub_event_type for e in retaken] == ["Government regains territory"]
    assert retaken[0].actor1 == "Military Forces of Mali (2021-)"


def test_a_group_named_for_support_is_no_hedge_on_its_attack() -> None:
    events = extract(RETAKEN, published="2025-03-20")
    fall = [e for e in events if e.event_date == dt.date(2025, 3, 12)]
    assert len(fall) == 1
    assert fall[0].actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert fall[0].fatalities == 2


WEEKLY = """Bulletin de sécurité du 3 au 9 mars 2025

Bulletin hebdomadaire - publié le lundi 10 mars 2025

Ces sept jours ont été marqués par une attaque contre un poste de police dans le cercle de
Djenné, un enlèvement dans le cercle de Niono et une frappe de drone dans le cercle de Ténenkou.

Mardi 4 mars, des hommes armés ont attaqué le poste de police de Sofara, dans le cercle de Djenné.
Un policier a été tué.
"""


def test_a_summary_naming_three_kinds_of_incident_types_none_of_them() -> None:
    events = extract(WEEKLY, published="2025-03-10")
    sofara = [e for e in events if e.location == "Sofara"]
    assert [(e.event_type, e.sub_event_type) for e in sofara] == [("Battles", "Armed clash")]


KICKER = """Mopti : quatre civils tués par une mine près de Boni

Quatre civils ont été tués mardi 8 avril lorsque leur charrette a sauté sur une mine près de
Boni, dans le cercle de Douentza. Un soldat blessé a été évacué par un hélicoptère venu de Sévaré.
"""


def test_a_place_labelling_a_headline_and_where_help_came_from_are_no_event_places() -> None:
    events = extract(KICKER, published="2025-04-10")
    assert [e.location for e in events] == ["Boni"]
    assert events[0].fatalities == 4


COMMUNE = """Trois bergers tués à Kareri

Ténenkou, 17 mai 2024 - Trois bergers du village de Kareri, dans la commune de Dioura, ont été tués
jeudi 16 mai par des hommes armés, selon des sources locales.
"""


def test_a_commune_named_after_a_village_contains_it() -> None:
    events = extract(COMMUNE, published="2024-05-17")
    assert [e.location for e in events] == ["Kareri"]


REGION_ONLY = """Un camp militaire attaqué dans la région de Ségou

Un camp de l'armée malienne a été la cible d'une attaque dans la nuit du mardi 14 au mercredi
15 mai dans la région de Ségou. Sept soldats ont été tués, selon l'armée.
"""


def test_a_region_named_as_such_is_the_region_at_geo_precision_3() -> None:
    (event,) = extract(REGION_ONLY, published="2024-05-17")
    assert (event.admin1, event.geo_precision) == ("Segou", 3)
