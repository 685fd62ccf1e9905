"""Pure watch evaluation over event histories: no database, no clock, no I/O.

Each function takes the history (every stored event that counts, including the new ones)
and returns `Firing`s. A firing's ``key`` is what makes an alert unique for its watch: the
event id for event-triggered kinds, region and ISO week for surges. The store then
guarantees one alert per (watch, key), whatever the order or number of evaluations.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sahelwatch.alerts.watches import Site, Watch
from sahelwatch.model import VIOLENT_TYPES

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class HistoryEvent:
    """The fields of a stored event that watches look at."""

    event_id: str
    event_date: dt.date
    event_type: str
    country: str
    admin1: str
    admin2: str
    location: str
    latitude: float
    longitude: float
    fatalities: int = 0
    actors: tuple[str, ...] = ()

    @property
    def violent(self) -> bool:
        return self.event_type in VIOLENT_TYPES

    def area(self, level: str) -> str:
        return self.admin1 if level == "admin1" else self.admin2


@dataclass(frozen=True, slots=True)
class Firing:
    """A watch fired: ``key`` is unique per watch; ``event_id`` is the triggering event."""

    watch: str
    key: str
    event_id: str | None
    title: str
    reasons: tuple[str, ...] = field(default=())


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _in_scope(watch: Watch, event: HistoryEvent) -> bool:
    if watch.country and event.country != watch.country:
        return False
    return not watch.regions or event.area(watch.level) in watch.regions


def _order(event: HistoryEvent) -> tuple[dt.date, str]:
    return (event.event_date, event.event_id)


def proximity(watch: Watch, candidates: Iterable[HistoryEvent]) -> list[Firing]:
    """Violent events within ``radius_km`` of any of the watch's sites."""
    firings = []
    for event in sorted(candidates, key=_order):
        if not event.violent or (watch.country and event.country != watch.country):
            continue
        near: list[tuple[float, Site]] = []
        for site in watch.sites:
            km = distance_km(site.lat, site.lon, event.latitude, event.longitude)
            if km <= watch.radius_km:
                near.append((km, site))
        if near:
            near.sort(key=lambda pair: pair[0])
            reasons = tuple(f"{km:.1f} km from {site.name}" for km, site in near)
            km, site = near[0]
            title = f"{event.event_type} in {event.location}, {km:.0f} km from {site.name}"
            firings.append(Firing(watch.name, event.event_id, event.event_id, title, reasons))
    return firings


def _earlier_within(
    dates: Sequence[tuple[dt.date, str]], event: HistoryEvent, days: int
) -> tuple[dt.date, str] | None:
    """The latest (date, id) in sorted ``dates`` before ``event`` and at most ``days`` earlier."""
    index = bisect_left(dates, _order(event))
    if index == 0:
        return None
    previous = dates[index - 1]
    return previous if (event.event_date - previous[0]).days <= days else None


def spread(
    watch: Watch, history: Iterable[HistoryEvent], candidates: Iterable[HistoryEvent]
) -> list[Firing]:
    """The first violent event in an area after ``quiet_days`` days without one.

    Events on the same day are ordered by id, so only one of them is "the first".
    """
    by_area: dict[str, list[tuple[dt.date, str]]] = defaultdict(list)
    for event in history:
        if event.violent and event.area(watch.level):
            by_area[event.area(watch.level)].append(_order(event))
    for dates in by_area.values():
        dates.sort()
    firings = []
    for event in sorted(candidates, key=_order):
        area = event.area(watch.level)
        if not event.violent or not area or not _in_scope(watch, event):
            continue
        previous = _earlier_within(by_area.get(area, []), event, watch.quiet_days)
        if previous is None:
            earlier = [d for d in by_area.get(area, []) if d < _order(event)]
            last = f"last violent event {earlier[-1][0].isoformat()}" if earlier else "none before"
            firings.append(
                Firing(
                    watch.name,
                    event.event_id,
                    event.event_id,
                    f"{event.event_type} in {area} after {watch.quiet_days}+ quiet days",
                    (f"{watch.level} {area}", last, f"{event.location} {event.event_date}"),
                )
            )
    return firings


