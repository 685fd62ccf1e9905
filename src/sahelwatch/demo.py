"""The bundled demonstration: the sample articles shipped with the package, end to end."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from sahelwatch.articles import Article, article_from_bytes
from sahelwatch.extraction.api import parse_date

if TYPE_CHECKING:
    from sahelwatch.settings import Settings
    from sahelwatch.store import Store, StoredEvent

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SampleArticle:
    article: Article
    outlet: str


def sample_articles() -> Iterator[SampleArticle]:
    """The sample (invented articles, written for this project), as the manifest lists it."""
    folder = resources.files("sahelwatch.data").joinpath("sample")
    for line in folder.joinpath("manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        path = entry["path"]
        article = article_from_bytes(
            folder.joinpath(path).read_bytes(),
            source_name=path,
            html=path.endswith(".html"),
            url=entry.get("url"),
        )
        article = article.with_defaults(
            published=parse_date(entry.get("published")), lang=entry.get("lang")
        )
        yield SampleArticle(article, entry.get("source", ""))


def run_demo(out: TextIO, settings: Settings, briefing: Path | None = None) -> int:
    """Ingest the sample (as ``sahelwatch ingest`` would), print its stored events and, if
    asked, write the briefing report of the whole database to ``briefing``.

    Returns how many stored events the sample articles are behind.
    """
    from sahelwatch.ingest.fetch import FetchLimits
    from sahelwatch.ingest.inputs import expand_inputs
    from sahelwatch.ingest.run import ingest
    from sahelwatch.ingest.work import WorkOptions
    from sahelwatch.store import Store

    folder = resources.files("sahelwatch.data").joinpath("sample")
    with resources.as_file(folder) as path, Store.open(settings) as store:
        items = list(expand_inputs([str(path / "manifest.jsonl")], FetchLimits()))
        summary = ingest(items, store, WorkOptions())
        out.write(f"Ingested the bundled sample into {settings.db_url}\n{summary.format()}\n")
        urls = {item.url for item in items}
        events = [e for e in _all_events(store) if any(s.url in urls for s in e.sources)]
    write_event_table(events, out)
    out.write(f"\n{len(events)} events from the bundled sample.\n")
    if briefing is not None:
        write_briefing(settings, briefing)
        out.write(f"Briefing report written to {briefing}\n")
    return len(events)


def write_briefing(settings: Settings, path: Path, title: str = "Sahel security brief") -> None:
    """The self-contained HTML brief of every stored event (as ``sahelwatch report``)."""
    from sahelwatch.store import EventFilter, Store
    from sahelwatch.web.briefing import build_briefing
    from sahelwatch.web.report import render_briefing

    with Store.open(settings) as store:
        html = render_briefing(build_briefing(store, EventFilter(), title=title))
    path.write_text(html, encoding="utf-8")


def _all_events(store: Store) -> Iterator[StoredEvent]:
    from sahelwatch.store import EventFilter

    offset = 0
    while True:
        page = store.query_events(EventFilter(limit=_PAGE, offset=offset))
        yield from page.events
        offset += len(page.events)
        if not page.events or offset >= page.total:
            return


_PAGE = 500
_COLUMNS = (  # (record key, heading, width)
    ("event_date", "event_date", 10),
    ("event_type", "event_type", 26),
    ("location", "location", 16),
    ("admin1", "admin1", 10),
    ("actor1", "actor1", 30),
    ("fatalities", "dead", 4),
    ("source_count", "sources", 7),
)


def write_event_table(events: list[StoredEvent], out: TextIO) -> None:
    """Stored events as a table with their source counts, each followed by its outlets."""
    out.write(" ".join(heading.ljust(width) for _, heading, width in _COLUMNS).rstrip() + "\n")
    out.write(" ".join("-" * width for _, _, width in _COLUMNS) + "\n")
    for event in events:
        record = event.to_record()
        out.write(" ".join(_cell(record.get(key), w) for key, _, w in _COLUMNS).rstrip() + "\n")
        outlets = "; ".join(s.outlet or s.url or "?" for s in event.sources)
        out.write(f"{'':10} from: {outlets}\n")
    if not events:
        out.write("(no events)\n")


def _cell(value: object, width: int) -> str:
    text = str("" if value is None else value)
    return (text[: width - 1] + "…") if len(text) > width else text.ljust(width)
