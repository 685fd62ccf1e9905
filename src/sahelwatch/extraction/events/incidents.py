"""Incidents, and what a sentence tells about one: is it an event sentence, which of its
dates can date an event, does it attribute the deed (see grouping.py for how an article's
sentences are grouped into incidents)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sahelwatch.extraction.doc import ActorMention, DateMention, Doc, PlaceMention
from sahelwatch.model import TIME_DAY, TIME_MONTH, TIME_WEEK

ALL = "*"  # a sentence that speaks of every place of its incident
VIOLENT_OUTCOMES = frozenset({"killed", "captured"})
EVENT_ROLES = frozenset({"event", "near"})
_DONE_AFTER = re.compile(
    r"\s*,?\s*(?:avoir|d'avoir|s'etre|having|(?:that\s+)?(?:it|they)\s+had)\s+(?!been\b|ete\b)"
)


def place_key(mention: PlaceMention) -> str:
    place = mention.place
    return f"{place.geonameid}:{place.name}" if place.geonameid else f"unknown:{place.name}"


@dataclass
class Incident:
    index: int
    dates: list[DateMention] = field(default_factory=list)
    places: dict[str, list[PlaceMention]] = field(default_factory=dict)
    references: list[PlaceMention] = field(default_factory=list)  # "200 km north of Bamako"
    routes: list[PlaceMention] = field(default_factory=list)  # "on the road to Léré"
    containers: list[PlaceMention] = field(default_factory=list)  # regions, cercles named
    sentences: dict[int, frozenset[str]] = field(default_factory=dict)  # sentence -> place keys
    history: bool = False
    announced: list[DateMention] = field(default_factory=list)  # see announced_dates()
    country: str = ""  # the country its story opened on ("Au Burkina voisin, ..."), if any

    def add_sentence(self, index: int, keys: frozenset[str]) -> None:
        self.sentences[index] = keys

    def sentences_for(self, key: str) -> list[int]:
        return [s for s, keys in self.sentences.items() if key in keys or ALL in keys]

    def sharing(self, index: int, locations: Sequence[str]) -> list[str]:
        """The locations (keys) a sentence's figures are shared between."""
        keys = self.sentences[index]
        return list(locations) if ALL in keys else [k for k in locations if k in keys]

    @property
    def anchor_date(self) -> DateMention | None:
        return best_date(self.dates)

    @property
    def known_date(self) -> DateMention | None:
        """The date it is coded with: its own, else the day it was announced."""
        return self.anchor_date or best_date(self.announced)


def best_date(dates: list[DateMention]) -> DateMention | None:
    """Stated dates before relative ones, then the most precise, then the earliest."""
    if not dates:
        return None
    return min(dates, key=lambda d: (d.precision, d.relative, d.date))


def compatible(a: DateMention, b: DateMention) -> bool:
    """Could two date mentions describe the same incident?"""
    a_first, a_last = date_range(a)
    b_first, b_last = date_range(b)
    # Two stated days are two days (one event per day of a campaign); a vaguer date may be
    # a day off, as reports straddle midnight and datelines.
    both_days = a.precision == TIME_DAY and b.precision == TIME_DAY
    slack = dt.timedelta(days=0 if both_days else 1)
    return a_first - slack <= b_last and b_first - slack <= a_last


