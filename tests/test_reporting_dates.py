"""Forms of reporting met in articles the project had not seen: when it happened
(relative days, headings, and letters, denials and claims that date themselves).
Articles written for these tests."""

from __future__ import annotations

import datetime as dt

from sahelwatch.articles import article_from_text
from sahelwatch.extraction.api import extract_article
from tests.reporting_helpers import extract

TRADERS = """Shops shut in Ansongo

On Monday, traders in Ansongo kept their shops shut in protest against a new tax, residents said.
The mayor's office handed over a letter to the governor the next day.
"""


def test_traders_in_a_town_protest_there_and_a_handed_over_letter_is_no_event() -> None:
    (event,) = extract(TRADERS, "2024-03-06")
    assert (event.event_type, event.location) == ("Protests", "Ansongo")


REPORT = """Rights group documents killings

Soldiers killed 12 villagers in Sirakoro on 2 June, a rights group said in a report released on
Thursday. Relatives buried them the next day.
"""


def test_a_reports_release_date_anchors_nothing() -> None:
    doc = extract_article(article_from_text(REPORT), published="2024-07-12").doc
    dates = {d.text: d for d in doc.dates}
    assert dates["Thursday"].reporting
    assert dates["the next day"].date == dt.date(2024, 6, 3)


DIGEST = """Security digest: week of 10 March

Published: 17 March 2025

- Monday: Gunmen killed two herders near Nampala.
- Thursday: A mine killed three soldiers near Boni.
"""


def test_a_digest_s_weekdays_fall_in_the_week_it_covers() -> None:
    dates = sorted(e.event_date for e in extract(DIGEST, "2025-03-17"))
    assert dates == [dt.date(2025, 3, 10), dt.date(2025, 3, 13)]


COUNTRY_IN_DATELINE = """Gunmen kidnap a village chief near Ansongo

ANSONGO, Mali, Oct 17 - Gunmen abducted a village chief near Ouatagouna on Tuesday night, his
son said. The kidnappers have not contacted the family.
"""


def test_a_dateline_naming_the_country_then_the_day_is_a_dateline() -> None:
    (event,) = extract(COUNTRY_IN_DATELINE, "2024-10-17")
    assert (event.location, event.event_date) == ("Ouatagouna", dt.date(2024, 10, 15))


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


DENIED_ON_WEDNESDAY = """Mali : des villageois tués près de Sokolo

BAMAKO, 12 mars 2025 (ABS) – Au moins onze villageois ont été tués lors d'une opération militaire
près de Sokolo, selon des élus de la commune, des accusations démenties mercredi par l'armée.

Les faits remontent à dimanche. Des soldats ont rassemblé les hommes avant de les abattre.
"""


def test_a_denial_dates_the_denial_and_the_facts_date_the_event() -> None:
    (event,) = extract(DENIED_ON_WEDNESDAY, "2025-03-12")
    assert (event.location, event.event_date) == ("Sokolo", dt.date(2025, 3, 9))


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


WEEKEND = """Un poste de VDP visé près de Di

Une patrouille de VDP est tombée dans une embuscade près de Di le week-end dernier. Deux
volontaires ont été tués, selon une source locale.
"""


def test_last_weekend_is_the_saturday_just_past_not_a_week_before_publication() -> None:
    (event,) = extract(WEEKEND, "2025-06-11")  # a Wednesday: the weekend was 7-8 June
    assert (event.location, event.event_date) == ("Di", dt.date(2025, 6, 7))


OVER_THE_WEEKEND = """Gunmen kill two in Boni

Gunmen killed two traders in Boni over the weekend, residents said on Tuesday.
"""


def test_over_the_weekend_told_on_a_tuesday_is_the_saturday_before() -> None:
    (event,) = extract(OVER_THE_WEEKEND, "2025-06-10")  # a Tuesday
    assert (event.location, event.event_date) == ("Boni", dt.date(2025, 6, 7))


TOLD_ON_WEDNESDAY = """Roundup: Boni post attacked

The army said on Wednesday that gunmen had attacked a post near Boni on Monday, killing two
soldiers.
"""


def test_a_deed_s_weekday_is_not_after_the_day_it_was_told() -> None:
    (event,) = extract(TOLD_ON_WEDNESDAY, "2025-06-16")  # a Monday: told on 11 June
    assert (event.location, event.event_date) == ("Boni", dt.date(2025, 6, 9))


INTERVIEW_DAY = """Entretien avec le chef de village de Kolongo : « Nous avons peur »

Quatre bergers de Kolongo ont été enlevés la semaine dernière par des hommes armés. Le chef de
village, Seydou Dembélé, a répondu à nos questions par téléphone ce lundi.

Que s'est-il passé ?

Jeudi matin, une dizaine d'hommes armés sont arrivés à moto près du puits. Ils sont repartis
avec les quatre jeunes vers la brousse.
"""


def test_an_interview_s_day_dates_nothing_and_the_answer_s_day_dates_the_deed() -> None:
    (event,) = extract(INTERVIEW_DAY, "2026-03-10")
    assert (event.event_type, event.location) == ("Violence against civilians", "Kolongo")
    assert event.event_date == dt.date(2026, 3, 5)


