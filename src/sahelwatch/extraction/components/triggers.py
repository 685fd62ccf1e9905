"""Event words ("ambush", "kamikaze", "enlèvement") with their ACLED type and target.

An attack's type depends on what was attacked: a camp, a convoy or soldiers make it a
battle; a village, a market or civilians make it violence against civilians. The target
is read from the words around the trigger and stored on the mention; the event
assembler combines it with the actors and casualties.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from sahelwatch.extraction.doc import Doc, Sentence, TriggerMention
from sahelwatch.extraction.lexicon import load_language
from sahelwatch.extraction.pipeline import Component
from sahelwatch.extraction.text import fold, phrase_alternation, phrase_regex, squash_spaces
from sahelwatch.model import EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS

AIR_STRIKE = "Air/drone strike"

# Hedged mentions describe a possibility, not what happened ("suggests the use of
# suicide vehicles", "which benefits from drone support").
_HEDGE_BEFORE = re.compile(
    # support qualifies the words it leads to, not a verb past a comma ("supported by
    # Russian partners, the army retook the town")
    r"(?:benefits?\s+from|beneficie|support\s+of|supported\s+by|backed\s+by|appuye\w*\s+par|"
    r"avec\s+l'appui|with\s+the\s+support|soutien)\b[^.;,]{0,40}$|"
    r"(?:suggests?|suggere|suggerant|possibly|may\s+have|might\s+have|could\s+have|feared|fear|"
    r"threat\s+of|risk\s+of|menace|risque|eventuel(?:le)?s?|prevent|avoid|eviter|empecher|"
    r"capable\s+of|training|formation|"
    # "les analystes s'attendent à ce que les combats s'intensifient": what may come
    r"s'attend\w*|expect(?:s|ed|ing)?|anticip\w*|"
    # a road "littered with mines", "jalonnée d'engins explosifs": a danger, not an event
    r"littered\s+with|riddled\s+with|strewn\s+with|jalonne\w*|truffe\w*|parseme\w*|"
    r"infeste\w*)\b[^.;]{0,40}$"
    # "because of the presence of explosive devices": a danger, not an event
    r"|\bpresence\s+(?:of|de|des|du|d')\s*(?:the\s+|\w+\s+)?$"
    # "terrorists who were meeting to plan attacks", "qui préparaient des attaques": an aim
    r"|\b(?:plan|plans|planning|planned|prepare|prepares|preparing|prepared|plot|plotting|"
    r"planifi\w*|prepar(?:er|aient|ait|ant)|s'appret\w*\s+a)\s+"
    r"(?:(?:new|further|more|an|des|de|d'|une?|nouvelles?)\s+)*$"
    # "urged JNIM to stop its attacks on civilians", "appelle à cesser les attaques": a demand
    r"|\b(?:to|a|de|d')\s+(?:end|stop|cease|halt|cesser|arreter|mettre\s+fin)\s+"
    r"(?:(?:its|their|all|the|les|leurs|ses|toutes|aux?|a\s+l[ae]s?)\s+)?(?:\w+\s+)?$"
    r"|\b(?:sans|without|afraid\s+of|peur\s+d'?|de\s+peur\s+d'?)\s+(?:etre|being|se\s+faire)?\s*$"
    # "no clashes were reported", "aucun affrontement": what did not happen
    r"|\b(?:no|aucune?|pas\s+d'|pas\s+de)\s+(?:new\s+|further\s+|nouvel(?:le)?s?\s+)?$"
    # "Personne n'a été tué", "nobody was killed": what did not happen
    r"|\b(?:personne|aucune?\s+\w+)\s+n'(?:a|ont|avait|avaient|est|sont)\s+(?:ete\s+)?$"
    r"|\b(?:nobody|no\s+one|none)\s+(?:was|were|has\s+been|had\s+been)\s+$"
    # "None of the witnesses reported any fighting", "did not see any clashes"
    r"|\b(?:none|not|never|no\s+one|nobody|n't)\b[^.;]{0,50}\bany\s+$"
    # "une camionnette transportant des engins explosifs", "seized two IEDs", "a désamorcé
    # une mine": explosives carried, seized or defused, not an explosion
    r"|\b(?:transportant|transportait|transportaient|carrying|loaded\s+with|laden\s+with|"
    r"stocks?\s+(?:of|de)|caches?\s+(?:of|de)|seized|seizure\s+of|saisi\w*|defused|"
    r"desamorce\w*|discovered|decouvert\w*)\s+"
    r"(?:(?:des|de|les|un|une|du|several|plusieurs|some|an|a|the|two|three|deux|trois|\d+)\s+|d')*$"
    # "du matériel pour la fabrication d'engins explosifs", "IED-making components": the
    # makings of a bomb, not an explosion
    r"|\b(?:fabrication|fabriquer|confection|manufactur\w*|making|assembl\w*|composants?|"
    r"components?)\s+(?:(?:d'|de|des|du|of|for|pour|the|an?|les)\s*)*$"
)
# A word each match of _HEDGE_BEFORE holds: a window without any is not searched.
_HEDGE_WORDS = (
    *("benefi", "support", "backed", "appu", "soutien", "sugge", "possibly", "may", "might"),
    *("could", "fear", "threat", "risk", "menace", "risque", "eventuel", "prevent", "avoid"),
    *("eviter", "empecher", "capable", "training", "formation", "littered", "riddled"),
    *("s'attend", "expect", "anticip"),
    *("strewn", "jalonne", "truffe", "parseme", "infeste", "sans", "without", "afraid", "peur"),
    *("presence", "no", "aucun", "pas", "never", "n't", "personne"),
    *("plan", "prepar", "plot", "s'appret"),
    *("end", "stop", "cease", "halt", "cesser", "arreter", "mettre"),
    *("transport", "carrying", "loaded", "laden", "stock", "cache", "seiz", "saisi"),
    *("defused", "desamorce", "discovered", "decouvert"),
    *("fabri", "confection", "manufactur", "making", "assembl", "composant", "component"),
)
# "leurs fils enlevés ces derniers mois": a deed of a past stretch, told as a cause
_PAST_STRETCH_AFTER = re.compile(
    r"\s*(?:[\w'-]+\s+){0,2}?(?:ces\s+derniers\s+mois|ces\s+dernieres\s+(?:semaines|annees)|"
    r"in\s+recent\s+(?:months|weeks|years)|over\s+the\s+past\s+(?:months|weeks|years|year)|"
    r"depuis\s+le\s+debut\s+de\s+l'annee|since\s+the\s+(?:start|beginning)\s+of\s+the\s+year)"
)
# "Elle vise plus d'un million d'enfants", "the programme targeted poor families": a
# campaign, a programme, aid, a plan or a measure aims at people; it attacks nobody
_AIMING = ("vise", "cible", "target")  # the folded trigger words of aiming
_AIMER = (
    r"(?:(?<!military\s)(?<!air\s)(?<!bombing\s)(?<!drone\s)campaigns?|"
    r"campagnes?(?!\s+(?:militaire|de\s+frappes|de\s+bombardements|aerienne|d'attaques))|"
    r"programmes?|programs?|projets?|projects?|plans?|mesures?|measures?|aides?|aid|"
    r"assistance|initiatives?|politiques?|polic(?:y|ies)|strategies?|strategy|reformes?|"
    r"reforms?|lois?|laws?|decrets?|decrees?|financements?|funding|fonds|funds?|"
    r"subventions?|grants?|appeals?|vaccinations?|distributions?|sensibilisation|"
    r"enquetes?|investigations?|sanctions?|schemes?|drives?|dispositifs?|textes?|"
    r"accords?|agreements?|dialogue)"
)
_AIMER_BEFORE = re.compile(rf"\b{_AIMER}\b[^.;:!?]{{0,70}}$")
_AIMER_IN = re.compile(rf"\b{_AIMER}\b")
# "Elle vise ...", "It targets ...": a sentence whose subject is the last one's
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:elle|il|elles|ils|celle-ci|celui-ci|it|they|this|the\s+latter)\s+"
    r"(?:(?:aussi|also|notamment|mainly|surtout|ne)\s+)?$"
)
# "l'équipe nationale affronte ce soir le Bénin en match amical": a game, not a battle
_SPORTS = re.compile(
    r"\b(?:matchs?|matches|football|championnat|championship|tournoi|tournament|"
    r"qualifying|qualifiers?|eliminatoires?|coupe\s+d'afrique|africa\s+cup|"
    r"national\s+(?:football\s+)?team|equipe\s+nationale|selection\s+nationale)\b"
)
# "ils sont entrés dans les concessions", "entered the houses": into homes, not a town taken
_INTO_BUILDINGS = re.compile(
    r"\s+(?:les|des|la|une|un|the|their|leurs)\s+(?:concessions?|maisons?|habitations?|"
    r"domiciles?|cases|boutiques?|houses?|homes?|compounds?|shops?)\b"
)
# "les cours ont repris", "la reprise des classes", "traffic resumed": what resumes is no
# town retaken
_RESUMED_ACTIVITY = (
    r"(?:cours|classes|ecoles?|activites|travail|trafic|circulation|negociations|dialogue|"
    r"pourparlers|vols|rotations|echanges|commerce|marches?|foires?|lessons|schools?|"
    r"traffic|flights|talks|trade|business|markets?)"
)
_RESUMED_BEFORE = re.compile(rf"\b{_RESUMED_ACTIVITY}\s+(?:\w+\s+){{0,2}}$")
_RESUMED_AFTER = re.compile(rf"\s+(?:des|du|de\s+la|de\s+l'|les|of)\s+{_RESUMED_ACTIVITY}\b")
# "drone support", "the threat of attacks", "reinforcements reached the ambush site": the word
# qualifies something else
_HEDGE_AFTER = re.compile(
    r"^\s*(?:support|soutien|capabilit|threat|menace|training|formation|site\b|sites\b)"
)
# "took the chief and two of his sons from their homes": people taken away, an abduction
_TAKEN_FROM_HOME = re.compile(
    r"\b(?P<verb>took|seized|dragged|snatched|taken|pris|emmene\w*|enleve\w*)\s"
    r"(?:(?!\bfrom\b)[^.;:]){1,100}?"
    r"\b(?:from|de)\s+(?:their|his|her|leurs?|son|sa)\s+(?:homes?|houses?|domiciles?|maisons?)\b"
)
# "soldiers marched them to the river": led somewhere by force, not a protest march
_MARCHED_SOMEONE = re.compile(
    r"\s+(?:them|him|her|us|the\s+(?:men|captives|prisoners|detainees))\b"
)
_BROKE_UP_ITSELF = re.compile(r"\b(?:s'est|se\s+sont|s'etait|s'etaient|se\s+disperse\w*)\s*$")
_WINDOW = 70
_AIRCRAFT_DEEDS = frozenset({"Armed clash", "Looting/property destruction"})
# "units backed by Russian paramilitaries and by drones launched a counter-offensive": the
# aircraft support the troops' deed, they do not do it
_SUPPORT = re.compile(
    r"\b(?:(?:backed|supported|assisted|covered|aided|appuyee?s?|soutenue?s?|epaulee?s?)\s+(?:by|par)|"
    r"with\s+the\s+(?:support|backing|help)\s+of|avec\s+l'(?:appui|aide)\s+d|"
    r"avec\s+le\s+soutien\s+d|sous\s+la\s+couverture\s+d)\b[^.;:]{0,70}$"
)
_OTHER_CLAUSE = re.compile(
    r"\b(?:by|par|after|before|when|while|since|because|apres|avant|lorsque|quand|alors|depuis)\b"
    r"|,\s*(?:and|et|but|mais)\b"  # "were struck at noon, and accused the army of..."
)
# "Conséquence de cette attaque", "after this attack": an event already told, named again
# as the cause or the time of what the sentence tells
_THIS_ONE_BEFORE = (
    r"\b(?:after|following|since|apres|depuis|suite\s+a|consequence\s+de|consequences\s+de|"
    r"a\s+la\s+suite\s+de|in\s+response\s+to|en\s+reponse\s+a)\s+(?:this|these|cette|ces|cet)\s+$"
)
# "ont quitté la ville après plusieurs jours de frappes aériennes": a stretch of deeds
# told as what came before, not an event of its own
_STRETCH_BEFORE = (
    r"\b(?:after|following|apres)\s+(?:(?:several|a\s+few|many|plusieurs|quelques|des|"
    r"\w+)\s+)?(?:days|weeks|months|hours|jours|semaines|mois|heures)\s+(?:of|de|d')\s*$"
)
# "The attacks followed the killing of two assailants", "en représailles à l'assassinat
# de": an earlier deed told as the cause of the one the story tells
CAUSE = (
    r"\b(?:followed|follows|in\s+(?:retaliation|revenge|reprisal)\s+for|to\s+avenge|"
    r"en\s+represailles?\s+(?:a|de|du|des|contre)|pour\s+venger)\s+"
    r"(?:the|a|an|la|le|l'|les|un|une|des|du)?\s*"
)
_CAUSE_BEFORE = CAUSE + "$"
# "an investigation into the killings at Toguéré-Coumbé", "une enquête sur les exactions":
# a deed told before, named again as what is to be looked into
_INQUIRY_BEFORE = (
    r"\b(?:investigations?|inquiry|inquiries|probe|enquetes?)\s+(?:into|on|of|sur|concernant)\s+"
    r"(?:the|these|those|les|la|le|l'|ces|cette)?\s*$"
)
# "les familles des otages restaient sans nouvelles", "the release of the hostages": the
# people taken before, named by what they became
_THEIR_KIN_BEFORE = (
    r"\b(?:familles?|proches|parents|liberation|sort|nouvelles|families|relatives|release|fate)"
    r"\s+(?:des|de\s+leurs|of\s+the|of\s+their)\s+$"
)
# the five above in one search: the words before each event word are searched once
_TOLD_ELSEWHERE_BEFORE = re.compile(
    "|".join((_THIS_ONE_BEFORE, _STRETCH_BEFORE, _CAUSE_BEFORE, _INQUIRY_BEFORE, _THEIR_KIN_BEFORE))
)
# "The attack came a day after ...", "L'attaque intervient deux jours après ...": the
# event told, named again to say what it followed
_RECALLED_BEFORE = re.compile(r"\s*(?:the|this|that|l'|la|le|cette|cet|ce)\s*$")
_RECALLED_AFTER = re.compile(
    r"\s+(?:came|comes|intervient|survient|est\s+intervenue?|est\s+survenue?)\b"
    # "L'offensive avait été lancée après le retrait...", "The offensive began after...":
    # the deed told, dated by what it followed
    r"|\s+(?:(?:avait|a|had|has|was|were)\s+)?(?:ete\s+|been\s+)?(?:lancee?s?|declenchee?s?|"
    r"launched|started|begun|began|commencee?s?|debutee?s?)\s+(?:apres|after|following)\b"
)
# "le camp a été évacué, ce qui avait ouvert la voie à cette offensive": beside a deed of
# its own, a sentence's "this attack" after a preposition names one told before (as its
# subject, "Ces attaques ont fait plusieurs victimes", it is the deed the sentence tells)
_DEMONSTRATIVE_BEFORE = re.compile(
    r"\b(?:a|to|for|pour|de|of|by|par|sur|on|in|dans|with|avec)\s+(?:this|these|cette|ces|cet)\s+$"
)


def _without_recalled(folded: str, found: list[TriggerMention]) -> list[TriggerMention]:
    """A sentence's triggers less those that only name again an event told before."""
    if len(found) < 2:
        return found
    recalled = [t for t in found if _DEMONSTRATIVE_BEFORE.search(folded, t.start - 12, t.start)]
    if not recalled or len(recalled) == len(found):
        return found
    return [t for t in found if t not in recalled]


