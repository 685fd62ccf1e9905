"""Running watches and delivering their alerts: the entry points the CLI, API and ingest use.

``evaluate_after_ingest(store, event_ids)`` is the hook the ingest command calls
after each stored article; ``run_alerts`` is ``sahelwatch alerts run``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sahelwatch.alerts import history, state
from sahelwatch.alerts.delivery import DeliveryConfig, Notice, retry_delay, send
from sahelwatch.alerts.evaluate import Firing, HistoryEvent, evaluate
from sahelwatch.alerts.watches import Watch

if TYPE_CHECKING:
    from sahelwatch.store import Store

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
Sleeper = Callable[[float], None]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class RunReport:
    """What one evaluation did."""

    watches: int
    candidates: int
    alerts_created: tuple[int, ...] = ()
    updates: tuple[int, ...] = ()
    deliveries: Mapping[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        done = ", ".join(f"{n} {s}" for s, n in sorted(self.deliveries.items())) or "none"
        return (
            f"{self.watches} watches over {self.candidates} events: "
            f"{len(self.alerts_created)} new alerts, {len(self.updates)} updates; "
            f"deliveries: {done}"
        )


def fire(
    store: Store,
    items: Sequence[Watch],
    candidates: Sequence[HistoryEvent],
    now: dt.datetime,
) -> tuple[list[int], list[int]]:
    """Evaluate ``items`` over ``candidates``, store alerts; (new alert ids, updated ids)."""
    by_name = {w.name: w for w in items}
    past = history.history_for(store.engine, items, candidates) if candidates else []
    # The candidates are in the history window by construction; the union guards the
    # case where a candidate is dated after the window (it cannot be, but cheaply).
    seen = {e.event_id for e in past}
    full = past + [c for c in candidates if c.event_id not in seen]
    first = history.data_start(store.engine)
    firings: list[Firing] = []
    for watch in items:
        firings.extend(evaluate(watch, full, candidates, first))
    ids = {c.event_id for c in candidates} | {f.event_id for f in firings if f.event_id}
    counts = history.source_counts(store.engine, ids)
    created = state.record_firings(store.engine, by_name, firings, counts, now)
    updated = state.note_updates(store.engine, by_name, counts, now)
    return created, updated


def _notice(store: Store, row: Any, alert: Any) -> Notice:
    event: dict[str, Any] | None = None
    if alert.event_id:
        stored = store.get_event(alert.event_id)
        event = stored.to_record() if stored is not None else None
    payload = {
        "alert_id": alert.id,
        "watch": alert.watch,
        "key": alert.key,
        "notice": row.notice,
        "revision": row.revision,
        "title": alert.title,
        "reasons": list(alert.reasons),
        "created_at": alert.created_at.isoformat(),
        "event": event,
    }
    return Notice(alert.id, alert.watch, row.notice, alert.title, payload)


def dispatch(
    store: Store,
    config: DeliveryConfig,
    *,
    clock: Clock = utc_now,
    sleep: Sleeper = time.sleep,
) -> dict[str, int]:
    """Send every due delivery, retrying with exponential backoff; counts by final status."""
    from sqlalchemy import select

    from sahelwatch.alerts.schema import alerts

    outcome_counts: dict[str, int] = {}
    if config.tries_per_run < 1:
        return outcome_counts
    for row in state.due_deliveries(store.engine, clock()):
        if not state.claim(store.engine, row, clock()):
            continue
        with store.engine.connect() as conn:
            alert = conn.execute(select(alerts).where(alerts.c.id == row.alert_id)).one()
        notice = _notice(store, row, alert)
        attempt, status = row.attempts, "sending"
        for tried in range(1, config.tries_per_run + 1):
            attempt += 1
            outcome = send(row.channel, row.target, notice, config)
            final = tried == config.tries_per_run
            status = state.log_attempt(
                store.engine, row.id, attempt=attempt, outcome=outcome, now=clock(),
                config=config, final=final,
            )  # fmt: skip
            if status != "sending":
                break
            sleep(retry_delay(config, attempt))
        if status != "delivered":
            log.warning("%s delivery to %s: %s", row.channel, row.target, status)
        outcome_counts[status] = outcome_counts.get(status, 0) + 1
    return outcome_counts


def run_alerts(
    store: Store,
    *,
    event_ids: Iterable[str] | None = None,
    since: dt.date | None = None,
    config: DeliveryConfig | None = None,
    clock: Clock = utc_now,
    sleep: Sleeper = time.sleep,
) -> RunReport:
    """Evaluate the stored watches (over ``event_ids``, or every event since ``since``),
    then deliver what is due. Safe to repeat: nothing fires or is delivered twice."""
    items = state.load_watches(store.engine)
    if event_ids is not None:
        candidates = history.load_events(store.engine, event_ids)
    else:
        candidates = history.load_window(store.engine, since, None)
    created, updated = fire(store, items, candidates, clock()) if items else ([], [])
    delivered = dispatch(store, config or DeliveryConfig(), clock=clock, sleep=sleep)
    return RunReport(len(items), len(candidates), tuple(created), tuple(updated), delivered)


def evaluate_after_ingest(
    store: Store,
    event_ids: Sequence[str],
    *,
    config: DeliveryConfig | None = None,
    clock: Clock = utc_now,
    sleep: Sleeper = time.sleep,
) -> RunReport:
    """The ingest hook: corroborate matching reports from the ground, evaluate the watches
    over the events just created or merged, and deliver. SMTP comes from the environment
    (``SAHELWATCH_SMTP_*``) unless ``config`` is given."""
    from sahelwatch.alerts.reports import corroborate

    corroborate(store, event_ids, clock())
    if config is None:
        config = DeliveryConfig.from_env(os.environ)
    return run_alerts(store, event_ids=event_ids, config=config, clock=clock, sleep=sleep)
