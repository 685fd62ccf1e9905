"""Actor mentions: named groups, forces, vague mentions, civilians by nationality or community."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sahelwatch.extraction.doc import ActorMention, Doc
from sahelwatch.extraction.lexicon import (
    ActorEntry,
    actor_by_name,
    actor_patterns,
    nationality_lead_words,
)
from sahelwatch.extraction.pipeline import Component
from sahelwatch.extraction.text import Spans, fold, is_acronym, squash_spaces

_SUSPECTED_BEFORE = re.compile(
    r"(?:suspected|alleged|presumed|believed\s+to\s+be(?:\s+from)?|thought\s+to\s+be|likely|"
    r"presumes?|presumes|soupconnes?\s+d'etre|supposes|probablement|vraisemblablement)\s+"
    r"(?:(?:members?\s+of|elements?\s+of|membres?\s+(?:de|du|des)|the|du|de|des|la|le|l')\s+)*$"
)
_SUSPECTED_AFTER = re.compile(
    r"^[^.;]{0,40}?(?:is|are|was|were|being)\s+(?:widely\s+|strongly\s+)?(?:suspected|blamed)|"
    r"^\s+(?:presumes|presumees|presume)"
)
# A word each match of the pattern above holds: windows without any are not searched.
_SUSPECTED_BEFORE_WORDS = (
    *("suspected", "alleged", "presume", "believed", "thought", "likely", "soupconne"),
    *("supposes", "probablement", "vraisemblablement"),
)
_SUSPECTED_AFTER_WORDS = ("suspected", "blamed", "presume")
_CIVILIAN_NAME = "Civilians ({country})"
# a capitalised word and a hyphen just before an ethnic word: the word ends a place name
_PLACE_SUFFIX = re.compile(r"\b[A-ZÀ-Þ][\w'’]+-$")
# ... or a hyphen and a capitalised word just after it: the word opens one ("Bambara-Maoudé")
_PLACE_REST = re.compile(r"-[A-ZÀ-Þ]")


def _suspected(before: str, after: str) -> bool:
    """Do the words around a mention make it a suspicion ("suspected jihadists")?"""
    if any(w in before for w in _SUSPECTED_BEFORE_WORDS) and _SUSPECTED_BEFORE.search(before):
        return True
    return any(w in after for w in _SUSPECTED_AFTER_WORDS) and bool(_SUSPECTED_AFTER.search(after))


class ActorAnnotator(Component[list[ActorMention]]):
    name = "actors"
    reads = ("text", "sentences", "lang")
    writes = ("actors",)

    def match(self, doc: Doc) -> list[ActorMention]:
        pats = actor_patterns(doc.lang)
        folded = doc.folded
        found: list[tuple[int, int, ActorEntry]] = []
        starts = _literal_starts(doc.lang)
        exact = _finditer_at(pats.exact, doc.text, _word_starts(doc.text, starts.exact))
        for m in exact:
            found.append((m.start(), m.end(), pats.by_alias[squash_spaces(m.group())]))
        taken = Spans((s, e) for s, e, _ in found)
        for m in pats.folded.finditer(folded):
            if not taken.overlaps(m.start(), m.end()):
                found.append((m.start(), m.end(), pats.by_alias[squash_spaces(m.group())]))
        taken = Spans((s, e) for s, e, _ in found)
        nationals = _finditer_at(pats.nationality, folded, _nationality_starts(folded, starts))
        found.extend(self._foreign_civilians(nationals, pats.nationality_by_word, taken))
        mentions = []
        for start, end, entry in sorted(found, key=lambda f: f[0]):
            index = doc.sentence_at(start)
            if index < 0:
                continue
            before = folded[max(doc.sentences[index].start, start - 40) : start]
            suspected = _suspected(before, folded[end : end + 60])
            mentions.append(ActorMention(start, end, doc.text[start:end], index, entry, suspected))
        mentions = _drop_described_as(folded, mentions)
        mentions += self._communities(doc, folded)
        return mentions + _the_group_named_before(doc, folded, mentions)

    @staticmethod
    def _foreign_civilians(
        found: Iterable[re.Match[str]],
        by_word: dict[str, str],
        taken: Spans,
    ) -> list[tuple[int, int, ActorEntry]]:
        civilians = actor_by_name(_CIVILIAN_NAME)
        if civilians is None:
            return []
        out = []
        for m in found:
            entry = ActorEntry(
                name=_CIVILIAN_NAME,
                inter=civilians.inter,
                kind="civilians",
                nationality=by_word[m["nat"] or m["nat2"]],
            )
            out.append((m.start(), m.end(), entry))
        return [(s, e, a) for s, e, a in out if not taken.overlaps(s, e)] + [
            (s, e, a) for s, e, a in out if taken.overlaps(s, e)
        ]

    @staticmethod
    def _communities(doc: Doc, folded: str) -> list[ActorMention]:
        """Communities named in the text ("Fulani herders"): ACLED's ethnic group actors."""
        pats = actor_patterns(doc.lang)
        civilians = actor_by_name(_CIVILIAN_NAME)
        if civilians is None:
            return []
        out = []
        starts = _word_starts(folded, _literal_starts(doc.lang).ethnic)
        for m in _finditer_at(pats.ethnic, folded, starts):
            index = doc.sentence_at(m.start())
            if (
                index < 0
                or _PLACE_SUFFIX.search(doc.text, max(0, m.start() - 40), m.start())
                or _PLACE_REST.match(doc.text, m.end())
            ):
                continue  # "Ogossagou-Peul", "Bambara-Maoudé": a village's name, not a people
            group = pats.ethnic_by_word[squash_spaces(m.group())]
            entry = ActorEntry(
                name=f"{group} Ethnic Group ({{country}})",
                inter=civilians.inter,
                kind="community",
                ethnic=group,
            )
            out.append(
                ActorMention(m.start(), m.end(), doc.text[m.start() : m.end()], index, entry)
            )
        return out

    def set_annotations(self, doc: Doc, found: list[ActorMention]) -> None:
        doc.actors = sorted(found, key=lambda a: a.start)