def new_actor(
    watch: Watch, history: Iterable[HistoryEvent], candidates: Iterable[HistoryEvent]
) -> list[Firing]:
    """Events bringing an actor not seen in their area for ``quiet_days`` days."""
    seen: dict[tuple[str, str], list[tuple[dt.date, str]]] = defaultdict(list)
    for event in history:
        for actor in _actors(event):
            seen[(event.area(watch.level), actor)].append(_order(event))
    for dates in seen.values():
        dates.sort()
    firings = []
    for event in sorted(candidates, key=_order):
        area = event.area(watch.level)
        if not area or not _in_scope(watch, event):
            continue
        new = [
            actor
            for actor in _actors(event)
            if _earlier_within(seen.get((area, actor), []), event, watch.quiet_days) is None
        ]
        if new:
            title = f"New in {area}: {', '.join(new)}"
            reasons = tuple(
                f"{a} not seen in {area} in the previous {watch.quiet_days} days" for a in new
            )
            firings.append(Firing(watch.name, event.event_id, event.event_id, title, reasons))
    return firings


def _actors(event: HistoryEvent) -> list[str]:
    """Armed and political actors; civilians are victims, not actors on the move."""
    return sorted({a for a in event.actors if a and not a.startswith("Civilians")})


def week_start(day: dt.date) -> dt.date:
    """Monday of ``day``'s ISO week."""
    return day - dt.timedelta(days=day.weekday())


def surge(
    watch: Watch,
    history: Iterable[HistoryEvent],
    weeks: Iterable[dt.date],
    data_start: dt.date | None = None,
) -> list[Firing]:
    """Areas whose weekly events (or fatalities) exceed mean + ``sd`` × stdev of the baseline.

    ``weeks`` are the days whose ISO week to test; the baseline is the ``baseline_weeks``
    full weeks before it (weeks without events count as zero). Weeks whose baseline starts
    before the data do not fire (no baseline yet), nor do areas with no activity in the
    whole baseline (the ``spread`` watch covers violence reaching quiet areas).
    ``data_start`` is the date of the earliest event stored (default: of ``history``).
    """
    history = list(history)
    totals: dict[str, dict[dt.date, float]] = defaultdict(lambda: defaultdict(float))
    latest: dict[tuple[str, dt.date], HistoryEvent] = {}
    for event in history:
        area = event.area(watch.level)
        if not area or not _in_scope(watch, event):
            continue
        start = week_start(event.event_date)
        totals[area][start] += 1 if watch.measure == "events" else event.fatalities
        key = (area, start)
        if key not in latest or _order(event) > _order(latest[key]):
            latest[key] = event
    if data_start is None:
        data_start = min((e.event_date for e in history), default=dt.date.max)
    first_week = week_start(data_start)
    firings = []
    for start in sorted({week_start(d) for d in weeks}):
        if start - dt.timedelta(weeks=watch.baseline_weeks) < first_week:
            continue
        for area in sorted(totals):
            current = totals[area].get(start, 0.0)
            baseline = [
                totals[area].get(start - dt.timedelta(weeks=i), 0.0)
                for i in range(1, watch.baseline_weeks + 1)
            ]
            mean = statistics.fmean(baseline)
            threshold = mean + watch.sd * statistics.pstdev(baseline)
            if current > threshold and any(baseline):
                trigger = latest.get((area, start))
                firings.append(
                    Firing(
                        watch.name,
                        f"{area}|{start.isoformat()}",
                        trigger.event_id if trigger else None,
                        f"Surge in {area}: {current:g} {watch.measure} in the week of {start}",
                        (
                            f"baseline mean {mean:.2f}, sd {statistics.pstdev(baseline):.2f} "
                            f"over {watch.baseline_weeks} weeks",
                            f"threshold {threshold:.2f}",
                        ),
                    )
                )
    return firings


def evaluate(
    watch: Watch,
    history: Sequence[HistoryEvent],
    candidates: Sequence[HistoryEvent],
    data_start: dt.date | None = None,
) -> list[Firing]:
    """Everything ``watch`` fires for the ``candidates`` (new events) given the ``history``
    (``data_start``: the earliest stored event's date, see `surge`)."""
    if watch.kind == "proximity":
        return proximity(watch, candidates)
    if watch.kind == "spread":
        return spread(watch, history, candidates)
    if watch.kind == "new_actor":
        return new_actor(watch, history, candidates)
    return surge(watch, history, [e.event_date for e in candidates], data_start)
