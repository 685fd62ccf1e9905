"""The per-article work a worker does: read (or fetch) the text and extract its events.

``process`` is a top-level function of plain, picklable values so that a process pool
or a Dask worker can run it; the main process alone writes the results to the store.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import logging
from dataclasses import dataclass

from sahelwatch.articles import Article, article_from_bytes, article_from_text, read_article
from sahelwatch.errors import SahelwatchError
from sahelwatch.ingest.fetch import FetchLimits, fetch
from sahelwatch.ingest.inputs import WorkItem
from sahelwatch.model import Event

log = logging.getLogger(__name__)
DEFAULT_LIMITS = FetchLimits()


@dataclass(frozen=True, slots=True)
class WorkOptions:
    """What the command line says about every article."""

    published: dt.date | None = None
    lang: str | None = None
    limits: FetchLimits = DEFAULT_LIMITS


@dataclass(frozen=True, slots=True)
class Extracted:
    """An article read and extracted: what the store needs to keep it."""

    text: str
    url: str | None
    outlet: str
    title: str
    published: dt.date
    language: str
    origin: str
    events: tuple[Event, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result for one work item: ``extracted``, or the ``error`` that stopped it."""

    name: str
    extracted: Extracted | None = None
    error: str | None = None
    stored_as: str | None = None  # already stored: nothing was read or extracted


def process(item: WorkItem, options: WorkOptions) -> Outcome:
    """Read and extract one item; a bad input becomes an error outcome naming the item."""
    if item.error is not None:
        return Outcome(item.name, error=item.error)
    if item.stored_as is not None:
        return Outcome(item.name, stored_as=item.stored_as)
    from sahelwatch.extraction.api import extract_article  # heavy: load in the worker

    try:
        article = load_article(item, options.limits)
        result = extract_article(article, published=options.published, lang=options.lang)
    except SahelwatchError as error:
        return Outcome(item.name, error=_naming(item.name, str(error)))
    except Exception as error:  # a bug, not bad input: fail this item, keep the others going
        log.exception("%s: extraction failed unexpectedly", item.name)
        reason = f"internal error ({type(error).__name__}: {error}); please report it"
        return Outcome(item.name, error=f"{item.name}: {reason} with this article")
    extracted = Extracted(
        text=article.text,
        url=item.url or article.url,
        outlet=item.outlet,
        title=item.title or article.title,
        published=result.published,
        language=result.lang,
        origin=item.origin,
        events=tuple(result.events),
    )
    return Outcome(item.name, extracted=extracted)


def load_article(item: WorkItem, limits: FetchLimits) -> Article:
    """The article text of an item, with the item's own date and language as defaults."""
    if item.path is not None:
        article = read_article(item.path, url=item.url)
    elif item.fetch_url is not None:
        data = fetch(item.fetch_url, limits)
        article = article_from_bytes(data, source_name=item.fetch_url, url=item.url)
    elif item.html:
        page = _html_page(item.title, item.text or "")
        article = article_from_text(page, source_name=item.name, html=True, url=item.url)
    else:
        text = _with_headline(item.title, item.text or "")
        article = article_from_text(text, source_name=item.name, url=item.url)
    article = article.with_defaults(published=item.published, lang=item.lang)
    return article


def _html_page(title: str, body_html: str) -> str:
    """A feed item's HTML fragment as a page whose headline is the item title."""
    heading = f"<h1>{html_lib.escape(title)}</h1>" if title else ""
    return f"<html><body><article>{heading}\n{body_html}</article></body></html>"


def _with_headline(title: str, text: str) -> str:
    """Plain text with the headline on its first line, as sahelwatch reads articles."""
    first_line = text.lstrip().split("\n", 1)[0].strip()
    if title and first_line != title.strip():
        return f"{title.strip()}\n\n{text}"
    return text


def _naming(name: str, message: str) -> str:
    return message if message.startswith(name) else f"{name}: {message}"
