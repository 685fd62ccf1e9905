"""Building extracted-looking events for storage tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sahelwatch.model import Claim, Event, Evidence

JNIM = "JNIM: Group for Support of Islam and Muslims"
FAMA = "Military Forces of Mali (2021-)"
UNIDENTIFIED = "Unidentified Armed Group (Mali)"
CIVILIANS = "Civilians (Mali)"

# name -> (admin1, admin2, lat, lon)
PLACES: dict[str, tuple[str, str, float, float]] = {
    "Nampala": ("Segou", "Niono", 15.2807, -5.5549),
    "Goudourou": ("Segou", "Niono", 15.2635, -5.5342),
    "Tolagie": ("Segou", "Niono", 15.2224, -5.3835),
    "Kobadi": ("Segou", "Niono", 15.3645, -5.4779),
    "Mopti": ("Mopti", "Mopti", 14.4843, -4.1827),
    "Bandiagara": ("Mopti", "Bandiagara", 14.3501, -3.6104),
}


def make_event(**overrides: Any) -> Event:
    """A day-precision JNIM attack on the army at Nampala unless overridden."""
    place = overrides.pop("place", "Nampala")
    admin1, admin2, lat, lon = PLACES[place]
    values: dict[str, Any] = {
        "event_date": dt.date(2024, 5, 14),
        "time_precision": 1,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": JNIM,
        "inter1": 2,
        "actor2": FAMA,
        "inter2": 1,
        "country": "Mali",
        "location": place,
        "admin1": admin1,
        "admin2": admin2,
        "latitude": lat,
        "longitude": lon,
        "geo_precision": 1,
        "fatalities": 0,
        "evidence": [Evidence(0, 20, f"Attack at {place}.")],
    }
    values.update(overrides)
    return Event(**values)


def claim(value: int, source: str = "Malian army") -> Claim:
    return Claim("fatalities", value, f"{value} killed, said {source}", source, 0, 10)
