"""The database schema as SQLAlchemy Core tables (migrations in sahelwatch/migrations)."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Computed,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    column,
    func,
)

from sahelwatch.store.geocell import grid_cell

metadata = MetaData()

# Columns holding wall-clock times: left out of Store.dump() so runs can be compared.
WALL_CLOCK_COLUMNS = frozenset(
    {"added_at", "created_at", "updated_at"}
    # alerts tables (below)
    | {"next_attempt_at", "claimed_at", "delivered_at", "at", "received_at", "moderated_at"}
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("url", Text, nullable=True),
    Column("url_norm", Text, nullable=True, unique=True),
    Column("outlet", Text, nullable=False, server_default=""),
    Column("title", Text, nullable=False, server_default=""),
    Column("published", Date, nullable=True),
    Column("language", String(8), nullable=False, server_default=""),
    Column("text_hash", String(64), nullable=False, unique=True),
    Column("origin", String(32), nullable=False, server_default=""),
    Column("added_at", DateTime(timezone=True), nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("event_date", Date, nullable=False),
    Column("time_precision", Integer, nullable=False),
    Column("event_type", Text, nullable=False),
    Column("sub_event_type", Text, nullable=False),
    Column("actor1", Text, nullable=False),
    Column("assoc_actor_1", Text, nullable=False, server_default=""),
    Column("inter1", Integer, nullable=True),
    Column("actor2", Text, nullable=False, server_default=""),
    Column("assoc_actor_2", Text, nullable=False, server_default=""),
    Column("inter2", Integer, nullable=True),
    Column("interaction", Integer, nullable=True),
    Column("civilian_targeting", Text, nullable=False, server_default=""),
    Column("country", Text, nullable=False),
    Column("admin1", Text, nullable=False, server_default=""),
    Column("admin2", Text, nullable=False, server_default=""),
    Column("location", Text, nullable=False),
    Column("latitude", Float, nullable=False),
    Column("longitude", Float, nullable=False),
    Column("geo_precision", Integer, nullable=False),
    Column("fatalities", Integer, nullable=False),
    Column("notes", Text, nullable=False, server_default=""),
    Column("fatalities_low", Integer, nullable=False),
    Column("fatalities_best", Integer, nullable=False),
    Column("fatalities_high", Integer, nullable=False),
    Column("status", String(32), nullable=False),
    Column("origin", String(16), nullable=False),
    Column("external_id", String(64), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # the position's quarter-degree cell, for near pages (0104_geo_cells, store.geocell)
    Column("geo_cell", Integer, Computed(grid_cell(column("latitude"), column("longitude")))),
    UniqueConstraint("origin", "external_id", name="uq_events_origin_external_id"),
    Index("ix_events_event_date", "event_date"),
    Index("ix_events_country_date", "country", "event_date"),
    Index("ix_events_admin1", "admin1"),
    Index("ix_events_location", "location"),
    Index("ix_events_event_type", "event_type"),
    # covering a near page: date, id and status too (0103_covering_geo_index)
    Index("ix_events_lat_lon", "latitude", "longitude", "event_date", "id", "status"),
)
# a near page reads each covering cell newest first; the rest makes it a covering index
Index(
    "ix_events_cell_date",
    events.c.geo_cell,
    events.c.event_date.desc(),
    events.c.id,
    events.c.status,
    events.c.latitude,
    events.c.longitude,
)

event_sources = Table(
    "event_sources",
    metadata,
    Column("article_id", String(40), ForeignKey("articles.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("event_id", String(80), ForeignKey("events.id"), nullable=False),
    Column("score", Float, nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("record", JSON, nullable=False),
    Column("evidence", JSON, nullable=False),
    Column("claims", JSON, nullable=False),
    PrimaryKeyConstraint("article_id", "position", name="pk_event_sources"),
    Index("ix_event_sources_event_id", "event_id"),
)

# Each actor an event names, on either side, associated actors included (0106): the
# actor filter reads it for the few events of a rare actor instead of scanning them all.
event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", String(80), ForeignKey("events.id"), nullable=False),
    Column("name", Text, nullable=False),
    PrimaryKeyConstraint("event_id", "name", name="pk_event_actors"),
    Index("ix_event_actors_name", "name", "event_id"),
)

# Every actor name the events use (the actor filter matches its text against these).
actors = Table(
    "actors",
    metadata,
    Column("name", Text, primary_key=True),
    Column("inter", Integer, nullable=True),
)

places = Table(
    "places",
    metadata,
    Column("country", Text, nullable=False),
    Column("admin1", Text, nullable=False),
    Column("admin2", Text, nullable=False),
    Column("location", Text, nullable=False),
    Column("latitude", Float, nullable=False),
    Column("longitude", Float, nullable=False),
    Column("geo_precision", Integer, nullable=False),
    PrimaryKeyConstraint("country", "admin1", "admin2", "location", name="pk_places"),
)

# API tokens of the web API (sahelwatch.web.tokens): only a SHA-256 of each token is kept.
api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False, server_default=""),
    Column("hint", String(16), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)

# Indexes for the web API's queries (migration 0003_query_indexes): the store filters text
# case-insensitively, so the indexes are on lower(column), then the date (the sort order).
for _name, _column in (
    ("ix_events_lower_country_date", events.c.country),
    ("ix_events_lower_admin1_date", events.c.admin1),
    ("ix_events_lower_location_date", events.c.location),
    ("ix_events_lower_type_date", events.c.event_type),
):
    # status (0102_status_in_query_indexes): every query hides unverified events, and
    # with it in the index a count needs no table lookups
    Index(
        _name,
        func.lower(_column),
        events.c.event_date,
        events.c.status,
        postgresql_include=[_column.name],
    )
# the aggregates' covering indexes, status last (0105_status_in_aggregate_indexes)
_c = events.c
Index("ix_events_date_type_fatalities", _c.event_date, _c.event_type, _c.fatalities, _c.status)
Index("ix_events_actor1_date_fatalities", _c.actor1, _c.event_date, _c.fatalities, _c.status)
Index("ix_events_actor2_date_fatalities", _c.actor2, _c.event_date, _c.fatalities, _c.status)

# Watches, alerts, deliveries and reports from the ground (sahelwatch.alerts, migration
# 0101_alerts). Unique constraints carry the exactly-once rules: one alert per (watch, key),
# one delivery per (alert, channel, target, notice, revision).
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
