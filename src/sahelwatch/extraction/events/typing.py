"""The ACLED event type and sub-event type of an incident at one place."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sahelwatch.extraction.doc import CasualtyMention, TriggerMention
from sahelwatch.extraction.text import fold
from sahelwatch.model import (
    BATTLES,
    EXPLOSIONS,
    PROTESTS,
    RIOTS,
    STRATEGIC,
    VIOLENCE_AGAINST_CIVILIANS,
)

# When one incident involves several kinds of remote violence, the most telling one names it.
_EXPLOSION_RANK = (
    "Suicide bomb",
    "Air/drone strike",
    "Remote explosive/landmine/IED",
    "Shelling/artillery/missile attack",
    "Grenade",
)
# How strongly who died says what was attacked: dead soldiers mean forces were hit; dead
# "attackers" are often the army's own claim, weaker evidence of a battle.
_VICTIM_VOTES = {
    "soldiers": ("military", 2),
    "peacekeepers": ("military", 2),
    "foreign_troops": ("military", 2),
    "attackers": ("military", 1),
    "civilians": ("civilians", 2),
}
TERRITORY = "territory"
_FORCES_DEAD = frozenset({"soldiers", "peacekeepers", "foreign_troops"})


@dataclass(frozen=True, slots=True)
class EventKind:
    event_type: str
    sub_event_type: str
    target: str  # military | civilians | "" : what the perpetrator attacked


def classify(
    triggers: Sequence[TriggerMention],
    casualties: Sequence[CasualtyMention],
    state_attacker: bool,
    state_present: bool,
    armed_attacker: bool = False,
    *,
    locally_told_dead: bool = False,
    protesters_hit: bool = False,
) -> EventKind | None:
    """Decide the event type from the incident's words; None when nothing happened.
    ``locally_told_dead``: people killed by the account of residents, local officials,
    doctors or rights groups (not the army's). ``protesters_hit``: the words make the
    protesters (or rioters) the ones attacked."""
    by_type: dict[str, list[TriggerMention]] = {}
    for trigger in triggers:
        by_type.setdefault(trigger.event_type, []).append(trigger)
    target = _target(triggers, casualties, state_present and not state_attacker)
    killed = [c for c in casualties if c.outcome == "killed"]
    explosions = by_type.get(EXPLOSIONS, [])
    battles = by_type.get(BATTLES, [])
    if explosions:
        return _explosion_kind(explosions, battles, killed, target, locally_told_dead)
    civilian_violence = by_type.get(VIOLENCE_AGAINST_CIVILIANS, [])
    unrest = by_type.get(RIOTS, []) + by_type.get(PROTESTS, [])
    # forces that fire on the demonstrators: the demonstration's event whoever died
    forced = protesters_hit and state_attacker and bool(killed or civilian_violence)
    if unrest and (forced or not killed) and not armed_attacker:
        # barricades and tear gas, with no dead and no armed group: a riot or a protest
        return _unrest_kind(by_type, forced)
    # "soldiers entered the village and killed seven people": forces that kill civilians
    # where they go take no territory, they attack civilians
    forces_killing = state_attacker and bool(civilian_violence) and target == "civilians"
    if any(t.sub_event_type == TERRITORY for t in battles) and not forces_killing:
        sub = (
            "Government regains territory"
            if state_attacker
            else "Non-state actor overtakes territory"
        )
        return EventKind(BATTLES, sub, "military")
    if battles or civilian_violence or killed:
        return _attack_kind(battles, civilian_violence, target, state_attacker, bool(killed))
    for event_type in (RIOTS, PROTESTS, STRATEGIC):
        found = by_type.get(event_type, [])
        if found:
            return EventKind(event_type, _unrest_sub_type(found), "")
    return None


def _unrest_kind(by_type: dict[str, list[TriggerMention]], forced: bool) -> EventKind:
    """A riot or a protest. ``forced``: "security forces opened fire on demonstrators,
    killing three": ACLED codes the forces' violence against peaceful demonstrators as
    excessive force against the protest, and against rioters as the riot."""
    event_type = RIOTS if by_type.get(RIOTS) else PROTESTS
    if forced:
        sub = (
            "Violent demonstration" if event_type == RIOTS else "Excessive force against protesters"
        )
        return EventKind(event_type, sub, "")
    return EventKind(event_type, _unrest_sub_type(by_type[event_type]), "")


# "Hundreds marched ... police dispersed the protesters with tear gas": however many words
# tell the march, the forces' intervention names the protest (ACLED)
_PROTEST_RANK = ("Excessive force against protesters", "Protest with intervention")


def _unrest_sub_type(found: list[TriggerMention]) -> str:
    subs = Counter(t.sub_event_type for t in found)
    return next((s for s in _PROTEST_RANK if s in subs), subs.most_common(1)[0][0])


def _explosion_kind(
    explosions: list[TriggerMention],
    battles: list[TriggerMention],
    killed: list[CasualtyMention],
    target: str,
    locally_told_dead: bool = False,
) -> EventKind:
    if (
        _ambush_opened_by_a_mine(explosions, battles)
        or _air_support(explosions, battles, killed)
        or _assault_under_fire(explosions, battles, killed)
    ):
        return EventKind(BATTLES, "Armed clash", "military")
    subs = {t.sub_event_type for t in explosions}
    sub = next(s for s in _EXPLOSION_RANK if s in subs)
    if killed and all(c.victim == "civilians" for c in killed):
        target = "civilians"  # shells that killed two children hit civilians
    elif (
        sub == "Air/drone strike"
        and locally_told_dead
        and not any(c.victim in _FORCES_DEAD for c in killed)
    ):
        # "killing eight people, residents said" and "neutralised terrorists", the army
        # said: ACLED codes the dead as credible local sources tell them, civilians
        target = "civilians"
    return EventKind(EXPLOSIONS, sub, target)


# Words of fighting, not of a one-sided attack: "ambush", "tirs nourris", "clashes"
_FIGHTING = re.compile(
    r"ambush|clash|fight|fought|exchange|battl|combat|skirmish|under\s+fire|"
    r"embuscade|affront|accroch|echange|tirs|heurts"
)


def _air_support(
    explosions: list[TriggerMention],
    battles: list[TriggerMention],
    killed: list[CasualtyMention],
) -> bool:
    """'11 soldiers were killed ... terrorists neutralised during the fighting and in air
    strikes that followed': aircraft that back troops fighting on the ground, soldiers among
    the dead, make a battle (ACLED), not a strike."""
    return (
        all(t.sub_event_type == "Air/drone strike" for t in explosions)
        and any(t.sub_event_type == "Armed clash" and t.target != "civilians" for t in battles)
        and any(c.victim in _FORCES_DEAD for c in killed)
    )


_FIRE_SUPPORT = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_ASSAULT = re.compile(r"assau|storm|\bcharge")


def _assault_under_fire(
    explosions: list[TriggerMention],
    battles: list[TriggerMention],
    killed: list[CasualtyMention],
) -> bool:
    """'The assailants used armed drones and mortars before launching the assault' and
    soldiers died: the fire covered a ground attack, a battle (ACLED), not a strike."""
    return (
        all(t.sub_event_type in _FIRE_SUPPORT for t in explosions)
        and any(_ASSAULT.search(fold(t.text)) or _FIGHTING.search(fold(t.text)) for t in battles)
        and any(c.victim in _FORCES_DEAD for c in killed)
    )


def _ambush_opened_by_a_mine(
    explosions: list[TriggerMention], battles: list[TriggerMention]
) -> bool:
    """ACLED: a mine or IED that opens an ambush followed by fighting is a battle."""
    devices_only = all(t.sub_event_type == "Remote explosive/landmine/IED" for t in explosions)
    return devices_only and any(_FIGHTING.search(fold(t.text)) for t in battles)


def _attack_kind(
    battles: list[TriggerMention],
    civilian_violence: list[TriggerMention],
    target: str,
    state_attacker: bool,
    killed: bool,
) -> EventKind:
    clash = any(not t.target and t.sub_event_type == "Armed clash" for t in battles)
    abduction_only = civilian_violence and all(
        t.sub_event_type == "Abduction/forced disappearance" for t in civilian_violence
    )
    if target == "military" or (clash and target != "civilians"):
        return EventKind(BATTLES, "Armed clash", "military")
    # people killed with no word of fighting and no forces hit: civilians were attacked
    unopposed = not battles and not target
    if target == "civilians" or state_attacker or civilian_violence or unopposed:
        # ACLED: people taken and nobody killed is an abduction, even if the gunmen
        # "burst into" the village first; a killing makes it an attack
        sub = "Abduction/forced disappearance" if abduction_only and not killed else "Attack"
        return EventKind(VIOLENCE_AGAINST_CIVILIANS, sub, "civilians")
    return EventKind(BATTLES, "Armed clash", "military")


def _target(
    triggers: Sequence[TriggerMention],
    casualties: Sequence[CasualtyMention],
    armed_opponent: bool,
) -> str:
    """Weigh what was attacked: trigger context, who died, whether forces fought back."""
    votes: Counter[str] = Counter()
    for trigger in triggers:
        if trigger.target:
            # an attack on a camp, post or convoy is a battle whoever died in it
            votes[trigger.target] += 2 if trigger.target == "military" else 1
        elif trigger.event_type == VIOLENCE_AGAINST_CIVILIANS:
            votes["civilians"] += 1  # "massacre", "executions": civilians unless told otherwise
    for casualty in casualties:
        if casualty.outcome not in ("killed", "wounded", "missing", "captured"):
            continue
        if casualty.victim in _VICTIM_VOTES:
            kind, weight = _VICTIM_VOTES[casualty.victim]
            votes[kind] += weight
    if armed_opponent:
        votes["military"] += 1
    if not votes:
        return ""
    (top, count), *rest = votes.most_common()
    if rest and rest[0][1] == count:
        return "military" if armed_opponent else "civilians"
    return top