OF_THIS_MONTH = """Niger : attaque contre le poste de Tamou

Dans un communiqué publié mercredi, le ministère de la Défense indique que le 9 courant, aux
environs de 6 heures, le poste de Tamou a été attaqué par des terroristes. Deux soldats ont été
tués et quatre blessés.
"""


def test_the_ninth_courant_is_the_ninth_of_the_month_of_publication() -> None:
    (event,) = extract(OF_THIS_MONTH, "2026-10-15")
    assert (event.event_type, event.location) == ("Battles", "Tamou")
    assert event.event_date == dt.date(2026, 10, 9)
    (late,) = extract(OF_THIS_MONTH.replace("le 9 courant", "le 28 courant"), "2026-11-02")
    assert late.event_date == dt.date(2026, 10, 28)


PERIOD_SUMMARY = """Abuses in the Mopti region
Rights Watchers | Report | 4 May 2026

Between 1 March and 20 April 2026, the group documented the killing of at least 40 civilians in
the Mopti region. Islamic State fighters were responsible for most of the killings.

Sofara

On 12 April, soldiers killed five traders at the market of Sofara, witnesses said.
"""


def test_a_count_over_weeks_sums_up_the_period_and_is_no_event() -> None:
    (event,) = extract(PERIOD_SUMMARY, "2026-05-04")
    assert (event.location, event.event_date, event.fatalities) == (
        "Sofara",
        dt.date(2026, 4, 12),
        5,
    )
    assert event.actor1.startswith("Military Forces of Mali")


NEW_DAY_GOES_ON = """Two attacks in the Mopti region

On 3 March, gunmen attacked Sofara, killing four traders, a local official said.

On 9 March, soldiers arrived in Kouakourou at dawn. Residents hid in their homes for
hours. Three herders were killed, relatives said.
"""


def test_a_new_day_and_place_told_before_a_pause_date_the_deed_after_it() -> None:
    events = sorted(extract(NEW_DAY_GOES_ON, "2026-03-16"), key=lambda e: e.event_date)
    assert [(e.location, e.event_date, e.fatalities) for e in events] == [
        ("Sofara", dt.date(2026, 3, 3), 4),
        ("Kouakourou", dt.date(2026, 3, 9), 3),
    ]


VERDICT_OVER_AN_OLD_ATTACK = """Court jails six over 2023 market attack

BAMAKO, Oct 30 (ANS) - A special court in Bamako on Thursday sentenced six men to prison for their
role in an attack on the market of Dioura in 2023 that killed 14 people, a court official said.
"""


def test_a_deed_told_beside_its_old_year_is_history_whatever_day_the_news_is() -> None:
    assert extract(VERDICT_OVER_AN_OLD_ATTACK, "2025-10-30") == []


SAYS_IT_RETOOK_ON = """Burkina : l'armée affirme avoir repris Titao

L'armée burkinabè affirme avoir repris, ce mercredi 4 juin, le contrôle de la ville de Titao, dont
une partie était tombée aux mains de combattants jihadistes la semaine dernière.
"""


def test_the_day_inside_what_the_army_says_it_did_dates_the_deed() -> None:
    events = extract(SAYS_IT_RETOOK_ON, "2025-06-05")
    retaken = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert [(e.event_date.isoformat(), e.location) for e in retaken] == [("2025-06-04", "Titao")]


CAME_TWO_DAYS_AFTER = """Niger says 10 soldiers killed in ambush near Dargol

NIAMEY, April 14 (Sahel Wire) - Ten Nigerien soldiers were killed when their convoy was ambushed
near Dargol on Saturday, the defence ministry said on Sunday. The attack came two days after
fighters stormed the village of Bankilaré on Thursday and killed five civilians, an official said.
"""


def test_what_an_attack_came_days_after_is_that_many_days_before_it() -> None:
    days = {
        e.location: e.event_date.isoformat() for e in extract(CAME_TWO_DAYS_AFTER, "2025-04-14")
    }
    assert days == {"Dargol": "2025-04-12", "Bankilaré": "2025-04-10"}


NIGHTFALL_BEFORE = """Bankass : le village de Tori attaqué

Le village de Tori a été attaqué dans la soirée du dimanche 7 septembre par des individus armés,
faisant sept morts. Les assaillants ont encerclé le village à la tombée de la nuit avant d'ouvrir
le feu sur les habitants.
"""


def test_nightfall_before_opening_fire_is_no_night_before() -> None:
    events = extract(NIGHTFALL_BEFORE, "2025-09-09")
    assert [(e.event_date.isoformat(), e.location) for e in events] == [("2025-09-07", "Tori")]


ASIDE_WITH_ITS_OWN_DAY = """Boni : l'armée reprend la ville

L'armée malienne a repris ce jeudi le contrôle de Boni, selon des habitants. Les militaires sont
entrés dans la ville sans combat, les jihadistes s'étant retirés la veille vers la brousse.
"""


def test_the_day_of_a_participial_aside_does_not_date_the_deed_before_it() -> None:
    # "les jihadistes s'étant retirés la veille": their withdrawal's day, not the entry's
    (event,) = extract(ASIDE_WITH_ITS_OWN_DAY, "2025-03-07")
    assert (event.event_date.isoformat(), event.sub_event_type, event.actor1) == (
        "2025-03-06",
        "Government regains territory",
        "Military Forces of Mali (2021-)",
    )
