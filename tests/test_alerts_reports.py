"""Reports from the ground: unverified until corroborated or accepted; contacts private."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from sahelwatch.alerts import state
from sahelwatch.alerts.delivery import DeliveryConfig
from sahelwatch.alerts.reports import (
    ReportIn,
    ReportNotFoundError,
    corroborate,
    list_reports,
    moderate,
    submit_report,
)
from sahelwatch.alerts.schema import alerts
from sahelwatch.alerts.service import evaluate_after_ingest, run_alerts
from sahelwatch.alerts.watches import Site, Watch
from sahelwatch.errors import InputError
from sahelwatch.settings import Settings
from sahelwatch.store import EventFilter, Store, export_events
from tests.alerts_store import add, make_event

NOW = dt.datetime(2024, 5, 8, 9, 0, tzinfo=dt.UTC)
CONTACT = "+223 70 00 00 00 / amadou@example.org"
BONI = ReportIn(
    text="Gunmen attacked the village of Boni this morning, killing four civilians.",
    reported_on=dt.date(2024, 5, 7),
    contact=CONTACT,
)


def clock() -> dt.datetime:
    return NOW


def _news_about_boni(store: Store) -> str:
    """An independent outlet reports the same attack (what the extractor gives for it)."""
    return add(
        store,
        make_event(
            "Boni",
            0,
            event_date=dt.date(2024, 5, 7),
            event_type="Violence against civilians",
            sub_event_type="Attack",
            actor1="Unidentified Armed Group (Mali)",
            inter1=3,
            actor2="Civilians (Mali)",
            inter2=7,
            fatalities=4,
        ),
        origin="rss",
    )


def _public_ids(store: Store) -> set[str]:
    return {e.event_id for e in store.query_events(EventFilter()).events}


def test_a_report_is_extracted_and_held_unverified(store: Store) -> None:
    report = submit_report(store, BONI, clock=clock)
    assert report.status == "unverified" and len(report.event_ids) == 1
    (event_id,) = report.event_ids
    stored = store.get_event(event_id)
    assert stored is not None and stored.to_record()["status"] == "unverified"
    assert stored.to_record()["location"] == "Boni"
    assert event_id not in _public_ids(store)
    assert store.query_events(EventFilter()).total == 0
    held = store.query_events(EventFilter(status="unverified")).events  # for moderators
    assert [e.event_id for e in held] == [event_id]


def test_place_given_apart_from_the_text(store: Store) -> None:
    text = "Gunmen attacked our village this morning, killing four civilians."
    report = submit_report(
        store, ReportIn(text, place="Boni", reported_on=dt.date(2024, 5, 7)), clock=clock
    )
    (event_id,) = report.event_ids
    stored = store.get_event(event_id)
    assert stored is not None and stored.to_record()["location"] == "Boni"


def test_an_independent_source_corroborates_the_report(db_url: str) -> None:
    with Store.open(Settings(db_url), clock=clock) as store:
        report = submit_report(store, BONI, clock=clock)
        (event_id,) = report.event_ids
        news = _news_about_boni(store)
        assert news == event_id  # the store's merge matching joined them
        assert event_id not in _public_ids(store)  # until the ingest hook has run
        evaluate_after_ingest(store, [news], config=DeliveryConfig(tries_per_run=0), clock=clock)
        assert event_id in _public_ids(store)
        record = store.get_event(event_id)
        assert record is not None and record.to_record()["status"] == "corroborated"
        (after,) = list_reports(store)
        assert after.status == "corroborated"


def test_a_report_matching_a_stored_event_is_corroborated_at_once(store: Store) -> None:
    news = _news_about_boni(store)
    report = submit_report(store, BONI, clock=clock)
    assert report.event_ids == (news,) and report.status == "corroborated"
    assert news in _public_ids(store)


def test_another_report_does_not_corroborate(store: Store) -> None:
    first = submit_report(store, BONI, clock=clock)
    other = ReportIn(
        "Armed men killed four civilians in Boni this morning.",
        reported_on=dt.date(2024, 5, 7),
        contact="someone else",
    )
    second = submit_report(store, other, clock=clock)
    assert second.event_ids == first.event_ids and second.status == "unverified"
    assert corroborate(store, None, NOW) == []
    assert _public_ids(store) == set()


def test_moderators_accept_and_reject(store: Store) -> None:
    accepted = submit_report(store, BONI, clock=clock)
    other = ReportIn(
        "Soldiers clashed with militants in Nampala on Tuesday, killing two soldiers.",
        reported_on=dt.date(2024, 5, 7),
    )
    rejected = submit_report(store, other, clock=clock)
    assert moderate(store, accepted.id, "accept", clock=clock).status == "accepted"
    assert moderate(store, rejected.id, "reject", note="hoax", clock=clock).note == "hoax"
    public = _public_ids(store)
    assert set(accepted.event_ids) <= public
    assert not set(rejected.event_ids) & public
    assert [r.id for r in list_reports(store, "rejected")] == [rejected.id]
    with pytest.raises(ReportNotFoundError, match="reports list"):
        moderate(store, "r-missing", "accept", clock=clock)
    with pytest.raises(InputError, match="decision"):
        moderate(store, accepted.id, "maybe", clock=clock)


def test_unverified_events_fire_no_watch_until_corroborated(store: Store) -> None:
    watch = Watch("boni", "proximity", sites=(Site("Boni", 15.04, -1.97),), radius_km=20)
    state.save_watches(store.engine, [watch], NOW, False)
    report = submit_report(store, BONI, clock=clock)
    config = DeliveryConfig(tries_per_run=0)
    assert (
        run_alerts(store, event_ids=report.event_ids, config=config, clock=clock).alerts_created
        == ()
    )
    assert run_alerts(store, config=config, clock=clock).alerts_created == ()
    news = _news_about_boni(store)
    fired = evaluate_after_ingest(store, [news], config=config, clock=clock)
    assert len(fired.alerts_created) == 1
    with store.engine.connect() as conn:
        assert conn.execute(select(alerts.c.event_id)).scalars().all() == [news]


def test_bad_reports() -> None:
    with pytest.raises(InputError, match="text: the report is empty"):
        ReportIn("   ").checked()
    with pytest.raises(InputError, match="place"):
        ReportIn("x", place="p" * 501).checked()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson", "table"])
def test_contacts_never_reach_exports(store: Store, fmt: str, tmp_path: Path) -> None:
    report = submit_report(store, BONI, clock=clock)
    moderate(store, report.id, "accept", clock=clock)
    page = store.query_events(EventFilter())
    assert page.total == 1
    stream = io.StringIO()
    export_events(page.events, fmt, stream)
    assert "amadou" not in stream.getvalue() and "+223" not in stream.getvalue()
    parquet = tmp_path / "e.parquet"
    with parquet.open("wb") as binary:
        export_events(page.events, "parquet", binary)
    assert b"amadou" not in parquet.read_bytes()
