"""Batch deduplication of in-memory events: clusters of reports of the same event.

Two events are linked when ``match`` says they are the same event (and they do not come
from the same article); clusters are the connected components. Comparing every pair is
quadratic, so ``dedup`` compares only pairs that share a block:

- time: 7-day buckets covering each event's date interval plus the one-day slack;
- place: for a point, its 0.1-degree grid cell (probing the 3x3 cells around it) and its
  (admin1, location name); for a region-only report (geo_precision 3), its admin1,
  which every event of that admin1 is also filed under.

Any pair ``match`` accepts shares a block (a grid cell is at least ``NEAR_KM`` wide up
to latitude 60), so ``dedup`` returns exactly the clusters of ``dedup_all_pairs``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterator, Sequence

from sahelwatch.model import GEO_REGION, Event
from sahelwatch.store.match import DATE_SLACK_DAYS, date_interval, fold, match

CELL_DEGREES = 0.1
_BUCKET_DAYS = 7


class _Clusters:
    """Union-find over event indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return sorted(out.values())


def _linked(events: Sequence[Event], articles: Sequence[str] | None, i: int, j: int) -> bool:
    if articles is not None and articles[i] == articles[j]:
        return False
    return match(events[i], events[j]) is not None


def dedup_all_pairs(
    events: Sequence[Event], articles: Sequence[str] | None = None
) -> list[list[int]]:
    """The reference: compare every pair (quadratic; for tests and small inputs)."""
    clusters = _Clusters(len(events))
    for i in range(len(events)):
        for j in range(i + 1, len(events)):
            if clusters.find(i) != clusters.find(j) and _linked(events, articles, i, j):
                clusters.union(i, j)
    return clusters.groups()


def _buckets(event: Event) -> range:
    lo, hi = date_interval(event.event_date, event.time_precision)
    return range(
        lo.toordinal() // _BUCKET_DAYS, (hi.toordinal() + DATE_SLACK_DAYS) // _BUCKET_DAYS + 1
    )


def _cell(event: Event) -> tuple[int, int]:
    return math.floor(event.latitude / CELL_DEGREES), math.floor(event.longitude / CELL_DEGREES)


def _filed_under(event: Event) -> Iterator[Hashable]:
    """The place keys an event is filed under."""
    yield ("cell", event.country, event.event_type, *_cell(event))
    admin1 = fold(event.admin1)
    yield ("admin1", event.country, event.event_type, admin1)
    yield ("name", event.country, event.event_type, admin1, fold(event.location))


def _probes(event: Event) -> Iterator[Hashable]:
    """The place keys to look up: every key a matching event can be filed under."""
    row, col = _cell(event)
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            yield ("cell", event.country, event.event_type, row + dr, col + dc)
    admin1 = fold(event.admin1)
    yield ("name", event.country, event.event_type, admin1, fold(event.location))
    if event.geo_precision == GEO_REGION:
        yield ("admin1", event.country, event.event_type, admin1)


def dedup(events: Sequence[Event], articles: Sequence[str] | None = None) -> list[list[int]]:
    """Clusters (lists of indices, sorted) of events reporting the same event.

    ``articles[i]`` names the article event ``i`` comes from: two events of one article
    are never linked directly. Cost is near-linear in the number of events.
    """
    index: dict[tuple[int, Hashable], list[int]] = defaultdict(list)
    buckets = [_buckets(event) for event in events]
    for i, event in enumerate(events):
        filed = list(_filed_under(event))
        for bucket in buckets[i]:
            for key in filed:
                index[(bucket, key)].append(i)
    clusters = _Clusters(len(events))
    for i, event in enumerate(events):
        seen: set[int] = set()
        probes = list(_probes(event))
        for bucket in buckets[i]:
            for key in probes:
                for j in index.get((bucket, key), ()):
                    if j == i or j in seen:
                        continue
                    seen.add(j)
                    if clusters.find(i) != clusters.find(j) and _linked(events, articles, i, j):
                        clusters.union(i, j)
    return clusters.groups()
