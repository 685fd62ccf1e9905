"""The event store: SQLite by default, PostgreSQL in production, one SQLAlchemy Core path."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, Table, insert, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, OperationalError

from sahelwatch.errors import InputError, SahelwatchError
from sahelwatch.model import Event
from sahelwatch.settings import Settings
from sahelwatch.store import migrate, query, writes
from sahelwatch.store.combine import Report, combine
from sahelwatch.store.filters import EventFilter
from sahelwatch.store.identity import article_id, extracted_event_id, normalise_url, text_hash
from sahelwatch.store.match import Match
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
)
from sahelwatch.store.schema import (
    WALL_CLOCK_COLUMNS,
    articles,
    event_sources,
    events,
    metadata,
)

log = logging.getLogger(__name__)
_WRITE_LOCK_KEY = 0x5A4E1  # PostgreSQL advisory lock serialising merges across writers


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
            writes.check_event(event, position)
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
            target = writes.best_candidate(conn, art_id, event)
            if target is None:
                event_id = extracted_event_id(hash_, position)
                self._create_event(
                    conn, event_id, event, (art_id, position), now, status=meta.new_event_status
                )
                created.append(event_id)
            else:
                event_id, found = target
                self._merge_into(conn, event_id, event, (art_id, position), found=found, now=now)
                merged.append(event_id)
            writes.remember_actors_and_place(conn, event.to_record())
        return AddResult("new", art_id, tuple(created), tuple(merged))

    def _create_event(
        self,
        conn: Connection,
        event_id: str,
        event: Event,
        source: tuple[str, int],
        now: dt.datetime,
        *,
        status: str = CONFIRMED,
    ) -> None:
        columns = writes.event_columns(combine([Report(source, event)]))
        conn.execute(
            insert(events).values(
                id=event_id,
                status=status,
                origin=EXTRACTED,
                external_id=None,
                created_at=now,
                updated_at=now,
                **columns,
            )
        )
        writes.index_actors(conn, event_id, columns)
        first = Match(1.0, ("first report of this event",))
        writes.insert_source(conn, event_id, event, source, first)

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
        writes.insert_source(conn, event_id, event, source, found)
        reports = [
            Report((row["article_id"], row["position"]), event_from_snapshot(row["record"]))
            for row in conn.execute(
                select(event_sources).where(event_sources.c.event_id == event_id)
            ).mappings()
        ]
        columns = writes.event_columns(combine(reports))
        conn.execute(
            update(events).where(events.c.id == event_id).values(updated_at=now, **columns)
        )
        writes.index_actors(conn, event_id, columns)

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
                writes.remember_actors_and_place(conn, item.fields)
                writes.index_actors(conn, event_id, item.fields)
                added += 1
        return added, unchanged

    # ------------------------------------------------------------------ reading

    def _reading(self) -> Connection:
        """A connection for reads: on SQLite it does not take the write lock."""
        return self.engine.connect().execution_options(**migrate.READ_ONLY)

    def query_events(self, flt: EventFilter, *, count_cap: int | None = None) -> EventPage:
        """Events matching ``flt`` (one page); ``count_cap`` bounds the counting work."""
        with self._reading() as conn:
            return query.query_page(conn, flt, count_cap)

    def get_event(self, event_id: str) -> StoredEvent | None:
        with self._reading() as conn:
            return query.load_event(conn, event_id)

    def explain(self, event_id: str) -> Explanation:
        """The event and, per source, the match score and reasons that merged it."""
        with self._reading() as conn:
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
        with self._reading() as conn:
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


def _find_article(conn: Connection, url_norm: str | None, hash_: str) -> str | None:
    where = articles.c.text_hash == hash_
    if url_norm:
        where = where | (articles.c.url_norm == url_norm)
    found = conn.execute(select(articles.c.id).where(where).order_by(articles.c.id)).first()
    return str(found[0]) if found else None
