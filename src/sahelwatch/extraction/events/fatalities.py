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
from dataclasses import replace

from sahelwatch.extraction.components.triggers import CAUSE
from sahelwatch.extraction.doc import CasualtyMention, Doc, SourceMention
from sahelwatch.extraction.events.incidents import BURIED, Incident, place_key
from sahelwatch.extraction.events.updates import latest_figures
from sahelwatch.model import (
    BATTLES,
    EXPLOSIONS,
    PROTESTS,
    RIOTS,
    VIOLENCE_AGAINST_CIVILIANS,
    Claim,
)

GENERIC = "people"
SUICIDE_BOMBER = "bomber"  # counted even where the army's "attackers" are not (see below)
_EVERY_SIDE = (
    *("soldiers", "peacekeepers", "foreign_troops", "civilians", "attackers"),
    SUICIDE_BOMBER,
)
_COUNTED = {
    BATTLES: _EVERY_SIDE,
    EXPLOSIONS: _EVERY_SIDE,
    VIOLENCE_AGAINST_CIVILIANS: ("civilians",),
    # demonstrators the forces killed ("opened fire on the protesters, killing three")
    PROTESTS: ("civilians",),
    RIOTS: ("civilians", "soldiers"),
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
    if event_type == EXPLOSIONS and by_victim.get("civilians"):
        # a strike that killed civilians by some accounts and "terrorists" by the army's:
        # two accounts of the same dead, not two tolls to add
        counted = tuple(v for v in counted if v != "attackers")
    specific = sum(_lowest(by_victim[v]) for v in counted if by_victim.get(v))
    generic = _lowest(by_victim[GENERIC]) if by_victim.get(GENERIC) else 0
    exact_toll = [m.low for m in by_victim.get(GENERIC, []) if not m.vague]
    if exact_toll and all(m.vague for v in counted for m in by_victim.get(v, [])):
        return min(exact_toll)  # "nearly 30 passengers" by one account, "26 dead" by another
    return max(specific, generic)


def _lowest(mentions: list[CasualtyMention]) -> int:
    exact = [m.low for m in mentions if not m.vague]
    return min(exact) if exact else min(m.low for m in mentions)


def allocate(
    doc: Doc, incident: Incident, event_type: str, locations: Sequence[str]
) -> dict[str, int]:
    """Fatalities per location key: the most specific figures first, shares of totals after."""
    groups: dict[tuple[str, ...], list[CasualtyMention]] = defaultdict(list)
    mentions = _join_parts(doc.folded, _counted_mentions(doc, incident, event_type))
    for mention in mentions:
        if _total_of_other_incidents(doc, mention, mentions, locations):
            continue
        told_in = doc.sentences[mention.sentence]
        if len(locations) > 1 and _PLACE_UNSAID.search(doc.folded, told_in.start, told_in.end):
            continue  # "neutralised dozens of terrorists, without saying where": no one place's
        sharing = (
            _figure_place(doc, mention, locations)
            or _all_places(doc, mention, locations)
            or tuple(incident.sharing(mention.sentence, locations))
        )
        if sharing:
            groups[sharing].append(mention)
    allocation: dict[str, int] = {}
    counted: dict[str, set[str]] = {}  # the victims each location's figures counted
    for keys in sorted(groups, key=len):
        victims = {m.victim for m in groups[keys] if m.outcome == "killed"}
        # a place's own figure of the same dead is part of the total; of other dead
        # ("80 terrorists neutralised" in all, "two customs officers killed" in one), not
        within = [k for k in keys if k in allocation and _same_dead(counted[k], victims)]
        receiving = [k for k in keys if k not in within]
        if not receiving:
            continue
        already = sum(allocation[k] for k in within)
        remaining = max(0, total_killed(groups[keys], event_type) - already)
        share, extra = divmod(remaining, len(receiving))
        for i, key in enumerate(receiving):
            allocation[key] = allocation.get(key, 0) + share + (1 if i < extra else 0)
            counted[key] = counted.get(key, set()) | victims
    return allocation


# A figure its teller gives for no place: of an incident of several places, none takes it
_PLACE_UNSAID = re.compile(
    r"\bwithout\s+(?:saying|specifying|indicating|giving)\s+(?:where|the\s+(?:place|location))|"
    r"\b(?:at|in)\s+(?:an\s+)?(?:unspecified|undisclosed)\s+(?:location|place)s?\b|"
    r"\bsans\s+(?:preciser|dire|indiquer)\s+(?:ou\b|le\s+lieu|l'endroit|les\s+lieux)|"
    r"\b(?:en|dans)\s+un\s+lieu\s+non\s+(?:precise|indique)\b"
)


def _same_dead(these: set[str], those: set[str]) -> bool:
    return bool(these & those) or GENERIC in these or GENERIC in those


_PLACE_AFTER_FIGURE = 30  # "dix-sept morts à Yoro", "killing 15 in Songho"
_PUNCTUATION = re.compile(r"[,;.]")
# "23 civilians had died in the two villages": a total for every place, not the last named
_SEVERAL_PLACES_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:in|across|from|during|dans|a|au\s+cours\s+des|lors\s+des|pendant\s+les)"
    r"\s+(?:the\s+|les\s+|ces\s+)?"
    # "in attacks on two villages", "dans des attaques contre deux villages"
    r"(?:(?:des\s+)?(?:attacks?|raids?|attaques?)\s+(?:on|against|contre|sur)\s+)?"
    r"(?:two|three|four|five|both|several|all|deux|trois|quatre|cinq|plusieurs)\s+"
    r"(?:of\s+the\s+)?(?:villages|localites|towns|places|hamlets|hameaux|sites|communes|"
    r"attacks|attaques|localities)\b"
)


