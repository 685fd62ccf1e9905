"""Request-value helpers of the aggregates; their SQL conditions are the store's own
(``sahelwatch.store.query.event_conditions``), so the list and the charts always agree."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sahelwatch.errors import InputError


def as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def check_choice(name: str, value: str, choices: Sequence[str]) -> str:
    if value not in choices:
        raise InputError(f"{name}: {value!r} is not one of {', '.join(choices)}")
    return value
