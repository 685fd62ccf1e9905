"""Migrations: the migrated schema equals the Core metadata on both backends; db commands."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner
from sqlalchemy import inspect

from sahelwatch.cli import main
from sahelwatch.settings import ENV_DB, Settings
from sahelwatch.store import SchemaOutOfDateError, Store
from sahelwatch.store.migrate import make_engine, schema_status
from sahelwatch.store.schema import metadata


def _packaged_head() -> str:
    """The newest packaged revision (other parts add migrations on top of 0001_initial)."""
    import importlib.resources

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    resource = importlib.resources.files("sahelwatch") / "migrations"
    with importlib.resources.as_file(resource) as folder:
        config = Config()
        config.set_main_option("script_location", str(folder))
        head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def test_the_migrated_schema_equals_the_core_metadata(db_url: str) -> None:
    Store.open(Settings(db_url)).close()
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, metadata) == []
            names = set(inspect(conn).get_table_names())
        assert names == {t.name for t in metadata.sorted_tables} | {"alembic_version"}
        status = schema_status(engine)
        assert status.up_to_date and status.current == status.head == _packaged_head()
    finally:
        engine.dispose()


def test_query_filter_columns_are_indexed(db_url: str) -> None:
    Store.open(Settings(db_url)).close()
    engine = make_engine(db_url)
    try:
        indexed = {
            column
            for index in inspect(engine).get_indexes("events")
            for column in index["column_names"]
        }
    finally:
        engine.dispose()
    assert {"event_date", "country", "admin1", "location", "event_type", "latitude"} <= indexed


def test_opening_without_upgrade_refuses_an_old_schema(db_url: str) -> None:
    with pytest.raises(SchemaOutOfDateError, match="sahelwatch db upgrade"):
        Store.open(Settings(db_url), upgrade=False)
    Store.open(Settings(db_url)).close()
    Store.open(Settings(db_url), upgrade=False).close()


def test_db_status_and_upgrade_commands(db_url: str) -> None:
    runner = CliRunner()
    status = runner.invoke(main, ["db", "status", "--db", db_url])
    assert status.exit_code == 0
    assert "pending:  0001_initial" in status.stdout
    upgrade = runner.invoke(main, ["db", "upgrade", "--db", db_url])
    assert upgrade.exit_code == 0 and f"schema at {_packaged_head()}" in upgrade.stdout
    again = runner.invoke(main, ["db", "upgrade"], env={ENV_DB: db_url})
    assert again.exit_code == 0
    status = runner.invoke(main, ["db", "status", "--db", db_url])
    assert f"current:  {_packaged_head()}" in status.stdout and "pending:  none" in status.stdout


def test_the_migrations_are_package_data() -> None:
    import importlib.resources

    versions = importlib.resources.files("sahelwatch") / "migrations" / "versions"
    assert (versions / "0001_initial.py").is_file()
    assert (importlib.resources.files("sahelwatch") / "migrations" / "env.py").is_file()


def test_db_status_on_an_unreachable_server_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["db", "status", "--db", "postgresql://u@127.0.0.1:1/x"])
    assert result.exit_code == 2 and "cannot connect" in result.stderr


def test_a_type_count_is_answered_from_an_index_that_holds_the_status(store: Store) -> None:
    import sqlalchemy as sa

    from sahelwatch.store import EventFilter
    from sahelwatch.store.query import event_conditions
    from sahelwatch.store.schema import events

    if store.engine.dialect.name != "sqlite":
        return  # PostgreSQL's planner chooses by table statistics; SQLite's plan is fixed
    count = sa.select(sa.func.count()).select_from(events)
    query = count.where(*event_conditions(EventFilter(event_type="Battles")))
    sql = str(query.compile(store.engine, compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as conn:
        plan = " ".join(str(row) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
        xinfo = conn.exec_driver_sql("PRAGMA index_xinfo(ix_events_lower_type_date)")
        columns = [row[2] for row in xinfo]
    assert "ix_events_lower_type_date" in plan
    assert "status" in columns