# "a passenger minibus hit an explosive device": what hit the device is its target
_HIT_A_DEVICE = re.compile(
    r"\b(?:hit|hits|struck|strikes|ran\s+over|drove\s+over|ran\s+into|triggered|set\s+off|"
    r"heurte|touche|declenche)\s+(?:an|a|the|un|une|le|la|l')\s*$"
)
_DETERMINER_END = re.compile(
    r"(?:\b(?:the|a|an|this|that|its|their|le|la|les|un|une|cette|ce|cet|son|sa|leur)\s+|\bl')$"
)


@dataclass(frozen=True)
class TriggerPatterns:
    regex: re.Pattern[str]
    entry_of: dict[str, tuple[str, str, bool]]  # folded word -> (type, sub type, by target)
    military: re.Pattern[str]
    civilian: re.Pattern[str]
    aircraft_subject: re.Pattern[str]  # "drones struck": the attack came from the air
    aircraft: re.Pattern[str]  # any aircraft word
    armed_people: re.Pattern[str]  # "killed 14 terrorists": the object fought, as forces do


@functools.cache
def patterns(lang: str) -> TriggerPatterns:
    data = load_language(lang)
    entry_of: dict[str, tuple[str, str, bool]] = {}
    for trigger in data["triggers"]:
        for word in trigger["words"]:
            entry_of.setdefault(
                fold(word), (trigger["type"], trigger["sub_type"], trigger["by_target"])
            )
    return TriggerPatterns(
        regex=phrase_regex(entry_of),
        entry_of=entry_of,
        military=re.compile(
            rf"(?<![\w])(?:{phrase_alternation(data['military_targets'])})(?![\w])"
        ),
        civilian=re.compile(rf"(?<![\w])(?:{phrase_alternation(_civilian_targets(data))})(?![\w])"),
        aircraft_subject=re.compile(
            rf"(?<![\w])(?:{phrase_alternation(data['aircraft'])})(?![\w])[^.;:,]{{0,20}}$"
        ),
        aircraft=re.compile(rf"(?<![\w])(?:{phrase_alternation(data['aircraft'])})(?![\w])"),
        armed_people=re.compile(  # the verb's object: at most three words after it
            rf"\s*(?:[\w\"“«,]+\s+){{0,3}}?[\"“«]?"
            rf"(?:{phrase_alternation(data['victims']['attackers'])})(?![\w])"
        ),
    )


