"""Choosing actor 1, actor 2 and their associated actors for one event, ACLED style."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sahelwatch.extraction.events.sides import (
    ATTACKER,
    TARGET,
    SideMention,
    acled_name,
    default_attacker,
    default_civilians,
    default_protesters,
    default_state,
    parent_of,
    resolve,
)
from sahelwatch.extraction.events.typing import EventKind
from sahelwatch.extraction.lexicon import ActorEntry
from sahelwatch.model import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, VIOLENCE_AGAINST_CIVILIANS

AGREEMENT = "Agreement"
# events between parties, in the order the words give them: who signs with whom, who
# hands a camp over to whom ("MINUSMA left the camp of Ber, handed over to the FAMa")
_BETWEEN_PARTIES = frozenset({AGREEMENT, "Non-violent transfer of territory"})


@dataclass(frozen=True, slots=True)
class Roles:
    actor1: str
    inter1: int
    assoc_actor_1: str
    actor2: str
    inter2: int | None
    assoc_actor_2: str
    agent: ActorEntry  # actor 1 itself, for the next incident told with "they"


def _rank_attacker(item: SideMention) -> tuple[int, bool, int, int]:
    """Claimed named groups first, then named groups, then suspected ones, then vague words;
    within each, those the words make attackers; national forces before the foreign forces
    with them (Wagner is their associate)."""
    actor = item.mention.actor
    named = not actor.is_vague
    certainty = (
        0
        if item.claimed and named
        else 1
        if named and not item.mention.suspected
        else 2
        if named
        else 3
    )
    kind = 0 if actor.is_armed_nonstate else 1 if actor.is_state else 2
    return certainty, not item.stated, kind, item.mention.start


def _body_first(attackers: list[SideMention], headlines: frozenset[int]) -> list[SideMention]:
    """A group the story names beats one only its headline names: a round-up's headline
    tells several stories ("Niger post overrun, JNIM claims ambush near Boni"), and a
    story's own body tells who did it better than its headline does."""

    def named_group(item: SideMention) -> bool:
        return item.mention.actor.is_armed_nonstate and not item.mention.actor.is_vague

    if not any(named_group(s) and s.mention.sentence not in headlines for s in attackers):
        return attackers
    return sorted(attackers, key=lambda s: named_group(s) and s.mention.sentence in headlines)


def state_attacks(sides: Sequence[SideMention]) -> bool:
    """Do government (or allied foreign) forces attack, with no armed group attacking?"""
    on_attack = [s for s in sides if s.side == ATTACKER]
    # the words outrank an actor's kind: "FAMa retook the town the jihadists held"
    attackers = [s.mention.actor for s in ([s for s in on_attack if s.stated] or on_attack)]
    return any(a.is_force for a in attackers) and not any(a.is_armed_nonstate for a in attackers)


def choose_roles(
    sides: Sequence[SideMention],
    kind: EventKind,
    on: dt.date,
    country_code: str,
    headlines: frozenset[int] = frozenset(),
    *,
    thread: ActorEntry | None = None,
) -> Roles:
    """``thread``: whoever did the last incident, when this one's doers are told only with
    a pronoun ("On Sunday they raided a camp"): a vague word for them names nobody new."""
    attackers = _agents_of_this_kind(
        _body_first(
            sorted((s for s in sides if s.side == ATTACKER), key=_rank_attacker), headlines
        ),
        kind,
    )
    targets = [s for s in sides if s.side == TARGET]
    parties = _parties(sides) if kind.sub_event_type in _BETWEEN_PARTIES else []
    if parties:  # "the Fulani and Dogon communities signed a peace agreement"
        actor1, actor2 = parties[0], (parties[1] if len(parties) > 1 else None)
    else:
        actor1 = _actor1(attackers, kind, sides, headlines)
        if thread is not None and actor1.is_vague and kind.event_type not in (PROTESTS, RIOTS):
            actor1 = thread
        actor2 = _actor2(targets, attackers, actor1, kind)
        if (
            kind.sub_event_type == "Government regains territory"
            and actor2 is not None
            and actor2.is_force
            and not actor1.is_force
        ):
            actor1, actor2 = actor2, actor1  # the sub-event says who took the place back
        if kind.sub_event_type == "Arrests" and not actor1.is_force:
            # "une unité a interpellé quatre suspects": arrests are the authorities' deed
            forces = [s.mention.actor for s in sides if _is_force(s.mention.actor)]
            actor1 = forces[0] if forces else default_state()
    name1 = acled_name(actor1, on, country_code)
    beside = [s.mention.actor for s in attackers] + _came_with_the_forces(sides, actor1, actor2)
    assoc1 = _associates(actor1, beside, on, country_code, name1)
    name2, assoc2, inter2 = "", "", None
    if actor2 is not None:
        name2 = acled_name(actor2, on, country_code)
        assoc2 = _associates(actor2, [s.mention.actor for s in targets], on, country_code, name2)
        inter2 = resolve(actor2, country_code).inter
    # no actor is associated with the other side ("MINUSMA handed the camp to the FAMa")
    assoc1 = "; ".join(n for n in assoc1.split("; ") if n and n != name2)
    assoc2 = "; ".join(n for n in assoc2.split("; ") if n and n != name1)
    inter1 = resolve(actor1, country_code).inter
    return Roles(name1, inter1, assoc1, name2, inter2, assoc2, actor1)


