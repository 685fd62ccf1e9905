"""Place mentions: gazetteer names in the text, their role, and the place each one means.

Capitalised word sequences are looked up in the packaged gazetteer (exact, then
spelling-tolerant). A name's role decides whether it can locate an event: the dateline
city, the town of a mayor who speaks, a town people fled to and a region that only
contains the village are not event locations. Ambiguous names are resolved by the
regions and cercles the article names and by the other places it mentions.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from sahelwatch.extraction.components.place_roles import (
    EXCLUDED_ROLES,
    MAX_LOOKBACK,
    ROLE_CONTAINER,
    ROLE_DATELINE,
    ROLE_DESTINATION,
    ROLE_EVENT,
    ROLE_NEAR,
    ROLE_REFERENCE,
    labels_a_sentence,
    role_in_context,
)
from sahelwatch.extraction.components.segment import dateline_end
from sahelwatch.extraction.doc import Doc, PlaceMention
from sahelwatch.extraction.lexicon import LANGUAGES, load_language
from sahelwatch.extraction.pipeline import Component
from sahelwatch.extraction.text import Spans, fold
from sahelwatch.geo.gazetteer import Gazetteer, load_gazetteer
from sahelwatch.geo.place import CERCLE_CODES, REGION_CODES, Place

# A capitalised name: words that start upper case, with the particles names carry.
_NAME = re.compile(
    # not inside a word, nor after an apostrophe, except the elided "d'" ("camp d'Arbinda");
    # "N'Djamena" is a capital and the rest of a word. Opening on the capital, checked
    # behind it only then, lets the engine skip to the next capital.
    r"[A-ZÀ-ÖØ-Þ](?:(?<=\b[dD]['’].)|(?<![\w'’-].))[\w’'-]*"
    r"(?:(?:\s+|-)(?:(?:du|de|des|la|el|es|ag|n|ou|d['’])\s+)?(?:[A-ZÀ-ÖØ-Þ][\w’'-]*))*"
)
_WORD = re.compile(r"[^\s-]+(?:-[^\s-]+)*|\S")

_BEFORE_STRONG = re.compile(
    r"(?:\b(?:in|at|near|of|from|to|towards|around|outside|on|between|and|a|de|d'|du|dans|pres\s+de|"
    r"vers|sur|entre|et|aux\s+environs\s+de|non\s+loin\s+de|localite\s+de|village\s+de|"
    r"commune\s+de|cercle\s+de|region\s+de|ville\s+de|camp\s+de|town|village|locality|commune)\s*)$"
)
_AFTER_STRONG = re.compile(
    r"^\s*(?:village|town|area|region|commune|camp|circle|cercle|district|locality|"
    r"municipality|prefecture|province|department|military\s+camp|base|,\s+(?:a|une?)\s+"
    r"(?:village|town|localite|commune|ville))\b"
)
_UNKNOWN_NAME = r"[A-ZÀ-Ý][\w'’-]{3,}(?:\s+[A-Z][\w'’-]+)?"
_UNKNOWN_VILLAGE = re.compile(
    rf"(?:\b(?:village|town|locality|hamlet|localite|hameau|bourgade|commune)\s+(?:of|de|d')\s*)"
    rf"(?P<name>{_UNKNOWN_NAME})"
    r"|(?P<name2>[A-ZÀ-Ý][\w'’-]{3,})\s+(?:village|hamlet)\b"
    # "50 were killed in Tchoma Bangou and 20 in nearby Zaroumdareye"
    rf"|\b(?:killed|massacred|attacked|tue(?:e|s|es)?|tué(?:e|s|es)?|massacrés?|attaqués?)\s+"
    rf"(?:in|at|à)\s+(?P<name3>{_UNKNOWN_NAME})"
    rf"|\b(?:in|at|à)\s+(?:nearby|neighbou?ring|voisin(?:e)?)\s+(?P<name4>{_UNKNOWN_NAME})"
)
# Where an _UNKNOWN_VILLAGE phrase can start: at one of these words ("village of", "killed
# in"), at the "in" before "nearby", or in the name before "village". Finding each word with
# str.find is far faster than trying the phrase's four openings at every character. Keep
# them in step with the pattern: each of its openings needs one of these words.
_UNKNOWN_VILLAGE_WORDS = (
    "village",
    "town",
    "locality",
    "hamlet",
    "localite",
    "hameau",
    "bourgade",
    "commune",
    "killed",
    "massacr",
    "attacked",
    "tue",
    "tué",
    "attaqu",
    "nearby",
    "neighbo",
    "voisin",
)
_WORDS_AFTER_A_NAME = ("village", "hamlet", "nearby", "neighbo", "voisin")


def _unknown_village_phrases(text: str) -> Iterator[re.Match[str]]:
    """What ``_UNKNOWN_VILLAGE.finditer(text)`` finds, trying only where a match can start."""
    end = 0
    for start in sorted(_unknown_village_starts(text)):
        if start < end:
            continue  # inside the previous phrase, as finditer goes on after it
        match = _UNKNOWN_VILLAGE.match(text, start)
        if match:
            yield match
            end = match.end()


def _unknown_village_starts(text: str) -> set[int]:
    starts: set[int] = set()
    for word in _UNKNOWN_VILLAGE_WORDS:
        at = text.find(word)
        while at >= 0:
            starts.add(at)  # "village of", "killed in"
            if word in _WORDS_AFTER_A_NAME:
                starts.update(_starts_before(text, at))
            at = text.find(word, at + 1)
    return {start for start in starts if start >= 0}


def _starts_before(text: str, at: int) -> Iterator[int]:
    """Where "in nearby X" or "Kobadi village" can start, for the word at ``at``."""
    space = at
    while space > 0 and text[space - 1].isspace():  # \s, as the pattern reads it
        space -= 1
    if space == at:
        return  # the word is no word of its own
    yield from (space - 2, space - 1)  # "in nearby", "à voisine"
    name = space
    while name > 0 and (text[name - 1].isalnum() or text[name - 1] in "_'’-"):  # [\w'’-]
        name -= 1
    yield from (i for i in range(name, space) if _UPPER_INITIAL.match(text[i]))


_UPPER_INITIAL = re.compile(r"[A-ZÀ-Ý]")
CONTEXT_REACH = 6000  # characters around a name whose places help resolve it: a long article


@dataclass(slots=True)
class _NameScanner:
    """Reads what the words around a gazetteer name of a sentence make of it."""

    text: str
    folded: str
    sentence_start: int
    gaz: Gazetteer
    _dateline: int = -1  # end of the sentence's dateline, once a name asks for it

    def dateline(self) -> int:
        """End of the dateline opening the sentence (its start if none), found once."""
        if self._dateline < 0:
            start = self.sentence_start
            end = _sentence_end(self.text, start)
            if _ends_with_a_year(self.text, start, end):
                self._dateline = dateline_end(self.text, start, end)
            else:  # no "Bamako, 12 January 2024" line: only an opening "GAO -" can be one
                self._dateline = dateline_end(self.text, start)
        return self._dateline

    def candidate(self, start: int, end: int, name: _Name) -> Candidate:
        """A candidate for text[start:end]; one with no places means 'a name, but rejected'."""
        role = _role(self.text, self.folded, start, end, self)
        strong = (
            role != ROLE_EVENT
            or _strong_context(self.folded, start, end, self.sentence_start)
            or self._heading(start, end)
        )
        if name.confidence < 1.0 and not strong:
            return Candidate(start, end, (), 0.0, role)  # a near-spelling needs place context
        if not self._acceptable(self.text[start:end], name.places, name.partial, strong, start):
            return Candidate(start, end, (), 0.0, role)
        confidence = name.confidence if strong else name.confidence * 0.8
        return Candidate(start, end, name.places, confidence, role)

    def _heading(self, start: int, end: int) -> bool:
        """Is the name a sentence of its own, a bulletin's item heading ("Sévaré. Plusieurs
        centaines de transporteurs...")?"""
        return bool(_HEADING_AFTER.match(self.text, end)) and _opens_sentence(
            self.text, self.sentence_start, start
        )

    def _acceptable(
        self, text: str, places: tuple[Place, ...], partial: bool, strong: bool, start: int
    ) -> bool:
        if self.gaz.is_stopword(text) and not strong:
            return False  # (one word alone is rejected whatever its context)
        if partial and not strong:
            return False  # one word of a longer name ("Moulaye Guindo") with no place context
        if (
            _opens_sentence(self.text, self.sentence_start, start)
            and not strong
            and " " not in text
        ):
            return any(
                p.population > 0 or p.feature_code.startswith("PPLA") or p.is_region for p in places
            )
        return True


