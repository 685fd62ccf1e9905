"""Arrival order does not change the merged events (hypothesis, on both backends)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sahelwatch.model import Event
from sahelwatch.store import ArticleMeta, EventFilter, Store
from sahelwatch.store.schema import metadata
from tests.store_events import JNIM, UNIDENTIFIED, claim, make_event

# Three incidents far apart (or of different types): every report of one incident
# matches every other report of it and none of another.
INCIDENTS: dict[str, dict[str, Any]] = {
    "nampala": {"place": "Nampala", "day": dt.date(2024, 5, 14)},
    "mopti": {
        "place": "Mopti",
        "day": dt.date(2024, 6, 10),
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
    },
    "bandiagara": {"place": "Bandiagara", "day": dt.date(2024, 6, 11)},
}


@st.composite
def report(draw: st.DrawFn, incident: str) -> Event:
    spec = dict(INCIDENTS[incident])
    day = spec.pop("day")
    precision = draw(st.sampled_from((1, 1, 2, 3)))
    if precision == 1:
        event_date = day + dt.timedelta(days=draw(st.integers(0, 1)))
    elif precision == 2:
        event_date = day - dt.timedelta(days=3)
    else:
        event_date = day.replace(day=1)
    overrides: dict[str, Any] = {}
    if incident == "nampala" and draw(st.booleans()):
        overrides = {"location": "Segou", "geo_precision": 3, "latitude": 13.4, "longitude": -6.2}
    fatalities = draw(st.integers(0, 30))
    claims = [claim(fatalities)] if fatalities else []
    if draw(st.booleans()):
        claims.append(claim(draw(st.integers(0, 60)), "JNIM"))
    return make_event(
        event_date=event_date,
        time_precision=precision,
        actor1=draw(st.sampled_from((JNIM, UNIDENTIFIED))),
        fatalities=fatalities,
        claims=claims,
        **spec,
        **overrides,
    )


@st.composite
def articles(draw: st.DrawFn) -> list[tuple[ArticleMeta, list[Event]]]:
    count = draw(st.integers(1, 6))
    out = []
    for i in range(count):
        covered = draw(st.lists(st.sampled_from(sorted(INCIDENTS)), min_size=1, unique=True))
        meta = ArticleMeta(
            f"article {i}",
            f"https://example.org/{i}",
            f"Outlet {i}",
            published=dt.date(2024, 6, 15) + dt.timedelta(days=draw(st.integers(0, 3))),
        )
        out.append((meta, [draw(report(name)) for name in covered]))
    return out


def merged_events(store: Store) -> list[dict[str, Any]]:
    records = []
    for event in store.query_events(EventFilter(limit=1000)).events:
        record = event.to_record()
        record.pop("event_id")
        record["sources"] = sorted(record["sources"], key=lambda s: s["url"])
        records.append(record)
    return sorted(records, key=lambda r: (r["location"], r["event_date"], r["event_type"]))


def wipe(store: Store) -> None:
    with store.engine.begin() as conn:
        for table in reversed(metadata.sorted_tables):
            conn.execute(table.delete())


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(articles(), st.randoms(use_true_random=False))
def test_arrival_order_does_not_change_the_merged_events(
    store: Store, inputs: list[tuple[ArticleMeta, list[Event]]], rng: Any
) -> None:
    results = []
    for order in (list(inputs), rng.sample(inputs, len(inputs))):
        wipe(store)
        for meta, events in order:
            store.add_extraction(meta, events)
        results.append(merged_events(store))
    assert results[0] == results[1]
    incidents = {(e.admin1, e.event_type) for _, events in inputs for e in events}
    assert len(results[0]) == len(incidents)  # one event per incident, all reports merged
