"""Writing one extracted event: validate it, find the stored event it merges into, write."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Table, and_, delete, insert, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from sahelwatch.errors import InputError
from sahelwatch.model import ACLED_FIELDS, SUB_EVENT_TYPES, Event
from sahelwatch.store.combine import Combined
from sahelwatch.store.match import Match, date_interval, match
from sahelwatch.store.records import EXTRACTED, event_from_snapshot, event_snapshot
from sahelwatch.store.schema import actors, event_actors, event_sources, events, places

# Blocking for the stored events an incoming one is compared with: same country and type,
# a date window wider than any date interval (a month), and the same admin1 (needed for
# the same-name and region-only rules) or nearby (the within-NEAR_KM rule, with margin).
_CANDIDATE_WINDOW = dt.timedelta(days=62)
_NEARBY_DEGREES = 0.5
_PLACE_KEYS = ("country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision")


def check_event(event: Event, position: int) -> None:
    """Refuse an event the store cannot keep (the whole article is then refused)."""
    problems = []
    if not isinstance(event.event_date, dt.date):
        problems.append("event_date is not a date")
    if event.sub_event_type not in SUB_EVENT_TYPES.get(event.event_type, ()):
        problems.append(f"{event.event_type!r} / {event.sub_event_type!r} is not an ACLED type")
    if event.time_precision not in (1, 2, 3) or event.geo_precision not in (1, 2, 3):
        problems.append("time_precision and geo_precision must be 1, 2 or 3")
    lat, lon = event.latitude, event.longitude
    if not (math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180):
        problems.append(f"coordinates {lat},{lon} are not on the globe")
    if not event.country or not event.location or event.fatalities < 0:
        problems.append("country and location are required and fatalities cannot be negative")
    if problems:
        raise InputError(f"event #{position} cannot be stored: {'; '.join(problems)}.")


def best_candidate(conn: Connection, art_id: str, event: Event) -> tuple[str, Match] | None:
    """The stored extracted event this one matches best (a match with any of its sources)."""
    lo, hi = date_interval(event.event_date, event.time_precision)
    candidate_ids = list(
        conn.execute(
            select(events.c.id).where(
                events.c.origin == EXTRACTED,
                events.c.country == event.country,
                events.c.event_type == event.event_type,
                events.c.event_date.between(lo - _CANDIDATE_WINDOW, hi + _CANDIDATE_WINDOW),
                or_(
                    events.c.admin1 == event.admin1,
                    and_(
                        events.c.latitude.between(
                            event.latitude - _NEARBY_DEGREES, event.latitude + _NEARBY_DEGREES
                        ),
                        events.c.longitude.between(
                            event.longitude - _NEARBY_DEGREES, event.longitude + _NEARBY_DEGREES
                        ),
                    ),
                ),
            )
        ).scalars()
    )
    if not candidate_ids:
        return None
    by_event: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    rows = conn.execute(
        select(event_sources.c.event_id, event_sources.c.article_id, event_sources.c.record).where(
            event_sources.c.event_id.in_(candidate_ids)
        )
    )
    for eid, source_article, record in rows:
        by_event.setdefault(eid, []).append((source_article, record))
    best: tuple[str, Match] | None = None
    for eid in sorted(by_event):
        if any(source_article == art_id for source_article, _ in by_event[eid]):
            continue  # two events of one article are two events
        found = [match(event, event_from_snapshot(rec)) for _, rec in by_event[eid]]
        top = max((m for m in found if m), key=lambda m: m.score, default=None)
        if top and (best is None or top.score > best[1].score):
            best = (eid, top)
    return best


def event_columns(combined: Combined) -> dict[str, Any]:
    columns = {name: combined.fields[name] for name in ACLED_FIELDS}
    columns.update(
        inter1=combined.fields["inter1"],
        inter2=combined.fields["inter2"],
        interaction=combined.fields["interaction"],
        fatalities_low=combined.fatalities.low,
        fatalities_best=combined.fatalities.best,
        fatalities_high=combined.fatalities.high,
    )
    return columns


def insert_source(
    conn: Connection, event_id: str, event: Event, source: tuple[str, int], found: Match
) -> None:
    art_id, position = source
    snapshot = event_snapshot(event)
    conn.execute(
        insert(event_sources).values(
            article_id=art_id,
            position=position,
            event_id=event_id,
            score=found.score,
            reasons=list(found.reasons),
            record=snapshot,
            evidence=snapshot["evidence"],
            claims=snapshot["claims"],
        )
    )


def remember_actors_and_place(conn: Connection, fields: Mapping[str, Any]) -> None:
    """Add the event's actors and place (ACLED field names) to the actors and places tables."""
    _remember_actors(conn, [fields.get("actor1") or "", fields.get("actor2") or ""], fields)
    place = {key: fields[key] for key in _PLACE_KEYS}
    conn.execute(_insert_ignore(conn, places).values(**place).on_conflict_do_nothing())


def _remember_actors(conn: Connection, names: Iterable[str], fields: Mapping[str, Any]) -> None:
    """Add ``names`` to the actors table, with the inter code ``fields`` gives each side."""
    inter = {fields.get("actor1"): fields.get("inter1"), fields.get("actor2"): fields.get("inter2")}
    rows = [{"name": n, "inter": inter.get(n)} for n in sorted(set(names)) if n]
    if rows:
        conn.execute(_insert_ignore(conn, actors).values(rows).on_conflict_do_nothing())


def _insert_ignore(conn: Connection, table: Table) -> Any:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def actor_names(columns: Mapping[str, Any]) -> set[str]:
    """Every actor an event row names: both sides and the associated actors ("A; B")."""
    names = {columns.get("actor1") or "", columns.get("actor2") or ""}
    for key in ("assoc_actor_1", "assoc_actor_2"):
        names.update((columns.get(key) or "").split("; "))
    return names - {""}


def index_actors(conn: Connection, event_id: str, columns: Mapping[str, Any]) -> None:
    """Make ``event_actors`` hold the names of the event as written with ``columns``
    (after a merge too: its actors may have changed), and the actors table every name."""
    names = sorted(actor_names(columns))
    conn.execute(delete(event_actors).where(event_actors.c.event_id == event_id))
    if names:
        conn.execute(insert(event_actors), [{"event_id": event_id, "name": n} for n in names])
        _remember_actors(conn, names, columns)