@dataclass(frozen=True, slots=True)
class _Name:
    """A gazetteer name found in a capitalised word sequence, at offsets within it."""

    start: int
    end: int
    places: tuple[Place, ...]
    confidence: float
    partial: bool  # one of several words: it needs place context
    rejected: bool  # no place whatever its context (see _rejected_in_any_role)


@functools.lru_cache(maxsize=1 << 14)  # articles repeat their names, and so do articles
def names_in(sequence: str, gaz: Gazetteer, road: bool = False) -> tuple[_Name, ...]:
    """The gazetteer names a capitalised word sequence holds, longest first from each word
    on; none in a country's name ("Burkina Faso" is no village "Bourkina"). What the words
    around the sequence say is read later, for each place it is found at. ``road``: the
    sequence names a road ("l'axe Sévaré-Gao"), whose hyphen may join two towns."""
    if fold(sequence) in country_names():
        return ()
    words = [m.span() for m in _WORD.finditer(sequence)]
    while words and fold(sequence[words[0][0] : words[0][1]]) in function_words():
        words.pop(0)  # "In Dourou, ...": the name is "Dourou", whole
    names = []
    i = 0
    while i < len(words):
        if sequence[words[i][0]].islower():
            i += 1  # "de" in "Cercle de Koro" joins names; no name starts with it
            continue
        for size in range(min(len(words) - i, gaz.max_name_tokens), 0, -1):
            s, e = words[i][0], words[i + size - 1][1]
            found = _lookup(sequence[s:e], size, gaz)
            if found is not None:
                places, confidence = found
                partial = not _whole_run(sequence, words, i, size)
                rejected = _rejected_in_any_role(sequence[s:e], gaz, confidence, partial)
                names.append(_Name(s, e, places, confidence, partial, rejected))
                i += size - 1  # its words are taken, even by a rejected name
                break
        else:
            if road:
                names.extend(_road_ends(sequence, *words[i], gaz))
        i += 1
    return tuple(names)