def _total_of_other_incidents(
    doc: Doc,
    mention: CasualtyMention,
    mentions: Sequence[CasualtyMention],
    locations: Sequence[str],
) -> bool:
    """ "At least 20 killed in attacks on two villages", told with one village's own 12 when
    the other village's attack, on another day, is an incident of its own: a total that
    spans incidents is not this one's toll."""
    return (
        len(locations) == 1
        and bool(_all_places(doc, mention, locations))
        and any(m is not mention and m.outcome == "killed" for m in mentions)
    )


def _all_places(doc: Doc, mention: CasualtyMention, locations: Sequence[str]) -> tuple[str, ...]:
    after = doc.folded[mention.end : mention.end + 120]
    return tuple(locations) if _SEVERAL_PLACES_AFTER.match(after) else ()


def _figure_place(doc: Doc, mention: CasualtyMention, locations: Sequence[str]) -> tuple[str, ...]:
    """The one location a figure is given for, when the place follows it closely, or the
    thing it was named with ("14 men at the base", after "an army base in Djibo")."""
    for place in doc.places_in(mention.sentence):
        if not 0 <= place.start - mention.end <= _PLACE_AFTER_FIGURE:
            continue
        key = place_key(place)
        if key in locations and not _PUNCTUATION.search(doc.text[mention.end : place.start]):
            return (key,)
    at_the = _AT_THE.match(doc.folded, mention.end)
    if at_the is None:
        return ()
    named_with = re.compile(rf"\b{at_the[1]}\s+(?:in|at|of|near)\s+$")
    for place in doc.places:
        key = place_key(place)
        told_before = place.start < mention.start and key in locations
        if told_before and named_with.search(doc.folded, max(0, place.start - 40), place.start):
            return (key,)
    return ()


# "14 men at the base": the place the story named the base with
_AT_THE = re.compile(r"\s+(?:at|in|on)\s+the\s+([a-z]+)\b")


def _counted_mentions(doc: Doc, incident: Incident, event_type: str) -> list[CasualtyMention]:
    """The figures the toll is coded from. An armed group's claim about its own attack
    is kept as a claim but not counted when any other source gives a figure (ACLED codes
    conservatively; such claims run far above every other account)."""
    mentions = [
        m
        for s in sorted(incident.sentences)
        if s not in doc.background
        for m in doc.casualties_in(s)
        if not _told_of_an_earlier_day(doc, m)
        and not _CAUSE_OF_DEATHS.search(doc.folded, doc.sentences[m.sentence].start, m.start)
    ]
    mentions = latest_figures(doc, mentions)
    # "Au total, 29 personnes ont été tuées": the story's sum, its incidents tell theirs
    own = [
        m for m in mentions if not _TOTAL_OPENING.match(doc.folded, doc.sentences[m.sentence].start)
    ]
    if any(m.outcome == "killed" for m in own):
        mentions = own
    mentions = _other_accounts(doc, mentions, event_type)
    others = _story_figures(doc, [m for m in mentions if not claimed_by_armed_group(doc, m)])
    if any(m.outcome == "killed" for m in others):
        return others  # e.g. the headline's "dozens of soldiers killed", not the group's 60
    return _story_figures(doc, mentions)


