"""Engines and schema migrations (Alembic, packaged in ``sahelwatch.migrations``)."""

from __future__ import annotations

import importlib.resources
import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from sahelwatch.errors import SahelwatchError

log = logging.getLogger(__name__)
_MIGRATE_LOCK = 0x5A4E0


class DatabaseUnavailableError(SahelwatchError):
    """The database cannot be opened or reached."""


def make_engine(db_url: str) -> Engine:
    """A SQLAlchemy engine for ``sqlite:///...`` or ``postgresql://...`` (psycopg 3)."""
    if db_url.startswith("postgresql://"):
        db_url = "postgresql+psycopg://" + db_url.removeprefix("postgresql://")
    if db_url.startswith("sqlite"):
        path = db_url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            parent = Path(path).parent
            if not parent.is_dir():
                raise DatabaseUnavailableError(
                    f"cannot open {db_url}: folder {parent} does not exist; create it or "
                    "pass another --db."
                )
        engine = create_engine(db_url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(db_url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    # Let SQLAlchemy's "begin" hook issue BEGIN IMMEDIATE: a writer takes the lock before
    # it reads, so concurrent writers wait (busy_timeout) instead of failing mid-way.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    _use_wal(cursor)
    cursor.close()


def _use_wal(cursor: Any) -> None:
    """Switch a new database to WAL (it stays so). Several processes opening a new file at
    once race for the switch, and SQLite answers "locked" without waiting: try again."""
    for attempt in range(_WAL_ATTEMPTS):
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == _WAL_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


_WAL_ATTEMPTS = 20


READ_ONLY = {"sahelwatch_read_only": True}  # execution option: a plain (deferred) BEGIN


def _sqlite_begin(connection: Connection) -> None:
    read_only = connection.get_execution_options().get("sahelwatch_read_only", False)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


@contextmanager
def _alembic_config(connection: Connection) -> Iterator[Config]:
    resource = importlib.resources.files("sahelwatch") / "migrations"
    with importlib.resources.as_file(resource) as folder:
        config = Config()
        config.set_main_option("script_location", str(folder))
        config.attributes["connection"] = connection
        yield config


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    """Which revision the database is at, and which packaged revisions it lacks."""

    current: str | None
    head: str
    pending: tuple[str, ...]

    @property
    def up_to_date(self) -> bool:
        return not self.pending


def schema_status(engine: Engine) -> SchemaStatus:
    with connect(engine) as connection, _alembic_config(connection) as config:
        script = ScriptDirectory.from_config(config)
        current = MigrationContext.configure(connection).get_current_revision()
        head = script.get_current_head()
        assert head is not None
        pending = [
            rev.revision
            for rev in script.iterate_revisions(head, current or "base")
            if rev.revision != current
        ]
        return SchemaStatus(current, head, tuple(reversed(pending)))


def upgrade(engine: Engine) -> SchemaStatus:
    """Run every pending migration; return the new status."""
    with connect(engine) as connection, _alembic_config(connection) as config, connection.begin():
        if connection.dialect.name == "postgresql":  # several processes may open at once
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATE_LOCK})
        command.upgrade(config, "head")
    status = schema_status(engine)
    log.info("database schema at %s", status.current)
    return status


@contextmanager
def connect(engine: Engine) -> Iterator[Connection]:
    """A connection, or a DatabaseUnavailableError that says what to check."""
    try:
        connection = engine.connect()
    except SQLAlchemyError as error:
        raise DatabaseUnavailableError(
            f"cannot connect to {display_url(engine)}: "
            f"{first_line(error)}. Check that the server is running and the URL is right "
            "(--db or SAHELWATCH_DB)."
        ) from error
    with connection:
        yield connection


def display_url(engine: Engine) -> str:
    """The URL as the user wrote it: no driver name, no password."""
    url = engine.url.set(drivername=engine.url.get_backend_name())
    return url.render_as_string(hide_password=True)


def first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error)
    return text.strip().splitlines()[0] if text.strip() else type(error).__name__
