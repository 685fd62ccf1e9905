"""What a place name does in its sentence, read from the words around it: the town an
event happened in or near, the region that contains it, the road it lay on, the town a
speaker talks from, the town people fled to. Event and near places locate an event;
reference points, roads and journeys' ends place it near them when nothing else does
(places.py finds the names; events/grouping.py and assemble.py use their roles)."""

from __future__ import annotations

import re

ROLE_EVENT, ROLE_NEAR, ROLE_CONTAINER, ROLE_REFERENCE = "event", "near", "container", "reference"
ROLE_AREA, ROLE_ROUTE, ROLE_ITINERARY = "area", "route", "itinerary"
ROLE_ATTRIBUTION, ROLE_DESTINATION, ROLE_DATELINE = "attribution", "destination", "dateline"
EXCLUDED_ROLES = frozenset({ROLE_ATTRIBUTION, ROLE_DESTINATION, ROLE_DATELINE})

# "the mayor of the nearby town of Bankass", "un élu de Boni": a speaker's town.
_ATTRIBUTION_BEFORE = re.compile(
    r"\b(?:mayor|governor|prefect|sub-prefect|deputy|member\s+of\s+parliament|mp|"
    r"native|official|elected|maire|gouverneur|prefet|sous-prefet|depute|elu|"
    r"originaires?|ressortissants?|president)\b[^.;:]{0,30}$"
    # "un responsable du syndicat des transporteurs de Douentza" speaks for its town
    r"|\b(?:syndicat|association|union|collectif|federation|coordination|cooperative)\b[^.;:]{0,30}$"
    # "l'outil principal de Bamako", "la stratégie de Bamako": the capital for its government
    r"|\b(?:outils?|strategie|strategy|tactique|tactics|doctrine|choix|pouvoir|regime|junte|"
    r"junta|diplomatie)\s+(?:\w+\s+)?(?:de|d'|of)\s*$"
    # "selon un communiqué du gouvernorat de Sikasso", "a statement from the governorate of
    # Tahoua": the seat of the authority that tells the toll
    r"|\b(?:communique|statement|declaration|selon\s+le|according\s+to\s+the)\s+"
    r"(?:du\s+|of\s+the\s+|from\s+the\s+)?(?:gouvernorat|governorate)\s+"
    r"(?:de\s+la\s+region\s+)?(?:de|du|d'|of)\s*(?:the\s+)?$"
)
# An official who is the victim is hit where he serves: "abducted the deputy mayor of
# Tidermène", "le maire de Boni a été enlevé".
_HIT = (
    r"(?:abducted|kidnapped|killed|shot|murdered|assassinated|executed|seized|enleve|kidnappe|"
    r"tue|assassine|abattu|execute|enlevement|assassinat|meurtre|kidnapping|abduction|killing|"
    r"murder)"
)
_OFFICIAL_HIT_BEFORE = re.compile(
    rf"\b{_HIT}s?\s+(?:of\s+)?(?:the|a|an|le|la|l'|un|une|du|de\s+la)?\s*(?:[\w-]+\s+){{0,2}}"
    r"(?:mayor|governor|prefect|sub-prefect|deputy|official|maire|gouverneur|prefet|sous-prefet|"
    r"depute|elu)s?\s+(?:of|de|du|d')\s*$"
)
# "an air strike hit a hospital in Kidal": the place of a facility that was attacked
_FACILITY_HIT = re.compile(
    rf"\b(?:{_HIT}|attack\w*|struck|hit|shelled|bombed|stormed|attaqu\w*|frapp\w*|vise\w*|"
    r"cible\w*|bombard\w*)\b[^.;]{0,30}\b(?:hospital|hopital|clinic|clinique)"
)
_OFFICIAL_HIT_AFTER = re.compile(
    rf"\s*(?:,[^,.;]{{0,40}},)?\s*(?:was|were|has\s+been|have\s+been|a\s+ete|ont\s+ete)\s+"
    rf"(?:\w+\s+)?{_HIT}"
)
# "a humanitarian worker in Menaka", "un journaliste à Gao": where a source is.
_SOURCE_IN = re.compile(
    r"\b(?:(?:worker|source|journalist|correspondent|spokesman|spokesperson|doctor|nurse|"
    r"teacher|elder|witness|representative|activist|leader|lawmaker|employee|"
    # "a security analyst based in Niamey": where an expert speaks from
    r"researcher|analyst|expert|academic|chercheur|analyste|universitaire|"
    r"travailleur|humanitaire|journaliste|correspondant|porte-parole|medecin|infirmier|"
    r"enseignant|temoin|representant|responsable|agent|"
    # "China's embassy in Bamako confirmed the kidnapping", "a hospital in Bandiagara
    # treated 12 wounded"
    r"embassy|ambassade|consulate|consulat|hospital|hopital|clinic|clinique)s?(?:\s+[a-z]+)?"
    # one trader speaks from his town; "traders in Ansongo closed their shops" act there,
    # "des commerçants de Gao" come from there
    r"|(?:a|one|un|une)\s+(?:trader|commercant))\s+(?:based\s+)?"
    r"(?:in|at|from|of|a|de|du|d')\s+(?:the\s+(?:town|city)\s+of\s+|la\s+ville\s+de\s+)?$"
    r"|\b(?:trader|commercant)s?\s+(?:from|of|de|du|d')\s+$"
)
_DESTINATION_BEFORE = re.compile(
    r"\b(?:fled|flee|fleeing|escaped|evacuated|taken|transported|transferred|moved|headed|returned|"
    r"retreated|withdrew|displaced\s+(?:to|towards|into)|sought\s+refuge|fui|fuient|fuir|refugies?|evacues?|transportes?|"
    # where supplies were going: "a convoy carrying supplies to the town of Boni"
    r"carrying|delivering|bringing|supplying|escorting|acheminant|transportant|ravitailler|"
    r"transferes?|conduits?|retournes?|replies?|en\s+direction|direction|"
    # where survivors now live: "a farmer who now sleeps in a school in Diapaga"
    r"(?:sleeps|sleeping|stays|staying|sheltering|dort|dorment|loge|logent)|"
    # "ont quitté les campements pour rejoindre la ville de Ménaka"
    r"pour\s+(?:rejoindre|regagner|rallier)|"
    # where the displaced are now: "des centaines de déplacés à Tougan"
    r"deplace(?:e|s|es)?(?=\s+(?:a|au|vers|dans)\s)|"
    # where help came from is not where the fighting was: "helicopters from Timbuktu"
    r"venu(?:e|s|es)?\s+de|en\s+provenance\s+de|sent\s+from|dispatched\s+from|flown\s+in\s+from|"
    # where goods came from: "escorting fuel tankers from the border town of Nara"
    r"(?:tankers|trucks|lorries|convoys?|citernes|camions|convois?)\s+(?:\w+\s+)?(?:from|de|du|d')"
    r"\s+(?:the\s+(?:border\s+)?(?:town|city)\s+of\s+|la\s+ville\s+(?:frontaliere\s+)?de\s+)?|"
    # where a column or a coach set off from: "la colonne partie d'Anefis", "le car, parti
    # de Bamako dans la matinée, a essuyé des tirs"
    r"(?:colonnes?|convois?|patrouilles?|renforts|troupes|columns?|convoys?|patrols?|reinforcements|"
    r"vehicules?|vehicles?|cars|car|bus|buses|minibus|camions?|trucks?)"
    r",?\s+(?:[\w'-]+\s+){0,2}(?:parti(?:e|s|es)?\s+(?:de|du|d(?='))|(?:that|which)\s+(?:set\s+"
    r"off|departed|had\s+left|left)\s+(?:from\s+)?)|"
    # "the convoy of some 40 vehicles had set out from Douentza" (not "ambushed after it
    # set out from Gao", near the town it had just left)
    r"(?<!after\s)(?<!after\sit\s)(?<!after\sthey\s)(?:had\s+)?(?:set\s+(?:out|off)|departed)"
    r"(?=\s+from\s)|"
    # where supplies arrived after the fight: "the army said the convoy had reached Djibo"
    # (not a column: "the column reached Sokolo, where soldiers detained seven herders")
    r"(?:convois?|convoys?)\s+(?:[\w'-]+\s+){0,2}?(?:(?:had|has)\s+)?"
    r"(?:reached|arrived\s+(?:in|at)|made\s+it\s+to|(?:a|ont|avait|avaient)\s+(?:atteint|rallie|"
    r"rejoint)|(?:est|sont|etait|etaient)\s+arrive(?:e|s|es)?\s+a))"
    r"\b[^.;:]{0,25}$"
)
# "the wounded were taken to the health centre in Bankass", "évacué au centre de santé de
# référence de San": where the wounded are cared for, not where they were hurt
_CARED_FOR_IN = re.compile(
    r"\b(?:taken|evacuated|transported|transferred|rushed|flown|admitted|treated|"
    r"(?:evacue|transporte|transfere|achemine|soigne)(?:e|s|es)?|admis|admises?|charge)\b"
    r"[^.;:]{0,50}\b(?:hospitals?|health\s+(?:cent(?:re|er)|post)s?|clinics?|hopita(?:l|ux)|"
    r"centres?\s+de\s+sante|cscom|csref)\b[^.;:]{0,35}$"
    # the verb too far back: "taken by boat and cart to the health centre in Ténenkou"
    r"|\b(?:to|into|au|aux|vers)\s+(?:the\s+|l'|la\s+|le\s+)?(?:\w+\s+)?"
    r"(?:hospital|health\s+(?:cent(?:re|er)|post)|clinic|hopital|centre\s+de\s+sante|cscom|csref)"
    r"\b[^.;:]{0,30}\b(?:in|at|of|de|du|d')\s+$"
)
# "Gao : six civilians killed near Bourem": a place opening a sentence as its label
_LABEL_AFTER = re.compile(r"^\s?:\s")
_NEAR_BEFORE = re.compile(
    r"\b(?:near|outskirts\s+of|vicinity\s+of|close\s+to|not\s+far\s+from|around|outside|"
    r"area\s+of|(?:rural\s+|urban\s+)?commune\s+of|pres\s+de|non\s+loin\s+de|"
    r"aux\s+environs\s+de|environs\s+de|a\s+la\s+peripherie\s+de|dans\s+la\s+zone\s+de|"
    r"secteur\s+de|(?:la\s+)?commune\s+(?:rurale\s+|urbaine\s+)?(?:de|d'))\s+"
    r"(?:the\s+(?:town|village)\s+of\s+|la\s+(?:ville|localite)\s+de\s+|l'|la\s+|le\s+)?$"
    # elided: "près d'Arbinda"
    r"|\b(?:pres|non\s+loin|aux\s+environs|a\s+la\s+peripherie)\s+d'$"
)
# The ends of a road ("the road linking the town to Gao"), the places something lies
# between, an appositive capital: they say where something is, not where it happened.
_ROUTE_BEFORE = re.compile(
    r"\b(?:road|route|highway|axis|axe|track|piste)\b[^.;:]{0,45}$"
    r"|\bcapital,\s+$|\bcapitale,\s+$|\bbetween\s+(?:\S+\s+and\s+)?$|\bentre\s+(?:\S+\s+et\s+)?$"
)
# A journey's ends ("a bus travelling from Gao to Mopti", "qui reliait Gao à Mopti"): the
# last resort for where it happened, after the places it happened between.
_ITINERARY_BEFORE = re.compile(
    r"\b(?:travell?ing|driving|heading|going|bound|on\s+its\s+way|en\s+route|allait|allaient|"
    r"se\s+rendait|se\s+rendaient|"
    r"circulait|en\s+provenance|reliant|reliait|reliaient|relie|relient|relier|desservant|"
    r"linking|connecting|connects|plying)\b[^.;:]{0,40}$"
)
# "200 km north of Bamako": a reference point, the event happened near it.
_REFERENCE_BEFORE = re.compile(
    r"\b(?:km|kms|kilomet(?:re|er)s?|miles?)\s+(?:[\w()]+\s+){0,4}(?:(?:of|from|de|du)\s+|d')"
    r"(?:the\s+(?:town|city|capital)\s+(?:of\s+)?|la\s+ville\s+de\s+|la\s+capitale\s+)?$"
    r"|\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+"
    r"(?:the\s+(?:town|city|capital)\s+(?:of\s+)?)?$"
    r"|\bau\s+(?:nord|sud|est|ouest)(?:-\w+)?\s+(?:(?:de|du)\s+|d')(?:la\s+ville\s+de\s+)?$"
)
# "a day before the assault on Makalondi", "deux jours après l'attaque de Boulkessi": the
# place of another event, named to date this one
_OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:days?|weeks?|hours?|veille|lendemain|jours?|semaines?|heures?)\s+"
    r"(?:before|after|avant|apres)\s+(?:the|l'|la|le|les)\s*[\w-]+\s+"
    r"(?:on|in|at|of|against|contre|de|du|a|sur)\s+(?:the\s+(?:town|village)\s+of\s+)?$"
)
_AFTER_NEAR = re.compile(r"^\s*(?:outskirts|axis|axe)\b")
# "the Bandiagara area", "le plateau de Bandiagara": a stretch of country, not a town
_AREA = re.compile(
    r"^\s*(?:area|zone|plateau|plain|plains|forest|valley|escarpment|cliffs?|"
    r"district|sector|region)\b"
)
_FACILITY_AFTER = re.compile(r"\s+(?:airport|airfield|camp|base|garrison|aeroport|aerodrome)\b")
_AREA_BEFORE = re.compile(
    r"\b(?:zone|plateau|plaine|foret|vallee|falaise|region|"
    r"area)\s+(?:de|du|des|d'|of)\s+(?:la\s+|l')?$"
    # "its hold over the countryside around Ménaka": a stretch of country, not the town
    r"|\b(?:countryside|villages|campagnes?|brousse|areas?|zones?)\s+(?:around|autour\s+(?:de|d'))\s*$"
)
# "the region of Mopti", "cercle de Bankass" / "Mopti region", "Bankass circle"
_CONTAINER_BEFORE = re.compile(
    r"\b(?:region|province|cercle|circle|district|prefecture|department|departement)s?"
    r"(?:\s+(?:voisin|voisine|limitrophe|frontalier|frontaliere))?"  # "le cercle voisin de"
    r"(?:\s+(?:of|de|du|d'))?\s*(?:(?<=de\s)(?:la\s+|l'))?$"  # "la province de la Tapoa"
    # the second of two: "les régions de Ségou et de Mopti"
    r"|\b(?:regions|provinces|cercles|circles|districts)\s+(?:of|de|du|d')\s*[\w'-]+"
    r"\s+(?:et|and)\s+(?:de\s+|du\s+|d')?$"
    # "Kobadi, in the commune of Nampala": a commune after a named village contains it
    r"|[,(]\s*(?:dans|in)\s+(?:la\s+|the\s+)?(?:rural\s+|urban\s+)?commune\s+(?:de|of|d')\s*$"
)
_CONTAINER_AFTER = re.compile(
    r"^\s*(?:region|province|cercle|circle|district|department|departement|prefecture|commune)\b"
)


