"""Do two reports describe the same event? A pure, explainable pairwise rule.

Two events match when all of these hold (each gives a reason and a partial score):
- same country and same ACLED event type;
- dates compatible: each event covers an interval given its time_precision (day: that
  day; week: seven days from event_date; month: the calendar month) and the two
  intervals overlap or are at most one day apart (a night attack spans two dates);
- places compatible: the same location name in the same admin1, or points within
  ``NEAR_KM``, or one of them is known only to region level (geo_precision 3) and both
  are in that admin1;
- actors compatible: every named actor one report has and the other lacks fits an
  unnamed side ("Unidentified ..." or empty) of the other.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from sahelwatch.model import GEO_REGION, TIME_MONTH, TIME_WEEK, Event

NEAR_KM = 5.0
DATE_SLACK_DAYS = 1
_EARTH_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class Match:
    """A positive match: the score (0..1) and the reasons behind it."""

    score: float
    reasons: tuple[str, ...]


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents removed, spaces collapsed: 'Tolagié ' -> 'tolagie'."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def date_interval(event_date: dt.date, time_precision: int) -> tuple[dt.date, dt.date]:
    """The days an event may have happened on, given ACLED's time_precision."""
    if time_precision >= TIME_MONTH:
        first = event_date.replace(day=1)
        next_month = (first + dt.timedelta(days=32)).replace(day=1)
        return first, next_month - dt.timedelta(days=1)
    if time_precision == TIME_WEEK:
        return event_date, event_date + dt.timedelta(days=6)
    return event_date, event_date


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def is_unnamed(actor: str) -> bool:
    return not actor or fold(actor).startswith("unidentified")


def _date_part(a: Event, b: Event) -> tuple[float, str] | None:
    lo_a, hi_a = date_interval(a.event_date, a.time_precision)
    lo_b, hi_b = date_interval(b.event_date, b.time_precision)
    gap = max((lo_b - hi_a).days, (lo_a - hi_b).days, 0)
    if gap > DATE_SLACK_DAYS:
        return None
    if a.time_precision == b.time_precision and a.event_date == b.event_date:
        return 1.0, f"same date {a.event_date.isoformat()}"
    if gap:
        return 0.8, f"dates {a.event_date} and {b.event_date} one day apart (overnight)"
    return 0.7, (
        f"date {a.event_date} (precision {a.time_precision}) and {b.event_date} "
        f"(precision {b.time_precision}) overlap"
    )


def _place_part(a: Event, b: Event) -> tuple[float, str] | None:
    same_admin1 = fold(a.admin1) == fold(b.admin1) and bool(a.admin1)
    if same_admin1 and fold(a.location) == fold(b.location):
        return 1.0, f"same place {a.location}"
    km = distance_km(a.latitude, a.longitude, b.latitude, b.longitude)
    if km <= NEAR_KM:
        return 1.0 - 0.5 * km / NEAR_KM, f"{a.location} and {b.location} {km:.1f} km apart"
    if same_admin1 and GEO_REGION in (a.geo_precision, b.geo_precision):
        return 0.5, f"one report gives only the region ({a.admin1})"
    return None


def _actor_part(a: Event, b: Event) -> tuple[float, str] | None:
    """Named actors one report has and the other lacks must fit the other's unnamed sides."""
    sides_a = {fold(x) for x in (a.actor1, a.actor2) if not is_unnamed(x)}
    sides_b = {fold(x) for x in (b.actor1, b.actor2) if not is_unnamed(x)}
    open_a = sum(is_unnamed(x) for x in (a.actor1, a.actor2))
    open_b = sum(is_unnamed(x) for x in (b.actor1, b.actor2))
    if len(sides_a - sides_b) > open_b or len(sides_b - sides_a) > open_a:
        return None
    if sides_a == sides_b:
        return 1.0, "same actors" if sides_a else "actors unnamed in both"
    shared = sides_a & sides_b
    if shared:
        return 0.8, f"shared actor(s) {', '.join(sorted(shared))}, the rest unnamed in one report"
    return 0.6, "actors compatible (named in one report, unnamed in the other)"


def match(a: Event, b: Event) -> Match | None:
    """The match between two single reports, or None when they are distinct events."""
    if a.country != b.country or a.event_type != b.event_type:
        return None
    parts = []
    for part in (_date_part, _place_part, _actor_part):
        found = part(a, b)
        if found is None:
            return None
        parts.append(found)
    same_sub = a.sub_event_type == b.sub_event_type
    type_reason = f"same type {a.event_type}" + (f" / {a.sub_event_type}" if same_sub else "")
    scores = [1.0 if same_sub else 0.8] + [s for s, _ in parts]
    return Match(round(sum(scores) / len(scores), 4), (type_reason, *(r for _, r in parts)))
