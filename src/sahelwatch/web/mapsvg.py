"""Drawing the packaged admin-1 polygons and event points as inline SVG (no tile server).

The projection is equirectangular with the longitude scaled by cos(mean latitude), which
is faithful enough over the Sahel's span of latitudes. The dashboard draws the same
polygons in the browser from ``/api/regions.geojson``; the briefing report uses this module.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from importlib import resources
from typing import Any

from sahelwatch.errors import DataFileError
from sahelwatch.model import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC
from sahelwatch.model import VIOLENCE_AGAINST_CIVILIANS as VAC

# One colour per ACLED event type, shared by the dashboard (via /api/types) and the report.
TYPE_COLOURS: dict[str, str] = {
    BATTLES: "#c0392b",
    EXPLOSIONS: "#e67e22",
    VAC: "#8e44ad",
    STRATEGIC: "#2c7fb8",
    PROTESTS: "#27ae60",
    RIOTS: "#7f8c8d",
}
OTHER_COLOUR = "#555555"

Ring = list[tuple[float, float]]


def type_colour(event_type: str) -> str:
    return TYPE_COLOURS.get(event_type, OTHER_COLOUR)


@functools.cache
def regions_geojson() -> dict[str, Any]:
    """The packaged admin-1 polygons (Natural Earth, public domain) as parsed GeoJSON."""
    path = resources.files("sahelwatch.data").joinpath("regions.geojson")
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise DataFileError(
            f"cannot read the packaged regions.geojson ({error}); reinstall sahelwatch"
        ) from error
    return data


def _rings(geometry: dict[str, Any]) -> list[Ring]:
    coords = geometry["coordinates"]
    polygons = [coords] if geometry["type"] == "Polygon" else coords
    return [[(float(x), float(y)) for x, y in ring] for polygon in polygons for ring in polygon]


@dataclass(frozen=True, slots=True)
class Projection:
    """Maps (lon, lat) into a width x height SVG box with a margin."""

    west: float
    south: float
    east: float
    north: float
    width: float
    height: float
    margin: float = 8.0

    @classmethod
    def fit(cls, bounds: tuple[float, float, float, float], width: float) -> Projection:
        west, south, east, north = bounds
        kx = math.cos(math.radians((south + north) / 2))
        span_x = max((east - west) * kx, 1e-6)
        height = width * (north - south) / span_x
        return cls(west, south, east, north, width, height)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        inner_w = self.width - 2 * self.margin
        inner_h = self.height - 2 * self.margin
        x = self.margin + (lon - self.west) / max(self.east - self.west, 1e-9) * inner_w
        y = self.margin + (self.north - lat) / max(self.north - self.south, 1e-9) * inner_h
        return round(x, 1), round(y, 1)


def regions_bounds(features: Sequence[dict[str, Any]]) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []
    for feature in features:
        for ring in _rings(feature["geometry"]):
            xs.extend(x for x, _ in ring)
            ys.extend(y for _, y in ring)
    return min(xs), min(ys), max(xs), max(ys)


def region_paths(project: Projection, features: Iterable[dict[str, Any]]) -> list[str]:
    """One ``<path>`` per region, titled with its name."""
    out = []
    for feature in features:
        parts = []
        for ring in _rings(feature["geometry"]):
            points = " ".join(f"{x},{y}" for x, y in (project(lon, lat) for lon, lat in ring))
            parts.append(f"M{points}Z")
        props = feature.get("properties", {})
        name = escape(f"{props.get('admin1', '')} ({props.get('country_code', '')})")
        out.append(f'<path class="region" d="{"".join(parts)}"><title>{name}</title></path>')
    return out


@dataclass(frozen=True, slots=True)
class MapPoint:
    latitude: float
    longitude: float
    event_type: str
    fatalities: int
    label: str


def point_radius(fatalities: int) -> float:
    """Area grows with fatalities: 3 px for none, about 15 px for a hundred."""
    return round(3 + 1.2 * math.sqrt(max(fatalities, 0)), 1)


def render_map(points: Iterable[MapPoint], width: float = 640) -> str:
    """An inline SVG map: region outlines, then the points coloured by type."""
    features = regions_geojson()["features"]
    project = Projection.fit(regions_bounds(features), width)
    body = region_paths(project, features)
    for point in sorted(points, key=lambda p: -p.fatalities):
        x, y = project(point.longitude, point.latitude)
        body.append(
            f'<circle cx="{x}" cy="{y}" r="{point_radius(point.fatalities)}" '
            f'fill="{type_colour(point.event_type)}" fill-opacity="0.7" stroke="#222" '
            f'stroke-width="0.5"><title>{escape(point.label)}</title></circle>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="map" role="img" '
        f'aria-label="Map of events" viewBox="0 0 {project.width:.0f} {project.height:.0f}" '
        f'width="{project.width:.0f}" height="{project.height:.0f}">' + "".join(body) + "</svg>"
    )
