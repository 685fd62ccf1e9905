"""The extraction pipeline, in order, and the call that runs it on one article."""

from __future__ import annotations

import functools

from sahelwatch.articles import Article
from sahelwatch.extraction.components.actors import ActorAnnotator
from sahelwatch.extraction.components.casualties import CasualtyAnnotator
from sahelwatch.extraction.components.context import BackgroundMarker, SourceAnnotator
from sahelwatch.extraction.components.dates import DateAnnotator
from sahelwatch.extraction.components.language import LanguageIdentifier
from sahelwatch.extraction.components.places import PlaceAnnotator
from sahelwatch.extraction.components.published import PublicationDate
from sahelwatch.extraction.components.segment import FurnitureRemover, Sentencizer
from sahelwatch.extraction.components.triggers import TriggerAnnotator
from sahelwatch.extraction.doc import Doc
from sahelwatch.extraction.events.assemble import EventAssembler
from sahelwatch.extraction.pipeline import Pipeline


@functools.cache
def default_pipeline() -> Pipeline:
    """Built on first use: components load their word lists and the gazetteer lazily."""
    return Pipeline(
        [
            LanguageIdentifier(),
            FurnitureRemover(),
            Sentencizer(),
            PublicationDate(),
            DateAnnotator(),
            CasualtyAnnotator(),
            ActorAnnotator(),
            SourceAnnotator(),
            PlaceAnnotator(),
            TriggerAnnotator(),
            BackgroundMarker(),
            EventAssembler(),
        ]
    )


def new_doc(article: Article) -> Doc:
    return Doc(
        text=article.text,
        published=article.published,
        lang=article.lang or "",
        source_name=article.source_name,
    )


def run_pipeline(article: Article) -> Doc:
    return default_pipeline()(new_doc(article))
