"""Every public page of the web app, with reports from the ground stored: no reporter
contact anywhere, and no unverified event counted, listed or mapped."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient

from sahelwatch.alerts import state
from sahelwatch.alerts.delivery import DeliveryConfig
from sahelwatch.alerts.reports import ReportIn, moderate, submit_report
from sahelwatch.alerts.service import run_alerts
from sahelwatch.alerts.watches import Site, Watch
from sahelwatch.store import Store
from sahelwatch.web.app import WebConfig, create_app
from sahelwatch.web.tokens import create_token

NOW = dt.datetime(2024, 5, 8, 9, 0, tzinfo=dt.UTC)
CONTACT = "reporter-7f3a@example.org"
PARAMS = {"/api/stats/compare": {"at": "2024-05-01"}}


def clock() -> dt.datetime:
    return NOW


def _seed(store: Store) -> tuple[str, str]:
    """An accepted report at Boni and an unverified one at Nampala; returns their events."""
    accepted = submit_report(
        store,
        ReportIn(
            "Gunmen attacked the village of Boni this morning, killing four civilians.",
            reported_on=dt.date(2024, 5, 7),
            contact=CONTACT,
        ),
        clock=clock,
    )
    moderate(store, accepted.id, "accept", clock=clock)
    pending = submit_report(
        store,
        ReportIn(
            "Soldiers clashed with militants in Nampala on Tuesday, killing two soldiers.",
            reported_on=dt.date(2024, 5, 7),
            contact=CONTACT,
        ),
        clock=clock,
    )
    assert pending.status == "unverified" and pending.event_ids
    sites = (Site("Boni", 15.04, -1.97), Site("Nampala", 15.28, -5.55))
    state.save_watches(store.engine, [Watch("both", "proximity", sites=sites)], NOW, False)
    run_alerts(store, config=DeliveryConfig(tries_per_run=0), clock=clock)
    return accepted.event_ids[0], pending.event_ids[0]


def _public_paths(client: TestClient, event_id: str) -> list[str]:
    """Every GET path of the OpenAPI document (every data endpoint), and the dashboard."""
    paths = ["/"]
    for path, operations in client.get("/openapi.json").json()["paths"].items():
        if "get" not in operations or path in ("/api/reports", "/api/watches"):
            continue  # moderators only (token)
        paths.append(path.replace("{event_id}", event_id))
    return paths


def test_public_endpoints_show_no_contact_and_no_unverified_event(store: Store) -> None:
    accepted, pending = _seed(store)
    with TestClient(create_app(store, WebConfig())) as client:
        paths = _public_paths(client, accepted)
        assert {"/api/events", "/api/events.geojson", "/alerts.atom", "/api/alerts"} <= set(paths)
        assert f"/api/events/{accepted}" in paths and "/report" in paths
        for path in paths:
            response = client.get(path, params=PARAMS.get(path, {}))
            assert response.status_code == 200, (path, response.text[:300])
            assert CONTACT not in response.text, path
            assert pending not in response.text and "Nampala" not in response.text, path
        assert client.get(f"/api/events/{pending}").status_code == 404
        events = client.get("/api/events").json()
        assert [e["event_id"] for e in events["events"]] == [accepted]
        assert events["events"][0]["status"] == "confirmed"


def test_moderators_see_contacts_with_a_token(store: Store) -> None:
    _seed(store)
    _, secret = create_token(store.engine, "moderator")
    with TestClient(create_app(store, WebConfig())) as client:
        assert client.get("/api/reports").status_code == 401
        listed = client.get("/api/reports", headers={"Authorization": f"Bearer {secret}"})
        assert listed.status_code == 200 and CONTACT in listed.text
        posted = client.post(
            "/api/reports",
            json={"text": "Gunmen attacked Boni again.", "contact": CONTACT},
            headers={"Authorization": f"Bearer {secret}"},
        )
        assert posted.status_code == 201 and CONTACT not in posted.text
    with TestClient(create_app(store, WebConfig(open_reports=True))) as client:
        anonymous = client.post("/api/reports", json={"text": "Shots fired in Boni."})
        assert anonymous.status_code == 201
