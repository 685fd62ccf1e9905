"""Databases for ingest tests: a SQLite file, or a fresh PostgreSQL database dropped after
(created with the store's test helpers), and what is in them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from sahelwatch.settings import Settings
from sahelwatch.store import Store
from sahelwatch.store.schema import articles
from tests.storage_fixtures import BACKENDS, create_pg_database, drop_pg_database

__all__ = ["BACKENDS", "count_articles", "database", "dump"]


@contextmanager
def database(backend: str, folder: Path, name: str = "db") -> Iterator[str]:
    """A URL for an empty database on ``backend``, removed afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / (name + '.sqlite')}"
        return
    url = create_pg_database()
    try:
        yield url
    finally:
        drop_pg_database(url)


def dump(url: str) -> dict[str, Any]:
    with Store.open(Settings(url)) as store:
        return dict(store.dump())


def count_articles(url: str) -> int:
    """How many articles are stored, read by another connection (0 before the schema)."""
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one())
    except (sa.exc.OperationalError, sa.exc.ProgrammingError):
        return 0  # the ingest has not created its tables yet
    finally:
        engine.dispose()
