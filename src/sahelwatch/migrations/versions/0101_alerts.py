"""Alerts: watches, alerts, deliveries and their log, reports from the ground.

Revision ID: 0101_alerts
Revises: 0003_query_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0101_alerts"
down_revision = "0003_query_indexes"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "watches",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("spec", sa.JSON, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
    )
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("watch", sa.String(64), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("event_id", sa.String(80), nullable=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("reasons", sa.JSON, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.UniqueConstraint("watch", "key", name="uq_alerts_watch_key"),
    )
    op.create_index("ix_alerts_event_id", "alerts", ["event_id"])
    op.create_index("ix_alerts_updated_at", "alerts", ["updated_at"])
    _deliveries()
    _reports()


def _deliveries() -> None:
    op.create_table(
        "alert_deliveries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("alert_id", sa.Integer, sa.ForeignKey("alerts.id"), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("target", sa.String(500), nullable=False),
        sa.Column("notice", sa.String(16), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", _TS, nullable=True),
        sa.Column("claimed_at", _TS, nullable=True),
        sa.Column("delivered_at", _TS, nullable=True),
        sa.Column("last_error", sa.Text, nullable=False),
        sa.UniqueConstraint(
            "alert_id", "channel", "target", "notice", "revision", name="uq_alert_deliveries_once"
        ),
    )
    op.create_index("ix_alert_deliveries_status", "alert_deliveries", ["status", "next_attempt_at"])
    op.create_table(
        "delivery_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("delivery_id", sa.Integer, sa.ForeignKey("alert_deliveries.id"), nullable=False),
        sa.Column("attempt", sa.Integer, nullable=False),
        sa.Column("at", _TS, nullable=False),
        sa.Column("ok", sa.Integer, nullable=False),
        sa.Column("status_code", sa.Integer, nullable=True),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("ix_delivery_log_delivery_id", "delivery_log", ["delivery_id"])


def _reports() -> None:
    op.create_table(
        "ground_reports",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("place", sa.Text, nullable=False),
        sa.Column("reported_on", sa.Date, nullable=True),
        sa.Column("contact", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("article_id", sa.String(40), nullable=True),
        sa.Column("event_ids", sa.JSON, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("received_at", _TS, nullable=False),
        sa.Column("moderated_at", _TS, nullable=True),
    )
    op.create_index("ix_ground_reports_status", "ground_reports", ["status"])


def downgrade() -> None:
    op.drop_table("ground_reports")
    op.drop_table("delivery_log")
    op.drop_table("alert_deliveries")
    op.drop_table("alerts")
    op.drop_table("watches")
