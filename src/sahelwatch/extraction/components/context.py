"""Who reports what (attribution), and which sentences are background rather than news.

Background, history and aggregate statements ("dozens of soldiers have died since
January", "26 peacekeepers died in 2016", "attacks more than doubled") are the commonest
source of false events in machine-coded data: a sentence that carries such a cue and no
fresh date is marked as background and yields no event.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from sahelwatch.extraction.doc import DateMention, Doc, SourceMention, TriggerMention
from sahelwatch.extraction.lexicon import load_language, speech_regex
from sahelwatch.extraction.pipeline import Component
from sahelwatch.extraction.text import (
    Spans,
    finditer_in_ranges,
    fold,
    phrase_alternation,
    phrase_regex,
    squash_spaces,
)
from sahelwatch.model import TIME_WEEK

FRESH_DAYS = 21  # a dated mention this close to publication is news, not history
AGGREGATE_LOW = 100  # "hundreds", "des centaines", "thousands"
_YEAR_PRECISION = 4
# A past year in an aside about an entity ("a taskforce created in 2014") dates the
# entity, not the sentence.
_ENTITY_HISTORY = re.compile(
    r"(?:created|founded|established|formed|set\s+up|launched|deployed|since\s+its|creee?s?|"
    r"fondee?s?|mise?\s+en\s+place|lancee?)\s+(?:in|en)\s+$"
)


def _in_entity_history(before: str) -> bool:
    """Does the text end like _ENTITY_HISTORY ("created in ")? It ends with "in" or "en"
    then white space, which is quicker to look at than a search."""
    stripped = before.rstrip()
    if len(stripped) == len(before) or not stripped.endswith(("in", "en")):
        return False
    return bool(_ENTITY_HISTORY.search(before))


@functools.cache
def _source_patterns(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    sources = load_language(lang)["sources"]
    label_of = {fold(w): label for label, words in sources.items() for w in words}
    return phrase_regex(label_of), label_of


# "according to the army", "selon des sources locales": a source named before what it says.
_SOURCE_INTRO = re.compile(
    r"(?:according\s+to|selon|d'apres|citing|quoting|cited\s+by|told|a\s+statement\s+(?:by|from)|"
    r"communique\s+(?:de|du|des)|statement\s+from|de\s+source)\s+(?:the\s+|l'|la\s+|le\s+|les\s+|"
    r"des\s+|une?\s+|two\s+|three\s+|deux\s+|trois\s+)?$"
)


def is_speaking(folded: str, start: int, end: int, speech: re.Pattern[str]) -> bool:
    """Does a source phrase speak here: followed by a verb of saying, or introduced as one?"""
    if _SOURCE_INTRO.search(folded[max(0, start - 40) : start]) or speech.search(
        folded, start, end
    ):
        return True  # "according to the army", "the group said"
    after = folded[end : end + 60]
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    said = speech.match(clause.strip()) or speech.search(clause[:35])
    # "par la katiba Macina, selon des sources locales": another source speaks
    return said is not None and said.group().strip() not in _INTRODUCES_ANOTHER


_INTRODUCES_ANOTHER = frozenset({"selon", "d'apres", "according to", "citing"})
_CLAUSE_END = re.compile(r"[.;]")


@functools.cache
def _background_regex(lang: str) -> re.Pattern[str]:
    cues = load_language(lang)["background_cues"]
    # and "%", looked for apart (see BackgroundMarker.match)
    return re.compile(rf"(?<![\w])(?:{phrase_alternation(cues)})(?![\w])")


ARMED_GROUP_CLAIM = "armed group claim"  # the sources lexicon's label for a group's claim
# labels of the sources lexicon that are armed groups speaking: what they say is a claim
_ARMED_SPEAKERS = frozenset({ARMED_GROUP_CLAIM, "rebels"})


class SourceAnnotator(Component[list[SourceMention]]):
    """Sources named in a sentence: the army, local officials, witnesses, the armed group..."""

    name = "sources"
    reads = ("text", "sentences", "lang", "actors")
    writes = ("sources",)

    def match(self, doc: Doc) -> list[SourceMention]:
        regex, label_of = _source_patterns(doc.lang)
        speech = speech_regex(doc.lang)
        folded = doc.folded
        # a named armed group that speaks ("JNIM said its fighters killed 40") claims, in
        # its own name (a unit speaks for its parent: Katiba Macina for JNIM)
        out = [
            SourceMention(a.start, a.end, a.text, a.sentence, a.actor.parent or a.actor.name, True)
            for a in doc.actors
            if a.actor.is_armed_nonstate
            and not a.actor.is_vague
            and is_speaking(folded, a.start, a.end, speech)
        ]
        groups = Spans((s.start, s.end) for s in out)
        spans = [(s.start, s.end) for s in doc.sentences]
        for sentence, found in zip(
            doc.sentences, finditer_in_ranges(regex, folded, spans), strict=True
        ):
            for m in found:
                if not is_speaking(folded, m.start(), m.end(), speech):
                    continue  # "an army convoy" is not the army speaking
                label = label_of[squash_spaces(m.group())]
                text = doc.text[m.start() : m.end()]
                claim = label in _ARMED_SPEAKERS
                if label == ARMED_GROUP_CLAIM and groups.overlaps(m.start(), m.end()):
                    continue  # "JNIM said": the group by its name, not as "a group"
                out.append(SourceMention(m.start(), m.end(), text, sentence.index, label, claim))
        return out

    def set_annotations(self, doc: Doc, found: list[SourceMention]) -> None:
        doc.sources = sorted(found, key=lambda s: s.start)


def is_fresh(date: dt.date, precision: int, published: dt.date) -> bool:
    return precision <= TIME_WEEK and (published - date).days <= FRESH_DAYS


class BackgroundMarker(Component[set[int]]):
    """Sentences that tell history or aggregates, not a new event."""

    name = "background"
    reads = ("text", "sentences", "dates", "casualties", "places", "triggers", "published", "lang")
    writes = ("background",)

    def match(self, doc: Doc) -> set[int]:
        if doc.published is None:
            return set()
        cues = _background_regex(doc.lang)
        folded = doc.folded
        dated: dict[int, list[tuple[dt.date, int, bool]]] = {}
        for mention in doc.dates:
            if _in_entity_history(folded[max(0, mention.start - 30) : mention.start]):
                continue
            dated.setdefault(mention.sentence, []).append(
                (mention.date, mention.precision, mention.reporting)
            )
        lead = {s.index for s in doc.sentences[:2]}
        # "Hundreds of people have been killed there": a vague count in the hundreds or
        # thousands, in no place of its own, sums up a conflict ("executed hundreds of men
        # in Moura" is an event)
        counts: dict[int, list[bool]] = {}
        for c in doc.casualties:
            counts.setdefault(c.sentence, []).append(c.vague and c.low >= AGGREGATE_LOW)
        placed = {p.sentence for p in doc.places if p.role in ("event", "near")}
        aggregates = {i for i, flags in counts.items() if all(flags) and i not in placed}
        periods = _period_sums(doc)
        background = set()
        spans = [(s.start, s.end) for s in doc.sentences]
        for sentence, cued in zip(
            doc.sentences, finditer_in_ranges(cues, folded, spans), strict=True
        ):
            dates = dated.get(sentence.index)
            old_year = False
            if dates:  # most sentences have none: spare them the tests
                fresh = any(
                    is_fresh(d, p, doc.published) for d, p, reporting in dates if not reporting
                )
                if fresh and not _deeds_of_an_old_year(doc, sentence.index):
                    continue
                old_year = any(
                    p == _YEAR_PRECISION and d.year < doc.published.year for d, p, _ in dates
                )
            has_cue = sentence.index not in lead and (
                bool(cued) or folded.find("%", sentence.start, sentence.end) >= 0
            )
            history = not dates and _follows_old_history(doc, sentence.index, dated)
            summed = sentence.index in periods or sentence.index in aggregates
            if summed or has_cue or old_year or history:
                background.add(sentence.index)
        return background

    def set_annotations(self, doc: Doc, found: set[int]) -> None:
        doc.background = found


OLD_HISTORY_DAYS = 365
# a count over a longer span sums up a period ("between 1 September and 15 October")
PERIOD_DAYS = 14


def _deeds_of_an_old_year(doc: Doc, index: int) -> bool:
    """'A court on Thursday sentenced six men for their role in an attack on the market of
    Dioura in 2023': every event word stands nearer an old year than any fresh date, so
    the deed is of that year; the fresh day is the news about it."""
    assert doc.published is not None
    triggers = doc.triggers_in(index)
    mentions = [d for d in doc.dates_in(index) if not d.reporting]
    old = [
        d for d in mentions if d.precision == _YEAR_PRECISION and d.date.year < doc.published.year
    ]
    if not triggers or not old:
        return False
    fresh = [d for d in mentions if d not in old]

    def distance(t: TriggerMention, d: DateMention) -> int:
        return max(d.start - t.end, t.start - d.end, 0)

    return all(
        min(distance(t, d) for d in old) < min((distance(t, d) for d in fresh), default=10**6)
        for t in triggers
    )


def _period_sums(doc: Doc) -> set[int]:
    """Sentences that count deeds over a span of weeks, and the undated sentences of their
    paragraph that go on with the sum ("...were responsible for most of the killings")."""
    spans: dict[int, list[bool]] = {}
    for d in doc.dates:
        long = d.last is not None and (d.last - d.date).days > PERIOD_DAYS
        spans.setdefault(d.sentence, []).append(long and not d.reporting)
    counted = {c.sentence for c in doc.casualties}
    found: set[int] = set()
    for sentence in doc.sentences:
        index = sentence.index
        flags = spans.get(index)
        if flags:
            if all(flags) and index in counted:
                found.add(index)
        elif index - 1 in found and doc.sentences[index - 1].paragraph == sentence.paragraph:
            found.add(index)
    return found


def _follows_old_history(
    doc: Doc, index: int, dated: dict[int, list[tuple[dt.date, int, bool]]]
) -> bool:
    """An undated sentence right after one of its paragraph dated only a year or more back
    goes on with that history ("...left by the end of 2023. Several handovers turned
    violent: rebels and the army fought over the camps")."""
    if index < 2 or doc.published is None:
        return False
    sentence, previous = doc.sentences[index], doc.sentences[index - 1]
    dates = dated.get(index - 1)
    if previous.paragraph != sentence.paragraph or not dates:
        return False
    return all(
        not reporting and (doc.published - d).days >= OLD_HISTORY_DAYS for d, _, reporting in dates
    )
