"""The query indexes carry the event status too.

Every event query hides reports from the ground that are not yet corroborated
(``status NOT IN ('unverified', 'rejected')``, since 0101_alerts). With the status in the
index, counting the events of a type or region is answered from the index alone instead
of one table lookup per matching row (a type count at 100k events: 79 ms -> 14 ms on
SQLite, see ``make bench``).

Revision ID: 0102_status_in_query_indexes
Revises: 0101_alerts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0102_status_in_query_indexes"
down_revision = "0101_alerts"
branch_labels = None
depends_on = None

EXPRESSION_INDEXES = {
    "ix_events_lower_country_date": "country",
    "ix_events_lower_admin1_date": "admin1",
    "ix_events_lower_location_date": "location",
    "ix_events_lower_type_date": "event_type",
}


def _create(name: str, column: str, with_status: bool) -> None:
    keys: list[sa.TextClause | str] = [sa.text(f"lower({column})"), "event_date"]
    if with_status:
        keys.append("status")  # a trailing key: SQLite has no INCLUDE
    op.create_index(name, "events", keys, postgresql_include=[column])


def upgrade() -> None:
    for name, column in EXPRESSION_INDEXES.items():
        op.drop_index(name, table_name="events")
        _create(name, column, with_status=True)


def downgrade() -> None:
    for name, column in EXPRESSION_INDEXES.items():
        op.drop_index(name, table_name="events")
        _create(name, column, with_status=False)
