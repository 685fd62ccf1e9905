"""Storage: articles, merged events and their sources in SQLite or PostgreSQL.

Public API (other modules code against these names)::

    Store.open(settings, *, clock=utc_now, upgrade=True) -> Store
    store.add_extraction(ArticleMeta, events) -> AddResult
    store.query_events(EventFilter) -> EventPage;  parse_filter(prefix="--", **strings)
    store.get_event(id) -> StoredEvent | None;  store.explain(id) -> Explanation
    store.dump();  store.engine;  tables in sahelwatch.store.schema
    format_explanation(expl) -> str;  export_events(events, fmt, stream)
"""

from __future__ import annotations

from sahelwatch.store.export import EXPORT_FORMATS, export_events
from sahelwatch.store.filters import EventFilter, parse_filter
from sahelwatch.store.migrate import DatabaseUnavailableError
from sahelwatch.store.records import (
    AddResult,
    ArticleMeta,
    EventPage,
    Explanation,
    SourceExplanation,
    SourceRef,
    StoredEvent,
    format_explanation,
)
from sahelwatch.store.store import SchemaOutOfDateError, Store, utc_now

__all__ = [
    "EXPORT_FORMATS",
    "AddResult",
    "ArticleMeta",
    "DatabaseUnavailableError",
    "EventFilter",
    "EventPage",
    "Explanation",
    "SchemaOutOfDateError",
    "SourceExplanation",
    "SourceRef",
    "Store",
    "StoredEvent",
    "export_events",
    "format_explanation",
    "parse_filter",
    "utc_now",
]
