"""Tables for watches, alerts, deliveries and reports from the ground.

They live on the store's MetaData (created by the Alembic migration ``0101_alerts``), so
one `Store.open` upgrades everything. Unique constraints carry the exactly-once rules:
one alert per (watch, key), one delivery per (alert, channel, target, notice, revision).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from sahelwatch.store.schema import metadata

watches = Table(
    "watches",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("spec", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("watch", String(64), nullable=False),
    Column("key", String(200), nullable=False),
    Column("event_id", String(80), nullable=True),
    Column("title", Text, nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("revision", Integer, nullable=False),  # source count of the event when last told
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("watch", "key", name="uq_alerts_watch_key"),
    Index("ix_alerts_event_id", "event_id"),
    Index("ix_alerts_updated_at", "updated_at"),
)

alert_deliveries = Table(
    "alert_deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("alert_id", Integer, ForeignKey("alerts.id"), nullable=False),
    Column("channel", String(16), nullable=False),
    Column("target", String(500), nullable=False),
    Column("notice", String(16), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("status", String(16), nullable=False),  # pending | sending | delivered | failed
    Column("attempts", Integer, nullable=False),
    Column("next_attempt_at", DateTime(timezone=True), nullable=True),
    Column("claimed_at", DateTime(timezone=True), nullable=True),
    Column("delivered_at", DateTime(timezone=True), nullable=True),
    Column("last_error", Text, nullable=False),
    UniqueConstraint(
        "alert_id", "channel", "target", "notice", "revision", name="uq_alert_deliveries_once"
    ),
    Index("ix_alert_deliveries_status", "status", "next_attempt_at"),
)

delivery_log = Table(
    "delivery_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("delivery_id", Integer, ForeignKey("alert_deliveries.id"), nullable=False),
    Column("attempt", Integer, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("ok", Integer, nullable=False),
    Column("status_code", Integer, nullable=True),
    Column("detail", Text, nullable=False),
    Index("ix_delivery_log_delivery_id", "delivery_id"),
)

ground_reports = Table(
    "ground_reports",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("text", Text, nullable=False),
    Column("place", Text, nullable=False),
    Column("reported_on", Date, nullable=True),
    Column("contact", Text, nullable=False),  # private: never in public outputs
    Column("status", String(16), nullable=False),
    Column("article_id", String(40), nullable=True),
    Column("event_ids", JSON, nullable=False),
    Column("note", Text, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("moderated_at", DateTime(timezone=True), nullable=True),
    Index("ix_ground_reports_status", "status"),
)
