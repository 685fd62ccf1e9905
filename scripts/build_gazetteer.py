#!/usr/bin/env python3
"""Compile the packaged gazetteer from GeoNames, Natural Earth polygons and curated places.

    python scripts/build_gazetteer.py                      # data-src/ -> src/sahelwatch/data/
    python scripts/build_gazetteer.py --check              # exit 1 if the packaged copy drifted
    python scripts/build_gazetteer.py --refresh-from ../shared/data   # re-vendor the sources

Inputs (data-src/, vendored so a clean clone can rebuild): GeoNames dumps for Mali, Burkina
Faso, Niger and Mauritania with the admin code tables (CC BY 4.0, geonames.org), Natural
Earth admin-1 polygons of Mali and Niger (public domain), places_curated.tsv and
place_stopwords.txt (this project). Outputs: gazetteer.tsv.gz (one place per line) and
regions.geojson (region polygons named as ACLED names them). Same inputs, same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import shutil
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
# The runtime's own key functions: the packaged keys can never disagree with lookups.
from sahelwatch.geo.gazetteer import name_key, spelling_key  # noqa: E402

SOURCES = ROOT / "data-src"
TARGET = ROOT / "src" / "sahelwatch" / "data"
COUNTRIES = ("ML", "BF", "NE", "MR")
POLYGON_FILES = {"ML": "ne10m_admin1_MLI.geojson", "NE": "ne10m_admin1_NER.geojson"}
# ACLED spells these regions differently from GeoNames and Natural Earth.
ACLED_ADMIN1 = {"Tombouctou": "Timbuktu", "Ségou": "Segou", "Tillabéri": "Tillaberi"}
# Regions created after 2016 are not in the polygon layout: their points fall in Gao or
# Timbuktu, as ACLED's pre-2016 admin1 for Mali has them.
KEPT_CLASSES = {"P", "A"}
KEPT_ADMIN = {"ADM1", "ADM2", "ADM3"}
KEPT_SPOTS = {"MILB", "AIRP", "AIRF", "MN", "MNAU", "MNQ", "PP", "PSTB", "INSM", "HSP"}
COLUMNS = (
    "id",
    "name",
    "lat",
    "lon",
    "fclass",
    "fcode",
    "cc",
    "admin1",
    "admin2",
    "population",
    "names",
    "name_keys",
    "spelling_keys",
    "note",
)
_LATIN = re.compile(r"^[\sA-Za-z\u00c0-\u024f'’.\-()0-9]+$")
_ADMIN_WORDS = re.compile(
    r"^(?:cercle|province|departement|département|region|région|commune)\s+(?:de\s+la\s+|du\s+|de\s+|d'|des\s+)?"
    r"|\s+(?:cercle|province|department|region|commune)$",
    re.I,
)


@dataclass
class Row:
    id: int
    name: str
    lat: float
    lon: float
    fclass: str
    fcode: str
    cc: str
    admin1_code: str
    admin2_code: str
    population: int
    names: set[str] = field(default_factory=set)
    admin1: str = ""
    admin2: str = ""
    note: str = ""


def geonames_rows(sources: Path) -> Iterator[Row]:
    for cc in COUNTRIES:
        with gzip.open(sources / "geonames" / f"{cc}.txt.gz", "rt", encoding="utf-8") as dump:
            for line in dump:
                f = line.rstrip("\n").split("\t")
                if f[6] not in KEPT_CLASSES and f[7] not in KEPT_SPOTS:
                    continue
                if f[6] == "A" and f[7] not in KEPT_ADMIN:
                    continue
                names = {f[1], f[2], *f[3].split(",")}
                yield Row(
                    id=int(f[0]),
                    name=f[1],
                    lat=float(f[4]),
                    lon=float(f[5]),
                    fclass=f[6],
                    fcode=f[7],
                    cc=f[8] if f[8] in COUNTRIES else cc,
                    admin1_code=f[10],
                    admin2_code=f[11],
                    population=int(f[14] or 0),
                    names={n.strip() for n in names if n.strip() and _LATIN.match(n.strip())},
                )


def admin_names(sources: Path, filename: str) -> dict[str, str]:
    table = {}
    for line in (sources / "geonames" / filename).read_text(encoding="utf-8").splitlines():
        code, name, _ascii_name, _geonameid = line.split("\t")
        table[code] = name
    return table


def clean_admin(name: str) -> str:
    return _ADMIN_WORDS.sub("", name).strip()


# ---------------------------------------------------------------- polygons


@dataclass
class Region:
    cc: str
    admin1: str
    rings: list[np.ndarray]  # exterior and hole rings, (n, 2) lon/lat
    bbox: tuple[float, float, float, float]


def load_regions(sources: Path) -> list[Region]:
    regions = []
    for cc, filename in POLYGON_FILES.items():
        data = json.loads((sources / "boundaries" / filename).read_text(encoding="utf-8"))
        for feature in data["features"]:
            geometry = feature["geometry"]
            polygons = (
                [geometry["coordinates"]]
                if geometry["type"] == "Polygon"
                else geometry["coordinates"]
            )
            rings = [np.array(ring, dtype=float) for polygon in polygons for ring in polygon]
            points = np.vstack(rings)
            name = feature["properties"]["name"]
            regions.append(
                Region(
                    cc,
                    ACLED_ADMIN1.get(name, name),
                    rings,
                    (
                        points[:, 0].min(),
                        points[:, 1].min(),
                        points[:, 0].max(),
                        points[:, 1].max(),
                    ),
                )
            )
    return regions


def inside(region: Region, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Even-odd ray casting over all rings (holes included) for many points at once."""
    result = np.zeros(lon.shape, dtype=bool)
    for ring in region.rings:
        x1, y1 = ring[:-1, 0], ring[:-1, 1]
        x2, y2 = ring[1:, 0], ring[1:, 1]
        for a, b, c, d in zip(x1, y1, x2, y2, strict=True):
            crosses = (b > lat) != (d > lat)
            with np.errstate(divide="ignore", invalid="ignore"):
                at = (c - a) * (lat - b) / (d - b) + a
            result ^= crosses & (lon < at)
    return result


