"""Invented events written straight into the store's tables, for tests and benchmarks.

Nothing here is real data: places are real towns (positions rounded) but the events,
actors' deeds and figures are drawn from a seeded random generator.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections.abc import Iterable, Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Table
from sqlalchemy.engine import Engine

from sahelwatch.model import (
    BATTLES,
    EXPLOSIONS,
    PROTESTS,
    STRATEGIC,
    SUB_EVENT_TYPES,
    VIOLENCE_AGAINST_CIVILIANS,
)
from sahelwatch.store.schema import actors, articles, event_actors, event_sources, events
from sahelwatch.store.writes import actor_names

EPOCH = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
SYNTHETIC_ORIGIN = "synthetic"
EVENTS_PER_ARTICLE = 10  # invented articles each report ten consecutive events

# (country, admin1, location, latitude, longitude)
PLACES: tuple[tuple[str, str, str, float, float], ...] = (
    ("Mali", "Mopti", "Mopti", 14.49, -4.19),
    ("Mali", "Mopti", "Bandiagara", 14.35, -3.61),
    ("Mali", "Mopti", "Djenne", 13.91, -4.55),
    ("Mali", "Mopti", "Douentza", 15.0, -2.95),
    ("Mali", "Mopti", "Tenenkou", 14.46, -4.92),
    ("Mali", "Segou", "Segou", 13.43, -6.26),
    ("Mali", "Segou", "Niono", 14.25, -5.99),
    ("Mali", "Segou", "Nampala", 15.28, -5.55),
    ("Mali", "Timbuktu", "Timbuktu", 16.77, -3.01),
    ("Mali", "Timbuktu", "Goundam", 16.41, -3.67),
    ("Mali", "Timbuktu", "Lere", 15.72, -4.91),
    ("Mali", "Gao", "Gao", 16.27, -0.04),
    ("Mali", "Gao", "Ansongo", 15.66, 0.5),
    ("Mali", "Gao", "Menaka", 15.92, 2.4),
    ("Mali", "Kidal", "Kidal", 18.44, 1.41),
    ("Mali", "Kidal", "Tessalit", 20.2, 1.01),
    ("Mali", "Kayes", "Kayes", 14.45, -11.44),
    ("Mali", "Kayes", "Nioro du Sahel", 15.23, -9.59),
    ("Mali", "Koulikoro", "Kati", 12.74, -8.07),
    ("Mali", "Sikasso", "Sikasso", 11.32, -5.67),
    ("Mali", "Bamako", "Bamako", 12.65, -8.0),
    ("Niger", "Tillaberi", "Tillaberi", 14.21, 1.45),
    ("Niger", "Tillaberi", "Ayorou", 14.73, 0.92),
    ("Niger", "Tahoua", "Tahoua", 14.89, 5.27),
    ("Niger", "Diffa", "Diffa", 13.32, 12.61),
    ("Niger", "Agadez", "Agadez", 16.97, 7.99),
    ("Niger", "Niamey", "Niamey", 13.51, 2.11),
    ("Niger", "Dosso", "Dosso", 13.05, 3.19),
)

ACTORS: tuple[tuple[str, int], ...] = (
    ("Military Forces of Mali (2021-)", 1),
    ("JNIM: Group for Support of Islam and Muslims", 2),
    ("Islamic State (Sahel)", 2),
    ("Wagner Group", 8),
    ("Dan Na Ambassagou", 4),
    ("Military Forces of Niger (2023-)", 1),
    ("CSP-DPA: Permanent Strategic Framework for Peace, Security and Development", 2),
    ("Unidentified Armed Group (Mali)", 3),
)
CIVILIANS = ("Civilians (Mali)", 7)
# one event in RARE_EVERY is the rare actor's, as most actors in real data are rare
RARE_ACTOR, RARE_EVERY = "Ganda Izo", 5000
_TYPES = (BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS, STRATEGIC, PROTESTS)
_TYPE_WEIGHTS = (40, 15, 30, 10, 5)


def event_row(
    event_id: str,
    *,
    event_date: dt.date,
    location: tuple[str, str, str, float, float] = PLACES[0],
    event_type: str = BATTLES,
    actor1: str = ACTORS[1][0],
    actor2: str = ACTORS[0][0],
    fatalities: int = 0,
    origin: str = SYNTHETIC_ORIGIN,
    **extra: Any,
) -> dict[str, Any]:
    """A complete row for ``events``: ACLED fields, fatality range, status and origin."""
    country, admin1, name, lat, lon = location
    row: dict[str, Any] = {
        "id": event_id,
        "event_date": event_date,
        "time_precision": 1,
        "event_type": event_type,
        "sub_event_type": SUB_EVENT_TYPES[event_type][0],
        "actor1": actor1,
        "assoc_actor_1": "",
        "inter1": 2,
        "actor2": actor2,
        "assoc_actor_2": "",
        "inter2": 1 if actor2 else None,
        "interaction": 12 if actor2 else 20,
        "civilian_targeting": "",
        "country": country,
        "admin1": admin1,
        "admin2": "",
        "location": name,
        "latitude": lat,
        "longitude": lon,
        "geo_precision": 1,
        "fatalities": fatalities,
        "notes": "",
        "fatalities_low": fatalities,
        "fatalities_best": fatalities,
        "fatalities_high": fatalities,
        "status": "confirmed",
        "origin": origin,
        "external_id": None,
        "created_at": EPOCH,
        "updated_at": EPOCH,
    }
    row.update(extra)
    return row


def random_rows(
    count: int, *, seed: int = 1, first: dt.date = dt.date(2014, 1, 1), days: int = 4000
) -> Iterator[dict[str, Any]]:
    """``count`` invented events, deterministic for a given seed."""
    rng = random.Random(seed)
    for i in range(count):
        event_type = rng.choices(_TYPES, _TYPE_WEIGHTS)[0]
        actor1 = rng.choice(ACTORS)
        actor2 = CIVILIANS if event_type == VIOLENCE_AGAINST_CIVILIANS else rng.choice(ACTORS)
        place = rng.choice(PLACES)
        jitter = (rng.uniform(-0.05, 0.05), rng.uniform(-0.05, 0.05))
        yield event_row(
            f"syn-{seed}-{i:07d}",
            event_date=first + dt.timedelta(days=rng.randrange(days)),
            location=(*place[:3], place[3] + jitter[0], place[4] + jitter[1]),
            event_type=event_type,
            actor1=RARE_ACTOR if i % RARE_EVERY == RARE_EVERY - 1 else actor1[0],
            actor2=actor2[0] if actor2 != actor1 else "",
            fatalities=int(rng.expovariate(0.25)) if event_type in _TYPES[:3] else 0,
            sub_event_type=rng.choice(SUB_EVENT_TYPES[event_type]),
        )


def insert_rows(
    engine: Engine,
    rows: Iterable[dict[str, Any]],
    *,
    batch: int = 20_000,
    with_sources: bool = True,
    defer_indexes: bool = False,
) -> int:
    """Insert event rows (and invented source articles, one per ten events) in batches,
    through the driver directly (executemany on SQLite, COPY on PostgreSQL), not through
    SQLAlchemy's row processing. ``defer_indexes`` drops the secondary indexes of events
    and event_actors first and builds them again at the end, much faster for a bulk load into an
    empty table (the index definitions are the Core metadata's, equal to the migrations')."""
    deferred = [*events.indexes, *event_actors.indexes] if defer_indexes else []
    with engine.begin() as conn:
        for index in deferred:
            conn.execute(sa.schema.DropIndex(index))
    total = 0
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= batch:
            total += _insert_chunk(engine, chunk, with_sources)
            chunk = []
    if chunk:
        total += _insert_chunk(engine, chunk, with_sources)
    with engine.begin() as conn:
        for index in deferred:
            conn.execute(sa.schema.CreateIndex(index))
    return total


def _insert_chunk(engine: Engine, rows: list[dict[str, Any]], with_sources: bool) -> int:
    tables: list[tuple[Table, list[dict[str, Any]]]] = [(events, rows), *_actor_rows(engine, rows)]
    if with_sources:
        per_article: dict[str, dict[str, Any]] = {}
        sources = []
        for index, row in enumerate(rows):
            article = _article(rows[index - index % EVENTS_PER_ARTICLE])
            per_article.setdefault(article["id"], article)
            sources.append(_source(row, article["id"], index % EVENTS_PER_ARTICLE))
        tables += [(articles, list(per_article.values())), (event_sources, sources)]
    with engine.begin() as conn:
        raw: Any = conn.connection.driver_connection
        for table, values in tables:
            columns = [c.name for c in table.columns if c.computed is None]  # not geo_cell
            data = [tuple(_plain(row.get(name), engine) for name in columns) for row in values]
            if engine.dialect.name == "postgresql":
                with (
                    raw.cursor() as cursor,
                    cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy,
                ):
                    for item in data:
                        copy.write_row(item)
            else:
                marks = ", ".join("?" for _ in columns)
                raw.executemany(
                    f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})", data
                )
    return len(rows)


def _actor_rows(
    engine: Engine, rows: list[dict[str, Any]]
) -> list[tuple[Table, list[dict[str, Any]]]]:
    """The event-actor index of ``rows``, and the actor names not yet stored (what
    ``store.writes.index_actors`` writes one event at a time)."""
    pairs = [{"event_id": r["id"], "name": n} for r in rows for n in sorted(actor_names(r))]
    with engine.connect() as conn:
        known = set(conn.execute(sa.select(actors.c.name)).scalars())
    new = sorted({p["name"] for p in pairs} - known)
    return [(event_actors, pairs), (actors, [{"name": n, "inter": None} for n in new])]


def _plain(value: Any, engine: Engine) -> Any:
    """A value as the driver takes it: JSON as text; on SQLite, dates as SQLAlchemy
    stores them (ISO text)."""
    if isinstance(value, list | dict):
        return json.dumps(value)
    if engine.dialect.name == "sqlite" and isinstance(value, dt.date):
        if isinstance(value, dt.datetime):
            return value.strftime("%Y-%m-%d %H:%M:%S.%f")
        return value.isoformat()
    return value


def _article(row: dict[str, Any]) -> dict[str, Any]:
    """The invented article reporting ``row`` and the next events of its group."""
    article_id = f"a-{row['id']}"
    return {
        "id": article_id,
        "url": f"https://news.example/{article_id}",
        "url_norm": f"news.example/{article_id}",
        "outlet": "Example Wire",
        "title": f"{row['event_type']} in {row['location']}",
        "published": row["event_date"],
        "language": "en",
        "text_hash": hashlib.sha256(article_id.encode()).hexdigest(),
        "origin": SYNTHETIC_ORIGIN,
        "added_at": EPOCH,
    }


def _source(row: dict[str, Any], article_id: str, position: int) -> dict[str, Any]:
    quote = f"Fighting was reported in {row['location']} ({row['admin1']})."
    return {
        "article_id": article_id,
        "position": position,
        "event_id": row["id"],
        "score": 1.0,
        "reasons": ["first source"],
        "record": {},
        "evidence": [{"start": 0, "end": len(quote), "text": quote}],
        "claims": [],
    }