# Words for civilians that name the attackers as often ("armed men attacked").
_NOT_TARGETS = frozenset({"men", "hommes", "jeunes"})


# "ils ont frappé des femmes": the verb's participle, with no aircraft told, is a blow
_STRUCK_PARTICIPLES = frozenset({"frappé", "frappés", "frappée", "frappées"})
# "disperser les colonnes ennemies": armed men scattered, not a crowd
_ARMED_DISPERSED = re.compile(
    r"\s*(?:les?|la|des|the)?\s*(?:colonnes?|ennemis?|assaillants|terroristes|jihadistes|"
    r"djihadistes|attackers|assailants|militants|jihadists|fighters|insurgents|enemy|"
    r"groupes?\s+armes|hommes\s+armes)\b"
)


def _not_what_it_seems(
    doc: Doc, span: tuple[int, int], m: re.Match[str], sub_type: str, pats: TriggerPatterns
) -> bool:
    start, end = span  # the sentence
    """A word of a strike or a dispersal used of something else."""
    if sub_type == AIR_STRIKE and doc.text[m.start() : m.end()].lower() in _STRUCK_PARTICIPLES:
        return pats.aircraft.search(doc.folded, start, end) is None
    if sub_type == "Protest with intervention":
        return _ARMED_DISPERSED.match(doc.folded, m.end(), end) is not None
    return False


