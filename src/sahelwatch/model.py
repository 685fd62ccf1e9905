"""The event record sahelwatch produces, in ACLED's vocabulary.

Field names, event types, sub-event types, inter codes and precision codes follow
the ACLED Codebook so that sahelwatch output can be mixed with ACLED data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

# ACLED column order, as in ACLED's own CSV exports (the subset sahelwatch fills).
ACLED_FIELDS: tuple[str, ...] = (
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "notes",
)

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
STRATEGIC = "Strategic developments"
PROTESTS = "Protests"
RIOTS = "Riots"

SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    BATTLES: (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    EXPLOSIONS: (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    VIOLENCE_AGAINST_CIVILIANS: (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    PROTESTS: (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

VIOLENT_TYPES = frozenset({BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS})

# ACLED inter codes (actor categories).
INTER_STATE = 1
INTER_REBEL = 2
INTER_POLITICAL_MILITIA = 3
INTER_IDENTITY_MILITIA = 4
INTER_RIOTERS = 5
INTER_PROTESTERS = 6
INTER_CIVILIANS = 7
INTER_EXTERNAL = 8

# ACLED time_precision: 1 the day is known, 2 the week (or a span of days), 3 the month.
TIME_DAY, TIME_WEEK, TIME_MONTH = 1, 2, 3
# ACLED geo_precision: 1 the town itself, 2 near a town or part of a region, 3 region only.
GEO_TOWN, GEO_NEAR, GEO_REGION = 1, 2, 3


def interaction_code(inter1: int, inter2: int | None) -> int:
    """ACLED interaction: the two inter codes, lower first; a lone actor gives N0."""
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the article text (offsets into the cleaned text) backing an event."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Claim:
    """One reported figure, with who reported it and the words that say so."""

    field: str
    value: int
    text: str
    source: str
    start: int
    end: int
    high: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "field": self.field,
            "value": self.value,
            "source": self.source,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }
        if self.high is not None and self.high != self.value:
            out["high"] = self.high
        return out


@dataclass(slots=True)
class Event:
    """One ACLED-style event: one incident, on one day (or span), at one place."""

    event_date: dt.date
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str
    inter1: int
    country: str
    location: str
    latitude: float
    longitude: float
    geo_precision: int
    admin1: str = ""
    admin2: str = ""
    assoc_actor_1: str = ""
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int | None = None
    civilian_targeting: str = ""
    fatalities: int = 0
    notes: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    @property
    def interaction(self) -> int:
        return interaction_code(self.inter1, self.inter2)

    def to_record(self) -> dict[str, Any]:
        """ACLED columns in ACLED order, then evidence and claims."""
        record: dict[str, Any] = {}
        for name in ACLED_FIELDS:
            value = getattr(self, name)
            if isinstance(value, dt.date):
                value = value.isoformat()
            record[name] = "" if value is None else value
        record["evidence"] = [e.to_dict() for e in self.evidence]
        record["claims"] = [c.to_dict() for c in self.claims]
        return record
