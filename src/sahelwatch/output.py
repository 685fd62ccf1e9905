"""Writing event records as JSON lines, ACLED-column CSV or a readable table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from sahelwatch.model import ACLED_FIELDS

FORMATS = ("jsonl", "csv", "table")
_TABLE_COLUMNS = (
    ("event_date", 10),
    ("event_type", 26),
    ("sub_event_type", 22),
    ("actor1", 30),
    ("actor2", 30),
    ("location", 16),
    ("admin1", 10),
    ("fatalities", 4),
)


def write_records(
    records: Iterable[Mapping[str, Any]],
    out: TextIO,
    fmt: str,
    extra_columns: tuple[str, ...] = (),
) -> int:
    """Write records in ``fmt``; return how many were written."""
    if fmt == "jsonl":
        return _write_jsonl(records, out)
    if fmt == "csv":
        return _write_csv(records, out, extra_columns)
    if fmt == "table":
        return _write_table(records, out)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def json_line(record: Mapping[str, Any]) -> str:
    """One JSON Lines record: UTF-8 kept readable, but the characters that some readers
    take for line breaks (U+0085, U+2028, U+2029: str.splitlines, JavaScript) escaped."""
    return json.dumps(record, ensure_ascii=False).translate(_LINE_BREAKS) + "\n"


_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def _write_jsonl(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json_line(record))
        count += 1
    return count


def _write_csv(
    records: Iterable[Mapping[str, Any]], out: TextIO, extra_columns: tuple[str, ...]
) -> int:
    columns = list(ACLED_FIELDS) + [c for c in extra_columns if c not in ACLED_FIELDS]
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow({k: _flat(record.get(k)) for k in columns})
        count += 1
    return count


def _flat(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def _write_table(records: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    def cell(value: Any, width: int) -> str:
        text = str("" if value is None else value)
        return (text[: width - 1] + "…") if len(text) > width else text.ljust(width)

    out.write(" ".join(cell(name, width) for name, width in _TABLE_COLUMNS).rstrip() + "\n")
    out.write(" ".join("-" * width for _, width in _TABLE_COLUMNS) + "\n")
    count = 0
    for record in records:
        out.write(" ".join(cell(record.get(n), w) for n, w in _TABLE_COLUMNS).rstrip() + "\n")
        count += 1
    if not count:
        out.write("(no events)\n")
    return count
