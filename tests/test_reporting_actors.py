"""Forms of reporting met in articles the project had not seen: who did it to
whom (agents, rebels, forces, protesters, perpetrators named by role).
Articles written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.reporting_helpers import extract

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


STRUCK_TRUCKS = """Drone strike near Tinzaouaten

A drone strike on Friday hit a truck near Tinzaouaten, killing five civilians, the rebel alliance
said. The rebels said the truck was struck at a well, and accused the army of targeting traders.
"""


def test_rebels_are_a_source_and_another_clause_does_not_give_a_strike_its_target() -> None:
    (event,) = extract(STRUCK_TRUCKS, "2024-11-04")
    assert event.actor2 == "Civilians (Mali)" and event.fatalities == 5
    assert ("fatalities", 5, "rebels") in {(c.field, c.value, c.source) for c in event.claims}


SUSPECTED = """Attaque contre un poste de police à Bourem

Des assaillants ont attaqué samedi le poste de police de Bourem, tuant deux policiers. L'attaque
n'a pas été revendiquée, mais l'État islamique au Sahel est très actif dans la zone.
"""


def test_a_group_active_in_the_area_is_not_the_attacker() -> None:
    (event,) = extract(SUSPECTED, "2025-01-20")
    assert event.actor1 == "Unidentified Armed Group (Mali)"
    assert event.actor2 == "Police Forces of Mali (2021-)"


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


GRENADE = """Grenade thrown into Gao market

An unidentified man threw a grenade into the central market in Gao on Monday, wounding six
people, witnesses said. Police have opened an investigation. Traders called for more police
patrols in the city.
"""


def test_a_grenade_into_a_market_hits_the_people_there_not_the_police_who_investigate() -> None:
    (event,) = extract(GRENADE, "2023-01-10")
    assert (event.sub_event_type, event.actor2) == ("Grenade", "Civilians (Mali)")


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


THEY_MOVED_ON = """Islamic State fighters kill 14 in two villages near Ansongo

Fighters of the Islamic State's Sahel branch attacked the village of Bara on Thursday, killing nine
herders, a local official said. On Friday they raided the village of Fafa, where the gunmen shot
dead five people, residents said.
"""

ILS_ONT_CONTINUE = """Tessit : deux attaques en deux jours

Des combattants du GSIM ont attaqué mardi le village de Ouatagouna, tuant six civils, selon un élu.
Le lendemain, ils ont incendié des greniers à Bara, où trois personnes ont été tuées par les
assaillants.
"""


def test_they_carries_the_group_named_for_the_last_attack_to_the_next() -> None:
    actors = {e.location: e.actor1 for e in extract(THEY_MOVED_ON, "2025-11-15")}
    assert actors == {"Bara": "Islamic State (Sahel)", "Fafa": "Islamic State (Sahel)"}
    actors = {e.location: e.actor1 for e in extract(ILS_ONT_CONTINUE, "2025-11-20")}
    group = "JNIM: Group for Support of Islam and Muslims"
    assert actors == {"Ouatagouna": group, "Bara": group}


ACCUSER = """Anéfis : le FLA revendique une embuscade et accuse l'armée d'une frappe

Le Front de libération de l'Azawad accuse l'armée malienne d'avoir mené mardi une frappe de drone
sur un campement près d'Anéfis, qui aurait tué cinq civils. L'armée n'a pas réagi aux accusations
du FLA concernant cette frappe.
"""

ACCUSED_OF = """Soldiers accused of killing herders near Nampala

Malian soldiers accused of killing six herders near Nampala on Monday have been questioned, a local
official said.
"""


def test_who_accuses_tells_and_the_accused_did_it() -> None:
    (strike,) = extract(ACCUSER, "2026-01-22")
    assert strike.actor1 == "Military Forces of Mali (2021-)"
    assert strike.actor2 == "Civilians (Mali)"
    (killing,) = extract(ACCUSED_OF, "2025-06-20")
    assert killing.actor1 == "Military Forces of Mali (2021-)"


ACCUSATIONS_AGAINST = """Mopti : des habitants témoignent

Le 2 mars, à Sofara, les corps de sept hommes enlevés la veille ont été découverts, relançant les
accusations d'exactions contre l'armée malienne et ses partenaires russes dans le cercle de Djenné.
"""


def test_accusations_of_abuses_against_the_army_make_the_army_the_perpetrator() -> None:
    (event,) = extract(ACCUSATIONS_AGAINST, "2025-03-10")
    assert (event.actor1, event.fatalities) == ("Military Forces of Mali (2021-)", 7)
    # "l'armée malienne et ses partenaires russes": the adjective does not part the allies
    assert event.assoc_actor_1 == "Wagner Group"


SURVIVORS_ACCUSE = """Mali : un hameau peul attaqué près de Koro