def _civilian_targets(data: dict[str, Any]) -> list[str]:
    """Places and people whose attack is violence against civilians: the lexicon's targets
    and the civilians it counts as victims ("attacked a group of fishermen")."""
    victims = [w for w in data["victims"]["civilians"] if w not in _NOT_TARGETS]
    return [*data["civilian_targets"], *victims]


def target_near(
    folded: str, trigger: tuple[int, int], bounds: tuple[int, int], pats: TriggerPatterns
) -> str:
    """'military' or 'civilians': the nearest target word after the trigger, else before it.

    ``bounds`` limits the search (the sentence, or from the trigger on).
    """
    (start, end), (lo, hi) = trigger, bounds
    # not "by X", nor another clause ("came under attack hours after troops left their base")
    window = _OTHER_CLAUSE.split(folded[end : min(hi, end + _WINDOW)], maxsplit=1)[0]
    after = _nearest_target(window, pats, last=False)
    if (
        not after
        and not _BY_AGENT.match(folded, end)
        and pats.armed_people.match(folded, end, min(hi, end + 50))
    ):
        # "killed 14 terrorists": armed men as the object, not civilians ("pris pour cible
        # par des terroristes": the agent, who says nothing of what was hit)
        after = "military"
    before = folded[max(lo, start - _WINDOW) : start]
    if _DETERMINER_END.search(before) and not _HIT_A_DEVICE.search(before):
        return after  # "did not comment on the attack": a noun's target follows it
    return after or _nearest_target(before, pats, last=True)


