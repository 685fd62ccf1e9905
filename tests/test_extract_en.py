"""English articles in, ACLED-coded events out. Every article here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import sahelwatch
from sahelwatch.errors import MissingPublicationDateError
from sahelwatch.model import Event


def extract(text: str, published: str | None = "2024-07-03") -> list[Event]:
    return sahelwatch.extract(text, published=published)


def by_location(events: list[Event]) -> dict[str, Event]:
    return {e.location: e for e in events}


BATTLE = """Jihadists kill 47 soldiers and 84 mercenaries in northern Mali ambush

BAMAKO, July 3 (Wire) - Militants of the Group for Support of Islam and Muslims (JNIM)
ambushed an army convoy near Gossi on Monday, killing 47 soldiers and 84 mercenaries, the
group said in a claim. The army said 10 soldiers were killed and 14 wounded, and that 20
attackers were neutralised.

Mali has been battling an insurgency since 2012. Dozens of soldiers have died since January,
and a national force of 12,000 soldiers was deployed to the region in 2019.
"""


def test_battle_with_conflicting_claims_takes_the_lowest_figure_per_group() -> None:
    (event,) = extract(BATTLE)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.event_date == dt.date(2024, 7, 1) and event.time_precision == 1
    assert event.location == "Gossi" and event.admin1 == "Timbuktu"
    assert event.geo_precision == 2  # "near Gossi"
    assert event.actor1 == "JNIM: Group for Support of Islam and Muslims" and event.inter1 == 2
    assert event.actor2 == "Military Forces of Mali (2021-)" and event.inter2 == 1
    assert event.interaction == 12
    # soldiers: the army's 10 (the lowest), attackers: 20; the group's claim about its own
    # attack (47 soldiers, 84 mercenaries) is kept as a claim, not counted (ACLED's caution)
    assert event.fatalities == 10 + 20
    sources = {(c.field, c.value, c.source) for c in event.claims}
    # "the group said": the group named before, JNIM
    assert ("fatalities", 47, "JNIM: Group for Support of Islam and Muslims") in sources
    assert ("fatalities", 10, "Malian army") in sources
    assert ("injuries", 14, "Malian army") in sources


def test_background_and_aggregates_are_not_events() -> None:
    events = extract(BATTLE)
    assert len(events) == 1
    assert all(e.event_date.year == 2024 for e in events)


MASSACRE = """Gunmen kill dozens in attack on central Mali villages

Unidentified gunmen attacked the villages of Boni, Hombori and Douentza on Saturday night,
killing 30 civilians, local officials said. In Boni, the attackers also kidnapped the village
chief. At least 12 other people were dead or missing and 20 wounded, a local official added.

The attacks came a year after a massacre in the same area killed more than 100 people.
"""


def test_one_event_per_attacked_place_with_the_toll_shared() -> None:
    events = by_location(extract(MASSACRE))
    assert set(events) == {"Boni", "Hombori", "Douentza"}
    assert sum(e.fatalities for e in events.values()) == 30
    for event in events.values():
        assert event.event_type == "Violence against civilians"
        assert event.actor1 == "Unidentified Armed Group (Mali)" and event.inter1 == 3
        assert event.actor2 == "Civilians (Mali)" and event.inter2 == 7
        assert event.civilian_targeting == "Civilian targeting"
        assert event.event_date == dt.date(2024, 6, 29)
    claims = [c for e in events.values() for c in e.claims]
    assert any(c.field == "dead_or_missing" and c.value == 12 for c in claims)


CAMPAIGN = """Fighting rages for three days around Ber

TIMBUKTU, July 3 (Wire) - Separatist rebels attacked army positions in Ber on Saturday,
killing five soldiers, the army said. On Sunday, fighting resumed and three more soldiers were
killed. On Monday, a drone strike hit a rebel vehicle, killing four fighters, the rebels said.
"""


def test_a_multi_day_campaign_gives_one_event_per_day() -> None:
    events = sorted(extract(CAMPAIGN), key=lambda e: e.event_date)
    assert [e.event_date.day for e in events] == [29, 30, 1]
    assert {e.location for e in events} == {"Ber"}
    assert [e.fatalities for e in events] == [5, 3, 4]
    assert events[-1].event_type == "Explosions/Remote violence"
    assert events[-1].sub_event_type == "Air/drone strike"
    assert events[0].actor1.startswith("FLA") or events[0].actor1.startswith("CSP")


KIDNAP = """Three Chinese workers kidnapped near Kayes

