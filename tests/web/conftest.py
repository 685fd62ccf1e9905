"""Fixtures for the web tests: real SQLite and PostgreSQL databases, made and dropped here."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from sahelwatch.settings import Settings
from sahelwatch.store import Store
from sahelwatch.web.synthetic import ACTORS, CIVILIANS, PLACES, event_row, insert_rows

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BACKENDS = ["sqlite", "postgresql"]


def place(name: str) -> tuple[str, str, str, float, float]:
    return next(p for p in PLACES if p[2] == name)


JNIM, FAMA, ISSP, DNA = ACTORS[1][0], ACTORS[0][0], ACTORS[2][0], ACTORS[4][0]

# A small hand-made history whose statistics are worked out by hand in the tests.
SEED: list[dict[str, Any]] = [
    event_row(
        "e1",
        event_date=dt.date(2023, 9, 17),
        location=place("Nampala"),
        actor1=JNIM,
        actor2=FAMA,
        fatalities=12,
    ),
    event_row(
        "e2",
        event_date=dt.date(2023, 11, 2),
        location=place("Bandiagara"),
        event_type="Violence against civilians",
        actor1=DNA,
        actor2=CIVILIANS[0],
        fatalities=5,
    ),
    event_row(
        "e3",
        event_date=dt.date(2024, 1, 10),
        location=place("Bandiagara"),
        actor1=JNIM,
        actor2=FAMA,
        fatalities=3,
    ),
    event_row(
        "e4",
        event_date=dt.date(2024, 3, 15),
        location=place("Gao"),
        event_type="Explosions/Remote violence",
        actor1=ISSP,
        actor2=FAMA,
    ),
    event_row(
        "e5",
        event_date=dt.date(2024, 3, 20),
        location=place("Gao"),
        event_type="Strategic developments",
        actor1=FAMA,
        actor2="",
    ),
    event_row(
        "e6",
        event_date=dt.date(2022, 1, 5),
        location=place("Mopti"),
        actor1=JNIM,
        actor2=FAMA,
        fatalities=1,
    ),
    event_row(
        "e7",
        event_date=dt.date(2024, 2, 1),
        location=place("Tillaberi"),
        actor1=ISSP,
        actor2=ACTORS[5][0],
        fatalities=7,
    ),
]


@contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database on the local server, dropped afterwards."""
    name = f"sw_web_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def database(backend: str, folder: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'web.db'}"
    else:
        with postgres_database() as url:
            yield url


@contextmanager
def opened(backend: str, folder: Path, rows: list[dict[str, Any]]) -> Iterator[Store]:
    with database(backend, folder) as url, Store.open(Settings(url)) as store:
        insert_rows(store.engine, rows)
        yield store
        store.engine.dispose()


@pytest.fixture(scope="module", params=BACKENDS)
def seeded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """A store holding SEED (read-only in the tests), on each backend."""
    folder = tmp_path_factory.mktemp("seeded")
    with opened(request.param, folder, SEED) as store:
        yield store


@pytest.fixture(params=BACKENDS)
def empty_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store, for tests that write."""
    with opened(request.param, tmp_path, []) as store:
        yield store
