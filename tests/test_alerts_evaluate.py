"""Each watch kind fires exactly where it should on generated histories."""

from __future__ import annotations

import datetime as dt
import statistics

from hypothesis import given, settings
from hypothesis import strategies as st

from sahelwatch.alerts.evaluate import (
    HistoryEvent,
    distance_km,
    evaluate,
    new_actor,
    spread,
    surge,
    week_start,
)
from sahelwatch.alerts.watches import Site, Watch
from tests.alerts_history import START, event, steady_history

JNIM = "JNIM: Group for Support of Islam and Muslims"
ISSP = "Islamic State (Sahel)"


def test_distance_is_haversine() -> None:
    # Bamako to Mopti is about 460 km as the crow flies.
    assert 450 < distance_km(12.65, -8.0, 14.49, -4.19) < 470
    assert distance_km(14.0, -4.0, 14.0, -4.0) == 0


def test_proximity_fires_on_violent_events_inside_the_radius_only() -> None:
    watch = Watch("camp", "proximity", sites=(Site("Camp", 14.35, -3.61),), radius_km=20)
    inside = event("in", 1, lat=14.40, lon=-3.60)  # ~5.7 km
    outside = event("out", 1, lat=14.60, lon=-3.61)  # ~28 km
    protest = event("protest", 1, event_type="Protests", lat=14.35, lon=-3.61)
    strategic = event("loot", 1, event_type="Strategic developments")
    vac = event("vac", 2, event_type="Violence against civilians", lat=14.30, lon=-3.70)
    firings = evaluate(watch, [], [inside, outside, protest, strategic, vac])
    assert [f.key for f in firings] == ["in", "vac"]
    assert firings[0].reasons == ("5.7 km from Camp",)
    assert "Camp" in firings[0].title


def test_proximity_lists_every_site_in_range_nearest_first() -> None:
    sites = (Site("Far", 14.50, -3.61), Site("Near", 14.36, -3.61), Site("Away", 20.0, 0.0))
    watch = Watch("sites", "proximity", sites=sites, radius_km=25)
    (firing,) = evaluate(watch, [], [event("e", 0, lat=14.35, lon=-3.61)])
    assert [r.split(" from ")[1] for r in firing.reasons] == ["Near", "Far"]


def test_spread_on_a_generated_history() -> None:
    history = steady_history(seed=1)
    # Tombouctou: quiet all along, then one attack on day 150 and another on day 151.
    first, second = event("tb-1", 150, "Tombouctou"), event("tb-2", 151, "Tombouctou")
    # Tombouctou again after 100 quiet days.
    third = event("tb-3", 251, "Tombouctou")
    history += [first, second, third]
    watch = Watch("spread", "spread", quiet_days=90)
    firings = spread(watch, history, history)
    assert {f.key for f in firings} == {"tb-1", "tb-3"} | _first_per_region(history)
    # Only the new events count as candidates after an ingest.
    assert [f.key for f in spread(watch, history, [second, third])] == ["tb-3"]
    assert "last violent event 2024-05-31" in spread(watch, history, [third])[0].reasons


def _first_per_region(history: list[HistoryEvent]) -> set[str]:
    firsts: dict[str, HistoryEvent] = {}
    for e in sorted(history, key=lambda e: (e.event_date, e.event_id)):
        firsts.setdefault(e.admin1, e)
    return {e.event_id for a, e in firsts.items() if a != "Tombouctou"}


def test_spread_respects_regions_level_and_non_violent_events() -> None:
    protest = event("p", 10, "Tombouctou", event_type="Protests")
    attack = event("a", 20, "Tombouctou")
    watch = Watch("w", "spread", level="admin2", regions=("Goundam",), quiet_days=30)
    assert [f.key for f in spread(watch, [protest, attack], [protest, attack])] == ["a"]
    other = Watch("w", "spread", level="admin2", regions=("Niono",))
    assert spread(other, [attack], [attack]) == []


def test_spread_same_day_events_only_the_first_fires() -> None:
    a, b = event("a", 5, "Tombouctou"), event("b", 5, "Tombouctou")
    watch = Watch("w", "spread", quiet_days=30)
    assert [f.key for f in spread(watch, [b, a], [b, a])] == ["a"]


def test_new_actor_on_a_generated_history() -> None:
    history = steady_history(seed=2)  # only the army, in Mopti and Segou
    jnim_mopti = event("j1", 100, "Mopti", actors=("Military Forces of Mali (2021-)", JNIM))
    jnim_again = event("j2", 110, "Mopti", actors=(JNIM,))
    jnim_segou = event("j3", 111, "Segou", actors=(JNIM, "Civilians (Mali)"))
    jnim_back = event("j4", 160, "Mopti", actors=(JNIM, ISSP))
    history += [jnim_mopti, jnim_again, jnim_segou, jnim_back]
    watch = Watch("new", "new_actor", quiet_days=40)
    candidates = [jnim_mopti, jnim_again, jnim_segou, jnim_back]
    firings = {f.key: f for f in new_actor(watch, history, candidates)}
    assert set(firings) == {"j1", "j3", "j4"}
    assert firings["j1"].title == f"New in Mopti: {JNIM}"
    assert firings["j3"].title == f"New in Segou: {JNIM}"  # civilians are not actors
    assert firings["j4"].title == f"New in Mopti: {ISSP}, {JNIM}"  # 50 days > 40


