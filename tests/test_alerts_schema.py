"""Migration 0101 creates exactly the alerts tables of the Core metadata, on both backends."""

from __future__ import annotations

from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from sahelwatch.alerts import schema
from sahelwatch.store import Store

ALERT_TABLES = {"watches", "alerts", "alert_deliveries", "delivery_log", "ground_reports"}


def _table_of(diff: Any) -> str | None:
    if isinstance(diff, list):  # column modifications come as lists of tuples
        return _table_of(diff[0])
    for item in diff[1:]:
        name = getattr(item, "name", None) if not isinstance(item, str) else None
        table = getattr(item, "table", None)
        if table is not None and getattr(table, "name", None):
            return str(table.name)
        if name in ALERT_TABLES:
            return str(name)
    if isinstance(diff, tuple) and len(diff) > 3 and isinstance(diff[2], str):
        return diff[2]
    return None


# SQLite cannot reflect the web's expression indexes (lower(column)); not ours to compare.
@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_migration_matches_the_metadata(store: Store) -> None:
    assert {t for t in schema.metadata.tables if t in ALERT_TABLES} == ALERT_TABLES
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(context, schema.metadata)
    mine = [d for d in diffs if _table_of(d) in ALERT_TABLES]
    assert mine == []
