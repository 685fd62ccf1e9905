"""Extraction as named, ordered components, each declaring what it reads and writes.

A component's ``match`` is pure (it only reads the document); ``set_annotations``
stores what it found. The pipeline checks at construction that every attribute a
component reads is written by an earlier one, so a mis-ordered pipeline fails at
once rather than producing silently empty events.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar, Generic, Protocol, TypeVar

from sahelwatch.errors import SahelwatchError
from sahelwatch.extraction.doc import Doc

log = logging.getLogger(__name__)

T = TypeVar("T")

# What a freshly made Doc already carries.
DOC_INPUTS = frozenset({"text", "published", "lang", "source_name"})


class PipelineError(SahelwatchError):
    """The pipeline is assembled wrongly (a developer error, not an input error)."""


class Component(Generic[T]):
    """One named step. Subclasses set ``name``, ``reads``, ``writes`` and the two methods."""

    name: ClassVar[str]
    reads: ClassVar[tuple[str, ...]]
    writes: ClassVar[tuple[str, ...]]

    def match(self, doc: Doc) -> T:
        raise NotImplementedError

    def set_annotations(self, doc: Doc, found: T) -> None:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


class Step(Protocol):
    """What the pipeline needs of a component, whatever its match type."""

    @property
    def name(self) -> str: ...

    @property
    def reads(self) -> tuple[str, ...]: ...

    @property
    def writes(self) -> tuple[str, ...]: ...

    def __call__(self, doc: Doc) -> Doc: ...


@dataclass(frozen=True, slots=True)
class DocResult:
    """One document's outcome in a batch: a Doc, or the error that stopped it."""

    doc: Doc | None
    error: Exception | None = None


class Pipeline:
    def __init__(self, components: Sequence[Step]) -> None:
        available = set(DOC_INPUTS)
        names: set[str] = set()
        for component in components:
            if component.name in names:
                raise PipelineError(f"component {component.name!r} appears twice")
            missing = [attr for attr in component.reads if attr not in available]
            if missing:
                raise PipelineError(
                    f"component {component.name!r} reads {missing} but no earlier "
                    "component writes them: reorder the pipeline"
                )
            available.update(component.writes)
            names.add(component.name)
        self.components = list(components)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, doc: Doc) -> Doc:
        for component in self.components:
            doc = component(doc)
        return doc

    def pipe(self, docs: Iterable[Doc]) -> Iterator[DocResult]:
        """Run every document; one that fails is reported, never stops the batch."""
        for doc in docs:
            try:
                yield DocResult(self(doc))
            except Exception as error:  # isolate: the batch goes on; caller sees the error
                log.warning("extraction failed for %s: %s", doc.source_name, error)
                yield DocResult(None, error)
