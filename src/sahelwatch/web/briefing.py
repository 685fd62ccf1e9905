"""Building the briefing (key numbers, map, trends, new areas, actors, notable events)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from sahelwatch.store import EventFilter, Store
from sahelwatch.store.schema import event_sources
from sahelwatch.store.schema import events as EVENTS
from sahelwatch.web import stats
from sahelwatch.web.report import Briefing

WEEKLY_UP_TO_DAYS = 120  # shorter periods get weekly trend bars, longer ones monthly


def build_briefing(
    store: Store,
    flt: EventFilter,
    *,
    title: str = "Sahel conflict briefing",
    quiet_days: int = 90,
    notable: int = 5,
    actors: int = 10,
) -> Briefing:
    """Everything the brief shows, for the events ``flt`` selects (paging ignored)."""
    engine = store.engine
    numbers = stats.key_numbers(engine, flt)
    numbers["sources"] = _source_count(store, flt)
    return Briefing(
        title=title,
        since=flt.since.isoformat() if flt.since else None,
        until=flt.until.isoformat() if flt.until else None,
        region=flt.admin1,
        numbers=numbers,
        timeseries=stats.timeseries(engine, flt, interval=_interval(flt), split="type"),
        new_areas=[r.to_dict() for r in stats.spread(engine, flt, quiet_days=quiet_days)][:20],
        actors=stats.actors(engine, flt, limit=actors),
        notable=_notable(store, flt, notable),
        points=stats.map_points(engine, flt),
    )


def _interval(flt: EventFilter) -> str:
    if flt.since and flt.until and (flt.until - flt.since) <= dt.timedelta(WEEKLY_UP_TO_DAYS):
        return "week"
    return "month"


def _source_count(store: Store, flt: EventFilter) -> int:
    query = (
        sa.select(sa.func.count(sa.distinct(event_sources.c.article_id)))
        .select_from(event_sources.join(EVENTS, EVENTS.c.id == event_sources.c.event_id))
        .where(*stats.event_conditions(flt))
    )
    with store.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def _notable(store: Store, flt: EventFilter, limit: int) -> list[dict[str, object]]:
    """The deadliest events (then the latest), with their sources and evidence."""
    query = (
        sa.select(EVENTS.c.id)
        .where(*stats.event_conditions(flt))
        .order_by(EVENTS.c.fatalities.desc(), EVENTS.c.event_date.desc(), EVENTS.c.id)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        ids = list(conn.execute(query).scalars())
    out = []
    for event_id in ids:
        event = store.get_event(event_id)
        if event is not None:
            out.append(event.to_record())
    return out
