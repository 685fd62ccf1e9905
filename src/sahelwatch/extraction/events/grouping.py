"""Grouping an article's sentences into incidents, and each incident's sentences by place.

An incident is what happened on one day (or span): a new stated date that does not fit
the current incident opens another one, and undated sentences belong to the incident
being told. Within an incident each sentence speaks of the places it names or, when it
names none, of the places named last (its focus); before any place is named it speaks of
all of them. Historical incidents (well before the article's main incident) are kept
apart so that undated sentences after them return to the main story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sahelwatch.extraction.components.places import country_told
from sahelwatch.extraction.doc import DateMention, Doc, PlaceMention, Sentence
from sahelwatch.extraction.events.incidents import (
    ALL,
    EVENT_ROLES,
    Incident,
    announced_dates,
    best_date,
    compatible,
    date_range,
    event_dates,
    is_attribution,
    is_eventive,
    place_key,
)
from sahelwatch.extraction.events.told_apart import leave_places_told_apart, take_told_places
from sahelwatch.model import TIME_DAY, TIME_WEEK

ANNOUNCED_REACH_DAYS = 4  # how long before its announcement a deed's own date may lie
HISTORY_DAYS = 30  # an incident this long before the main one is history, not news
AIR_STRIKE = "Air/drone strike"
_SAME_DAY = re.compile(r"\b(?:(?:le|la|du)\s+meme\s+(?:jour|journee)|the\s+same\s+day)\b")
_UNREST = frozenset({"Protests", "Riots"})
# "In a separate incident, ...", "A separate incident in the same area.", "Dans un autre
# incident, ...": what follows is another event, even on the same day and at the same place
_SEPARATE = re.compile(
    r"\b(?:(?:a|an|in\s+a|in\s+an)\s+(?:separate|unrelated|distinct)\s+(?:incident|attack)"
    r"|in\s+another\s+incident|(?:dans\s+)?un\s+(?:autre\s+)?incident\s+(?:distinct|separe)"
    r"|dans\s+un\s+autre\s+incident)\b"
)
# "Separately, a bus ran over a mine": a sentence opened so tells another event
_OPENS_SEPARATELY = re.compile(r"\W*separately\b")
# A word each match of _SEPARATE holds: most sentences hold none, and a few substring
# tests are much quicker than a search
SEPARATE_WORDS = ("separate", "unrelated", "distinct", "another", "autre", "separe")


def _may_be_separate(folded: str, sentence: Sentence) -> bool:
    text = folded[sentence.start : sentence.end]
    return any(word in text for word in SEPARATE_WORDS)


def _is_separate(folded: str, sentence: Sentence) -> bool:
    """Does the sentence say it tells another incident than the one before?"""
    return _may_be_separate(folded, sentence) and (
        _OPENS_SEPARATELY.match(folded, sentence.start, sentence.end) is not None
        or _SEPARATE.search(folded, sentence.start, sentence.end) is not None
    )


_COUNTER_OFFENSIVE = re.compile(
    r"\b(?:counter-?offensive|counter-?attack|contre-?offensive|operation\s+de\s+ratissage|"
    r"ratissage|manhunt|search\s+operation|pursuit\s+operation)"
)


_DATED_HEADING_MAX_WORDS = 6  # "3. Toguéré-Coumbé, 3 September": no story sentence is so short


def _names_armed(doc: Doc, index: int) -> bool:
    return any(a.actor.is_force or a.actor.is_armed_nonstate for a in doc.actors_in(index))


# "Ansongo. Les proches de trois orpailleurs...", "Sports.": a bulletin's item heading, one
# to three words closing with a full stop at the start of a paragraph
_HEADING_WORDS = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*\.")


def _is_item_heading(doc: Doc, index: int) -> bool:
    sentence = doc.sentences[index]
    if sentence.is_headline or index == 0:
        return False
    if doc.sentences[index - 1].paragraph == sentence.paragraph:
        return False  # not the start of a paragraph
    text = doc.text[sentence.start : sentence.end].strip()
    if _QUOTE_CLOSED.fullmatch(doc.folded, sentence.start, sentence.end):
        return False  # "Fin de citation.": the story goes on after the quoted statement
    return bool(_HEADING_WORDS.fullmatch(text)) and not doc.triggers_in(index)


_QUOTE_CLOSED = re.compile(
    r"\s*(?:fin\s+(?:de\s+(?:la\s+)?citation|du\s+communique|de\s+la\s+declaration)|"
    r"end\s+of\s+(?:the\s+)?(?:quote|statement)|unquote)\s*\.?\s*"
)


# "• 19 March - Centre-Nord: An IED struck a minibus": a brief's bullet opens an item
_BULLET = re.compile(r"\s*[•▪►●*]\s")


def group_incidents(doc: Doc) -> list[Incident]:
    """Walk the article's sentences in order and build the incidents they tell."""
    builder = _IncidentBuilder(doc)
    headline = None
    for sentence in doc.sentences:
        if _is_item_heading(doc, sentence.index):
            builder.open_item(sentence.index)
            continue
        if _BULLET.match(doc.text, sentence.start):
            builder.open_item(sentence.index)  # its own lines date and place it
        if sentence.index in doc.background:
            if builder.current is not None and is_attribution(doc, sentence.index, builder.folded):
                builder.current.add_sentence(sentence.index, frozenset({ALL}))
            continue
        if sentence.is_headline:
            headline = sentence.index  # told again, better, by the story: attached at the end
            continue
        if _is_separate(builder.folded, sentence):
            builder.separate = builder.current is not None
        if is_eventive(doc, sentence.index):
            builder.event_sentence(sentence.index)
        else:
            builder.other_sentence(sentence.index)
    if headline is not None and is_eventive(doc, headline):
        builder.attach_headline(headline)
    leave_places_told_apart(builder.incidents)
    return builder.incidents


