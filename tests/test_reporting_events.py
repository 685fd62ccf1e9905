"""Forms of reporting met in articles the project had not seen: what happened
(event types, deeds told elsewhere, separate incidents, communiqués, reports).
Articles written for these tests."""

from __future__ import annotations

import datetime as dt

from sahelwatch.articles import article_from_text
from sahelwatch.extraction.build import run_pipeline
from tests.reporting_helpers import extract

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


SPORTS_ITEM = """Midday bulletin

In Burkina Faso, gunmen killed five civilians on Monday in the village of Pobé-Mengao, local
sources said. In sport, the Stallions clash with Ghana tonight in Kumasi in a qualifying match
for the Africa Cup of Nations.
"""


def test_a_sports_match_in_a_bulletin_is_no_battle() -> None:
    events = extract(SPORTS_ITEM, "2026-03-11")
    assert [(e.event_type, e.fatalities) for e in events] == [("Violence against civilians", 5)]


CONVOY_AND_EXECUTION = """Soldiers killed in ambush near Niono

Nine soldiers were killed when their convoy was ambushed near Niono on Saturday, the army said.
The convoy, which was escorting fuel tankers from the border town of Nara, came under fire about
15 km north of Niono. It said 20 assailants were "neutralised" in the fighting. Reinforcements
reached the ambush site on Sunday morning.

JNIM also said it had executed a man it accused of working as an informant for the army in the
village of Dogofry on Friday.
"""


def test_a_convoy_s_origin_an_ambush_site_and_an_informant_s_execution() -> None:
    events = {e.location: e for e in extract(CONVOY_AND_EXECUTION, "2025-12-15")}
    assert set(events) == {"Niono", "Dogofry"}
    assert (events["Niono"].event_type, events["Niono"].fatalities) == ("Battles", 9 + 20)
    execution = events["Dogofry"]
    assert (execution.event_type, execution.actor2, execution.fatalities) == (
        "Violence against civilians",
        "Civilians (Mali)",
        1,
    )


DRONES_AND_STRIKE = """Mopti : drones sur le camp, grève des transporteurs

Le camp militaire de Mopti a été la cible, dans la nuit de jeudi à vendredi, d'une attaque menée
à l'aide de drones armés, revendiquée par le GSIM. Ce lundi, les transporteurs de Mopti ont
observé un arrêt de travail pour protester contre l'insécurité.
"""

SEASONAL_CAMP = """Militia accused of killing herders near Koro

Members of the Dan Na Ambassagou militia killed at least six Fulani herders and burned their camp
near Koro last week, a herders' association said. The attack took place on Wednesday morning at a
seasonal camp about ten kilometres south of Koro, where several families had settled with their
cattle.
"""


def test_armed_drones_strike_a_work_stoppage_protests_and_a_seasonal_camp_is_civilian() -> None:
    kinds = {(e.event_type, e.sub_event_type) for e in extract(DRONES_AND_STRIKE, "2025-12-15")}
    assert ("Explosions/Remote violence", "Air/drone strike") in kinds
    assert ("Protests", "Peaceful protest") in kinds
    (raid,) = extract(SEASONAL_CAMP, "2026-02-02")
    assert raid.event_type == "Violence against civilians"
    # the word that types an attack by its target: a herders' seasonal camp is no army camp
    doc = run_pipeline(article_from_text(SEASONAL_CAMP).with_defaults(published=PUBLISHED))
    attack = next(t for t in doc.triggers if t.text == "attack")
    assert attack.target == "civilians"


PUBLISHED = dt.date(2026, 2, 2)


UNNAMED_CAMPS = """Gunmen kill villagers in raids near Anderamboukane

Gunmen on motorcycles raided a camp near Anderamboukane on Friday evening, where five people were
shot dead, a local councillor said. The next day, armed men attacked a military camp near Ménaka,
and soldiers fought them off, the army said.
"""


def test_a_camp_near_a_town_is_no_army_camp_but_a_military_camp_is() -> None:
    kinds = {e.location: (e.event_type, e.actor2) for e in extract(UNNAMED_CAMPS, "2025-10-20")}
    assert kinds["Anderamboukane"] == ("Violence against civilians", "Civilians (Mali)")
    assert kinds["Ménaka"][0] == "Battles"