_BY_AGENT = re.compile(r"\s*(?:by|par)\s")


def _nearest_target(text: str, pats: TriggerPatterns, last: bool) -> str:
    targets = (("military", pats.military), ("civilians", pats.civilian))
    if not last:  # each pattern's first match is its nearest
        firsts = [(m.start(), kind) for kind, regex in targets if (m := regex.search(text))]
        return min(firsts)[1] if firsts else ""
    hits = [(m.start(), kind) for kind, regex in targets for m in regex.finditer(text)]
    return max(hits)[1] if hits else ""


def _hedged_before(doc: Doc, sentence: int, trigger_start: int, before: str) -> bool:
    """Do the words before an event word (``before``, up to it) make it a possibility?
    Names blanked only remove words: a window with no hedge word has none without them."""
    if not any(word in before for word in _HEDGE_WORDS):
        return False
    start = trigger_start - len(before)
    return bool(_HEDGE_BEFORE.search(_without_names(doc, sentence, start, trigger_start)))


def _aims_peacefully(
    doc: Doc, sentence: int, start: int, told_before: list[TriggerMention]
) -> bool:
    """Is what "vise"/"targeted" at ``start`` the aim of a campaign, a programme, aid or a
    measure, named before it with no actor between ("une campagne qui vise les enfants"),
    or the last sentence's when a pronoun is its subject ("Elle vise plus d'un million
    d'enfants" after "le ministère a lancé une campagne de vaccination")?"""
    folded = doc.folded
    opening = doc.sentences[sentence].start
    aimer = _AIMER_BEFORE.search(folded, max(opening, start - 90), start)
    if aimer is not None:
        return not any(
            aimer.end() <= actor.start and actor.end <= start for actor in doc.actors_in(sentence)
        )
    if sentence == 0 or not _PRONOUN_SUBJECT.fullmatch(folded, opening, start):
        return False
    last = doc.sentences[sentence - 1]
    told = any(t.sentence == last.index for t in told_before)
    return not told and _AIMER_IN.search(folded, last.start, last.end) is not None