Gunmen abducted three Chinese workers at a gold mine near Kayes on Tuesday, a security source
told reporters. No group has claimed the kidnapping.
"""


def test_abduction_of_foreign_civilians() -> None:
    (event,) = extract(KIDNAP)
    assert (event.event_type, event.sub_event_type) == (
        "Violence against civilians",
        "Abduction/forced disappearance",
    )
    assert event.actor2 == "Civilians (China)"
    assert event.fatalities == 0
    assert event.location == "Kayes" and event.geo_precision == 2


IED = """Roadside bomb kills four soldiers near Ansongo

Four soldiers were killed when their vehicle hit an improvised explosive device on Sunday near
Ansongo, the army said. The Islamic State Sahel Province claimed the attack.
"""


def test_ied_is_remote_violence_claimed_by_islamic_state() -> None:
    (event,) = extract(IED)
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    )
    assert event.actor1 == "Islamic State (Sahel)"
    assert event.fatalities == 4 and event.admin1 == "Gao"


REGAIN = """Army retakes Anefis

Mali's army said on Tuesday that it had retaken the town of Anefis from separatist rebels
after two days of fighting.
"""


def test_government_regains_territory() -> None:
    events = extract(REGAIN)
    assert any(
        e.sub_event_type == "Government regains territory"
        and e.actor1 == "Military Forces of Mali (2021-)"
        for e in events
    )


def test_regime_periods_name_the_state_forces() -> None:
    text = "Soldiers killed in Mopti\n\nGunmen killed six soldiers in Mopti on Monday."
    (old,) = sahelwatch.extract(text, published="2019-03-20")
    (new,) = sahelwatch.extract(text, published="2022-03-23")
    assert old.actor2 == "Military Forces of Mali (2013-2020)"
    assert new.actor2 == "Military Forces of Mali (2021-)"


def test_evidence_spans_point_into_the_article() -> None:
    for article in (BATTLE, MASSACRE, CAMPAIGN, KIDNAP, IED):
        for event in extract(article):
            assert event.evidence
            for span in event.evidence:
                assert article[span.start : span.end] == span.text


def test_publication_date_is_read_from_the_article_when_not_given() -> None:
    text = (
        "Attack in Mopti\nPublished: 9 August 2022\n\n"
        "Gunmen killed six soldiers in Mopti on Sunday."
    )
    (event,) = extract(text, published=None)
    assert event.event_date == dt.date(2022, 8, 7)


def test_no_publication_date_anywhere_is_a_clear_error() -> None:
    with pytest.raises(MissingPublicationDateError, match="--published"):
        extract("Attack in Mopti\n\nGunmen killed six soldiers in Mopti on Sunday.", published=None)


def test_an_article_without_violence_has_no_events() -> None:
    text = "Mali opens new school\n\nThe government opened a school in Mopti on Monday."
    assert extract(text) == []


AIR_RAID = """Army says it hit militants near Hombori

BAMAKO, July 3 - Malian army planes and drones struck a camp of militants near Hombori on Tuesday,
killing "several" of them, the army said.
"""


def test_aircraft_that_strike_make_an_air_strike() -> None:
    (event,) = extract(AIR_RAID)
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert event.actor1 == "Military Forces of Mali (2021-)"


AIR_SUPPORT = """Soldiers repel attack on Boni camp

BAMAKO, July 3 - Soldiers repelled an attack on their camp in Boni on Tuesday. Helicopters sent
from Sevare later joined the fighting, the army said. Three soldiers were killed.
"""


def test_aircraft_joining_a_fight_leave_it_a_battle() -> None:
    events = extract(AIR_SUPPORT)
    assert [(e.location, e.event_type) for e in events] == [("Boni", "Battles")]


RETAKEN = """Mali army says it has retaken Tessit

