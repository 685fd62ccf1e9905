"""Reading alerts back: the latest ones for ``alerts list`` and the Atom feed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select

from sahelwatch.alerts.atom import FeedEntry, render_atom
from sahelwatch.alerts.schema import alerts


def latest_alerts(engine: Engine, limit: int = 50) -> list[FeedEntry]:
    query = select(alerts).order_by(alerts.c.updated_at.desc(), alerts.c.id.desc()).limit(limit)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return [
        FeedEntry(
            alert_id=row.id,
            watch=row.watch,
            title=row.title,
            summary="; ".join(row.reasons),
            event_id=row.event_id,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )
        for row in rows
    ]


def atom_feed(engine: Engine, base_url: str, now: dt.datetime, limit: int = 100) -> str:
    return render_atom(latest_alerts(engine, limit), base_url, now)