def date_range(d: DateMention) -> tuple[dt.date, dt.date]:
    if d.last:
        return d.date, d.last
    if d.precision == TIME_WEEK:
        return d.date - dt.timedelta(days=3), d.date + dt.timedelta(days=6)
    if d.precision == TIME_MONTH:
        following = (d.date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return d.date.replace(day=1), following - dt.timedelta(days=1)
    return d.date, d.date


_ATTRIBUTION = re.compile(
    r"\bclaim|\brevendi|responsib|responsabilit|perpetrat|\bauteurs?\b|carried\s+out|behind\s+the|"
    r"\bcommis\b|\bsuspected\b|\bsoupcon|\battributed\b|\battribue(?:e|s|es)?\b|\bimpute|"
    r"\bblamed\b|"
    # "les survivants accusent la milice", "sont mis en cause par les survivants"
    # (not "accused them of supplying fighters of the ISSP": the accused are others)
    r"\baccus(?:e|es|ent|ed|ing|ait|aient|ant)\s+(?!them\b|him\b|her\b|us\b|eux\b|of\b|d'|de\b)|"
    r"\bmise?s?\s+en\s+cause\b|"
    # "les assaillants de Bankilaré seraient des combattants de l'EI", "the attackers
    # belonged to ISSP": who the attackers were
    r"\b(?:assaillants|attaquants|attackers|assailants|gunmen)\b[^.;]{0,40}?\b(?:seraient|"
    r"etaient|appart\w*|were|belong\w*)\b"
)


# "no group has claimed", "n'a pas été revendiquée", "aucune revendication": no attribution
_NEGATED_CLAIM = re.compile(
    r"\b(?:no|not|aucune?|pas|nobody|none|n'a|n'ont)\b[^.;,]{0,30}?(?:claim\w*|revendi\w*)"
)


# ", which has ...", ", qui ...": an aside on the group just named, to the clause's end
_GROUP_ASIDE = re.compile(r"[^,.;]{0,30}?,\s*(?:which|who|qui|lequel|laquelle|lesquels)\b[^;]*")


def _in_group_aside(folded: str, groups: Sequence[ActorMention], at: int) -> bool:
    return any(
        (aside := _GROUP_ASIDE.match(folded, g.end, at + 1)) is not None and aside.end() > at
        for g in groups
        if g.end <= at
    )


def is_attribution(doc: Doc, index: int, folded: str) -> bool:
    """Does a sentence say who did it ("the perpetrators are fighters of Katiba Macina")?
    A sentence that is background only by a word of its own ("qui encercle la ville depuis
    deux ans") may still attribute; one dated in the past may not, unless the date is in
    an aside on the group ("blamed the Islamic State, which has held the area since 2022")."""
    groups = [a for a in doc.actors_in(index) if a.actor.is_armed_nonstate and not a.actor.is_vague]
    if not groups:
        return False  # no group named
    if index in doc.background and any(
        not _in_group_aside(folded, groups, date.start) for date in doc.dates_in(index)
    ):
        return False
    sentence = doc.sentences[index]
    text = _NEGATED_CLAIM.sub(" ", folded[sentence.start : sentence.end])
    return bool(_ATTRIBUTION.search(text))


def is_eventive(doc: Doc, index: int) -> bool:
    """Does a sentence report violence or a development (not only background)?"""
    if index in doc.background or _sums_up_a_period(doc, index):
        return False
    return bool(doc.triggers_in(index)) or any(
        c.outcome in VIOLENT_OUTCOMES for c in doc.casualties_in(index)
    )


def _sums_up_a_period(doc: Doc, index: int) -> bool:
    """'Violence remained concentrated in the centre this week, with attacks on army
    positions, another abduction ... and a drone strike': deeds of three kinds told over a
    week or more with no day, each told on its own day after (a digest's overview)."""
    dates = doc.dates_in(index)
    if not dates or any(d.precision < TIME_WEEK or d.reporting for d in dates):
        return False
    kinds = {t.sub_event_type for t in doc.triggers_in(index)}
    return len(kinds) >= _KINDS_OF_A_SUMMARY


# "Residents buried 19 bodies the following day", "les corps ont été retrouvés samedi": the
# day the dead were buried or found, not the day they were killed
BURIED = r"buried|enterr\w*|inhum\w*"  # the dead buried: also another account (fatalities)
_DEAD_FOUND = re.compile(
    rf"\b(?:{BURIED}|burials?|bodies\s+(?:were|was)\s+(?:found|recovered|discovered)|"
    r"(?:found|recovered)\s+(?:the\s+(?:[a-z]+s'\s+)?|their\s+)bodies|retrouv\w*|decouv\w*|"
    r"corps\s+(?:ont|a)\s+ete\s+(?:retrouves?|decouverts?))"
)


_KINDS_OF_A_SUMMARY = 3


def event_dates(doc: Doc, index: int) -> list[DateMention]:
    """Dates that can date an event. A headline's are not used: the lead restates them, and
    headlines date loosely ("days after bus blast", "weekend attacks"); nor are those of a
    sentence telling only when the dead were buried or found."""
    if doc.sentences[index].is_headline:
        return []
    sentence = doc.sentences[index]
    if not doc.triggers_in(index) and _DEAD_FOUND.search(doc.folded, sentence.start, sentence.end):
        return []
    return [
        d
        for d in doc.dates_in(index)
        if not d.reporting
        and d.precision <= TIME_MONTH
        and not _dates_a_later_deed(doc, d)
        and not _dates_an_aside(doc, d)
    ]


# "summoned Mali's ambassador on Tuesday after seven herders were killed"
_AFTER = re.compile(r"\s*,?\s*(?:after|following|apres|suite\s+a|au\s+lendemain\s+d)\b")


def _dates_a_later_deed(doc: Doc, date: DateMention) -> bool:
    """Does the date belong to what followed the violence (a summons, a protest, a
    statement), every event word of its sentence coming in the 'after' clause?"""
    triggers = doc.triggers_in(date.sentence)
    return (
        bool(triggers)
        and all(t.start > date.end for t in triggers)
        and bool(_AFTER.match(doc.folded, date.end))
    )


# "..., les combattants s'étant retirés la veille", "..., the fighters having left the day
# before": a participial aside after the deed, with a deed and a day of its own
_ASIDE = re.compile(r",\s*[^,;.]{0,60}?\b(?:s'etant|s'etaient|ayant|having)\s[^,;.]*$")


def _dates_an_aside(doc: Doc, date: DateMention) -> bool:
    """Is the date in a participial aside told after every event word of its sentence?"""
    triggers = doc.triggers_in(date.sentence)
    if not triggers or any(t.start > date.start for t in triggers):
        return False
    last = max(t.end for t in triggers)
    return _ASIDE.search(doc.folded, last, date.start) is not None


def announced_dates(doc: Doc, index: int) -> list[DateMention]:
    """The day a completed deed was announced ("L'armée a annoncé mardi avoir pris Kidal",
    "said on Tuesday it had retaken the town"): the date when nothing else dates it."""
    return [
        d
        for d in doc.dates_in(index)
        if d.reporting
        and d.precision == TIME_DAY
        and _DONE_AFTER.match(doc.folded, d.end, d.end + 30)
    ]