# What a name does, by the words before it and after it: the first role whose patterns
# find something wins, and the later ones are not searched. Each pattern searching the words
# before a name comes with the words one of which any of its matches contains as a whole
# word (a run of \w): most names have none of them before them, and a set lookup per word
# is much cheaper than a regex search at every character. Keep them in step with the
# patterns.
_Gated = tuple[re.Pattern[str], frozenset[str]]


def _words(*words: str) -> frozenset[str]:
    return frozenset(w for group in words for w in group.split())


def _plurals(*words: str) -> frozenset[str]:
    return frozenset(w + s for group in words for w in group.split() for s in ("", "s"))


_ROLE_CHECKS: tuple[tuple[str, tuple[_Gated, ...], tuple[re.Pattern[str], ...]], ...] = (
    (
        ROLE_ATTRIBUTION,
        (
            (
                _ATTRIBUTION_BEFORE,
                _words(
                    "mayor governor prefect deputy member mp native official elected maire",
                    "gouverneur prefet depute elu originaire ressortissant president",
                    "originaires ressortissants",
                    "syndicat association union collectif federation coordination cooperative",
                    "outil outils strategie strategy tactique tactics doctrine choix pouvoir",
                    "regime junte junta diplomatie",
                    "gouvernorat governorate",
                ),
            ),
            (
                _SOURCE_IN,
                _plurals(
                    "worker source journalist correspondent spokesman spokesperson doctor nurse",
                    "teacher elder witness representative activist leader lawmaker employee",
                    "travailleur humanitaire journaliste correspondant porte medecin infirmier",
                    "enseignant temoin representant responsable agent trader commercant",
                    "embassy ambassade consulate consulat hospital hopital clinic clinique",
                    "researcher analyst expert academic chercheur analyste universitaire",
                ),
            ),
        ),
        (),
    ),
    (
        ROLE_DESTINATION,
        (
            (
                _DESTINATION_BEFORE,
                _words(
                    "fled flee fleeing escaped evacuated taken transported transferred moved",
                    "headed returned retreated withdrew displaced sought fui fuient fuir",
                    "carrying delivering bringing supplying escorting acheminant transportant",
                    "ravitailler direction venu venue venus venues provenance sent dispatched",
                    "flown rejoindre regagner rallier colonne colonnes convoi convois patrouille",
                    "deplace deplacee deplaces deplacees",
                    "sleeps sleeping stays staying sheltering dort dorment loge logent",
                    "patrouilles renforts troupes column columns convoy convoys patrol patrols",
                    "reinforcements tankers trucks lorries citernes camions camion truck",
                    "set departed",
                    "vehicule vehicules vehicle vehicles car cars bus buses minibus",
                )
                | _plurals("refugie evacue transporte transfere conduit retourne replie"),
            ),
            (
                _CARED_FOR_IN,
                _words(
                    "taken evacuated transported transferred rushed flown admitted treated",
                    "admis admise admises charge to into au aux vers",
                )
                | frozenset(
                    w + e
                    for w in _words("evacue transporte transfere achemine soigne")
                    for e in ("", "e", "s", "es")
                ),
            ),
        ),
        (),
    ),
    (
        ROLE_CONTAINER,
        (
            (
                _CONTAINER_BEFORE,
                _words(
                    "region province cercle circle district prefecture department departement",
                    "regions provinces cercles circles districts prefectures departments",
                    "departements",
                    "commune",
                ),
            ),
        ),
        (_CONTAINER_AFTER,),
    ),
    (
        ROLE_AREA,
        (
            (
                _AREA_BEFORE,
                _words(
                    "zone plateau plaine foret vallee falaise region area",
                    "countryside villages campagne campagnes brousse areas zones",  # "... around"
                ),
            ),
        ),
        (_AREA,),
    ),
    (
        ROLE_REFERENCE,
        (
            (
                _REFERENCE_BEFORE,
                _words("km kms kilometre kilometres kilometer kilometers mile miles")
                | frozenset(
                    d + e
                    for d in _words("north south east west northeast northwest southeast southwest")
                    for e in ("", "ern")
                )
                | _words("nord sud est ouest"),  # "au nord de"
            ),
            (_OTHER_EVENT_BEFORE, _words("before after avant apres")),
        ),
        (),
    ),
    (
        ROLE_ITINERARY,
        (
            (
                _ITINERARY_BEFORE,
                _words(
                    "traveling travelling driving heading going bound way route allait rendait",
                    "allaient rendaient",
                    "circulait provenance reliant reliait reliaient relie relient relier",
                    "desservant linking connecting connects plying",
                ),
            ),
        ),
        (),
    ),
    (
        ROLE_ROUTE,
        (
            (
                _ROUTE_BEFORE,
                _words("road route highway axis axe track piste capital capitale between entre"),
            ),
        ),
        (),
    ),
    (
        ROLE_NEAR,
        (
            (
                _NEAR_BEFORE,
                _words(
                    "near outskirts vicinity close far around outside area commune pres loin",
                    "environs peripherie zone secteur",
                ),
            ),
        ),
        (_AFTER_NEAR,),
    ),
)
_ROLE_WORDS = frozenset().union(*(gate for _, gated, _ in _ROLE_CHECKS for _, gate in gated))
_TOKEN = re.compile(r"\w+")