_FORECAST = re.compile(
    r"\s*(?:we\s+)?(?:expect|anticipate|foresee)\b|\s*(?:il\s+faut\s+s'attendre|on\s+s'attend|"
    r"attendez-vous|(?:further|more)\s+\w+\s+(?:are|is)\s+likely)\b"
)
# "À ce stade, il s'agit d'une rumeur", "this remains an unconfirmed rumour": what the
# sentence or the two after it (same paragraph) tell is no event
_RUMOUR = re.compile(
    r"\b(?:il\s+s'agit\s+(?:\w+\s+){0,2}?d'une\s+(?:simple\s+)?rumeur|"
    r"(?:reste|demeure|n'est\s+qu')\s*(?:a\s+ce\s+stade\s+)?(?:une\s+)?(?:simple\s+)?rumeur|"
    r"(?:is|remains)\s+(?:\w+\s+){0,2}?(?:an?\s+)?(?:unconfirmed\s+)?rumou?r|"
    r"(?:rumeurs?|rumou?rs?)\s+(?:non\s+confirmee?s|unconfirmed|(?:font|fait)\s+etat|of\s+an?)\b)"
)
_RUMOUR_REACH = 3  # sentences after a deed where it may be called a rumour


def _told_as_a_rumour(doc: Doc, sentence: Sentence) -> bool:
    """Is the deed of the sentence called a rumour in its paragraph, or, told in a heading
    of its own ("Samedi 7 mars – la frappe « fantôme »"), in the paragraph under it?"""
    sentences = doc.sentences
    after = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
    heading = (
        after is not None
        and after.paragraph != sentence.paragraph
        and (sentence.index == 0 or sentences[sentence.index - 1].paragraph != sentence.paragraph)
    )
    told = {sentence.paragraph, after.paragraph if heading and after else sentence.paragraph}
    last = min(len(sentences), sentence.index + _RUMOUR_REACH + 1)
    return any(
        _RUMOUR.search(doc.folded, s.start, s.end)
        for s in sentences[sentence.index : last]
        if s.paragraph in told
    )