BAMAKO, April 14 - Soldiers entered Tessit on Saturday after brief fighting in which two soldiers
were killed and "a dozen terrorists" were neutralised, the army said.

In a separate operation between 27 March and 1 April, the air force carried out a series of strikes
around Talataye, the army said.
"""


def test_a_quoted_figure_is_read_and_a_series_of_strikes_is_an_air_strike() -> None:
    events = {e.location: e for e in extract(RETAKEN, published="2025-04-14")}
    assert events["Tessit"].fatalities == 14
    assert events["Talataye"].sub_event_type == "Air/drone strike"


TWO_VILLAGES = """Gunmen kill villagers in two raids

BAMAKO, Feb 13 - Gunmen killed villagers in raids on Songho and Dourou on Saturday night.
Fifteen people were killed in Songho, an official said. In Dourou, eight people were killed.
The government said "at least 23 civilians" had died in the two villages.
"""


def test_a_total_for_several_villages_is_not_given_to_the_last_one() -> None:
    events = {e.location: e.fatalities for e in extract(TWO_VILLAGES, published="2023-02-13")}
    assert events == {"Songho": 15, "Dourou": 8}


CAMP_AND_VILLAGE = """Militants attack army post and village in Mopti region

BAMAKO, June 5 - Militants attacked an army post and a village in Mali's Mopti region on Tuesday
night, killing four soldiers and at least six civilians, officials said.

The army said four soldiers were killed at its post in Boni. In a statement, the Macina
Liberation Front said its fighters had killed 30 soldiers at the post.

Other gunmen raided the village of Hombori, where at least six people were killed, a local official
said.
"""


def test_a_village_raided_beside_an_army_post_is_violence_against_civilians() -> None:
    events = {e.location: e for e in extract(CAMP_AND_VILLAGE, published="2024-06-05")}
    assert events["Boni"].event_type == "Battles"
    assert events["Hombori"].event_type == "Violence against civilians"
    assert events["Hombori"].actor2 == "Civilians (Mali)"


def test_a_named_group_that_speaks_is_the_source_of_its_claim() -> None:
    events = {e.location: e for e in extract(CAMP_AND_VILLAGE, published="2024-06-05")}
    claims = [c for e in events.values() for c in e.claims if c.value == 30]
    assert claims
    assert {c.source for c in claims} == {"JNIM: Group for Support of Islam and Muslims"}
    assert events["Boni"].fatalities == 4


UNDER_ATTACK = """Village attacked after troops leave

BAMAKO, Feb 15 - Officials said Sobane had come under attack less than a day after Malian troops
who had been stationed nearby left their base. Gunmen killed nine villagers.
"""


def test_a_target_in_a_later_clause_does_not_type_the_attack() -> None:
    (event,) = extract(UNDER_ATTACK, published="2020-02-15")
    assert event.event_type == "Violence against civilians"


DIGEST = """Weekly digest: attacks in the centre

Weekly digest - 18 May 2024

Earlier this month, JNIM fighters attacked the army camp at Boni, killing at least seven soldiers
according to the army.

On Thursday (16 May), gunmen killed three villagers in Hombori, about 30 km from Boni. It was not
clear whether the attack was linked to the assault on the Boni camp.
"""


def test_an_undated_sentence_about_an_earlier_incident_adds_no_event() -> None:
    events = extract(DIGEST, published="2024-05-18")
    assert sorted((e.location, e.event_date.isoformat()) for e in events) == [
        ("Boni", "2024-05-01"),
        ("Hombori", "2024-05-16"),
    ]


def test_a_village_event_carries_no_claim_about_the_soldiers_at_the_post() -> None:
    events = {e.location: e for e in extract(CAMP_AND_VILLAGE, published="2024-06-05")}
    village_claims = {(c.value, c.source) for c in events["Hombori"].claims}
    assert (30, "JNIM: Group for Support of Islam and Muslims") not in village_claims
    assert all(c.value != 4 for c in events["Hombori"].claims)  # the four soldiers
