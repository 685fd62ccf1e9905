"""Aggregates over the store's tables, as SQL (SQLAlchemy Core), for the API and the report.

Every function takes the store's Engine and an ``EventFilter`` and leaves the heavy work
(filtering, grouping) to the database, so they stay usable at a million events. Only
small results (one row per day and key, per place, per actor) come back to Python.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from sahelwatch.errors import InputError
from sahelwatch.model import VIOLENT_TYPES
from sahelwatch.store import EventFilter
from sahelwatch.store.schema import events as EVENTS
from sahelwatch.web.mapsvg import MapPoint
from sahelwatch.web.report import Series, Timeseries

INTERVALS = ("week", "month")
SPLITS = ("type", "actor", "region", "none")
SPREAD_LEVELS = ("admin1", "location")
KM_PER_DEGREE = 111.32


def event_conditions(flt: EventFilter, *, dates: bool = True) -> list[sa.ColumnElement[bool]]:
    """SQL conditions for every field of ``flt`` (paging aside); ``dates=False`` skips the
    since/until bounds (for window functions that must see earlier events)."""
    c = EVENTS.c
    out: list[sa.ColumnElement[bool]] = []
    if dates and flt.since is not None:
        out.append(c.event_date >= flt.since)
    if dates and flt.until is not None:
        out.append(c.event_date <= flt.until)
    for column, value in (
        (c.country, flt.country),
        (c.admin1, flt.admin1),
        (c.location, flt.location),
        (c.event_type, flt.event_type),
        (c.origin, flt.origin),
    ):
        if value:
            out.append(sa.func.lower(column) == value.lower())
    if flt.actor:  # as the store does: actors and associated actors
        pattern = f"%{flt.actor.lower()}%"
        columns = (c.actor1, c.actor2, c.assoc_actor_1, c.assoc_actor_2)
        out.append(sa.or_(*(sa.func.lower(col).like(pattern) for col in columns)))
    if flt.near is not None:
        out.extend(_near_conditions(flt.near, flt.radius_km))
    return out


def _near_conditions(near: tuple[float, float], radius_km: float) -> list[sa.ColumnElement[bool]]:
    """A bounding box (index-friendly) and the equirectangular distance, exact to well
    under 1% at the radii used here; needs only arithmetic, so it runs on SQLite too."""
    lat, lon = near
    kx = KM_PER_DEGREE * max(math.cos(math.radians(lat)), 1e-6)
    dlat, dlon = radius_km / KM_PER_DEGREE, radius_km / kx
    c = EVENTS.c
    dy = (c.latitude - lat) * KM_PER_DEGREE
    dx = (c.longitude - lon) * kx
    return [
        c.latitude.between(lat - dlat, lat + dlat),
        c.longitude.between(lon - dlon, lon + dlon),
        dx * dx + dy * dy <= radius_km * radius_km,
    ]


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


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def check_choice(name: str, value: str, choices: Sequence[str]) -> str:
    if value not in choices:
        raise InputError(f"{name}: {value!r} is not one of {', '.join(choices)}")
    return value


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
        day = _as_date(raw_day)
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
        query: sa.Executable = sa.union_all(*parts)
    else:
        key = key_columns[split].label("k")
        query = (
            sa.select(c.event_date, key, sa.func.count(), deaths)
            .where(*where)
            .group_by(c.event_date, key)
        )
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(query)]


def _top_keys(rows: Iterable[Sequence[Any]], top: int) -> set[str]:
    totals: dict[str, int] = defaultdict(int)
    for _, key, count, _deaths in rows:
        totals[str(key)] += int(count)
    return set(sorted(totals, key=lambda k: (-totals[k], k))[:top])


@dataclass(frozen=True, slots=True)
class SpreadRow:
    country: str
    admin1: str
    location: str
    first_date: str
    previous_date: str | None
    quiet_days: int | None
    event_type: str
    event_id: str

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


def spread(
    engine: Engine, flt: EventFilter, *, quiet_days: int = 90, level: str = "location"
) -> list[SpreadRow]:
    """Places (or regions) whose violent event in the filter's dates came after at least
    ``quiet_days`` days without one there: violence spreading to new areas. A place with
    no earlier event counts only if the data reach back ``quiet_days`` before it."""
    check_choice("level", level, SPREAD_LEVELS)
    if quiet_days < 1:
        raise InputError(f"quiet_days: must be at least 1, not {quiet_days}")
    c = EVENTS.c
    place = [c.country, c.admin1] + ([c.location] if level == "location" else [])
    violent = [*event_conditions(flt, dates=False), c.event_type.in_(sorted(VIOLENT_TYPES))]
    previous = sa.func.lag(c.event_date).over(partition_by=place, order_by=[c.event_date, c.id])
    inner = sa.select(*place, c.event_date, c.event_type, c.id, previous.label("previous")).where(
        *violent
    )
    sub = inner.subquery()
    outer = sa.select(sub).order_by(sub.c.event_date, sub.c.id)
    if flt.since is not None:
        outer = outer.where(sub.c.event_date >= flt.since)
    if flt.until is not None:
        outer = outer.where(sub.c.event_date <= flt.until)
    gap = _days_between(engine, sub.c.event_date, sub.c.previous)
    outer = outer.where(sa.or_(sub.c.previous.is_(None), gap > quiet_days))
    with engine.connect() as conn:
        start = conn.execute(sa.select(sa.func.min(c.event_date)).where(*violent)).scalar()
        rows = conn.execute(outer).mappings().all()
    out = []
    for row in rows:
        day, prev = _as_date(row["event_date"]), row["previous"]
        if prev is None and (start is None or (day - _as_date(start)).days <= quiet_days):
            continue
        out.append(
            SpreadRow(
                row["country"],
                row["admin1"],
                row.get("location", "") if level == "location" else "",
                day.isoformat(),
                None if prev is None else _as_date(prev).isoformat(),
                None if prev is None else (day - _as_date(prev)).days,
                row["event_type"],
                str(row["id"]),
            )
        )
    return out


def _days_between(
    engine: Engine, later: sa.ColumnElement[Any], earlier: sa.ColumnElement[Any]
) -> sa.ColumnElement[Any]:
    if engine.dialect.name == "sqlite":
        return sa.func.julianday(later) - sa.func.julianday(earlier)
    return later - earlier


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
    an actor filter, only the actors whose name contains it."""
    c = EVENTS.c
    where = event_conditions(flt)
    sides = []
    for col in (c.actor1, c.actor2):
        side = sa.select(col.label("actor"), c.fatalities, c.event_date).where(*where, col != "")
        if flt.actor:
            side = side.where(sa.func.lower(col).like(f"%{flt.actor.lower()}%"))
        sides.append(side)
    both = sa.union_all(*sides).subquery()
    query = (
        sa.select(
            both.c.actor,
            sa.func.count().label("events"),
            sa.func.coalesce(sa.func.sum(both.c.fatalities), 0).label("fatalities"),
            sa.func.min(both.c.event_date).label("first_date"),
            sa.func.max(both.c.event_date).label("last_date"),
        )
        .group_by(both.c.actor)
        .order_by(sa.desc("events"), both.c.actor)
        .limit(limit)
    )
    with engine.connect() as conn:
        return [_plain(r) for r in conn.execute(query).mappings()]


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