MAX_LOOKBACK = 45  # characters before a name that tell its role
# "interviews with survivors and officials conducted in Dori, Kaya and Ouagadougou",
# "entretiens menés à Mopti et à Bamako": where a report's witnesses were heard
_INTERVIEWED_IN = re.compile(
    r"\b(?:interview(?:s|ed)?|entretiens?|temoignages?)\b[^.;:]{0,90}?"
    r"\b(?:conducted|carried\s+out|held|menes|realises|conduits|recueillis)\s+(?:in|at|a|en)\s+"
    r"(?:[\w'-]+(?:\s*,\s*|\s+(?:and|et)\s+)(?:a\s+|in\s+)?)*$"
)
_INTERVIEW_LOOKBACK = 150
# "blessés évacués vers le Centre médical avec antenne chirurgicale de Tougan": a long
# facility name between the verb and the town, past MAX_LOOKBACK
_CARED_FOR_FAR = re.compile(
    r"\b(?:evacue\w*|transporte\w*|transfere\w*|achemine\w*|admis\w*|taken|evacuated|"
    r"transferred|rushed|admitted)\s+(?:to|into|vers|au|aux|a|dans)\s+(?:the\s+|l'|la\s+|le\s+)?"
    r"(?:hospital|health\s+cent(?:re|er)|clinic|hopital|centre\s+(?:medical|de\s+sante)|"
    r"cscom|csref|cma)\b[^.;:]{0,50}?\b(?:in|at|of|de|du|d')\s+$"
)
# a facility named by its town: "taken to the Diabaly health centre"
_CARE_NAMED_AFTER = re.compile(
    r"\s+(?:(?:referral|regional|district|reference)\s+)?"
    r"(?:hospital|health\s+(?:cent(?:re|er)|post)|clinic|medical\s+cent(?:re|er))\b"
)
_CARRIED_TO_THE = re.compile(
    r"\b(?:brought|taken|evacuated|transferred|rushed|admitted|carried|transported|flown)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:to|into|at)\s+(?:the|a)\s+$"
)
_CARE_WORDS = ("hospital", "hopital", "centre", "center", "clinic", "cscom", "csref", "cma")


