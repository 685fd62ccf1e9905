"""Watches over a real store (SQLite and PostgreSQL): firing, exactly-once delivery,
retries with backoff, update notices, restarts."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select

from sahelwatch.alerts import state
from sahelwatch.alerts.delivery import DeliveryConfig, SmtpConfig
from sahelwatch.alerts.schema import alert_deliveries, alerts, delivery_log
from sahelwatch.alerts.service import evaluate_after_ingest, run_alerts
from sahelwatch.alerts.watches import read_watch_file
from sahelwatch.settings import Settings
from sahelwatch.store import Store
from tests.alerts_receivers import smtp_server, webhook_receiver
from tests.alerts_store import DAY0, JNIM, add, make_event


class PinnedClock:
    """A clock that only moves when told to, and a sleeper that moves it."""

    def __init__(self) -> None:
        self.now = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
        self.slept: list[float] = []

    def __call__(self) -> dt.datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += dt.timedelta(seconds=seconds)


WATCHES = """
[[watch]]
name = "bandiagara-camp"
kind = "proximity"
radius_km = 10
sites = [{{name = "Camp", lat = 14.36, lon = -3.62}}]
webhooks = ["{hook}"]
emails = ["ops@example.org"]

[[watch]]
name = "spread"
kind = "spread"
quiet_days = 60

[[watch]]
name = "surge"
kind = "surge"
regions = ["Mopti"]

