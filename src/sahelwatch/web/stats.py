"""Aggregates over the store's tables, as SQL (SQLAlchemy Core), for the API and the report.

Every function takes the store's Engine and an ``EventFilter`` and leaves the heavy work
(filtering, grouping) to the database, so they stay usable at a million events. Only
small results (one row per day and key, per place, per actor) come back to Python.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from sahelwatch.errors import InputError
from sahelwatch.store import EventFilter
from sahelwatch.store.query import event_conditions, names_actor
from sahelwatch.store.schema import events as EVENTS
from sahelwatch.web.filters import as_date, check_choice
from sahelwatch.web.mapsvg import MapPoint
from sahelwatch.web.report import Series, Timeseries
from sahelwatch.web.spread import SPREAD_LEVELS, SpreadRow, spread

__all__ = [
    "INTERVALS",
    "SPLITS",
    "SPREAD_LEVELS",
    "SpreadRow",
    "actors",
    "check_choice",
    "compare",
    "event_conditions",
    "key_numbers",
    "map_points",
    "places",
    "spread",
    "timeseries",
]

INTERVALS = ("week", "month")
SPLITS = ("type", "actor", "region", "none")


def period_start(day: dt.date, interval: str) -> dt.date:
    if interval == "week":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def _period_range(first: dt.date, last: dt.date, interval: str) -> list[dt.date]:
    out, current = [], period_start(first, interval)
    while current <= last:
        out.append(current)
        if interval == "week":
            current += dt.timedelta(days=7)
        else:
            current = (current.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


def timeseries(
    engine: Engine, flt: EventFilter, *, interval: str = "month", split: str = "type", top: int = 8
) -> Timeseries:
    """Events and fatalities per week or month, split by type, actor (top ``top``, the rest
    as "Other") or region. SQL groups by day and key; Python folds days into periods."""
    check_choice("interval", interval, INTERVALS)
    check_choice("split", split, SPLITS)
    rows = _daily_counts(engine, flt, split)
    keys = _top_keys(rows, top)
    cells: dict[tuple[dt.date, str], list[int]] = defaultdict(lambda: [0, 0])
    days = []
    for raw_day, key, count, deaths in rows:
        day = as_date(raw_day)
        days.append(day)
        cell = cells[(period_start(day, interval), key if key in keys else "Other")]
        cell[0] += int(count)
        cell[1] += int(deaths or 0)
    if not days:
        return Timeseries(interval, split, [], [])
    periods = _period_range(min(days), max(days), interval)
    names = sorted(keys) + (["Other"] if any(k == "Other" for _, k in cells) else [])
    series = [
        Series(
            name,
            [cells[(p, name)][0] if (p, name) in cells else 0 for p in periods],
            [cells[(p, name)][1] if (p, name) in cells else 0 for p in periods],
        )
        for name in names
    ]
    return Timeseries(interval, split, [p.isoformat() for p in periods], series)


def _daily_counts(engine: Engine, flt: EventFilter, split: str) -> list[Sequence[Any]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(daily_counts_query(flt, split))]


def daily_counts_query(flt: EventFilter, split: str) -> sa.Executable:
    """Rows of (day, key, events, fatalities) for the timeline; each actor side is grouped
    on its own (the covering indexes serve each side)."""
    c = EVENTS.c
    where = event_conditions(flt)
    deaths = sa.func.coalesce(sa.func.sum(c.fatalities), 0)
    key_columns: dict[str, sa.ColumnElement[Any]] = {
        "type": c.event_type,
        "region": c.admin1,
        "none": sa.literal("All"),
    }
    if split == "actor":
        parts = [
            sa.select(c.event_date, col.label("k"), sa.func.count(), deaths)
            .where(*where, col != "")
            .group_by(c.event_date, col)
            for col in (c.actor1, c.actor2)
        ]
        return sa.union_all(*parts)
    key = key_columns[split].label("k")
    return (
        sa.select(c.event_date, key, sa.func.count(), deaths)
        .where(*where)
        .group_by(c.event_date, key)
    )


def _top_keys(rows: Iterable[Sequence[Any]], top: int) -> set[str]:
    totals: dict[str, int] = defaultdict(int)
    for _, key, count, _deaths in rows:
        totals[str(key)] += int(count)
    return set(sorted(totals, key=lambda k: (-totals[k], k))[:top])


def compare(
    engine: Engine, flt: EventFilter, at: dt.date, *, window_days: int = 180, by: str = "region"
) -> dict[str, Any]:
    """Events and fatalities in the ``window_days`` before ``at`` and from ``at`` on, by
    region and type (the filter's own since/until are replaced by the two windows)."""
    check_choice("by", by, ("region", "type", "both"))
    if not 1 <= window_days <= 3660:
        raise InputError(f"window_days: must be between 1 and 3660, not {window_days}")
    c = EVENTS.c
    try:
        before_start = at - dt.timedelta(days=window_days)
        after_end = at + dt.timedelta(days=window_days)
    except OverflowError:
        raise InputError(f"at: {at} +/- {window_days} days leaves the calendar") from None
    windowed = replace(flt, since=before_start, until=after_end - dt.timedelta(days=1))
    keys = {"region": [c.admin1], "type": [c.event_type], "both": [c.admin1, c.event_type]}[by]
    after = c.event_date >= at
    zero = sa.literal(0)
    query = (
        sa.select(
            *keys,
            sa.func.sum(sa.case((after, zero), else_=1)).label("before_events"),
            sa.func.sum(sa.case((after, 1), else_=zero)).label("after_events"),
            sa.func.sum(sa.case((after, zero), else_=c.fatalities)).label("before_fatalities"),
            sa.func.sum(sa.case((after, c.fatalities), else_=zero)).label("after_fatalities"),
        )
        .where(*event_conditions(windowed))
        .group_by(*keys)
        .order_by(*keys)
    )
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
    for row in rows:
        for name in ("before_events", "after_events", "before_fatalities", "after_fatalities"):
            row[name] = int(row[name] or 0)
        row["change_events"] = row["after_events"] - row["before_events"]
    totals = {
        name: sum(r[name] for r in rows)
        for name in ("before_events", "after_events", "before_fatalities", "after_fatalities")
    }
    return {
        "at": at.isoformat(),
        "window_days": window_days,
        "before": [before_start.isoformat(), (at - dt.timedelta(days=1)).isoformat()],
        "after": [at.isoformat(), (after_end - dt.timedelta(days=1)).isoformat()],
        "by": by,
        "totals": totals,
        "rows": rows,
    }


def actors(engine: Engine, flt: EventFilter, *, limit: int = 50) -> list[dict[str, Any]]:
    """Actors (either side of an event) by number of events, with their fatalities; with
    an actor filter, only the actors whose name contains it. Each side is grouped by SQL
    on its own (no union of two million rows to sort), the few totals merged here."""
    totals: dict[str, list[Any]] = {}
    with engine.connect() as conn:
        for query in actor_totals_queries(flt):
            for name, count, deaths, first, last in (tuple(r) for r in conn.execute(query)):
                entry = totals.setdefault(name, [0, 0, as_date(first), as_date(last)])
                entry[0] += int(count)
                entry[1] += int(deaths)
                entry[2] = min(entry[2], as_date(first))
                entry[3] = max(entry[3], as_date(last))
    ranked = sorted(totals.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
    return [
        {
            "actor": name,
            "events": count,
            "fatalities": deaths,
            "first_date": first.isoformat(),
            "last_date": last.isoformat(),
        }
        for name, (count, deaths, first, last) in ranked
    ]


def actor_totals_queries(flt: EventFilter) -> list[sa.Select[Any]]:
    """Per side (actor1, actor2): rows of (actor, events, fatalities, first and last day)."""
    c = EVENTS.c
    where = event_conditions(flt)
    queries = []
    for col in (c.actor1, c.actor2):
        query = (
            sa.select(
                col,
                sa.func.count(),
                sa.func.coalesce(sa.func.sum(c.fatalities), 0),
                sa.func.min(c.event_date),
                sa.func.max(c.event_date),
            )
            .where(*where, col != "")
            .group_by(col)
        )
        queries.append(query.where(names_actor(col, flt.actor)) if flt.actor else query)
    return queries


def places(engine: Engine, flt: EventFilter, *, limit: int = 100) -> list[dict[str, Any]]:
    """Places by number of events, with fatalities, position and dates."""
    c = EVENTS.c
    keys = [c.country, c.admin1, c.location]
    query = (
        sa.select(
            *keys,
            sa.func.avg(c.latitude).label("latitude"),
            sa.func.avg(c.longitude).label("longitude"),
            sa.func.count().label("events"),
            sa.func.coalesce(sa.func.sum(c.fatalities), 0).label("fatalities"),
            sa.func.min(c.event_date).label("first_date"),
            sa.func.max(c.event_date).label("last_date"),
        )
        .where(*event_conditions(flt))
        .group_by(*keys)
        .order_by(sa.desc("events"), *keys)
        .limit(limit)
    )
    with engine.connect() as conn:
        return [_plain(r) for r in conn.execute(query).mappings()]


def map_points(engine: Engine, flt: EventFilter, *, limit: int = 400) -> list[MapPoint]:
    """One point per place, coloured by its most frequent event type, sized by fatalities."""
    c = EVENTS.c
    keys = [c.location, c.admin1, c.event_type]
    query = (
        sa.select(
            *keys,
            sa.func.avg(c.latitude),
            sa.func.avg(c.longitude),
            sa.func.count(),
            sa.func.coalesce(sa.func.sum(c.fatalities), 0),
        )
        .where(*event_conditions(flt), c.latitude.is_not(None))
        .group_by(*keys)
    )
    by_place: dict[tuple[str, str], list[Any]] = {}
    with engine.connect() as conn:
        for row in conn.execute(query):
            location, admin1, etype, lat, lon, count, deaths = tuple(row)
            entry = by_place.setdefault((location, admin1), [lat, lon, {}, 0, 0])
            entry[2][etype] = int(count)
            entry[3] += int(count)
            entry[4] += int(deaths)
    ranked = sorted(by_place.items(), key=lambda item: (-item[1][3], item[0]))[:limit]
    return [
        MapPoint(
            float(lat),
            float(lon),
            max(types, key=lambda t: (types[t], t)),
            deaths,
            f"{location}, {admin1}: {count} events, {deaths} fatalities",
        )
        for (location, admin1), (lat, lon, types, count, deaths) in ranked
    ]


def key_numbers(engine: Engine, flt: EventFilter) -> dict[str, int]:
    c = EVENTS.c
    query = sa.select(
        sa.func.count(),
        sa.func.coalesce(sa.func.sum(c.fatalities), 0),
        sa.func.count(sa.distinct(c.admin1)),
        sa.func.count(sa.distinct(c.admin1 + "|" + c.location)),
    ).where(*event_conditions(flt))
    with engine.connect() as conn:
        count, deaths, regions, locations = conn.execute(query).one()
    return {
        "events": int(count),
        "fatalities": int(deaths),
        "regions": int(regions),
        "locations": int(locations),
    }


def _plain(row: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in dict(row).items():
        if isinstance(value, dt.date):
            out[key] = value.isoformat()
        elif isinstance(value, float):
            out[key] = round(value, 5)
        else:
            out[key] = value
    return out