def _weekly(counts: list[int], admin1: str = "Mopti") -> list[HistoryEvent]:
    events = []
    for week, count in enumerate(counts):
        for i in range(count):
            events.append(event(f"{admin1}-{week}-{i}", week * 7 + i % 7, admin1, fatalities=2))
    return events


def test_surge_fires_above_mean_plus_two_sd_only() -> None:
    baseline = [2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3]  # mean 2.5, sd 0.5, threshold 3.5
    history = _weekly([*baseline, 4]) + _weekly([*baseline, 3], "Segou")
    watch = Watch("surge", "surge")
    last_week = START + dt.timedelta(weeks=12, days=2)
    firings = surge(watch, history, [last_week])
    assert [f.key for f in firings] == [f"Mopti|{week_start(last_week).isoformat()}"]
    assert firings[0].event_id == "Mopti-12-3"  # the latest event of the surging week
    assert "threshold 3.50" in firings[0].reasons


def test_surge_by_fatalities_and_never_without_a_baseline() -> None:
    # 2 fatalities per event; Mopti's steady weeks show the data covers the baseline.
    history = _weekly([1] * 13) + _weekly([0] * 11 + [1, 2], "Tombouctou")
    watch = Watch("f", "surge", measure="fatalities", regions=("Tombouctou",))
    (firing,) = evaluate(watch, history, history[-1:])
    assert firing.title.startswith("Surge in Tombouctou: 4 fatalities")
    assert evaluate(Watch("f", "surge", regions=("Mopti",)), history, history[-1:]) == []
    first_week = _weekly([3], "Tombouctou")  # no earlier data: no baseline
    assert evaluate(watch, first_week, first_week) == []
    early = _weekly([1] * 5 + [9], "Tombouctou")  # the baseline would start before the data
    assert evaluate(watch, early, early[-1:]) == []
    # ...unless the store holds earlier data than the history loaded for the evaluation.
    stored_since = START - dt.timedelta(weeks=20)
    assert len(evaluate(watch, early, early[-1:], data_start=stored_since)) == 1


def _events_strategy() -> st.SearchStrategy[list[HistoryEvent]]:
    one = st.builds(
        lambda n, day, region, violent, actor: event(
            n,
            day,
            region,
            event_type="Battles" if violent else "Protests",
            actors=(actor,),
        ),
        st.integers(0, 10_000),
        st.integers(0, 120),
        st.sampled_from(["Mopti", "Segou", "Tombouctou"]),
        st.booleans(),
        st.sampled_from([JNIM, ISSP, "Military Forces of Mali (2021-)"]),
    )
    return st.lists(one, max_size=40, unique_by=lambda e: e.event_id)


def _before(a: HistoryEvent, b: HistoryEvent) -> bool:
    return (a.event_date, a.event_id) < (b.event_date, b.event_id)


@settings(max_examples=60, deadline=None)
@given(_events_strategy(), st.integers(1, 60))
def test_spread_and_new_actor_match_a_pairwise_oracle(
    history: list[HistoryEvent], quiet: int
) -> None:
    def recent(a: HistoryEvent, b: HistoryEvent) -> bool:
        return _before(a, b) and (b.event_date - a.event_date).days <= quiet

    want_spread = {
        e.event_id
        for e in history
        if e.violent
        and not any(o.violent and o.admin1 == e.admin1 and recent(o, e) for o in history)
    }
    got = spread(Watch("s", "spread", quiet_days=quiet), history, history)
    assert {f.key for f in got} == want_spread
    want_new = {
        e.event_id
        for e in history
        if not any(o.admin1 == e.admin1 and o.actors == e.actors and recent(o, e) for o in history)
    }
    got = new_actor(Watch("n", "new_actor", quiet_days=quiet), history, history)
    assert {f.key for f in got} == want_new


@settings(max_examples=40, deadline=None)
@given(_events_strategy(), st.integers(0, 120))
def test_surge_matches_a_direct_computation(history: list[HistoryEvent], day: int) -> None:
    target = week_start(START + dt.timedelta(days=day))
    watch = Watch("s", "surge", baseline_weeks=4)
    fired = {f.key for f in surge(watch, history, [target])}
    first = min((week_start(e.event_date) for e in history), default=dt.date.max)
    covered = target - dt.timedelta(weeks=4) >= first
    for region in ("Mopti", "Segou", "Tombouctou"):

        def count(start: dt.date, region: str = region) -> int:
            return sum(
                1 for e in history if e.admin1 == region and week_start(e.event_date) == start
            )

        base = [count(target - dt.timedelta(weeks=i)) for i in range(1, 5)]
        expected = count(target) > statistics.fmean(base) + 2 * statistics.pstdev(base)
        assert (f"{region}|{target.isoformat()}" in fired) == (expected and any(base) and covered)
