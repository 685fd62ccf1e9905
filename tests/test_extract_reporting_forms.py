"""Forms of reporting met in articles the project had not seen: army communiqués, elided
French place names, claims with no other toll, journeys, abductions, protests, statements
from other countries' armies. Articles written for these tests."""

from __future__ import annotations

import datetime as dt

import sahelwatch
from sahelwatch.articles import article_from_text
from sahelwatch.extraction.api import extract_article
from sahelwatch.model import Event


def extract(text: str, published: str) -> list[Event]:
    return sahelwatch.extract(text, published=published)


COMMUNIQUE = """Communiqué des forces armées

Le 3 mars 2025 vers 10 heures, une patrouille des FAMa a été accrochée par des terroristes près de
Sokolo, cercle de Niono. La riposte a permis de neutraliser huit terroristes. Côté ami, on
déplore un mort.

Le 4 mars 2025, les vecteurs aériens des FAMa ont neutralisé un groupe de terroristes à moto dans
la zone de Dioura.
"""


def test_a_patrol_engaged_by_terrorists_is_a_battle_and_aircraft_that_neutralise_strike() -> None:
    clash, strike = sorted(extract(COMMUNIQUE, "2025-03-05"), key=lambda e: e.event_date)
    assert (clash.event_type, clash.location, clash.event_date) == (
        "Battles",
        "Sokolo",
        dt.date(2025, 3, 3),
    )
    assert clash.fatalities == 8 + 1
    assert (strike.event_type, strike.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert strike.location == "Dioura" and strike.actor1 == "Military Forces of Mali (2021-)"
    assert strike.fatalities == 0  # "un groupe de terroristes" counts nobody


ELIDED = """Attaque contre le poste d'Ansongo

Le poste de gendarmerie d'Ansongo a été attaqué lundi soir par des hommes armés. Deux gendarmes
ont été tués, selon une source sécuritaire.
"""


def test_a_place_after_an_elided_de_is_read() -> None:
    (event,) = extract(ELIDED, "2024-09-04")
    assert (event.location, event.admin1, event.fatalities) == ("Ansongo", "Gao", 2)


CLAIM_ONLY_IN_BODY = """Burkina Faso : des dizaines de soldats tués à Djibo

Le camp militaire de Djibo a été attaqué dimanche par des centaines d'hommes armés, selon des
sources locales. Le Groupe de soutien à l'islam et aux musulmans a revendiqué l'attaque, affirmant
avoir tué quatre-vingts soldats.
"""


def test_a_groups_claim_is_not_the_toll_when_the_headline_gives_one() -> None:
    (event,) = extract(CLAIM_ONLY_IN_BODY, "2024-06-11")
    assert event.location == "Djibo" and event.fatalities == 12
    assert ("fatalities", 80) in {(c.field, c.value) for c in event.claims}


BUS = """Un minibus saute sur une mine

Un minibus qui reliait Mopti à Bandiagara a sauté sur une mine mardi entre Songho et Dourou.
Sept passagers ont été tués, selon un responsable de la santé.
"""


def test_a_vehicle_on_a_mine_is_placed_where_it_hit_not_where_it_was_going() -> None:
    (event,) = extract(BUS, "2024-02-08")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.location in ("Songho", "Dourou") and event.geo_precision == 2
    assert event.actor2 == "Civilians (Mali)" and event.fatalities == 7


ABDUCTION = """Un imam enlevé à Kolongo

Des hommes armés ont fait irruption dans la mosquée de Kolongo vendredi et ont enlevé l'imam,
ont rapporté des habitants. Il a été emmené vers une destination inconnue.
"""


def test_people_taken_with_nobody_killed_is_an_abduction() -> None:
    (event,) = extract(ABDUCTION, "2024-05-12")
    assert (event.event_type, event.sub_event_type) == (
        "Violence against civilians",
        "Abduction/forced disappearance",
    )


TRADERS = """Shops shut in Ansongo

On Monday, traders in Ansongo kept their shops shut in protest against a new tax, residents said.
The mayor's office handed over a letter to the governor the next day.
"""


def test_traders_in_a_town_protest_there_and_a_handed_over_letter_is_no_event() -> None:
    (event,) = extract(TRADERS, "2024-03-06")
    assert (event.event_type, event.location) == ("Protests", "Ansongo")


CONFLICTING = """Soldiers killed near Kati

Gunmen attacked an army post near Kati on Sunday, killing nine soldiers, two security sources said.
The army put its own losses at four dead and said 15 assailants were neutralised.
"""


def test_the_armys_lower_figure_for_its_own_dead_wins_and_sources_are_not_figures() -> None:
    (event,) = extract(CONFLICTING, "2024-08-13")
    assert event.fatalities == 4 + 15
    assert 2 not in {c.value for c in event.claims}


NIGER = """Soldiers killed in western Niger

NIAMEY, May 7 - Four soldiers were killed on Monday when their patrol hit a mine near Tera, the
defence ministry said.
"""


def test_a_nigerien_ministry_speaks_for_the_nigerien_army() -> None:
    (event,) = extract(NIGER, "2024-05-07")
    assert event.country == "Niger"
    assert ("fatalities", 4, "Nigerien army") in {
        (c.field, c.value, c.source) for c in event.claims
    }


REPORT = """Rights group documents killings

Soldiers killed 12 villagers in Sirakoro on 2 June, a rights group said in a report released on
Thursday. Relatives buried them the next day.
"""


def test_a_reports_release_date_anchors_nothing() -> None:
    doc = extract_article(article_from_text(REPORT), published="2024-07-12").doc
    dates = {d.text: d for d in doc.dates}
    assert dates["Thursday"].reporting
    assert dates["the next day"].date == dt.date(2024, 6, 3)


DANGER = """Life on the road to Ménaka

Traders from Gao still come to the weekly market of Ansongo, but the road is littered with
landmines and few drivers take it.
"""


def test_a_road_littered_with_mines_and_traders_from_a_town_are_no_event() -> None:
    assert extract(DANGER, "2024-04-01") == []


RIVALS = """Jihadist rivals clash near Ménaka

Fighters of al Qaeda's Sahel branch attacked positions held by Islamic State Sahel Province near
Tidermène on Monday, killing 17 fighters, residents said.
"""


def test_armed_groups_fighting_each_other_are_both_actors() -> None:
    (event,) = extract(RIVALS, "2025-02-05")
    assert {event.actor1, event.actor2} == {
        "JNIM: Group for Support of Islam and Muslims",
        "Islamic State (Sahel)",
    }


MILITIA_RAID = """Raid on a Fulani village

Dozo hunters from neighbouring Dogon villages attacked Sobane on Sunday, killing nine Fulani
herders, survivors said.
"""


def test_the_attackers_people_is_not_among_the_victims() -> None:
    (event,) = extract(MILITIA_RAID, "2024-10-09")
    assert event.actor1 == "Dozo Communal Militia (Mali)"
    assert "Dogon" not in event.assoc_actor_2 and "Fulani" in event.assoc_actor_2


HYPHENATED = """Village burned in central Mali

Gunmen killed four people in Dourou-Peul on Friday, a local official said.
"""


def test_an_ethnic_word_ending_a_village_name_is_part_of_the_name() -> None:
    (event,) = extract(HYPHENATED, "2024-10-07")
    assert event.location.startswith("Dourou") and "Fulani" not in event.assoc_actor_2


PEACE = """Cercle de Koro : un accord de paix signé

Les communautés peule et dogon de Madougou ont signé un accord de paix samedi.
"""


def test_communities_signing_an_agreement_are_its_actors_and_a_cercle_keeps_its_name() -> None:
    (event,) = extract(PEACE, "2024-05-20")
    assert event.sub_event_type == "Agreement" and event.admin2 == "Koro"
    assert {event.actor1, event.actor2} == {
        "Fulani Ethnic Group (Mali)",
        "Dogon Ethnic Group (Mali)",
    }


RETAKEN = """L'armée reprend Léré

Les FAMa, appuyées par leurs partenaires russes, ont repris vendredi le contrôle de Léré. Les
combats ont fait quinze morts dans les rangs des terroristes, selon l'armée, qui déplore deux
blessés dans ses rangs.
"""


def test_forces_backed_by_allies_regain_territory_and_each_figure_keeps_its_side() -> None:
    (event,) = extract(RETAKEN, "2024-06-10")
    assert event.sub_event_type == "Government regains territory"
    assert (
        event.actor1 == "Military Forces of Mali (2021-)" and event.assoc_actor_1 == "Wagner Group"
    )
    assert event.fatalities == 15


STRUCK_TRUCKS = """Drone strike near Tinzaouaten

A drone strike on Friday hit a truck near Tinzaouaten, killing five civilians, the rebel alliance
said. The rebels said the truck was struck at a well, and accused the army of targeting traders.
"""


def test_rebels_are_a_source_and_another_clause_does_not_give_a_strike_its_target() -> None:
    (event,) = extract(STRUCK_TRUCKS, "2024-11-04")
    assert event.actor2 == "Civilians (Mali)" and event.fatalities == 5
    assert ("fatalities", 5, "rebels") in {(c.field, c.value, c.source) for c in event.claims}


BODIES = """Corps retrouvés près de Dioro

Les corps de quatre hommes ont été découverts mardi près de Dioro. Aucun groupe n'a revendiqué
ces assassinats. La gendarmerie a ouvert une enquête et les corps ont été remis aux familles.
"""


def test_bodies_found_are_an_attack_on_civilians_and_bodies_handed_to_families_no_event() -> None:
    events = extract(BODIES, "2024-03-14")
    assert [(e.event_type, e.location) for e in events] == [("Violence against civilians", "Dioro")]
    assert events[0].fatalities == 4


HERDER = """Un berger tué près de Nampala

Jeudi, un accord a été signé à Nampala. La veille, mercredi, un berger peul a été tué et son
troupeau emporté près de Nampala, selon des sources locales.
"""


def test_a_people_named_after_the_victim_does_not_hide_the_verb() -> None:
    killings = [
        e for e in extract(HERDER, "2024-03-16") if e.event_type != "Strategic developments"
    ]
    assert [e.fatalities for e in killings] == [1]


AUXILIARIES = """Civilians killed in northern Burkina

Civilian defence auxiliaries killed ten civilians in Nassoumbou on Sunday, a health worker and two
residents told reporters. The group JNIM is active in the area.
"""


def test_auxiliaries_named_by_role_kill_and_those_who_tell_are_not_counted() -> None:
    (event,) = extract(AUXILIARIES, "2023-08-15")
    assert event.actor1 == "VDP: Volunteers for the Defense of the Homeland"
    assert event.fatalities == 10 and {c.value for c in event.claims} == {10}


SUSPECTED = """Attaque contre un poste de police à Bourem

Des assaillants ont attaqué samedi le poste de police de Bourem, tuant deux policiers. L'attaque
n'a pas été revendiquée, mais l'État islamique au Sahel est très actif dans la zone.
"""


def test_a_group_active_in_the_area_is_not_the_attacker() -> None:
    (event,) = extract(SUSPECTED, "2025-01-20")
    assert event.actor1 == "Unidentified Armed Group (Mali)"
    assert event.actor2 == "Police Forces of Mali (2021-)"


ATTRIBUTED = """Niger : attaque contre une mosquée

Au moins douze fidèles ont été tués vendredi dans l'attaque d'une mosquée du village de Bangou
Bi, dans le département de Téra. Le gouvernement a attribué l'attaque à l'État islamique au Sahel.
"""


def test_a_near_spelling_outside_its_department_is_an_unknown_village_and_attribution_counts() -> (
    None
):
    (event,) = extract(ATTRIBUTED, "2024-03-23")
    assert (event.admin1, event.admin2, event.geo_precision) == ("Tillaberi", "Tera", 2)
    assert event.actor1 == "Islamic State (Sahel)" and event.fatalities == 12


CLAIMED_LINKED = """Attack on a camp near Sévaré

Gunmen attacked a military camp near Sévaré on Tuesday, killing six soldiers, the army said. The
al Qaeda-linked JNIM claimed responsibility.
"""


def test_a_group_described_as_linked_to_another_is_itself_the_party() -> None:
    (event,) = extract(CLAIMED_LINKED, "2024-09-19")
    assert event.actor1 == "JNIM: Group for Support of Islam and Muslims"


FISHERMEN = """Fishermen killed on the Niger

Gunmen attacked a group of fishermen near Kotaka on Saturday, killing three of them, relatives said.
"""


def test_an_attack_on_people_at_work_is_violence_against_civilians() -> None:
    (event,) = extract(FISHERMEN, "2022-08-09")
    assert (event.event_type, event.actor2, event.fatalities) == (
        "Violence against civilians",
        "Civilians (Mali)",
        3,
    )


MILITIA_CLASH = """Affrontements près de Macina

Des chasseurs dozos ont affronté mardi des présumés jihadistes près de Kolongo. Le bilan est de
cinq morts, selon un notable.
"""


def test_a_militia_fighting_vaguely_named_jihadists_fights_them_not_the_army() -> None:
    (event,) = extract(MILITIA_CLASH, "2025-02-27")
    assert (event.actor1, event.actor2) == (
        "Dozo Communal Militia (Mali)",
        "Unidentified Armed Group (Mali)",
    )


AIR_STRIKE_ON_FIGHTERS = """Air strike in western Niger

The army said it killed 14 "terrorists" in an air strike near Tamou on Thursday.
"""


def test_an_air_strike_that_killed_terrorists_did_not_hit_civilians() -> None:
    (event,) = extract(AIR_STRIKE_ON_FIGHTERS, "2025-03-15")
    assert event.actor2 == "Unidentified Armed Group (Niger)" and event.fatalities == 14


DIGEST = """Security digest: week of 10 March

Published: 17 March 2025

- Monday: Gunmen killed two herders near Nampala.
- Thursday: A mine killed three soldiers near Boni.
"""


def test_a_digest_s_weekdays_fall_in_the_week_it_covers() -> None:
    dates = sorted(e.event_date for e in extract(DIGEST, "2025-03-17"))
    assert dates == [dt.date(2025, 3, 10), dt.date(2025, 3, 13)]


CONVOY = """Convoi attaqué près de Djibo

Un convoi escorté par l'armée a été attaqué jeudi près de Djibo. Au moins neuf soldats et quatre
civils, dont des chauffeurs, ont été tués.
"""


def test_figures_joined_before_their_verb_add_up_and_an_escort_is_not_the_attacker() -> None:
    (event,) = extract(CONVOY, "2025-10-10")
    assert event.fatalities == 13
    assert event.actor1 == "Unidentified Armed Group (Burkina Faso)"


WEEK_OF_CLASHES = """Une semaine de combats près de Boni

Du lundi 4 au vendredi 8 novembre, l'armée et les jihadistes se sont affrontés à plusieurs
reprises dans le cercle de Douentza. Au total, au moins 30 personnes ont été tuées.
Lundi 4 novembre, une patrouille est tombée dans une embuscade près de Boni : trois soldats ont
été tués et neuf terroristes neutralisés.
"""


def test_a_total_for_the_week_does_not_replace_an_incidents_own_toll() -> None:
    boni = [e for e in extract(WEEK_OF_CLASHES, "2024-11-10") if e.location == "Boni"]
    assert [e.fatalities for e in boni] == [12]


DIGEST_ITEMS = """Security digest: week of 3 March

Published: 10 March 2025

- Monday: Gunmen burned two lorries between Nioro du Sahel and Diéma.
- Friday: Dozo hunters and suspected jihadists clashed near Macina; six were killed.
"""


def test_the_places_of_one_digest_item_do_not_place_another() -> None:
    macina = [e for e in extract(DIGEST_ITEMS, "2025-03-10") if e.location == "Macina"]
    assert [e.admin1 for e in macina] == ["Segou"]


SUICIDE = """Suicide bomber hits checkpoint

A suicide bomber blew himself up at a checkpoint in Gao on Saturday, killing himself and three
soldiers, the army said.
"""


def test_a_suicide_bomber_is_counted_among_the_dead() -> None:
    (event,) = extract(SUICIDE, "2023-04-23")
    assert (event.sub_event_type, event.fatalities) == ("Suicide bomb", 4)


FOREIGNERS = """Deux étrangers enlevés près d'Anefis

Un Italien et un Allemand ont été enlevés jeudi près d'Anefis par des hommes armés. Une source
diplomatique à Bamako a confirmé l'enlèvement.
"""


def test_foreigners_named_by_nationality_and_a_source_s_city_is_not_a_place_of_the_event() -> None:
    (event,) = extract(FOREIGNERS, "2024-09-14")
    assert (event.actor2, event.assoc_actor_2) == ("Civilians (Italy)", "Civilians (Germany)")
    assert event.location == "Anefis"


HANDOVER = """La Minusma quitte le camp de Ber

La Minusma a achevé dimanche son retrait du camp de Ber et l'a remis aux FAMa, a annoncé la
mission.
"""


def test_a_camp_handed_over_goes_from_one_party_to_the_other() -> None:
    (event,) = extract(HANDOVER, "2023-08-14")
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.actor1.startswith("MINUSMA") and event.actor2 == "Military Forces of Mali (2021-)"
    assert event.assoc_actor_2 == ""


TWO_VILLAGES = """Villages attacked in western Niger

NIAMEY, Jan 4 - Gunmen killed at least 30 people in attacks on two villages in the Tillabéri
region on Saturday, an official said. About 20 people were killed in Kolmane Koira and around 10
in nearby Tassa Gorou. The attacks followed the killing of two of the assailants by a militia last
week.
"""


def test_villages_the_gazetteer_lacks_named_where_people_were_killed_get_their_own_events() -> None:
    events = sorted(extract(TWO_VILLAGES, "2021-01-04"), key=lambda e: e.location)
    assert [(e.location, e.fatalities, e.event_date) for e in events] == [
        ("Kolmane Koira", 20, dt.date(2021, 1, 2)),
        ("Tassa Gorou", 10, dt.date(2021, 1, 2)),
    ]
    assert {e.event_type for e in events} == {"Violence against civilians"}
    assert {e.admin1 for e in events} == {"Tillaberi"}


EXECUTED_BY_UNIT = """Trois hommes exécutés à Toguéré Koumbé

Trois hommes ont été exécutés lundi à Toguéré Koumbé par des éléments de la katiba Macina, selon
des sources locales.
"""


def test_men_executed_are_counted_and_the_unit_named_before_a_source_is_not_speaking() -> None:
    (event,) = extract(EXECUTED_BY_UNIT, "2025-03-12")
    assert (event.actor1, event.assoc_actor_1) == (
        "JNIM: Group for Support of Islam and Muslims",
        "Katiba Macina",
    )
    assert event.fatalities == 3
    assert "local sources" in {c.source for c in event.claims}
    assert not any("JNIM" in c.source for c in event.claims)


COMMUNITIES_CLASH = """Affrontements près de Bankass

Des miliciens dogons et des hommes armés peuls se sont affrontés samedi près de Ségué. Le bilan
est de cinq morts.
"""


def test_armed_men_of_a_people_are_its_militia() -> None:
    (event,) = extract(COMMUNITIES_CLASH, "2025-02-10")
    assert {event.actor1, event.actor2} == {
        "Dogon Ethnic Militia (Mali)",
        "Fulani Ethnic Militia (Mali)",
    }


SHELLS = """Shells hit Timbuktu

Shells fired by suspected jihadists hit two districts of Timbuktu on Thursday evening, killing a
child and wounding six people, residents said. Shells fell near the airport, where a military camp
is located. It was the third time in a month the town was shelled. The army said it had responded
to the attack and destroyed a firing position outside the town.
"""


def test_shells_that_killed_only_civilians_hit_civilians() -> None:
    (event,) = extract(SHELLS, "2023-09-09")
    assert event.actor2 == "Civilians (Mali)"


CAPITAL = """Attack near the capital

Gunmen killed three people near Niamey on Sunday, in the Tillabéri region, officials said.
"""


def test_a_capital_s_name_is_the_capital() -> None:
    (event,) = extract(CAPITAL, "2024-06-10")
    assert (event.location, event.admin1) == ("Niamey", "Niamey")


BURKINA_STRIKE = """Burkina army drone strike on market

A drone strike by Burkina Faso's army on the weekly market of Bidi killed at least 20 civilians on
Friday, witnesses said. The army said it had "neutralised dozens of terrorists" in the area.
"""


def test_a_homonym_is_in_the_country_of_the_story_and_a_strike_is_not_counted_twice() -> None:
    (event,) = extract(BURKINA_STRIKE, "2025-08-07")
    assert event.country == "Burkina Faso"
    assert event.actor1 == "Military Forces of Burkina Faso (2022-)"
    assert event.fatalities == 20


CONVOY_TO_BONI = """Ambush near Douentza

Six soldiers were killed when their convoy was ambushed near Douentza on Monday, the army said.
The convoy was carrying supplies to the town of Boni when it came under fire from assailants who
had planted explosive devices along the road. A local official said the toll among the soldiers
was higher, at ten dead.
"""


def test_where_a_convoy_was_going_is_not_where_it_was_hit() -> None:
    assert [e.location for e in extract(CONVOY_TO_BONI, "2024-03-12")] == ["Douentza"]


VDP_POST = """Attaque contre des VDP

Douze volontaires pour la défense de la patrie (VDP) ont été tués mercredi lors d'une attaque
contre leur position à Tongomayel. Des habitants ont fui vers Djibo.
"""


def test_auxiliaries_named_in_full_with_their_acronym_are_counted_and_are_the_target() -> None:
    (event,) = extract(VDP_POST, "2024-06-06")
    assert event.fatalities == 12 and event.actor2 != "Civilians (Burkina Faso)"


MINERS = """Frappe de drone près d'Intahaka

Une frappe de drone a touché mardi un site d'orpaillage près d'Intahaka, faisant au moins neuf
morts parmi les orpailleurs, selon des sources locales. L'armée affirme avoir « neutralisé
plusieurs terroristes ».
"""


def test_the_dead_named_after_their_count_are_who_was_hit() -> None:
    (event,) = extract(MINERS, "2024-11-21")
    assert event.actor2 == "Civilians (Mali)" and event.fatalities == 9


COUNTRY_IN_DATELINE = """Gunmen kidnap a village chief near Ansongo

ANSONGO, Mali, Oct 17 - Gunmen abducted a village chief near Ouatagouna on Tuesday night, his
son said. The kidnappers have not contacted the family.
"""


def test_a_dateline_naming_the_country_then_the_day_is_a_dateline() -> None:
    (event,) = extract(COUNTRY_IN_DATELINE, "2024-10-17")
    assert (event.location, event.event_date) == ("Ouatagouna", dt.date(2024, 10, 15))


MAYOR_ABDUCTED = """Islamic State fighters kidnap a deputy mayor

Islamic State fighters abducted the deputy mayor of Tidermène on Sunday as he travelled back
from a market, relatives said. No ransom has been demanded.
"""


MAYOR_ABDUCTED_FR = """Enlèvement d'un élu dans le cercle de Douentza

Le maire de Mondoro, dans le cercle de Douentza, a été enlevé samedi par des hommes armés, selon
un de ses proches. Ses ravisseurs ne se sont pas manifestés.
"""


def test_an_official_abducted_is_taken_in_the_place_he_serves() -> None:
    (event,) = extract(MAYOR_ABDUCTED, "2024-11-12")
    assert (event.location, event.sub_event_type) == ("Tidermène", "Abduction/forced disappearance")
    (event,) = extract(MAYOR_ABDUCTED_FR, "2024-11-12")
    assert (event.location, event.sub_event_type) == ("Mondoro", "Abduction/forced disappearance")


HABITUAL_AND_UNION = """Route Douentza-Boni : deux civils tués par une mine

Deux passagers d'un minibus ont été tués lundi par l'explosion d'une mine entre Boni et Hombori,
selon un responsable du syndicat des transporteurs de Douentza. « Chaque semaine, un camion est
touché ou incendié sur cette route », déplore-t-il.
"""


def test_a_union_speaks_from_its_town_and_what_happens_every_week_is_no_event() -> None:
    (event,) = extract(HABITUAL_AND_UNION, "2024-03-12")
    assert (event.location, event.event_type, event.fatalities) == (
        "Boni",
        "Explosions/Remote violence",
        2,
    )


CAPTIVES_FOUND_DEAD = """Herders found dead after their arrest

Soldiers detained five herders at a well near Dogofry on Friday, relatives said. Their bodies
were found the next day outside the village.
"""


def test_captives_whose_bodies_are_found_were_killed() -> None:
    (event,) = extract(CAPTIVES_FOUND_DEAD, "2024-05-20")
    assert (event.event_type, event.location, event.fatalities) == (
        "Violence against civilians",
        "Dogofry",
        5,
    )
    assert event.actor1 == "Military Forces of Mali (2021-)"  # who took them away


TOLL_PER_VILLAGE = """Killings in three villages near Bankass

Gunmen attacked the villages of Diallassagou, Djiguibombo and Bodio on Saturday night. Fifteen
people were killed in Diallassagou, nine in Djiguibombo and four in Bodio, a local official said.
"""


def test_figures_listed_place_by_place_repeat_the_verb_of_the_first() -> None:
    events = extract(TOLL_PER_VILLAGE, "2024-07-08")
    assert {e.location: e.fatalities for e in events} == {
        "Diallassagou": 15,
        "Djiguibombo": 9,
        "Bodio": 4,
    }


MASSACRE_THEN_COUNTER_OFFENSIVE = """Gunmen kill villagers in eastern Burkina Faso

Gunmen killed at least nine villagers at a market in Natiaboani on Saturday morning, a local
official said. Groups linked to al Qaeda operate in the Est region, where they have attacked
markets and churches. A counter-offensive launched in the area on Saturday evening
"neutralised about twenty terrorists", the army said.
"""


def test_the_army_s_counter_offensive_after_a_massacre_is_a_battle_of_its_own() -> None:
    events = extract(MASSACRE_THEN_COUNTER_OFFENSIVE, "2024-06-10")
    kinds = {(e.event_type, e.fatalities) for e in events}
    assert ("Violence against civilians", 9) in kinds
    assert all(e.event_type in ("Violence against civilians", "Battles") for e in events)
    assert len(events) == 2


BULLETIN = """Weekly security notes

GAO: A suicide bomber rammed a car loaded with explosives into a checkpoint in Gao on Tuesday,
killing three soldiers and one civilian, a security source said. The bomber was also killed.

TIMBUKTU: Two shells landed in the area of Timbuktu airport on Wednesday night without causing
casualties, local officials said.

MENAKA: Residents of Inekar saw a column of Islamic State fighters pass on Thursday, but no
clashes were reported.
"""


def test_a_bulletin_counts_the_bomber_and_skips_what_did_not_happen() -> None:
    events = {e.location: e for e in extract(BULLETIN, "2024-03-16")}
    assert set(events) == {"Gao", "Timbuktu"}
    assert events["Gao"].fatalities == 3 + 1 + 1
    assert (events["Timbuktu"].event_type, events["Timbuktu"].geo_precision) == (
        "Explosions/Remote violence",
        2,
    )


PARTS_OF_ONE_TOLL = """Attaque contre un poste de douane près de Kayes

Selon une source militaire, quatre militaires et deux douaniers ont été tués dans la nuit de
lundi à mardi lors de l'attaque du poste de Diboli par des hommes armés. Six assaillants ont
été neutralisés, a ajouté cette source.
"""


def test_figures_of_one_group_joined_by_and_add_up_and_a_source_counts_nobody() -> None:
    (event,) = extract(PARTS_OF_ONE_TOLL, "2024-05-15")
    assert event.fatalities == 4 + 2 + 6


SECOND_DAY = """Fighting resumes near Léré

Fighting between the army and rebels resumed on Wednesday near Léré, a day after a first clash
left at least eight dead, the army said. There was no word on casualties from Wednesday's fighting.
"""


def test_the_dead_of_the_day_before_recalled_in_a_clause_are_not_today_s_toll() -> None:
    events = extract(SECOND_DAY, "2024-02-08")
    wednesday = [e for e in events if e.event_date == dt.date(2024, 2, 7)]
    assert wednesday and all(e.fatalities == 0 for e in wednesday)


ANNOUNCED_CAPTURE = """L'armée annonce la reprise d'Anéfis

L'armée malienne a annoncé samedi avoir repris le contrôle d'Anéfis, dans la région de Kidal,
après plusieurs jours de combats contre les rebelles du CSP. La localité avait été abandonnée par
les forces de l'État fin septembre, selon des habitants.
"""

EMBASSY = """Two foreigners kidnapped near Kayes

Gunmen kidnapped two Indian engineers at a cement plant near Diboli on Thursday, a local official
said. India's embassy in Bamako confirmed the kidnapping on Friday.
"""


def test_a_deed_announced_on_a_day_with_no_other_date_is_dated_that_day() -> None:
    events = extract(ANNOUNCED_CAPTURE, "2023-10-08")
    assert [(e.location, e.event_date) for e in events] == [("Anefis", dt.date(2023, 10, 7))]
    # "les rebelles du CSP": the group stands where its men stand, against the army
    assert (events[0].actor1, events[0].actor2) == (
        "Military Forces of Mali (2021-)",
        "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development",
    )


def test_an_embassy_speaks_from_its_capital() -> None:
    assert [e.location for e in extract(EMBASSY, "2024-05-04")] == ["Diboli"]


SIMULTANEOUS = """Attaques simultanées dans l'ouest du Mali

Des jihadistes ont attaqué mardi matin les villes de Diboli, Sandaré et Nioro du Sahel. L'armée
affirme avoir neutralisé au moins 30 terroristes. À Diboli, trois douaniers ont été tués, selon un
élu local.
"""


def test_a_total_of_other_dead_is_shared_on_top_of_a_place_s_own_toll() -> None:
    tolls = {e.location: e.fatalities for e in extract(SIMULTANEOUS, "2025-07-02")}
    assert tolls == {"Diboli": 10 + 3, "Sandaré": 10, "Nioro du Sahel": 10}


SUMMONS_AFTER_KILLINGS = """Mauritania summons Mali's envoy

Mauritania summoned Mali's ambassador on Wednesday after five Mauritanian herders were killed
by Malian soldiers near the border. The herders were shot dead on Monday near Adel Bagrou,
relatives said.
"""


def test_a_date_of_what_followed_the_killing_does_not_date_it() -> None:
    (event,) = extract(SUMMONS_AFTER_KILLINGS, "2024-03-14")
    assert (event.event_date, event.location, event.fatalities) == (
        dt.date(2024, 3, 11),
        "Adel Bagrou",
        5,
    )
    assert event.actor1 == "Military Forces of Mali (2021-)"


MINE_THEN_GUNFIRE = """Embuscade près de Diafarabé

Une patrouille des FAMa a sauté mardi sur un engin explosif près de Diafarabé avant d'essuyer
des tirs nourris. Six soldats ont été tués. L'armée affirme que « plusieurs dizaines de
terroristes » qui avaient tendu l'embuscade ont été neutralisés au nord d'Arbinda.
"""


def test_a_mine_opening_an_ambush_is_a_battle_and_a_relative_clause_keeps_its_figure() -> None:
    events = extract(MINE_THEN_GUNFIRE, "2024-08-08")
    diafarabe = next(e for e in events if e.location == "Diafarabé")
    assert (diafarabe.event_type, diafarabe.sub_event_type) == ("Battles", "Armed clash")
    assert sum(e.fatalities for e in events) == 6 + 12
    assert all(e.geo_precision == 2 for e in events if e.location == "Arbinda")


ELIDED_NEAR = """Frappes près d'Arbinda

L'aviation a frappé mercredi des terroristes près d'Arbinda, selon l'armée.
"""


def test_near_an_elided_place_is_near_it() -> None:
    (event,) = extract(ELIDED_NEAR, "2024-11-21")
    assert (event.location, event.geo_precision) == ("Arbinda", 2)


COUNTRYSIDE = """Kidnapping near Anderamboukane

Islamic State fighters abducted a herders' leader near Anderamboukane on Tuesday, the latest
sign of the group's hold over the countryside around Ménaka, relatives said.
"""


def test_the_countryside_around_a_town_is_no_event_in_the_town() -> None:
    assert [e.location for e in extract(COUNTRYSIDE, "2024-11-28")] == ["Anderamboukane"]


IMAM = """Imam shot dead in Niono

Two gunmen on a motorcycle shot dead the imam of a mosque in Niono on Friday evening, two
residents said.
"""

IMAM_FR = """Niono : un imam assassiné

L'imam de la mosquée du marché de Niono a été assassiné vendredi soir par deux hommes armés, selon
deux habitants.
"""


def test_one_person_named_by_role_and_killed_is_one_dead() -> None:
    for text in (IMAM, IMAM_FR):
        (event,) = extract(text, "2024-10-12")
        assert (event.location, event.fatalities) == ("Niono", 1)


BUS_STOPPED = """Nearly 20 passengers killed in bus attack

Gunmen attacked a bus on Sunday, killing nearly 20 passengers, officials said. The bus was
travelling from Ouenkoro to Bandiagara when it was stopped by armed men about 15 km from
Bandiagara. The government put the toll at 17 dead and said the army had been deployed to the
area. A hospital in Bandiagara treated nine wounded. Transport unions in Mopti suspended traffic
for two days in protest.
"""


def test_a_bus_stopped_near_a_town_an_exact_toll_and_a_protest_apart() -> None:
    events = extract(BUS_STOPPED, "2023-12-04")
    attack = next(e for e in events if e.event_type == "Violence against civilians")
    assert (attack.location, attack.geo_precision, attack.fatalities) == ("Bandiagara", 2, 17)
    assert all(e.location != "Bandiagara" or e is attack for e in events)


THE_GROUP = """Traders abducted near Tominian

Fighters of the Katiba Macina have set up checkpoints on the roads around Tominian since last
year. On Monday, the group's fighters abducted two traders on the road to San, a relative said.
Access to the area remains difficult because of the presence of improvised explosive devices.
"""


def test_the_group_is_the_one_named_before_and_the_presence_of_mines_is_no_blast() -> None:
    (event,) = extract(THE_GROUP, "2024-11-13")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor1 == "JNIM: Group for Support of Islam and Muslims"


OFFICERS = """Customs post attacked near the Ivorian border

Gunmen attacked a customs post in Zégoua on Thursday, killing two customs officers and a police
officer, a security source said. In recent weeks, similar attacks have been reported near
Kadiolo.
"""


def test_an_officer_is_a_member_of_the_forces() -> None:
    (event,) = extract(OFFICERS, "2024-03-08")
    assert (event.location, event.fatalities) == ("Zégoua", 3)


DISPLACED_SITE = """UN agency condemns attack on displaced site

GENEVA/BAMAKO, May 14 - The U.N. refugee agency said on Tuesday that an attack on a site for
displaced people near Ménaka on Sunday night killed seven people, including three children.
"""


def test_two_towns_in_a_dateline_and_a_whole_toll_with_its_part() -> None:
    (event,) = extract(DISPLACED_SITE, "2024-05-14")
    assert (event.location, event.geo_precision, event.fatalities) == ("Ménaka", 2, 7)
    assert event.event_date == dt.date(2024, 5, 12)


GRENADE = """Grenade thrown into Gao market

An unidentified man threw a grenade into the central market in Gao on Monday, wounding six
people, witnesses said. Police have opened an investigation. Traders called for more police
patrols in the city.
"""


def test_a_grenade_into_a_market_hits_the_people_there_not_the_police_who_investigate() -> None:
    (event,) = extract(GRENADE, "2023-01-10")
    assert (event.sub_event_type, event.actor2) == ("Grenade", "Civilians (Mali)")


LOST_SOLDIERS = """Rebels attack army convoy near Bamba

Rebels attacked an army convoy near Bamba on Tuesday. The army said it lost four soldiers and
three vehicles and killed "around fifteen terrorists". On Wednesday, drones struck a rebel
position near Téméra, the army said.
"""


def test_a_force_that_lost_soldiers_lost_dead_and_a_rebel_position_is_the_rebels() -> None:
    events = {e.location: e for e in extract(LOST_SOLDIERS, "2025-03-14")}
    assert events["Bamba"].fatalities == 4 + 15
    assert events["Téméra"].actor2 == "FLA: Azawad Liberation Front"  # the rebels in 2025


BOAT_JOURNEY = """Gunmen attack passenger boat near Ansongo

Gunmen opened fire on a passenger boat on the Niger River near Ansongo on Sunday, killing at
least nine passengers, officials said. The boat, which was carrying traders and their goods
from Gao to Labbezanga, was attacked from both banks.
"""


def test_the_ends_of_a_journey_told_from_and_to_are_not_where_it_was_hit() -> None:
    assert [e.location for e in extract(BOAT_JOURNEY, "2024-09-09")] == ["Ansongo"]


CHECKPOINT_NEAR_A_CITY = """Checkpoint attacked at Markala

Gunmen attacked a checkpoint at the entrance of Markala, near Ségou, overnight on Saturday,
killing two police officers, officials said.
"""

WOMEN_MARCH = """Ansongo : les femmes manifestent

Plusieurs centaines de femmes ont manifesté jeudi à Ansongo pour réclamer le retour de leurs
fils enlevés ces derniers mois par des hommes armés. Aucun incident n'a été signalé.
"""


def test_a_town_that_says_where_the_place_lies_is_no_second_event() -> None:
    assert [e.location for e in extract(CHECKPOINT_NEAR_A_CITY, "2024-01-22")] == ["Markala"]


def test_a_deed_of_past_months_told_as_a_cause_is_not_the_event() -> None:
    (event,) = extract(WOMEN_MARCH, "2024-11-22")
    assert (event.event_type, event.location) == ("Protests", "Ansongo")


CAMP_RAID_AND_SWEEP = """Talataye : un campement attaqué

Le jeudi 6 mars, des hommes armés ont attaqué un campement de nomades à une vingtaine de
kilomètres de Talataye, tuant au moins six personnes, selon un élu local. Plusieurs familles
ont quitté les campements environnants pour rejoindre la ville d'Ansongo.

Le lendemain, les FAMa ont mené une opération de ratissage dans la zone. L'armée affirme avoir
neutralisé une dizaine de terroristes.
"""


def test_a_distance_in_tens_is_no_toll_and_the_town_families_fled_to_is_no_event_place() -> None:
    events = extract(CAMP_RAID_AND_SWEEP, "2025-03-10")
    assert {e.location for e in events} == {"Talataye"}
    raid = next(e for e in events if e.event_date.day == 6)
    assert (raid.location, raid.geo_precision, raid.fatalities) == ("Talataye", 2, 6)
    assert raid.event_type == "Violence against civilians"


def test_a_next_day_operation_told_before_its_toll_is_an_event_of_that_day() -> None:
    events = extract(CAMP_RAID_AND_SWEEP, "2025-03-10")
    sweep = next(e for e in events if e.event_date == dt.date(2025, 3, 7))
    assert (sweep.actor1, sweep.fatalities) == ("Military Forces of Mali (2021-)", 10)


OTHER_ACCOUNT_TOLL = """Gunmen attack village near Téra

Gunmen killed at least eight civilians in an attack on a village near Téra in western Niger on
Friday, a local official said. A member of parliament for the area gave a higher toll of 11
dead.
"""

AUTRE_BILAN = """Attaque près de Gossi

Des hommes armés ont tué au moins cinq civils lundi dans un hameau près de Gossi, selon un
élu local. D'autres sources font état d'un bilan plus lourd de sept morts.
"""


def test_a_higher_toll_by_another_account_is_not_added_to_the_civilians_counted() -> None:
    (event,) = extract(OTHER_ACCOUNT_TOLL, "2025-02-10")
    assert event.fatalities == 8
    (event,) = extract(AUTRE_BILAN, "2025-02-12")
    assert event.fatalities == 5


POLICE_SHOOTING_RIOT = """Sikasso : un commissariat incendié après la mort d'un jeune

La ville de Sikasso a vécu une journée agitée ce samedi. Tout est parti de la mort d'un jeune
conducteur de moto-taxi, abattu dans la nuit de vendredi à samedi par un policier à un poste de
contrôle. Le policier aurait ouvert le feu lorsque le jeune homme a refusé de s'arrêter.

Samedi matin, des centaines de jeunes en colère sont descendus dans les rues, brûlant des pneus
et érigeant des barricades. Une partie des manifestants a pris d'assaut le commissariat central
et y a mis le feu. Les forces de l'ordre ont dispersé la foule à coups de gaz lacrymogènes.
"""


def test_a_town_named_before_the_first_deed_places_it_and_a_police_shooting_is_an_attack() -> None:
    events = extract(POLICE_SHOOTING_RIOT, "2025-06-16")
    kinds = {(e.location, e.event_type, e.event_date) for e in events}
    assert ("Sikasso", "Violence against civilians", dt.date(2025, 6, 13)) in kinds or (
        "Sikasso",
        "Violence against civilians",
        dt.date(2025, 6, 14),
    ) in kinds
    riot = next(e for e in events if e.event_type == "Riots")
    assert (riot.location, riot.event_date, riot.actor1) == (
        "Sikasso",
        dt.date(2025, 6, 14),
        "Rioters (Mali)",
    )
    shooting = next(e for e in events if e.event_type == "Violence against civilians")
    assert (shooting.actor1, shooting.fatalities) == ("Police Forces of Mali (2021-)", 1)


TOWN_THEN_DAY_THEN_DEED = """Nuit d'angoisse

La ville de Koutiala a vécu une nuit d'angoisse. C'était dimanche, peu avant minuit. Des hommes
armés ont attaqué une boutique et tué deux commerçants avant de prendre la fuite.
"""


def test_a_sentence_that_only_dates_the_story_keeps_the_town_named_before() -> None:
    (event,) = extract(TOWN_THEN_DAY_THEN_DEED, "2025-06-17")
    assert (event.location, event.event_date, event.fatalities) == (
        "Koutiala",
        dt.date(2025, 6, 15),
        2,
    )


MALIAN_TOWN = """Drone strike hits market in central Mali

A drone strike hit the market of the central Malian town of Sofara on Sunday, killing at least
six people, a local official said.
"""


def test_a_demonym_before_town_is_no_place_spelled_like_it() -> None:
    assert [e.location for e in extract(MALIAN_TOWN, "2025-03-03")] == ["Sofara"]


SECTEUR = """Communiqué

Le 2 mars 2025, une unité des FAMa a été prise à partie par des terroristes dans le secteur de
Sofara. La riposte a permis de neutraliser six terroristes. Côté ami, on déplore un mort.

Le même jour, les vecteurs aériens ont frappé un repaire terroriste à environ 30 km au sud de
Léré, neutralisant plusieurs terroristes.
"""


def test_a_unit_attacked_in_the_sector_of_a_town_fought_there() -> None:
    events = {e.location: e for e in extract(SECTEUR, "2025-03-04")}
    assert (events["Sofara"].event_type, events["Sofara"].fatalities) == ("Battles", 1 + 6)
    assert (events["Léré"].event_type, events["Léré"].event_date) == (
        "Explosions/Remote violence",
        dt.date(2025, 3, 2),
    )


TAKEN_TO_HOSPITAL = """Gunmen kill five in village near Bankass

Gunmen killed five civilians in Sogou on Monday, a local official said. About ten wounded were
taken to the health centre in Bankass.
"""

EVACUATED_TO_HOSPITAL = """Tireurs à Kani

Des hommes armés ont tué deux civils mardi à Kani-Bonzon. Un blessé a été évacué au centre de
santé de référence de Bandiagara.
"""


def test_the_health_centre_the_wounded_were_taken_to_is_not_where_it_happened() -> None:
    assert [e.location for e in extract(TAKEN_TO_HOSPITAL, "2025-03-06")] == ["Sogou"]
    assert [e.location for e in extract(EVACUATED_TO_HOSPITAL, "2025-03-06")] == ["Kani-Bonzon"]


PROTEST_AFTER_THE_ATTACK = """Six civils tués près de Téra

Six civils ont été tués dimanche soir par des hommes armés à Yatakala, selon des sources
locales.

Conséquence de cette attaque : lundi, à Téra, des centaines de jeunes sont descendus dans la
rue pour réclamer davantage de sécurité. Les forces de l'ordre ont dispersé les manifestants à
coups de gaz lacrymogène.
"""


def test_this_attack_names_the_one_told_and_youths_in_the_street_protest() -> None:
    events = {e.location: e for e in extract(PROTEST_AFTER_THE_ATTACK, "2025-10-07")}
    assert events["Yatakala"].fatalities == 6
    assert (events["Téra"].event_type, events["Téra"].event_date) == (
        "Protests",
        dt.date(2025, 10, 6),
    )
    assert events["Téra"].actor1.startswith("Protesters")


CARRIED_TO_HOSPITAL = """Drone strike kills eight in Sofara

A drone strike hit the market in Sofara on Sunday afternoon, killing at least eight people, a
local official said.

The official said at least eight bodies had been counted and about 15 people wounded had been
taken by boat and cart to the health centre in Ténenkou.
"""


def test_the_health_centre_the_wounded_were_carried_to_is_not_where_it_happened() -> None:
    assert [e.location for e in extract(CARRIED_TO_HOSPITAL, "2025-03-03")] == ["Sofara"]


ONE_WHO_RESISTED = """Kassorola : un maire enlevé

Des hommes armés ont enlevé mardi soir le maire de Kassorola, dans le cercle de San, et deux
conseillers. Un jeune homme qui tentait de s'interposer a été abattu sur place.
"""


def test_one_killed_told_with_what_he_was_doing_is_a_dead() -> None:
    (event,) = extract(ONE_WHO_RESISTED, "2025-09-18")
    assert (event.event_type, event.fatalities) == ("Violence against civilians", 1)


WEEK_THEN_DAY = """Deux commerçants enlevés près de Diéma

Deux commerçants ont été enlevés la semaine dernière par des hommes armés dans le village de
Sandaré, a-t-on appris auprès de sources locales. Selon un proche des victimes, les ravisseurs
ont fait irruption jeudi soir dans leur boutique avant de les emmener vers une destination
inconnue.
"""


def test_a_day_told_after_last_week_dates_the_abduction_and_a_relative_is_no_dead() -> None:
    (event,) = extract(WEEK_THEN_DAY, "2025-10-21")
    assert (event.event_date, event.time_precision) == (dt.date(2025, 10, 16), 1)
    assert (event.sub_event_type, event.fatalities) == ("Abduction/forced disappearance", 0)


COMMUNIQUE_EN = """Armed forces communiqué

The General Staff of the Armed Forces informs the public that on 3 June 2025, the air force
carried out precise strikes on a terrorist hideout identified near Léré, destroying several
vehicles and motorcycles.

The General Staff salutes the professionalism of the men engaged and offers its condolences to
the families of the soldiers who fell last week. It invites the population to report the
movements of terrorist groups.
"""


def test_precise_strikes_are_air_strikes_and_the_men_engaged_fight_no_battle() -> None:
    (strike,) = extract(COMMUNIQUE_EN, "2025-06-05")
    assert (strike.sub_event_type, strike.location, strike.event_date) == (
        "Air/drone strike",
        "Léré",
        dt.date(2025, 6, 3),
    )
    assert strike.actor2 != "Civilians (Mali)"


ROUNDUP_SECTIONS = """Weekly security digest

Sahel Wire digest for the week to Friday 7 March 2025. Mali saw fewer incidents than in
February, but Malian officials warned of rising insecurity in the Ségou region.

MALI. On Monday, gunmen killed two traders on the road near Macina, residents said.

BURKINA FASO. On Tuesday, militants killed four soldiers in an ambush near Gorom-Gorom, the
army said.

In Niger, an improvised explosive device killed three soldiers near Torodi on Wednesday.
"""


def test_a_country_heading_or_opening_places_the_homonyms_of_its_paragraph() -> None:
    events = {e.location: e for e in extract(ROUNDUP_SECTIONS, "2025-03-07")}
    assert (events["Gorom-Gorom"].country, events["Gorom-Gorom"].admin1) == (
        "Burkina Faso",
        "Sahel",
    )
    assert events["Gorom-Gorom"].actor2 == "Military Forces of Burkina Faso (2022-)"
    assert events["Torodi"].country == "Niger"
    assert events["Macina"].country == "Mali"


ATTACK_CAME_AFTER = """Gunmen attack army post in Nara

NARA, Mali, March 12 - Gunmen attacked an army post in Nara on Monday, killing four soldiers,
security sources said. The attack came a day after the government announced new measures
against insecurity in the Koulikoro region.

L'attaque intervient deux jours après la visite du ministre de la Défense dans la zone.
"""


def test_the_attack_that_came_after_something_is_the_attack_told_not_a_new_one() -> None:
    (event,) = extract(ATTACK_CAME_AFTER, "2025-03-12")
    assert (event.location, event.event_date, event.fatalities) == (
        "Nara",
        dt.date(2025, 3, 10),
        4,
    )


TOWN_RETAKEN = """Tessalit : les FAMa reprennent le camp

Les rebelles ont quitté Aguelhok dans la nuit de lundi à mardi, après plusieurs jours de frappes
aériennes, selon une source militaire. La colonne partie de Kidal avait été accrochée samedi
par les rebelles à une vingtaine de kilomètres d'Aguelhok. Le départ des casques bleus, dont le
camp a été évacué le 2 octobre, avait ouvert la voie à cette offensive.
"""


def test_days_of_strikes_a_column_s_starting_point_and_this_offensive_are_no_events() -> None:
    events = extract(TOWN_RETAKEN, "2023-10-25")
    violent = [e for e in events if e.event_type != "Strategic developments"]
    assert [(e.event_type, e.location, e.event_date) for e in violent] == [
        ("Battles", "Aguelhok", dt.date(2023, 10, 21))
    ]


REBEL_CLAIM = """Rebels and army clash near Aguelhok

Malian soldiers and Tuareg-led rebels clashed near Aguelhok on Thursday, both sides said. A
spokesman for the rebels said they had killed 35 soldiers and seized six vehicles. The army said
it had "neutralised" ten rebels but gave no figure for its own losses.
"""


def test_the_rebels_toll_of_their_own_attack_is_a_claim_not_the_toll() -> None:
    (event,) = extract(REBEL_CLAIM, "2024-07-27")
    assert event.fatalities == 10  # the army's figure: the rebels' 35 soldiers is their claim
    assert any(c.value == 35 for c in event.claims)


TWO_ATTACKS_ONE_TOLL = """Deux attaques dans le cercle de Bourem

Jeudi, des terroristes ont attaqué le poste militaire de Bamba. Quelques heures plus tard, le
camp de Bourem a été attaqué à son tour. L'armée affirme avoir neutralisé une vingtaine
d'assaillants au cours des deux attaques.
"""


def test_a_toll_for_the_two_attacks_is_shared_between_their_places() -> None:
    events = {e.location: e.fatalities for e in extract(TWO_ATTACKS_ONE_TOLL, "2023-09-09")}
    assert events == {"Bamba": 10, "Bourem": 10}


TOLL_LINE = """Un poste de douane attaqué dans le sud

Des hommes armés venus à moto ont attaqué samedi un poste de douane à la frontière ivoirienne.
Bilan : trois douaniers tués et un blessé, selon une source sécuritaire.
"""


def test_a_report_word_opening_a_sentence_is_no_village() -> None:
    # "Bilan" is one letter from the villages Balan and Bélano: a toll is no place
    assert [e.location for e in extract(TOLL_LINE, "2025-03-04")] == []


OTHER_ACCOUNT_FR = """Cinq bergers tués dans l'ouest du Niger

Cinq bergers ont été tués mardi soir par des hommes armés dans le village de Tizegorou, dans le
département d'Ayorou, selon des habitants. Un notable de la localité évoque pour sa part huit
morts, un chiffre invérifiable.
"""

OTHER_ACCOUNT_EN = """Farmers killed near Ouallam

Four farmers were shot dead by gunmen on Sunday in the village of Tondikiwindi, near Ouallam,
residents said. A local councillor spoke of seven dead.
"""


def test_a_toll_someone_else_speaks_of_is_another_account_of_the_same_dead() -> None:
    (fr,) = extract(OTHER_ACCOUNT_FR, "2025-03-06")
    (en,) = extract(OTHER_ACCOUNT_EN, "2025-03-06")
    assert (fr.actor2, fr.fatalities) == ("Civilians (Niger)", 5)
    assert (en.actor2, en.fatalities) == ("Civilians (Niger)", 4)
    assert ("fatalities", 8) in {(c.field, c.value) for c in fr.claims}


ROUNDUP_HEADLINE_GROUP = """Sahel digest: army camp hit in Niger, JNIM claims raid near Ténenkou

Our weekly summary of security news from the central Sahel.

NIGER

Dozens of gunmen attacked an army camp at Banibangou, in the Tillabéri region, on Tuesday. The
army said seven soldiers were killed. Local officials blamed the Islamic State Sahel Province,
which is active along the border.

MALI

The Group for the Support of Islam and Muslims (JNIM) said on Thursday that its fighters had
killed 12 soldiers in a raid near Ténenkou, in the Mopti region, on Wednesday.
"""


def test_the_group_a_story_names_beats_one_its_headline_names_for_another() -> None:
    events = {e.location: e for e in extract(ROUNDUP_HEADLINE_GROUP, "2025-04-12")}
    assert events["Bani Bangou"].actor1 == "Islamic State (Sahel)"
    assert events["Ténenkou"].actor1 == "JNIM: Group for Support of Islam and Muslims"


TEAR_GAS_BULLETIN = """Bulletin du soir : colère à Filingué

Mardi, à Filingué, plusieurs centaines de commerçants ont manifesté contre la fermeture du
marché. La police a dispersé les manifestants à coups de gaz lacrymogène. Trois personnes ont
été blessées, selon des témoins.

Ailleurs dans la sous-région, au Mali voisin, l'armée affirme avoir neutralisé une vingtaine de
terroristes la semaine dernière lors de frappes aériennes.
"""


def test_a_protest_dispersed_with_tear_gas_is_a_protest_whatever_the_next_country_tells() -> None:
    events = extract(TEAR_GAS_BULLETIN, "2025-03-06")
    (protest,) = [e for e in events if e.location == "Filingué"]
    assert (protest.event_type, protest.sub_event_type) == (
        "Protests",
        "Protest with intervention",
    )
    assert (protest.actor1, protest.actor2) == ("Protesters (Niger)", "Police Forces of Niger")
    assert protest.fatalities == 0


STRIKE_TWO_ACCOUNTS = """Air strike on a fair in the Ségou region

SEGOU, Mali, April 9 (Wire) - A drone strike hit the weekly fair of Sokolo on Tuesday morning,
killing six people, villagers said. The army said in a statement that its aircraft had struck
a meeting of terrorists in the area and neutralised several of them.
"""


def test_a_strike_whose_dead_local_people_count_hit_civilians_not_the_armys_terrorists() -> None:
    (strike,) = extract(STRIKE_TWO_ACCOUNTS, "2025-04-10")
    assert (strike.location, strike.sub_event_type) == ("Sokolo", "Air/drone strike")
    assert (strike.actor1, strike.actor2) == ("Military Forces of Mali (2021-)", "Civilians (Mali)")
    assert strike.fatalities == 6


TANKER_ON_A_MINE = """Un camion-citerne saute sur une mine

Un camion-citerne a sauté mercredi sur une mine sur l'axe entre Léré et Niono. Le chauffeur et
son aide ont été tués, selon un transporteur. Des observateurs s'attendent à ce que les combats
reprennent sur cet axe dans les prochaines semaines.
"""


def test_a_truck_on_a_mine_between_two_towns_and_its_two_named_dead() -> None:
    (blast,) = extract(TANKER_ON_A_MINE, "2025-06-13")
    assert (blast.event_type, blast.sub_event_type) == (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    )
    assert blast.location in ("Léré", "Niono") and blast.actor2 == "Civilians (Mali)"
    assert blast.fatalities == 2  # "le chauffeur et son aide"


SEPARATE_INCIDENT = """Attack repelled at Nara camp

Gunmen attacked the army camp at Nara, in the Koulikoro region, early on Monday 6 October
2025. Three soldiers and eleven attackers were killed in the fighting, the army said.

In a separate incident the same afternoon, a lorry hit a landmine on the road between Nara and
Dilly, killing two drivers, a local official said.
"""


def test_a_separate_incident_told_of_the_same_day_and_place_is_an_event_of_its_own() -> None:
    events = sorted(extract(SEPARATE_INCIDENT, "2025-10-07"), key=lambda e: e.event_type)
    assert [(e.event_type, e.fatalities) for e in events] == [
        ("Battles", 3 + 11),
        ("Explosions/Remote violence", 2),
    ]
    assert events[1].actor2 == "Civilians (Mali)"
    assert events[0].actor2 == "Military Forces of Mali (2021-)"


GOVERNORATE = """Un commissariat attaqué à Zégoua

Dans la nuit de samedi 8 à dimanche 9 novembre 2025, des hommes armés ont attaqué le commissariat
de police de Zégoua, dans le cercle de Kadiolo. Selon un communiqué du gouvernorat de Sikasso,
trois policiers ont été tués et deux autres blessés.
"""


def test_a_governorate_that_tells_the_toll_is_no_place_of_the_attack() -> None:
    (event,) = extract(GOVERNORATE, "2025-11-10")
    assert (event.location, event.fatalities) == ("Zégoua", 3)


ANALYST_BASED_IN = """Gunmen kill villagers near Tillia

Gunmen killed six villagers near Tillia, in Niger's Tahoua region, on Friday 14 November 2025,
local officials said. "A toll of six dead is surely too low," said a security analyst based in
Niamey.
"""


def test_an_analyst_based_in_the_capital_does_not_place_a_toll_there() -> None:
    (event,) = extract(ANALYST_BASED_IN, "2025-11-16")
    assert (event.location, event.fatalities) == ("Tillia", 6)


AIRCRAFT_ENGAGED = """Communiqué de l'État-major général des armées

Le lundi 3 novembre 2025, les unités du détachement de Nouna ont repoussé une attaque terroriste.
Douze assaillants ont été neutralisés.

Le mardi 4 novembre 2025, un vecteur aérien a engagé un groupe de terroristes à moto aux environs
de Djibasso. Une dizaine de terroristes ont été neutralisés lors de cette frappe.
"""


def test_an_aircraft_that_engages_a_group_strikes_where_it_engaged_it() -> None:
    clash, strike = sorted(extract(AIRCRAFT_ENGAGED, "2025-11-05"), key=lambda e: e.event_date)
    assert (clash.event_type, clash.location, clash.fatalities) == ("Battles", "Nouna", 12)
    assert (strike.sub_event_type, strike.location, strike.event_date, strike.fatalities) == (
        "Air/drone strike",
        "Djibasso",
        dt.date(2025, 11, 4),
        10,
    )


CARRIED_EXPLOSIVES = """Kaya : un camion d'explosifs intercepté, une mine tue deux civils

Le vendredi 7 novembre 2025, des VDP ont intercepté à l'entrée de Kaya une camionnette
transportant des engins explosifs improvisés et du carburant. Le chauffeur a été interpellé.

Le même jour, près de Kongoussi, une charrette a sauté sur un engin explosif improvisé, tuant
deux civils.
"""


def test_explosives_carried_or_seized_are_no_explosion() -> None:
    events = extract(CARRIED_EXPLOSIVES, "2025-11-09")
    blasts = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert [(e.location, e.fatalities) for e in blasts] == [("Kongoussi", 2)]


INTERVIEWS_CONDUCTED_IN = """Burkina Faso: executions near Gorom-Gorom (report excerpt)

The following is an excerpt from a report published on 20 November 2025 by Sahel Rights
Monitor. It is based on interviews with 23 survivors, relatives of victims and officials
conducted in Dori, Kaya and Ouagadougou between 1 and 15 November 2025.

The organisation documented the killing of at least nine civilians by soldiers in the Oudalan
province in late October 2025.

On 28 October, soldiers killed nine men in the village of Tassamakat, near Gorom-Gorom.
"""


def test_the_towns_where_interviews_were_conducted_are_no_places_of_the_killings() -> None:
    events = extract(INTERVIEWS_CONDUCTED_IN, "2025-11-20")
    assert {e.location for e in events} <= {"Tassamakat", "Gorom-Gorom"}
    assert events and all(e.event_date == dt.date(2025, 10, 28) for e in events)


NUMBERED_SECTION = """Mali: men executed in the Niafunké cercle, report says

A report published on 20 March 2025 says soldiers killed at least seven civilians in the
Niafunké cercle in early March 2025.

1. The events of 4 March

On the afternoon of 4 March, soldiers arrived in Sarafere in several vehicles. They took seven
men out of their homes and shot them dead behind the school.
"""


def test_a_sentence_of_the_same_day_places_a_story_told_without_its_place() -> None:
    (event,) = extract(NUMBERED_SECTION, "2025-03-21")
    assert (event.location, event.event_date, event.fatalities) == (
        "Saraféré",
        dt.date(2025, 3, 4),
        7,
    )


RADIO_ITEMS = """Journal de la mi-journée - Radio Naata, jeudi 6 novembre 2025

Gao. Des individus armés ont tué un commerçant hier soir dans un quartier périphérique de la
ville, selon la police.

Ansongo. Les proches de trois orpailleurs sont sans nouvelles d'eux depuis lundi dernier. Ils
auraient été enlevés par des hommes armés non identifiés alors qu'ils se rendaient à Tessit.

Ouatagouna. Plusieurs centaines de femmes se sont rassemblées avant-hier devant la mairie. La
manifestation, pacifique, visait à réclamer le retour de l'électricité.

Sports. L'équipe de Gao a battu dimanche celle de Tombouctou.
"""


def test_a_bulletins_place_headings_each_open_an_item_placed_and_dated_by_its_own_lines() -> None:
    events = {(e.location, e.event_date, e.event_type) for e in extract(RADIO_ITEMS, "2025-11-06")}
    assert events == {
        ("Gao", dt.date(2025, 11, 5), "Violence against civilians"),
        ("Ansongo", dt.date(2025, 11, 3), "Violence against civilians"),
        ("Ouatagouna", dt.date(2025, 11, 4), "Protests"),
    }


MINIBUS = """Four dead as minibus hits landmine near Boni

Soldiers repelled an attack on the army camp at Hombori on Monday 3 November 2025, the army
said. On Tuesday 4 November, a passenger minibus hit an explosive device on the road between Boni
and Hombori, a transport union official said.
"""


def test_a_minibus_on_a_mine_carries_civilians() -> None:
    (event,) = [e for e in extract(MINIBUS, "2025-11-05") if e.event_date.day == 4]
    assert (event.sub_event_type, event.actor2) == (
        "Remote explosive/landmine/IED",
        "Civilians (Mali)",
    )


RIGHTS_REPORT = """Mali: killings in a village of the Ségou region

Sahel Rights Monitor documented the killing of at least nine civilians by Malian soldiers in
the Niono cercle in early March 2025, and the abduction of three traders by JNIM fighters in
the same area days later.

1. Dogofry, 4 March

On the morning of 4 March, soldiers arrived in Dogofry and took eleven men to the edge of the
village. Residents buried 11 bodies the following day, according to village elders. None of
the witnesses reported any fighting in the village that day.
"""


def test_a_report_s_killing_by_soldiers_its_burials_and_no_fighting() -> None:
    events = [e for e in extract(RIGHTS_REPORT, "2025-04-15") if e.location == "Dogofry"]
    assert [(e.event_type, e.event_date) for e in events] == [
        ("Violence against civilians", dt.date(2025, 3, 4))
    ]
    assert (events[0].actor1, events[0].fatalities) == ("Military Forces of Mali (2021-)", 9)


REPRISAL = """Gunmen kill 15 in village near Ayorou

Gunmen killed 15 villagers near Ayorou on Sunday, a local official said. The attack followed
the abduction of two herders by a vigilante group last week, residents said. It came in
retaliation for the killing of a trader at the market, they said.
"""


def test_an_earlier_deed_told_as_the_cause_is_no_event() -> None:
    (event,) = extract(REPRISAL, "2025-02-04")
    assert (event.event_type, event.fatalities) == ("Violence against civilians", 15)


REPORT_SECTIONS = """Report: arrests and killings in the Macina cercle

The following is an excerpt from a report by Sahel Rights Monitor, published on 2 June 2025.

1. Kolongo, 12 April

On the morning of 12 April, soldiers killed six herders near the wells of Kolongo.

2. Macina, 14 April

Two days later, soldiers arrested nine traders at the market of Macina. In a letter dated 20
May, the Ministry of Defence said it had opened an investigation into the killings at Kolongo.
"""


def test_a_report_s_dated_headings_date_its_sections_and_a_letter_s_date_dates_nothing() -> None:
    events = sorted(extract(REPORT_SECTIONS, "2025-06-02"), key=lambda e: e.event_date)
    assert [(e.location, e.event_date, e.event_type) for e in events] == [
        ("Kolongo", dt.date(2025, 4, 12), "Violence against civilians"),
        ("Macina", dt.date(2025, 4, 14), "Strategic developments"),
    ]
    assert events[1].sub_event_type == "Arrests"


MASSACRE_THEN_STRIKE = """Militants storm village near Ténenkou

Militants stormed the village of Diafarabé on Saturday morning after residents refused to pay a
tax, local officials said. At least nine men were killed. A health official said 12 bodies had
been taken to the hospital. The army said its aircraft had struck "terrorist positions" near
Diafarabé later on Saturday, killing "several" fighters.
"""


def test_the_army_s_strike_after_a_massacre_is_its_own_event_and_bodies_are_an_account() -> None:
    events = {e.event_type: e for e in extract(MASSACRE_THEN_STRIKE, "2025-04-14")}
    assert set(events) == {"Violence against civilians", "Explosions/Remote violence"}
    assert events["Violence against civilians"].fatalities == 9
    strike = events["Explosions/Remote violence"]
    assert (strike.actor1, strike.actor2) == (
        "Military Forces of Mali (2021-)",
        "Unidentified Armed Group (Mali)",
    )


SURVIVOR = """Gunmen kill villagers near Fada N'Gourma

Gunmen killed 12 villagers in Tansarga on Thursday evening, a regional official said. "They told
us that anyone who joins the VDP is a dead man," said a farmer who lost two brothers in the
attack and now sleeps in a school in Diapaga with his children.
"""


def test_a_threat_is_no_toll_and_where_a_survivor_now_sleeps_is_no_event_place() -> None:
    (event,) = extract(SURVIVOR, "2025-10-25")
    assert (event.location, event.fatalities) == ("Tansarga", 12)


DEPARTMENT_AFTER = """Gunmen kill four villagers in western Niger

Gunmen on motorcycles attacked the village of Tondikiwindi in the Ouallam department on Sunday,
killing four villagers, a local official said. They also burnt granaries in the Anzourou commune.
"""


def test_a_department_or_commune_named_before_its_word_contains_the_village() -> None:
    (event,) = extract(DEPARTMENT_AFTER, "2025-03-10")
    assert (event.location, event.admin1, event.fatalities) == ("Tondi Kiwindi", "Tillaberi", 4)


FIRE_ON_PROTESTERS = {
    "en": """Three dead as police fire on protesters in Zinder

Hundreds of young people took to the streets of Zinder on Friday to denounce power cuts. Security
forces opened fire on demonstrators, killing three, a hospital source said.
""",
    "fr": """Kayes : deux morts lors d'une manifestation

Des jeunes ont manifesté jeudi à Kayes contre les coupures d'électricité. Les forces de l'ordre
ont tiré à balles réelles sur les manifestants, tuant deux personnes, selon un médecin.
""",
}


def test_forces_that_fire_on_protesters_and_kill_use_excessive_force_against_a_protest() -> None:
    (zinder,) = extract(FIRE_ON_PROTESTERS["en"], "2025-03-10")
    (kayes,) = extract(FIRE_ON_PROTESTERS["fr"], "2025-03-10")
    for event, country, dead in ((zinder, "Niger", 3), (kayes, "Mali", 2)):
        assert (event.event_type, event.sub_event_type) == (
            "Protests",
            "Excessive force against protesters",
        )
        assert event.actor1 == f"Protesters ({country})"
        assert event.actor2.startswith(f"Police Forces of {country}")
        assert event.fatalities == dead


CAMPAIGN_AIMS = {
    "fr": """Mopti : lancement d'une campagne de vaccination

Le ministère de la Santé a lancé lundi à Mopti une campagne de vaccination contre la rougeole.
Elle vise plus d'un million d'enfants de moins de cinq ans dans la région, selon le ministère.
""",
    "en": """Measles campaign starts in Ségou

The vaccination campaign, launched on Monday in Ségou by the regional governor, targeted more
than a million children under five, the health ministry said.
""",
}


def test_a_campaign_that_targets_children_attacks_nobody() -> None:
    assert extract(CAMPAIGN_AIMS["fr"], "2025-03-10") == []
    assert extract(CAMPAIGN_AIMS["en"], "2025-03-10") == []


REGIONAL_CAPITALS_ABROAD = {
    "en": """Students protest in Dosso

Several hundred students demonstrated on Wednesday in Dosso to demand the payment of their
grants, witnesses said. The protest ended peacefully in the afternoon.
""",
    "fr": """Manifestation à Kaya

Plusieurs centaines d'élèves ont manifesté mercredi à Kaya pour réclamer le paiement de leurs
bourses, selon des témoins. La marche s'est terminée dans le calme.
""",
}


def test_protesters_are_of_the_country_of_a_regional_capital_abroad_not_of_a_hamlet() -> None:
    (dosso,) = extract(REGIONAL_CAPITALS_ABROAD["en"], "2025-03-06")
    (kaya,) = extract(REGIONAL_CAPITALS_ABROAD["fr"], "2025-03-06")
    assert (dosso.country, dosso.admin1, dosso.actor1) == ("Niger", "Dosso", "Protesters (Niger)")
    assert (kaya.country, kaya.admin1, kaya.actor1) == (
        "Burkina Faso",
        "Centre-Nord",
        "Protesters (Burkina Faso)",
    )


DENIED_ON_WEDNESDAY = """Mali : des villageois tués près de Sokolo

BAMAKO, 12 mars 2025 (ABS) – Au moins onze villageois ont été tués lors d'une opération militaire
près de Sokolo, selon des élus de la commune, des accusations démenties mercredi par l'armée.

Les faits remontent à dimanche. Des soldats ont rassemblé les hommes avant de les abattre.
"""


def test_a_denial_dates_the_denial_and_the_facts_date_the_event() -> None:
    (event,) = extract(DENIED_ON_WEDNESDAY, "2025-03-12")
    assert (event.location, event.event_date) == ("Sokolo", dt.date(2025, 3, 9))


CLAIM_CARRIED = """Gunmen ambush army patrol near Ansongo

Gunmen ambushed an army patrol near Ansongo on Friday, killing three soldiers, a security source
said on Sunday. JNIM claimed the attack in a statement carried by its media arm on Saturday.
"""


def test_a_statement_carried_by_a_group_on_a_later_day_dates_the_claim() -> None:
    (event,) = extract(CLAIM_CARRIED, "2025-04-07")
    assert (event.location, event.event_date, event.fatalities) == (
        "Ansongo",
        dt.date(2025, 4, 4),
        3,
    )
    assert "JNIM" in event.actor1


CONVOY_LEFT = """Trucks ambushed on the road to Kayes

Gunmen attacked a convoy of fuel trucks near Sandaré on Tuesday, killing three drivers. The
convoy, which had left the Senegalese border on Monday under escort, came under fire in the
afternoon on the road between Diboli and Kayes, a union official said.
"""


def test_the_day_a_convoy_had_left_is_not_the_day_it_was_attacked() -> None:
    (event,) = extract(CONVOY_LEFT, "2025-10-09")
    assert (event.location, event.event_date, event.fatalities) == (
        "Sandaré",
        dt.date(2025, 10, 7),
        3,
    )


NEW_DAY_NEW_PLACE = """Burkina : une embuscade puis des représailles dans le Soum

Dans la nuit de samedi à dimanche, des soldats sont tombés dans une embuscade près de Tongomayel.
Huit militaires ont été tués, selon des sources locales.

Lundi, c'est à Nassoumbou, plus au nord, que tout a basculé. Des hommes armés ont tué au moins six
civils, selon un élu.
"""


def test_a_new_day_at_a_new_place_told_before_an_unplaced_deed_is_its_day_and_place() -> None:
    events = extract(NEW_DAY_NEW_PLACE, "2025-03-05")
    told = {(e.location, e.fatalities): e.event_date for e in events}
    assert told[("Nassoumbou", 6)] == dt.date(2025, 3, 3)
    assert told[("Tongomayel", 8)] in (dt.date(2025, 3, 1), dt.date(2025, 3, 2))
    assert len(events) == 2


DESCRIBED_AS = """Des civils tués près de Djibasso

Jeudi, des hommes armés présentés par des témoins comme des militaires de la zone sont entrés
dans le village de Djibasso et ont tué au moins sept personnes, selon un élu local.
"""


def test_armed_men_described_as_soldiers_who_enter_and_kill_attack_civilians() -> None:
    (event,) = extract(DESCRIBED_AS, "2025-05-09")
    assert (event.event_type, event.actor1, event.actor2, event.fatalities) == (
        "Violence against civilians",
        "Military Forces of Burkina Faso (2022-)",
        "Civilians (Burkina Faso)",
        7,
    )


PLACED_NEXT = """Foreign workers kidnapped in southern Mali

Armed men raided a gold processing plant in southern Mali early on Tuesday, seizing two Turkish
engineers and killing a watchman, the company said. The raiders, who came on motorbikes, broke
through the fence of the site near the village of Naréna before dawn.
"""


def test_an_unplaced_raid_is_placed_by_the_next_sentence() -> None:
    (event,) = extract(PLACED_NEXT, "2025-06-05")
    assert (event.location, event.event_date, event.fatalities) == (
        "Naréna",
        dt.date(2025, 6, 3),
        1,
    )


AIR_SUPPORT = """Niger: soldiers killed in attack on Abala post

Gunmen attacked the army post at Abala on Tuesday. The ministry of defence said on Wednesday
that seven soldiers had been killed and that about 20 assailants had been neutralised during the
fighting and by air strikes carried out afterwards.
"""


def test_strikes_backing_troops_who_lost_men_in_the_fighting_make_a_battle() -> None:
    (event,) = extract(AIR_SUPPORT, "2025-04-10")
    assert (event.event_type, event.location, event.fatalities) == ("Battles", "Abala", 27)


APPOSITION = """Herders killed near Mondoro

Jihadists attacked the army camp at Boulkessi on Saturday, killing six soldiers, the army said.
On Monday, two days after the attack on Boulkessi, gunmen killed four herders near Mondoro, a
local official said.
"""


def test_a_day_explained_by_another_attack_keeps_its_date_and_not_that_attacks_place() -> None:
    events = {(e.location, e.event_date, e.fatalities) for e in extract(APPOSITION, "2025-07-09")}
    assert events == {
        ("Boulkessi", dt.date(2025, 7, 5), 6),
        ("Mondoro", dt.date(2025, 7, 7), 4),
    }


SAME_DAY_CLAIM = """Mali : neuf civils tués à Sokolo, l'armée dément

Des militaires ont tué au moins neuf civils samedi dans le village de Sokolo, selon des élus
locaux. L'armée dément toute exaction. Le même jour, le JNIM a revendiqué une embuscade contre
une patrouille sur la route de Sokolo, affirmant avoir tué trois soldats.
"""


def test_the_same_day_another_groups_claimed_deed_is_an_event_of_its_own() -> None:
    events = {(e.event_type, e.actor1) for e in extract(SAME_DAY_CLAIM, "2025-02-04")}
    assert events == {
        ("Violence against civilians", "Military Forces of Mali (2021-)"),
        ("Battles", "JNIM: Group for Support of Islam and Muslims"),
    }


ISSUE_LINE = """Hombori : une attaque repoussée par l'armée

Le Républicain du Nord – Vendredi 13 juin 2025

Le camp de Hombori a été visé par des hommes armés. Selon un communiqué de l'armée publié hier,
l'attaque a eu lieu le mercredi 11 juin 2025 vers 4 heures. Deux soldats ont été tués.
"""


def test_a_papers_name_and_issue_date_is_a_dateline_not_the_events_day() -> None:
    (event,) = extract(ISSUE_LINE, "2025-06-13")
    assert (event.location, event.event_date, event.fatalities) == (
        "Hombori",
        dt.date(2025, 6, 11),
        2,
    )


NOUN_BEFORE_HEAD = """Lorry hits mine near Tessit

A civilian lorry driver was killed on Monday when his vehicle struck a landmine on the track
south of Tessit, a local official said.
"""


def test_a_victim_word_used_as_an_adjective_still_counts_the_person() -> None:
    (event,) = extract(NOUN_BEFORE_HEAD, "2025-08-06")
    assert (event.event_type, event.location, event.fatalities) == (
        "Explosions/Remote violence",
        "Tessit",
        1,
    )


BOTH_SIDES_ONE_SENTENCE = """Attaque repoussée à Nara

L'état-major général des armées informe que ce mardi 3 juin 2025, le poste des FAMa de Nara a
fait l'objet d'une attaque de groupes armés terroristes. L'attaque a été repoussée.

Le bilan provisoire est le suivant : côté ami, 2 morts et 5 blessés ; côté terroriste, 15
terroristes neutralisés et 9 motos détruites.
"""


def test_each_figure_of_a_two_sided_toll_belongs_to_the_side_named_before_it() -> None:
    (event,) = extract(BOTH_SIDES_ONE_SENTENCE, "2025-06-05")
    assert (event.event_type, event.location, event.fatalities) == ("Battles", "Nara", 2 + 15)


BODIES_AND_ARMY_CLAIM = """Villagers say soldiers killed civilians at Bintagoungou

Residents of Bintagoungou accuse soldiers of killing several men during a raid on Tuesday.
"In the evening we found eleven bodies behind the school," a trader said. A local councillor
said at least seven men were killed, all civilians. The army said its troops had neutralised
seven terrorists in the area.
"""


def test_bodies_counted_by_villagers_are_one_account_beside_the_armys_claim() -> None:
    (event,) = extract(BODIES_AND_ARMY_CLAIM, "2025-03-13")
    assert (event.event_type, event.location, event.fatalities) == (
        "Violence against civilians",
        "Bintagoungou",
        7,
    )


ACCUSED_INDEFINITE = """Mali : des habitants de Dianké accusent l'armée

Des habitants de Dianké accusent des soldats maliens et des paramilitaires russes d'avoir exécuté
cinq bergers jeudi, lors d'une opération dans la zone.
"""


def test_soldiers_accused_with_an_indefinite_article_are_the_perpetrators() -> None:
    (event,) = extract(ACCUSED_INDEFINITE, "2025-05-03")
    assert (event.event_type, event.location, event.fatalities) == (
        "Violence against civilians",
        "Dianké",
        5,
    )
    assert event.actor1 == "Military Forces of Mali (2021-)"
    assert "Wagner Group" in event.assoc_actor_1


BLAMED_GROUP_ASIDE = """Gunmen kill herders near Talataye

Gunmen on motorbikes raided a camp near Talataye on Sunday and killed four herders, a local
official said. Relatives blamed the Islamic State, which has held most of the surrounding
countryside since 2022.
"""


def test_a_blamed_groups_aside_with_a_past_year_still_attributes_the_attack() -> None:
    (event,) = extract(BLAMED_GROUP_ASIDE, "2025-10-08")
    assert (event.location, event.fatalities) == ("Talataye", 4)
    assert event.actor1 == "Islamic State (Sahel)"


HISTORY_GOES_ON = """Gunmen kill three traders near Tessit

Gunmen killed three traders on the road near Tessit on Monday, a local official said.

The army took over the UN camp at Tessit in March 2023 after the peacekeepers left. Fighting
broke out as rebels and soldiers clashed over the camp at Tessit and the town of Léré.
"""


def test_an_undated_clash_told_right_after_old_history_is_that_history() -> None:
    events = extract(HISTORY_GOES_ON, "2025-11-05")
    assert [(e.location, e.event_date, e.fatalities) for e in events] == [
        ("Tessit", dt.date(2025, 11, 3), 3)
    ]


SAYS_IT_STRUCK = """Minibus hits mine near Bourem

A transport official in Bourem says a minibus struck a landmine yesterday morning on the track
to Tarkint. Three passengers were killed, he said.
"""


def test_a_day_after_an_irregular_past_verb_of_a_reported_clause_is_the_events() -> None:
    (event,) = extract(SAYS_IT_STRUCK, "2025-12-10")
    assert (event.event_type, event.event_date, event.fatalities) == (
        "Explosions/Remote violence",
        dt.date(2025, 12, 9),
        3,
    )


SAME_DAY_DU = """Attaque contre le poste de Sandaré

Mardi 14 octobre, le poste des FAMa de Sandaré a été attaqué par des terroristes. Deux
soldats ont été tués et huit assaillants neutralisés.

Par ailleurs, dans la soirée du même jour, les vecteurs aériens ont frappé un groupe de
terroristes en fuite près de Troungoumbé. Six terroristes ont été neutralisés.

Le lundi 13 octobre, un camion de l'armée a sauté sur une mine près de Nioro du Sahel, sans
faire de victime.
"""


def test_a_strike_told_du_meme_jour_keeps_the_day_before_the_next_item_is_told() -> None:
    days = {e.location: e.event_date for e in extract(SAME_DAY_DU, "2025-10-16")}
    assert days["Troungoumbé"] == dt.date(2025, 10, 14)
    assert days["Nioro du Sahel"] == dt.date(2025, 10, 13)


CLAIMED_SUNDAY = """Le FLA revendique une attaque près de Tessalit

Le Front de libération de l'Azawad a revendiqué, dimanche, une attaque contre un convoi de
l'armée près de Tessalit. Selon le mouvement, ses combattants ont intercepté le convoi dans la
nuit de vendredi à samedi. L'armée fait état de deux soldats tués.
"""


def test_a_claim_dated_between_commas_dates_the_claim_not_the_attack() -> None:
    (event,) = extract(CLAIMED_SUNDAY, "2026-01-19")
    assert (event.location, event.event_date, event.fatalities) == (
        "Tessalit",
        dt.date(2026, 1, 16),
        2,
    )


CONVOY_REACHED = """Burkina Faso: convoy ambushed on the road to Arbinda

Jihadist fighters ambushed a supply convoy escorted by soldiers near Gorgadji on Tuesday, local
sources said. Six soldiers were killed. The army said on Wednesday that 12 assailants had been
neutralised and that the convoy had reached Arbinda.
"""


def test_the_town_a_convoy_reached_after_an_ambush_is_not_a_second_battle() -> None:
    events = extract(CONVOY_REACHED, "2026-01-15")
    assert {(e.event_type, e.location, e.fatalities) for e in events} == {
        ("Battles", "Gorgadji", 6 + 12)
    }


PREVIOUS_WEEKDAY = """Burkina : des policiers tués à Thiou

Ouahigouya, 13 mars 2026 - Des hommes armés ont attaqué lundi le commissariat de Thiou, dans la
région du Nord, tuant trois policiers, selon des sources locales. Le jeudi précédent, quatre VDP
avaient été tués dans une embuscade près de Titao.
"""


def test_the_previous_weekday_counts_back_from_the_day_just_told() -> None:
    events = {(e.location, e.event_date) for e in extract(PREVIOUS_WEEKDAY, "2026-03-13")}
    assert events == {("Thiou", dt.date(2026, 3, 9)), ("Titao", dt.date(2026, 3, 5))}


BACK_TO_FIRST_PLACE = """Niger : attaque contre l'armée près de Ouallam

Niamey, 5 février 2026 - Une patrouille de l'armée nigérienne a été attaquée mardi dans la zone de
Ouallam. Quatre militaires ont été tués et 15 terroristes neutralisés, selon le ministère de la
Défense. Mercredi, un car a sauté sur une mine près de Mangaïzé : deux passagers sont morts.

D'après des habitants, les assaillants de Ouallam seraient des combattants de l'État islamique
au Sahel. Un élu local a parlé d'un bilan plus lourd, de huit soldats tués.
"""


def test_a_later_sentence_naming_the_first_incidents_place_goes_back_to_it() -> None:
    events = {e.location: e for e in extract(BACK_TO_FIRST_PLACE, "2026-02-05")}
    assert set(events) == {"Ouallam", "Mangaïzé"}
    assert events["Ouallam"].actor1 == "Islamic State (Sahel)"
    assert events["Ouallam"].fatalities == 4 + 15
    assert events["Mangaïzé"].fatalities == 2


SPORTS_ITEM = """Midday bulletin

In Burkina Faso, gunmen killed five civilians on Monday in the village of Pobé-Mengao, local
sources said. In sport, the Stallions clash with Ghana tonight in Kumasi in a qualifying match
for the Africa Cup of Nations.
"""


def test_a_sports_match_in_a_bulletin_is_no_battle() -> None:
    events = extract(SPORTS_ITEM, "2026-03-11")
    assert [(e.event_type, e.fatalities) for e in events] == [("Violence against civilians", 5)]


PROVINCE_OF_THE = """Opérations dans l'Est

Ouagadougou, 9 avril 2026 (ABS) - Dans la nuit de samedi à dimanche, une unité de l'armée a
attaqué un repaire terroriste à une quinzaine de kilomètres de Kantchari, dans la province de la
Tapoa. Huit terroristes ont été neutralisés. Un soldat est tombé lors de l'assaut et deux autres
ont été blessés.
"""


def test_a_province_named_with_its_article_contains_the_place_and_one_fallen_soldier_is_dead() -> (
    None
):
    (event,) = extract(PROVINCE_OF_THE, "2026-04-09")
    assert (event.event_type, event.location, event.admin1) == ("Battles", "Kantchari", "Est")
    assert event.fatalities == 8 + 1


BODIES_OF_THE = """Burkina Faso: herders missing after arrest found dead

On 3 March 2026, gendarmes arrested four herders at a water point near Sebba, relatives said.
Three days later, shepherds found the bodies of the four men near the road to Mansila, with
their hands tied.
"""


def test_the_bodies_of_the_men_arrested_are_their_killing() -> None:
    (event,) = extract(BODIES_OF_THE, "2026-03-20")
    assert (event.event_type, event.location, event.fatalities) == (
        "Violence against civilians",
        "Sebba",
        4,
    )


CALLS_TO_END = """Burkina Faso: villagers shot after army sweep, rights group says

Soldiers shot dead six villagers in Bourzanga on 8 February 2026, a rights group said in a report
on Tuesday. The group called on the authorities to investigate and urged JNIM to stop its
attacks on civilians.
"""


def test_a_call_to_end_a_groups_attacks_is_no_attack_and_names_no_perpetrator() -> None:
    (event,) = extract(CALLS_TO_END, "2026-03-03")
    assert (event.event_type, event.location, event.fatalities) == (
        "Violence against civilians",
        "Bourzanga",
        6,
    )
    assert event.actor1 == "Military Forces of Burkina Faso (2022-)"


LETTER_SENT_ON = """Burkina Faso: traders shot at Gayéri market, report says

On 10 January 2026, soldiers shot dead four traders at the market of Gayéri, witnesses told the
rights group. The Burkinabè army did not respond to a letter sent on 20 February.

Killings near Foutouri

Gunmen killed two herders near Foutouri, residents said.
"""


def test_the_day_a_letter_was_sent_dates_no_event() -> None:
    days = {e.event_date for e in extract(LETTER_SENT_ON, "2026-03-05")}
    assert dt.date(2026, 2, 20) not in days


DAY_TOLD_BEFORE_THE_DEED = """Burkina Faso: two attacks in the North

On 4 March 2026, gunmen stormed the market of Thiou and killed three traders, residents said.

On 9 March, JNIM fighters on motorbikes entered a hamlet about 20 kilometres from Titao and
rounded up the men. Nine men were killed, according to a local official.
"""


def test_the_sentence_that_told_the_day_places_the_deed_after_it_and_names_who() -> None:
    events = {e.event_date: e for e in extract(DAY_TOLD_BEFORE_THE_DEED, "2026-03-12")}
    later = events[dt.date(2026, 3, 9)]
    assert (later.location, later.fatalities) == ("Titao", 9)
    assert later.actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert events[dt.date(2026, 3, 4)].location == "Thiou"
