"""Writing stored events as JSON lines, ACLED-column CSV, GeoJSON, Parquet or a table."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any, TextIO, cast

from sahelwatch.model import ACLED_FIELDS
from sahelwatch.output import write_records
from sahelwatch.store.records import EXTRA_COLUMNS, StoredEvent

EXPORT_FORMATS = ("jsonl", "csv", "geojson", "parquet", "table")
BINARY_FORMATS = frozenset({"parquet"})

_INT_COLUMNS = {
    "time_precision",
    "inter1",
    "inter2",
    "interaction",
    "geo_precision",
    "fatalities",
    "source_count",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
}
_FLOAT_COLUMNS = {"latitude", "longitude"}


def export_events(events: Iterable[StoredEvent], fmt: str, stream: IO[Any]) -> int:
    """Write events to ``stream`` (binary for parquet, text otherwise); return the count."""
    records = (e.to_record() for e in events)
    if fmt in ("jsonl", "csv", "table"):
        return write_records(records, cast(TextIO, stream), fmt, extra_columns=EXTRA_COLUMNS)
    if fmt == "geojson":
        return _write_geojson(records, stream)
    if fmt == "parquet":
        return _write_parquet(list(records), stream)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")


def _write_geojson(records: Iterable[dict[str, Any]], stream: IO[Any]) -> int:
    features = [
        {
            "type": "Feature",
            "id": r["event_id"],
            "geometry": {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]},
            "properties": r,
        }
        for r in records
    ]
    json.dump({"type": "FeatureCollection", "features": features}, stream, ensure_ascii=False)
    stream.write("\n")
    return len(features)


def _write_parquet(records: list[dict[str, Any]], stream: IO[Any]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = [*ACLED_FIELDS, *EXTRA_COLUMNS]
    fields = []
    for name in columns:
        kind = pa.int64() if name in _INT_COLUMNS else pa.string()
        fields.append(pa.field(name, pa.float64() if name in _FLOAT_COLUMNS else kind))
    schema = pa.schema(fields)
    data: dict[str, list[Any]] = {name: [] for name in columns}
    for record in records:
        for name in columns:
            data[name].append(_parquet_value(name, record.get(name)))
    pq.write_table(pa.table(data, schema=schema), stream)
    return len(records)


def _parquet_value(name: str, value: Any) -> Any:
    if value in ("", None):
        return None
    if name == "sources":
        return json.dumps(value, ensure_ascii=False)
    if name in _INT_COLUMNS:
        return int(value)
    if name in _FLOAT_COLUMNS:
        return float(value)
    return str(value)
