"""The last component: incidents in, one ACLED event per incident and place out."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sahelwatch.extraction.components.place_roles import ROLE_EVENT, ROLE_NEAR
from sahelwatch.extraction.doc import DateMention, Doc, PlaceMention, TriggerMention
from sahelwatch.extraction.events.fatalities import allocate, claims_for, source_of
from sahelwatch.extraction.events.grouping import group_incidents
from sahelwatch.extraction.events.incidents import (
    ALL,
    Incident,
    best_date,
    compatible,
    place_key,
)
from sahelwatch.extraction.events.roles import Roles, choose_roles, state_attacks
from sahelwatch.extraction.events.sides import TARGET, SideAssigner, SideMention
from sahelwatch.extraction.events.typing import EventKind, classify
from sahelwatch.extraction.lexicon import ActorEntry
from sahelwatch.extraction.pipeline import Component
from sahelwatch.extraction.text import fold
from sahelwatch.geo.place import Place
from sahelwatch.model import (
    BATTLES,
    GEO_NEAR,
    GEO_REGION,
    GEO_TOWN,
    STRATEGIC,
    TIME_DAY,
    TIME_WEEK,
    VIOLENCE_AGAINST_CIVILIANS,
    Event,
    Evidence,
)

_FUTURE_SLACK = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Location:
    key: str
    place: Place
    geo_precision: int
    name: str  # as the article spells it, when that is one of the place's own names


@dataclass(frozen=True, slots=True)
class When:
    date: dt.date
    precision: int


class EventAssembler(Component[list[Event]]):
    name = "events"
    reads = (
        "text",
        "sentences",
        "published",
        "dates",
        "places",
        "actors",
        "casualties",
        "triggers",
        "sources",
        "background",
    )
    writes = ("events",)

    def match(self, doc: Doc) -> list[Event]:
        if doc.published is None:
            return []
        events: list[Event] = []
        incidents = [i for i in group_incidents(doc) if not i.history]
        # A story that names its places: an incident placed only by a region is the same
        # story told vaguely (a lead, a headline), not a separate event.
        located = any(i.places or i.references for i in incidents)
        precise = any(i.places and _day_dated(i) for i in incidents)
        regional = [
            i
            for i in incidents
            if _region_only(i) or (precise and not _day_dated(i) and _area_only(i))
        ]
        # a road named in passing ("on the road to Léré") places an incident only when
        # nothing else in the article is placed better
        assigner = SideAssigner(doc.folded)
        headline_placed = _placed_by_headline(doc, incidents)
        last_agent: ActorEntry | None = None  # who did the incident told last
        for incident in incidents:
            when = _when(incident.known_date, doc.published)
            if when is None or (located and incident in regional):
                continue
            thread = last_agent if _doers_told_by_pronoun(doc, incident) else None
            town = headline_placed.get(incident.index)
            found = list(
                self._incident_events(doc, incident, when, assigner, thread=thread, town=town)
            )
            events.extend(event for event, _ in found)
            if found:
                last_agent = found[-1][1]
        return events

    def set_annotations(self, doc: Doc, found: list[Event]) -> None:
        doc.events = found

    def _incident_events(
        self,
        doc: Doc,
        incident: Incident,
        when: When,
        assigner: SideAssigner,
        *,
        thread: ActorEntry | None,
        town: PlaceMention | None,
    ) -> Iterator[tuple[Event, ActorEntry]]:
        """Its events, each with the actor that did it; ``town``: where the headline puts
        an incident the body places only by its area."""
        locations = list(_locations(incident, town))
        keys = [loc.key for loc in locations]
        fatalities: dict[str, dict[str, int]] = {}
        overviews, shared = _overviews(doc, incident), _shared(incident)
        for location in locations:
            scope = _Scope(doc, frozenset(incident.sentences_for(location.key)), assigner)
            # what is said of this place first ("gunmen raided the village"), then the
            # story's words ("attacked an army camp and two villages"), its headline after;
            # a summary only when nothing else
            typing = scope.without(overviews)
            # of a single place, the story's words are its own too: "its aircraft struck a base
            # south of Boni" names no place of its own but tells the strike at Boni
            own = scope.without(shared) if len(locations) > 1 else typing.without_headline()
            kind = own.kind()
            if kind is None or own.unopposed_fire(kind):
                kind = typing.without_headline().kind() or typing.kind() or scope.kind() or kind
            if kind is None:
                continue
            per_type = fatalities.get(kind.event_type)
            if per_type is None:  # the same for every location of the incident
                per_type = fatalities[kind.event_type] = allocate(
                    doc, incident, kind.event_type, keys
                )
            local_when = _local_when(incident, location.key, when) or when
            headlines = frozenset(i for i in scope.sentences if doc.sentences[i].is_headline)
            country = location.place.country_code
            sides = _own_targets(scope.sides, own.sides) if len(locations) > 1 else scope.sides
            roles = choose_roles(sides, kind, local_when.date, country, headlines, thread=thread)
            yield (
                self._event(
                    scope,
                    location,
                    kind=kind,
                    roles=roles,
                    when=local_when,
                    fatalities=per_type.get(location.key, 0),
                    locations=keys,
                ),
                roles.agent,
            )

    @staticmethod
    def _event(
        scope: _Scope,
        location: Location,
        *,
        kind: EventKind,
        roles: Roles,
        when: When,
        fatalities: int,
        locations: Sequence[str],
    ) -> Event:
        doc = scope.doc
        place = location.place
        evidence = [
            Evidence(doc.sentences[i].start, doc.sentences[i].end, doc.sentence_text(i))
            for i in sorted(scope.sentences)
        ]
        event = Event(
            event_date=when.date,
            time_precision=when.precision,
            event_type=kind.event_type,
            sub_event_type=kind.sub_event_type,
            actor1=roles.actor1,
            inter1=roles.inter1,
            assoc_actor_1=roles.assoc_actor_1,
            actor2=roles.actor2,
            inter2=roles.inter2,
            assoc_actor_2=roles.assoc_actor_2,
            civilian_targeting=(
                "Civilian targeting" if kind.event_type == VIOLENCE_AGAINST_CIVILIANS else ""
            ),
            country=place.country,
            admin1=place.admin1,
            admin2=place.admin2,
            location=location.name,
            latitude=round(place.latitude, 5),
            longitude=round(place.longitude, 5),
            geo_precision=location.geo_precision,
            fatalities=fatalities,
            evidence=evidence,
            claims=claims_for(
                doc,
                sorted(scope.sentences),
                kind.event_type,
                location=location.key,
                locations=locations,
                country=place.country,
            ),
        )
        event.notes = _notes(event)
        return event


class _Scope:
    """The sentences an event is told in, and what they say, computed once."""

    def __init__(self, doc: Doc, sentences: frozenset[int], assigner: SideAssigner) -> None:
        self.doc = doc
        self.assigner = assigner
        self.sentences = sentences
        ordered = sorted(sentences)
        self.triggers = [t for s in ordered for t in doc.triggers_in(s)]
        self.casualties = [c for s in ordered for c in doc.casualties_in(s)]

    def without(self, sentences: frozenset[int]) -> _Scope:
        return _Scope(self.doc, self.sentences - sentences, self.assigner) if sentences else self

    def without_headline(self) -> _Scope:
        return _Scope(
            self.doc,
            frozenset(s for s in self.sentences if not self.doc.sentences[s].is_headline),
            self.assigner,
        )

    @functools.cached_property
    def sides(self) -> list[SideMention]:
        actors = [a for s in sorted(self.sentences) for a in self.doc.actors_in(s)]
        return self.assigner.assign(actors, self.triggers, self.casualties)

    def unopposed_fire(self, kind: EventKind) -> bool:
        """Shots at someone the words do not name ("le véhicule a essuyé des tirs d'hommes
        armés"): a clash with no forces and no military target, which the story's other
        sentences type (the passengers were killed: an attack on civilians)."""
        return (
            kind.event_type == "Battles"
            and kind.sub_event_type == "Armed clash"
            and not any(t.target for t in self.triggers)
            and not any(s.mention.actor.is_state for s in self.sides)
            and sum(s.mention.actor.is_armed_nonstate for s in self.sides) <= 1
        )

    def kind(self) -> EventKind | None:
        sides = self.sides
        # forces the words put under attack ("the army did not comment" does not count)
        state_present = any(s.mention.actor.is_state and s.stated for s in sides)
        armed_attacker = any(
            s.side == "A" and s.stated and s.mention.actor.is_armed_nonstate for s in sides
        )
        return classify(
            self.triggers,
            self.casualties,
            state_attacks(sides),
            state_present,
            armed_attacker,
            protesters_hit=any(
                s.side == TARGET and s.stated and s.mention.actor.kind in ("protesters", "rioters")
                for s in sides
            ),
            locally_told_dead=any(
                c.outcome == "killed"
                and c.victim in ("people", "civilians")
                and source_of(self.doc, c) in _LOCAL_SOURCES
                for c in self.casualties
            ),
        )


# Who tells the dead as they were: the people of the place, not the forces that struck
_LOCAL_SOURCES = frozenset(
    {"local officials", "local sources", "hospital", "human rights groups", "UN"}
)


def _own_targets(sides: list[SideMention], own: list[SideMention]) -> list[SideMention]:
    """Of one place of several ("a passenger boat and an army camp attacked"), the people its
    own sentences say were hit, when they name only people: the camp's soldiers were not on
    the boat (forces or groups named at a place leave the story's others in play)."""
    hit = [s for s in own if s.side == TARGET and s.stated]
    if not hit or any(s.mention.actor.kind not in ("civilians", "community") for s in hit):
        return sides
    return [s for s in sides if s.side != TARGET] + hit


def _shared(incident: Incident) -> frozenset[int]:
    """Sentences that tell the whole incident, not one of its places."""
    return frozenset(s for s, keys in incident.sentences.items() if ALL in keys)


def _overviews(doc: Doc, incident: Incident) -> frozenset[int]:
    """Sentences about the whole story that name three kinds of incident ("an attack on a
    gendarmerie post, a kidnapping and an air strike"): a summary, typing no single event."""
    kinds: dict[int, set[str]] = {}
    for index in _shared(incident):
        for trigger in doc.triggers_in(index):
            kinds.setdefault(index, set()).add(_incident_kind(trigger))
    return frozenset(s for s, found in kinds.items() if len(found - {STRATEGIC}) >= 3)


def _incident_kind(trigger: TriggerMention) -> str:
    """Kinds that make separate incidents: "killed in raids" is one attack, not two."""
    if trigger.sub_event_type == "Abduction/forced disappearance":
        return "abduction"
    if trigger.event_type in (BATTLES, VIOLENCE_AGAINST_CIVILIANS):
        return "attack"
    return trigger.event_type


# "On Sunday they raided a camp", "Le lendemain, ils ont incendié": the doers are the last
# ones told; at most two words (an auxiliary, "then") between the pronoun and the deed
_PRONOUN_SUBJECT = re.compile(r"(?<![\w'])(?:they|ils|elles)\s+(?:[\w']+\s+){0,2}$")


def _doers_told_by_pronoun(doc: Doc, incident: Incident) -> bool:
    """Is the incident's first deed told with "they" or "ils" as the subject, no actor
    named before it in its sentence?"""
    body = [s for s in incident.sentences if not doc.sentences[s].is_headline]
    if not body:
        return False
    first = min(body)
    triggers = doc.triggers_in(first)
    if not triggers:
        return False
    start, deed = doc.sentences[first].start, triggers[0].start
    if any(actor.start < deed for actor in doc.actors_in(first)):
        return False
    return _PRONOUN_SUBJECT.search(doc.folded, start, deed) is not None


def _placed_by_headline(doc: Doc, incidents: Sequence[Incident]) -> dict[int, PlaceMention]:
    """The town a headline names ("Mali : à Diafarabé, l'armée accusée d'exécutions") for
    the one incident the body places only by an area holding that town ("dans le cercle de
    Ténenkou"), when the headline names one town and no incident is placed there."""
    towns = {
        place_key(m): m
        for m in doc.places
        if m.sentence >= 0
        and doc.sentences[m.sentence].is_headline
        and m.role in (ROLE_EVENT, ROLE_NEAR)
        and not (m.place.is_region or m.place.is_cercle)
    }
    if len(towns) != 1:
        return {}
    ((key, town),) = towns.items()
    if any(key in i.places for i in incidents):
        return {}
    held = [
        i
        for i in incidents
        if not (i.places or i.references or i.routes)
        and any(c.place.holds(town.place) for c in i.containers)
    ]
    return {held[0].index: town} if len(held) == 1 else {}


def _day_dated(incident: Incident) -> bool:
    anchor = incident.anchor_date
    return anchor is not None and anchor.precision == TIME_DAY


def _area_only(incident: Incident) -> bool:
    """Placed only by an area or cercle: in a round-up, the week's overview."""
    return not (incident.places or incident.references or incident.routes)


def _local_when(incident: Incident, key: str, incident_when: When) -> When | None:
    """A place's own date, when its sentences give one within the incident's span
    ("the same weekend, on Sunday 11 February, gunmen burned the market of Gorom-Gorom"):
    the date of the sentence that first names it, else a later one no vaguer than the
    incident's."""
    own = [
        d
        for d in incident.dates
        if key in incident.sentences.get(d.sentence, frozenset())
        and ALL not in incident.sentences.get(d.sentence, frozenset())
    ]
    named = min((m.sentence for m in incident.places.get(key, ())), default=-1)
    first = [d for d in own if d.sentence == named]
    date = best_date(first or own)
    if date is None or date.date > incident_when.date + dt.timedelta(days=7):
        return None
    if date.precision > incident_when.precision:
        anchor = incident.anchor_date
        told_here = (
            anchor is not None
            and compatible(date, anchor)
            and key in incident.sentences.get(anchor.sentence, frozenset())
        )
        if not first or told_here:
            # "last week" said later of the same place does not blur its day, nor does
            # "enlevés la semaine dernière à Sandaré" the "jeudi soir" told after it
            return None
    return When(date.date, date.precision)


def _region_only(incident: Incident) -> bool:
    """Placed by nothing better than a whole region (or not at all)."""
    if incident.places or incident.references or incident.routes:
        return False
    return all(m.place.is_region for m in incident.containers)


def _when(anchor: DateMention | None, published: dt.date) -> When | None:
    """The incident's date; an undated story is dated by its publication, within a week."""
    if anchor is None:
        return When(published, TIME_WEEK)
    if anchor.date > published + _FUTURE_SLACK:
        return None
    return When(anchor.date, anchor.precision)


def _locations(incident: Incident, town: PlaceMention | None = None) -> Iterator[Location]:
    """One location per place the incident names; else a reference point; else ``town``;
    else a region."""
    for key, mentions in incident.places.items():
        yield Location(key, mentions[0].place, _precision(mentions), _spelling(mentions))
    if incident.places:
        return
    if incident.references or incident.routes:
        routes = sorted(incident.routes, key=lambda m: m.role == "itinerary")  # stable
        mention = (incident.references or routes)[0]
        yield Location("reference", mention.place, GEO_NEAR, mention.place.name)
        return
    if town is not None:
        yield Location("container", town.place, _precision([town]), _spelling([town]))
        return
    if incident.containers:
        # the most local of the areas named: a town's area or a cercle, then a region
        mention = min(incident.containers, key=lambda m: (m.place.is_region, m.start))
        precision = GEO_REGION if mention.place.is_region else GEO_NEAR
        yield Location("container", mention.place, precision, mention.place.name)


def _spelling(mentions: list[PlaceMention]) -> str:
    """The article's spelling when it is one of the place's names (GeoNames may call
    Dialloubé "Dyaloubé"); the gazetteer's when the article's was only near it."""
    exact = [m for m in mentions if m.confidence >= 1.0 and not m.named_unknown]
    place = mentions[0].place
    if not exact or fold(exact[0].text) == fold(place.name):
        return place.name
    return " ".join(exact[0].text.split())


def _precision(mentions: list[PlaceMention]) -> int:
    place = mentions[0].place
    if place.is_region:
        return GEO_REGION
    if place.is_cercle or any(m.named_unknown for m in mentions):
        return GEO_NEAR
    return GEO_TOWN if any(not m.near for m in mentions) else GEO_NEAR


def _notes(event: Event) -> str:
    where = ", ".join(p for p in (event.location, event.admin2, event.admin1) if p)
    against = f" against {event.actor2}" if event.actor2 else ""
    figures = "; ".join(
        f"{c.field} {c.value}{f'-{c.high}' if c.high and c.high != c.value else ''} ({c.source})"
        for c in event.claims
    )
    note = (
        f"On {event.event_date.isoformat()}, {event.sub_event_type.lower()} by {event.actor1}"
        f"{against} in {where}. Fatalities coded: {event.fatalities}."
    )
    return f"{note} Reported figures: {figures}." if figures else note
