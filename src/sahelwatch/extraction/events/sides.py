"""Who attacked and who was attacked: actor roles in an incident, and ACLED actor names.

Each actor mention is put on the attacking side (actor 1) or the attacked side (actor 2)
by the words around it: "by X" and "X claimed" make an attacker; the subject of an
active event verb attacks, of a passive one is attacked; an object is attacked;
civilians are always the attacked. What the words do not settle, the actor's kind does.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sahelwatch.extraction.doc import ActorMention, CasualtyMention, TriggerMention
from sahelwatch.extraction.lexicon import COUNTRY_NAMES, ActorEntry, actor_by_name, actor_entries
from sahelwatch.model import INTER_CIVILIANS, INTER_STATE

ATTACKER, TARGET = "A", "B"
# "by X" names an attacker, but not after verbs of running or of publishing a statement.
_NOT_AGENT = (  # noqa: SIM905 - a word list reads better as words
    # running or commanding a place
    "run operated led manned held controlled commanded occupied dirige tenu occupe controle "
    # publishing a statement
    "issued published released reported confirmed signed read announced relayed quoted cited "
    "denied condemned communicated publie diffuse signe annonce confirme rapporte lu "
    # being supported: "appuyées par les VDP"
    "supported backed assisted aided accompanied escorted reinforced appuye appuyes appuyee "
    "appuyees soutenu soutenus soutenue soutenues accompagne accompagnes renforce renforces "
    "escorte escortes escortee escortees protege proteges protegee protegees"
).split()
_NOT_AGENT_SET = frozenset(_NOT_AGENT)
_BY = re.compile(r"\b(?:by|par|de\s+la\s+part\s+(?:de|des|du))\s+")
# What may stand between "by" and the actor: "by suspected members of the".
_BY_TAIL = re.compile(
    r"(?:(?:the|an?|suspected|alleged|presumed|members?\s+of|elements?\s+of|fighters\s+(?:of|from)|"
    r"militants\s+(?:of|from)|les?|la|des|du|de|l'|presumes?|membres?\s+(?:de|du|des)|"
    r"elements?\s+(?:de|du|des)|combattants\s+(?:de|du|des))\s+){0,4}"
)


# "the government attributed the attack to X", "survivors blamed X": X attacked
_BLAMED = re.compile(
    r"\b(?:attributed|attributes|blamed|blames|blaming|held\s+responsible|accused|accuses|"
    r"attribue|attribuent|impute|imputent|accuse|accusent)\b[^.;]{0,30}?"
    r"\b(?:to|on|a|aux?)\s+(?:the\s+|l'|la\s+|le\s+|les\s+)?$"
    r"|\b(?:blamed|blames|blaming|accused|accuses|accuse|accusent|accusant)\s+"
    r"(?:the\s+|l'|la\s+|le\s+|les\s+|des\s+)?$"  # "accusent des soldats maliens d'avoir..."
    # "les accusations d'exactions contre l'armée", "allegations of abuses against troops"
    r"|\b(?:accusations?|allegations?)\s+(?:(?:of|d'|de|des)\s*[\w-]+\s+){0,2}"
    r"(?:against|contre|visant)\s+(?:the\s+|l'|la\s+|le\s+|les\s+|des\s+)?$"
)


def _agent_before(before: str) -> bool:
    """Does the text end with "by <the actor>" naming an attacker (not "run by", "issued by")?"""
    cues = list(_BY.finditer(before))
    if not cues or not _BY_TAIL.fullmatch(before, cues[-1].end()):
        return False
    previous = before[: cues[-1].start()].split()
    return not previous or previous[-1] not in _NOT_AGENT_SET


_CLAIM = re.compile(r"\bclaim|\brevendi|\bresponsibility\b|\bresponsabilite\b")
_PASSIVE = re.compile(
    r"\b(?:were|was|been|being|is|are|ete|sont|est|a\s+ete|ont\s+ete)\s+(?:\w+\s+)?$"
)
_CLAUSE_BREAK = re.compile(r"[;.!?]|\bbut\b|\bmais\b|\bwhile\b|\balors\s+que\b")
# Coordination, not apposition: "X and Y", "X, as well as Y" (a bare comma is not enough).
_JOINED = re.compile(
    # "l'armée malienne et ses partenaires russes": the name may end before its adjective
    r"^(?:\s+(?:malien(?:ne)?s?|burkinabe?s?|nigerien(?:ne)?s?|mauritanien(?:ne)?s?|russes?))?"
    r"\s*,?\s*(?:and|et|as\s+well\s+as|ainsi\s+que|with|avec|alongside|aux\s+cotes\s+de|"
    # "the FAMa, backed by their Russian partners, retook": allies, on the same side
    r"(?:backed|supported|assisted|appuyee?s?|soutenue?s?|epaulee?s?)\s+by|"
    r"(?:appuyee?s?|soutenue?s?|epaulee?s?)\s+par|with\s+the\s+support\s+of|avec\s+l'appui\s+de?|"
    # "des soldats maliens accompagnés de mercenaires russes": who came with them
    r"accompanied\s+by|accompagnee?s?\s+(?:de|d'|par))"
    # "soldiers and members of (Russia's) Africa Corps": the allies' men
    r"\s*(?:(?:members|elements|troops|membres|elements)\s+(?:of|de|du|des|d')\s*)?"
    r"(?:(?:their|its|the|les?|la|des|leurs?|ses|sa|son|[a-z]+'s)\s+)?$"
)
_ACCOMPANIED = re.compile(r"\b(?:accompanied|accompagnee?s?)\b")
_AFFILIATION = re.compile(
    r"(?:linked\s+to|affiliated\s+(?:to|with)|aligned\s+with|allied\s+(?:to|with)|loyal\s+to|"
    r"lies?\s+a|liee?s\s+a|affiliee?s?\s+a|proches?\s+(?:de|du|d')|subordinate\s+to|leader\s+of|"
    r"chef\s+(?:de|du)|"
    # "executed a man accused of working as an informant for the army": the victim's
    # alleged tie, not a party to the killing
    r"informants?\s+(?:for|to)|informateurs?\s+(?:de|du|des|pour)|collaborating\s+with|"
    r"collaborer\s+avec|collaboration\s+avec)\s*(?:the\s+|l'|la\s+|le\s+|les\s+)?$"
)  # not "-linked": in "the al Qaeda-linked JNIM" the party is JNIM
_AFFILIATION_ANYWHERE = re.compile(
    r"linked\s+to|affiliated\s+(?:to|with)|aligned\s+with|allied\s+(?:to|with)|lies?\s+a|"
    r"liee?s\s+a|affiliee?s?\s+a|-linked|-affiliated"
)
_ATTACKERS_FROM = re.compile(
    r"\b(?:militia|militias|militiamen|hunters|dozos?|donsos?|fighters|gunmen|attackers|"
    r"assailants|miliciens?|milices?|chasseurs|assaillants|hommes\s+armes)\s+"
    r"(?:from|of|de|des|du|venus?\s+de|venus?\s+des|issus?\s+de|issus?\s+des)\s+"
    r"(?:(?:the|neighbou?ring|nearby|surrounding|les|villages?|voisins?|environnants?)\s+)*$"
)
_INVESTIGATES = re.compile(
    r"\s+(?:have\s+|has\s+|a\s+|ont\s+)?(?:opened|launched|ouvert|lance)\s+(?:an?\s+|une\s+)?"
    r"(?:investigation|inquiry|enquete)|\s+(?:is|are)\s+investigating|\s+enquetent"
)
_ACTIVE_IN_AREA = re.compile(
    r"[^.;]{0,40}?\b(?:is|are|has\s+been|have\s+been|remains?|est|sont|reste|restent)\s+"
    r"(?:very\s+|highly\s+|particularly\s+|also\s+|tres\s+|particulierement\s+|aussi\s+)?"
    r"(?:active|present|operating|actif|actifs|active|actives|present|presents|presente)\b"
)
# "Sources blamed fighters of the Islamic State, which is active on both sides of the
# border": the group blamed is the party, whatever its clause then says of it
_BLAMED_IN_CLAUSE = re.compile(
    r"\b(?:blam\w*|attribut\w*|imput\w*|accus\w*|claimed\s+by|revendique\w*\s+par)\b[^.;]{0,40}$"
)
_SUBJECT_WINDOW, _OBJECT_WINDOW = 90, 60
# Verbs of defence: their subject was attacked ("the army repelled an attack").
_DEFENSIVE = re.compile(r"repel|repuls|fended|fought\s+off|repouss|ripost|contenir|contenu")
# Words after which an event word is a noun: determiners, prepositions, numbers, adjectives.
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our|of|in|on|after|before|during|"
    r"for|with|from|since|such|similar|another|other|new|latest|recent|deadly|simultaneous|twin|"
    r"coordinated|complex|suicide|terrorist|jihadist|armed|multiple|several|separate|fresh|"
    r"major|first|second|third|last|two|three|umpteenth|le|la|les|l'|un|une|des|du|de|d'|cette|"
    r"cet|ces|son|sa|ses|leur|leurs|apres|avant|lors|contre|par|nouvelle|nouvel|double|triple|"
    r"meurtriere|sanglante|terroriste|jihadiste|complexe)\s+$"
)


@dataclass(frozen=True, slots=True)
class SideMention:
    mention: ActorMention
    side: str
    claimed: bool = False
    stated: bool = True  # the words put it on its side (False: its kind did)
    # the sub-event type of the event word an agent follows ("the abduction of five
    # traders by JNIM": Abduction/forced disappearance), "" for any other attacker
    via: str = ""


def assign_sides(
    folded: str,
    mentions: Sequence[ActorMention],
    triggers: Sequence[TriggerMention],
    casualties: Sequence[CasualtyMention] = (),
) -> list[SideMention]:
    """Put each (non-affiliation) actor mention on the attacking or attacked side
    (``folded``: the document's folded text, see Doc.folded)."""
    return SideAssigner(folded).assign(mentions, triggers, casualties)


_START = operator.attrgetter("start")


_AGENT_REACH = 80  # characters from an event word to the agent that did it


class SideAssigner:
    """``assign_sides`` for the events of one document. What the words around a mention
    or an event word say is the same in every event told in its sentence: it is worked out
    once. Each call must pass the actors, event words and casualties of whole sentences."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self._party: dict[int, bool] = {}  # id(mention): neither an affiliation nor a source
        self._local: dict[int, tuple[str, bool] | None] = {}  # id(mention): its own words' side
        self._by_trigger: dict[int, list[tuple[ActorMention, tuple[str, bool]]]] = {}
        self._renamed: dict[int, ActorMention] = {}  # id(unnamed men): them under their name

    def assign(
        self,
        mentions: Sequence[ActorMention],
        triggers: Sequence[TriggerMention],
        casualties: Sequence[CasualtyMention] = (),
    ) -> list[SideMention]:
        folded = self.folded
        parties = [m for m in sorted(mentions, key=_START) if self._is_party(m)]
        ordered = self._named(folded, parties)
        sides: dict[int, tuple[str, bool]] = {}
        for i, mention in enumerate(ordered):
            local = self._local_side(mention, casualties)
            if local:
                sides[i] = local
            elif i and i - 1 in sides and self._joined(ordered[i - 1], mention):
                sides[i] = sides[i - 1]  # "by Malian soldiers and Russian mercenaries"
        self._from_triggers(ordered, triggers, sides)
        _spread_over_conjunctions(folded, ordered, sides)
        _spread_to_their_group(folded, ordered, sides)
        has_nonstate_attacker = any(
            ordered[i].actor.is_armed_nonstate for i, (side, _) in sides.items() if side == ATTACKER
        )
        out = []
        for i, mention in enumerate(ordered):
            if i in sides:
                side, claimed = sides[i]
                via = self._agent_of(mention, triggers) if side == ATTACKER else ""
                out.append(SideMention(mention, side, claimed, via=via))
            else:
                side = _default_side(mention.actor, has_nonstate_attacker)
                out.append(SideMention(mention, side, claimed=False, stated=False))
        return out

    def _joined(self, before: ActorMention, mention: ActorMention) -> bool:
        joined = _JOINED.match(self.folded[before.end : mention.start])
        if joined is None:
            return False
        # "soldats accompagnés d'hommes armés": unnamed companions make no second party
        return not (_ACCOMPANIED.search(joined[0]) and mention.actor.is_vague)

    def _named(self, folded: str, ordered: list[ActorMention]) -> list[ActorMention]:
        """Unnamed armed men the words then name take that name, in their place (the same
        object in every call: the caches are keyed by mentions)."""
        out = list(ordered)
        for i, mention in enumerate(ordered):
            if not (mention.actor.is_vague and mention.actor.is_armed_nonstate):
                continue
            later = [m for m in ordered[i + 1 :] if m.actor.kind not in ("civilians", "community")]
            if not later or not _NAMED_AS.fullmatch(folded, mention.end, later[0].start):
                continue
            named = self._renamed.setdefault(id(mention), replace(mention, actor=later[0].actor))
            out[out.index(mention)] = named
            out.remove(later[0])
        return out

    def _agent_of(self, mention: ActorMention, triggers: Sequence[TriggerMention]) -> str:
        """The sub-event type of the event word an agent closely follows ("the killing of
        nine civilians by soldiers, and the abduction of three traders by JNIM")."""
        before = [
            t
            for t in triggers
            if t.sentence == mention.sentence and 0 <= mention.start - t.end <= _AGENT_REACH
        ]
        if not before or not _agent_before(self.folded[max(0, mention.start - 60) : mention.start]):
            return ""
        return max(before, key=lambda t: t.end).sub_event_type

    def _is_party(self, mention: ActorMention) -> bool:
        party = self._party.get(id(mention))
        if party is None:
            folded = self.folded
            party = not _affiliation(folded, mention) and not _source(folded, mention)
            self._party[id(mention)] = party
        return party

    def _local_side(
        self, mention: ActorMention, casualties: Sequence[CasualtyMention]
    ) -> tuple[str, bool] | None:
        key = id(mention)
        if key not in self._local:
            among = _among_victims(self.folded, mention, casualties)
            self._local[key] = (TARGET, False) if among else _local_side(self.folded, mention)
        return self._local[key]

    def _from_triggers(
        self,
        ordered: list[ActorMention],
        triggers: Sequence[TriggerMention],
        sides: dict[int, tuple[str, bool]],
    ) -> None:
        """Subjects and objects of event verbs, for mentions the local words left open."""
        index = {id(m): i for i, m in enumerate(ordered)}
        in_sentence: dict[int, list[ActorMention]] = {}  # filled when first needed
        for trigger in triggers:
            found = self._by_trigger.get(id(trigger))
            if found is None:
                if not in_sentence:
                    for m in ordered:
                        in_sentence.setdefault(m.sentence, []).append(m)
                around = in_sentence.get(trigger.sentence, [])
                found = _trigger_sides(self.folded, trigger, triggers, around)
                self._by_trigger[id(trigger)] = found
            for mention, side in found:
                sides.setdefault(index[id(mention)], side)


_COORDINATED = re.compile(r"[\w' -]{0,30}(?:\s+and\s+|\s+et\s+|,\s*|\s*\(\s*)$")


_VICTIM_LINK = re.compile(
    r"^[\s\"'“”«»]*(?:[\w'-]+\s+){0,2}(?:of|from|among|de|du|des|parmi)\s+"
    r"(?:the\s+|les?\s+|la\s+|l')?$"
)


# "des hommes armés que les habitants désignent comme des « Russes »", "gunmen described as
# Russians": the name the words give the unnamed men
_NAMED_AS = re.compile(
    r"[^.;]{0,50}?\b(?:qu[e']\s*(?:[\w-]+\s+){0,3}?(?:designent|designaient|decrivent|"
    r"appellent|identifient|presentent|qualifient)|designee?s?|decrite?s?|identifiee?s?|"
    r"described|identified|referred\s+to)\s+(?:comme|as)\s+"
    r"(?:des\s+|de\s+|d'|les?\s+|la\s+|the\s+|an?\s+)?[«\"“]?\s*"
)


def _among_victims(
    folded: str, mention: ActorMention, casualties: Sequence[CasualtyMention]
) -> bool:
    """'killed 203 fighters from armed terrorist groups': the group is among the victims."""
    for casualty in casualties:
        if casualty.sentence != mention.sentence or casualty.outcome == "missing":
            continue
        if casualty.start <= mention.start < casualty.end:
            return True
        gap = folded[casualty.end : mention.start]
        if 0 <= mention.start - casualty.end <= 45 and _VICTIM_LINK.match(gap):
            return True
    return False


def _spread_over_conjunctions(
    folded: str, ordered: list[ActorMention], sides: dict[int, tuple[str, bool]]
) -> None:
    """'Malian soldiers and their Russian allies looted': both on the side either one has."""
    for i in range(len(ordered) - 1, 0, -1):
        joined = _JOINED.match(folded[ordered[i - 1].end : ordered[i].start])
        if i in sides and i - 1 not in sides and joined:
            sides[i - 1] = (sides[i][0], False)


# "les rebelles du CSP", "fighters of the JNIM": the group named after its men
_THEIR_GROUP = re.compile(r"\s*(?:du|de\s+la|de\s+l'|des|de|d'|of\s+the|of|from\s+the|from)\s*")


def _spread_to_their_group(
    folded: str, ordered: list[ActorMention], sides: dict[int, tuple[str, bool]]
) -> None:
    """'combats contre les rebelles du CSP': the group stands where its men stand."""
    for i in range(1, len(ordered)):
        gap = (ordered[i - 1].end, ordered[i].start)
        if i not in sides and i - 1 in sides and _THEIR_GROUP.fullmatch(folded, *gap):
            sides[i] = (sides[i - 1][0], False)


# "according to local sources and the FLA", "selon l'armée": who reports, not who fought.
_SOURCE_CUE = re.compile(r"(?:according\s+to|selon|d'apres|citing|quoted\s+by|told)\s+")
# Words to the actor: each ends at a space or a bracket, so matching stays linear.
_SOURCE_TAIL = re.compile(r"(?:[\w'-]+(?:\s+|\s*\(\s*)){0,8}")


# "Le FLA accuse l'armée d'avoir mené une frappe", "the accusations of the FLA": who
# accuses tells the deed; the accused did it ("soldiers accused of killing" did)
_ACCUSES_AFTER = re.compile(
    r"\s+(?:(?:also|again|has|have|had|a|ont|avait|avaient|egalement|aussi)\s+){0,2}"
    r"(?:accuses|accused|accuse|accusent|blames|blamed)\s+(?!of\b|d'|de\b|du\b)"
)
_ACCUSATIONS_OF = re.compile(
    r"\b(?:accusations?|allegations?)\s+(?:du|de\s+la|de\s+l'|des|d'|de|by|of|from)\s+"
    r"(?:the\s+)?$"
)


def _source(folded: str, mention: ActorMention) -> bool:
    if mention.actor.kind in ("civilians", "community"):
        return False
    before = folded[max(0, mention.start - 90) : mention.start]
    if _ACCUSES_AFTER.match(folded, mention.end) or _ACCUSATIONS_OF.search(before[-40:]):
        return True
    cues = list(_SOURCE_CUE.finditer(before))
    return bool(cues) and bool(_SOURCE_TAIL.fullmatch(before, cues[-1].end()))


def _affiliation(folded: str, mention: ActorMention) -> bool:
    """'linked to al-Qaeda and ISIL (ISIS)': affiliations, not parties to the event;
    'Dozo hunters from neighbouring Dogon villages': the attackers' people, not a victim."""
    before = folded[max(0, mention.start - 60) : mention.start]
    if _AFFILIATION.search(before):
        return True
    if mention.actor.kind == "community" and _ATTACKERS_FROM.search(before):
        return True
    if _ACTIVE_IN_AREA.match(folded, mention.end) and not _BLAMED_IN_CLAUSE.search(before):
        return True  # "JNIM is active in the area": a suspicion, not an attribution
    if _INVESTIGATES.match(folded, mention.end):
        return True  # "Police have opened an investigation": they came after, not a party
    cues = list(_AFFILIATION_ANYWHERE.finditer(before))
    return bool(cues) and bool(_COORDINATED.fullmatch(before[cues[-1].end() :]))


# "Soldiers detained seven herders", "des soldats ont arrêté sept bergers": who takes
# people away is the perpetrator, trigger or not ("soldiers detained in a raid" are not).
_TAKES_AWAY = re.compile(
    # "soldiers and foreign fighters travelling in two pickups stopped four herders"
    r"(?:\s+(?:and|et)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)?"
    r"(?:\s+(?:travell?ing|riding|moving|circulant|a\s+bord)\b[^.;:,\d]{0,60}?)?"
    r"\s+(?:detained|arrested|rounded\s+up|abducted|kidnapped|executed|stopped|"
    r"(?:ont|a)\s+(?:arrete|interpelle|enleve|execute|kidnappe))\s+"
    r"(?!by\b|in\b|on\b|at\b|during\b|after\b|near\b|when\b|while\b|as\b|for\b|par\b)\w"
)


def _local_side(folded: str, mention: ActorMention) -> tuple[str, bool] | None:
    if mention.actor.kind in ("civilians", "community"):
        return TARGET, False
    before = folded[max(0, mention.start - 60) : mention.start]
    if _TAKES_AWAY.match(folded, mention.end, mention.end + 130):
        return ATTACKER, False
    if _agent_before(before) or _BLAMED.search(before):
        claimed = bool(_CLAIM.search(before[-60:]))
        return ATTACKER, claimed
    sentence_tail = folded[mention.end : mention.end + 80]
    if (
        mention.actor.is_armed_nonstate
        and not mention.actor.is_vague
        and (_CLAIM.search(sentence_tail[:40]) or _CLAIM.search(before[-30:]))
    ):
        return ATTACKER, True
    return None


def _trigger_sides(
    folded: str,
    trigger: TriggerMention,
    triggers: Sequence[TriggerMention],
    around: list[ActorMention],
) -> list[tuple[ActorMention, tuple[str, bool]]]:
    """The subject and the object of an event verb (``around``: the sentence's mentions)
    with the sides they take. A trigger used as a noun ("after this attack") has an object
    ("attack on the camp"), not a subject."""
    if _hits_a_device(trigger, triggers):
        return []  # "an army vehicle struck an IED": the subject was hit, not the attacker
    found = []
    before = [
        m
        for m in around
        if m.end <= trigger.start
        and trigger.start - m.end <= _SUBJECT_WINDOW
        and not _CLAUSE_BREAK.search(folded[m.end : trigger.start])
    ]
    defends = bool(_DEFENSIVE.match(trigger.text.lower()))
    if before and not _noun_before(folded, trigger):
        passive = bool(_PASSIVE.search(folded[max(0, trigger.start - 25) : trigger.start]))
        passive = passive or _bare_participle(folded, trigger)
        found.append((before[-1], (TARGET if passive != defends else ATTACKER, False)))
    after = [
        m
        for m in around
        if m.start >= trigger.end
        and m.start - trigger.end <= _OBJECT_WINDOW
        and not _CLAUSE_BREAK.search(folded[trigger.end : m.start])
    ]
    if after:
        actor = after[0].actor
        air_power = trigger.sub_event_type == "Air/drone strike" and actor.is_force
        # "une frappe de drone de l'armée": who owns the drone struck, it was not hit;
        # "repelled an attack by militants": the militants attacked
        found.append((after[0], (ATTACKER if air_power or defends else TARGET, False)))
    return found


# "Le poste militaire de Kandadji attaqué": a French past participle with no auxiliary
# before it is passive (a headline's), "ont attaqué" is not
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées)$")
_AUXILIARY = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|auraient|ayant|avoir|as|avons|avez|eu)\s+"
    r"(?:[«\"“]\s*)?(?:\w+\s+)?(?:[«\"“]\s*)?$"  # 'affirme avoir « riposté vigoureusement »'
)


