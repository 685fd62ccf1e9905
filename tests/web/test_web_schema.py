"""The web part's migrations (0002 api_tokens, 0003 query indexes) on both backends."""

from __future__ import annotations

import sqlalchemy as sa

from sahelwatch.store import Store
from sahelwatch.store.schema import api_tokens, events


def test_migrations_create_the_token_table_and_query_indexes(empty_store: Store) -> None:
    inspector = sa.inspect(empty_store.engine)
    columns = {c["name"] for c in inspector.get_columns("api_tokens")}
    assert columns == {c.name for c in api_tokens.columns}
    unique = {tuple(u["column_names"]) for u in inspector.get_unique_constraints("api_tokens")}
    unique |= {tuple(i["column_names"]) for i in inspector.get_indexes("api_tokens") if i["unique"]}
    assert ("token_hash",) in unique
    in_database = _index_names(empty_store)
    in_metadata = {i.name for i in events.indexes}
    assert in_metadata <= in_database
    assert {"ix_events_lower_admin1_date", "ix_events_date_type_fatalities"} <= in_database


def test_a_region_and_date_filter_uses_the_expression_index(empty_store: Store) -> None:
    if empty_store.engine.dialect.name != "sqlite":
        return  # PostgreSQL plans depend on table statistics; SQLite's are deterministic
    query = (
        "EXPLAIN QUERY PLAN SELECT count(*) FROM events WHERE lower(admin1) = 'mopti' "
        "AND event_date >= '2020-01-01' AND event_date <= '2020-12-31'"
    )
    with empty_store.engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(query))
    assert "ix_events_lower_admin1_date" in plan


def _index_names(store: Store) -> set[str]:
    """From the catalogue: SQLAlchemy's reflection skips expression indexes on SQLite."""
    if store.engine.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'"
    else:
        query = "SELECT indexname FROM pg_indexes WHERE tablename = 'events'"
    with store.engine.connect() as conn:
        return {str(row[0]) for row in conn.exec_driver_sql(query)}


def test_postgresql_can_count_region_filters_from_the_index_alone(empty_store: Store) -> None:
    if empty_store.engine.dialect.name != "postgresql":
        return  # SQLite has no INCLUDE columns
    query = "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_events_lower_admin1_date'"
    with empty_store.engine.connect() as conn:
        definition = str(conn.exec_driver_sql(query).scalar_one())
    assert "(lower(admin1), event_date, status) INCLUDE (admin1)" in definition