# "A lawmaker gave a higher toll of 11 dead", "d'autres sources font état d'un bilan de 13
# morts": another account of the same dead, not a total that adds other victims
_OTHER_ACCOUNT = re.compile(
    r"\b(?:put|puts|putting|gave|gives|giving|placed|set)\s+(?:the|a|an)\s+(?:\w+\s+){0,2}"
    r"(?:toll|figure)\b|\b(?:higher|lower|different|heavier)\s+(?:death\s+)?toll\b|"
    r"\bother\s+(?:sources|accounts?|residents|witnesses)\b|\bothers\s+(?:said|say|put|gave|spoke)\b|"
    r"\bd'autres\s+(?:sources|temoins|habitants|temoignages)\b|\bselon\s+d'autres\b|"
    r"\bun\s+autre\s+bilan\b|\bbilan\s+(?:plus\s+(?:lourd|eleve)|different)\b|"
    # the bodies residents buried or found: their count of the same dead
    rf"\b(?:{BURIED})\b"
)
# "Un élu parle lui de neuf morts", "a local official spoke of seven dead": a toll someone
# speaks of after the story told its own is another account, not a total of other dead
# (told first, "fait état de 12 morts, dont cinq soldats" is the toll the parts break down)
_SPOKEN_OF = re.compile(
    r"\b(?:parl(?:e|es|ent|ait|aient|ant|er)|(?:a|ont|avait|avaient)\s+parle)\s+"
    r"(?:\w+\s+){0,3}?d(?:e\b|'|es\b|u\b)|"
    r"\bevoqu(?:e|es|ent|ait|aient|ant|er)\b|"
    r"\bf(?:ait|ont|aisait|aisaient|aisant|aire)\s+etat\s+d|\ba\s+fait\s+etat\s+d|"
    r"\b(?:spoke|speaks?|speaking|talked|talks?|talking)\s+(?:\w+\s+){0,2}?of\b|"
    # "le FLA avance le chiffre de onze morts": a figure put forward by another side
    r"\bavan(?:ce|cent|cait|caient|cant|cer|cee?s?)\s+(?:\w+\s+){0,2}?(?:chiffre|bilan)\s+d"
)


def _other_accounts(
    doc: Doc, mentions: list[CasualtyMention], event_type: str
) -> list[CasualtyMention]:
    """A generic toll told as another account, where the other figures count one kind of
    victim exactly, counts that kind: the lowest of the accounts is then the toll (ACLED).
    Only the victims the event's type counts matter: the army's "six terrorists
    neutralised" leaves the villagers' "nine bodies" an account of the civilian dead."""
    counted = _COUNTED.get(event_type, _EVERY_SIDE)
    killed = [m for m in mentions if m.outcome == "killed"]
    if event_type == EXPLOSIONS and any(m.victim == "civilians" for m in killed):
        # the army's "terrorists neutralised" are the strike's civilian dead by its own
        # account (see total_killed): the bodies counted are another account of those
        counted = tuple(v for v in counted if v != "attackers")
    specific = [m for m in killed if m.victim != GENERIC and m.victim in counted]
    victims = {m.victim for m in specific}
    if len(victims) != 1 or all(m.vague for m in specific):
        return mentions  # "dozens of combatants": the generic accounts are the counts
    (victim,) = victims
    first_told = min(m.start for m in specific)
    # "au moins neuf civils tués" in the headline only: the body's "neuf morts" and the
    # "onze morts" another source speaks of both count those civilians
    headline_only = all(doc.sentences[m.sentence].is_headline for m in specific)
    return [
        replace(m, victim=victim)
        if m.outcome == "killed"
        and m.victim == GENERIC
        and (headline_only or _another_account(doc, m, told_after=m.start > first_told))
        else m
        for m in mentions
    ]


# "14 bodies had been taken to the hospital": a count of the same dead
_BODIES = re.compile(r"\b(?:bodies|corpses|corps|cadavres|depouilles)\b")


def _another_account(doc: Doc, mention: CasualtyMention, *, told_after: bool) -> bool:
    start = doc.sentences[mention.sentence].start
    if _OTHER_ACCOUNT.search(doc.folded, start, mention.start) or _BODIES.search(
        doc.folded, mention.start, mention.end + 12
    ):
        return True
    return told_after and _SPOKEN_OF.search(doc.folded, start, mention.start) is not None


# "It came in retaliation for the killing of a trader": the dead of the deed told as the cause
_CAUSE_OF_DEATHS = re.compile(
    CAUSE + r"(?:killings?|murders?|deaths?|assassinations?|meurtres?|assassinats?|morts?)\s+"
    r"(?:of|de|du|des|d')\s*$"
)


