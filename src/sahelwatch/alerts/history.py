"""Reading the event history that watches evaluate, from the store's tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Engine, func, select

from sahelwatch.alerts.evaluate import HistoryEvent, week_start
from sahelwatch.alerts.watches import Watch
from sahelwatch.store.schema import event_sources, events

# Statuses that count as events for watches (and for public queries): unverified reports
# from the ground and rejected ones do not.
COUNTED_STATUSES = ("confirmed", "corroborated")
_CHUNK = 500


def _actors(row: Any) -> tuple[str, ...]:
    names = [row.actor1, row.actor2]
    for assoc in (row.assoc_actor_1, row.assoc_actor_2):
        names.extend(part.strip() for part in (assoc or "").split(";"))
    return tuple(sorted({n for n in names if n}))


def _to_history(row: Any) -> HistoryEvent:
    return HistoryEvent(
        event_id=row.id,
        event_date=row.event_date,
        event_type=row.event_type,
        country=row.country,
        admin1=row.admin1,
        admin2=row.admin2,
        location=row.location,
        latitude=row.latitude,
        longitude=row.longitude,
        fatalities=row.fatalities,
        actors=_actors(row),
    )


def _columns() -> list[Any]:
    names = [
        "id",
        "event_date",
        "event_type",
        "country",
        "admin1",
        "admin2",
        "location",
        "latitude",
        "longitude",
        "fatalities",
        "actor1",
        "actor2",
        "assoc_actor_1",
        "assoc_actor_2",
    ]
    return [events.c[name] for name in names]


def load_events(engine: Engine, event_ids: Iterable[str]) -> list[HistoryEvent]:
    """The counted events among ``event_ids`` (unverified or rejected ones are left out)."""
    ids = sorted(set(event_ids))
    found: list[HistoryEvent] = []
    with engine.connect() as conn:
        for start in range(0, len(ids), _CHUNK):
            query = select(*_columns()).where(
                events.c.id.in_(ids[start : start + _CHUNK]),
                events.c.status.in_(COUNTED_STATUSES),
            )
            found.extend(_to_history(row) for row in conn.execute(query))
    return found


def lookback_days(items: Iterable[Watch]) -> int:
    """How far before the earliest candidate the watches need to see."""
    days = [w.quiet_days for w in items if w.kind in ("spread", "new_actor")]
    days += [(w.baseline_weeks + 1) * 7 for w in items if w.kind == "surge"]
    return max(days, default=0)


def load_window(
    engine: Engine,
    since: dt.date | None,
    until: dt.date | None,
    admin1s: Iterable[str] | None = None,
) -> list[HistoryEvent]:
    """Every counted event dated within [since, until] (either end open when None),
    in the given regions (all when None)."""
    query = select(*_columns()).where(events.c.status.in_(COUNTED_STATUSES))
    if admin1s is not None:
        query = query.where(events.c.admin1.in_(sorted(set(admin1s))))
    if since is not None:
        query = query.where(events.c.event_date >= since)
    if until is not None:
        query = query.where(events.c.event_date <= until)
    with engine.connect() as conn:
        return [_to_history(row) for row in conn.execute(query)]


def history_for(
    engine: Engine, items: Sequence[Watch], candidates: Sequence[HistoryEvent]
) -> list[HistoryEvent]:
    """The history the watches need to judge ``candidates``: from the longest look-back
    before the earliest one to the end of the latest one's week."""
    if not candidates:
        return []
    first = min(c.event_date for c in candidates)
    last = max(c.event_date for c in candidates)
    since = first - dt.timedelta(days=lookback_days(items) + 7)
    areas = {c.admin1 for c in candidates}
    return load_window(engine, since, week_start(last) + dt.timedelta(days=6), areas)


def data_start(engine: Engine) -> dt.date | None:
    """The date of the earliest counted event: surges need a baseline inside the data."""
    query = select(func.min(events.c.event_date)).where(events.c.status.in_(COUNTED_STATUSES))
    with engine.connect() as conn:
        first: dt.date | None = conn.execute(query).scalar_one()
    return first


def source_counts(engine: Engine, event_ids: Iterable[str]) -> dict[str, int]:
    """Number of distinct articles behind each event."""
    ids = sorted(set(event_ids))
    counts: dict[str, int] = {}
    with engine.connect() as conn:
        for start in range(0, len(ids), _CHUNK):
            query = (
                select(
                    event_sources.c.event_id, func.count(func.distinct(event_sources.c.article_id))
                )
                .where(event_sources.c.event_id.in_(ids[start : start + _CHUNK]))
                .group_by(event_sources.c.event_id)
            )
            counts.update({str(e): int(n) for e, n in conn.execute(query)})
    return counts
