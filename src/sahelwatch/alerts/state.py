"""Persistent alert state: watches, alerts, deliveries and their log (SQLAlchemy Core).

Every write here is idempotent by construction: inserts go through unique constraints
with ``ON CONFLICT DO NOTHING``, and a delivery is claimed with a conditional UPDATE before
it is sent, so two runners (or a restarted one) never send the same notice twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Engine, Table, and_, delete, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from sahelwatch.alerts.delivery import DeliveryConfig, Outcome, retry_delay
from sahelwatch.alerts.evaluate import Firing
from sahelwatch.alerts.schema import alert_deliveries, alerts, delivery_log, watches
from sahelwatch.alerts.watches import Watch, WatchError, watch_from_dict

# A claimed ("sending") delivery whose runner died is retried after this long.
CLAIM_LEASE = dt.timedelta(minutes=10)


def insert_ignore(
    conn: Connection, table: Table, values: Mapping[str, Any], keys: list[str]
) -> bool:
    """INSERT unless a row with the same unique ``keys`` exists; True if inserted."""
    module: Any = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = module.insert(table).values(**values).on_conflict_do_nothing(index_elements=keys)
    # RETURNING, not rowcount: drivers disagree on rowcount for INSERT .. ON CONFLICT.
    return conn.execute(stmt.returning(*[table.c[k] for k in keys])).first() is not None


# --- watches -------------------------------------------------------------------------


def save_watches(engine: Engine, items: Sequence[Watch], now: dt.datetime, replace: bool) -> None:
    """Store watches; an existing name is an error unless ``replace``."""
    with engine.begin() as conn:
        for watch in items:
            exists = conn.execute(select(watches.c.name).where(watches.c.name == watch.name))
            if exists.first() is not None:
                if not replace:
                    raise WatchError(
                        f"watch {watch.name!r} exists; remove it first or pass --replace"
                    )
                conn.execute(delete(watches).where(watches.c.name == watch.name))
            row = {"name": watch.name, "kind": watch.kind, "spec": watch.to_dict()}
            conn.execute(watches.insert().values(**row, created_at=now))


def load_watches(engine: Engine) -> list[Watch]:
    with engine.connect() as conn:
        rows = conn.execute(select(watches.c.spec).order_by(watches.c.name)).all()
    return [watch_from_dict(row.spec) for row in rows]


def remove_watch(engine: Engine, name: str) -> bool:
    with engine.begin() as conn:
        return bool(conn.execute(delete(watches).where(watches.c.name == name)).rowcount)


# --- alerts and deliveries -------------------------------------------------------------


def _targets(watch: Watch) -> list[tuple[str, str]]:
    return [("webhook", url) for url in watch.webhooks] + [("email", a) for a in watch.emails]


def _queue(
    conn: Connection, alert_id: int, watch: Watch, *, notice: str, revision: int, now: dt.datetime
) -> None:
    for channel, target in _targets(watch):
        values = {
            "alert_id": alert_id,
            "channel": channel,
            "target": target,
            "notice": notice,
            "revision": revision,
            "status": "pending",
            "attempts": 0,
            "next_attempt_at": now,
            "last_error": "",
        }
        insert_ignore(
            conn, alert_deliveries, values, ["alert_id", "channel", "target", "notice", "revision"]
        )


def record_firings(
    engine: Engine,
    by_name: Mapping[str, Watch],
    firings: Iterable[Firing],
    source_counts: Mapping[str, int],
    now: dt.datetime,
) -> list[int]:
    """Store new alerts and queue their deliveries; returns the ids of the new alerts.

    A firing already stored is ignored, except that an event with more sources than when
    it was last told queues an "update" notice (once per source count).
    """
    created: list[int] = []
    with engine.begin() as conn:
        for firing in firings:
            watch = by_name[firing.watch]
            count = source_counts.get(firing.event_id or "", 0)
            values = {
                "watch": firing.watch,
                "key": firing.key,
                "event_id": firing.event_id,
                "title": firing.title,
                "reasons": list(firing.reasons),
                "revision": count,
                "created_at": now,
                "updated_at": now,
            }
            inserted = insert_ignore(conn, alerts, values, ["watch", "key"])
            row = conn.execute(
                select(alerts.c.id, alerts.c.revision).where(
                    alerts.c.watch == firing.watch, alerts.c.key == firing.key
                )
            ).one()
            if inserted:
                created.append(int(row.id))
                _queue(conn, row.id, watch, notice="alert", revision=count, now=now)
    return created


def note_updates(
    engine: Engine, by_name: Mapping[str, Watch], source_counts: Mapping[str, int], now: dt.datetime
) -> list[int]:
    """Queue an "update" notice for alerts whose event gained sources; returns alert ids."""
    updated: list[int] = []
    if not source_counts:
        return updated
    with engine.begin() as conn:
        rows = conn.execute(
            select(alerts.c.id, alerts.c.watch, alerts.c.event_id, alerts.c.revision).where(
                alerts.c.event_id.in_(list(source_counts))
            )
        ).all()
        for row in rows:
            count = source_counts[row.event_id]
            watch = by_name.get(row.watch)
            if watch is None or count <= row.revision:
                continue
            conn.execute(
                update(alerts).where(alerts.c.id == row.id).values(revision=count, updated_at=now)
            )
            _queue(conn, row.id, watch, notice="update", revision=count, now=now)
            updated.append(int(row.id))
    return updated


def due_deliveries(engine: Engine, now: dt.datetime) -> list[Any]:
    """Pending deliveries whose time has come, and claims older than the lease."""
    stale = now - CLAIM_LEASE
    query = (
        select(alert_deliveries)
        .where(
            or_(
                and_(
                    alert_deliveries.c.status == "pending",
                    alert_deliveries.c.next_attempt_at <= now,
                ),
                and_(alert_deliveries.c.status == "sending", alert_deliveries.c.claimed_at < stale),
            )
        )
        .order_by(alert_deliveries.c.id)
    )
    with engine.connect() as conn:
        return list(conn.execute(query).all())


def claim(engine: Engine, row: Any, now: dt.datetime) -> bool:
    """Mark the delivery as being sent, unless another runner got there first."""
    with engine.begin() as conn:
        result = conn.execute(
            update(alert_deliveries)
            .where(
                alert_deliveries.c.id == row.id,
                alert_deliveries.c.status == row.status,
                alert_deliveries.c.attempts == row.attempts,
            )
            .values(status="sending", claimed_at=now)
        )
        return bool(result.rowcount == 1)


def log_attempt(
    engine: Engine,
    delivery_id: int,
    *,
    attempt: int,
    outcome: Outcome,
    now: dt.datetime,
    config: DeliveryConfig,
    final: bool,
) -> str:
    """Log one attempt and move the delivery on; returns its new status."""
    if outcome.ok:
        status = "delivered"
    elif outcome.permanent or attempt >= config.max_attempts:
        status = "failed"
    else:
        status = "sending" if not final else "pending"
    values: dict[str, Any] = {
        "attempts": attempt,
        "last_error": "" if outcome.ok else outcome.detail,
    }
    values["status"] = status
    if status == "delivered":
        values["delivered_at"] = now
    if status == "pending":
        values["next_attempt_at"] = now + dt.timedelta(seconds=retry_delay(config, attempt))
    with engine.begin() as conn:
        conn.execute(
            delivery_log.insert().values(
                delivery_id=delivery_id,
                attempt=attempt,
                at=now,
                ok=int(outcome.ok),
                status_code=outcome.status,
                detail=outcome.detail,
            )
        )
        conn.execute(
            update(alert_deliveries).where(alert_deliveries.c.id == delivery_id).values(**values)
        )
    return status


def delivery_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(alert_deliveries.c.status, func.count()).group_by(alert_deliveries.c.status)
        ).all()
    return {str(status): int(count) for status, count in rows}