# what may stand between the dead and the verb: "15 fighters (were) killed"
_AUXILIARY = re.compile(r"\s*(?:(?:were|have\s+been|had\s+been|ont\s+ete|sont|a\s+ete)\s+)?")


def _armed_dead_before(doc: Doc, sentence: int, start: int) -> bool:
    """Is the figure just before an event word a count of armed men killed ("at least 15
    fighters killed on both sides")? Then men who fought died, whoever else was hit."""
    return any(
        c.victim == "attackers"
        and c.outcome == "killed"
        and c.end <= start
        and _AUXILIARY.fullmatch(doc.folded, c.end, start) is not None
        for c in doc.casualties_in(sentence)
    )


def _without_names(doc: Doc, sentence: int, start: int, end: int) -> str:
    """Folded text of a sentence with actor names blanked: "Groupe de soutien à l'islam"
    hedges nothing."""
    text = doc.folded[start:end]
    for actor in doc.actors_in(sentence):
        if actor.start < end and start < actor.end:
            lo, hi = max(actor.start, start) - start, min(actor.end, end) - start
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


def _told_as_no_event(
    doc: Doc, sentence: Sentence, m: re.Match[str], before: str, told: list[TriggerMention]
) -> bool:
    """Is the event word hedged, a past stretch, an aim, or an event told elsewhere?"""
    folded = doc.folded
    if _hedged_before(doc, sentence.index, m.start(), before) or _HEDGE_AFTER.match(
        folded[m.end() : m.end() + 20]
    ):
        return True
    if _PAST_STRETCH_AFTER.match(folded, m.end(), m.end() + 60):
        return True
    if m.group().startswith(_AIMING) and _aims_peacefully(doc, sentence.index, m.start(), told):
        return True
    return bool(_TOLD_ELSEWHERE_BEFORE.search(before)) or bool(
        _RECALLED_AFTER.match(folded, m.end())
        and _RECALLED_BEFORE.fullmatch(folded, sentence.start, m.start())
    )


def _not_of_its_kind(
    doc: Doc, sentence: Sentence, m: re.Match[str], sub_type: str, pats: TriggerPatterns
) -> bool:
    """Does the word, read in its sentence, not tell the event its lexicon entry names (a
    sports match, gunmen who entered homes, ...)?"""
    folded = doc.folded
    if _not_what_it_seems(doc, (sentence.start, sentence.end), m, sub_type, pats):
        return True
    if sub_type == "Armed clash" and _SPORTS.search(folded, sentence.start, sentence.end):
        return True
    if sub_type != "territory":
        return False
    before = folded[max(sentence.start, m.start() - 40) : m.start()]
    return bool(
        _INTO_BUILDINGS.match(folded, m.end())
        or _RESUMED_BEFORE.search(before)
        or _RESUMED_AFTER.match(folded, m.end())
    )


