"""Reading stored events: filters to SQL, rows to StoredEvent."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, Subquery, exists, false, func, select, union_all
from sqlalchemy.engine import Connection, RowMapping

from sahelwatch.model import ACLED_FIELDS
from sahelwatch.store.filters import EventFilter
from sahelwatch.store.geocell import covering_cells
from sahelwatch.store.records import HIDDEN_STATUSES, EventPage, SourceRef, StoredEvent
from sahelwatch.store.schema import actors, articles, event_actors, event_sources, events

KM_PER_DEGREE = 111.32
FEW_ACTOR_EVENTS = 5000  # up to this many, an actor's events are fetched by id


def event_conditions(
    flt: EventFilter, *, dates: bool = True, actor: ColumnElement[bool] | None = None
) -> list[ColumnElement[bool]]:
    """SQL conditions for every field of ``flt`` (paging aside), shared by the event list
    and the aggregates; ``dates=False`` leaves out since/until (for window functions that
    must see earlier events). Text compares case-insensitively; ``actor`` matches any
    actor column, associated actors included (``actor`` replaces that condition with one
    from ``actor_condition``); reports from the ground not yet corroborated (or
    rejected) are hidden unless ``status`` asks for them."""
    c = events.c
    where: list[ColumnElement[bool]] = []
    if dates and flt.since:
        where.append(c.event_date >= flt.since)
    if dates and flt.until:
        where.append(c.event_date <= flt.until)
    for column, value in (
        (c.country, flt.country),
        (c.admin1, flt.admin1),
        (c.location, flt.location),
        (c.event_type, flt.event_type),
        (c.origin, flt.origin),
    ):
        if value:
            where.append(func.lower(column) == value.lower())
    where.append(c.status == flt.status if flt.status else c.status.not_in(HIDDEN_STATUSES))
    if flt.actor:
        where.append(actor if actor is not None else _naming(flt.actor))
    if flt.near:
        where.extend(_near_conditions(flt.near, flt.radius_km))
    return where


def _naming(text: str) -> ColumnElement[bool]:
    """The events naming an actor whose name contains ``text``: the names first (a small
    table), then their events (0106_event_actors), so no scan of every event's four actor
    columns. Fit for aggregates, which read every match anyway; pages use
    ``actor_condition``."""
    names = select(actors.c.name).where(names_actor(actors.c.name, text))
    return events.c.id.in_(select(event_actors.c.event_id).where(event_actors.c.name.in_(names)))


def actor_condition(conn: Connection, text: str) -> ColumnElement[bool]:
    """The actor filter for a page, newest first. The best plan depends on how many
    events the actor has, which no planner can tell from a subquery: an actor with few
    events is read by their ids; one with many by walking the events newest first and
    checking each against the index, stopping at the page. The names, then a capped
    count of their events, decide."""
    names = list(
        conn.execute(select(actors.c.name).where(names_actor(actors.c.name, text))).scalars()
    )
    if not names:
        return false()
    named = select(event_actors.c.event_id).where(event_actors.c.name.in_(names))
    ids = set(conn.execute(named.distinct().limit(FEW_ACTOR_EVENTS + 1)).scalars())
    if len(ids) <= FEW_ACTOR_EVENTS:
        return events.c.id.in_(sorted(ids))
    return exists(named.where(event_actors.c.event_id == events.c.id))


def names_actor(column: ColumnElement[str], actor: str) -> ColumnElement[bool]:
    """``column`` contains ``actor``, in any case; % and _ in ``actor`` are plain text.

    ILIKE on the bare column, not lower(column) LIKE: PostgreSQL then estimates the matches
    from the column's statistics (a common actor: read by date, stop at the page) instead
    of guessing a handful and sorting a whole scan (60 ms -> 2 ms at 100k events).
    SQLite gets lower() LIKE lower(), as before."""
    pattern = "%" + re.sub(r"([\\%_])", r"\\\1", actor) + "%"
    return column.ilike(pattern, escape="\\")


def _near_conditions(near: tuple[float, float], radius_km: float) -> list[ColumnElement[bool]]:
    """A bounding box (index-friendly) and the equirectangular distance: within 1% of the
    great-circle distance at these radii, and only arithmetic, so SQLite runs it too."""
    lat, lon = near
    south, north, west, east = _box(near, radius_km)
    c = events.c
    dy = (c.latitude - lat) * KM_PER_DEGREE
    dx = (c.longitude - lon) * _km_per_degree_east(lat)
    conditions = [
        c.latitude.between(south, north),
        c.longitude.between(west, east),
        dx * dx + dy * dy <= radius_km * radius_km,
    ]
    cells = covering_cells(south, north, west, east)
    if cells is not None:  # lets the planner use the cell index (counts, aggregates)
        conditions.append(c.geo_cell.in_(cells))
    return conditions


def _km_per_degree_east(lat: float) -> float:
    return KM_PER_DEGREE * max(math.cos(math.radians(lat)), 1e-6)


def _box(near: tuple[float, float], radius_km: float) -> tuple[float, float, float, float]:
    """South, north, west and east edges of the box around the circle."""
    lat, lon = near
    dlat, dlon = radius_km / KM_PER_DEGREE, radius_km / _km_per_degree_east(lat)
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


def _near_page_ids(flt: EventFilter, where: list[ColumnElement[bool]]) -> Subquery:
    """The ids (and dates) of a near page. Each covering grid cell gives its newest
    ``offset + limit`` matches from the cell index (``store.geocell``), and the page is
    cut from their union; past ``MAX_CELLS`` cells, the box's ids are sorted by date in
    the position index. Either way only the page's rows are fetched afterwards."""
    assert flt.near is not None
    south, north, west, east = _box(flt.near, flt.radius_km)
    cells = covering_cells(south, north, west, east)
    if cells is None:
        ids = _ordered(select(events.c.id, events.c.event_date).where(*where))
        return ids.limit(flt.limit).offset(flt.offset).subquery()
    per_cell = [
        _ordered(select(events.c.id, events.c.event_date).where(events.c.geo_cell == cell, *where))
        .limit(flt.offset + flt.limit)
        .subquery()
        for cell in cells
    ]
    union = union_all(*(select(part.c.id, part.c.event_date) for part in per_cell)).subquery()
    page = select(union.c.id, union.c.event_date).order_by(union.c.event_date.desc(), union.c.id)
    return page.limit(flt.limit).offset(flt.offset).subquery()


