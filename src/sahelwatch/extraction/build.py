"""Assembles the extraction pipeline (placeholder until the components land)."""

from __future__ import annotations

from sahelwatch.articles import Article
from sahelwatch.extraction.doc import Doc


def run_pipeline(article: Article) -> Doc:
    return Doc(
        text=article.text,
        published=article.published,
        lang=article.lang or "en",
        source_name=article.source_name,
    )
