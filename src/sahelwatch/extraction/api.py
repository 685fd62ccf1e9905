"""The library entry points: ``extract`` for text, ``extract_article`` for articles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sahelwatch.articles import Article, article_from_text
from sahelwatch.errors import InputError, MissingPublicationDateError
from sahelwatch.extraction.doc import Doc
from sahelwatch.model import Event


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one article yields: its events and what was learnt about the article."""

    article: Article
    lang: str
    published: dt.date
    events: list[Event]
    doc: Doc


def parse_date(value: dt.date | str | None, what: str = "published") -> dt.date | None:
    """Accept a date or an ISO ``YYYY-MM-DD`` string; say how to fix anything else."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError as error:
        raise InputError(f"{what}: {value!r} is not a date; write it as YYYY-MM-DD.") from error


def extract(
    text: str, published: dt.date | str | None = None, lang: str | None = None
) -> list[Event]:
    """Events reported by a plain-text article (headline on the first line)."""
    article = article_from_text(text)
    return extract_article(article, published=published, lang=lang).events


def extract_article(
    article: Article, published: dt.date | str | None = None, lang: str | None = None
) -> Extraction:
    """Events of one article; ``published`` and ``lang`` fill what it does not say."""
    from sahelwatch.extraction.build import run_pipeline  # heavy resources load on first use

    article = article.with_defaults(published=parse_date(published), lang=lang)
    doc = run_pipeline(article)
    if doc.published is None:
        raise MissingPublicationDateError(article.source_name)
    return Extraction(
        article=article, lang=doc.lang, published=doc.published, events=doc.events, doc=doc
    )
