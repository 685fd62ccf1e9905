"""What the reporting-form tests (tests/test_reporting_*.py) share."""

from __future__ import annotations

import sahelwatch
from sahelwatch.model import Event


def extract(text: str, published: str) -> list[Event]:
    """The events of an article written for a test, published on an ISO date."""
    return sahelwatch.extract(text, published=published)