Au moins neuf civils peuls ont été tués vendredi dans l'attaque du hameau de Toroli, dans le cercle
de Koro. Les survivants accusent la milice Dan Na Ambassagou, qui dément toute implication.
"""


ACCUSED_THEM_OF = """Niger: herders arrested at Tamou found dead

On 14 January, soldiers surrounded the market of Tamou and arrested seven herders, who were later
found dead. The soldiers accused them of supplying fighters of the Islamic State Sahel Province
with fuel.
"""


def test_the_militia_survivors_accuse_is_the_perpetrator() -> None:
    (event,) = extract(SURVIVORS_ACCUSE, "2025-02-17")
    assert event.actor1.startswith("Dan Na Ambassagou")
    # the group the victims were accused of helping is no party to their killing
    (killing,) = extract(ACCUSED_THEM_OF, "2026-01-20")
    assert killing.actor1 == "Military Forces of Niger (2023-)"


MEMBERS_OF_ALLIES = """Clash near Hombori

On 3 March 2025, a column of soldiers and members of Russia's Africa Corps clashed with JNIM
fighters near Hombori, the army said. Two soldiers were killed.
"""


def test_soldiers_and_members_of_their_allies_fight_on_one_side() -> None:
    (event,) = extract(MEMBERS_OF_ALLIES, "2025-03-05")
    assert (event.actor1, event.assoc_actor_1, event.actor2) == (
        "Military Forces of Mali (2021-)",
        "Africa Corps",
        "JNIM: Group for Support of Islam and Muslims",
    )


HEADLINE_PARTICIPLE = """Le poste militaire de Bankilaré attaqué, des civils exécutés à Famalé

Le poste militaire de Bankilaré a été attaqué lundi matin par des terroristes, faisant quatre
morts parmi les soldats. Dans la nuit de lundi à mardi, des assaillants ont abattu sept hommes
à Famalé, un village voisin.
"""


def test_a_headline_s_bare_participle_is_passive_the_post_was_attacked() -> None:
    events = {e.location: e for e in extract(HEADLINE_PARTICIPLE, "2026-10-14")}
    assert events["Famalé"].actor1 == "Unidentified Armed Group (Niger)"
    assert events["Famalé"].actor2 == "Civilians (Niger)"


STOPPED_BY_SOLDIERS = """Herders found dead near Dioura

On 4 March, soldiers and foreign fighters travelling in three pickups stopped five herders at a well
near Dioura. Relatives found the herders' bodies the next day, a local official said.
"""


def test_forces_that_stopped_the_people_later_found_dead_are_the_attackers() -> None:
    (event,) = extract(STOPPED_BY_SOLDIERS, "2026-03-10")
    assert (event.event_type, event.location, event.fatalities) == (
        "Violence against civilians",
        "Dioura",
        5,
    )
    assert event.actor1 == "Military Forces of Mali (2021-)"


SHELLS_ATTRIBUTED = """Tombouctou : des obus tombent sur la ville

Plusieurs obus se sont abattus lundi matin sur des quartiers de Tombouctou, tuant deux enfants,
selon des sources hospitalières. Les tirs, attribués par les autorités aux « terroristes » du JNIM,
visaient l'aéroport.
"""


def test_fire_attributed_to_a_group_in_french_names_the_group() -> None:
    (shelling,) = extract(SHELLS_ATTRIBUTED, "2025-11-18")
    assert shelling.actor1 == "JNIM: Group for Support of Islam and Muslims"


ACCOMPANIED = """Exactions à Dioura

Selon des habitants, le village de Dioura a été attaqué le 12 avril 2026 par des soldats
maliens accompagnés de mercenaires russes. Six villageois ont été tués.
"""


def test_the_men_who_came_with_the_attackers_are_their_associates() -> None:
    (event,) = extract(ACCOMPANIED, "2026-04-16")
    assert (event.actor1, event.assoc_actor_1, event.fatalities) == (
        "Military Forces of Mali (2021-)",
        "Wagner Group",
        6,
    )


def test_unnamed_armed_men_with_the_soldiers_make_no_battle() -> None:
    text = ACCOMPANIED.replace("de mercenaires russes", "d'hommes armés")
    (event,) = extract(text, "2026-04-16")
    assert (event.event_type, event.actor1, event.assoc_actor_1) == (
        "Violence against civilians",
        "Military Forces of Mali (2021-)",
        "",
    )


NAMED_AS = """Villagers killed near Dioura

