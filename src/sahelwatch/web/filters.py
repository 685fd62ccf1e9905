"""SQL conditions for an ``EventFilter`` over the store's events table, for aggregates.

They mirror the store's own query (case-insensitive text, actor text in any actor
column); ``near`` is a bounding box plus the equirectangular distance, which needs only
arithmetic (so it runs on SQLite too) and is within 0.1% of the great-circle distance at
the radii used here.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from sahelwatch.errors import InputError
from sahelwatch.store import EventFilter
from sahelwatch.store.records import HIDDEN_STATUSES
from sahelwatch.store.schema import events as EVENTS

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
    # As the store does: reports from the ground not yet corroborated (or rejected) are
    # not events until EventFilter.status asks for them (sahelwatch.alerts.reports).
    out.append(c.status == flt.status if flt.status else c.status.not_in(HIDDEN_STATUSES))
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


def as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def check_choice(name: str, value: str, choices: Sequence[str]) -> str:
    if value not in choices:
        raise InputError(f"{name}: {value!r} is not one of {', '.join(choices)}")
    return value
