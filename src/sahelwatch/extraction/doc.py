"""The document an extraction pipeline annotates, and the mention types it holds.

Like a spaCy ``Doc``: the text never changes once cleaned; components add typed
annotations whose character offsets point into it, so every field of every event
can be traced back to the words it came from.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from sahelwatch.extraction.lexicon import ActorEntry
    from sahelwatch.geo.place import Place
    from sahelwatch.model import Event


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    is_headline: bool = False


@dataclass(frozen=True, slots=True)
class DateMention:
    """A time expression resolved to a date (or the first day of a span)."""

    start: int
    end: int
    text: str
    sentence: int
    date: dt.date
    precision: int  # ACLED time_precision of this expression alone
    last: dt.date | None = None  # last day of a span ("between 27 March and 1 April")
    relative: bool = False  # resolved against another date rather than stated outright
    reporting: bool = False  # dates a statement ("said on Monday") or lies in the future


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    sentence: int
    place: Place
    near: bool = False  # "near Tessit", "outskirts of": ACLED geo_precision 2
    confidence: float = 1.0
    role: str = "event"  # event | near | container | attribution | destination | dateline
    named_unknown: bool = False  # a village the gazetteer lacks, placed by its context


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    sentence: int
    actor: ActorEntry
    suspected: bool = False  # "suspected jihadists", "believed to be"


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    """A reported number of people with what happened to them."""

    start: int
    end: int
    text: str
    sentence: int
    low: int
    high: int
    outcome: str  # killed | wounded | missing | captured | dead_or_missing
    victim: str  # civilians | soldiers | attackers | people | peacekeepers | ...
    vague: bool = False  # "dozens", "several": a convention, not a count


@dataclass(frozen=True, slots=True)
class TriggerMention:
    """A word that reports violence or a strategic development."""

    start: int
    end: int
    text: str
    sentence: int
    event_type: str
    sub_event_type: str
    target: str = ""  # military | civilians | "" (unknown)


@dataclass(frozen=True, slots=True)
class SourceMention:
    """Who reports what a sentence says ("the army said", "selon des sources locales")."""

    start: int
    end: int
    text: str
    sentence: int
    source: str
    armed_group: bool = False  # an armed group speaking of its own deeds: a claim


class _InSentence(Protocol):
    @property
    def sentence(self) -> int: ...


M = TypeVar("M", bound=_InSentence)


@dataclass
class Doc:
    text: str
    published: dt.date | None = None
    lang: str = ""
    source_name: str = "<text>"
    sentences: list[Sentence] = field(default_factory=list)
    excluded: list[tuple[int, int]] = field(default_factory=list)  # boilerplate spans
    dates: list[DateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    casualties: list[CasualtyMention] = field(default_factory=list)
    triggers: list[TriggerMention] = field(default_factory=list)
    sources: list[SourceMention] = field(default_factory=list)
    background: set[int] = field(default_factory=set)  # sentence indexes
    events: list[Event] = field(default_factory=list)
    _indexes: dict[tuple[int, int], tuple[Sequence[_InSentence], dict[int, list[_InSentence]]]] = (
        field(default_factory=dict, repr=False, compare=False)
    )
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _starts_key: tuple[int, int] = field(default=(0, -1), repr=False, compare=False)

    @functools.cached_property
    def folded(self) -> str:
        """Lower-case, accent-free copy of the text, same length (see extraction.text.fold)."""
        from sahelwatch.extraction.text import fold

        return fold(self.text)

    # Per-sentence views of the annotations, indexed once: code that asks "the actors of
    # sentence i" for every sentence stays linear on long inputs.
    def actors_in(self, index: int) -> Sequence[ActorMention]:
        return self._in_sentence(self.actors, index)

    def places_in(self, index: int) -> Sequence[PlaceMention]:
        return self._in_sentence(self.places, index)

    def casualties_in(self, index: int) -> Sequence[CasualtyMention]:
        return self._in_sentence(self.casualties, index)

    def triggers_in(self, index: int) -> Sequence[TriggerMention]:
        return self._in_sentence(self.triggers, index)

    def sources_in(self, index: int) -> Sequence[SourceMention]:
        return self._in_sentence(self.sources, index)

    def dates_in(self, index: int) -> Sequence[DateMention]:
        return self._in_sentence(self.dates, index)

    def _in_sentence(self, mentions: Sequence[M], index: int) -> Sequence[M]:
        # keyed by the list itself (and its length): a component that sets or extends an
        # annotation list after a read gets a fresh index
        key = (id(mentions), len(mentions))
        cached = self._indexes.get(key)
        if cached is None:
            grouped: dict[int, list[_InSentence]] = {}
            for mention in mentions:
                grouped.setdefault(mention.sentence, []).append(mention)
            cached = self._indexes[key] = (mentions, grouped)
        return cached[1].get(index, ())  # type: ignore[return-value]

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start : sentence.end]

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding a character offset (-1 when none does)."""
        index = bisect.bisect_right(self._sentence_starts(), offset) - 1
        return index if index >= 0 and offset < self.sentences[index].end else -1

    def _sentence_starts(self) -> list[int]:
        # the sentences' start offsets (they are in order and do not overlap), listed once
        # per sentence list: components ask for thousands of offsets
        key = (id(self.sentences), len(self.sentences))
        if self._starts_key != key:
            self._starts = [s.start for s in self.sentences]
            self._starts_key = key
        return self._starts