_FORCES = frozenset({"soldiers", "peacekeepers", "foreign_troops"})
_CAME_AFTER = re.compile(
    r"\b(?:intervient|survient|intervenait|survenait|(?:est|etait)\s+(?:intervenue?|survenue?)|"
    r"comes|came|follows|followed)\s+(?:[\w'-]+\s+){0,4}?(?:apres|after)\s+"
    r"(?:(?:the|a|an|l'|la|le|les|un|une|des)\s*)?$"
)


class _IncidentBuilder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.folded = doc.folded
        self.incidents: list[Incident] = []
        self.current: Incident | None = None
        self.main: Incident | None = None
        self.focus: frozenset[str] = frozenset({ALL})
        # what the sentence before the first event sentence told: "Last Thursday, the war
        # reached Kourouma." (the latest such sentence wins)
        self.pending: list[DateMention] = []
        self.pending_sentence: int | None = None
        # "Le lendemain, les FAMa ont mené une opération. L'armée affirme avoir neutralisé
        # dix terroristes.": a force's new day, told just before its undated deed
        self.next_day: list[DateMention] = []
        self.next_places: list[PlaceMention] = []  # the places of that new day, if any
        # "In a separate incident": the next event sentence opens an incident of its own
        self.separate = False
        # a bulletin's item heading ("Ansongo."): what its lines tell before their first
        # event sentence (places, days), which opens the item's own incident
        self.item: _Item | None = None

    def open_item(self, index: int) -> None:
        self.item = _Item([p for p in self.doc.places_in(index) if p.role in EVENT_ROLES], [], [])

    def _item_line(self, index: int) -> bool:
        """A line of an item before its first event sentence: it dates and places the item
        only, not the story told before ("Sports. ... dimanche")."""
        item = self.item
        if item is None:
            return False
        item.days.extend(d for d in self._dates(index) if d.precision <= TIME_WEEK)
        item.places.extend(p for p in self.doc.places_in(index) if p.role in EVENT_ROLES)
        return True

    def _dates(self, index: int) -> list[DateMention]:
        """A sentence's event dates, best first: stated before relative ("in September
        2023" outranks "a few weeks later"), then to the day or week before the month."""
        dates = event_dates(self.doc, index)
        if not dates:
            return []
        # ranked (stated day or week, stated month, relative day or week, relative month)
        ranked: tuple[list[DateMention], ...] = ([], [], [], [])
        for d in dates:
            ranked[2 * d.relative + (d.precision > TIME_WEEK)].append(d)
        chosen = next(r for r in ranked if r)
        return self._nearest_the_event(index, chosen)

    def _nearest_the_event(self, index: int, dates: list[DateMention]) -> list[DateMention]:
        """Of several dates in one sentence, the one told with its first event word ("the army
        retook the town on Friday, ten days after it fell" is Friday's news)."""
        triggers = [t.start for t in self.doc.triggers_in(index)]
        if len(dates) < 2 or not triggers:
            return dates
        first = min(triggers)
        return [min(dates, key=lambda d: abs(d.start - first))]

    def other_sentence(self, index: int) -> None:
        """A sentence with no event word may still date the story, shift its focus or say
        who did it ("The tragedy took place this Sunday", "...came at night to Mondoro")."""
        if self._item_line(index):
            return
        days = [d for d in self._dates(index) if d.precision <= TIME_WEEK]
        current = self.current
        if current is None:
            places = any(p.role in EVENT_ROLES for p in self.doc.places_in(index))
            if places:
                self.pending, self.pending_sentence = days, index
            elif days:  # "Kayes a connu une journée de tensions. Tout est parti de ..., samedi"
                self.pending = days
                if self.pending_sentence is None:
                    self.pending_sentence = index
            return
        earlier = None if self.doc.dates_in(index) else self._told_before(index)
        if earlier is not None and not earlier.history:
            # "D'après des habitants, les assaillants de Bankilaré seraient de l'EI" after
            # another incident: back to the incident of that place (a claim, a toll)
            self.current = current = earlier
            self.focus = _event_keys(self.doc, index)
        anchor = current.anchor_date
        # "Mardi, c'est à Baraboulé que le drame a changé de visage. Des hommes armés ont
        # tué neuf personnes": a new day at a new place, told just before its unplaced deed
        elsewhere = [
            p
            for p in self.doc.places_in(index)
            if p.role in EVENT_ROLES and place_key(p) not in current.places
        ]
        self._note_next_day(index, days, elsewhere, anchor)
        sharper = [
            d
            for d in days
            if (anchor is None and _may_date(current, d))
            or (anchor is not None and d.precision < anchor.precision and compatible(d, anchor))
        ]
        # "1. Toguéré-Coumbé, 3 September" / "On the morning of 3 September, soldiers arrived
        # in Toguéré-Coumbé": the next sentence of the same day places the unplaced story
        same_day = not current.places and any(
            anchor is not None and d.precision <= anchor.precision and compatible(d, anchor)
            for d in days
        )
        # "Gunmen stormed a mining site late on Wednesday ... The attackers forced their way
        # into the camp near Kobada": the undated sentence just after an unplaced deed places it
        next_line = (
            not current.places
            and not current.references
            and not current.routes
            and anchor is not None
            and anchor.precision == TIME_DAY
            and not self.doc.dates_in(index)
            and index - 1 in current.sentences
        )
        if sharper or same_day or next_line:
            self._detail(current, index, sharper)
        self.focus = _known_places(current, self.doc, index) or self.focus
        if is_attribution(self.doc, index, self.folded):
            current.add_sentence(index, frozenset({ALL}))  # a claim covers the whole incident
        elif self.doc.casualties_in(index):  # wounded, missing...
            current.add_sentence(index, self.focus)

    def _detail(self, current: Incident, index: int, sharper: list[DateMention]) -> None:
        """ "On Thursday 6 June, a vehicle was stopped by armed men near Sofara": a detail of
        the story that dates it better, and places it if nothing else did."""
        current.dates.extend(sharper)
        if not current.places and not self._in_another_country_than(current, index):
            keys = _add_places(current, self.doc, index)
            if keys:
                current.add_sentence(index, keys)
                self.focus = keys
        elif sharper and current.places and ALL not in self.focus:
            # "enlevés la semaine dernière à Kolongo. ... Jeudi matin, des hommes armés sont
            # arrivés": the day of the place told, not a vaguer day of another
            current.add_sentence(index, self.focus)

    def attach_headline(self, index: int) -> None:
        """The headline speaks of the first story; it may name its place when the story
        does not ("Attack on Léré": the article then says "the camp")."""
        stories = [i for i in self.incidents if not i.history]
        story = _told_by_headline(self.doc, index, stories) or next(
            (i for i in stories if i.places), stories[0] if stories else None
        )
        if story is None:
            story = self._new_incident(index, [])
        if not story.places:
            # a road's story is on its road: the headline's towns off it are elsewhere
            # ("Ambush near Kolokani as jihadists push towards Bamako")
            on_road = frozenset(place_key(r) for r in story.routes) if story.routes else None
            _add_places(story, self.doc, index, within=on_road)
        story.add_sentence(index, frozenset({ALL}))

    def _new_incident(self, index: int, dates: list[DateMention]) -> Incident:
        incident = Incident(len(self.incidents))
        if not self.incidents:
            self._take_pending(incident, index, dates)
        previous = self.current
        day_given = any(d.precision == TIME_DAY for d in dates)
        # the sentence, or the one just before that told its day ("On 2 February, fighters
        # entered a hamlet 15 km from Abala. Twelve men were killed.")
        told_in = {index} | {d.sentence for d in dates if d.sentence == index - 1}
        names_place = any(
            p.role in (*EVENT_ROLES, "reference", "route", "itinerary", "area")
            for i in told_in
            for p in self.doc.places_in(i)
        )
        if previous is not None and previous.places and day_given and not names_place:
            # "On Tuesday, fighting resumed": the next day of the same campaign, same place
            focus = self.focus if ALL not in self.focus else frozenset(previous.places)
            incident.places.update({k: v for k, v in previous.places.items() if k in focus})
            self.focus = frozenset(incident.places)
        elif previous is not None and previous.references and day_given and not names_place:
            incident.references.extend(previous.references)  # "20 km from Gao" again
            self.focus = frozenset({ALL})
        else:
            self.focus = frozenset({ALL})
        self.incidents.append(incident)
        return incident

    def _take_pending(self, incident: Incident, index: int, dates: list[DateMention]) -> None:
        own = best_date(dates)
        incident.dates.extend(d for d in self.pending if own is None or compatible(d, own))
        if self.pending_sentence is None:
            return
        ahead = _event_keys(self.doc, self.pending_sentence)
        named = _event_keys(self.doc, index)
        if ahead and (not named or ahead & named):  # the same story, told from its start
            keys = _add_places(incident, self.doc, self.pending_sentence)
            incident.add_sentence(self.pending_sentence, keys)
            self.focus = keys

    def event_sentence(self, index: int) -> None:
        dates, told_before = self._own_or_next_day(index)
        item, self.item = self.item, None
        if item is not None:
            self._item_sentence(index, item, dates)
            return
        target = _incident_for(dates, self.current, self.incidents)
        if not dates:
            target = self._told_before(index) or self._claimed_next(index) or target
        elsewhere = target is not None and self._strikes_elsewhere(target, index)
        separate, self.separate = self.separate and target is self.current, False
        came_after = target is not None and target is self.current and self._came_after(index)
        separate = separate or (
            target is not None
            and target is self.current
            and (self._another_groups_day(target, index) or came_after)
        )
        if target is not None and (
            self._answers_attack_on_civilians(target, index)
            or self._protests_after(target, index)
            or elsewhere
            or self._in_another_country(target, index)
            or separate
            or self._another_day_away(target, index, dates)
        ):
            target = None  # a counter-offensive, a protest, a strike elsewhere: their own
        opened = target is None
        if target is None:
            split_from = self.current
            target = self._new_incident(index, dates)
            if (
                (separate or elsewhere)
                and not dates
                and not came_after  # "came six days after": not the story's day
                and split_from is not None
                and (
                    separate
                    or _SAME_DAY.search(
                        self.doc.folded,
                        self.doc.sentences[index].start,
                        self.doc.sentences[index].end,
                    )
                )
            ):
                # "Dans la même journée, ...", "In a separate incident, ...": the day told
                target.dates.extend(split_from.dates)
            if separate and split_from is not None:
                take_told_places(split_from, target, self.doc, index)
        if target is not self.current and target.places:
            self.focus = frozenset(target.places)
        self.current = target
        self.main = self.main or target
        target.country = target.country or self._country_told(index)
        target.dates.extend(dates)
        if not dates:
            target.announced.extend(announced_dates(self.doc, index))
        keys = _add_places(target, self.doc, index)
        if elsewhere and not keys:  # "20 km north of Nampala": near the point it is told by
            keys = _references_as_places(target, self.doc, index)
        if opened and not keys:
            keys = self._placed_by_the_day_before(target, index, dates, told_before)
        self.focus = keys or self.focus
        claim = not keys and is_attribution(self.doc, index, self.folded)
        target.add_sentence(index, frozenset({ALL}) if claim else self.focus)
        if target is not self.main and _is_history(target, self.main):
            target.history = True
            self.current = self.main  # undated sentences after a digression: the main story
            self.focus = frozenset(self.main.places) or frozenset({ALL})

    def _placed_by_the_day_before(
        self,
        target: Incident,
        index: int,
        dates: list[DateMention],
        told_before: list[PlaceMention],
    ) -> frozenset[str]:
        """A new deed with no place of its own, told just after the sentence that gave its
        day: that sentence's places (and, near a point, its actors too)."""
        if told_before:
            target.places = {}  # not the places of the day before, which it left
            for mention in told_before:
                target.places.setdefault(place_key(mention), []).append(mention)
            keys = frozenset(target.places)
            target.add_sentence(told_before[0].sentence, keys)  # the sentence that told them
            return keys
        if dates and all(d.sentence == index - 1 for d in dates):
            # "...entered a hamlet 15 km from Abala. Twelve men were killed.": the sentence
            # that told the day tells where (near a point) and who
            _add_places(target, self.doc, index - 1)
            target.add_sentence(index - 1, frozenset({ALL}))
        return frozenset()

    def _note_next_day(
        self,
        index: int,
        days: list[DateMention],
        elsewhere: list[PlaceMention],
        anchor: DateMention | None,
    ) -> None:
        """Keep the new day (and places) a sentence tells for the deed told after it."""
        if not (days or elsewhere) and (
            self._same_paragraph(self.next_day, index) or self._carries_day(index)
        ):
            return  # "A boy saw the men made to kneel.": the new day told before goes on
        new_day = [d for d in days if anchor is not None and not compatible(d, anchor)]
        opens = (
            elsewhere
            or _names_armed(self.doc, index)
            or self._dated_heading(index)
            or self._opens_paragraph(index, new_day)
        )
        self.next_day = new_day if new_day and opens else []
        self.next_places = elsewhere if self.next_day else []

    def _same_paragraph(self, dates: list[DateMention], index: int) -> bool:
        """Were these dates told earlier in the paragraph of sentence ``index``?"""
        sentences = self.doc.sentences
        return bool(dates) and all(
            d.sentence < index and sentences[d.sentence].paragraph == sentences[index].paragraph
            for d in dates
        )

    def _own_or_next_day(self, index: int) -> tuple[list[DateMention], list[PlaceMention]]:
        """A sentence's dates or, when it has none, the new day (and the places of that
        day) told by the sentence just before."""
        dates = self._dates(index)
        places: list[PlaceMention] = []
        told_just_before = [d for d in self.next_day if d.sentence == index - 1]
        carried = (
            self.next_day
            if self._same_paragraph(self.next_day, index) or self._carries_day(index)
            else []
        )
        if told_just_before and not dates and self.doc.triggers_in(index):
            dates = told_just_before  # the new day told just before the deed
            places = [p for p in self.next_places if p.sentence == index - 1]
        elif carried and not dates:  # an event sentence: a deed or its dead
            # the new day told earlier in the paragraph (or opening it) by sentences with no
            # day of their own since
            dates = carried
            places = [p for p in self.next_places if p.sentence == carried[0].sentence]
        elif told_just_before and self._dated_heading(index - 1) and all(d.relative for d in dates):
            # "2. Kareri, 5 September" / "Two days later, soldiers arrested...": the
            # heading's stated day, not a day counted from another
            dates = told_just_before
        self.next_day, self.next_places = [], []
        return dates, places

    def _item_sentence(self, index: int, item: _Item, dates: list[DateMention]) -> None:
        """The first event sentence of a bulletin's item: an incident of its own, dated and
        placed by the item's lines when it is not by its own words."""
        dates = dates or item.days
        incident = self._new_incident(index, dates)
        incident.places.clear()  # not the places of the item before
        incident.references.clear()
        self.current = incident
        self.main = self.main or incident
        incident.dates.extend(dates)
        keys = _add_places(incident, self.doc, index)
        if not keys:
            for mention in item.places or item.heading:
                incident.places.setdefault(place_key(mention), []).append(mention)
            keys = frozenset(incident.places)
        self.focus = keys or frozenset({ALL})
        incident.add_sentence(index, self.focus)

    def _another_day_away(self, incident: Incident, index: int, dates: list[DateMention]) -> bool:
        """'A truck struck an explosive device yesterday about 30 km south of Gao', in a
        later paragraph than an undated attack in Gao: a deed of its own day near the town
        (or at another place), not the day of the attack in it."""
        if incident.anchor_date is not None or not incident.places or not dates:
            return False
        if all(d.sentence != index for d in dates):
            return False
        last = max(incident.sentences)
        if self.doc.sentences[last].paragraph == self.doc.sentences[index].paragraph:
            return False
        own = [p for p in self.doc.places_in(index) if p.role in (*EVENT_ROLES, "reference")]
        # "two workers were abducted on Thursday near Diéma": a place of its own too
        return bool(own) and all(
            p.role == "reference" or place_key(p) not in incident.places for p in own
        )

    def _came_after(self, index: int) -> bool:
        """'Elle intervient une semaine après l'enlèvement de trois commerçants': the deed the
        story's event came after, on a day of its own, is another incident."""
        triggers = self.doc.triggers_in(index)
        if not triggers:
            return False
        # "The bombing came six days after rockets were fired at Timbuktu": no date told,
        # but a place of its own, not the story's
        current = self.current
        elsewhere = current is not None and bool(_event_keys(self.doc, index) - set(current.places))
        if not self.doc.dates_in(index) and not elsewhere:
            return False
        start = self.doc.sentences[index].start
        return _CAME_AFTER.search(self.folded, start, triggers[0].start) is not None

    def _another_groups_day(self, incident: Incident, index: int) -> bool:
        """'Le même jour, le JNIM a revendiqué une embuscade ...' after a story the group
        had no part in: another deed of the same day, not a detail of the story."""
        sentence = self.doc.sentences[index]
        opening = _SAME_DAY.search(self.folded, sentence.start, sentence.start + 30)
        if opening is None:
            return False
        groups = {
            a.actor.name
            for a in self.doc.actors_in(index)
            if a.actor.is_armed_nonstate and not a.actor.is_vague
        }
        told = {a.actor.name for i in incident.sentences for a in self.doc.actors_in(i)}
        return bool(groups) and not groups & told

    def _answers_attack_on_civilians(self, incident: Incident, index: int) -> bool:
        """'Gunmen killed 14 worshippers ... A counter-offensive on Sunday afternoon
        neutralised dozens of terrorists': the response to a massacre is not the massacre."""
        sentence = self.doc.sentences[index]
        # "The army said its aircraft had struck terrorist positions near Sofara": the
        # army's answer from the air, not the massacre
        strikes = any(t.sub_event_type == AIR_STRIKE for t in self.doc.triggers_in(index))
        if not strikes and not _COUNTER_OFFENSIVE.search(self.folded, sentence.start, sentence.end):
            return False
        if strikes and self._attackers_only(index):
            return False  # "les assaillants ont fait usage de drones armés": the assault's
        told = [t for i in incident.sentences for t in self.doc.triggers_in(i)]
        if not any(t.event_type == "Violence against civilians" for t in told) or any(
            t.sub_event_type == AIR_STRIKE for t in told
        ):
            return False
        # "Sept VDP et deux soldats ont été tués. ... l'aviation a neutralisé une vingtaine de
        # terroristes lors de la riposte": forces, not civilians, died; the strike is the fight's
        dead = {
            c.victim
            for i in incident.sentences
            for c in self.doc.casualties_in(i)
            if c.outcome == "killed"
        }
        return "civilians" in dead or not dead & _FORCES

    def _attackers_only(self, index: int) -> bool:
        """Does the sentence name only armed groups ("the assailants"), no force (the army
        that tells it, "selon l'armée", is no party)?"""
        sources = self.doc.sources_in(index)
        actors = [
            a.actor
            for a in self.doc.actors_in(index)
            if not any(s.start <= a.start < s.end for s in sources)
        ]
        return any(a.is_armed_nonstate for a in actors) and not any(a.is_force for a in actors)

    def _protests_after(self, incident: Incident, index: int) -> bool:
        """'Transport unions suspended traffic in protest': a protest about an attack is
        not the attack."""
        kinds = {t.event_type for t in self.doc.triggers_in(index)}
        if not kinds or not kinds <= _UNREST:
            return False
        told = {t.event_type for i in incident.sentences for t in self.doc.triggers_in(i)}
        return bool(told) and not told & _UNREST  # a story of violence, not of protest

    def _strikes_elsewhere(self, incident: Incident, index: int) -> bool:
        """'The same day, aircraft struck a base 20 km north of Nampala': a strike from the
        air at another place than the ground fighting told is an event of its own."""
        if not any(t.sub_event_type == AIR_STRIKE for t in self.doc.triggers_in(index)):
            return False
        told = [t for i in incident.sentences for t in self.doc.triggers_in(i)]
        if not told or any(t.sub_event_type == AIR_STRIKE for t in told):
            return False
        # "dans la zone de Nampala" names the place struck as well as "near Nampala" does
        roles = (*EVENT_ROLES, "reference", "area")
        named = {place_key(p) for p in self.doc.places_in(index) if p.role in roles}
        return bool(named) and not named & set(incident.places)

    def _in_another_country(self, incident: Incident, index: int) -> bool:
        """'Au Burkina voisin, l'armée affirme avoir neutralisé ...' after a story placed in
        Niger: another country's news, not a detail of the story told."""
        countries = {m.place.country_code for ms in incident.places.values() for m in ms}
        told = self._country_told(index)
        return bool(told) and bool(countries) and told not in countries

    def _country_told(self, index: int) -> str:
        sentence = self.doc.sentences[index]
        return country_told(self.folded, sentence.start, sentence.end)

    def _in_another_country_than(self, incident: Incident, index: int) -> bool:
        """Places of a sentence outside the country an unplaced story opened on: 'Dans le
        reste de l'actualité, ... à Dosso' after 'Au Burkina voisin, l'armée affirme ...'."""
        return bool(incident.country) and any(
            m.place.country_code != incident.country
            for m in self.doc.places_in(index)
            if m.role in EVENT_ROLES or m.role == "container"  # "les régions de Dosso et..."
        )

    def _opens_paragraph(self, index: int, days: list[DateMention]) -> bool:
        """'Dimanche, c'était jour de foire.': a paragraph opened on a new day tells that
        day's deeds (an interview's answer, a chronicle's entry)."""
        sentence = self.doc.sentences[index]
        if index == 0 or self.doc.sentences[index - 1].paragraph == sentence.paragraph:
            return False
        return any(d.precision == TIME_DAY and d.start - sentence.start <= 3 for d in days)

    def _carries_day(self, index: int) -> bool:
        """Is the sentence in the paragraph a new day opened, with no deed told since?"""
        paragraph = self.doc.sentences[index].paragraph
        return any(
            self.doc.sentences[d.sentence].paragraph == paragraph
            and self._opens_paragraph(d.sentence, [d])
            for d in self.next_day
        )

    def _dated_heading(self, index: int) -> bool:
        """A short line of its own that states a day ("Kareri, 5 September")."""
        sentence = self.doc.sentences[index]
        words = self.doc.text[sentence.start : sentence.end].split()
        return len(words) <= _DATED_HEADING_MAX_WORDS and any(
            not d.relative and d.precision == TIME_DAY for d in self.doc.dates_in(index)
        )

    def _claimed_next(self, index: int) -> Incident | None:
        """'JNIM has claimed the attack.', placed by the next sentence of its paragraph
        ('its fighters stormed the camp at Diabaly'): the claim of that earlier incident,
        not of the one told just before (a live page told newest first)."""
        doc = self.doc
        after = index + 1
        if after >= len(doc.sentences) or _event_keys(doc, index):
            return None
        if doc.sentences[after].paragraph != doc.sentences[index].paragraph:
            return None
        keys, current = _event_keys(doc, after), self.current
        if not keys or current is None or keys & set(current.places):
            return None
        if not is_attribution(doc, index, self.folded):
            return None
        return next(
            (i for i in reversed(self.incidents) if i is not current and keys <= set(i.places)),
            None,
        )

    def _told_before(self, index: int) -> Incident | None:
        """An undated sentence naming only the places of an earlier incident, none of the
        current one, is about that incident ("whether it was linked to the assault on the
        Nampala camp")."""
        # "a bus ran over a landmine about 20 km west of Gossi": near a story's town too
        keys = _event_keys(self.doc, index) or frozenset(
            place_key(p) for p in self.doc.places_in(index) if p.role == "reference"
        )
        current = self.current
        if not keys or current is None or keys & set(current.places):
            return None
        return next(
            (
                i
                for i in reversed(self.incidents)
                if i is not current
                # "dans la zone de Bankilaré": the area it was told in is its place too
                and keys <= set(i.places) | {place_key(m) for m in i.containers}
            ),
            None,
        )


