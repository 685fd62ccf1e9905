"""The line format benchmark sections report numbers in, so the harness can record them.

A section calls ``report(metric_line("en extract_article", 31.2, "articles/s"))``; the
harness prints the line and stores ``{"en extract_article": {"value": 31.2, "unit":
"articles/s"}}`` in the JSON results. Any other line is printed as it is.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_METRIC = re.compile(
    r"^\s*(?P<name>[^:]+?):\s+(?P<value>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)(?P<unit>\s.*)?$"
)


class Metric(NamedTuple):
    name: str
    value: float
    unit: str


def metric_line(name: str, value: float, unit: str = "", note: str = "") -> str:
    """``  name: value unit  (note)``, the line ``parse_metric`` reads back."""
    line = f"  {name}: {value:.4g} {unit}".rstrip()
    return f"{line}  ({note})" if note else line


def parse_metric(line: str) -> Metric | None:
    """The metric a line reports, or None for a line of plain text."""
    match = _METRIC.match(line)
    if match is None:
        return None
    unit = re.sub(r"\s*\(.*\)\s*$", "", match["unit"] or "").strip()
    return Metric(match["name"].strip(), float(match["value"]), unit)
