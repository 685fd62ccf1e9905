"""Ingesting work items into the store: extraction anywhere, writes here, in input order."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

import sqlalchemy as sa

from sahelwatch.ingest.executors import ExecutorSpec, ordered_map
from sahelwatch.ingest.inputs import WorkItem
from sahelwatch.ingest.work import Outcome, WorkOptions, process
from sahelwatch.store import ArticleMeta, Store
from sahelwatch.store.identity import normalise_url
from sahelwatch.store.schema import articles

log = logging.getLogger(__name__)
SERIAL = ExecutorSpec()


@dataclass(frozen=True, slots=True)
class FailedItem:
    name: str
    reason: str


@dataclass(slots=True)
class IngestSummary:
    """What a run did, filled in as it goes (so an interrupted run can still say)."""

    new: int = 0
    unchanged: int = 0
    failed: list[FailedItem] = field(default_factory=list)
    events_created: int = 0
    events_merged: int = 0

    @property
    def all_ingested(self) -> bool:
        return not self.failed

    def format(self) -> str:
        lines = [
            f"articles: {self.new} new, {self.unchanged} unchanged, {len(self.failed)} failed",
            f"events: {self.events_created} created, {self.events_merged} merged",
        ]
        if self.failed:
            lines.append("failed:")
            lines.extend(f"  {item.reason}" for item in self.failed)
        return "\n".join(lines) + "\n"


def ingest(
    items: Iterable[WorkItem],
    store: Store,
    options: WorkOptions,
    spec: ExecutorSpec = SERIAL,
    *,
    summary: IngestSummary | None = None,
    on_item: Callable[[Outcome], None] | None = None,
) -> IngestSummary:
    """Extract every item (where ``spec`` says) and store each article in its own transaction."""
    summary = IngestSummary() if summary is None else summary
    with ordered_map(process, mark_stored(items, store), options, spec) as outcomes:
        for outcome in outcomes:
            store_outcome(outcome, store, summary)
            if on_item is not None:
                on_item(outcome)
    return summary


def store_outcome(outcome: Outcome, store: Store, summary: IngestSummary) -> None:
    """Add one article (atomically) and count what happened."""
    if outcome.stored_as is not None:
        summary.unchanged += 1
        return
    extracted = outcome.extracted
    if extracted is None:
        reason = outcome.error or f"{outcome.name}: failed"
        log.info("not ingested: %s", reason)
        summary.failed.append(FailedItem(outcome.name, reason))
        return
    meta = ArticleMeta(
        text=extracted.text,
        url=extracted.url,
        outlet=extracted.outlet,
        title=extracted.title,
        published=extracted.published,
        language=extracted.language,
        origin=extracted.origin,
    )
    result = store.add_extraction(meta, extracted.events)
    if result.status == "new":
        summary.new += 1
    else:
        summary.unchanged += 1
    summary.events_created += len(result.events_created)
    summary.events_merged += len(result.events_merged)


def mark_stored(items: Iterable[WorkItem], store: Store) -> Iterator[WorkItem]:
    """Mark items whose URL is already stored, so they are neither fetched nor extracted.

    The store would find them unchanged anyway; this saves re-reading a feed's articles
    on every poll and re-extracting what an interrupted run had already stored.
    """
    for item in items:
        found = stored_article_id(store, item.url) if item.error is None and item.url else None
        yield item if found is None else replace(item, stored_as=found)


def stored_article_id(store: Store, url: str) -> str | None:
    """The id of the stored article with this URL (normalised as the store does), if any."""
    query = sa.select(articles.c.id).where(articles.c.url_norm == normalise_url(url))
    with store.engine.connect() as conn:
        found = conn.execute(query).scalar_one_or_none()
    return None if found is None else str(found)
