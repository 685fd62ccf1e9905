"""Tolls an article updates: a figure it calls earlier is not the toll, and a figure it
gives as the new one ("has risen to eight", "now says nine soldiers") replaces the others
of the same dead. The lowest of conflicting accounts is ACLED's rule; a toll that rose is
one account told twice, and its latest count is the toll."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sahelwatch.extraction.doc import CasualtyMention, Doc

_REACH = 60  # how far before a figure the words that date it may stand

# "up from the three dead", "First reports speak of five dead", "Un précédent bilan faisait
# état de trois morts": a count the article has since replaced
_EARLIER = re.compile(
    r"(?:\bup\s+from|\b(?:first|initial|earlier|previous)\s+(?:death\s+)?(?:tolls?|figures?|"
    r"counts?|reports?)|\binitially\s+(?:reported|said|put|gave|spoke)|\bun\s+(?:premier|precedent)\s+bilan|\bbilan\s+initial|"
    r"\binitialement|\bdans\s+un\s+premier\s+temps|\bles\s+premiers\s+bilans?)\b[^.;,]*$"
)
# "has risen to eight", "the general staff now says nine soldiers", "le bilan s'est
# alourdi à 14 morts", "le nouveau bilan fait état de": the count that replaces the others
_UPDATED = re.compile(
    r"(?:\b(?:risen|rose|climbed|increased|jumped)\s+to|\bnow\s+(?:stands?\s+at|says?|puts?|"
    r"reports?|gives?)|\b(?:new|updated|revised|latest|fuller|fullest|final)\s+(?:death\s+)?"
    r"(?:toll|figure|count)|\bs'est\s+alourdi\w*|\best\s+passe\s+a|\b(?:nouveau|dernier)\s+bilan|"
    r"\bbilan\s+(?:actualise|definitif|revu))\b[^.;,]*$"
)
# "at least six soldiers were killed, up from the three dead he reported": the new count
_UPDATED_AFTER = re.compile(r"[^.;]{0,40}?\bup\s+from\b")


def latest_figures(doc: Doc, mentions: Sequence[CasualtyMention]) -> list[CasualtyMention]:
    """The figures of the dead without those the article replaced."""
    killed = [m for m in mentions if m.outcome == "killed"]
    earlier = [m for m in killed if _told_as(doc, m, _EARLIER)]
    if len(earlier) == len(killed):
        return list(mentions)  # only earlier counts: they are all there is
    updated: dict[str, CasualtyMention] = {}
    for mention in killed:
        if mention in earlier or not _updates(doc, mention):
            continue
        best = updated.get(mention.victim)
        if best is None or mention.low > best.low:  # a toll rises as it is updated
            updated[mention.victim] = mention
    return [
        m
        for m in mentions
        if m.outcome != "killed" or (m not in earlier and updated.get(m.victim, m) is m)
    ]


def _told_as(doc: Doc, mention: CasualtyMention, words: re.Pattern[str]) -> bool:
    start = max(doc.sentences[mention.sentence].start, mention.start - _REACH)
    return words.search(doc.folded, start, mention.start) is not None


def _updates(doc: Doc, mention: CasualtyMention) -> bool:
    end = doc.sentences[mention.sentence].end
    return _told_as(doc, mention, _UPDATED) or bool(
        _UPDATED_AFTER.match(doc.folded, mention.end, end)
    )
