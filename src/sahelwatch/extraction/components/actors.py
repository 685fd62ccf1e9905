"""Actor mentions: named groups, forces, vague mentions, civilians by nationality or community."""

from __future__ import annotations

import re

from sahelwatch.extraction.doc import ActorMention, Doc
from sahelwatch.extraction.lexicon import ActorEntry, actor_by_name, actor_patterns
from sahelwatch.extraction.pipeline import Component
from sahelwatch.extraction.text import Spans, squash_spaces

_SUSPECTED_BEFORE = re.compile(
    r"(?:suspected|alleged|presumed|believed\s+to\s+be(?:\s+from)?|thought\s+to\s+be|likely|"
    r"presumes?|presumes|soupconnes?\s+d'etre|supposes|probablement|vraisemblablement)\s+"
    r"(?:(?:members?\s+of|elements?\s+of|membres?\s+(?:de|du|des)|the|du|de|des|la|le|l')\s+)*$"
)
_SUSPECTED_AFTER = re.compile(
    r"^[^.;]{0,40}?(?:is|are|was|were|being)\s+(?:widely\s+|strongly\s+)?(?:suspected|blamed)|"
    r"^\s+(?:presumes|presumees|presume)"
)
_CIVILIAN_NAME = "Civilians ({country})"
# a capitalised word and a hyphen just before an ethnic word: the word ends a place name
_PLACE_SUFFIX = re.compile(r"\b[A-ZÀ-Þ][\w'’]+-$")


class ActorAnnotator(Component[list[ActorMention]]):
    name = "actors"
    reads = ("text", "sentences", "lang")
    writes = ("actors",)

    def match(self, doc: Doc) -> list[ActorMention]:
        pats = actor_patterns(doc.lang)
        folded = doc.folded
        found: list[tuple[int, int, ActorEntry]] = []
        for m in pats.exact.finditer(doc.text):
            found.append((m.start(), m.end(), pats.by_alias[squash_spaces(m.group())]))
        taken = Spans((s, e) for s, e, _ in found)
        for m in pats.folded.finditer(folded):
            if not taken.overlaps(m.start(), m.end()):
                found.append((m.start(), m.end(), pats.by_alias[squash_spaces(m.group())]))
        taken = Spans((s, e) for s, e, _ in found)
        found.extend(
            self._foreign_civilians(folded, pats.nationality, pats.nationality_by_word, taken)
        )
        mentions = []
        for start, end, entry in sorted(found, key=lambda f: f[0]):
            index = doc.sentence_at(start)
            if index < 0:
                continue
            sentence_start = doc.sentences[index].start
            suspected = bool(
                _SUSPECTED_BEFORE.search(folded[max(sentence_start, start - 40) : start])
                or _SUSPECTED_AFTER.search(folded[end : end + 60])
            )
            mentions.append(ActorMention(start, end, doc.text[start:end], index, entry, suspected))
        mentions += self._communities(doc, folded)
        return mentions + _the_group_named_before(doc, folded, mentions)

    @staticmethod
    def _foreign_civilians(
        folded: str,
        pattern: re.Pattern[str],
        by_word: dict[str, str],
        taken: Spans,
    ) -> list[tuple[int, int, ActorEntry]]:
        civilians = actor_by_name(_CIVILIAN_NAME)
        if civilians is None:
            return []
        out = []
        for m in pattern.finditer(folded):
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
        for m in pats.ethnic.finditer(folded):
            index = doc.sentence_at(m.start())
            if index < 0 or _PLACE_SUFFIX.search(doc.text, max(0, m.start() - 40), m.start()):
                continue  # "Ogossagou-Peul", "Tégou-Dogon": a village's name, not a people
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
