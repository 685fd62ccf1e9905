"""The map, the charts and the briefing HTML, drawn without a database."""

from __future__ import annotations

import re

from sahelwatch.web.charts import stacked_bars
from sahelwatch.web.mapsvg import (
    MapPoint,
    Projection,
    point_radius,
    regions_bounds,
    regions_geojson,
    render_map,
    type_colour,
)
from sahelwatch.web.report import Briefing, Series, Timeseries, render_briefing


def test_projection_keeps_north_up_and_west_left() -> None:
    project = Projection.fit((-12.0, 10.0, 16.0, 24.0), 600)
    x_west, y_north = project(-12.0, 24.0)
    x_east, y_south = project(16.0, 10.0)
    assert (x_west, y_north) == (8.0, 8.0)
    assert x_east == 592.0 and y_south == round(project.height - 8, 1)
    # longitude is squeezed by cos(latitude): the box is wider than tall by less than 2:1
    assert 600 / project.height < 28 / 14


def test_map_draws_every_packaged_region_and_each_point() -> None:
    features = regions_geojson()["features"]
    west, south, east, north = regions_bounds(features)
    assert west < -10 and east > 12 and south < 12 and north > 22
    points = [
        MapPoint(14.49, -4.19, "Battles", 30, "Mopti: 30 killed"),
        MapPoint(16.27, -0.04, "Explosions/Remote violence", 0, "Gao <&>"),
    ]
    svg = render_map(points)
    assert svg.count('class="region"') == len(features)
    circles = re.findall(r'<circle [^>]*r="([\d.]+)" fill="(#[0-9a-f]+)"', svg)
    assert circles == [
        (str(point_radius(30)), type_colour("Battles")),
        (str(point_radius(0)), type_colour("Explosions/Remote violence")),
    ]
    assert "Gao &lt;&amp;&gt;" in svg
    assert point_radius(100) > point_radius(10) > point_radius(0)


def test_stacked_bars_scale_to_the_tallest_period() -> None:
    svg = stacked_bars(
        ["2024-01", "2024-02"], {"A": [1, 4], "B": [1, 0]}, lambda k: "#000", title="t", height=122
    )
    heights = [float(h) for h in re.findall(r'<rect [^>]*height="([\d.]+)"', svg)]
    assert heights == [22.5, 22.5, 90.0]  # 90 px for the peak of 4 events
    assert ">4</text>" in svg


def _brief() -> Briefing:
    return Briefing(
        title="Test brief",
        since="2024-01-01",
        until="2024-03-31",
        region="Mopti",
        numbers={"events": 12, "fatalities": 1234, "regions": 2, "locations": 5, "sources": 9},
        timeseries=Timeseries(
            "month", "type", ["2024-01-01", "2024-02-01"], [Series("Battles", [3, 9], [10, 1224])]
        ),
        new_areas=[
            {
                "country": "Mali",
                "admin1": "Mopti",
                "location": "Bandiagara",
                "first_date": "2024-02-03",
                "previous_date": None,
                "quiet_days": None,
                "event_type": "Battles",
                "event_id": "x",
            }
        ],
        actors=[{"actor": "JNIM", "events": 7, "fatalities": 100}],
        notable=[
            {
                "event_date": "2024-02-03",
                "location": "Bandiagara",
                "admin1": "Mopti",
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
                "actor1": "JNIM",
                "actor2": "",
                "fatalities": 40,
                "fatalities_low": 30,
                "fatalities_high": 60,
                "sources": [
                    {
                        "outlet": "Wire",
                        "url": "https://example.org/a",
                        "published": "2024-02-04",
                        "evidence": ["Gunmen attacked <Bandiagara>."],
                    }
                ],
            }
        ],
        points=[MapPoint(14.35, -3.61, "Battles", 40, "Bandiagara")],
    )


def test_briefing_is_self_contained_html_with_every_section() -> None:
    html = render_briefing(_brief())
    for heading in ("Map", "Trend", "Newly affected areas", "Most active actors", "Notable events"):
        assert f"<h2>{heading}</h2>" in html
    assert "<b>1,234</b>reported fatalities" in html
    assert "Gunmen attacked &lt;Bandiagara&gt;." in html
    assert "(low 30, high 60)" in html
    # nothing fetched from elsewhere: no scripts, stylesheets, images or fonts by URL
    assert not re.search(r"<(script|link|img|iframe)\b", html)
    assert "url(" not in html and "@import" not in html
    external = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    assert external == ["https://example.org/a"]  # only the link to the source


def test_briefing_json_twin_has_the_same_data() -> None:
    data = _brief().to_dict()
    assert data["numbers"]["fatalities"] == 1234
    assert data["timeseries"]["series"][0]["events"] == [3, 9]
    assert data["points"][0]["event_type"] == "Battles"
