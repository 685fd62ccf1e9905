"""Request parameters of the API: parsed with the store's own rules, errors naming them."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Query
from pydantic import BaseModel, Field, field_validator

from sahelwatch.errors import InputError
from sahelwatch.model import SUB_EVENT_TYPES
from sahelwatch.store import EventFilter, parse_filter

MAX_LIMIT = 1000
MAX_TEXT = 200_000

_Opt = Annotated[str | None, Query()]


def event_filter(
    *,
    since: Annotated[str | None, Query(description="first day, YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="last day, YYYY-MM-DD")] = None,
    country: Annotated[str | None, Query(description="country name, e.g. Mali")] = None,
    admin1: Annotated[str | None, Query(description="region (admin1), e.g. Mopti")] = None,
    location: Annotated[str | None, Query(description="place name")] = None,
    actor: Annotated[str | None, Query(description="part of an actor's name")] = None,
    type: Annotated[str | None, Query(description="ACLED event type")] = None,
    origin: Annotated[str | None, Query(description="extracted, acled or ucdp")] = None,
    near: Annotated[str | None, Query(description="LAT,LON")] = None,
    radius_km: Annotated[str | None, Query(description="radius around near, km")] = None,
    limit: Annotated[str | None, Query(description=f"page size, at most {MAX_LIMIT}")] = None,
    offset: Annotated[str | None, Query(description="events to skip")] = None,
) -> EventFilter:
    """The API's filters: the same names and rules as `sahelwatch events`."""
    strings = {
        "since": since,
        "until": until,
        "country": country,
        "admin1": admin1,
        "location": location,
        "actor": actor,
        "type": type,
        "origin": origin,
        "near": near,
        "radius_km": radius_km,
        "limit": limit,
        "offset": offset,
    }
    for name, value in strings.items():
        if value is not None and not value.isprintable():
            raise InputError(f"{name}: control characters are not allowed in {value!r}")
    if limit is not None:
        parse_int("limit", limit, 1, MAX_LIMIT)
    if type and type.strip().lower() not in {t.lower() for t in SUB_EVENT_TYPES}:
        raise InputError(
            f"type: {type!r} is not an ACLED event type; use one of {', '.join(SUB_EVENT_TYPES)}"
        )
    return parse_filter(prefix="", **{k: v for k, v in strings.items() if v not in (None, "")})


def parse_int(name: str, value: str, low: int, high: int) -> int:
    try:
        number = int(value)
    except ValueError:
        raise InputError(f"{name}: {value!r} is not a whole number") from None
    if not low <= number <= high:
        raise InputError(f"{name}: must be between {low} and {high}, not {number}")
    return number


def parse_day(name: str, value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{name}: {value!r} is not a date; use YYYY-MM-DD") from None


class ArticleIn(BaseModel):
    """One article to extract events from and store."""

    text: str = Field(min_length=1, max_length=MAX_TEXT, description="headline, blank line, body")
    url: str | None = Field(None, max_length=2000)
    outlet: str = Field("", max_length=200)
    title: str = Field("", max_length=500)
    published: dt.date | None = Field(None, description="publication date, YYYY-MM-DD")
    lang: str | None = Field(None, pattern="^(en|fr)$")

    @field_validator("text", "url", "outlet", "title")
    @classmethod
    def _no_nul(cls, value: str | None) -> str | None:
        if value is not None and "\x00" in value:
            raise ValueError("NUL characters are not allowed")
        return value
