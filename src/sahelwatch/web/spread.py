"""Violence spreading to new areas: places whose violent event came after a quiet period.

Only the filter's window (widened by the quiet period) is read in bulk: a place whose first
violent day in that window lies within the filter's dates has, by construction, been quiet
for longer than the quiet period, and its previous event (if any) is one indexed look-up
(``lower(place) = ?  ORDER BY event_date DESC LIMIT 1``). So the cost follows the window,
not the whole history: a year at a million events reads about a tenth of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from itertools import groupby
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from sahelwatch.errors import InputError
from sahelwatch.model import VIOLENT_TYPES
from sahelwatch.store import EventFilter
from sahelwatch.store.query import event_conditions
from sahelwatch.store.schema import events as EVENTS
from sahelwatch.web.filters import as_date, check_choice

SPREAD_LEVELS = ("admin1", "location")


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


@dataclass(frozen=True, slots=True)
class _Hit:
    place: tuple[str, ...]
    day: dt.date
    event_id: str
    previous: dt.date | None


def spread(
    engine: Engine, flt: EventFilter, *, quiet_days: int = 90, level: str = "location"
) -> list[SpreadRow]:
    """Places (or regions) whose violent event in the filter's dates came after more than
    ``quiet_days`` days without one there. A place with no earlier event at all counts
    only if the data reach back more than ``quiet_days`` before it."""
    check_choice("level", level, SPREAD_LEVELS)
    if quiet_days < 1:
        raise InputError(f"quiet_days: must be at least 1, not {quiet_days}")
    c = EVENTS.c
    place = [c.country, c.admin1] + ([c.location] if level == "location" else [])
    violent = [*event_conditions(flt, dates=False), c.event_type.in_(sorted(VIOLENT_TYPES))]
    window_start = None
    if flt.since is not None:
        window_start = flt.since - dt.timedelta(days=quiet_days)
    window = replace(flt, since=window_start)
    days = (
        sa.select(*place, c.event_date, sa.func.min(c.id))
        .where(*event_conditions(window), c.event_type.in_(sorted(VIOLENT_TYPES)))
        .group_by(*place, c.event_date)
        .order_by(*place, c.event_date)
    )
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(days)]
        hits = _hits(rows, flt.since, quiet_days)
        hits = [_with_previous(conn, h, place, violent, window_start) for h in hits]
        start = conn.execute(sa.select(sa.func.min(c.event_date)).where(*violent)).scalar()
        types = _event_types(conn, [h.event_id for h in hits])
    out = []
    for hit in sorted(hits, key=lambda h: (h.day, h.event_id)):
        if hit.previous is None and (
            start is None or (hit.day - as_date(start)).days <= quiet_days
        ):
            continue  # the data do not show a quiet period before it
        country, admin1, *rest = hit.place
        out.append(
            SpreadRow(
                country,
                admin1,
                rest[0] if rest else "",
                hit.day.isoformat(),
                hit.previous.isoformat() if hit.previous else None,
                (hit.day - hit.previous).days if hit.previous else None,
                types[hit.event_id],
                hit.event_id,
            )
        )
    return out


def _hits(rows: list[tuple[Any, ...]], since: dt.date | None, quiet_days: int) -> list[_Hit]:
    """Per place (rows ordered by place, then day): days after a long enough gap, and the
    first day seen (its previous event, before the window, is looked up afterwards)."""
    hits = []
    for place, group in groupby(rows, key=lambda r: tuple(r[:-2])):
        previous: dt.date | None = None
        for row in group:
            day = as_date(row[-2])
            if since is None or day >= since:
                if previous is None:
                    hits.append(_Hit(place, day, str(row[-1]), None))
                elif (day - previous).days > quiet_days:
                    hits.append(_Hit(place, day, str(row[-1]), previous))
            previous = day
    return hits


def _with_previous(
    conn: Connection,
    hit: _Hit,
    place: list[sa.Column[Any]],
    violent: list[sa.ColumnElement[bool]],
    window_start: dt.date | None,
) -> _Hit:
    if hit.previous is not None or window_start is None:
        return hit
    c = EVENTS.c
    same_place = [col == value for col, value in zip(place, hit.place, strict=True)]
    same_place.append(sa.func.lower(place[-1]) == hit.place[-1].lower())  # the index's key
    query = (
        sa.select(c.event_date)
        .where(*violent, *same_place, c.event_date < window_start)
        .order_by(c.event_date.desc())
        .limit(1)
    )
    found = conn.execute(query).scalar()
    return replace(hit, previous=None if found is None else as_date(found))


def _event_types(conn: Connection, ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in range(0, len(ids), 500):
        query = sa.select(EVENTS.c.id, EVENTS.c.event_type).where(
            EVENTS.c.id.in_(ids[chunk : chunk + 500])
        )
        out.update({str(i): str(t) for i, t in conn.execute(query)})
    return out
