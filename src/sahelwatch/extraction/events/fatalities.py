"""Fatalities per event, ACLED style, and the claims (figures with sources) behind them.

Within one report of one group of victims, conflicting figures give the lowest (ACLED).
Different groups add up in a battle (soldiers, civilians and attackers killed); in
violence against civilians only the civilian dead count. A figure given for several
places is shared between those that have no figure of their own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from sahelwatch.extraction.components.context import ARMED_GROUP_CLAIM as GROUP_CLAIM
from sahelwatch.extraction.doc import CasualtyMention, Doc
from sahelwatch.extraction.events.incidents import Incident, place_key
from sahelwatch.model import BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS, Claim

GENERIC = "people"
_COUNTED = {
    BATTLES: ("soldiers", "peacekeepers", "foreign_troops", "civilians", "attackers"),
    EXPLOSIONS: ("soldiers", "peacekeepers", "foreign_troops", "civilians", "attackers"),
    VIOLENCE_AGAINST_CIVILIANS: ("civilians",),
}
CLAIM_FIELDS = {
    "killed": "fatalities",
    "wounded": "injuries",
    "missing": "missing",
    "dead_or_missing": "dead_or_missing",
    "captured": "abducted_or_captured",
}
UNATTRIBUTED = "unattributed"


def total_killed(mentions: Sequence[CasualtyMention], event_type: str) -> int:
    """The ACLED fatality count one group of figures supports."""
    counted = _COUNTED.get(event_type)
    if not counted:
        return 0
    by_victim: dict[str, list[CasualtyMention]] = defaultdict(list)
    for mention in mentions:
        if mention.outcome == "killed":
            by_victim[mention.victim].append(mention)
    specific = sum(_lowest(by_victim[v]) for v in counted if by_victim.get(v))
    generic = _lowest(by_victim[GENERIC]) if by_victim.get(GENERIC) else 0
    return max(specific, generic)


def _lowest(mentions: list[CasualtyMention]) -> int:
    exact = [m.low for m in mentions if not m.vague]
    return min(exact) if exact else min(m.low for m in mentions)


def allocate(
    doc: Doc, incident: Incident, event_type: str, locations: Sequence[str]
) -> dict[str, int]:
    """Fatalities per location key: the most specific figures first, shares of totals after."""
    groups: dict[tuple[str, ...], list[CasualtyMention]] = defaultdict(list)
    for mention in _counted_mentions(doc, incident):
        sharing = (
            _figure_place(doc, mention, locations)
            or _all_places(doc, mention, locations)
            or tuple(incident.sharing(mention.sentence, locations))
        )
        if sharing:
            groups[sharing].append(mention)
    allocation: dict[str, int] = {}
    for keys in sorted(groups, key=len):
        open_keys = [k for k in keys if k not in allocation]
        if not open_keys:
            continue
        already = sum(allocation[k] for k in keys if k in allocation)
        remaining = max(0, total_killed(groups[keys], event_type) - already)
        share, extra = divmod(remaining, len(open_keys))
        for i, key in enumerate(open_keys):
            allocation[key] = share + (1 if i < extra else 0)
    return allocation


_PLACE_AFTER_FIGURE = 30  # "dix-sept morts à Yoro", "killing 15 in Songho"
# "23 civilians had died in the two villages": a total for every place, not the last named
_SEVERAL_PLACES_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:in|across|from|dans|a)\s+(?:the\s+|les\s+|ces\s+)?"
    r"(?:two|three|four|five|both|several|all|deux|trois|quatre|cinq|plusieurs)\s+"
    r"(?:of\s+the\s+)?(?:villages|localites|towns|places|hamlets|hameaux|sites|communes|"
    r"attacks|attaques|localities)\b"
)


def _all_places(doc: Doc, mention: CasualtyMention, locations: Sequence[str]) -> tuple[str, ...]:
    after = doc.folded[mention.end : mention.end + 120]
    return tuple(locations) if _SEVERAL_PLACES_AFTER.match(after) else ()


def _figure_place(doc: Doc, mention: CasualtyMention, locations: Sequence[str]) -> tuple[str, ...]:
    """The one location a figure is given for, when the place follows it closely."""
    for place in doc.places_in(mention.sentence):
        if place_key(place) not in locations:
            continue
        gap = doc.text[mention.end : place.start]
        if 0 <= place.start - mention.end <= _PLACE_AFTER_FIGURE and not re.search(r"[,;.]", gap):
            return (place_key(place),)
    return ()


def _counted_mentions(doc: Doc, incident: Incident) -> list[CasualtyMention]:
    """The figures the toll is coded from. An armed group's claim about its own attack
    is kept as a claim but not counted when any other source gives a figure (ACLED codes
    conservatively; such claims run far above every other account)."""
    mentions = [
        m
        for s in sorted(incident.sentences)
        if s not in doc.background
        for m in doc.casualties_in(s)
    ]
    body = [m for m in mentions if not doc.sentences[m.sentence].is_headline]
    if any(m.outcome == "killed" for m in body):
        mentions = body  # a headline sums up the story's figures; the story gives them
    others = [m for m in mentions if source_of(doc, m) != GROUP_CLAIM]
    killed_elsewhere = any(m.outcome == "killed" for m in others)
    return others if killed_elsewhere else mentions


def claims_for(doc: Doc, sentences: Sequence[int]) -> list[Claim]:
    """Every reported figure in the event's sentences, with who reported it."""
    claims = []
    for mention in (m for s in sorted(set(sentences)) for m in doc.casualties_in(s)):
        if mention.sentence in doc.background:
            continue
        claims.append(
            Claim(
                field=CLAIM_FIELDS[mention.outcome],
                value=mention.low,
                high=mention.high,
                text=doc.sentence_text(mention.sentence),
                source=source_of(doc, mention),
                start=doc.sentences[mention.sentence].start,
                end=doc.sentences[mention.sentence].end,
            )
        )
    return claims


def source_of(doc: Doc, mention: CasualtyMention) -> str:
    """The source named closest to the figure in its sentence; a headline speaks for the outlet."""
    if doc.sentences[mention.sentence].is_headline:
        return "headline"
    named = doc.sources_in(mention.sentence)
    if not named:
        return UNATTRIBUTED
    return min(named, key=lambda s: abs(s.start - mention.start)).source