def _whole_run(sequence: str, words: list[tuple[int, int]], first: int, size: int) -> bool:
    """Do words ``first`` to ``first + size`` make a whole run of capitalised words, between
    the sequence's ends or its lower-case links ("Barsalogho" in "VDP de Barsalogho")?"""
    last = first + size - 1

    def link(i: int) -> bool:
        return i < 0 or i >= len(words) or sequence[words[i][0]].islower()

    return link(first - 1) and link(last + 1)


def _road_ends(sequence: str, start: int, end: int, gaz: Gazetteer) -> list[_Name]:
    """ "l'axe Sévaré-Gao", "the Bourem-Gao road": a hyphenated word no place is named,
    whose parts all are, names the towns a road joins."""
    parts = [(start + m.start(), start + m.end()) for m in _PART.finditer(sequence[start:end])]
    if len(parts) < 2 or not all(sequence[s].isupper() for s, _ in parts):
        return []
    found = [(s, e, _lookup(sequence[s:e], 1, gaz)) for s, e in parts]
    if any(place is None or place[1] < 1.0 for _, _, place in found):
        return []
    return [
        _Name(s, e, places, 1.0, True, _rejected_in_any_role(sequence[s:e], gaz, 1.0, True))
        for s, e, (places, _) in ((s, e, f) for s, e, f in found if f is not None)
    ]


_PART = re.compile(r"[^-]+")
_ROAD_BEFORE = re.compile(
    r"\b(?:axe|route|troncon|corridor|road|highway|stretch)\s+(?:de\s+|du\s+|d'|l'|the\s+)?$"
)
_ROAD_AFTER = re.compile(r"\s+(?:road|highway|axis|route)\b")


def _names_a_road(folded: str, start: int, end: int) -> bool:
    return bool(
        _ROAD_BEFORE.search(folded, max(0, start - 20), start) or _ROAD_AFTER.match(folded, end)
    )


def _rejected_in_any_role(text: str, gaz: Gazetteer, confidence: float, partial: bool) -> bool:
    """A name that is no place whatever its context: checked before reading the context."""
    folded = fold(text)
    if folded in function_words() or folded in country_names() or folded in _DEMONYMS:
        return True  # "We", "In", "Or", "Niger", "Malian": never a village on their own
    if " " not in text and gaz.is_stopword(text):
        return True
    # a near-spelling needs the whole name: "Kolmane Koira" is no "Kolman"
    return confidence < 1.0 and partial


_HEADING_AFTER = re.compile(r"\.(?:\s|$)")


def _sentence_end(text: str, start: int) -> int:
    newline = text.find("\n", start)
    return len(text) if newline < 0 else newline


