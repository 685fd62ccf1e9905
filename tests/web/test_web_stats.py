"""Aggregates over the seeded history, worked out by hand, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.errors import InputError
from sahelwatch.store import EventFilter, Store
from sahelwatch.web import stats
from tests.web.conftest import DNA, FAMA, ISSP, JNIM


def test_timeseries_by_month_and_type_counts_every_event_once(seeded: Store) -> None:
    series = stats.timeseries(seeded.engine, EventFilter(), interval="month", split="type")
    assert series.periods[0] == "2022-01-01" and series.periods[-1] == "2024-03-01"
    assert len(series.periods) == 27
    by_key = {s.key: s for s in series.series}
    assert sum(sum(s.events) for s in series.series) == 7
    battles = by_key["Battles"]
    assert battles.events[series.periods.index("2023-09-01")] == 1
    assert battles.fatalities[series.periods.index("2023-09-01")] == 12
    assert sum(battles.fatalities) == 12 + 3 + 1 + 7
    assert by_key["Strategic developments"].events[-1] == 1


def test_timeseries_by_week_starts_on_mondays_and_honours_filters(seeded: Store) -> None:
    flt = EventFilter(since=dt.date(2024, 1, 1), admin1="gao")
    series = stats.timeseries(seeded.engine, flt, interval="week", split="none")
    assert series.periods == ["2024-03-11", "2024-03-18"]
    assert [s.key for s in series.series] == ["All"]
    assert series.series[0].events == [1, 1]


def test_timeseries_by_actor_counts_both_sides_and_folds_the_rest(seeded: Store) -> None:
    series = stats.timeseries(seeded.engine, EventFilter(), split="actor", top=2)
    keys = {s.key: sum(s.events) for s in series.series}
    assert keys[FAMA] == 5
    assert keys[JNIM] == 3
    assert keys["Other"] == 2 + 1 + 1 + 1  # IS Sahel twice, DNA, civilians, Niger's army
    region = stats.timeseries(seeded.engine, EventFilter(), split="region")
    assert {s.key: sum(s.events) for s in region.series}["Mopti"] == 3


def test_timeseries_refuses_unknown_interval_or_split(seeded: Store) -> None:
    with pytest.raises(InputError, match="interval"):
        stats.timeseries(seeded.engine, EventFilter(), interval="year")
    with pytest.raises(InputError, match="split"):
        stats.timeseries(seeded.engine, EventFilter(), split="colour")


def test_spread_finds_violence_after_a_quiet_period(seeded: Store) -> None:
    flt = EventFilter(since=dt.date(2023, 6, 1))
    rows = stats.spread(seeded.engine, flt, quiet_days=60)
    found = [(r.location, r.first_date, r.quiet_days) for r in rows]
    assert found == [
        ("Nampala", "2023-09-17", None),
        ("Bandiagara", "2023-11-02", None),
        ("Bandiagara", "2024-01-10", 69),
        ("Tillaberi", "2024-02-01", None),
        ("Gao", "2024-03-15", None),  # the explosion; the strategic event is not violence
    ]
    longer = stats.spread(seeded.engine, flt, quiet_days=90)
    assert ("Bandiagara", "2024-01-10") not in [(r.location, r.first_date) for r in longer]


def test_spread_needs_data_reaching_back_before_a_first_event(seeded: Store) -> None:
    rows = stats.spread(seeded.engine, EventFilter(), quiet_days=60)
    assert "Mopti" not in [r.location for r in rows]  # the first event of all: no quiet seen
    regions = stats.spread(
        seeded.engine, EventFilter(since=dt.date(2023, 6, 1)), quiet_days=300, level="admin1"
    )
    assert [(r.admin1, r.first_date) for r in regions] == [
        ("Segou", "2023-09-17"),
        ("Mopti", "2023-11-02"),  # 666 days after Mopti's event of January 2022
        ("Tillaberi", "2024-02-01"),
        ("Gao", "2024-03-15"),
    ]
    assert regions[1].quiet_days == (dt.date(2023, 11, 2) - dt.date(2022, 1, 5)).days


def test_compare_before_and_after_a_date(seeded: Store) -> None:
    out = stats.compare(
        seeded.engine, EventFilter(), dt.date(2024, 1, 1), window_days=365, by="region"
    )
    rows = {r["admin1"]: r for r in out["rows"]}
    assert out["before"] == ["2023-01-01", "2023-12-31"]
    assert out["after"] == ["2024-01-01", "2024-12-30"]  # 365 days each side (leap year)
    assert rows["Segou"]["before_events"] == 1 and rows["Segou"]["after_events"] == 0
    assert rows["Mopti"]["before_fatalities"] == 5 and rows["Mopti"]["after_fatalities"] == 3
    assert rows["Gao"]["after_events"] == 2 and rows["Gao"]["change_events"] == 2
    assert out["totals"] == {
        "before_events": 2,
        "after_events": 4,
        "before_fatalities": 17,
        "after_fatalities": 10,
    }
    with pytest.raises(InputError, match="window_days"):
        stats.compare(seeded.engine, EventFilter(), dt.date(2024, 1, 1), window_days=0)


def test_actors_and_places_rank_by_events(seeded: Store) -> None:
    actors = stats.actors(seeded.engine, EventFilter(), limit=3)
    assert [(a["actor"], a["events"]) for a in actors] == [(FAMA, 5), (JNIM, 3), (ISSP, 2)]
    assert actors[0]["fatalities"] == 12 + 3 + 0 + 0 + 1
    assert stats.actors(seeded.engine, EventFilter(actor="ambassagou"), limit=5)[0]["actor"] == DNA
    places = stats.places(seeded.engine, EventFilter(country="Mali"), limit=10)
    assert [(p["location"], p["events"]) for p in places][:2] == [("Gao", 2), ("Bandiagara", 2)]
    assert "Tillaberi" not in [p["location"] for p in places]
    assert places[1]["first_date"] == "2023-11-02" and places[1]["last_date"] == "2024-01-10"


def test_near_filter_keeps_a_circle(seeded: Store) -> None:
    # Bandiagara is about 63 km east of Mopti.
    near = stats.places(seeded.engine, EventFilter(near=(14.49, -4.19), radius_km=50), limit=10)
    assert [p["location"] for p in near] == ["Mopti"]
    wider = stats.places(seeded.engine, EventFilter(near=(14.49, -4.19), radius_km=70), limit=10)
    assert sorted(p["location"] for p in wider) == ["Bandiagara", "Mopti"]


def test_key_numbers_and_map_points(seeded: Store) -> None:
    numbers = stats.key_numbers(seeded.engine, EventFilter(since=dt.date(2024, 1, 1)))
    assert numbers == {"events": 4, "fatalities": 10, "regions": 3, "locations": 3}
    points = stats.map_points(seeded.engine, EventFilter())
    gao = next(p for p in points if p.label.startswith("Gao"))
    assert gao.event_type in {"Explosions/Remote violence", "Strategic developments"}
    assert len(points) == 5


def test_spread_sees_events_just_before_the_filters_dates(seeded: Store) -> None:
    flt = EventFilter(since=dt.date(2023, 11, 10))  # after Bandiagara's event of 2 November
    found = {(r.location, r.first_date): r for r in stats.spread(seeded.engine, flt, quiet_days=60)}
    assert found[("Bandiagara", "2024-01-10")].previous_date == "2023-11-02"
    assert found[("Bandiagara", "2024-01-10")].quiet_days == 69
    quieter = stats.spread(seeded.engine, flt, quiet_days=90)
    assert "Bandiagara" not in [r.location for r in quieter]
    assert [(r.location, r.previous_date) for r in quieter] == [("Tillaberi", None), ("Gao", None)]


def test_a_bulk_load_with_deferred_indexes_rebuilds_every_index(empty_store: Store) -> None:
    from sahelwatch.store.schema import events
    from sahelwatch.web.synthetic import insert_rows, random_rows
    from tests.web.test_web_schema import _index_names

    before = _index_names(empty_store)
    assert insert_rows(empty_store.engine, random_rows(50, seed=3), defer_indexes=True) == 50
    assert _index_names(empty_store) == before
    assert {i.name for i in events.indexes} <= before
    assert stats.key_numbers(empty_store.engine, EventFilter())["events"] == 50
