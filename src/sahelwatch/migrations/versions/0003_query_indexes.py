"""Indexes for the API's typical queries at a million events.

The store filters text columns case-insensitively (``lower(column) = value``), which plain
column indexes cannot serve: these expression indexes, led by the filtered column and
followed by the date (the sort order), make a region or type filter with a date range an
index range scan; (event_date, event_type, fatalities) covers the timeline aggregate and
(actorN, event_date, fatalities) the actor rankings.

Revision ID: 0003_query_indexes
Revises: 0002_api_tokens
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_query_indexes"
down_revision = "0002_api_tokens"
branch_labels = None
depends_on = None

EXPRESSION_INDEXES = {
    "ix_events_lower_country_date": "country",
    "ix_events_lower_admin1_date": "admin1",
    "ix_events_lower_location_date": "location",
    "ix_events_lower_type_date": "event_type",
}


COVERING_INDEXES = {
    "ix_events_date_type_fatalities": ["event_date", "event_type", "fatalities"],
    "ix_events_actor1_date_fatalities": ["actor1", "event_date", "fatalities"],
    "ix_events_actor2_date_fatalities": ["actor2", "event_date", "fatalities"],
}


def upgrade() -> None:
    for name, column in EXPRESSION_INDEXES.items():
        op.create_index(
            name,
            "events",
            [sa.text(f"lower({column})"), "event_date"],
            postgresql_include=[column],  # lets PostgreSQL count from the index alone
        )
    for name, columns in COVERING_INDEXES.items():
        op.create_index(name, "events", columns)


def downgrade() -> None:
    for name in COVERING_INDEXES:
        op.drop_index(name, table_name="events")
    for name in EXPRESSION_INDEXES:
        op.drop_index(name, table_name="events")
