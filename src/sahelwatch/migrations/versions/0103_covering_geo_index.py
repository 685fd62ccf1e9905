"""The position index covers a ``near`` page.

A ``near`` query reads every event in the bounding box and sorts them by date for the page.
With the date, id and status in the index, that sort reads the index alone and only the
page's rows are fetched (see ``sahelwatch.store.query.query_page``).

Revision ID: 0103_covering_geo_index
Revises: 0102_status_in_query_indexes
"""

from __future__ import annotations

from alembic import op

revision = "0103_covering_geo_index"
down_revision = "0102_status_in_query_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_events_lat_lon", table_name="events")
    op.create_index(
        "ix_events_lat_lon", "events", ["latitude", "longitude", "event_date", "id", "status"]
    )


def downgrade() -> None:
    op.drop_index("ix_events_lat_lon", table_name="events")
    op.create_index("ix_events_lat_lon", "events", ["latitude", "longitude"])
