"""The JSON API over the seeded history, through FastAPI's TestClient (no network)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from sahelwatch.store import Store
from sahelwatch.web.app import WebConfig, create_app
from tests.web.conftest import JNIM


@pytest.fixture(scope="module")
def client(seeded: Store) -> Iterator[TestClient]:
    with TestClient(create_app(seeded)) as test_client:
        yield test_client


def test_events_filter_and_page_like_the_cli(client: TestClient) -> None:
    everything = client.get("/api/events").json()
    assert everything["total"] == 7
    assert [e["event_id"] for e in everything["events"]][:2] == ["e5", "e4"]  # newest first
    page = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert [e["event_id"] for e in page["events"]] == ["e7", "e3"]
    assert (page["limit"], page["offset"], page["total"]) == (2, 2, 7)
    mopti = client.get("/api/events", params={"admin1": "Mopti", "since": "2023-01-01"}).json()
    assert [e["event_id"] for e in mopti["events"]] == ["e3", "e2"]
    by_type = client.get("/api/events", params={"type": "Violence against civilians"}).json()
    assert [e["event_id"] for e in by_type["events"]] == ["e2"]
    actor = client.get("/api/events", params={"actor": "jnim", "until": "2023-12-31"}).json()
    assert {e["event_id"] for e in actor["events"]} == {"e1", "e6"}
    near = client.get("/api/events", params={"near": "16.27,-0.04", "radius_km": "10"}).json()
    assert {e["event_id"] for e in near["events"]} == {"e4", "e5"}
    record = everything["events"][0]
    assert list(record)[:3] == ["event_date", "time_precision", "event_type"]
    assert record["source_count"] == 1 and record["sources"][0]["outlet"] == "Example Wire"


def test_one_event_has_its_sources_and_evidence(client: TestClient) -> None:
    event = client.get("/api/events/e1").json()
    assert event["actor1"] == JNIM and event["fatalities"] == 12
    source = event["sources"][0]
    assert source["url"].startswith("https://news.example/")
    assert source["evidence"] == ["Fighting was reported in Nampala (Segou)."]


def test_events_as_geojson(client: TestClient) -> None:
    data = client.get("/api/events.geojson", params={"admin1": "Gao"}).json()
    assert data["type"] == "FeatureCollection" and data["total"] == 2
    feature = data["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [-0.04, 16.27]}
    assert feature["properties"]["location"] == "Gao"


@pytest.mark.parametrize(
    ("path", "params", "name"),
    [
        ("/api/events", {"since": "2024-13-01"}, "since"),
        ("/api/events", {"until": "yesterday"}, "until"),
        ("/api/events", {"near": "95,3"}, "near"),
        ("/api/events", {"near": "abc"}, "near"),
        ("/api/events", {"near": "14,-4", "radius_km": "-3"}, "radius_km"),
        ("/api/events", {"type": "Picnic"}, "type"),
        ("/api/events", {"limit": "100000000"}, "limit"),
        ("/api/events", {"limit": "ten"}, "limit"),
        ("/api/events", {"offset": "-1"}, "offset"),
        ("/api/events", {"since": "2024-02-01", "until": "2024-01-01"}, "since"),
        ("/api/events.geojson", {"near": "1,2,3"}, "near"),
        ("/api/stats/timeseries", {"interval": "decade"}, "interval"),
        ("/api/stats/timeseries", {"split": "mood"}, "split"),
        ("/api/stats/spread", {"quiet_days": "0"}, "quiet_days"),
        ("/api/stats/spread", {"level": "planet"}, "level"),
        ("/api/stats/compare", {"at": "soon"}, "at"),
        ("/api/stats/compare", {"at": "2024-01-01", "window_days": "x"}, "window_days"),
        ("/api/stats/compare", {"at": "2024-01-01", "by": "x"}, "by"),
        ("/api/stats/compare", {"at": "0001-01-01"}, "at"),
        ("/api/stats/compare", {"at": "9999-12-31", "window_days": "3660"}, "at"),
        ("/api/events", {"since": "0001-01-01", "until": "9999-12-31", "limit": "1001"}, "limit"),
        ("/report", {"admin1": "Mopti", "type": "battle"}, "type"),
        ("/api/report", {"near": "14,-4", "radius_km": "nan"}, "radius_km"),
        ("/api/actors", {"limit": "0"}, "limit"),
        ("/api/places", {"until": "2024-02-30"}, "until"),
    ],
)
def test_bad_parameters_get_a_4xx_naming_them(
    client: TestClient, path: str, params: dict[str, str], name: str
) -> None:
    response = client.get(path, params=params)
    assert 400 <= response.status_code < 500, response.text
    assert name in response.text


def test_compare_needs_its_date(client: TestClient) -> None:
    response = client.get("/api/stats/compare")
    assert response.status_code == 422 and "at" in response.text


@pytest.mark.parametrize("event_id", ["nope", "x" * 500, "e1' OR '1'='1", "%00"])
def test_unknown_or_absurd_event_ids_are_404(client: TestClient, event_id: str) -> None:
    response = client.get(f"/api/events/{event_id}")
    assert response.status_code == 404
    assert "event" in response.json()["detail"]


def test_stats_endpoints_answer_in_json(client: TestClient) -> None:
    series = client.get("/api/stats/timeseries", params={"interval": "month"}).json()
    assert sum(sum(s["events"]) for s in series["series"]) == 7
    spread = client.get(
        "/api/stats/spread", params={"since": "2023-06-01", "quiet_days": "60"}
    ).json()
    assert [p["location"] for p in spread["places"]][:2] == ["Nampala", "Bandiagara"]
    compare = client.get(
        "/api/stats/compare", params={"at": "2024-01-01", "window_days": "365"}
    ).json()
    assert compare["totals"]["after_events"] == 4
    actors = client.get("/api/actors", params={"limit": "2"}).json()["actors"]
    assert [a["events"] for a in actors] == [5, 3]
    places = client.get("/api/places", params={"country": "Niger"}).json()["places"]
    assert [p["location"] for p in places] == ["Tillaberi"]


def test_dashboard_and_its_assets_are_served_and_offline(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "sahelwatch" in page.text
    for asset in ("static/dashboard.js", "static/dashboard.css"):
        body = client.get("/" + asset)
        assert body.status_code == 200
        assert asset in page.text
        assert "http://" not in body.text.replace("http://www.w3.org/2000/svg", "")
        assert "https://" not in body.text
    assert client.get("/static/../app.py").status_code == 404
    regions = client.get("/api/regions.geojson").json()
    assert regions["type"] == "FeatureCollection" and len(regions["features"]) >= 10
    types = client.get("/api/types").json()["types"]
    assert {t["name"] for t in types} >= {"Battles", "Violence against civilians"}


def test_report_html_and_its_json_twin(client: TestClient) -> None:
    data = client.get("/api/report", params={"since": "2024-01-01"}).json()
    assert data["numbers"]["events"] == 4
    assert data["numbers"]["sources"] == 1  # the seed's events share one invented article
    assert data["notable"][0]["event_id"] == "e7"  # the deadliest since January
    html = client.get("/report", params={"since": "2024-01-01"}).text
    assert "<h2>Notable events</h2>" in html and "Tillaberi" in html


def test_openapi_documents_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/events.geojson",
        "/api/stats/timeseries",
        "/api/stats/spread",
        "/api/stats/compare",
        "/api/actors",
        "/api/places",
        "/api/articles",
    ):
        assert path in spec["paths"]
    assert client.get("/docs").status_code == 200


def test_private_server_closes_reads(seeded: Store) -> None:
    with TestClient(create_app(seeded, WebConfig(private=True))) as private:
        assert private.get("/api/events").status_code == 401
        assert private.get("/").status_code == 401
        wrong = {"Authorization": "Bearer sw_not-a-token"}
        assert private.get("/api/events", headers=wrong).status_code == 401


FILTER_NAMES = (
    "since",
    "until",
    "country",
    "admin1",
    "location",
    "actor",
    "type",
    "origin",
    "near",
    "radius_km",
    "limit",
    "offset",
)


def test_no_parameter_value_makes_a_server_error(seeded: Store) -> None:
    """Random values (control characters, NULs, huge numbers, non-ASCII) for every filter."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    app = create_app(seeded)
    values = st.one_of(
        st.text(max_size=30),
        st.integers(min_value=-(10**30), max_value=10**30).map(str),
        st.floats(allow_nan=True).map(str),
        st.sampled_from(["\x00", "2024-01-01\x00", "1e309,1", "14,-4", "NaN,NaN", "", " "]),
    )

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(name=st.sampled_from(FILTER_NAMES), value=values)
    def check(name: str, value: str) -> None:
        with TestClient(app, raise_server_exceptions=False) as client:
            for path in ("/api/events", "/api/stats/timeseries", "/api/actors"):
                response = client.get(path, params={name: value})
                assert response.status_code < 500, (path, name, value, response.text)

    check()