def _bare_participle(folded: str, trigger: TriggerMention) -> bool:
    if not _PARTICIPLE.search(trigger.text.lower()):
        return False
    return not _AUXILIARY.search(folded[max(0, trigger.start - 25) : trigger.start])


def _noun_before(folded: str, trigger: TriggerMention) -> bool:
    """Is the event word a noun ("after this attack"), by the word before it?"""
    return bool(_NOUN_BEFORE.search(folded[max(0, trigger.start - 30) : trigger.start]))


_DEVICE_SUBTYPES = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})


def _hits_a_device(trigger: TriggerMention, triggers: Sequence[TriggerMention]) -> bool:
    return trigger.sub_event_type not in _DEVICE_SUBTYPES and any(
        other.sentence == trigger.sentence
        and other.sub_event_type in _DEVICE_SUBTYPES
        and 0 <= other.start - trigger.end <= 40
        for other in triggers
    )


def _default_side(actor: ActorEntry, has_nonstate_attacker: bool) -> str:
    """Armed groups attack, unless the words say otherwise; forces attack only when the
    words say so (an unclaimed bomb against a convoy is not the army's)."""
    return ATTACKER if actor.is_armed_nonstate else TARGET


# ---------------------------------------------------------------- ACLED names


@functools.cache
def _state_forces(country_code: str, branch: str) -> ActorEntry | None:
    return next(
        (
            a
            for a in actor_entries()
            if a.kind == "state" and a.country == country_code and a.name.startswith(branch)
        ),
        None,
    )


