"""Query filters for stored events, parsed from strings (CLI options or web parameters)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sahelwatch.errors import InputError

MAX_LIMIT = 100_000


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What ``Store.query_events`` selects. Text filters ignore case."""

    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    actor: str | None = None  # substring of actor1, actor2 or an associated actor
    event_type: str | None = None
    origin: str | None = None
    near: tuple[float, float] | None = None  # (lat, lon)
    radius_km: float = 25.0
    limit: int = 100
    offset: int = 0
    status: str | None = None  # None: every status but the hidden ones (unverified, rejected)


def _date(value: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"{option}: {value!r} is not a date; use YYYY-MM-DD.") from None


def _int(value: str, option: str, low: int, high: int) -> int:
    try:
        number = int(value.strip())
    except ValueError:
        raise InputError(f"{option}: {value!r} is not a whole number.") from None
    if not low <= number <= high:
        raise InputError(f"{option}: {number} is out of range; use {low} to {high}.")
    return number


def _near(value: str, option: str) -> tuple[float, float]:
    try:
        lat_text, lon_text = value.split(",")
        lat, lon = float(lat_text), float(lon_text)
    except ValueError:
        raise InputError(f"{option}: {value!r} is not LAT,LON (e.g. 14.49,-4.19).") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"{option}: {value!r} is off the globe; latitude first, then longitude.")
    return lat, lon


def _radius(value: str, option: str) -> float:
    try:
        radius = float(value.strip())
    except ValueError:
        raise InputError(f"{option}: {value!r} is not a number of kilometres.") from None
    if not math.isfinite(radius) or not 0 < radius <= 5000:
        raise InputError(f"{option}: {value!r} must be more than 0 and at most 5000 km.")
    return radius


def parse_filter(prefix: str = "--", **strings: str | None) -> EventFilter:
    """Build an EventFilter from strings; errors name the option as ``<prefix><name>``.

    Keys: since, until, country, admin1, location, actor, type (or event_type), origin,
    near ("LAT,LON"), radius_km (or radius-km), limit, offset. None or "" means unset.
    """
    values = {k.replace("-", "_"): v for k, v in strings.items() if v not in (None, "")}
    if "type" in values:
        values["event_type"] = values.pop("type")

    def name(key: str) -> str:
        label = "type" if key == "event_type" else key
        return prefix + (label.replace("_", "-") if prefix.startswith("-") else label)

    unknown = set(values) - set(EventFilter.__dataclass_fields__)
    if unknown:
        raise InputError(f"unknown filter(s): {', '.join(sorted(unknown))}.")
    kwargs: dict[str, object] = {}
    for key, raw in values.items():
        assert raw is not None
        if key in ("since", "until"):
            kwargs[key] = _date(raw, name(key))
        elif key == "limit":
            kwargs[key] = _int(raw, name(key), 1, MAX_LIMIT)
        elif key == "offset":
            kwargs[key] = _int(raw, name(key), 0, 10**9)
        elif key == "near":
            kwargs[key] = _near(raw, name(key))
        elif key == "radius_km":
            kwargs[key] = _radius(raw, name(key))
        else:
            kwargs[key] = raw.strip()
    since, until = kwargs.get("since"), kwargs.get("until")
    if isinstance(since, dt.date) and isinstance(until, dt.date) and since > until:
        raise InputError(f"{name('since')} {since} is after {name('until')} {until}.")
    if "radius_km" in kwargs and "near" not in kwargs:
        raise InputError(f"{name('radius_km')} needs {name('near')} LAT,LON.")
    return EventFilter(**kwargs)  # type: ignore[arg-type]