def assign_polygon_admin1(rows: list[Row], regions: list[Region]) -> None:
    """admin1 from the region polygon holding the point; nearest region of the country when a
    point falls just outside every polygon (border rounding)."""
    for cc in POLYGON_FILES:
        mine = [r for r in rows if r.cc == cc]
        lon = np.array([r.lon for r in mine])
        lat = np.array([r.lat for r in mine])
        found = np.full(len(mine), "", dtype=object)
        country = [g for g in regions if g.cc == cc]
        for region in country:
            x0, y0, x1, y1 = region.bbox
            box = (lon >= x0) & (lon <= x1) & (lat >= y0) & (lat <= y1) & (found == "")
            if box.any():
                hit = np.zeros(len(mine), dtype=bool)
                hit[box] = inside(region, lon[box], lat[box])
                found[hit] = region.admin1
        for i, row in enumerate(mine):
            row.admin1 = found[i] or _nearest_region(row, country)


def _nearest_region(row: Row, regions: list[Region]) -> str:
    def distance(region: Region) -> float:
        points = np.vstack(region.rings)
        return float(np.min((points[:, 0] - row.lon) ** 2 + (points[:, 1] - row.lat) ** 2))

    return min(regions, key=distance).admin1


# ---------------------------------------------------------------- admin2 (cercles)


def assign_admin2(
    rows: list[Row], admin2_table: dict[str, str], admin1_table: dict[str, str]
) -> None:
    """admin2 from GeoNames' code where given; for Mali, else the nearest cercle seat within
    the same region (only about 1 in 10 populated places carries a cercle code)."""
    for row in rows:
        if row.admin2_code:
            name = admin2_table.get(f"{row.cc}.{row.admin1_code}.{row.admin2_code}", "")
            row.admin2 = clean_admin(name)
        if row.cc in ("BF", "MR") and row.fcode != "ADM1":
            row.admin1 = clean_admin(admin1_table.get(f"{row.cc}.{row.admin1_code}", ""))
    # cercle seats (towns named like their cercle) and cercle centroids both mark a cercle
    seats = [r for r in rows if r.cc == "ML" and r.fcode in ("ADM2", "PPLA2")]
    for row in rows:
        if row.cc != "ML" or row.admin2 or row.fcode == "ADM1":
            continue
        if row.fcode == "PPLA2":
            row.admin2 = row.name
            continue
        same = [s for s in seats if s.admin1 == row.admin1] or seats
        nearest = min(same, key=lambda s: (s.lat - row.lat) ** 2 + (s.lon - row.lon) ** 2)
        row.admin2 = clean_admin(nearest.name)


def name_regions(rows: list[Row]) -> None:
    """ADM1 rows carry the ACLED region name; ADM2 rows the bare cercle name."""
    for row in rows:
        if row.fcode == "ADM1":
            bare = clean_admin(row.name)
            row.names |= {bare, row.name}
            row.name = row.admin1 or ACLED_ADMIN1.get(bare, bare)
            row.names.add(row.name)
        elif row.fcode == "ADM2":
            row.name = clean_admin(row.name)
            row.names.add(row.name)
            row.admin2 = row.name


# ---------------------------------------------------------------- curated places


