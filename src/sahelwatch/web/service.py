"""What ``POST /api/articles`` does: extract one text's events and store them."""

from __future__ import annotations

from typing import Any

from sahelwatch.articles import article_from_text
from sahelwatch.extraction.api import extract_article
from sahelwatch.store import ArticleMeta, Store
from sahelwatch.web.requests import ArticleIn

API_ORIGIN = "api"


def ingest_text(store: Store, posted: ArticleIn) -> dict[str, Any]:
    """Run the extractor over ``posted`` and add the article and its events in one
    transaction; posting the same article again changes nothing ("unchanged")."""
    article = article_from_text(posted.text, source_name="<api>", url=posted.url)
    result = extract_article(article, published=posted.published, lang=posted.lang)
    meta = ArticleMeta(
        text=article.text,
        url=posted.url,
        outlet=posted.outlet,
        title=posted.title or article.title,
        published=result.published,
        language=result.lang,
        origin=API_ORIGIN,
    )
    added = store.add_extraction(meta, result.events)
    return {
        "status": added.status,
        "article_id": added.article_id,
        "events_created": list(added.events_created),
        "events_merged": list(added.events_merged),
        "events": [e.to_record() for e in result.events],
    }


def watch_after_ingest(store: Store, event_ids: list[str]) -> None:
    """Corroborate ground reports, evaluate the watches and deliver (a background task)."""
    from sahelwatch.alerts.service import evaluate_after_ingest

    evaluate_after_ingest(store, event_ids)