def _target_of(
    doc: Doc, sentence: Sentence, m: re.Match[str], on_civilians: bool, pats: TriggerPatterns
) -> str:
    """What an attack word hit. Before a violence-against-civilians verb stand its
    perpetrators, not its target: only the words after it say whom it hit."""
    lo = m.start() if on_civilians else sentence.start
    target = target_near(doc.folded, m.span(), (lo, sentence.end), pats)
    if not target and _armed_dead_before(doc, sentence.index, m.start()):
        return "military"  # "at least 15 fighters killed on both sides"
    return target


class TriggerAnnotator(Component[list[TriggerMention]]):
    name = "triggers"
    reads = ("text", "sentences", "lang", "actors", "casualties")
    writes = ("triggers",)

    def match(self, doc: Doc) -> list[TriggerMention]:
        pats = patterns(doc.lang)
        folded = doc.folded
        out: list[TriggerMention] = []
        for sentence in doc.sentences:
            found = len(out)
            if _FORECAST.match(folded, sentence.start, sentence.end):
                continue  # "Expect more attacks on convoys...": an outlook tells no event
            if "rum" in folded[sentence.start : sentence.end + 400] and _told_as_a_rumour(
                doc, sentence
            ):
                continue
            for m in pats.regex.finditer(folded, sentence.start, sentence.end):
                before = folded[max(sentence.start, m.start() - 60) : m.start()]
                if _told_as_no_event(doc, sentence, m, before, out):
                    continue
                if m.group() == "marched" and _MARCHED_SOMEONE.match(folded, m.end()):
                    continue
                if m.group().startswith("dispers") and _BROKE_UP_ITSELF.search(before):
                    continue  # "la foule s'est dispersée dans le calme": nobody intervened
                event_type, sub_type, by_target = pats.entry_of[squash_spaces(m.group())]
                if _not_of_its_kind(doc, sentence, m, sub_type, pats):
                    continue
                # the aircraft may be an actor's name too ("les vecteurs aériens des FAMa");
                # what aircraft destroy they strike ("drones destroyed a fuel depot")
                flown = pats.aircraft_subject.search(before)
                if (
                    sub_type in _AIRCRAFT_DEEDS
                    and flown
                    and not _SUPPORT.search(
                        folded, sentence.start, m.start() - len(before) + flown.start()
                    )
                ):
                    event_type, sub_type, by_target = EXPLOSIONS, AIR_STRIKE, False
                target = (
                    _target_of(doc, sentence, m, event_type == VIOLENCE_AGAINST_CIVILIANS, pats)
                    if by_target
                    else ""
                )
                out.append(
                    TriggerMention(
                        start=m.start(),
                        end=m.end(),
                        text=doc.text[m.start() : m.end()],
                        sentence=sentence.index,
                        event_type=event_type,
                        sub_event_type=sub_type,
                        target=target,
                    )
                )
            out.extend(_taken_from_home(doc, sentence.index, out[found:]))
            out[found:] = _without_recalled(folded, out[found:])
        return out

    def set_annotations(self, doc: Doc, found: list[TriggerMention]) -> None:
        doc.triggers = found


def _taken_from_home(doc: Doc, sentence: int, found: list[TriggerMention]) -> list[TriggerMention]:
    """People taken from their homes, when the sentence tells no abduction already."""
    if any(t.sub_event_type == _ABDUCTION for t in found):
        return []
    span = doc.sentences[sentence]
    m = _TAKEN_FROM_HOME.search(doc.folded, span.start, span.end)
    if m is None:
        return []
    start, end = m.span("verb")
    return [
        TriggerMention(
            start=start,
            end=end,
            text=doc.text[start:end],
            sentence=sentence,
            event_type=VIOLENCE_AGAINST_CIVILIANS,
            sub_event_type=_ABDUCTION,
            target="civilians",
        )
    ]


_ABDUCTION = "Abduction/forced disappearance"