def _ends_with_a_year(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends as a line of places and a date must: with a year, then
    maybe a full stop and white space. Cheap, it spares most lines the full pattern."""
    while end > start and text[end - 1].isspace():  # str.isspace() is what \s matches
        end -= 1
    if end > start and text[end - 1] == ".":
        end -= 1
    return end > start and text[end - 1].isdecimal()  # what \d matches


def _opens_sentence(text: str, sentence_start: int, start: int) -> bool:
    """Does the name open its sentence, or a brief's bullet line ("• 19 March - Centre-Nord:")?"""
    opening = text[sentence_start:start]
    return not opening.strip(" \"'«“([-—") or bool(_BULLET_DATE.fullmatch(opening))


_BULLET_DATE = re.compile(r"\s*[•▪►●*]\s*(?:\d{1,2}\s+\w+|\w+\s+\d{1,2})?\s*[-–—:]?\s*")


# "the central Malian town of Sofara": a people's adjective, spelled like some village
_DEMONYMS = frozenset(
    stem + ending
    for stem, endings in (
        ("malie", ("n", "ns", "nne", "nnes")),
        ("malian", ("", "s")),
        ("nigerie", ("n", "ns", "nne", "nnes")),
        ("mauritanie", ("n", "ns", "nne", "nnes")),
        ("mauritanian", ("", "s")),
        ("algerie", ("n", "ns", "nne", "nnes")),
        ("algerian", ("", "s")),
        ("burkinab", ("e", "es", "ee", "ees")),
    )
    for ending in endings
)


@functools.cache
def country_names() -> frozenset[str]:
    return frozenset(fold(w) for lang in LANGUAGES for w in load_language(lang)["country_names"])


@functools.cache
def function_words() -> frozenset[str]:
    return frozenset(fold(w) for lang in LANGUAGES for w in load_language(lang)["function_words"])


# "Ogossagou-Peul", "Tégou-Dogon", "Sobane-Da": a village's quarter or people after its name
_QUARTER_SUFFIX = re.compile(
    r"^(?P<base>.{3,}?)[-\s](?:peulh?s?|peuls?|fulani|dogons?|bambaras?|bozos?|bobos?|mossis?|"
    r"sonrais?|songhais?|tamasheqs?|touaregs?|da|koura|coura|kura|bougou|ouest|est|nord|sud)$",
    re.IGNORECASE,
)


# "the southern entrance of Markala, near Ségou": the second town says where the first is
_NEAR_THE_ONE_BEFORE = re.compile(
    r"\s*,\s*(?:near|close\s+to|not\s+far\s+from|pres\s+de|pres\s+d'|non\s+loin\s+de)\s*"
    r"(?:the\s+(?:town|city)\s+of\s+|la\s+ville\s+de\s+)?"
)


def _locators_as_references(folded: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A town named just after an event place to say where it lies is a reference point."""
    out: list[PlaceMention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        locates_previous = (
            previous is not None
            and mention.role == ROLE_NEAR
            and previous.sentence == mention.sentence
            and previous.role in (ROLE_EVENT, ROLE_NEAR)
            and _NEAR_THE_ONE_BEFORE.fullmatch(folded, previous.end, mention.start) is not None
        )
        reference = replace(mention, role=ROLE_REFERENCE, near=False)
        out.append(reference if locates_previous else mention)
    return out


# "à une vingtaine de kilomètres à l'ouest de la ville", "20 km from the town": the town
# the paragraph named last, as a reference point
_KM_FROM_THE_TOWN = re.compile(
    r"\b(?:km|kms|kilomet(?:re|er)s?)\s+(?:[\w'()-]+\s+){0,4}?"
    r"(?P<town>(?:de\s+la|of\s+the|from\s+the)\s+(?:ville|localite|town|village)|du\s+village)"
    r"(?!\s+(?:de|d'|of)\b)(?![\w'-])"
)


def _the_town_told_before(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The town a paragraph named last, met again as "la ville" a distance from which
    something happened: a reference point (never a region or a cercle)."""
    folded = doc.folded
    if "km" not in folded and "kilomet" not in folded:
        return []
    found = []
    for m in _KM_FROM_THE_TOWN.finditer(folded):
        index = doc.sentence_at(m.start())
        if index < 0:
            continue
        paragraph = doc.sentences[index].paragraph
        before = [
            p
            for p in mentions
            if p.start < m.start()
            and p.role not in (ROLE_CONTAINER, ROLE_DATELINE)
            and not p.place.is_region
            and doc.sentences[p.sentence].paragraph == paragraph
        ]
        if not before:
            continue
        start, end = m.span("town")
        found.append(
            replace(
                before[-1],
                start=start,
                end=end,
                text=doc.text[start:end],
                sentence=index,
                role=ROLE_REFERENCE,
                near=False,
            )
        )
    return found


def _outside_its_container(mention: PlaceMention, containers: dict[int, list[Place]]) -> bool:
    """A near spelling of a place in another region or cercle than the one its sentence
    names ("Bangou Bi, dans le département de Téra" is no Bangoubi of Dosso; "le village de
    Dirma", in the cercle of Youwarou, no Dierma of Ténenkou): a village the gazetteer lacks,
    placed by its container instead. ``containers``: each sentence's containers."""
    if mention.confidence >= 1.0 or mention.role == ROLE_CONTAINER:
        return False
    areas = containers.get(mention.sentence, [])
    return bool(areas) and not any(_within(mention.place, area) for area in areas)


def _within(place: Place, area: Place) -> bool:
    """In that region or cercle; in the region of a town named as a label ("Gao : ...")."""
    if area.is_region or area.is_cercle:
        return area.holds(place)
    return area.admin1 == place.admin1


def _lookup(text: str, size: int, gaz: Gazetteer) -> tuple[tuple[Place, ...], float] | None:
    exact = gaz.lookup(text)
    if exact:
        return exact, 1.0
    quarter = _QUARTER_SUFFIX.match(text)
    if quarter and gaz.lookup(quarter["base"]):
        return gaz.lookup(quarter["base"]), 0.9  # the village its quarter belongs to
    if size <= 2 and len(text) >= 5:
        variants = gaz.lookup_variant(text)
        if variants:
            best = max(conf for _, conf in variants)
            return tuple(p for p, conf in variants if conf == best), best
    return None


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    places: tuple[Place, ...]
    confidence: float
    role: str


class PlaceAnnotator(Component[list[PlaceMention]]):
    name = "places"
    reads = ("text", "sentences", "actors", "sources", "lang")
    writes = ("places",)

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def match(self, doc: Doc) -> list[PlaceMention]:
        folded = doc.folded
        blocked = Spans((a.start, a.end) for a in doc.actors)
        candidates = [c for c in self._candidates(doc, folded, blocked) if c.places]
        context = _Context.from_candidates(candidates)
        country = article_country(folded)
        sections = _section_countries(doc)
        stories = _own_stories(doc, sections)
        mentions = []
        for candidate in candidates:
            index = doc.sentence_at(candidate.start)
            paragraph = doc.sentences[index].paragraph if index >= 0 else -1
            within = stories.get(paragraph)
            place = self._choose(
                _named_unit(candidate, folded),
                context,
                within,
                sections.get(paragraph, country),
                spelled=doc.text[candidate.start : candidate.end],
            )
            if place is None:
                continue
            mentions.append(
                PlaceMention(
                    start=candidate.start,
                    end=candidate.end,
                    text=doc.text[candidate.start : candidate.end],
                    sentence=index,
                    place=place,
                    near=candidate.role == ROLE_NEAR,
                    confidence=candidate.confidence,
                    role=candidate.role,
                )
            )
        containers: dict[int, list[Place]] = {}
        for m in mentions:
            if m.role == ROLE_CONTAINER:
                containers.setdefault(m.sentence, []).append(m.place)
        mentions = [m for m in mentions if not _outside_its_container(m, containers)]
        mentions = _locators_as_references(folded, mentions)
        mentions += _the_town_told_before(doc, mentions)
        return mentions + list(self._unknown_villages(doc, mentions))

    def set_annotations(self, doc: Doc, found: list[PlaceMention]) -> None:
        doc.places = sorted(found, key=lambda p: p.start)

    # ------------------------------------------------------------ candidates

    def _candidates(self, doc: Doc, folded: str, blocked: Spans) -> Iterator[Candidate]:
        gazetteer = self.gazetteer
        for sentence in doc.sentences:
            scanner = _NameScanner(doc.text, folded, sentence.start, gazetteer)
            for sequence in _NAME.finditer(doc.text, sentence.start, sentence.end):
                start, end = sequence.span()
                road = "-" in sequence.group() and _names_a_road(folded, start, end)
                names = names_in(sequence.group(), gazetteer, road)
                if not names:
                    continue
                # an actor's name blocks its own words only: "les VDP de Barsalogho"
                whole = blocked.overlaps(start, end)
                for name in names:
                    if whole and blocked.overlaps(start + name.start, start + name.end):
                        continue
                    if not name.rejected:
                        candidate = scanner.candidate(start + name.start, start + name.end, name)
                        if candidate.places:
                            yield candidate

    # ------------------------------------------------------------ disambiguation

    def _choose(
        self,
        candidate: Candidate,
        context: _Context,
        within: tuple[int, int] | None = None,
        country: str = "ML",
        spelled: str = "",
    ) -> Place | None:
        places = _preferred_kind(candidate)
        if len(places) == 1:
            return places[0]
        admin1, admin2, points = context.around(candidate.start, within)
        return self.gazetteer.choose(
            list(places),
            admin1=admin1,
            admin2=admin2,
            near=points,
            prefer_country=country,
            spelled=spelled,
            landmark=candidate.role == ROLE_REFERENCE,
        )

    def _unknown_villages(self, doc: Doc, known: list[PlaceMention]) -> Iterator[PlaceMention]:
        """Villages the gazetteer lacks, placed at the cercle, town or region named with them."""
        taken = Spans([(p.start, p.end) for p in known] + [(a.start, a.end) for a in doc.actors])
        for match in _unknown_village_phrases(doc.text):
            group = next(g for g in ("name", "name2", "name3", "name4") if match[g])
            start, end = match.start(group), match.end(group)
            index = doc.sentence_at(start)
            if index < 0 or taken.overlaps(start, end):
                continue
            name = match[group]
            if self.gazetteer.is_stopword(name) or self.gazetteer.lookup(name):
                continue
            anchor = _anchor_for(known, index)
            if anchor is None:
                continue
            place = anchor.place._replace(
                geonameid=0, name=name, feature_class="P", feature_code="PPL", population=0
            )
            yield PlaceMention(
                start,
                end,
                name,
                index,
                place,
                near=False,
                confidence=0.6,
                role=ROLE_EVENT,
                named_unknown=True,
            )


_CERCLE_WORD = re.compile(r"\b(?:cercle|circle|district|prefecture)\b\W*(?:\w+\W+)?$")
_REGION_WORD = re.compile(r"\b(?:region|province)\b\W*(?:\w+\W+)?$")


def _named_unit(candidate: Candidate, folded: str) -> Candidate:
    """'région de Ségou' is the region, 'cercle de Ségou' the cercle, where both exist."""
    if candidate.role != ROLE_CONTAINER:
        return candidate
    before = folded[max(0, candidate.start - 25) : candidate.start]
    after = folded[candidate.end : candidate.end + 12]
    if _CERCLE_WORD.search(before) or after.lstrip().startswith(("cercle", "circle")):
        wanted = [p for p in candidate.places if p.is_cercle]
    elif _REGION_WORD.search(before) or after.lstrip().startswith("region"):
        wanted = [p for p in candidate.places if p.is_region]
    else:
        return candidate
    if not wanted:
        return candidate
    return Candidate(
        candidate.start, candidate.end, tuple(wanted), candidate.confidence, candidate.role
    )


_UNIT_CODES = REGION_CODES | CERCLE_CODES  # a region or a cercle: Place.is_region, is_cercle


def _preferred_kind(candidate: Candidate) -> tuple[Place, ...]:
    """'the Mopti region' means the region; 'in Mopti' means the town."""
    if len(candidate.places) == 1:
        return candidate.places  # the one place is the town or the unit preferred
    units = tuple(p for p in candidate.places if p.feature_code in _UNIT_CODES)
    towns = tuple(p for p in candidate.places if p.feature_code not in _UNIT_CODES)
    if candidate.role == ROLE_CONTAINER:
        return units or towns
    return towns or units


def _the_one_town(places: tuple[Place, ...]) -> tuple[Place, ...]:
    """The town a name means whatever the story: "Ouahigouya" is the regional seat, not
    the hamlet "Wahigouya" nor its airport; none where several seats or towns share it."""
    seats = tuple(p for p in places if p.feature_code in _TOWN_SEATS and p.population > 0)
    return seats if len(seats) == 1 else places


_TOWN_SEATS = frozenset({"PPLC", "PPLA", "PPLA2"})


def _anchor_for(known: list[PlaceMention], sentence: int) -> PlaceMention | None:
    """The best-known place to stand in for an unknown village: same sentence first."""

    def rank(p: PlaceMention) -> tuple[int, int, int]:
        level = 0 if p.place.is_cercle else 1 if not p.place.is_region else 2
        return (abs(p.sentence - sentence), level, p.start)

    usable = [p for p in known if p.role not in EXCLUDED_ROLES]
    return min(usable, key=rank) if usable else None


@dataclass(frozen=True)
class _Context:
    """What the places an article names say about where it is: regions and cercles named,
    and points of unambiguous places; each read near the name being resolved, so a long
    input of many stories neither mixes them nor rescans them all for every name."""

    offsets: list[int]  # sorted start offsets of the entries below
    entries: list[tuple[str, str, tuple[float, float] | None]]  # (admin1, admin2, point)

    @classmethod
    def from_candidates(cls, candidates: list[Candidate]) -> _Context:
        found: list[tuple[int, tuple[str, str, tuple[float, float] | None]]] = []
        for candidate in candidates:
            places = _preferred_kind(candidate)
            if len(places) != 1:
                if candidate.role == ROLE_CONTAINER and len({p.admin1 for p in places}) == 1:
                    # "cercle de Mopti": region and cercle share the name; both say where
                    cercle = next((p.admin2 or p.name for p in places if p.is_cercle), "")
                    found.append((candidate.start, (places[0].admin1, cercle, None)))
                    continue
                places = _the_one_town(places)
                if len(places) != 1:
                    continue
            place = places[0]
            if place.is_region:
                found.append((candidate.start, (place.admin1, "", None)))
            elif place.is_cercle:
                found.append((candidate.start, (place.admin1, place.admin2 or place.name, None)))
            elif candidate.role not in EXCLUDED_ROLES or candidate.role == ROLE_DESTINATION:
                # where the wounded were taken is near where they were hurt
                found.append((candidate.start, ("", "", (place.latitude, place.longitude))))
        found.sort(key=lambda item: item[0])
        return cls([offset for offset, _ in found], [entry for _, entry in found])

    def around(
        self, offset: int, within: tuple[int, int] | None = None
    ) -> tuple[set[str], set[str], list[tuple[float, float]]]:
        """Regions, cercles and points named within reach of ``offset`` (or ``within``
        the span given: a digest's item, whose neighbours are other stories)."""
        first, last = within or (offset - CONTEXT_REACH, offset + CONTEXT_REACH)
        lo = bisect.bisect_left(self.offsets, first)
        hi = bisect.bisect_right(self.offsets, last)
        admin1, admin2, points = set(), set(), []
        for region, cercle, point in self.entries[lo:hi]:
            if region:
                admin1.add(region)
            if cercle:
                admin2.add(cercle)
            if point is not None and point not in points:
                points.append(point)
        return admin1, admin2, points


# The countries an article names, by their names and their peoples' ("Burkina Faso's
# army", "nigérien"); the Niger river and its delta are Mali's as often as Niger's.
_COUNTRY_WORDS = {
    "ML": r"mali|malian|maliens?|maliennes?",
    "BF": r"burkina(?:\s+faso)?|burkinabes?",
    "NE": r"(?<!fleuve\s)(?<!river\s)(?<!boucle\sdu\s)niger(?!\s+(?:river|delta|bend))"
    r"|nigeriens?|nigeriennes?",
    "MR": r"mauritania|mauritanie|mauritanian|mauritaniens?",
}
_COUNTRY_PATTERNS = {code: re.compile(rf"\b(?:{w})\b") for code, w in _COUNTRY_WORDS.items()}
# Each country's words start with its stem: str.find finds the stems far faster than a
# search for the words, which tries its \b at every character. The words are whole words,
# so no two overlap and each is found at a stem (keep the stems in step with the words).
_COUNTRY_STEMS = {"ML": "mali", "BF": "burkina", "NE": "niger", "MR": "mauritani"}


def article_country(folded: str) -> str:
    """The country an article is mostly about (Mali when it names none more): the one a
    homonym is taken in when nothing nearer tells ("Bidi" in a story about Burkina Faso)."""
    counts = dict.fromkeys(_COUNTRY_PATTERNS, 0)
    for code, regex in _COUNTRY_PATTERNS.items():
        stem = _COUNTRY_STEMS[code]
        at = folded.find(stem)
        while at >= 0:
            if regex.match(folded, at):
                counts[code] += 1
            at = folded.find(stem, at + 1)
    best = max(counts, key=lambda code: (counts[code], code == "ML"))
    return best if counts[best] > counts["ML"] else "ML"


# A round-up's section heading or a paragraph's opening names the country its homonyms
# are in: "BURKINA FASO. On Tuesday, ...", "NIGER: ...", "In Niger, ...", "Au Burkina, ..."
_COUNTRY_NAME = r"mali|burkina(?:\s+faso)?|niger|mauritania|mauritanie"
_COUNTRY_OPENING = re.compile(
    rf"\s*(?:(?P<name>{_COUNTRY_NAME})\s*(?:[.:]|\s[-–—]|$)"
    rf"|(?:in|au|en)\s+(?P<after>{_COUNTRY_NAME})\s*,)"
)
_COUNTRY_BY_NAME = {"mali": "ML", "burkina": "BF", "niger": "NE", "mauritani": "MR"}
_HEADING = re.compile(r"[A-Z][A-Z' -]{2,40}[.:]?")  # "LOOKING AHEAD": a section of its own


# "Ailleurs, au Burkina voisin, l'armée ...", "In neighbouring Mali, ...": a sentence that
# opens on another country tells a story of its own
_COUNTRY_TOLD = re.compile(
    rf"(?:[^.;:,]{{0,60}},\s*)?(?:in|au|en|dans\s+le)\s+(?:neighbou?ring\s+)?"
    rf"(?P<name>{_COUNTRY_NAME})(?:\s+voisine?)?\s*,"
)


def country_told(folded: str, start: int, end: int) -> str:
    """The country code a sentence folded[start:end] opens on, or ""."""
    told = _COUNTRY_TOLD.match(folded, start, end)
    if told is None:
        return ""
    name = told["name"]
    return next(code for stem, code in _COUNTRY_BY_NAME.items() if name.startswith(stem))


def _section_countries(doc: Doc) -> dict[int, str]:
    """The country of each paragraph that opens with one, or that follows a heading that
    is one ("NIGER" alone on its line, until the next heading)."""
    countries: dict[int, str] = {}
    section = ""
    for before, sentence in itertools.pairwise(doc.sentences):
        if before.paragraph == sentence.paragraph:
            continue  # not a paragraph's first sentence
        opening = _COUNTRY_OPENING.match(doc.folded, sentence.start, sentence.end + 1)
        heading = _HEADING.fullmatch(doc.text, sentence.start, sentence.end) is not None
        if opening is not None:
            name = opening["name"] or opening["after"]
            code = next(code for stem, code in _COUNTRY_BY_NAME.items() if name.startswith(stem))
            countries[sentence.paragraph] = code
            section = code if heading else section
        elif heading:
            section = ""
        elif section:
            countries[sentence.paragraph] = section
    return countries


_BULLET = re.compile(r"\s*(?:[-•*–—]|\d{1,2}[.)])\s")


def _own_stories(doc: Doc, sections: dict[int, str]) -> dict[int, tuple[int, int]]:
    """The spans of the paragraphs that are items of a list ("- Monday: ...") or sections
    of a round-up ("NIGER. ..."): each is a story of its own, and places named in the
    others do not say where its places are."""
    spans: dict[int, tuple[int, int]] = {}
    for sentence in doc.sentences:
        lo, hi = spans.get(sentence.paragraph, (sentence.start, sentence.end))
        spans[sentence.paragraph] = (min(lo, sentence.start), max(hi, sentence.end))
    return {
        paragraph: span
        for paragraph, span in spans.items()
        if paragraph in sections
        or _BULLET.match(doc.text, span[0] - 2 if span[0] >= 2 else 0)
        or _BULLET.match(doc.text, span[0])
    }


# "according to Bourama Sissoko": the "to" of a source is no direction
_ACCORDING_TO = re.compile(r"\baccording\s+to\s*$")


def _strong_context(folded: str, start: int, end: int, sentence_start: int) -> bool:
    before = folded[max(sentence_start, start - MAX_LOOKBACK) : start]
    if _ACCORDING_TO.search(before):
        return bool(_AFTER_STRONG.match(folded[end : end + 40]))
    return bool(_BEFORE_STRONG.search(before) or _AFTER_STRONG.match(folded[end : end + 40]))


def _role(text: str, folded: str, start: int, end: int, scanner: _NameScanner) -> str:
    """What a place name does in its sentence (see place_roles)."""
    if end <= scanner.dateline():
        return ROLE_DATELINE
    if labels_a_sentence(folded, end) and _opens_sentence(text, scanner.sentence_start, start):
        return ROLE_CONTAINER
    return role_in_context(folded, start, end, scanner.sentence_start)
