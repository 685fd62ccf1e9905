"""Databases for ingest tests: a SQLite file, or a fresh PostgreSQL database dropped after."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"
BACKENDS = ("sqlite", "postgresql")


@contextmanager
def postgres_database() -> Iterator[str]:
    """A new, empty PostgreSQL database on the local test server; dropped afterwards."""
    import sqlalchemy as sa

    name = f"sw_ingest_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(f"{PG_SERVER}/test", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def database(backend: str, folder: Path, name: str = "db") -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{folder / (name + '.sqlite')}"
    else:
        with postgres_database() as url:
            yield url


def dump(url: str) -> dict[str, Any]:
    from sahelwatch.settings import Settings
    from sahelwatch.store import Store

    with Store.open(Settings(url)) as store:
        return dict(store.dump())


def count_articles(url: str) -> int:
    import sqlalchemy as sa

    from sahelwatch.store.schema import articles

    engine_url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    engine = sa.create_engine(engine_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(articles)).scalar_one())
    except sa.exc.OperationalError:
        return 0  # the run has not created its tables yet
    except sa.exc.ProgrammingError:
        return 0
    finally:
        engine.dispose()