def _cared_for_there(folded: str, far: str, before: str, end: int) -> bool:
    """Is the name where the wounded or dead were taken: "évacués au centre de santé de
    référence de San", "three bodies were brought to the Diabaly health centre"?"""
    if any(w in far for w in _CARE_WORDS) and _CARED_FOR_FAR.search(far):
        return True
    return bool(_CARE_NAMED_AFTER.match(folded, end) and _CARRIED_TO_THE.search(before))


def role_in_context(folded: str, start: int, end: int, sentence_start: int) -> str:
    """The role of the name at folded[start:end] by the words before and after it (the
    dateline and a sentence's label are told apart by the caller)."""
    far = folded[max(sentence_start, start - _INTERVIEW_LOOKBACK) : start]
    if ("interview" in far or "entretien" in far or "temoignage" in far) and (
        _INTERVIEWED_IN.search(far)
    ):
        return ROLE_ATTRIBUTION
    before = folded[max(sentence_start, start - MAX_LOOKBACK) : start]
    if _cared_for_there(folded, far, before, end):
        return ROLE_DESTINATION
    after = folded[end : end + 20]
    role = _first_role(_TOKEN.findall(before), before, after)
    if role == ROLE_ATTRIBUTION and (
        _official_hit(folded, before, end) or _FACILITY_HIT.search(before)
    ):
        return ROLE_EVENT
    if role == ROLE_AREA and _FACILITY_AFTER.match(after):
        return ROLE_NEAR  # "the area of Timbuktu airport": at the town's edge
    if role == ROLE_EVENT and _journey_end(before, after):
        return ROLE_ITINERARY
    return role