# "Fighting resumed on Tuesday, a day after a first clash left several dead": the dead
# of the day before, in the clause that recalls it
_EARLIER_DAY_CLAUSE = re.compile(
    r"\b(?:(?:a|one|two|three|several|\w+)\s+(?:days?|hours?|weeks?)\s+after|au\s+lendemain\s+d|"
    r"(?:un|deux|trois|quelques|plusieurs)\s+(?:jours?|heures|semaines?)\s+apres)\b[^.;,]{0,80}$"
)  # a comma closes the clause: "two days after the attack on X, gunmen killed four" is news


def _told_of_an_earlier_day(doc: Doc, mention: CasualtyMention) -> bool:
    """Only when the sentence dated its own news before the clause: "came two days after
    three herders were shot dead on Thursday" tells Thursday's killing."""
    start = max(doc.sentences[mention.sentence].start, mention.start - 90)
    clause = _EARLIER_DAY_CLAUSE.search(doc.folded, start, mention.start)
    return clause is not None and any(
        d.end <= clause.start() and not d.reporting for d in doc.dates_in(mention.sentence)
    )


# "cinq militaires et un douanier", "four soldiers and two VDP": parts of one toll
_PARTS_JOINED = re.compile(r"\s*,?\s*(?:and|et|as\s+well\s+as|ainsi\s+que)\s+")


def _join_parts(folded: str, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """Figures of one group joined by "and" added up: the lowest of them is no toll."""
    joined: list[CasualtyMention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.sentence == mention.sentence
            and (last.victim, last.outcome, last.vague) == (mention.victim, mention.outcome, False)
            and not mention.vague
            and _PARTS_JOINED.fullmatch(folded, last.end, mention.start)
        ):
            joined[-1] = replace(
                last, end=mention.end, low=last.low + mention.low, high=last.high + mention.high
            )
        else:
            joined.append(mention)
    return joined


_TOTAL_OPENING = re.compile(r"\s*(?:au\s+total|en\s+tout|in\s+total|in\s+all|altogether|overall)\b")


def _story_figures(doc: Doc, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """A headline sums up the story's figures: where the story gives a toll, it counts."""
    body = [m for m in mentions if not doc.sentences[m.sentence].is_headline]
    return body if any(m.outcome == "killed" for m in body) else mentions


def claims_for(
    doc: Doc,
    sentences: Sequence[int],
    event_type: str = "",
    *,
    location: str = "",
    locations: Sequence[str] = (),
    country: str = "",
) -> list[Claim]:
    """The reported figures of the event's sentences that concern it, with who reported
    them: not the soldiers of an attack on a village (the army post's), nor a figure given
    for another of the incident's places ("eight killed in Goudourou, three in Tolagie")."""
    counted = _COUNTED.get(event_type)
    claims = []
    for mention in (m for s in sorted(set(sentences)) for m in doc.casualties_in(s)):
        if mention.sentence in doc.background:
            continue
        if counted is not None and mention.victim not in (*counted, GENERIC):
            continue
        place = _figure_place(doc, mention, locations)
        if place and location not in place:
            continue
        claims.append(
            Claim(
                field=CLAIM_FIELDS[mention.outcome],
                value=mention.low,
                high=mention.high,
                text=doc.sentence_text(mention.sentence),
                source=source_of(doc, mention).replace("{demonym}", _demonym(country)),
                start=doc.sentences[mention.sentence].start,
                end=doc.sentences[mention.sentence].end,
            )
        )
    return claims


_DEMONYMS = {"Mali": "Malian", "Burkina Faso": "Burkinabe", "Niger": "Nigerien"}


def _demonym(country: str) -> str:
    """ "the army said" in a report from Niger is the Nigerien army."""
    return _DEMONYMS.get(country, "national")


def source_of(doc: Doc, mention: CasualtyMention) -> str:
    """The source named closest to the figure in its sentence; a headline speaks for the outlet."""
    if doc.sentences[mention.sentence].is_headline:
        return "headline"
    nearest = _nearest_source(doc, mention)
    return nearest.source if nearest is not None else UNATTRIBUTED


def claimed_by_armed_group(doc: Doc, mention: CasualtyMention) -> bool:
    """Is the figure an armed group's claim about its own attack?"""
    nearest = _nearest_source(doc, mention)
    return nearest is not None and nearest.armed_group


def _nearest_source(doc: Doc, mention: CasualtyMention) -> SourceMention | None:
    if doc.sentences[mention.sentence].is_headline:
        return None
    named = doc.sources_in(mention.sentence)
    return min(named, key=lambda s: abs(s.start - mention.start)) if named else None