def _came_with_the_forces(
    sides: Sequence[SideMention], actor1: ActorEntry, actor2: ActorEntry | None
) -> list[ActorEntry]:
    """Foreign forces the words give no side ("troops escorted by Russian instructors"),
    where the national forces did the deed to people who are no force: they came with
    the troops, not under their fire (a clash between forces leaves them where they are)."""
    if not actor1.is_state or (actor2 is not None and actor2.is_force):
        return []
    return [
        s.mention.actor
        for s in sides
        if s.side == TARGET and not s.stated and s.mention.actor.kind == "external"
    ]


def _agents_of_this_kind(attackers: list[SideMention], kind: EventKind) -> list[SideMention]:
    """Of agents told with different deeds ("the killing of nine civilians by soldiers, and
    the abduction of three traders by JNIM"), those of the event's own kind of deed."""
    if not any(a.via == kind.sub_event_type for a in attackers):
        return attackers
    return [a for a in attackers if a.via in ("", kind.sub_event_type)]


def _parties(sides: Sequence[SideMention]) -> list[ActorEntry]:
    """The named parties to an agreement, in the order the words give them."""
    found: list[ActorEntry] = []
    for item in sorted(sides, key=lambda s: s.mention.start):
        actor = parent_of(item.mention.actor) or item.mention.actor
        if not actor.is_vague and actor.kind != "civilians" and actor not in found:
            found.append(actor)
    return found


def _actor1(
    attackers: list[SideMention],
    kind: EventKind,
    everyone: Sequence[SideMention],
    headlines: frozenset[int],
) -> ActorEntry:
    if kind.event_type in (PROTESTS, RIOTS):
        return default_protesters(kind.event_type)
    if kind.sub_event_type == "Air/drone strike" and not any(
        a.stated
        and a.mention.actor.is_armed_nonstate
        and not a.mention.actor.is_vague
        and a.mention.sentence not in headlines
        for a in attackers
    ):
        # In the Sahel, strikes from the air are the state's (or its allies') unless a
        # group is named: the "attackers" near a drone strike are its targets. A headline's
        # group ("le FLA revendique une embuscade") did the headline's deed, not the strike.
        forces = [s.mention.actor for s in everyone if _is_force(s.mention.actor)]
        return forces[0] if forces else default_state()
    # "the army, backed by its Russian partners, retook": the allies are its associates
    national = [s.mention.actor for s in attackers if s.mention.actor.is_state] or [
        s.mention.actor
        for s in everyone
        if s.side != TARGET and s.mention.actor.is_state and not s.mention.actor.is_vague
    ]
    for item in attackers:
        actor = item.mention.actor
        if kind.event_type == VIOLENCE_AGAINST_CIVILIANS and actor.kind in (
            "civilians",
            "community",
        ):
            continue
        if actor.kind == "external":
            # "the army, backed by its Russian partners": they associate; so do they with
            # "army units" the words gave no side, told with them
            beside = national or [
                s.mention.actor
                for s in everyone
                if s.mention.actor.is_state and s.mention.sentence == item.mention.sentence
            ]
            if beside:
                return beside[0]
        parent = parent_of(actor)
        return parent or actor
    return default_attacker()


