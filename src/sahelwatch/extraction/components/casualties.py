"""Reported numbers of people killed, wounded, missing or captured.

A figure is a number phrase ("at least 16", "quarante (40)", "between 200 and 400",
"une trentaine", "dozens") with, usually, the people it counts ("soldiers", "civils")
and what happened to them, found right after it ("were killed", "tués", "dead or
missing") or right before it ("killed 47 troops", "a death toll of 22", "tuant deux
civils"). Figures joined by "and" share the verb ("killed 17 soldiers and four
civilians"). Vague quantities follow ACLED: dozens 12, hundreds 100, several 3, many 10.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from sahelwatch.extraction.doc import CasualtyMention, Doc
from sahelwatch.extraction.lexicon import load_language
from sahelwatch.extraction.pipeline import Component
from sahelwatch.extraction.text import fold, phrase_alternation, squash_spaces

_OUTCOME_REACH = 40  # characters before a figure where its verb may stand
ONE_WORDS = frozenset({"a", "an", "un", "une", "one", "single"})
_SPEAKS = re.compile(
    r"(?:\s+(?:\w+\s+){0,4}?)?\s*(?:told|said|say|says|reported|confirmed|explained|"
    r"ont\s+(?:dit|declare|rapporte|indique|confie|raconte)|a\s+(?:dit|declare|indique|confie))\b"
)
_ONE_OUTCOME = re.compile(r"\s+(?:mort|blesse|tue|dead|killed|wounded|injured)\b")
# "anyone who joins is a dead man", "tu es un homme mort": what someone is, not a toll
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|est|es|sont|serait|sera)\s+$")
_COLLECTIVE = re.compile(
    r"\b(?:group|groupe|band|bande|gang|column|colonne|unit|unite|cell|cellule|convoy|convoi|"
    r"handful|poignee|horde|number|nombre)\b"
)
# "une source militaire", "deux véhicules militaires": the word counted is no person, the
# victim word after it only qualifies it
_THINGS = re.compile(
    r"\b(?:sources?|responsables?|porte-parole|communiques?|vehicules?|vehicles?|engins?|"
    r"patrouilles?|postes?|camps?|bases?|helicopteres?|helicopters?|avions?|aircraft|drones?)\b"
)
# "une dizaine de kilomètres", "a dozen hours": a measure of distance or time, not people
_MEASURE_AFTER = re.compile(
    r"\s+(?:de\s+|d'|of\s+)?(?:kilometres?|kilometers?|kms?|miles?|metres?|meters?|heures?|"
    r"hours?|minutes?|jours?|days?|semaines?|weeks?|mois|months?|ans|annees?|years?)\b"
)
# "un proche des victimes", "a relative of one of the dead": the person counted only knew them
_RELATIONS = re.compile(
    r"\b(?:proches?|parents?|relatives?|freres?|soeurs?|brothers?|sisters?|cousins?|"
    r"neighbou?rs?|voisins?|friends?|amis?|temoins?|witness(?:es)?)\b"
)
# "nearly 30", "près de 30": fewer than said, weaker than an exact toll (see fatalities)
_UPPER_BOUND = re.compile(r"nearly|almost|close\s+to|up\s+to|pres\s+de|presque|pas\s+loin\s+de")
YEAR_LIKE = range(1900, 2101)
# Outcome words that only say someone died ("neutralised" speaks of the enemy).
ENEMY_OUTCOMES = frozenset(
    {
        "neutralised",
        "neutralized",
        "neutralises",
        "neutralise",
        "neutralisee",
        "neutralisees",
        "neutralisation of",
        "neutralization of",
        "neutralisation de",
        "neutralisation d'",
    }
)


@dataclass(frozen=True)
class CasualtyPatterns:
    number: re.Pattern[str]  # a number phrase and the people it counts
    after: re.Pattern[str]  # an outcome right after a number phrase
    before: re.Pattern[str]  # an outcome right before a number phrase
    numbers: dict[str, int]
    vague: dict[str, int]
    outcome_of: dict[str, str]
    victim_of: dict[str, str]
    enemy_side: re.Pattern[str]
    friendly_side: re.Pattern[str]  # "Friendly side: 3 killed in action"
    # any outcome word, anywhere: a stretch without one reports no casualty
    any_outcome: re.Pattern[str]
    among: re.Pattern[str]  # "... morts parmi les orpailleurs": the victims after the outcome
    # a part of each outcome phrase that any text it matches holds as written: where none
    # stands, any_outcome cannot match
    outcome_stems: tuple[str, ...]


@functools.cache
def patterns(lang: str) -> CasualtyPatterns:
    data = load_language(lang)
    numbers = {fold(k): v for k, v in data["numbers"].items()}
    vague = {fold(k): v for k, v in data["vague_numbers"].items()}
    outcome_of = {fold(w): k for k, words in data["outcomes"].items() for w in words}
    victim_of = {fold(w): k for k, words in data["victims"].items() for w in words}
    single = [n for n in numbers if " " not in n and "-" not in n]
    word = f"(?:{phrase_alternation(single)})"
    compound = rf"{word}(?:(?:\s*-\s*|\s+)(?:et\s*-?\s*)?{word})*"
    multi = phrase_alternation(n for n in numbers if " " in n or "-" in n)
    num = rf"(?:\d{{1,3}}(?:[,.\s]\d{{3}})+(?!\d)|\d+|{multi}|{compound})"
    approx = phrase_alternation(data["approximators"])
    connector = r"(?:and|to|or|a|et|ou|-)"
    victims = phrase_alternation(victim_of)
    number = re.compile(
        rf"(?<![\w-])(?P<approx>(?:{approx})\s+)?(?:between\s+|entre\s+)?"
        rf"[\"“«]?(?:(?P<vague>{phrase_alternation(vague)})|(?P<n1>{num})(?P<parens>\s*\(\s*(?P<paren>\d+)\s*\))?"
        rf"(?:\s*{connector}\s*(?P<n2>{num})(?!\w))?)(?![\w-])[\"”»]?"
        rf"(?P<noun>(?:\s+(?:of\s+(?:its|their|the|our|whom)|d'entre\s+eux|de|des|d'|du|"
        # "five members of a local self-defence group": the group names who they were
        r"members\s+of\s+(?:an?|the)|membres\s+(?:d'une?|du|de\s+la|des)))?"
        rf"(?:\s*[\w'\"“”«»-]+){{0,2}}?\s*[\"“«]?(?<![\w])(?P<victim>{victims})(?![\w]))?"
    )
    outcomes = phrase_alternation(outcome_of)
    auxiliaries = (
        r"(?:were|was|have|has|had|been|being|are|is|also|reportedly|all|later|were\s+all|got|"
        r"ont|sont|a|est|ete|avaient|avait|seraient|auraient|aurait|etaient|egalement|aussi|"
        r"tous|toutes|finalement|deja)"
    )
    qualifiers = (
        r"(?:others?|more|autres?|de\s+plus|maliens?|malian|burkinabe|burkinabes|nigeriens?|"
        r"civils|supplementaires|additional|further|"
        # a people named after the victims: "un berger peul a été tué"
        r"peul(?:h|e)?s?|fulani|dogons?|bambaras?|touaregs?|tuaregs?|arabes?|songhai|sonrais?|bozos?)"
    )
    after = re.compile(
        # the head noun after a victim word used as an adjective: "a civilian lorry driver
        # was killed" (the number phrase stops at the first victim word)
        rf"(?:(?:\s+[\w'-]+)?\s+(?:{victims})(?![\w]))?"
        r"(?:\s?[\"”»])?"  # the quote closing '"a dozen terrorists" were neutralised'
        r"(?:\s*\([^()]{1,20}\))?"  # an acronym: "volontaires pour la défense de la patrie (VDP)"
        rf"(?:\s+(?:of|from|in|among|de|du|des|parmi)\s+[^,;.:?!\d]{{0,60}}?)?"
        # "17 soldiers and two civilians were killed", "soldats et VDP (volontaires) tués"
        rf"(?:\s+(?:and|et)\s+(?!\d)[\w' (),-]{{1,60}}?(?=\s+(?:{auxiliaries}|{outcomes})\b))?"
        # an aside on who they were: "sept civils, dont des chauffeurs, ont été tués"
        r"(?:\s*,\s*(?:dont|including|among\s+them|notamment|parmi\s+lesquels)\s+[^,;.:?!\d]{0,40}?,)?"
        # what they were doing: "des terroristes qui s'apprêtaient à attaquer ont été
        # neutralisés" (the clause ends where the verb's auxiliary starts)
        r"(?:\s*,?\s*(?:qui|who|that)\s+[^,;.:?!\d]{0,70}?,?(?=\s+(?:ont|sont|a|est|were|was|have|has|had)\s))?"
        r"\s*,?\s*"
        rf"(?:{qualifiers}\s+){{0,2}}(?:{auxiliaries}\s+){{0,4}}[\"“«]?\s?(?P<outcome>{outcomes})(?![\w])"
    )
    before = re.compile(
        rf"(?<![\w])(?P<outcome>{outcomes})"
        # "found the bodies of the four men": the men told before, now dead
        r"(?:(?:(?<=bodies)|(?<=corpses))\s+of\s+the(?=\s)|"
        r"\s+(?:at|of|to|is|was|a|de|est|along\s+with|as\s+well\s+as|ainsi\s+que))?\s*"
        # "killing its two occupants", "tuant ses deux passagers": whose they were
        r"(?:(?:all\s+)?(?:its|their|his|her|the)\s+|all\s+|(?:tous\s+|toutes\s+)?(?:ses|leurs|les)\s+)?"
        r"(?:(?:himself|herself|lui-meme|elle-meme)\s+(?:and|et)\s+)?"  # "killing himself and two"
        r"(?:[\"“«]\s*)?$"  # 'avoir neutralisé « une quinzaine de terroristes »'
    )
    friendly_side = re.compile(
        r"friendly side|our side|our ranks|own ranks|killed in action|cote ami|dans nos rangs|"
        r"in its ranks|among its ranks|dans ses rangs|dans leurs rangs|parmi ses hommes|"
        r"(?:its|their|our)\s+(?:own\s+)?(?:losses|casualties)|(?:ses|leurs|nos)\s+(?:propres\s+)?pertes|"
        r"de notre cote|tombes? au champ d'honneur|morts? au combat|cote fama|cote des fama"
    )
    enemy_side = re.compile(
        r"enemy'?s? ranks|enemy side|the enemy|"
        r"among the (?:attackers|assailants|militants|terrorists)|"
        r"cote terroriste|cote des (?:assaillants|terroristes)|cote ennemi|"
        r"dans les rangs (?:ennemis|de l'ennemi|des assaillants|des terroristes)"
    )
    return CasualtyPatterns(
        number,
        after,
        before,
        numbers,
        vague,
        outcome_of,
        victim_of,
        enemy_side,
        friendly_side,
        re.compile(outcomes),
        re.compile(
            rf"[^.;,]{{0,25}}?\b(?:parmi|among)\s+(?:les\s+|the\s+|des\s+)?(?P<victim>{victims})(?![\w])"
        ),
        _stems(outcome_of),
    )


def _stems(phrases: Iterable[str]) -> tuple[str, ...]:
    """The longest word of each phrase (its spaces and apostrophes match more than one
    character, its letters only themselves), less those holding another."""
    words = {max(reversed(re.split(r"[\s']+", fold(p.strip()))), key=len) for p in phrases}
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def _stem_spans(folded: str, pats: CasualtyPatterns) -> list[tuple[int, int, bool]]:
    """Where the outcome stems stand in the text, in order, and whether each is an outcome
    phrase whole (str.find is many times faster than a search for the phrases)."""
    spans = []
    for stem in pats.outcome_stems:
        whole = stem in pats.outcome_of
        at = folded.find(stem)
        while at >= 0:
            spans.append((at, at + len(stem), whole))
            at = folded.find(stem, at + 1)
    spans.sort()
    return spans


def _outcome_in(
    spans: list[tuple[int, int, bool]], starts: list[int], start: int, end: int
) -> bool | None:
    """Does any_outcome match in folded[start:end]: surely (an outcome phrase stands
    there whole), not at all (no stem does), or perhaps (None)?"""
    index = bisect.bisect_left(starts, start)
    perhaps = False
    while index < len(spans) and spans[index][0] < end:
        if spans[index][1] <= end:
            if spans[index][2]:
                return True
            perhaps = True
        index += 1
    return None if perhaps else False


def parse_number(text: str, pats: CasualtyPatterns) -> int | None:
    """Value of a number phrase: digits ("1,200"), words ("twenty-one", "quatre-vingt")."""
    text = text.strip()
    digits = re.sub(r"[,.\s]", "", text)
    if digits.isdigit():
        return int(digits)
    if text in pats.numbers:
        return pats.numbers[text]
    total, current = 0, 0
    for token in re.split(r"[\s-]+", text):
        if token in ("et", "and"):
            continue
        value = pats.numbers.get(token)
        if value is None:
            return None
        if value in (100, 1000):
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        else:
            current += value
    return total + current


@dataclass(frozen=True, slots=True)
class _Figure:
    start: int
    end: int
    low: int
    high: int
    vague: bool
    victim: str
    one_word: bool
    noun: str  # the word naming the people, as written (folded)


_PART_OF_THEM = re.compile(r"\b(?:of\s+them|of\s+whom|d'entre\s+(?:eux|elles))\b")


def find_figures(
    folded: str, start: int, end: int, pats: CasualtyPatterns, skip: list[tuple[int, int]]
) -> list[_Figure]:
    figures = []
    for m in _numbers(folded, start, end, pats, skip):
        one_word = (m["n1"] or "") in ONE_WORDS
        # "un", "a": not a count without the people counted (checked first: common), but
        # "un mort", "one dead" is
        counted = (
            one_word
            and bool(_ONE_OUTCOME.match(folded, m.end()))
            and not _COPULA_BEFORE.search(folded, max(0, m.start() - 12), m.start())
        )
        if not m["victim"] and not m["vague"] and one_word and not counted:
            continue
        if m["vague"]:
            low = high = pats.vague[squash_spaces(m["vague"])]
        else:
            n1 = parse_number(m["paren"] or m["n1"], pats)
            n2 = parse_number(m["n2"], pats) if m["n2"] else None
            if n1 is None:
                continue
            low, high = (n1, n2) if n2 is not None and n2 >= n1 else (n1, n1)
        victim = pats.victim_of.get(squash_spaces(m["victim"])) if m["victim"] else None
        if victim is None and (
            (one_word and not counted) or low in YEAR_LIKE or _MEASURE_AFTER.match(folded, m.end())
        ):
            continue  # "a village", "in 2012", "une dizaine de kilomètres": not people
        if one_word and _COLLECTIVE.search(m["noun"] or ""):
            continue  # "un groupe de terroristes", "a column of fighters": how many is unsaid
        aside = folded[max(0, m.start() - 4) : m.start()].rstrip().endswith(",")
        if aside and _PART_OF_THEM.search(m.group()):
            continue  # "nine civilians, two of them children,": a part of the count before
        if victim is not None and (
            _THINGS.search(folded, m.start("noun"), m.start("victim"))
            or _RELATIONS.search(folded, m.start("noun"), m.start("victim"))
        ):
            continue
        figures.append(
            _Figure(
                m.start(),
                _figure_end(m),
                low,
                high,
                bool(m["vague"]) or _UPPER_BOUND.match(m["approx"] or "") is not None,
                victim or "",
                one_word,
                m["victim"] or "",
            )
        )
    return figures


def _numbers(
    folded: str, start: int, end: int, pats: CasualtyPatterns, skip: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """Number phrases of folded[start:end], none inside a date or time ("between 27 March
    and 1 April"); after a date, the search starts again past it ("May 7 - Four soldiers"
    is four soldiers, not the range 7 to 4)."""
    position = start
    while (m := pats.number.search(folded, position, end)) is not None:
        inside = [e for s, e in skip if s < m.end() and m.start() < e]
        if inside:
            position = max(*inside, m.start() + 1)
            continue
        yield m
        position = m.end()


def may_report_casualties(folded: str, start: int, end: int, pats: CasualtyPatterns) -> bool:
    """Can the sentence folded[start:end] report a casualty? Only with an outcome word
    where a figure's outcome is read: in it, or in the words just before it (see _outcome).
    One search spares most sentences the number scan."""
    return bool(pats.any_outcome.search(folded, max(0, start - _OUTCOME_REACH), end))


def _victims_named_after(folded: str, start: int, limit: int, pats: CasualtyPatterns) -> str:
    """'onze morts parmi les orpailleurs', 'six dead among the passengers': who they were."""
    found = pats.among.match(folded, start, min(limit, start + 50))
    return pats.victim_of.get(squash_spaces(found["victim"]), "") if found else ""


def _side_after(folded: str, start: int, limit: int, pats: CasualtyPatterns) -> str:
    """'attackers' or 'soldiers' when the words after a figure (up to the next) say whose
    ranks it counts; '' when they do not."""
    window = folded[start : min(limit, start + 60)]
    if pats.enemy_side.search(window):
        return "attackers"
    if pats.friendly_side.search(window):
        return "soldiers"
    return ""


def _side_before(folded: str, start: int, end: int, pats: CasualtyPatterns) -> str:
    """In a sentence naming both sides ('côté ami, 3 morts ; côté terroriste, 21
    neutralisés'), the side named last before a figure is its own; '' when none is."""
    last = {
        side: max((m.start() for m in pattern.finditer(folded, start, end)), default=-1)
        for side, pattern in (("attackers", pats.enemy_side), ("soldiers", pats.friendly_side))
    }
    side = max(last, key=lambda k: last[k])
    return side if last[side] >= 0 else ""


def _figure_end(m: re.Match[str]) -> int:
    for group in ("victim", "n2", "parens", "vague", "n1"):
        if m[group]:
            return m.end(group)
    return m.end()


def _outcome(folded: str, figure: _Figure, limit: int, pats: CasualtyPatterns) -> tuple[str, bool]:
    """The outcome word of a figure, and whether it came before the figure."""
    if figure.noun in pats.outcome_of:
        return figure.noun, False  # "une soixantaine de victimes", "12 bodies"
    # "killing one peacekeeper ... and injuring three others": the verb right before wins
    before = pats.before.search(folded[max(0, figure.start - _OUTCOME_REACH) : figure.start])
    if before and (figure.victim or before["outcome"] not in _LOST):
        return before["outcome"], True
    after = pats.after.match(folded, figure.end, limit)
    if after and (figure.victim or after["outcome"] not in _LOST):
        return after["outcome"], False
    return "", False


# "lost four soldiers" is four dead; "lost three vehicles" is nobody
_LOST = frozenset({"lost", "perdu"})


class CasualtyAnnotator(Component[list[CasualtyMention]]):
    name = "casualties"
    reads = ("text", "sentences", "lang", "dates")
    writes = ("casualties",)

    def match(self, doc: Doc) -> list[CasualtyMention]:
        pats = patterns(doc.lang)
        folded = doc.folded
        date_spans: dict[int, list[tuple[int, int]]] = {}
        for date in doc.dates:
            date_spans.setdefault(date.sentence, []).append((date.start, date.end))
        mentions: list[CasualtyMention] = []
        stems = _stem_spans(folded, pats)
        stem_starts = [start for start, _, _ in stems]
        for sentence in doc.sentences:
            reach = max(0, sentence.start - _OUTCOME_REACH)  # see may_report_casualties
            outcome = _outcome_in(stems, stem_starts, reach, sentence.end)
            if outcome is None:
                outcome = may_report_casualties(folded, sentence.start, sentence.end, pats)
            if not outcome:
                continue
            skip = date_spans.get(sentence.index, [])
            figures = find_figures(folded, sentence.start, sentence.end, pats, skip)
            counted = (
                self._sentence(doc, folded, sentence.index, figures, pats) if figures else []
            )  # most sentences count nobody: spare them the side searches
            counted.extend(_self_killed(doc, folded, sentence.index))
            if not any(m.outcome == "killed" for m in counted):
                counted.extend(_one_named_victim(doc, folded, sentence.index))
            else:
                counted = _list_for_its_items(doc, folded, sentence.index, counted)
            if not any(m.outcome == "killed" for m in counted):
                counted.extend(_bodies_of_those_counted(doc, sentence.index, pats, date_spans))
            mentions.extend(counted)
        return mentions + _captives_found_dead(doc, folded, mentions)

    def _sentence(
        self, doc: Doc, folded: str, index: int, figures: list[_Figure], pats: CasualtyPatterns
    ) -> list[CasualtyMention]:
        sentence = doc.sentences[index]
        enemy = bool(pats.enemy_side.search(folded, sentence.start, sentence.end))
        friendly = bool(pats.friendly_side.search(folded, sentence.start, sentence.end))
        limits = [f.start for f in figures[1:]] + [sentence.end]
        out: list[CasualtyMention] = []
        for figure, limit, word in zip(
            figures, limits, _shared_outcomes(doc.text, folded, figures, limits, pats), strict=True
        ):
            if not word:
                continue
            # a side named right after the figure is its own ("22 dead in the enemy's
            # ranks, and three wounded in its own"); else the sentence's
            side = (
                _side_after(folded, figure.end, limit, pats)
                or (
                    _side_before(folded, sentence.start, figure.start, pats)
                    if enemy and friendly
                    else ""
                )
                or ("attackers" if enemy else "soldiers" if friendly else "")
            )
            if word in ENEMY_OUTCOMES:
                side = "attackers"
            victim = figure.victim or _victims_named_after(folded, figure.end, limit, pats) or side
            victim = victim or "people"
            if word in _LOST and victim in ("civilians", "people"):
                victim = "soldiers"  # "nous avons perdu neuf hommes": a force counts its own
            if word in ENEMY_OUTCOMES and figure.victim in ("", "people"):
                victim = "attackers"
            out.append(
                CasualtyMention(
                    start=figure.start,
                    end=figure.end,
                    text=doc.text[figure.start : figure.end],
                    sentence=index,
                    low=figure.low,
                    high=figure.high,
                    outcome=pats.outcome_of[squash_spaces(word)],
                    victim=victim,
                    vague=figure.vague,
                )
            )
        return out

    def set_annotations(self, doc: Doc, found: list[CasualtyMention]) -> None:
        doc.casualties = found


# A suicide attacker who "blew himself up, killing himself and two soldiers" died too:
# ACLED counts him among the dead.
_KILLED_HIMSELF = re.compile(
    r"\b(?:killing|killed|kills|tuant|tue)\s+(?:himself|herself|lui-meme|elle-meme)\b"
    # "The bomber was also killed", "le kamikaze a également péri": one attacker, uncounted
    r"|\b(?:the|le|la|l')\s*(?:suicide\s+)?(?:bomber|kamikaze|assailant|attacker|assaillant)\s+"
    r"(?:was|has\s+been|a|est)\s+(?:also\s+|egalement\s+|aussi\s+)?(?:been\s+|ete\s+)?"
    r"(?:killed|died|dead|tue|mort|peri|neutralise)\b"
)


# One person named by role, with no number: "shot dead the imam", "le maire a été assassiné"
_ONE_SOLDIER = r"soldier|soldat|gendarme|policeman|policier|officer|officier"
_ONE_PERSON = (
    r"imam|marabout|cleric|preacher|priest|pretre|pastor|pasteur|chief|chef|mayor|maire|"
    r"official|elu|councillor|conseiller|teacher|enseignant|instituteur|trader|commercant|"
    r"driver|chauffeur|journalist|journaliste|doctor|medecin|nurse|infirmier|leader|notable|"
    r"muezzin|prefect|prefet|sous-prefet|governor|gouverneur|man|woman|homme|femme|boy|girl|"
    r"worker|patient|midwife|sage-femme|vaccinator|vaccinateur|passenger|passager|"
    r"child|enfant|farmer|herder|berger|eleveur|cultivateur|paysan|peasant|villager|villageois|civilian|"
    rf"civil|{_ONE_SOLDIER}"
)
_KILLED_ONE = (
    r"(?:shot\s+dead|killed|assassinated|murdered|executed|gunned\s+down|abattu|tue|assassine|"
    r"execute|decede|mort)"
)
_ONE_NAMED_VICTIM = re.compile(
    rf"\b{_KILLED_ONE}\s+(?:the|le|la|l')\s*(?:[\w-]+\s+){{0,2}}?(?P<active>{_ONE_PERSON})\b"
    rf"|\b(?:the|le|la|l')\s*(?:[\w-]+\s+){{0,2}}?(?P<passive>{_ONE_PERSON})\b[^.;]{{0,80}}?"
    rf"\b(?:was|has\s+been|a\s+ete|est)\s+(?:\w+\s+)?{_KILLED_ONE}\b"
)


# Two people named by role: "le chauffeur et son apprenti ont été tués", "the imam and
# his son were shot dead", "un cultivateur et son jeune fils ont perdu la vie": two dead
_TWO_NAMED_VICTIMS = re.compile(
    rf"\b(?:the|le|la|l'|an?|une?)\s*(?:[\w-]+\s+){{0,2}}?(?P<first>{_ONE_PERSON})\s+(?:and|et)\s+"
    r"(?:his|her|their|son|sa|leur|the|le|la|l'|a|an|un|une)\s*(?:[\w-]+\s+)?[\w-]+\s+"
    r"(?:(?:were|have\s+been|had\s+been|ont\s+ete|avaient\s+ete|sont)\s+(?:\w+\s+)?"
    r"(?:killed|shot\s+dead|murdered|executed|assassinated|gunned\s+down|tues|tuees|abattus|"
    r"assassines|executes|morts)|(?:ont|avaient)\s+(?:perdu\s+la\s+vie|peri)|"
    r"(?:died|lost\s+their\s+lives))\b"
)


# People named by role in a list after the verb: "shot dead a nurse, a health worker and a
# patient": as many dead as the list names
_LISTED_ONE = re.compile(
    rf"\b(?:a|an|the|un|une|le|la|l')\s*(?:[\w-]+\s+){{0,2}}?(?:{_ONE_PERSON})\b"
)
_LISTED_VICTIMS = re.compile(
    rf"\b{_KILLED_ONE}\s+(?P<items>(?P<first>{_LISTED_ONE.pattern})(?:\s*,\s*{_LISTED_ONE.pattern})*"
    rf"\s*,?\s+(?:and|et)\s+{_LISTED_ONE.pattern})"
)


def _list_for_its_items(
    doc: Doc, folded: str, index: int, counted: list[CasualtyMention]
) -> list[CasualtyMention]:
    """ "shot dead a nurse, a health worker and a patient": the list's dead replace the ones
    its items with a victim word ("a nurse") count."""
    killed = [m for m in counted if m.outcome == "killed"]
    if any(m.low != 1 for m in killed):
        return counted
    sentence = doc.sentences[index]
    listed = _LISTED_VICTIMS.search(folded, sentence.start, sentence.end) or (
        _TWO_NAMED_VICTIMS.search(folded, sentence.start, sentence.end)
    )
    if listed is None or not all(listed.start() <= m.start < listed.end() for m in killed):
        return counted
    found = _one_named_victim(doc, folded, index)
    if not found or found[0].low <= len(killed):
        return counted
    return [m for m in counted if m not in killed] + found


def _one_named_victim(doc: Doc, folded: str, index: int) -> list[CasualtyMention]:
    """The one person (or two, or a list) a sentence with no figure says was killed."""
    sentence = doc.sentences[index]
    listed = _LISTED_VICTIMS.search(folded, sentence.start, sentence.end)
    two = listed or _TWO_NAMED_VICTIMS.search(folded, sentence.start, sentence.end)
    found = two or _ONE_NAMED_VICTIM.search(folded, sentence.start, sentence.end)
    if found is None:
        return []
    group = "first" if two else "active" if found["active"] else "passive"
    start, end = found.span(group)
    soldier = re.fullmatch(_ONE_SOLDIER, found[group]) is not None
    dead = len(_LISTED_ONE.findall(found["items"])) if listed else 2 if two else 1
    return [_dead(doc, index, (start, end), (dead, dead), "soldiers" if soldier else "civilians")]


def _dead(
    doc: Doc, index: int, span: tuple[int, int], count: tuple[int, int], victim: str
) -> CasualtyMention:
    """A count of dead told at ``span`` of sentence ``index``, low and high."""
    start, end = span
    return CasualtyMention(
        start=start,
        end=end,
        text=doc.text[start:end],
        sentence=index,
        low=count[0],
        high=count[1],
        outcome="killed",
        victim=victim,
    )


# "stopped four herders at a pond. ... found the herders' bodies": the people counted
# before in the paragraph, found dead
_BODIES_OF = re.compile(
    r"\bthe\s+(?P<owner>[a-z]+s)'\s+(?:bodies|corpses|remains)\b"
    r"|\b(?:bodies|corpses|remains)\s+of\s+the\s+(?P<of>[a-z]+s)\b"
    r"|\b(?:les\s+)?(?:corps|cadavres|depouilles)\s+des\s+(?P<des>[a-z]+s)\b"
)


def _bodies_of_those_counted(
    doc: Doc,
    index: int,
    pats: CasualtyPatterns,
    date_spans: dict[int, list[tuple[int, int]]],
) -> list[CasualtyMention]:
    sentence = doc.sentences[index]
    folded = doc.folded
    found = _BODIES_OF.search(folded, sentence.start, sentence.end)
    if found is None:
        return []
    noun = found["owner"] or found["of"] or found["des"]
    earlier = [s for s in doc.sentences[:index] if s.paragraph == sentence.paragraph]
    for before in reversed(earlier):
        skip = date_spans.get(before.index, [])
        figures = find_figures(folded, before.start, before.end, pats, skip)
        same = [f for f in figures if f.noun == noun and f.victim and not f.vague]
        if same:
            figure = same[-1]
            return [_dead(doc, index, found.span(), (figure.low, figure.high), figure.victim)]
    return []


# "... detained seven herders. Their bodies were found the next day": the captives died.
_THEIR_BODIES_FOUND = re.compile(
    r"\W*(?:(?:their|the)\s+(?:bodies|corpses|remains)\b[^.;]{0,40}\b(?:found|discovered|recovered)"
    r"|(?:leurs|les)\s+(?:corps|cadavres|depouilles)\b[^.;]{0,40}\b(?:retrouve|decouvert|repeche))"
)


def _captives_found_dead(
    doc: Doc, folded: str, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """The captives of a sentence whose next sentence finds their bodies, counted as killed."""
    found = []
    for mention in mentions:
        following = mention.sentence + 1
        if mention.outcome != "captured" or following >= len(doc.sentences):
            continue
        start = doc.sentences[following].start
        if _THEIR_BODIES_FOUND.match(folded, start, doc.sentences[following].end):
            found.append(replace(mention, outcome="killed"))
    return found


# one is in every match of _KILLED_HIMSELF (tests/test_prefilters.py)
_SELF_WORDS = (
    *("himself", "herself", "lui-meme", "elle-meme"),
    *("bomber", "kamikaze", "assailant", "attacker", "assaillant"),
)


def _self_killed(doc: Doc, folded: str, index: int) -> list[CasualtyMention]:
    sentence = doc.sentences[index]
    if all(folded.find(word, sentence.start, sentence.end) < 0 for word in _SELF_WORDS):
        return []  # the pattern cannot match: spare the search
    return [
        CasualtyMention(
            start=m.start(),
            end=m.end(),
            text=doc.text[m.start() : m.end()],
            sentence=index,
            low=1,
            high=1,
            outcome="killed",
            victim="bomber",  # sahelwatch.extraction.events.fatalities.SUICIDE_BOMBER
        )
        for m in _KILLED_HIMSELF.finditer(folded, sentence.start, sentence.end)
    ]


def _shared_outcomes(
    text: str, folded: str, figures: list[_Figure], limits: list[int], pats: CasualtyPatterns
) -> list[str]:
    """Each figure's outcome word ('' for none). Figures joined by "and" share a verb:
    "killed 17 soldiers and four civilians" (the verb first), "onze soldats et sept
    civils ont été tués" (the verb last); not "killing 11, two sources said"."""
    found = [_outcome(folded, f, limit, pats) for f, limit in zip(figures, limits, strict=True)]
    words = [word for word, _ in found]
    for i in range(1, len(figures)):
        previous_word, verb_first = words[i - 1], found[i - 1][1] or not found[i - 1][0]
        if words[i] or not previous_word or not verb_first:
            continue
        figure = figures[i]
        joined = figure.victim and _joined(folded, figures[i - 1].end, figure.start)
        if joined and not _SPEAKS.match(folded, figure.end):
            words[i] = previous_word
    for i in range(1, len(figures)):
        if not words[i] and words[i - 1] and _elliptic(text, figures[i - 1], figures[i]):
            words[i] = words[i - 1]
    _repeat_counted_again(folded, figures, words)
    for i in range(len(figures) - 2, -1, -1):
        # "nine people, including four children, were killed": the whole and its part
        between = (figures[i].end, figures[i + 1].start)
        if not words[i] and words[i + 1] and _INCLUDING.fullmatch(folded, *between):
            words[i] = words[i + 1]
    _who_they_were(folded, figures, limits[-1], words)
    for i in range(len(figures) - 2, -1, -1):
        following, verb_first = words[i + 1], found[i + 1][1]
        if words[i] or not following or verb_first or not figures[i].victim:
            continue
        if _joined(folded, figures[i].end, figures[i + 1].start):
            words[i] = following
    return words


_KIN_JOINED = re.compile(
    r"\s*(?:,|and|et)?\s*(?:and|et)?\s*(?:(?:her|his|their|its|ses|son|sa|leurs?)\s+)?"
)


def _who_they_were(folded: str, figures: list[_Figure], end: int, words: list[str]) -> None:
    """'Trois personnes, une femme et ses deux enfants, ont été tuées': the figures between
    commas after a toll say who the dead were; the toll takes their verb (the lowest of
    each kind of victim and the largest generic count make the toll, see fatalities)."""
    for i, figure in enumerate(figures):
        if words[i] or not folded.startswith(",", figure.end):
            continue
        close = folded.find(",", figure.end + 1, end)
        parts = [k for k in range(i + 1, len(figures)) if figures[k].end <= close]
        if not parts or not words[parts[-1]] or figures[parts[0]].start - figure.end > 3:
            continue
        if all(
            _KIN_JOINED.fullmatch(folded, figures[a].end, figures[b].start)
            for a, b in pairwise(parts)
        ):
            words[i] = words[parts[-1]]  # the parts keep theirs: they say who died


# "23 people were killed in Djiguibombo, 11 in Bodio and six in Yarou": a bare figure
# and its place, in a list after a counted one, repeat its verb.
_LISTED_AFTER = re.compile(r"(?:,|\s+and|\s+et)\s*$")
_ITS_PLACE = re.compile(r"\s+(?:in|at|a|à|dans)\s+[A-ZÀ-Ý]")


_INCLUDING = re.compile(
    r"\s*,\s*(?:including|among\s+them|dont|notamment|parmi\s+(?:eux|elles|lesquels|lesquelles))\s+"
)


def _elliptic(text: str, previous: _Figure, figure: _Figure) -> bool:
    return (
        not figure.noun
        and bool(_ITS_PLACE.match(text, figure.end))
        and bool(_LISTED_AFTER.search(text, previous.end, figure.start))
        and bool(_ITS_PLACE.search(text, previous.end, figure.start))
    )


# "Le FLA parle de cinq civils tués ; un élu en évoque quatre": the same dead, counted
# again by another source with "en" standing for them
_COUNTED_AGAIN = re.compile(
    r"\ben\s+(?:evoqu|compt|denombr|recens|signal|rapport|annonc|donn|cit)\w*\s+"
    r"(?:(?:seulement|plutot|pour\s+sa\s+part|lui|elle)\s+)?$"
)


def _repeat_counted_again(folded: str, figures: list[_Figure], words: list[str]) -> None:
    """A bare figure counted again with "en" takes the outcome told last before it."""
    for i in range(1, len(figures)):
        told = [w for w in words[:i] if w]
        figure = figures[i]
        before = max(0, figure.start - 40)
        if words[i] or not told or figure.noun:
            continue
        if _COUNTED_AGAIN.search(folded, before, figure.start):
            words[i] = told[-1]


_JOIN = re.compile(r"^[\s,]*(?:and|et|as well as|ainsi que|plus)?[\s,]*$")


def _joined(folded: str, end: int, start: int) -> bool:
    between = folded[end:start]
    return len(between) < 60 and bool(
        _JOIN.match(
            re.sub(r"\b(?:of (?:its|their|the)|[\w'-]+ (?:soldiers|civilians))\b", "", between)
        )
        or re.fullmatch(r"[^,;.]{0,40}?\s(?:and|et)\s", between)
    )
