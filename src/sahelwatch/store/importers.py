"""Importing the user's own ACLED and UCDP GED exports (CSV) as origin "acled" / "ucdp".

Imported events are stored as they are, never merged with extracted events; importing
the same file again changes nothing. Rows that cannot be read are reported by line.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sahelwatch.errors import InputError
from sahelwatch.model import (
    BATTLES,
    GEO_NEAR,
    GEO_REGION,
    GEO_TOWN,
    INTER_CIVILIANS,
    INTER_REBEL,
    INTER_STATE,
    SUB_EVENT_TYPES,
    TIME_DAY,
    TIME_MONTH,
    TIME_WEEK,
    VIOLENCE_AGAINST_CIVILIANS,
    interaction_code,
)
from sahelwatch.store.store import ImportedEvent, Store

ACLED_REQUIRED = (
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "country",
    "location",
    "latitude",
    "longitude",
    "fatalities",
)
UCDP_REQUIRED = (
    "id",
    "type_of_violence",
    "side_a",
    "side_b",
    "country",
    "latitude",
    "longitude",
    "date_start",
    "best",
)
# ACLED's newer exports name the actor category instead of giving its number.
_INTER_NAMES = {
    "state forces": 1,
    "rebel group": 2,
    "political militia": 3,
    "identity militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external/other forces": 8,
}


class RowError(ValueError):
    """One row cannot be imported (the message names the column)."""


@dataclass(slots=True)
class ImportReport:
    """How an import went: rows added, rows already stored, rows refused (by line)."""

    added: int = 0
    unchanged: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)


def import_file(store: Store, origin: str, path: str) -> ImportReport:
    """Import an ``acled`` or ``ucdp`` CSV export into the store."""
    parsers: dict[str, tuple[tuple[str, ...], Callable[[dict[str, str]], ImportedEvent]]] = {
        "acled": (ACLED_REQUIRED, acled_row),
        "ucdp": (UCDP_REQUIRED, ucdp_row),
    }
    if origin not in parsers:
        raise InputError(f"unknown import format {origin!r}; use acled or ucdp.")
    required, parse = parsers[origin]
    report = ImportReport()
    items: list[ImportedEvent] = []
    for line, row in _rows(path, required):
        try:
            items.append(parse(row))
        except RowError as error:
            report.errors.append((line, str(error)))
    report.added, report.unchanged = store.add_imported(origin, items)
    return report


def _rows(path: str, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file. Check the path.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot be read as UTF-8 CSV ({error}).") from error
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"{path}: not the expected export, columns missing: {', '.join(missing)}.")
    line = reader.line_num
    for row in reader:
        start, line = line + 1, reader.line_num
        yield start, {k: (v or "").strip() for k, v in row.items() if k is not None}


def _text(row: dict[str, str], name: str) -> str:
    value = row.get(name, "")
    if not value:
        raise RowError(f"{name} is empty")
    return value


def _number(row: dict[str, str], name: str, kind: Callable[[str], Any], default: Any = None) -> Any:
    value = row.get(name, "")
    if not value:
        if default is not None:
            return default
        raise RowError(f"{name} is empty")
    try:
        return kind(value)
    except ValueError:
        raise RowError(f"{name} {value!r} is not a number") from None


def _date(row: dict[str, str], name: str) -> dt.date:
    value = _text(row, name)
    for parse in (dt.date.fromisoformat, lambda v: dt.datetime.strptime(v, "%d %B %Y").date()):
        try:
            return parse(value[:10] if value[:4].isdigit() else value)
        except ValueError:
            continue
    raise RowError(f"{name} {value!r} is not a date (YYYY-MM-DD or '15 May 2024')")


def _coordinates(row: dict[str, str]) -> tuple[float, float]:
    lat, lon = _number(row, "latitude", float), _number(row, "longitude", float)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise RowError(f"latitude/longitude {lat},{lon} are not on the globe")
    return lat, lon


def _inter(value: str) -> int | None:
    if not value:
        return None
    if value.isdigit():
        return int(value)
    code = _INTER_NAMES.get(value.lower())
    if code is None:
        raise RowError(f"inter code {value!r} is not an ACLED actor category")
    return code


def acled_row(row: dict[str, str]) -> ImportedEvent:
    event_type, sub = _text(row, "event_type"), _text(row, "sub_event_type")
    if sub not in SUB_EVENT_TYPES.get(event_type, ()):
        raise RowError(f"event_type/sub_event_type {event_type!r}/{sub!r} is not ACLED's")
    lat, lon = _coordinates(row)
    fatalities = _number(row, "fatalities", int)
    if fatalities < 0:
        raise RowError("fatalities is negative")
    inter1, inter2 = _inter(row.get("inter1", "")), _inter(row.get("inter2", ""))
    fields = {
        "event_date": _date(row, "event_date"),
        "time_precision": _number(row, "time_precision", int, TIME_DAY),
        "event_type": event_type,
        "sub_event_type": sub,
        "actor1": _text(row, "actor1"),
        "assoc_actor_1": row.get("assoc_actor_1", ""),
        "inter1": inter1,
        "actor2": row.get("actor2", ""),
        "assoc_actor_2": row.get("assoc_actor_2", ""),
        "inter2": inter2,
        "interaction": interaction_code(inter1, inter2) if inter1 else None,
        "civilian_targeting": row.get("civilian_targeting", ""),
        "country": _text(row, "country"),
        "admin1": row.get("admin1", ""),
        "admin2": row.get("admin2", ""),
        "location": _text(row, "location"),
        "latitude": lat,
        "longitude": lon,
        "geo_precision": _number(row, "geo_precision", int, GEO_TOWN),
        "fatalities": fatalities,
        "notes": row.get("notes", ""),
    }
    return ImportedEvent(_text(row, "event_id_cnty"), fields, fatalities, fatalities, fatalities)


# UCDP date_prec 1..5 and where_prec 1..7 (GED codebook) to ACLED's precision codes.
_UCDP_TIME = {1: TIME_DAY, 2: TIME_WEEK, 3: TIME_WEEK, 4: TIME_MONTH, 5: TIME_MONTH}
_UCDP_GEO = {1: GEO_TOWN, 2: GEO_NEAR, 3: GEO_NEAR, 4: GEO_REGION, 5: GEO_REGION}


def ucdp_row(row: dict[str, str]) -> ImportedEvent:
    violence = _number(row, "type_of_violence", int)
    if violence not in (1, 2, 3):
        raise RowError(f"type_of_violence {violence} is not 1, 2 or 3")
    side_a, side_b = _text(row, "side_a"), _text(row, "side_b")
    one_sided = violence == 3
    inter1 = INTER_STATE if side_a.lower().startswith("government of") else INTER_REBEL
    inter2 = (
        INTER_CIVILIANS
        if one_sided
        else (INTER_STATE if side_b.lower().startswith("government of") else INTER_REBEL)
    )
    lat, lon = _coordinates(row)
    best = _number(row, "best", int)
    low = _number(row, "low", int, best)
    high = _number(row, "high", int, best)
    if not 0 <= low <= best <= high:
        raise RowError(f"low/best/high {low}/{best}/{high} are not in order")
    place = row.get("where_coordinates", "") or row.get("adm_2", "") or row.get("adm_1", "")
    fields = {
        "event_date": _date(row, "date_start"),
        "time_precision": _UCDP_TIME.get(_number(row, "date_prec", int, 1), TIME_MONTH),
        "event_type": VIOLENCE_AGAINST_CIVILIANS if one_sided else BATTLES,
        "sub_event_type": "Attack" if one_sided else "Armed clash",
        "actor1": side_a,
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": side_b,
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": interaction_code(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if one_sided else "",
        "country": _text(row, "country"),
        "admin1": row.get("adm_1", ""),
        "admin2": row.get("adm_2", ""),
        "location": place.split(",")[0].strip() or _text(row, "country"),
        "latitude": lat,
        "longitude": lon,
        "geo_precision": _UCDP_GEO.get(_number(row, "where_prec", int, 1), GEO_REGION),
        "fatalities": best,
        "notes": row.get("source_headline", ""),
    }
    return ImportedEvent(_text(row, "id"), fields, low, best, high)