# "des hommes armés présentés par des habitants comme des VDP", "gunmen described by
# witnesses as soldiers": who the vague men were said to be
_DESCRIBED_AS = re.compile(
    r"\s*,?\s*(?:presente|decrit|identifie|described|identified)\w*\s+"
    r"(?:[\w'-]+\s+){0,6}?(?:comme|as)\s+(?:(?:des|les|de|d'|du|the|some|being)\s+)?$"
)
# A word each match of the pattern above holds: gaps without any are not searched.
_DESCRIBED_AS_WORDS = ("presente", "decrit", "identifie", "described", "identified")
_VAGUE_ARMED = ("armed_vague", "militia_vague")


def _drop_described_as(folded: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """A vague armed group said to be a named actor is that actor: its own mention goes."""
    dropped = set()
    for vague, named in itertools.pairwise(mentions):
        if vague.actor.kind not in _VAGUE_ARMED or vague.sentence != named.sentence:
            continue
        if named.actor.kind in (*_VAGUE_ARMED, "civilians", "community"):
            continue
        gap = folded[vague.end : named.start]
        words = len(gap) <= 80 and any(w in gap for w in _DESCRIBED_AS_WORDS)
        if words and _DESCRIBED_AS.fullmatch(gap):
            dropped.add(id(vague))
    return [m for m in mentions if id(m) not in dropped]


# "the group's fighters abducted two traders", "ses combattants ont attaqué": the group
# the story named last
_THE_GROUP = re.compile(
    r"\b(?:the\s+group's\s+(?:fighters|militants|men)|the\s+(?:jihadist\s+|armed\s+)?group"
    r"(?!\s+of\b)|(?:les\s+)?combattants\s+du\s+groupe|le\s+groupe\s+(?:jihadiste|arme|terroriste))\b"
)


def _the_group_named_before(
    doc: Doc, folded: str, mentions: list[ActorMention]
) -> list[ActorMention]:
    named = sorted(
        (m for m in mentions if m.actor.is_armed_nonstate and not m.actor.is_vague),
        key=lambda m: m.start,
    )
    if not named or "group" not in folded:  # every _THE_GROUP match holds "group"
        return []
    taken = Spans((m.start, m.end) for m in mentions)
    out = []
    for found in _THE_GROUP.finditer(folded):
        start, end = found.span()
        before = [m for m in named if m.end <= start]
        index = doc.sentence_at(start)
        if not before or index < 0 or taken.overlaps(start, end):
            continue
        group = before[-1].actor
        out.append(ActorMention(start, end, doc.text[start:end], index, group))
    return out


# The exact, ethnic and nationality patterns are short lists run over the whole text, and
# match rarely: rather than trying them at every character, they are tried only where one
# of their words begins (found by str.find). Each begins with (?<![\w]) and a literal.


@dataclass(frozen=True, slots=True)
class _LiteralStarts:
    exact: tuple[str, ...]  # what every match of each pattern begins with
    ethnic: tuple[str, ...]
    nationality: tuple[str, ...]  # nationality words (a match holds one as a whole word)
    words_before: int  # most words before the nationality word in a match; -1: unknown


@functools.cache
def _literal_starts(lang: str) -> _LiteralStarts:
    pats = actor_patterns(lang)
    # acronyms: exact_regex escapes all but spaces; phrases: phrase_alternation folds them,
    # and only spaces and apostrophes are not literal
    acronyms = [alias.split(" ")[0] for alias in pats.by_alias if is_acronym(alias)]
    ethnic = [re.split("[ ']", fold(word.strip()))[0] for word in pats.ethnic_by_word]
    lead = nationality_lead_words(lang)
    simple = all(re.fullmatch(r"\w+(?: \w+)*", phrase) for phrase in lead)
    return _LiteralStarts(
        exact=_shortest(acronyms),
        ethnic=_shortest(ethnic),
        nationality=_shortest(pats.nationality_by_word),
        words_before=max(len(phrase.split(" ")) for phrase in lead) if simple else -1,
    )


def _shortest(literals: Iterable[str]) -> tuple[str, ...]:
    """The literals none of the others begins: where a longer one occurs, they occur too."""
    kept: list[str] = []
    for literal in sorted(set(literals), key=len):
        if not any(literal.startswith(k) for k in kept):
            kept.append(literal)
    return tuple(kept)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # re's \w on str


def _word_starts(text: str, literals: Iterable[str]) -> list[int]:
    """Offsets where a literal occurs at the start of a word."""
    found = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            if at == 0 or not _is_word(text[at - 1]):
                found.append(at)
            at = text.find(literal, at + 1)
    return found


def _nationality_starts(folded: str, starts: _LiteralStarts) -> Iterable[int]:
    """Where a nationality mention may begin: at a nationality word, or a few words before
    it ("two Chinese", "ressortissants chinois")."""
    if starts.words_before < 0 or "" in starts.nationality:
        return range(len(folded))
    found = []
    for at in _word_starts(folded, starts.nationality):
        found.append(at)
        found.extend(_words_before(folded, at, starts.words_before))
    return found


def _words_before(text: str, offset: int, count: int) -> list[int]:
    """Starts of the ``count`` words before ``offset``, each followed by white space."""
    found: list[int] = []
    end = offset
    while len(found) < count:
        space = end
        while space > 0 and text[space - 1].isspace():
            space -= 1
        word = space
        while word > 0 and _is_word(text[word - 1]):
            word -= 1
        if space in (end, word):  # no white space, or no word before it
            break
        found.append(word)
        end = word
    return found


def _finditer_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, for a pattern that never matches empty,
    trying only ``starts``: offsets that include every one where a match may begin."""
    after = 0
    for start in sorted(set(starts)):
        if start >= after:
            m = pattern.match(text, start)
            if m:
                yield m
                after = m.end()
