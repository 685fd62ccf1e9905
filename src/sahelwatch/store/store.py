"""The event store: SQLite by default, PostgreSQL in production, one SQLAlchemy Core path."""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, Table, insert, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, OperationalError

from sahelwatch.errors import InputError, SahelwatchError
from sahelwatch.model import ACLED_FIELDS, SUB_EVENT_TYPES, Event
from sahelwatch.settings import Settings
from sahelwatch.store import migrate, query
from sahelwatch.store.combine import Combined, Report, combine
from sahelwatch.store.filters import EventFilter
from sahelwatch.store.identity import article_id, extracted_event_id, normalise_url, text_hash
from sahelwatch.store.match import Match, date_interval, match
from sahelwatch.store.records import (
    CONFIRMED,
    EXTRACTED,
    AddResult,
    ArticleMeta,
    EventPage,
    Explanation,
    SourceExplanation,
    StoredEvent,
    event_from_snapshot,
    event_snapshot,
)
from sahelwatch.store.schema import (
    WALL_CLOCK_COLUMNS,
    actors,
    articles,
    event_sources,
    events,
    metadata,
    places,
)

log = logging.getLogger(__name__)
_WRITE_LOCK_KEY = 0x5A4E1  # PostgreSQL advisory lock serialising merges across writers
_CANDIDATE_WINDOW = dt.timedelta(days=62)  # wider than any date interval (a month)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SchemaOutOfDateError(SahelwatchError):
    """The database needs migrations that were not run."""


@dataclass(frozen=True, slots=True)
class ImportedEvent:
    """A row of an ACLED or UCDP export, ready to store."""

    external_id: str
    fields: dict[str, Any]  # ACLED field -> value
    low: int
    best: int
    high: int


class Store:
    """Articles, merged events and their sources. Open with ``Store.open(settings)``."""

    def __init__(self, engine: Engine, clock: Callable[[], dt.datetime]) -> None:
        self.engine = engine
        self._clock = clock

    @classmethod
    def open(
        cls,
        settings: Settings,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        upgrade: bool = True,
    ) -> Store:
        """Connect, run pending migrations (unless ``upgrade=False``) and return the store."""
        engine = migrate.make_engine(settings.db_url)
        try:
            status = migrate.upgrade(engine) if upgrade else migrate.schema_status(engine)
        except OperationalError as error:
            engine.dispose()
            raise migrate.DatabaseUnavailableError(
                f"cannot use {settings.db_url}: {migrate.first_line(error)}. Check the URL "
                "(--db or SAHELWATCH_DB) and that the database is writable."
            ) from error
        except SahelwatchError:
            engine.dispose()
            raise
        if not status.up_to_date:
            engine.dispose()
            raise SchemaOutOfDateError(
                f"the database schema is at {status.current or 'nothing'}, sahelwatch needs "
                f"{status.head}: run `sahelwatch db upgrade`."
            )
        return cls(engine, clock)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    def add_extraction(self, meta: ArticleMeta, events_: Sequence[Event]) -> AddResult:
        """Store one article and merge its events, in one transaction.

        The same article again (same normalised URL or same text) changes nothing and
        returns status "unchanged", also when another writer stored it a moment before.
        """
        for position, event in enumerate(events_):
            check_event(event, position)
        hash_ = text_hash(meta.text)
        url_norm = normalise_url(meta.url) if meta.url else None
        with self.engine.connect() as conn:
            try:
                with conn.begin():
                    self._lock(conn)
                    existing = _find_article(conn, url_norm, hash_)
                    if existing:
                        return AddResult("unchanged", existing)
                    return self._add_new(conn, meta, events_, hash_, url_norm)
            except IntegrityError:
                existing = _find_article(conn, url_norm, hash_)
                conn.rollback()
                if existing:
                    log.info("article %s was stored by another writer", existing)
                    return AddResult("unchanged", existing)
                raise

    def _lock(self, conn: Connection) -> None:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITE_LOCK_KEY})

    def _add_new(
        self,
        conn: Connection,
        meta: ArticleMeta,
        events_: Sequence[Event],
        hash_: str,
        url_norm: str | None,
    ) -> AddResult:
        now = self._clock()
        art_id = article_id(hash_)
        conn.execute(
            insert(articles).values(
                id=art_id,
                url=meta.url,
                url_norm=url_norm,
                outlet=meta.outlet,
                title=meta.title,
                published=meta.published,
                language=meta.language,
                text_hash=hash_,
                origin=meta.origin,
                added_at=now,
            )
        )
        created: list[str] = []
        merged: list[str] = []
        for position, event in enumerate(events_):
            target = _best_candidate(conn, art_id, event)
            if target is None:
                event_id = extracted_event_id(hash_, position)
                self._create_event(conn, event_id, event, (art_id, position), now)
                created.append(event_id)
            else:
                event_id, found = target
                self._merge_into(conn, event_id, event, (art_id, position), found=found, now=now)
                merged.append(event_id)
            _remember_actors_and_place(conn, event)
        return AddResult("new", art_id, tuple(created), tuple(merged))

    def _create_event(
        self,
        conn: Connection,
        event_id: str,
        event: Event,
        source: tuple[str, int],
        now: dt.datetime,
    ) -> None:
        combined = combine([Report(source, event)])
        conn.execute(
            insert(events).values(
                id=event_id,
                status=CONFIRMED,
                origin=EXTRACTED,
                external_id=None,
                created_at=now,
                updated_at=now,
                **_event_columns(combined),
            )
        )
        first = Match(1.0, ("first report of this event",))
        _insert_source(conn, event_id, event, source, first)

    def _merge_into(
        self,
        conn: Connection,
        event_id: str,
        event: Event,
        source: tuple[str, int],
        *,
        found: Match,
        now: dt.datetime,
    ) -> None:
        _insert_source(conn, event_id, event, source, found)
        reports = [
            Report((row["article_id"], row["position"]), event_from_snapshot(row["record"]))
            for row in conn.execute(
                select(event_sources).where(event_sources.c.event_id == event_id)
            ).mappings()
        ]
        conn.execute(
            update(events)
            .where(events.c.id == event_id)
            .values(updated_at=now, **_event_columns(combine(reports)))
        )

    def add_imported(self, origin: str, items: Iterable[ImportedEvent]) -> tuple[int, int]:
        """Store imported events (never merged); return (added, already present)."""
        added = unchanged = 0
        now = self._clock()
        with self.engine.begin() as conn:
            self._lock(conn)
            for item in items:
                event_id = f"{origin}-{item.external_id}"
                exists = conn.execute(select(events.c.id).where(events.c.id == event_id)).first()
                if exists:
                    unchanged += 1
                    continue
                conn.execute(
                    insert(events).values(
                        id=event_id,
                        status=CONFIRMED,
                        origin=origin,
                        external_id=item.external_id,
                        created_at=now,
                        updated_at=now,
                        fatalities_low=item.low,
                        fatalities_best=item.best,
                        fatalities_high=item.high,
                        **item.fields,
                    )
                )
                added += 1
        return added, unchanged

    # ------------------------------------------------------------------ reading

    def query_events(self, flt: EventFilter) -> EventPage:
        with self.engine.connect() as conn:
            return query.query_page(conn, flt)

    def get_event(self, event_id: str) -> StoredEvent | None:
        with self.engine.connect() as conn:
            return query.load_event(conn, event_id)

    def explain(self, event_id: str) -> Explanation:
        """The event and, per source, the match score and reasons that merged it."""
        with self.engine.connect() as conn:
            event = query.load_event(conn, event_id)
            if event is None:
                raise InputError(f"no event {event_id!r}; list ids with `sahelwatch events`.")
            rows = query.source_rows(conn, [event_id])
        sources = tuple(
            SourceExplanation(
                article_id=r["article_id"],
                outlet=r["outlet"],
                url=r["url"],
                published=r["published"],
                position=r["position"],
                score=r["score"],
                reasons=tuple(r["reasons"]),
            )
            for r in rows
        )
        return Explanation(event, sources)

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        """Every table, rows sorted, wall-clock columns left out: comparable across runs."""
        out: dict[str, list[dict[str, Any]]] = {}
        with self.engine.connect() as conn:
            for table in metadata.sorted_tables:
                out[table.name] = _dump_table(conn, table)
        return out


