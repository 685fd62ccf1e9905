"""The pipeline checks its own order and isolates failing documents."""

from __future__ import annotations

from typing import ClassVar

import pytest

from sahelwatch.extraction.build import default_pipeline
from sahelwatch.extraction.doc import Doc
from sahelwatch.extraction.pipeline import Component, Pipeline, PipelineError


class Writes(Component[str]):
    name: ClassVar[str] = "writer"
    reads: ClassVar[tuple[str, ...]] = ("text",)
    writes: ClassVar[tuple[str, ...]] = ("lang",)

    def match(self, doc: Doc) -> str:
        if "boom" in doc.text:
            raise ValueError("cannot read this document")
        return "en"

    def set_annotations(self, doc: Doc, found: str) -> None:
        doc.lang = found


class NeedsPlaces(Component[None]):
    name: ClassVar[str] = "needs-places"
    reads: ClassVar[tuple[str, ...]] = ("places",)
    writes: ClassVar[tuple[str, ...]] = ("events",)

    def match(self, doc: Doc) -> None:
        return None

    def set_annotations(self, doc: Doc, found: None) -> None:
        return None


def test_a_component_reading_what_nobody_wrote_is_refused() -> None:
    with pytest.raises(PipelineError, match=r"needs-places.*places"):
        Pipeline([Writes(), NeedsPlaces()])


def test_one_bad_document_does_not_stop_the_batch() -> None:
    results = list(Pipeline([Writes()]).pipe([Doc("fine"), Doc("boom"), Doc("fine too")]))
    assert [r.doc.lang if r.doc else None for r in results] == ["en", None, "en"]
    assert isinstance(results[1].error, ValueError)


def test_default_pipeline_is_well_ordered() -> None:
    names = default_pipeline().names
    assert names[0] == "language" and names[-1] == "events"