Malian soldiers accompanied by armed men that survivors described as Russians killed six
villagers in Dioura on 12 April 2026, residents said.
"""


def test_unnamed_armed_men_the_words_then_name_take_that_name() -> None:
    (event,) = extract(NAMED_AS, "2026-04-16")
    assert (event.actor1, event.assoc_actor_1, event.event_type) == (
        "Military Forces of Mali (2021-)",
        "Wagner Group",
        "Violence against civilians",
    )


ESCORTED_BY_FOREIGNERS = """Villagers executed near Macina

On the morning of 4 May 2025, Malian troops escorted by Russian instructors drove into
Kolongo aboard a dozen pick-ups. Residents said the soldiers shot dead eight men behind the
mosque.
"""


def test_foreign_forces_who_came_with_the_troops_are_their_associates() -> None:
    # the Russians did nothing the words tell, but they came with the troops who killed:
    # ACLED names them beside the army, not among the villagers
    (event,) = extract(ESCORTED_BY_FOREIGNERS, "2025-05-07")
    assert (event.event_type, event.actor1, event.assoc_actor_1, event.actor2) == (
        "Violence against civilians",
        "Military Forces of Mali (2021-)",
        "Wagner Group",
        "Civilians (Mali)",
    )


BOAT_TARGETED_BY = """Une pinasse visée sur le fleuve

Mardi, la pinasse « Kankou Moussa », qui relie Mopti à Tombouctou, a été prise pour cible par
des jihadistes à hauteur de Niafunké. Des roquettes se sont abattues sur l'embarcation, qui
transportait une centaine de passagers.
"""


def test_armed_men_named_as_the_agent_are_not_what_was_targeted() -> None:
    # "prise pour cible par des jihadistes": the jihadists aimed, the boat's people were hit
    (event,) = extract(BOAT_TARGETED_BY, "2025-03-06")
    assert (event.location, event.actor1, event.actor2) == (
        "Niafunké",
        "Unidentified Armed Group (Mali)",
        "Civilians (Mali)",
    )


BOAT_AND_CAMP = """Attaques dans le cercle de Bourem : deuil national

Le gouvernement a décrété un deuil national après les attaques de jeudi contre un bateau de
passagers et un camp militaire. Il indique que 20 civils et 6 militaires ont été tués. Le bateau
a été pris pour cible par des hommes armés à hauteur de Bamba. Des roquettes se sont abattues sur
le bâtiment, qui transportait plusieurs centaines de passagers. Le camp militaire de Bourem a été
attaqué dans l'après-midi. L'armée affirme avoir neutralisé une trentaine d'assaillants au cours
des deux attaques.
"""


def test_each_place_of_two_has_the_targets_its_own_sentences_name() -> None:
    # the soldiers the summary counts were at the camp, not on the boat
    events = {e.location: e for e in extract(BOAT_AND_CAMP, "2025-03-08")}
    assert events["Bamba"].actor2 == "Civilians (Mali)"
    assert events["Bourem"].event_type == "Battles"
    assert "Military Forces of Mali (2021-)" in (events["Bourem"].actor1, events["Bourem"].actor2)


UNITS_BACKED_BY_FOREIGNERS = """Army retakes Tessit

On Sunday, army units backed by drones and by Russian instructors launched an offensive on
Tessit, the army said. It added that "about twenty terrorists" were neutralised.
"""


def test_foreign_forces_backing_army_units_are_their_associates_not_actor_1() -> None:
    (event,) = extract(UNITS_BACKED_BY_FOREIGNERS, "2025-03-06")
    assert (event.actor1, event.assoc_actor_1) == (
        "Military Forces of Mali (2021-)",
        "Wagner Group",
    )


CLAIM_PLACED_BY_THE_NEXT_SENTENCE = """Gunmen attack Nampala camp

Gunmen attacked the army camp in Nampala before dawn on Friday, residents said. The army said
five soldiers and 12 assailants were killed.

In a separate incident, a truck hit an explosive device on Friday afternoon on the road between
Diabaly and Dogofry, a union official said. Two drivers were killed.

JNIM has claimed the attack. The group says its fighters "stormed the camp" at Nampala.
"""


def test_a_claim_placed_by_its_next_sentence_is_of_that_incident_not_the_last_told() -> None:
    events = {e.event_type: e for e in extract(CLAIM_PLACED_BY_THE_NEXT_SENTENCE, "2025-10-11")}
    assert events["Battles"].actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert events["Explosions/Remote violence"].actor1 == "Unidentified Armed Group (Mali)"