[[watch]]
name = "newcomers"
kind = "new_actor"
quiet_days = 60
regions = ["Segou"]
"""


def _history(store: Store) -> dict[str, str]:
    """20 steady weeks in Mopti and Segou; then planted signals. Returns name -> event id."""
    firsts: dict[str, str] = {}
    for week in range(20):
        firsts.setdefault("first_mopti", add(store, make_event("Mopti", week * 7 + 1)))
        firsts.setdefault("first_segou", add(store, make_event("Nampala", week * 7 + 2)))
    ids = {
        **firsts,
        "bandiagara": add(store, make_event("Bandiagara", 141)),  # week 20: Mopti surges
        "goundam": add(store, make_event("Goundam", 100)),  # Tombouctou: first ever
        "jnim": add(store, make_event("Niono", 120, actor1=JNIM, inter1=2)),  # new in Segou
    }
    for n, day in enumerate((142, 144, 146)):
        ids[f"surge{n}"] = add(store, make_event("Boni", day))
    add(store, make_event("Mopti", 143, event_type="Protests", sub_event_type="Peaceful protest"))
    return ids


def _watch_file(tmp_path: Path, hook: str) -> Path:
    path = tmp_path / "watches.toml"
    path.write_text(WATCHES.format(hook=hook))
    return path


def test_each_kind_fires_on_a_stored_history(store: Store, tmp_path: Path) -> None:
    ids = _history(store)
    clock = PinnedClock()
    state.save_watches(
        store.engine, read_watch_file(_watch_file(tmp_path, "http://x")), clock(), False
    )
    no_delivery = DeliveryConfig(tries_per_run=0)
    report = run_alerts(store, config=no_delivery, clock=clock, sleep=clock.sleep)
    with store.engine.connect() as conn:
        rows = conn.execute(select(alerts.c.watch, alerts.c.key, alerts.c.event_id)).all()
    by_watch: dict[str, set[str]] = {}
    for watch, key, _ in rows:
        by_watch.setdefault(watch, set()).add(key)
    assert by_watch["bandiagara-camp"] == {ids["bandiagara"]}
    # The first violent event in Mopti, in Segou, and Tombouctou's after 60+ quiet days.
    assert by_watch["spread"] == {ids["first_mopti"], ids["first_segou"], ids["goundam"]}
    week20 = (DAY0 + dt.timedelta(weeks=20)).isoformat()
    assert by_watch["surge"] == {f"Mopti|{week20}"}
    # Segou only: the army and the unidentified group at first, then JNIM.
    assert by_watch["newcomers"] == {ids["first_segou"], ids["jnim"]}
    assert len(report.alerts_created) == len(rows)


def test_delivery_is_exactly_once_across_restarts(db_url: str, tmp_path: Path) -> None:
    clock = PinnedClock()
    with webhook_receiver() as hook, smtp_server() as mailbox:
        config = DeliveryConfig(smtp=SmtpConfig(mailbox.host, mailbox.port), timeout_s=5)
        with Store.open(Settings(db_url), clock=clock) as store:
            state.save_watches(
                store.engine, read_watch_file(_watch_file(tmp_path, hook.url)), clock(), False
            )
            event_id = add(store, make_event("Bandiagara", 10))
            first = evaluate_after_ingest(
                store, [event_id], config=config, clock=clock, sleep=clock.sleep
            )
        assert first.deliveries == {"delivered": 2}
        assert len(hook.bodies) == 1 and len(mailbox.messages) == 1
        assert hook.bodies[0]["event"]["event_id"] == event_id
        assert hook.bodies[0]["notice"] == "alert"

        # "Restart": a new process opens the same database and runs everything again.
        with Store.open(Settings(db_url), clock=clock) as store:
            again = run_alerts(store, config=config, clock=clock, sleep=clock.sleep)
            again_hook = evaluate_after_ingest(
                store, [event_id], config=config, clock=clock, sleep=clock.sleep
            )
            assert again.alerts_created == () and again.deliveries == {}
            assert again_hook.alerts_created == () and again_hook.deliveries == {}
            assert len(hook.bodies) == 1 and len(mailbox.messages) == 1

            # A second outlet reports the same event: one update notice, not a new alert.
            merged = add(store, make_event("Bandiagara", 10), tag="Second outlet: ")
            assert merged == event_id
            update = evaluate_after_ingest(
                store, [event_id], config=config, clock=clock, sleep=clock.sleep
            )
            assert update.alerts_created == () and len(update.updates) == 2  # proximity, spread
        assert [b["notice"] for b in hook.bodies] == ["alert", "update"]
        assert hook.bodies[1]["revision"] == 2 and len(hook.bodies[1]["event"]["sources"]) == 2
        assert mailbox.messages[1]["Subject"].startswith("[sahelwatch update]")
        with Store.open(Settings(db_url), clock=clock) as store:
            run_alerts(store, config=config, clock=clock, sleep=clock.sleep)
        assert len(hook.bodies) == 2 and len(mailbox.messages) == 2


def _one_alert(store: Store, tmp_path: Path, hook: str) -> None:
    item = replace(read_watch_file(_watch_file(tmp_path, hook))[0], emails=())
    state.save_watches(store.engine, [item], dt.datetime(2024, 6, 1, tzinfo=dt.UTC), False)
    add(store, make_event("Bandiagara", 10))


def _log(store: Store) -> list[tuple[int, int, int | None]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(delivery_log.c.attempt, delivery_log.c.ok, delivery_log.c.status_code).order_by(
                delivery_log.c.id
            )
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def test_webhook_retries_with_exponential_backoff(store: Store, tmp_path: Path) -> None:
    clock = PinnedClock()
    with webhook_receiver([500, 503]) as hook:
        _one_alert(store, tmp_path, hook.url)
        config = DeliveryConfig(base_delay_s=2.0, tries_per_run=3, timeout_s=5)
        report = run_alerts(store, config=config, clock=clock, sleep=clock.sleep)
    assert report.deliveries.get("delivered") == 1
    assert clock.slept == [2.0, 4.0]
    assert _log(store)[:3] == [(1, 0, 500), (2, 0, 503), (3, 1, 200)]
    assert len(hook.requests) == 3
    keys = {headers["Idempotency-Key"] for headers, _ in hook.requests}
    assert len(keys) == 1  # the receiver can tell retries from new alerts


def test_backoff_carries_over_between_runs(store: Store, tmp_path: Path) -> None:
    clock = PinnedClock()
    with webhook_receiver([500, 500]) as hook:
        _one_alert(store, tmp_path, hook.url)
        config = DeliveryConfig(base_delay_s=60.0, tries_per_run=1, max_attempts=5, timeout_s=5)
        run_alerts(store, config=config, clock=clock, sleep=clock.sleep)
        clock.now += dt.timedelta(seconds=30)  # too early: the next try is due after 60 s
        assert run_alerts(store, config=config, clock=clock, sleep=clock.sleep).deliveries == {}
        clock.now += dt.timedelta(seconds=31)
        run_alerts(store, config=config, clock=clock, sleep=clock.sleep)  # second failure
        clock.now += dt.timedelta(seconds=119)
        assert run_alerts(store, config=config, clock=clock, sleep=clock.sleep).deliveries == {}
        clock.now += dt.timedelta(seconds=2)
        done = run_alerts(store, config=config, clock=clock, sleep=clock.sleep)
    assert done.deliveries == {"delivered": 1}
    assert clock.slept == [] and len(hook.requests) == 3


def test_permanent_failure_and_attempt_cap(store: Store, tmp_path: Path) -> None:
    clock = PinnedClock()
    with webhook_receiver([404]) as hook:
        _one_alert(store, tmp_path, hook.url)
        report = run_alerts(
            store, config=DeliveryConfig(timeout_s=5), clock=clock, sleep=clock.sleep
        )
        assert report.deliveries == {"failed": 1} and len(hook.requests) == 1
        assert (
            run_alerts(store, config=DeliveryConfig(), clock=clock, sleep=clock.sleep).deliveries
            == {}
        )
    with store.engine.connect() as conn:
        last_error = conn.execute(select(alert_deliveries.c.last_error)).scalar_one()
    assert "HTTP 404" in last_error


def test_a_claimed_delivery_is_not_sent_by_a_second_runner(store: Store, tmp_path: Path) -> None:
    clock = PinnedClock()
    _one_alert(store, tmp_path, "http://127.0.0.1:9/never")
    run_alerts(store, config=DeliveryConfig(tries_per_run=0), clock=clock, sleep=clock.sleep)
    (row,) = state.due_deliveries(store.engine, clock())
    assert state.claim(store.engine, row, clock())
    assert not state.claim(store.engine, row, clock())  # the other runner loses
    assert state.due_deliveries(store.engine, clock()) == []
    clock.now += state.CLAIM_LEASE + dt.timedelta(seconds=1)
    assert len(state.due_deliveries(store.engine, clock())) == 1  # the first runner died


def test_ingest_hook_evaluates_only_the_new_events(store: Store, tmp_path: Path) -> None:
    clock = PinnedClock()
    old = add(store, make_event("Bandiagara", 3))
    item = read_watch_file(_watch_file(tmp_path, "http://127.0.0.1:9/"))[0]
    state.save_watches(store.engine, [item], clock(), False)
    new = add(store, make_event("Bandiagara", 30))
    config = DeliveryConfig(tries_per_run=0)
    evaluate_after_ingest(store, [new], config=config, clock=clock, sleep=clock.sleep)
    with store.engine.connect() as conn:
        keys = set(conn.execute(select(alerts.c.key)).scalars())
        count = conn.execute(select(func.count()).select_from(alert_deliveries)).scalar_one()
    assert keys == {new} and old not in keys and count == 2  # webhook + e-mail


def test_two_runners_at_once_deliver_once(db_url: str, tmp_path: Path) -> None:
    clock = PinnedClock()
    with webhook_receiver() as hook:
        with Store.open(Settings(db_url), clock=clock) as store:
            items = [
                replace(w, emails=()) for w in read_watch_file(_watch_file(tmp_path, hook.url))
            ]
            state.save_watches(store.engine, items, clock(), False)
            for day in (10, 20, 30):
                add(store, make_event("Bandiagara", day))
        barrier = threading.Barrier(3)
        errors: list[BaseException] = []

        def runner() -> None:
            try:
                with Store.open(Settings(db_url), clock=clock) as own:
                    barrier.wait(timeout=30)
                    run_alerts(
                        own, config=DeliveryConfig(timeout_s=5), clock=clock, sleep=clock.sleep
                    )
            except BaseException as error:  # reported below
                errors.append(error)

        threads = [threading.Thread(target=runner) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    keys = [headers["Idempotency-Key"] for headers, _ in hook.requests]
    assert len(keys) == 3 and len(set(keys)) == 3  # one POST per alert, none twice