AIRCRAFT_DESTROYED = """Drones destroy fuel depot near Léré

Army drones destroyed a fuel depot and several motorcycles belonging to terrorists near Léré on
Tuesday, the general staff said.
"""


def test_what_aircraft_destroy_they_strike_from_the_air() -> None:
    (strike,) = extract(AIRCRAFT_DESTROYED, "2025-04-10")
    assert (strike.event_type, strike.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert strike.actor1 == "Military Forces of Mali (2021-)"


RIPOSTE_FROM_THE_AIR = """Burkina Faso : une patrouille prise en embuscade près de Djibo

Samedi, une patrouille de militaires et de VDP est tombée dans une embuscade à une dizaine de
kilomètres de Djibo. Sept VDP et deux soldats ont été tués. L'armée affirme que l'aviation a
neutralisé une vingtaine de terroristes lors de la riposte. Deux jours plus tôt, des hommes armés
avaient incendié l'école du village de Tongomayel, sans faire de victimes.
"""


def test_an_air_strike_in_the_riposte_to_an_ambush_belongs_to_the_ambush() -> None:
    events = extract(RIPOSTE_FROM_THE_AIR, "2025-01-27")
    by_day = {(e.event_date.isoformat(), e.location): e.event_type for e in events}
    assert by_day == {
        ("2025-01-25", "Djibo"): "Battles",
        ("2025-01-23", "Tongomayel"): "Strategic developments",
    }


CAME_A_WEEK_AFTER = """Sofara : la foire attaquée

Des hommes armés non identifiés ont ouvert le feu sur la foire de Sofara ce mardi 11 novembre,
tuant quatre forains. L'attaque n'a pas été revendiquée. Elle intervient une semaine après
l'enlèvement de trois commerçants sur l'axe Sofara-Djenné, attribué à la katiba Macina.
"""


def test_the_deed_an_attack_came_a_week_after_is_its_own_and_names_no_attacker() -> None:
    events = extract(CAME_A_WEEK_AFTER, "2025-11-12")
    attack = next(e for e in events if e.event_date.isoformat() == "2025-11-11")
    assert (attack.actor1, attack.fatalities) == ("Unidentified Armed Group (Mali)", 4)
    abductions = [e for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert [(e.event_date.isoformat(), e.time_precision) for e in abductions] == [("2025-11-04", 2)]


GROUPS_CLASH = """Jihadist groups clash near Tessit

Clashes between IS Sahel and JNIM fighters broke out near Tessit on Saturday; local sources
reported at least 15 fighters killed on both sides.
"""


def test_fighters_killed_in_clashes_between_two_groups_are_a_battle_s_dead() -> None:
    (clash,) = extract(GROUPS_CLASH, "2025-03-24")
    assert (clash.event_type, clash.fatalities) == ("Battles", 15)
    assert {clash.actor1, clash.actor2} == {
        "Islamic State (Sahel)",
        "JNIM: Group for Support of Islam and Muslims",
    }


BULLETED_BRIEF = """Weekly security brief

MALI
• 18 March - Gao region: Gunmen abducted two aid workers on the road between Gao and Ansongo.
Their vehicle was found burned the next day.

BURKINA FASO
• 19 March - Centre-Nord: An IED struck a minibus near Barsalogho, killing six passengers.

OUTLOOK
Expect more attacks on supply convoys ahead of the rainy season and further fighting between the
armed groups in the Ménaka region.
"""


def test_each_bullet_of_a_brief_is_its_own_story_and_an_outlook_tells_none() -> None:
    kinds = {
        (e.location, e.event_type, e.fatalities) for e in extract(BULLETED_BRIEF, "2025-03-24")
    }
    assert ("Barsalogho", "Explosions/Remote violence", 6) in kinds
    assert not any(kind == "Battles" for _, kind, _ in kinds)


BOMB_MAKERS = """Trois suspects arrêtés à Bla

Le 4 juin 2025, des gendarmes ont interpellé trois hommes à Bla. Ils transportaient des
composants pour la fabrication d'engins explosifs improvisés, selon une source sécuritaire.
"""


def test_material_to_make_explosive_devices_is_an_arrest_not_an_explosion() -> None:
    (event,) = extract(BOMB_MAKERS, "2025-06-06")
    assert (event.event_type, event.sub_event_type, event.location) == (
        "Strategic developments",
        "Arrests",
        "Bla",
    )


PERIOD_SUM = """Opérations des FAMa

Le 9 avril 2025, à Kareri, une unité a interpellé un suspect et saisi deux motos.

Au total, sur la période, onze terroristes ont été neutralisés et plusieurs armes récupérées.
"""


def test_the_sum_over_a_communique_s_period_is_no_battle_of_its_last_item() -> None:
    (event,) = extract(PERIOD_SUM, "2025-04-12")
    assert (event.event_type, event.location, event.fatalities) == (
        "Strategic developments",
        "Kareri",
        0,
    )


PAST_YEARS = """Herders killed near Ménaka

Gunmen killed three herders near Ménaka on Tuesday, local officials said.

In past years, the weeks after the harvest brought a sharp rise in attacks on markets near
Ansongo and Tessit.
"""


def test_what_past_years_brought_is_background() -> None:
    (event,) = extract(PAST_YEARS, "2025-06-20")
    assert (event.location, event.fatalities) == ("Ménaka", 3)


LATE_MONTH_AHEAD = """Herders killed near Ménaka

Gunmen killed three herders near Ménaka on Saturday, local officials said.

In past years, late June brought a sharp rise in attacks on markets near Ansongo and Tessit.
"""


def test_a_span_that_starts_after_publication_is_no_fresh_news() -> None:
    (event,) = extract(LATE_MONTH_AHEAD, "2025-06-23")  # late June: from 24 June
    assert (event.location, event.fatalities) == ("Ménaka", 3)


DRONE_HIT = """Drone strike on a fair

Residents said an army drone hit the weekly fair of Sofara on 3 March 2025, killing five people.
"""


def test_a_drone_that_hit_a_fair_is_an_air_strike() -> None:
    (event,) = extract(DRONE_HIT, "2025-03-05")
    assert (event.event_type, event.sub_event_type, event.location, event.fatalities) == (
        "Explosions/Remote violence",
        "Air/drone strike",
        "Sofara",
        5,
    )
    assert (event.actor1, event.actor2) == ("Military Forces of Mali (2021-)", "Civilians (Mali)")


SEIZED_BY_GUNMEN = """Women taken near Kaya

About a dozen women gathering wood outside Kaya were seized by armed men on 3 March 2025, a
local official said. Three were freed the next day.
"""


def test_women_seized_by_armed_men_are_abducted() -> None:
    (event,) = extract(SEIZED_BY_GUNMEN, "2025-03-06")
    assert (event.event_type, event.sub_event_type, event.location, event.event_date) == (
        "Violence against civilians",
        "Abduction/forced disappearance",
        "Kaya",
        dt.date(2025, 3, 3),
    )


INTO_THE_HOMES = """Attaque nocturne à Di

Dans la nuit du 3 au 4 mars 2025, des hommes armés ont attaqué le village de Di. Ils sont entrés
dans les maisons et ont tué cinq hommes, selon des habitants.
"""


def test_gunmen_who_entered_the_homes_took_no_territory() -> None:
    (event,) = extract(INTO_THE_HOMES, "2025-03-06")
    assert (event.location, event.event_type, event.sub_event_type, event.fatalities) == (
        "Di",
        "Violence against civilians",
        "Attack",
        5,
    )


SEPARATELY = """Mali: soldiers killed at Nampala, mine hits truck in the Gourma

Gunmen attacked an army post in Nampala on Tuesday, killing four soldiers, the army said.
Separately, a truck ran over a landmine about 20 km west of Gossi the same morning, a local
official said. Three passengers died.
"""


def test_a_sentence_opened_by_separately_tells_another_event() -> None:
    events = {e.location: (e.event_type, e.fatalities) for e in extract(SEPARATELY, "2026-05-14")}
    assert events == {"Nampala": ("Battles", 4), "Gossi": ("Explosions/Remote violence", 3)}


LIVE_PAGE = """Live: attacks in central and northern Mali

14:00 GMT. The toll of the bus blast near Gossi has risen to six dead, a nurse said.

11:30 GMT. The army says four soldiers were killed when gunmen attacked its post in Nampala
on Tuesday morning.

10:15 GMT. Separately, a bus ran over a landmine about 20 km west of Gossi, a local councillor
said. First reports speak of two dead.
"""


def test_a_live_page_s_latest_toll_told_first_is_the_separate_blast_s_own() -> None:
    events = {e.location: (e.event_type, e.fatalities) for e in extract(LIVE_PAGE, "2026-05-12")}
    assert events == {"Nampala": ("Battles", 4), "Gossi": ("Explosions/Remote violence", 6)}


ATTACKERS_DRONES = """Niger : le poste de Bankilaré attaqué

Le poste militaire de Bankilaré a été attaqué lundi par des terroristes, tandis que des civils
ont été tués dans un hameau voisin. Selon l'armée, les assaillants ont fait usage de drones armés
avant de lancer l'assaut. Le bilan fait état de six militaires tués et de vingt terroristes
neutralisés.
"""


def test_the_attackers_drones_are_their_assault_not_the_army_s_answer() -> None:
    (event,) = extract(ATTACKERS_DRONES, "2026-10-14")
    assert (event.event_type, event.location, event.fatalities) == ("Battles", "Bankilaré", 26)


SHELLS_THEN_ASSAULT = """Mali : le camp de Boni visé par des obus puis un assaut

Des jihadistes ont tiré des obus de mortier sur le camp militaire de Boni samedi matin avant de
lancer l'assaut à moto. Trois soldats ont été tués, selon une source sécuritaire.
"""


def test_shells_that_cover_an_assault_in_which_soldiers_die_make_a_battle() -> None:
    (event,) = extract(SHELLS_THEN_ASSAULT, "2026-10-14")
    assert (event.event_type, event.location, event.fatalities) == ("Battles", "Boni", 3)


MARKET_DAY = """Entretien : « Ils ont brûlé notre marché »

Trois bergers de Kolongo ont été enlevés jeudi par des hommes armés, et le marché de Souleye a
été incendié deux jours plus tard. Le maire de la commune a répondu à nos questions ce mardi.

Et le marché de Souleye ?

Samedi, c'était jour de foire. Vers midi, des hommes armés sont entrés en tirant en l'air. Ils
ont mis le feu aux hangars et aux boutiques.
"""


def test_an_answer_opened_on_a_new_day_tells_that_day_s_deed_at_its_place() -> None:
    events = {(e.location, e.event_date, e.event_type) for e in extract(MARKET_DAY, "2026-05-12")}
    assert events == {
        ("Kolongo", dt.date(2026, 5, 7), "Violence against civilians"),
        ("Souleye", dt.date(2026, 5, 9), "Strategic developments"),
    }


BEATEN = """Ségou : des villageois enlevés à Kolongo

Vendredi soir, des hommes armés ont enlevé quatre villageois à Kolongo et ont frappé des femmes
qui criaient, selon le maire. Personne n'a été tué.
"""

NOBODY_KILLED = """Ségou : des villageois enlevés à Kolongo

Vendredi soir, des hommes armés ont enlevé quatre villageois à Kolongo, selon le maire. Personne
n'a été tué lors de l'incursion.
"""


def test_women_struck_by_gunmen_are_beaten_not_hit_from_the_air() -> None:
    (event,) = extract(BEATEN, "2026-10-14")
    assert (event.event_type, event.sub_event_type, event.location) == (
        "Violence against civilians",
        "Abduction/forced disappearance",
        "Kolongo",
    )


def test_nobody_killed_is_no_killing() -> None:
    (event,) = extract(NOBODY_KILLED, "2026-10-14")
    assert event.sub_event_type == "Abduction/forced disappearance"


ENEMY_DISPERSED = """Niger : le poste de Tamou attaqué

Le poste de Tamou a été attaqué lundi matin par des terroristes, selon le ministère de la
Défense. Trois militaires ont été tués. Un aéronef a permis de disperser les colonnes ennemies
près de Tamou, qui se sont repliées vers la frontière.
"""


def test_enemy_columns_dispersed_by_aircraft_are_no_protest() -> None:
    events = [(e.event_type, e.location) for e in extract(ENEMY_DISPERSED, "2026-10-14")]
    assert events == [("Battles", "Tamou")]


ITEMS_SUMMARY = """Le journal de 7 heures du mardi 3 mars 2026

Bonjour. Au sommaire : une mine sous un véhicule près de Boni, des voleurs de bétail arrêtés
à Nara, et le championnat.

Quatre passagers ont été tués dimanche lorsque leur minibus a sauté sur une mine
près de Boni, dans le cercle de Douentza.
"""


def test_the_summary_of_a_bulletin_announces_its_items_and_is_no_event_of_its_own() -> None:
    (event,) = extract(ITEMS_SUMMARY, "2026-03-03")
    assert (event.location, event.event_date) == ("Boni", dt.date(2026, 3, 1))
    assert (event.sub_event_type, event.fatalities) == ("Remote explosive/landmine/IED", 4)


PLANNED = """Drone strike near Léré

A drone struck a gathering near Léré on Saturday, killing at least four people whom residents
described as civilians. The army said the strike had neutralised terrorists who were meeting
near Léré to plan attacks on military posts.
"""


def test_attacks_a_group_was_said_to_plan_do_not_make_the_strike_hit_forces() -> None:
    (event,) = extract(PLANNED, "2026-04-13")
    assert (event.sub_event_type, event.location) == ("Air/drone strike", "Léré")
    assert (event.actor2, event.fatalities) == ("Civilians (Mali)", 4)


TAKEN_FROM_HOMES = """Men seized in central Mali

On Friday evening, about twenty gunmen on motorcycles entered Sibila and took the village chief
and two of his sons from their homes, relatives said. Soldiers later marched them to the
river, one witness said.
"""


def test_men_taken_from_their_homes_are_abducted_and_marching_someone_is_no_protest() -> None:
    (event,) = extract(TAKEN_FROM_HOMES, "2026-03-09")
    assert (event.location, event.event_date) == ("Sibila", dt.date(2026, 3, 6))
    assert event.sub_event_type == "Abduction/forced disappearance"


SHOT_IN_THE_HEAD = """Bodies found near Macina

Seven men who had been rounded up at the fair of Kolongo on Tuesday were shot in the head on
the river bank, relatives said.
"""


def test_bodies_shot_in_the_head_tell_a_killing() -> None:
    (event,) = extract(SHOT_IN_THE_HEAD, "2026-03-12")
    assert (event.event_type, event.location) == ("Violence against civilians", "Kolongo")
    assert event.event_date == dt.date(2026, 3, 10)


DRIVERS_MARCH = """Les chauffeurs en colère à Ségou

Mardi, plusieurs centaines de chauffeurs ont garé leurs camions à l'entrée de Ségou et marché
jusqu'au gouvernorat pour réclamer des escortes. La foule s'est dispersée dans le calme
en fin de matinée.
"""


def test_drivers_who_marched_to_the_governor_and_went_home_calmly_held_a_peaceful_protest() -> None:
    (event,) = extract(DRIVERS_MARCH, "2026-03-12")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert (event.location, event.event_date) == ("Ségou", dt.date(2026, 3, 10))


SET_ON_FIRE = """Camions pillés près de Hombori

Lundi, des hommes armés ont arrêté trois camions près de Hombori. Les assaillants, qui se
réclamaient du JNIM, ont vidé les véhicules avant de mettre le feu à deux d'entre eux.
"""


def test_gunmen_who_set_trucks_on_fire_are_the_group_they_claimed() -> None:
    (event,) = extract(SET_ON_FIRE, "2026-03-12")
    assert (event.location, event.event_date) == ("Hombori", dt.date(2026, 3, 9))
    assert event.actor1 == "JNIM: Group for Support of Islam and Muslims"


HOSTAGES_KIN = """Chauffeurs enlevés près de Boni

Lundi, des hommes armés ont enlevé deux chauffeurs près de Boni, dans le cercle de Douentza.
Mercredi, les familles des otages restaient sans nouvelles.
"""


def test_the_families_of_the_hostages_waiting_for_news_are_no_new_abduction() -> None:
    (event,) = extract(HOSTAGES_KIN, "2026-03-13")
    assert (event.location, event.event_date) == ("Boni", dt.date(2026, 3, 9))
    assert event.sub_event_type == "Abduction/forced disappearance"


READERS_AND_TRENDING = """Gunmen kill seven in Bankass village

Gunmen killed seven villagers in Tori, in the Bankass area, on Sunday evening, an official said.

TRENDING NOW
- Gunmen kill 5 in attack on church in Nigeria's Kogi state
- Army says it retook key town in the north

Comments (2)
DesertFox77: Praying for the families.
Sahel_watcher: Same thing happened in Ménaka last month, dozens dead and nobody talks about it.
"""

COMMENTAIRES = """Bankass : le village de Tori attaqué

Le village de Tori a été attaqué dimanche soir par des individus armés, faisant sept morts, selon un
élu de la commune.

3 commentaires

Fatoumata : L'année passée ils ont aussi tué douze personnes à Pel, rien n'a changé.
"""


def test_readers_comments_and_a_trending_list_tell_no_event() -> None:
    for text in (READERS_AND_TRENDING, COMMENTAIRES):
        (event,) = extract(text, "2025-09-09")
        assert (event.location, event.fatalities) == ("Tori", 7)


CLASSES_RESUMED = """Sévaré : les cours reprennent

À Sévaré, les cours ont repris ce mercredi dans plusieurs écoles fermées depuis la rentrée. La
reprise des classes a été saluée par les parents, et le trafic a repris sur la route de Mopti.
"""


def test_classes_or_traffic_that_resume_retake_no_territory() -> None:
    assert extract(CLASSES_RESUMED, "2025-10-22") == []


BULLETIN_TITLES = """Journal de la région de Mopti

Bonsoir. Voici les titres de ce journal : un berger tué près de Sio, et la reprise des cours dans
les écoles de Sévaré.

Lundi, un berger a été tué par des individus armés près de Sio, selon un membre de sa famille.
"""


def test_a_bulletin_s_list_of_titles_tells_no_event_of_its_own() -> None:
    (killing,) = extract(BULLETIN_TITLES, "2025-10-22")
    assert (killing.location, killing.fatalities) == ("Sio", 1)


ENCIRCLED = """Des réfugiés racontent l'attaque de leur village

Selon leurs récits, le village a été encerclé dimanche dernier, à l'aube, par des soldats
maliens. « Ils ont rassemblé les hommes près du puits », raconte un rescapé. Selon lui,
sept personnes ont été tuées à Dioura.
"""


def test_the_force_that_encircled_the_village_is_the_attacker() -> None:
    (event,) = extract(ENCIRCLED, "2026-04-16")
    assert (event.location, event.actor1, event.fatalities) == (
        "Dioura",
        "Military Forces of Mali (2021-)",
        7,
    )


RUMOUR = """Une semaine dans le nord

Le 4 mars 2026, une frappe de drone a tué trois hommes près de Tessalit, selon l'armée.

Samedi 7 mars, des messages partagés sur les réseaux sociaux évoquent une frappe au nord de
Kidal. Aucun témoin ne l'a confirmée. À ce stade, il s'agit d'une rumeur.
"""


def test_a_strike_told_as_a_rumour_is_no_event() -> None:
    events = extract(RUMOUR, "2026-03-09")
    assert [(e.location, e.event_date.isoformat()) for e in events] == [("Tessalit", "2026-03-04")]


RUMOUR_UNDER_A_HEADING = """Une semaine dans le nord

Le 4 mars 2026, une frappe de drone a tué trois hommes près de Tessalit, selon l'armée.

Samedi 7 mars : une frappe à Kidal ?

Des messages partagés sur les réseaux sociaux en parlent. Aucun témoin ne l'a confirmée. Cela
reste une rumeur.
"""


def test_a_strike_in_a_heading_its_paragraph_calls_a_rumour_is_no_event() -> None:
    events = extract(RUMOUR_UNDER_A_HEADING, "2026-03-09")
    assert [e.location for e in events] == ["Tessalit"]


BACKED_BY_DRONES = """Army retakes Tessit

On Sunday, army units backed by Russian instructors and by drones launched an offensive on
Tessit, the army said. It added that "about twenty terrorists" were neutralised.
"""


def test_an_offensive_backed_by_drones_is_a_ground_battle_not_a_strike() -> None:
    # the drones supported the troops' offensive: they did not launch it
    (event,) = extract(BACKED_BY_DRONES, "2025-03-06")
    assert (event.event_type, event.location) == ("Battles", "Tessit")


LIVE_PAGE_UNDATED_ATTACK = """Live: Ménaka security updates

Ménaka security updates - Saturday, May 9, 2026.

07:10 - Residents of Ménaka say they were woken before dawn by heavy gunfire near the army camp.

08:30 - The army says gunmen tried to storm the camp and were repelled, and that four assailants
were killed.

10:15 - More news from the region. A herder says a minibus struck a landmine yesterday about
20 km north of Ménaka. Three passengers were killed, he said.

12:40 - In other news, a nurse was abducted on Thursday near Andéramboukane, a local official said.
"""


def test_a_later_item_s_day_near_the_town_is_not_the_undated_attack_s_day() -> None:
    # the camp attack is told undated (the page's day); the mine "20 km north of Ménaka"
    # yesterday and the abduction near another town on Thursday are deeds of their own
    events = sorted(
        (e.event_date.isoformat(), e.event_type, e.location, e.fatalities)
        for e in extract(LIVE_PAGE_UNDATED_ATTACK, "2026-05-09")
    )
    assert events == [
        ("2026-05-07", "Violence against civilians", "Andéramboukane", 0),
        ("2026-05-08", "Explosions/Remote violence", "Ménaka", 3),
        ("2026-05-09", "Battles", "Ménaka", 4),
    ]


CAME_DAYS_AFTER = """Gunmen attack army post in Léré

Gunmen attacked the army post in Léré on Monday morning, killing three soldiers, a local official
said.

The raid came days after mortar shells were fired at Niafunké, some 80 km to the east.
On the night of March 5, several shells landed near the town's camp, wounding a child, a nurse said.
"""


def test_the_deed_an_attack_came_after_is_told_on_its_own_day_not_the_attack_s() -> None:
    events = sorted(
        (e.event_date.isoformat(), e.location) for e in extract(CAME_DAYS_AFTER, "2025-03-11")
    )
    assert events == [("2025-03-05", "Niafunké"), ("2025-03-10", "Léré")]


LAUNCHED_AFTER = """Anéfis : l'armée entre dans la ville

L'armée a annoncé jeudi avoir pris le contrôle d'Anéfis au terme d'une offensive de trois jours.
L'offensive avait été déclenchée après le départ des casques bleus de leur camp d'Anéfis début
novembre.
"""


def test_the_offensive_told_as_launched_after_a_departure_is_no_fight_of_that_day() -> None:
    # "L'offensive avait été déclenchée après ...": the story's offensive, dated by the
    # departure it followed, not a battle at the start of November
    events = [
        (e.event_date.isoformat(), e.sub_event_type) for e in extract(LAUNCHED_AFTER, "2023-11-24")
    ]
    assert ("2023-11-23", "Government regains territory") in events
    assert not any(sub == "Armed clash" for _, sub in events)


WEEK_SUMMED_UP = """Sahel security digest

Violence in central Mali rose this week, with clashes around army posts, a new kidnapping of
herders on the road to Tenenkou and a drone strike near the border.

On Tuesday (12 August), gunmen abducted four herders near Diafarabé, relatives said.
"""


def test_a_week_summed_up_in_deeds_of_three_kinds_is_no_event_of_its_own() -> None:
    events = [(e.event_date.isoformat(), e.location) for e in extract(WEEK_SUMMED_UP, "2025-08-18")]
    assert events == [("2025-08-12", "Diafarabé")]


QUOTE_CLOSED = """Attaque contre le poste de Nara

Le poste militaire de Nara a été attaqué ce mardi à l'aube. Voici le communiqué de l'armée.

« Ce mardi 3 mars 2026, le poste des FAMa de Nara a fait l'objet d'une attaque terroriste.
L'attaque a été repoussée. Le bilan fait état de deux soldats tués. »

Fin de citation.

Joints par téléphone, des habitants de Nara ont décrit des tirs nourris pendant une heure.
Deux civils ont été blessés par des balles perdues.
"""


def test_the_end_of_a_quoted_statement_opens_no_item_of_its_own() -> None:
    # "Fin de citation." is no bulletin heading: the residents tell the same attack
    events = [(e.event_date.isoformat(), e.event_type) for e in extract(QUOTE_CLOSED, "2026-03-05")]
    assert events == [("2026-03-03", "Battles")]
