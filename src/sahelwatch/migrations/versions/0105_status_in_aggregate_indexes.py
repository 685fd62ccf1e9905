"""The aggregate indexes carry the event status too.

Since 0101_alerts every aggregate hides unverified reports (``status NOT IN (...)``);
the covering indexes of 0003 (timeline: date, type, fatalities; actor rankings: actor,
date, fatalities) lacked the status, so each aggregate looked up every row in the table:
the dashboard's monthly timeline at 1M events took 2.5 s on SQLite. With the status as a
trailing key they cover the aggregates again (see ``make bench``).

Revision ID: 0105_status_in_aggregate_indexes
Revises: 0104_geo_cells
"""

from __future__ import annotations

from alembic import op

revision = "0105_status_in_aggregate_indexes"
down_revision = "0104_geo_cells"
branch_labels = None
depends_on = None

COVERING_INDEXES = {
    "ix_events_date_type_fatalities": ["event_date", "event_type", "fatalities"],
    "ix_events_actor1_date_fatalities": ["actor1", "event_date", "fatalities"],
    "ix_events_actor2_date_fatalities": ["actor2", "event_date", "fatalities"],
}


def _recreate(with_status: bool) -> None:
    for name, columns in COVERING_INDEXES.items():
        op.drop_index(name, table_name="events")
        op.create_index(name, "events", [*columns, "status"] if with_status else columns)


def upgrade() -> None:
    _recreate(with_status=True)


def downgrade() -> None:
    _recreate(with_status=False)
