"""Generated event histories for the watch tests (shared by several test modules)."""

from __future__ import annotations

import datetime as dt
import random

from sahelwatch.alerts.evaluate import HistoryEvent

START = dt.date(2024, 1, 1)  # a Monday
REGIONS = {
    # admin1: (admin2, lat, lon)
    "Mopti": ("Bandiagara", 14.35, -3.61),
    "Segou": ("Niono", 14.25, -5.99),
    "Tombouctou": ("Goundam", 16.41, -3.67),
}


def event(
    n: int | str,
    day: int,
    admin1: str = "Mopti",
    *,
    event_type: str = "Battles",
    fatalities: int = 0,
    actors: tuple[str, ...] = ("Military Forces of Mali (2021-)",),
    lat: float | None = None,
    lon: float | None = None,
) -> HistoryEvent:
    admin2, base_lat, base_lon = REGIONS[admin1]
    return HistoryEvent(
        event_id=str(n),
        event_date=START + dt.timedelta(days=day),
        event_type=event_type,
        country="Mali",
        admin1=admin1,
        admin2=admin2,
        location=f"{admin2}-{n}",
        latitude=base_lat if lat is None else lat,
        longitude=base_lon if lon is None else lon,
        fatalities=fatalities,
        actors=actors,
    )


def steady_history(seed: int, days: int = 200) -> list[HistoryEvent]:
    """Mopti and Segou see 1-2 violent events every week; Tombouctou stays quiet."""
    rng = random.Random(seed)
    events = []
    for week in range(days // 7):
        for admin1 in ("Mopti", "Segou"):
            for _ in range(rng.randint(1, 2)):
                day = week * 7 + rng.randint(0, 6)
                events.append(
                    event(
                        f"{admin1[:2]}{len(events):04d}", day, admin1, fatalities=rng.randint(0, 3)
                    )
                )
    return events