def _ordered(stmt: Select[Any]) -> Select[Any]:
    return stmt.order_by(events.c.event_date.desc(), events.c.id)


def query_page(conn: Connection, flt: EventFilter, count_cap: int | None = None) -> EventPage:
    """One page of matching events, newest first, and how many match. With ``count_cap``
    the count stops there (a page served to a reader need not count a million rows:
    "10,000+ events"); without it the count is exact (exports, the CLI)."""
    actor = actor_condition(conn, flt.actor) if flt.actor else None
    where = event_conditions(flt, actor=actor)
    matching = select(events.c.id).where(*where)
    if count_cap is not None:
        matching = matching.limit(count_cap + 1)
    total = conn.execute(select(func.count()).select_from(matching.subquery())).scalar_one()
    exact = count_cap is None or total <= count_cap
    if flt.near:
        chosen = _near_page_ids(flt, where)
        stmt = _ordered(select(events).where(events.c.id.in_(select(chosen.c.id))))
    else:
        stmt = _ordered(select(events).where(*where)).limit(flt.limit).offset(flt.offset)
    page_rows = conn.execute(stmt).mappings().all()
    total = total if exact else max(count_cap or 0, flt.offset + len(page_rows))
    return EventPage(to_stored(conn, page_rows), total, flt.limit, flt.offset, exact)


def load_event(conn: Connection, event_id: str) -> StoredEvent | None:
    row = conn.execute(select(events).where(events.c.id == event_id)).mappings().first()
    return to_stored(conn, [row])[0] if row else None


def to_stored(conn: Connection, rows: Sequence[RowMapping]) -> list[StoredEvent]:
    sources = load_sources(conn, [r["id"] for r in rows])
    return [
        StoredEvent(
            event_id=r["id"],
            fields={name: r[name] for name in ACLED_FIELDS},
            origin=r["origin"],
            status=r["status"],
            fatalities_low=r["fatalities_low"],
            fatalities_best=r["fatalities_best"],
            fatalities_high=r["fatalities_high"],
            external_id=r["external_id"],
            sources=tuple(sources.get(r["id"], ())),
        )
        for r in rows
    ]


def source_rows(conn: Connection, event_ids: Sequence[str]) -> Sequence[RowMapping]:
    """event_sources joined with their articles, in a stable order."""
    if not event_ids:
        return []
    stmt = (
        select(
            event_sources, articles.c.outlet, articles.c.url, articles.c.title, articles.c.published
        )
        .join(articles, articles.c.id == event_sources.c.article_id)
        .where(event_sources.c.event_id.in_(list(event_ids)))
        .order_by(articles.c.published, event_sources.c.article_id, event_sources.c.position)
    )
    return conn.execute(stmt).mappings().all()


def load_sources(conn: Connection, event_ids: Sequence[str]) -> dict[str, list[SourceRef]]:
    out: dict[str, list[SourceRef]] = defaultdict(list)
    for row in source_rows(conn, event_ids):
        out[row["event_id"]].append(
            SourceRef(
                article_id=row["article_id"],
                outlet=row["outlet"],
                url=row["url"],
                title=row["title"],
                published=row["published"],
                evidence=tuple(e["text"] for e in row["evidence"]),
                claims=tuple(row["claims"]),
            )
        )
    return out
