"""The bundled demonstration: the sample articles shipped with the package, end to end."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import TextIO

from sahelwatch.articles import Article, article_from_bytes
from sahelwatch.extraction.api import extract_article, parse_date
from sahelwatch.output import write_records

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


def run_demo(out: TextIO) -> int:
    """Extract every sample article and print its events; return how many events."""
    total = 0
    for sample in sample_articles():
        result = extract_article(sample.article)
        out.write(
            f"\n{sample.outlet} — {sample.article.title} ({result.published}, {result.lang})\n"
        )
        total += write_records((e.to_record() for e in result.events), out, "table")
    out.write(f"\n{total} events from the bundled sample.\n")
    return total
