"""What the store takes in and hands out: plain, typed values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from sahelwatch.model import ACLED_FIELDS, Claim, Event, Evidence

EXTRACTED = "extracted"  # origin of events extracted from articles (imports: "acled", "ucdp")
CONFIRMED = "confirmed"
# Events with these statuses (reports from the ground not yet corroborated, or rejected
# by a moderator; see sahelwatch.alerts.reports) are left out of queries unless a filter
# asks for them by status.
HIDDEN_STATUSES = ("unverified", "rejected")


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """An article as the store records it: its text (hashed, not kept) and what is known."""

    text: str
    url: str | None = None
    outlet: str = ""
    title: str = ""
    published: dt.date | None = None
    language: str = ""
    origin: str = ""
    new_event_status: str = CONFIRMED  # status of the events this article creates


@dataclass(frozen=True, slots=True)
class AddResult:
    """What ``Store.add_extraction`` did with one article."""

    status: Literal["new", "unchanged"]
    article_id: str
    events_created: tuple[str, ...] = ()
    events_merged: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One article behind a stored event, with what it says about it."""

    article_id: str
    outlet: str
    url: str | None
    title: str
    published: dt.date | None
    evidence: tuple[str, ...] = ()
    claims: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "evidence": list(self.evidence),
            "claims": list(self.claims),
        }


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as stored: ACLED fields, fatality range, status, origin and its sources."""

    event_id: str
    fields: dict[str, Any]  # ACLED_FIELDS -> value (event_date a date)
    origin: str
    status: str
    fatalities_low: int
    fatalities_best: int
    fatalities_high: int
    external_id: str | None = None
    sources: tuple[SourceRef, ...] = ()

    @property
    def source_count(self) -> int:
        return len(self.sources)

    def to_record(self) -> dict[str, Any]:
        """ACLED columns in order, then id, origin, status, source count, fatalities, sources."""
        record: dict[str, Any] = {}
        for name in ACLED_FIELDS:
            value = self.fields.get(name)
            if isinstance(value, dt.date):
                value = value.isoformat()
            record[name] = "" if value is None else value
        record.update(
            event_id=self.event_id,
            origin=self.origin,
            status=self.status,
            source_count=self.source_count,
            fatalities_low=self.fatalities_low,
            fatalities_best=self.fatalities_best,
            fatalities_high=self.fatalities_high,
            sources=[s.to_dict() for s in self.sources],
        )
        return record


EXTRA_COLUMNS: tuple[str, ...] = (
    "event_id",
    "origin",
    "status",
    "source_count",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "sources",
)


@dataclass(frozen=True, slots=True)
class EventPage:
    """One page of a query: the events, how many match in all, and the page bounds."""

    events: list[StoredEvent]
    total: int
    limit: int
    offset: int
    total_exact: bool = True  # False: at least ``total`` match (a capped count, see query)


@dataclass(frozen=True, slots=True)
class SourceExplanation:
    """Why one source was merged into an event."""

    article_id: str
    outlet: str
    url: str | None
    published: dt.date | None
    position: int
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Explanation:
    """An event and, per source, the match score and reasons that merged it."""

    event: StoredEvent
    sources: tuple[SourceExplanation, ...] = field(default_factory=tuple)


def event_snapshot(event: Event) -> dict[str, Any]:
    """A JSON-able copy of an extracted event (what one source says), for event_sources."""
    record = event.to_record()
    record.pop("interaction", None)
    record["inter1"] = event.inter1
    record["inter2"] = event.inter2
    return record


def event_from_snapshot(record: dict[str, Any]) -> Event:
    """Rebuild the Event that ``event_snapshot`` stored."""
    return Event(
        event_date=dt.date.fromisoformat(str(record["event_date"])),
        time_precision=int(record["time_precision"]),
        event_type=str(record["event_type"]),
        sub_event_type=str(record["sub_event_type"]),
        actor1=str(record["actor1"]),
        inter1=int(record["inter1"] or 0),
        country=str(record["country"]),
        location=str(record["location"]),
        latitude=float(record["latitude"]),
        longitude=float(record["longitude"]),
        geo_precision=int(record["geo_precision"]),
        admin1=str(record.get("admin1") or ""),
        admin2=str(record.get("admin2") or ""),
        assoc_actor_1=str(record.get("assoc_actor_1") or ""),
        actor2=str(record.get("actor2") or ""),
        assoc_actor_2=str(record.get("assoc_actor_2") or ""),
        inter2=int(record["inter2"]) if record.get("inter2") not in (None, "") else None,
        civilian_targeting=str(record.get("civilian_targeting") or ""),
        fatalities=int(record.get("fatalities") or 0),
        notes=str(record.get("notes") or ""),
        evidence=[Evidence(**e) for e in record.get("evidence", [])],
        claims=[Claim(**c) for c in record.get("claims", [])],
    )


def format_explanation(explanation: Explanation) -> str:
    """A readable account of which sources an event merges, and why."""
    event = explanation.event
    f = event.fields
    lines = [
        f"event {event.event_id} ({event.origin}, {event.status})",
        f"  {f['event_date']} (time_precision {f['time_precision']}) {f['event_type']} / "
        f"{f['sub_event_type']}",
        f"  {f['location']}, {f['admin1']}, {f['country']} (geo_precision {f['geo_precision']})",
        f"  actors: {f['actor1']} vs {f['actor2'] or '-'}",
        f"  fatalities: low {event.fatalities_low}, best {event.fatalities_best}, "
        f"high {event.fatalities_high}",
        f"  {len(explanation.sources)} source(s):",
    ]
    for source in explanation.sources:
        published = source.published.isoformat() if source.published else "undated"
        lines.append(
            f"  - {source.outlet or '(unknown outlet)'}, {published}, event #{source.position}"
            f" - score {source.score:.2f}"
        )
        if source.url:
            lines.append(f"    {source.url}")
        lines.extend(f"    * {reason}" for reason in source.reasons)
    return "\n".join(lines) + "\n"