def resolve(actor: ActorEntry, country_code: str) -> ActorEntry:
    """Generic state mentions ("soldiers", "the police") mean the forces of the event's
    country, named by regime period where the lexicon knows them."""
    if actor.kind == "state_generic":
        branch = actor.name.split(" Forces", 1)[0]  # "Military" or "Police"
        specific = _state_forces(country_code, branch)
        if specific is not None:
            return specific
    return actor


def acled_name(actor: ActorEntry, on: dt.date, country_code: str) -> str:
    country = COUNTRY_NAMES.get(country_code, country_code)
    return resolve(actor, country_code).canonical(on, country)


def parent_of(actor: ActorEntry) -> ActorEntry | None:
    return actor_by_name(actor.parent) if actor.parent else None


def default_attacker() -> ActorEntry:
    actor = actor_by_name("Unidentified Armed Group ({country})")
    assert actor is not None, "the actor lexicon lacks Unidentified Armed Group"
    return actor


def default_civilians() -> ActorEntry:
    actor = actor_by_name("Civilians ({country})")
    assert actor is not None and actor.inter == INTER_CIVILIANS
    return actor


def default_protesters(event_type: str) -> ActorEntry:
    name = "Rioters ({country})" if event_type == "Riots" else "Protesters ({country})"
    actor = actor_by_name(name)
    assert actor is not None, f"the actor lexicon lacks {name}"
    return actor


def default_state() -> ActorEntry:
    actor = actor_by_name("Military Forces of {country}")
    assert actor is not None and actor.inter == INTER_STATE
    return actor