def apply_curated(rows: list[Row], sources: Path) -> None:
    by_id = {r.id: r for r in rows}
    next_id = -1
    for line in (sources / "places_curated.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        name, alternates, lat, lon, cc, fcode, alias_of, note = line.split("\t")
        names = {name, *(a.strip() for a in alternates.split(",") if a.strip())}
        if alias_of:
            row = by_id[int(alias_of)]
            row.names |= names | {row.name}
            row.name, row.note = name, f"curated: {note}"
            continue
        row = Row(
            next_id,
            name,
            float(lat),
            float(lon),
            "S" if fcode in KEPT_SPOTS else "P",
            fcode,
            cc,
            "",
            "",
            0,
            names,
            note=f"curated: {note}",
        )
        next_id -= 1
        rows.append(row)
        by_id[row.id] = row


# ---------------------------------------------------------------- output


def fold_key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def build(sources: Path) -> dict[str, bytes]:
    rows = list(geonames_rows(sources))
    apply_curated(rows, sources)
    regions = load_regions(sources)
    admin1_table = admin_names(sources, "admin1Codes.txt")
    admin2_table = admin_names(sources, "admin2Codes.txt")
    assign_polygon_admin1(rows, regions)
    assign_admin2(rows, admin2_table, admin1_table)
    name_regions(rows)
    lines = ["\t".join(COLUMNS)]
    for row in sorted(rows, key=lambda r: r.id):
        names = sorted({n for n in row.names | {row.name} if n}, key=lambda n: (fold_key(n), n))
        keys = sorted({k for k in map(name_key, names) if k})
        spellings = sorted({k for k in map(spelling_key, names) if k})
        lines.append(
            "\t".join(
                [
                    str(row.id),
                    row.name,
                    f"{row.lat:.5f}",
                    f"{row.lon:.5f}",
                    row.fclass,
                    row.fcode,
                    row.cc,
                    row.admin1,
                    row.admin2,
                    str(row.population),
                    "|".join(names),
                    "|".join(keys),
                    "|".join(spellings),
                    row.note,
                ]
            )
        )
    gazetteer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=gazetteer, mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    stopwords = sorted(
        {
            fold_key(line.strip())
            for line in (sources / "place_stopwords.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        }
    )
    return {
        "gazetteer.tsv.gz": gazetteer.getvalue(),
        "place_stopwords.txt": ("\n".join(stopwords) + "\n").encode("utf-8"),
        "regions.geojson": regions_geojson(sources),
    }


def regions_geojson(sources: Path) -> bytes:
    features = []
    for cc, filename in POLYGON_FILES.items():
        data = json.loads((sources / "boundaries" / filename).read_text(encoding="utf-8"))
        for feature in data["features"]:
            name = feature["properties"]["name"]
            features.append(
                {
                    "type": "Feature",
                    "properties": {"admin1": ACLED_ADMIN1.get(name, name), "country_code": cc},
                    "geometry": _rounded(feature["geometry"]),
                }
            )
    collection = {
        "type": "FeatureCollection",
        "attribution": "Natural Earth 10m admin-1 (public domain); names GeoNames (CC BY 4.0)",
        "features": features,
    }
    return (json.dumps(collection, separators=(",", ":"), sort_keys=True) + "\n").encode("utf-8")


def _rounded(geometry: dict[str, object]) -> dict[str, object]:
    def walk(value: object) -> object:
        if isinstance(value, list):
            if value and isinstance(value[0], int | float):
                return [round(float(v), 4) for v in value]
            return [walk(v) for v in value]
        return value

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def refresh(shared: Path) -> None:
    """Re-vendor the GeoNames dumps and polygons from a checkout of the shared data."""
    for cc in COUNTRIES:
        data = (shared / "geonames" / f"{cc}.txt").read_bytes()
        with (
            open(SOURCES / "geonames" / f"{cc}.txt.gz", "wb") as target,
            gzip.GzipFile(filename="", mode="wb", fileobj=target, mtime=0) as out,
        ):
            out.write(data)
    for name in ("admin1Codes.txt", "admin2Codes.txt"):
        shutil.copyfile(shared / "geonames" / name, SOURCES / "geonames" / name)
    for filename in POLYGON_FILES.values():
        shutil.copyfile(shared / "boundaries" / filename, SOURCES / "boundaries" / filename)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the packaged copy drifted")
    parser.add_argument("--refresh-from", type=Path, help="re-vendor sources from this folder")
    args = parser.parse_args()
    if args.refresh_from:
        refresh(args.refresh_from)
    drifted = []
    for name, content in build(SOURCES).items():
        target = TARGET / name
        if target.exists() and target.read_bytes() == content:
            continue
        drifted.append(name)
        if not args.check:
            target.write_bytes(content)
    if args.check and drifted:
        sys.stderr.write(f"drifted: {', '.join(drifted)}; run `make gazetteer`\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