@dataclass
class _Item:
    heading: list[PlaceMention]
    places: list[PlaceMention]
    days: list[DateMention]


def _incident_for(
    dates: list[DateMention], current: Incident | None, incidents: list[Incident]
) -> Incident | None:
    if current is None:
        return None
    if not dates:
        return current
    date = best_date(dates)
    assert date is not None
    for candidate in [current, *reversed(incidents)]:
        anchor = candidate.anchor_date
        if anchor is None and candidate is current and _may_date(current, date):
            return current  # the story had no date yet: this one is its date
        if anchor is not None and compatible(anchor, date):
            return candidate
    return None


def _may_date(incident: Incident, date: DateMention) -> bool:
    """Can a date be an undated incident's own? Not weeks before the day it was announced
    ("announced on Tuesday it had taken Kidal ... the offensive began late last month")."""
    announced = best_date(incident.announced)
    return announced is None or (announced.date - date_range(date)[1]).days <= ANNOUNCED_REACH_DAYS


def _add_places(
    incident: Incident, doc: Doc, index: int, within: frozenset[str] | None = None
) -> frozenset[str]:
    keys = []
    for mention in doc.places_in(index):
        if within is not None and place_key(mention) not in within:
            continue
        if mention.role in EVENT_ROLES:
            key = place_key(mention)
            incident.places.setdefault(key, []).append(mention)
            keys.append(key)
        elif mention.role == "reference":
            key = place_key(mention)
            if key in incident.places:
                keys.append(key)  # "20 km north of Ouahigouya" after "near Ouahigouya"
            else:
                incident.references.append(mention)
        elif mention.role in ("route", "itinerary"):
            incident.routes.append(mention)
        elif mention.role in ("container", "area"):
            incident.containers.append(mention)
    return frozenset(keys)


