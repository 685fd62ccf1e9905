"""One merged event from all its reports: order-independent, most precise date and place.

Fatalities (see tests/fixtures/overlap/expected.json):
- low  = the lowest figure any single source gives for the event;
- best = the highest figure among sources, not counting a perpetrator claiming its own
  attack (tolls rise as bodies are found); the ACLED ``fatalities`` column is ``best``;
- high = the highest figure including the perpetrator's claim.
A source whose event has fatalities 0 gives no figure (and does not pull ``low`` to 0)
unless one of its claims states 0 explicitly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sahelwatch.model import Event, interaction_code
from sahelwatch.store.match import fold, is_unnamed

# The extractor's source label for a group claiming an attack (equal to
# sahelwatch.extraction.components.context.ARMED_GROUP_CLAIM, checked by a test; not
# imported, to keep the extraction pipeline out of the store's imports).
ARMED_GROUP_CLAIM = "armed group claim"


@dataclass(frozen=True, slots=True)
class Report:
    """One source's version of an event: which article (and which event in it) says what."""

    key: tuple[str, int]  # (article id, event position in the article)
    event: Event


@dataclass(frozen=True, slots=True)
class Fatalities:
    low: int
    best: int
    high: int


@dataclass(frozen=True, slots=True)
class Combined:
    fields: dict[str, Any]  # ACLED field -> value, event_date a date
    fatalities: Fatalities


def is_perpetrator_claim(event: Event, source: str) -> bool:
    """Is the claim an armed group's own (the extractor's label), or by the event's actor1?"""
    if fold(source) == ARMED_GROUP_CLAIM:
        return True
    if is_unnamed(event.actor1) or not source.strip():
        return False
    actor = fold(event.actor1)
    short = actor.split(":", 1)[0].strip()
    said = fold(source)
    return said in (actor, short) or (len(short) >= 3 and short in said)


def report_fatalities(event: Event) -> tuple[int | None, int]:
    """(the figure this source gives, or None; the highest perpetrator-claimed figure)."""
    claimed = 0
    gives_figure = event.fatalities > 0
    for claim in event.claims:
        if claim.field != "fatalities":
            continue
        if is_perpetrator_claim(event, claim.source):
            claimed = max(claimed, claim.high or claim.value)
        elif claim.value == 0:
            gives_figure = True  # "no one was killed" is a figure
    return (event.fatalities if gives_figure else None), claimed


def combine_fatalities(events: Sequence[Event]) -> Fatalities:
    figures: list[int] = []
    claimed = 0
    for event in events:
        figure, perpetrator = report_fatalities(event)
        if figure is not None:
            figures.append(figure)
        claimed = max(claimed, perpetrator)
    low = min(figures, default=0)
    best = max(figures, default=0)
    return Fatalities(low, best, max(best, claimed))


def _most_common(values: Sequence[str]) -> str:
    """The most frequent value; ties go to the alphabetically first (order-independent)."""
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def _pick_actors(events: Sequence[Event]) -> dict[str, Any]:
    def side(attr: str, exclude: str = "") -> Event:
        named = [e for e in events if not is_unnamed(getattr(e, attr))]
        pool = [e for e in named if getattr(e, attr) != exclude] or named or list(events)
        name = _most_common([getattr(e, attr) for e in pool])
        return min((e for e in pool if getattr(e, attr) == name), key=_canonical)

    first = side("actor1")
    second = side("actor2", exclude=first.actor1)
    assoc1 = sorted({a for e in events for a in e.assoc_actor_1.split("; ") if a})
    assoc2 = sorted({a for e in events for a in e.assoc_actor_2.split("; ") if a})
    inter2 = second.inter2 if second.actor2 else None
    return {
        "actor1": first.actor1,
        "inter1": first.inter1,
        "assoc_actor_1": "; ".join(assoc1),
        "actor2": second.actor2,
        "inter2": inter2,
        "assoc_actor_2": "; ".join(assoc2),
        "interaction": interaction_code(first.inter1, inter2),
    }


def _canonical(event: Event) -> tuple[Any, ...]:
    return (event.event_date, event.time_precision, event.location, event.actor1, event.notes)


def combine(reports: Sequence[Report]) -> Combined:
    """The merged event; the same whatever order the reports arrived in."""
    if not reports:
        raise ValueError("combine needs at least one report")
    ordered = [r.event for r in sorted(reports, key=lambda r: r.key)]
    best_time = min(e.time_precision for e in ordered)
    dated = [e for e in ordered if e.time_precision == best_time]
    date_counts = Counter(e.event_date for e in dated)
    event_date = min(date_counts, key=lambda d: (-date_counts[d], d))
    best_geo = min(e.geo_precision for e in ordered)
    placed = [e for e in ordered if e.geo_precision == best_geo]
    location = _most_common([e.location for e in placed])
    place = min((e for e in placed if e.location == location), key=_canonical)
    sub_event_type = _most_common([e.sub_event_type for e in ordered])
    notes = min((e for e in ordered if e.notes), key=_canonical, default=ordered[0]).notes
    fatalities = combine_fatalities(ordered)
    fields: dict[str, Any] = {
        "event_date": event_date,
        "time_precision": best_time,
        "event_type": ordered[0].event_type,
        "sub_event_type": sub_event_type,
        "civilian_targeting": _most_common([e.civilian_targeting for e in ordered]),
        "country": place.country,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "location": place.location,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geo_precision": place.geo_precision,
        "fatalities": fatalities.best,
        "notes": notes,
        **_pick_actors(ordered),
    }
    return Combined(fields, fatalities)