def _actor2(
    targets: list[SideMention], attackers: list[SideMention], actor1: ActorEntry, kind: EventKind
) -> ActorEntry | None:
    civilians = [s.mention.actor for s in targets if s.mention.actor.kind == "civilians"]
    if kind.event_type == VIOLENCE_AGAINST_CIVILIANS or (
        kind.event_type == EXPLOSIONS and kind.target == "civilians"
    ):
        # a shell that killed a child in town: civilians were hit, whoever else is named
        foreign = [a for a in civilians if a.nationality]
        return (foreign or civilians or [default_civilians()])[0]
    if kind.event_type in (PROTESTS, RIOTS):
        # the forces that dispersed a protest; a peaceful one has no second actor
        forces = [s.mention.actor for s in (*targets, *attackers) if _is_force(s.mention.actor)]
        return forces[0] if forces and kind.sub_event_type != "Peaceful protest" else None
    if kind.event_type in (BATTLES, EXPLOSIONS):
        return _opponent(targets, attackers, actor1, kind, civilians)
    return None


def _opponent(
    targets: list[SideMention],
    attackers: list[SideMention],
    actor1: ActorEntry,
    kind: EventKind,
    civilians: list[ActorEntry],
) -> ActorEntry | None:
    """Whom actor 1 fought: forces against armed groups, armed groups against forces."""
    armed = [
        s.mention.actor for s in targets if s.mention.actor.kind not in ("civilians", "community")
    ]
    if _is_force(actor1):
        armed += [s.mention.actor for s in attackers if s.mention.actor != actor1]
        # a group named ("a base of Islamic State Sahel") before the vague word for it
        opponents = sorted((a for a in armed if a.is_armed_nonstate), key=lambda a: a.is_vague)
        if civilians and all(a.is_vague for a in opponents) and kind.target != "military":
            return civilians[0]  # people were hit, whatever vague name the army gives them
        return (parent_of(opponents[0]) or opponents[0]) if opponents else None
    forces = [a for a in armed if _is_force(a)]
    if forces:
        return parent_of(forces[0]) or forces[0]
    # armed groups fighting each other ("JNIM attacked positions held by Islamic State",
    # "Dozo hunters clashed with suspected jihadists"): a group under attack, however
    # vaguely named, or another named group among the attackers
    named = [*armed, *(s.mention.actor for s in attackers if not s.mention.actor.is_vague)]
    rivals = [
        parent_of(a) or a for a in named if a.is_armed_nonstate and (parent_of(a) or a) != actor1
    ]
    if rivals and kind.target != "civilians":
        return rivals[0]
    if kind.target == "civilians" or (civilians and kind.target != "military"):
        # no force nor group opposed: the people the words say were hit ("a grenade
        # thrown into the market wounded eight people")
        return civilians[0] if civilians else default_civilians()
    return default_state()


def _is_force(actor: ActorEntry) -> bool:
    return actor.is_force


def _associates(
    actor: ActorEntry, same_side: list[ActorEntry], on: dt.date, country_code: str, name: str
) -> str:
    """Allies fighting with the main actor, a group's named unit, civilians' community."""
    found: list[str] = []
    for other in same_side:
        if other.kind == "community" and actor.kind == "civilians":
            found.append(
                other.canonical(on, acled_name(actor, on, country_code).split("(")[-1][:-1])
            )
            continue
        if other.parent and parent_of(other) == actor:
            found.append(other.name)
            continue
        if actor.kind == "civilians" and other.nationality and actor.nationality:
            found.append(acled_name(other, on, country_code))  # "an Italian and a German"
            continue
        allied = actor.is_force and other.is_force
        if allied:
            found.append(acled_name(other, on, country_code))
    unique = [n for n in dict.fromkeys(found) if n and n != name]
    return "; ".join(unique)