def _dump_table(conn: Connection, table: Table) -> list[dict[str, Any]]:
    names = [c.name for c in table.columns if c.name not in WALL_CLOCK_COLUMNS]
    rows = []
    for row in conn.execute(select(*(table.c[n] for n in names))).mappings():
        rows.append(
            {n: v.isoformat() if isinstance(v, dt.date) else v for n, v in dict(row).items()}
        )
    pk = [c.name for c in table.primary_key.columns]
    return sorted(rows, key=lambda r: tuple(str(r[n]) for n in pk))


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


def _find_article(conn: Connection, url_norm: str | None, hash_: str) -> str | None:
    where = articles.c.text_hash == hash_
    if url_norm:
        where = where | (articles.c.url_norm == url_norm)
    found = conn.execute(select(articles.c.id).where(where).order_by(articles.c.id)).first()
    return str(found[0]) if found else None


def _best_candidate(conn: Connection, art_id: str, event: Event) -> tuple[str, Match] | None:
    """The stored extracted event this one matches best (a match with any of its sources)."""
    lo, hi = date_interval(event.event_date, event.time_precision)
    candidate_ids = list(
        conn.execute(
            select(events.c.id).where(
                events.c.origin == EXTRACTED,
                events.c.country == event.country,
                events.c.event_type == event.event_type,
                events.c.event_date.between(lo - _CANDIDATE_WINDOW, hi + _CANDIDATE_WINDOW),
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


def _event_columns(combined: Combined) -> dict[str, Any]:
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


def _insert_source(
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


def _remember_actors_and_place(conn: Connection, event: Event) -> None:
    insert_ignore = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    for name, inter in ((event.actor1, event.inter1), (event.actor2, event.inter2)):
        if name:
            stmt = insert_ignore(actors).values(name=name, inter=inter)
            conn.execute(stmt.on_conflict_do_nothing())
    stmt_place = insert_ignore(places).values(
        country=event.country,
        admin1=event.admin1,
        admin2=event.admin2,
        location=event.location,
        latitude=event.latitude,
        longitude=event.longitude,
        geo_precision=event.geo_precision,
    )
    conn.execute(stmt_place.on_conflict_do_nothing())
