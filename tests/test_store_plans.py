"""The queries at the heart of the API read the indexes meant for them (SQLite's plans).

Latency is measured by ``make bench``; these tests only pin the plans that make it, so a
schema or query change that silently drops back to a table scan fails here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.sql import Executable

from sahelwatch.settings import Settings
from sahelwatch.store import EventFilter, Store
from sahelwatch.store.query import _near_page_ids, event_conditions
from sahelwatch.web import stats
from sahelwatch.web.synthetic import insert_rows, random_rows


@pytest.fixture(scope="module")
def sqlite_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("plans") / "plans.db"
    with Store.open(Settings(f"sqlite:///{path}")) as store:
        insert_rows(store.engine, random_rows(3000, seed=5), with_sources=False)
        with store.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
        yield store


def _plan(store: Store, query: Executable) -> str:
    sql = query.compile(store.engine, compile_kwargs={"literal_binds": True})  # type: ignore[attr-defined]
    with store.engine.connect() as conn:
        return "\n".join(row[3] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))


def test_a_near_page_reads_the_cell_index(sqlite_store: Store) -> None:
    flt = EventFilter(near=(14.49, -4.19), radius_km=25, limit=50)
    from sqlalchemy import select

    plan = _plan(sqlite_store, select(_near_page_ids(flt, event_conditions(flt))))
    assert "ix_events_cell_date (geo_cell=?)" in plan
    assert "ix_events_lat_lon" not in plan


@pytest.mark.parametrize("split", ["type", "actor"])
def test_the_timeline_is_counted_from_covering_indexes(sqlite_store: Store, split: str) -> None:
    plan = _plan(sqlite_store, stats.daily_counts_query(EventFilter(), split))
    assert "COVERING INDEX" in plan, plan
    assert "SCAN events\n" not in plan + "\n"


def test_the_actor_ranking_is_counted_from_covering_indexes(sqlite_store: Store) -> None:
    for query in stats.actor_totals_queries(EventFilter(since=dt.date(2020, 1, 1))):
        assert "COVERING INDEX ix_events_actor" in _plan(sqlite_store, query)
