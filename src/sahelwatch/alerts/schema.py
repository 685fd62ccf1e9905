"""Tables for watches, alerts, deliveries and reports from the ground.

They are defined with the store's Core tables (``sahelwatch.store.schema``, so the metadata
is always complete) and created by the Alembic migration ``0101_alerts``. Unique
constraints carry the exactly-once rules: one alert per (watch, key), one delivery per
(alert, channel, target, notice, revision).
"""

from __future__ import annotations

from sahelwatch.store.schema import (
    alert_deliveries,
    alerts,
    delivery_log,
    ground_reports,
    metadata,
    watches,
)

__all__ = ["alert_deliveries", "alerts", "delivery_log", "ground_reports", "metadata", "watches"]
