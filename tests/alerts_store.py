"""Putting generated histories into a real store, one article per event."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from sahelwatch.model import Event, Evidence
from sahelwatch.store import ArticleMeta, Store
from tests import store_events
from tests.store_events import FAMA, JNIM, UNIDENTIFIED

__all__ = ["DAY0", "FAMA", "JNIM", "PLACES", "UNIDENTIFIED", "add", "make_event"]

# name -> (admin1, admin2, lat, lon); all more than 5 km apart so they never merge.
PLACES: dict[str, tuple[str, str, float, float]] = {
    "Mopti": ("Mopti", "Mopti", 14.4843, -4.1827),
    "Bandiagara": ("Mopti", "Bandiagara", 14.3501, -3.6104),
    "Boni": ("Mopti", "Douentza", 15.0405, -1.9653),
    "Nampala": ("Segou", "Niono", 15.2807, -5.5549),
    "Niono": ("Segou", "Niono", 14.2526, -5.9929),
    "Goundam": ("Tombouctou", "Goundam", 16.4145, -3.6708),
}
DAY0 = dt.date(2024, 1, 1)  # a Monday


def make_event(place: str, day: int, **overrides: Any) -> Event:
    """An armed group's clash with the army at ``place``, ``day`` days after DAY0."""
    admin1, admin2, lat, lon = PLACES[place]
    values: dict[str, Any] = {
        "location": place,
        "admin1": admin1,
        "admin2": admin2,
        "latitude": lat,
        "longitude": lon,
        "event_date": DAY0 + dt.timedelta(days=day),
        "actor1": UNIDENTIFIED,
        "inter1": 3,
        "fatalities": 1,
        "evidence": [Evidence(0, 20, f"Clash at {place}.")],
    }
    values.update(overrides)
    return store_events.make_event(**values)


def add(store: Store, event: Event, *, tag: str = "", origin: str = "rss") -> str:
    """Store ``event`` as the only event of a new article; returns the stored event id."""
    text = f"{tag}{event.event_type} at {event.location} on {event.event_date} ({event.actor1})"
    meta = ArticleMeta(
        text=text,
        url=f"https://news.example/{hashlib.sha1(text.encode()).hexdigest()[:12]}",
        outlet="Example News",
        title=text,
        published=event.event_date,
        language="en",
        origin=origin,
    )
    result = store.add_extraction(meta, [event])
    assert result.status == "new"
    (event_id,) = result.events_created + result.events_merged
    return event_id
