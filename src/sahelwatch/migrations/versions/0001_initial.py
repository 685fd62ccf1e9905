"""Initial schema: articles, events, event sources, actors, places.

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    _articles()
    _events()
    _event_sources()
    op.create_table(
        "actors",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("inter", sa.Integer, nullable=True),
    )
    op.create_table(
        "places",
        sa.Column("country", sa.Text, nullable=False),
        sa.Column("admin1", sa.Text, nullable=False),
        sa.Column("admin2", sa.Text, nullable=False),
        sa.Column("location", sa.Text, nullable=False),
        sa.Column("latitude", sa.Float, nullable=False),
        sa.Column("longitude", sa.Float, nullable=False),
        sa.Column("geo_precision", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("country", "admin1", "admin2", "location", name="pk_places"),
    )


def _articles() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("url_norm", sa.Text, nullable=True, unique=True),
        sa.Column("outlet", sa.Text, nullable=False, server_default=""),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("published", sa.Date, nullable=True),
        sa.Column("language", sa.String(8), nullable=False, server_default=""),
        sa.Column("text_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("origin", sa.String(32), nullable=False, server_default=""),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )


def _events() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("event_date", sa.Date, nullable=False),
        sa.Column("time_precision", sa.Integer, nullable=False),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("sub_event_type", sa.Text, nullable=False),
        sa.Column("actor1", sa.Text, nullable=False),
        sa.Column("assoc_actor_1", sa.Text, nullable=False, server_default=""),
        sa.Column("inter1", sa.Integer, nullable=True),
        sa.Column("actor2", sa.Text, nullable=False, server_default=""),
        sa.Column("assoc_actor_2", sa.Text, nullable=False, server_default=""),
        sa.Column("inter2", sa.Integer, nullable=True),
        sa.Column("interaction", sa.Integer, nullable=True),
        sa.Column("civilian_targeting", sa.Text, nullable=False, server_default=""),
        sa.Column("country", sa.Text, nullable=False),
        sa.Column("admin1", sa.Text, nullable=False, server_default=""),
        sa.Column("admin2", sa.Text, nullable=False, server_default=""),
        sa.Column("location", sa.Text, nullable=False),
        sa.Column("latitude", sa.Float, nullable=False),
        sa.Column("longitude", sa.Float, nullable=False),
        sa.Column("geo_precision", sa.Integer, nullable=False),
        sa.Column("fatalities", sa.Integer, nullable=False),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        sa.Column("fatalities_low", sa.Integer, nullable=False),
        sa.Column("fatalities_best", sa.Integer, nullable=False),
        sa.Column("fatalities_high", sa.Integer, nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("external_id", sa.String(64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("origin", "external_id", name="uq_events_origin_external_id"),
    )
    op.create_index("ix_events_event_date", "events", ["event_date"])
    op.create_index("ix_events_country_date", "events", ["country", "event_date"])
    op.create_index("ix_events_admin1", "events", ["admin1"])
    op.create_index("ix_events_location", "events", ["location"])
    op.create_index("ix_events_event_type", "events", ["event_type"])
    op.create_index("ix_events_lat_lon", "events", ["latitude", "longitude"])


def _event_sources() -> None:
    op.create_table(
        "event_sources",
        sa.Column("article_id", sa.String(40), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("event_id", sa.String(80), sa.ForeignKey("events.id"), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("reasons", sa.JSON, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Column("claims", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("article_id", "position", name="pk_event_sources"),
    )
    op.create_index("ix_event_sources_event_id", "event_sources", ["event_id"])


def downgrade() -> None:
    for table in ("event_sources", "places", "actors", "events", "articles"):
        op.drop_table(table)
