"""The pairwise merge rule, the merged event's fields, and the blocked batch dedup."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sahelwatch.model import Event
from sahelwatch.store.combine import Report, combine, combine_fatalities
from sahelwatch.store.dedup import dedup, dedup_all_pairs
from sahelwatch.store.match import match
from tests.store_events import CIVILIANS, FAMA, JNIM, UNIDENTIFIED, claim, make_event

D = dt.date


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ((D(2024, 5, 14), 1), (D(2024, 5, 14), 1), True),
        ((D(2024, 5, 14), 1), (D(2024, 5, 15), 1), True),  # night of the 14th to the 15th
        ((D(2024, 5, 14), 1), (D(2024, 5, 16), 1), False),
        ((D(2024, 9, 1), 3), (D(2024, 9, 17), 1), True),  # "in September" and 17 September
        ((D(2024, 9, 1), 3), (D(2024, 10, 17), 1), False),
        ((D(2024, 8, 1), 3), (D(2024, 9, 1), 1), True),  # 31 August to 1 September
        ((D(2024, 9, 10), 2), (D(2024, 9, 16), 1), True),  # the week from the 10th
        ((D(2024, 9, 10), 2), (D(2024, 9, 17), 1), True),  # ... and the night after it
        ((D(2024, 9, 10), 2), (D(2024, 9, 19), 1), False),
        ((D(2024, 9, 1), 3), (D(2024, 9, 24), 2), True),
    ],
)
def test_dates_match_within_their_precision(
    a: tuple[dt.date, int], b: tuple[dt.date, int], same: bool
) -> None:
    first = make_event(event_date=a[0], time_precision=a[1])
    second = make_event(event_date=b[0], time_precision=b[1])
    assert (match(first, second) is not None) is same
    assert (match(second, first) is not None) is same


# ---------------------------------------------------------------- places


def test_the_same_place_name_in_the_same_region_matches() -> None:
    found = match(make_event(), make_event(latitude=15.3, longitude=-5.6))
    assert found is not None
    assert "same place Nampala" in found.reasons


def test_spellings_of_a_place_a_few_km_apart_match() -> None:
    variant = make_event(location="Goundourou", place="Goudourou")
    found = match(make_event(place="Goudourou"), variant)
    assert found is not None and found.score == 1.0
    near = match(make_event(), make_event(place="Goudourou"))  # 2.9 km apart
    assert near is not None and any("km apart" in r for r in near.reasons)


def test_places_12_km_apart_do_not_match() -> None:
    assert match(make_event(), make_event(place="Kobadi")) is None


def test_a_region_only_report_matches_a_town_in_that_region_only() -> None:
    region = make_event(location="Segou", geo_precision=3, latitude=13.8, longitude=-6.0)
    assert match(region, make_event()) is not None
    elsewhere = make_event(place="Mopti")
    assert match(region, elsewhere) is None
    found = match(make_event(place="Kobadi"), region)
    assert found is not None and any("region" in r for r in found.reasons)


# ---------------------------------------------------------------- type, actors, country


def test_different_event_types_or_countries_do_not_match() -> None:
    attack = make_event(event_type="Violence against civilians", sub_event_type="Attack")
    assert match(make_event(), attack) is None
    assert match(make_event(), make_event(country="Burkina Faso")) is None


def test_sub_event_types_may_differ_at_a_lower_score() -> None:
    shelling = make_event(
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack"
    )
    drone = make_event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    found = match(shelling, drone)
    assert found is not None and found.score < 1.0


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ((JNIM, FAMA), (JNIM, FAMA), True),
        ((UNIDENTIFIED, FAMA), (JNIM, FAMA), True),
        ((JNIM, ""), (JNIM, FAMA), True),
        ((JNIM, FAMA), ("Islamic State Sahel Province", FAMA), False),
        ((JNIM, CIVILIANS), ("Dozo Militia", CIVILIANS), False),
        ((UNIDENTIFIED, ""), ("Islamic State Sahel Province", FAMA), True),
    ],
)
def test_actors_must_be_compatible(a: tuple[str, str], b: tuple[str, str], same: bool) -> None:
    first = make_event(actor1=a[0], actor2=a[1])
    second = make_event(actor1=b[0], actor2=b[1])
    assert (match(first, second) is not None) is same
    assert (match(second, first) is not None) is same


def test_a_match_gives_a_score_and_a_reason_per_criterion() -> None:
    found = match(make_event(), make_event(actor1=UNIDENTIFIED, event_date=D(2024, 5, 15)))
    assert found is not None
    assert 0.5 < found.score < 1.0
    assert len(found.reasons) == 4
    assert found.reasons[0] == "same type Battles / Armed clash"


# ---------------------------------------------------------------- the merged event


def reports(*events: Event) -> list[Report]:
    return [Report((f"ar-{i}", 0), e) for i, e in enumerate(events)]


def test_fatalities_low_best_high_follow_the_overlap_fixture_rule() -> None:
    army_first = make_event(fatalities=5, claims=[claim(5)])
    army_update = make_event(fatalities=7, claims=[claim(7)])
    local = make_event(fatalities=16, claims=[claim(16, "local officials")])
    perpetrator = make_event(fatalities=5, claims=[claim(5), claim(40, "JNIM")])
    silent = make_event(fatalities=0)  # gives no figure: does not pull `low` to 0
    merged = combine(reports(army_first, army_update, local, perpetrator, silent))
    low, best, high = merged.fatalities.low, merged.fatalities.best, merged.fatalities.high
    assert (low, best, high) == (5, 16, 40)
    assert merged.fields["fatalities"] == 16


def test_a_single_source_has_low_best_high_equal_unless_the_perpetrator_claims_more() -> None:
    plain = combine_fatalities([make_event(fatalities=4, claims=[claim(4)])])
    assert (plain.low, plain.best, plain.high) == (4, 4, 4)
    claimed = combine_fatalities([make_event(fatalities=4, claims=[claim(40, "JNIM")])])
    assert (claimed.low, claimed.best, claimed.high) == (4, 4, 40)
    nothing = combine_fatalities([make_event(fatalities=0)])
    assert (nothing.low, nothing.best, nothing.high) == (0, 0, 0)


def test_the_extractors_armed_group_claims_count_as_perpetrator_claims() -> None:
    from sahelwatch.extraction.components.context import ARMED_GROUP_CLAIM as EXTRACTOR_LABEL
    from sahelwatch.store.combine import ARMED_GROUP_CLAIM

    assert ARMED_GROUP_CLAIM == EXTRACTOR_LABEL
    unnamed = make_event(actor1=UNIDENTIFIED, fatalities=14, claims=[claim(40, EXTRACTOR_LABEL)])
    merged = combine_fatalities([unnamed, make_event(fatalities=7)])
    assert (merged.low, merged.best, merged.high) == (7, 14, 40)


def test_an_explicit_zero_is_a_figure() -> None:
    zero = make_event(fatalities=0, claims=[claim(0)])
    merged = combine_fatalities([zero, make_event(fatalities=3)])
    assert (merged.low, merged.best) == (0, 3)


def test_the_most_precise_date_and_place_are_kept() -> None:
    month = make_event(event_date=D(2024, 5, 1), time_precision=3)
    region = make_event(location="Segou", geo_precision=3, latitude=13.8, longitude=-6.0)
    day = make_event(event_date=D(2024, 5, 14), time_precision=1, place="Goudourou")
    merged = combine(reports(month, region, day))
    assert merged.fields["event_date"] == D(2024, 5, 14)
    assert merged.fields["time_precision"] == 1
    assert merged.fields["geo_precision"] == 1
    assert merged.fields["location"] in {"Nampala", "Goudourou"}


def test_named_actors_win_over_unnamed_ones() -> None:
    merged = combine(reports(make_event(actor1=UNIDENTIFIED), make_event(actor1=JNIM)))
    assert merged.fields["actor1"] == JNIM
    assert merged.fields["actor2"] == FAMA
    assert merged.fields["interaction"] == 12


@given(st.permutations(range(5)))
def test_the_merged_event_does_not_depend_on_report_order(order: list[int]) -> None:
    events = [
        make_event(fatalities=5, claims=[claim(5)]),
        make_event(actor1=UNIDENTIFIED, fatalities=9, event_date=D(2024, 5, 15)),
        make_event(location="Segou", geo_precision=3, latitude=13.8, longitude=-6.0),
        make_event(event_date=D(2024, 5, 1), time_precision=3, claims=[claim(40, "JNIM")]),
        make_event(place="Goudourou", fatalities=9),
    ]
    base = reports(*events)
    assert combine([base[i] for i in order]) == combine(base)


# ---------------------------------------------------------------- batch dedup

_NAMES = ("Nampala", "Goudourou", "Tolagie", "Kobadi", "Mopti", "Bandiagara")


@st.composite
def random_events(draw: st.DrawFn) -> tuple[list[Event], list[str]]:
    n = draw(st.integers(0, 40))
    events, articles = [], []
    for _ in range(n):
        place = draw(st.sampled_from(_NAMES))
        region_only = draw(st.booleans()) and draw(st.booleans())
        jitter = draw(st.floats(-0.06, 0.06)), draw(st.floats(-0.06, 0.06))
        event = make_event(
            place=place,
            event_date=D(2024, 5, 1) + dt.timedelta(days=draw(st.integers(0, 45))),
            time_precision=draw(st.sampled_from((1, 1, 1, 2, 3))),
            event_type=draw(st.sampled_from(("Battles", "Violence against civilians"))),
            sub_event_type="Armed clash",
            actor1=draw(st.sampled_from((JNIM, UNIDENTIFIED, "Islamic State Sahel Province"))),
            geo_precision=3 if region_only else 1,
        )
        if event.event_type != "Battles":
            event.sub_event_type = "Attack"
        event.latitude += jitter[0]
        event.longitude += jitter[1]
        events.append(event)
        articles.append(f"a{draw(st.integers(0, 8))}")
    return events, articles


@settings(max_examples=150, deadline=None)
@given(random_events())
def test_blocked_dedup_gives_the_same_clusters_as_comparing_every_pair(
    data: tuple[list[Event], list[str]],
) -> None:
    events, articles = data
    assert dedup(events, articles) == dedup_all_pairs(events, articles)


def test_blocked_dedup_on_a_larger_random_sample() -> None:
    rng = random.Random(4)
    events = [
        make_event(
            place=rng.choice(_NAMES),
            event_date=D(2024, 1, 1) + dt.timedelta(days=rng.randrange(200)),
            time_precision=rng.choice((1, 2, 3)),
            actor1=rng.choice((JNIM, UNIDENTIFIED)),
            geo_precision=rng.choice((1, 1, 3)),
        )
        for _ in range(400)
    ]
    clusters = dedup(events)
    assert clusters == dedup_all_pairs(events)
    assert 1 < len(clusters) < len(events)


def test_events_of_one_article_are_not_linked_directly() -> None:
    events = [make_event(), make_event()]
    assert dedup(events, ["a", "a"]) == [[0], [1]]
    assert dedup(events, ["a", "b"]) == [[0, 1]]