# "carrying traders from Gao to Labbezanga": a journey's two ends (French "de Gao à Mopti"
# is left to the itinerary words: folded, its "à" is also "a" (has))
_FROM = re.compile(r"\bfrom\s+$")
_TO_NEXT = re.compile(r"\s+to\s+[a-z]")
_FROM_TO = re.compile(r"\bfrom\s+[\w'-]+(?:\s+[\w'-]+)?\s+to\s+$")


def _journey_end(before: str, after: str) -> bool:
    return bool((_FROM.search(before) and _TO_NEXT.match(after)) or _FROM_TO.search(before))


def labels_a_sentence(folded: str, end: int) -> bool:
    """Is the name followed by a colon ("Gao : six civilians killed near Bourem")?"""
    return bool(_LABEL_AFTER.match(folded[end : end + 20]))


def _first_role(words: list[str], before: str, after: str) -> str:
    """The first role of _ROLE_CHECKS whose patterns find something (ROLE_EVENT if none),
    given the words of the text ``before`` the name."""
    searched = not _ROLE_WORDS.isdisjoint(words)  # else no pattern before the name can match
    for role, before_patterns, after_patterns in _ROLE_CHECKS:
        if searched:
            for pattern, gate in before_patterns:
                if not gate.isdisjoint(words) and pattern.search(before):
                    return role
        for pattern in after_patterns:
            if pattern.match(after):
                return role
    return ROLE_EVENT


def _official_hit(folded: str, before: str, end: int) -> bool:
    """Is the official named with this place the one abducted or killed?"""
    return bool(
        _OFFICIAL_HIT_BEFORE.search(before) or _OFFICIAL_HIT_AFTER.match(folded, end, end + 70)
    )