def _references_as_places(incident: Incident, doc: Doc, index: int) -> frozenset[str]:
    keys = []
    for mention in doc.places_in(index):
        if mention.role == "reference":
            key = place_key(mention)
            incident.places.setdefault(key, []).append(replace(mention, role="near", near=True))
            keys.append(key)
    return frozenset(keys)


def _event_keys(doc: Doc, index: int) -> frozenset[str]:
    return frozenset(place_key(m) for m in doc.places_in(index) if m.role in EVENT_ROLES)


def _known_places(incident: Incident, doc: Doc, index: int) -> frozenset[str]:
    """The incident's places a sentence names, if it names no other event place."""
    keys = _event_keys(doc, index)
    return keys if keys and keys <= set(incident.places) else frozenset()


def _is_history(incident: Incident, main: Incident | None) -> bool:
    if main is None:
        return False
    mine, theirs = incident.anchor_date, main.anchor_date
    if mine is None or theirs is None:
        return False
    return (theirs.date - date_range(mine)[1]).days > HISTORY_DAYS


__all__ = [
    "ALL",
    "TIME_DAY",
    "Incident",
    "best_date",
    "compatible",
    "event_dates",
    "group_incidents",
    "is_eventive",
    "place_key",
]


def _told_by_headline(doc: Doc, headline: int, stories: list[Incident]) -> Incident | None:
    """The story the headline's deed is ("un car saute sur une mine"), when the first
    placed story tells another deed and only a story placed on a road tells that one."""
    deeds = {t.sub_event_type for t in doc.triggers_in(headline)}
    if not deeds:
        return None
    first_placed = next((i for i in stories if i.places), None)
    for story in stories:
        told = {t.sub_event_type for s in story.sentences for t in doc.triggers_in(s)}
        if deeds & told and (story.places or story.routes):
            return story if story is not first_placed or story.places else None
        if story is first_placed:
            return None
    return None
