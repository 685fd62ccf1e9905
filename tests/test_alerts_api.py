"""HTTP endpoints: Atom feed, watches, reports from the ground, and contact privacy."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from sahelwatch.alerts.api import alerts_router
from sahelwatch.alerts.atom import ATOM_NS
from sahelwatch.alerts.delivery import DeliveryConfig
from sahelwatch.alerts.service import evaluate_after_ingest
from sahelwatch.store import Store
from tests.alerts_store import add, make_event

NOW = dt.datetime(2024, 5, 8, 9, 0, tzinfo=dt.UTC)
TOKEN = "sw_moderator-secret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
REPORT = {
    "text": "Gunmen attacked the village of Boni this morning, killing four civilians.",
    "time": "2024-05-07",
    "contact": "amadou@example.org +223 70",
}


def _client(store: Store, *, open_reports: bool = False, private: bool = False) -> TestClient:
    app = FastAPI()
    router = alerts_router(
        store,
        lambda secret: secret == TOKEN,
        private=private,
        open_reports=open_reports,
        clock=lambda: NOW,
    )
    app.include_router(router)
    return TestClient(app)


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    with _client(store) as test_client:
        yield test_client


def test_posting_a_report_needs_a_token_unless_open(store: Store, client: TestClient) -> None:
    assert client.post("/api/reports", json=REPORT).status_code == 401
    bad = client.post("/api/reports", json=REPORT, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401
    posted = client.post("/api/reports", json=REPORT, headers=AUTH)
    assert posted.status_code == 201
    body = posted.json()
    assert body["status"] == "unverified" and len(body["event_ids"]) == 1
    assert "contact" not in body and "amadou" not in posted.text
    with _client(store, open_reports=True) as open_client:
        other = {**REPORT, "text": "Armed men killed four civilians in Boni this morning."}
        assert open_client.post("/api/reports", json=other).status_code == 201


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ({**REPORT, "time": "yesterday"}, "time"),
        ({**REPORT, "text": "  "}, "text"),
        ({"place": "Boni"}, "text"),
        ({**REPORT, "contact": "x" * 600}, "contact"),
    ],
)
def test_bad_reports_get_a_4xx_naming_the_field(
    client: TestClient, body: dict[str, str], name: str
) -> None:
    response = client.post("/api/reports", json=body, headers=AUTH)
    assert 400 <= response.status_code < 500
    assert name in response.text


def test_moderation_over_http(client: TestClient) -> None:
    report = client.post("/api/reports", json=REPORT, headers=AUTH).json()
    assert client.get("/api/reports").status_code == 401
    listed = client.get("/api/reports", headers=AUTH).json()["reports"]
    assert listed[0]["contact"] == REPORT["contact"]  # moderators may reach the reporter
    boni = (15.08, -2.22)  # where the gazetteer puts the Boni the report names (Douentza)
    watch = {"name": "boni", "kind": "proximity", "point": list(boni), "radius_km": 20}
    client.post("/api/watches", json=watch, headers=AUTH)
    assert client.get("/api/alerts").json()["alerts"] == []
    accepted = client.post(f"/api/reports/{report['id']}/accept", headers=AUTH, json={"note": "ok"})
    assert accepted.status_code == 200 and accepted.json()["status"] == "accepted"
    (alert,) = client.get("/api/alerts").json()["alerts"]  # confirmed now: the watch fired
    assert alert["event_id"] == report["event_ids"][0]
    assert client.post("/api/reports/nope/reject", headers=AUTH).status_code == 404
    assert client.get("/api/reports?status=bogus", headers=AUTH).status_code == 400


def test_watches_over_http(client: TestClient) -> None:
    watch = {"name": "boni", "kind": "proximity", "point": [15.04, -1.97], "radius_km": 20}
    assert client.post("/api/watches", json=watch).status_code == 401
    assert client.post("/api/watches", json=watch, headers=AUTH).status_code == 201
    assert client.post("/api/watches", json=watch, headers=AUTH).status_code == 400  # exists
    bad = client.post("/api/watches", json={**watch, "kind": "nearby"}, headers=AUTH)
    assert bad.status_code == 400 and "kind" in bad.json()["detail"]
    names = [w["name"] for w in client.get("/api/watches", headers=AUTH).json()["watches"]]
    assert names == ["boni"]
    assert client.delete("/api/watches/boni", headers=AUTH).status_code == 200
    assert client.delete("/api/watches/boni", headers=AUTH).status_code == 404


def test_atom_feed_and_its_json_twin(store: Store, client: TestClient) -> None:
    watch = {"name": "boni", "kind": "proximity", "point": "15.04,-1.97", "radius_km": 20}
    client.post("/api/watches", json=watch, headers=AUTH)
    event_id = add(store, make_event("Boni", 5))
    evaluate_after_ingest(
        store,
        [event_id],
        config=DeliveryConfig(tries_per_run=0),
        clock=lambda: NOW,
    )
    response = client.get("/alerts.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(response.text)
    (entry,) = root.findall(f"{{{ATOM_NS}}}entry")
    link = entry.find(f"{{{ATOM_NS}}}link")
    assert link is not None and link.get("href", "").endswith(f"/api/events/{event_id}")
    (alert,) = client.get("/api/alerts").json()["alerts"]
    assert alert["event_id"] == event_id and alert["watch"] == "boni"
    with _client(store, private=True) as private:
        assert private.get("/alerts.atom").status_code == 401
        assert private.get("/alerts.atom", headers=AUTH).status_code == 200
