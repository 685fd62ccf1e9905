"""French sentence templates for the benchmark article generator (written for this project).

Same placeholders as ``templates_en``; verbs after {attacker} agree with it through
{a_tue} {a_attaque} {a_revendique} {a_enleve}. Army and Russian phrases are all plural.
"""

from __future__ import annotations

# (phrase, plural): the verb after an attacker agrees with it.
ATTACKERS = (
    ("le JNIM", False),
    ("les jihadistes du JNIM", True),
    ("le GSIM", False),
    ("l'État islamique au Sahel", False),
    ("des combattants de l'EIGS", True),
    ("la katiba Macina", False),
    ("des hommes armés non identifiés", True),
    ("des individus armés", True),
    ("des présumés jihadistes", True),
    ("des chasseurs dozos", True),
    ("des hommes armés", True),
)
ARMY = ("les FAMa", "les Forces armées maliennes", "les soldats maliens", "les militaires maliens")
RUSSIANS = ("les paramilitaires russes", "les éléments d'Africa Corps", "les mercenaires russes")
VICTIMS = ("civils", "villageois", "éleveurs", "commerçants", "passagers", "orpailleurs")
VERBS = {
    "a_tue": ("a tué", "ont tué"),
    "a_attaque": ("a attaqué", "ont attaqué"),
    "a_revendique": ("a revendiqué", "ont revendiqué"),
    "a_enleve": ("a enlevé", "ont enlevé"),
}
OUTLETS = ("Agence Sahel Info", "L'Écho du Niger", "Radio Delta", "Le Veilleur de Bamako")
CITIES = ("BAMAKO", "MOPTI", "GAO", "SÉGOU", "TOMBOUCTOU", "SÉVARÉ")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
WHEN = ("{weekday}", "dans la nuit de {weekday}", "{weekday} matin", "le {day} {month}")

HEADLINES = (
    "Mali : {toll} {victims} tués dans une attaque contre {place}",
    "Région de {region} : au moins {toll} morts lors d'une attaque jihadiste à {place}",
    "Les FAMa repoussent une attaque terroriste près de {place}",
    "Frappe de drone près de {place} : {toll} morts selon des habitants",
    "Centre du Mali : affrontements meurtriers entre l'armée et des jihadistes",
    "Un engin explosif frappe un véhicule entre {place} et {place2}",
)

LEADS = (
    "{dateline} Au moins {toll} {victims} ont été tués {when} lors d'une attaque contre le "
    "village de {place}, dans la région de {region}, selon des sources locales.",
    "{dateline} {attacker_cap} {a_attaque} {when} le village de {place}, dans la région de "
    "{region}, et {a_tue} {toll_words} {victims}, ont indiqué des élus locaux.",
    "{dateline} {army_cap} ont repoussé {when} une attaque contre leur poste de {place}, "
    "neutralisant {toll} assaillants ; {n} soldats ont perdu la vie.",
    "{dateline} Une frappe de drone a tué {toll} personnes {when} près de {place}, dans le "
    "centre du Mali, ont rapporté deux habitants joints par {outlet}.",
    "{dateline} De violents affrontements ont opposé {when} {army} à {attacker} près de "
    "{place}, faisant {toll} morts, selon des sources sécuritaires.",
    "{dateline} Un véhicule transportant des {victims} a sauté sur un engin explosif "
    "improvisé {when} sur l'axe {place}-{place2}, faisant {toll} morts, selon un agent de santé.",
)

DETAILS = (
    "Les assaillants, arrivés à moto peu avant l'aube, ont ouvert le feu sur les habitants "
    "avant d'incendier des maisons et des greniers, a raconté un habitant de {place}.",
    "{n_words_cap} blessés ont été évacués vers le centre de santé de {place2}, selon une "
    "source médicale.",
    "Le bilan pourrait s'alourdir, a prévenu un élu local, plusieurs personnes étant "
    "toujours portées disparues après l'attaque de {place}.",
    "Par ailleurs, {attacker} {a_enleve} {n} {victims} sur la route de {place2} {when}, selon "
    "leurs proches.",
    "Dans un communiqué, l'état-major général des armées affirme que {toll_words} terroristes "
    "ont été neutralisés et que des motos et des armes ont été récupérées près de {place2}.",
    "{russians_cap} ont participé à l'opération autour de {place}, selon deux sources "
    "sécuritaires qui ont requis l'anonymat.",
    "{attacker_cap} {a_revendique} l'attaque de {place} dans un message diffusé sur les "
    "réseaux sociaux, affirmant avoir tué {toll} soldats.",
    "Selon des habitants, {n} {victims} ont été abattus près du puits à la sortie de {place2} "
    "le même jour.",
    "Les boutiques de {place} sont restées fermées le lendemain et de nombreuses familles sont "
    "parties pour {place2}, selon un conseiller communal.",
    "L'armée a dépêché des renforts à {place} depuis {place2}, selon une source sécuritaire, "
    "qui précise que la zone a été ratissée sans résultat.",
    "Une association locale de défense des droits humains dit avoir recensé {n_words} victimes "
    "et réclame une enquête indépendante.",
)

QUOTES = (
    "« Nous avons enterré {n_words} personnes ce matin. Tout le monde a peur », a confié un "
    "habitant de {place} joint par téléphone.",
    "« La situation est sous contrôle et les opérations de ratissage se poursuivent », a "
    "déclaré un porte-parole de l'armée.",
    "« Ils sont venus à moto et ont tiré sur tous ceux qui fuyaient », raconte un éleveur "
    "réfugié à {place2}.",
    "« Nous avons demandé plusieurs fois la protection des autorités », déplore un notable "
    "de la région de {region}.",
    "« Plus personne ne peut aller aux champs », dit une cultivatrice installée à {city_title}.",
)

BACKGROUND = (
    "Le Mali est confronté depuis 2012 à l'action de groupes jihadistes affiliés à Al-Qaïda "
    "et à l'organisation État islamique, ainsi qu'à des violences intercommunautaires.",
    "Parties du nord du pays, les violences se sont étendues au centre puis au Burkina Faso "
    "et au Niger voisins, faisant des milliers de morts et des millions de déplacés.",
    "Les militaires au pouvoir depuis les coups d'État de 2020 et 2021 ont rompu avec la "
    "France et se sont tournés vers la Russie.",
    "Des organisations de défense des droits humains accusent l'armée et ses partenaires "
    "russes d'exactions contre des civils dans la région de {region}, ce que les autorités "
    "démentent.",
    "La mission des Nations unies a quitté le Mali fin 2023 à la demande des autorités de la "
    "Transition.",
    "Les attaques contre les civils se sont multipliées depuis {year} autour de {place2}, "
    "selon les organisations humanitaires présentes dans la zone.",
    "La route reliant {place2} à {city_title} est coupée depuis des mois et les prix des "
    "denrées ont doublé sur les marchés, selon des commerçants.",
    "De nombreux habitants des villages autour de {place} ont fui vers les villes de la région "
    "de {region} ces dernières années, selon des humanitaires.",
    "Des milices d'autodéfense formées par des communautés d'agriculteurs sont accusées de "
    "représailles contre des éleveurs, alimentant un cycle de violences.",
    "Dans une grande partie de la région de {region}, les écoles sont fermées depuis des "
    "années en raison de l'insécurité, selon le ministère de l'Éducation.",
    "Les groupes armés imposent régulièrement des blocus aux localités, privant des dizaines "
    "de milliers de personnes de carburant et de vivres.",
    "Pour les analystes, le départ des forces étrangères a laissé un vide sécuritaire que les "
    "groupes armés exploitent dans tout le Sahel depuis {year}.",
    "Les autorités publient rarement des bilans, et toute vérification indépendante est "
    "difficile : l'accès à la zone est restreint et le réseau téléphonique souvent coupé.",
    "Des notables de {place2} ont tenté de négocier des accords locaux avec les groupes armés, "
    "permettant aux paysans d'accéder à leurs champs contre paiement.",
    "Selon les agences humanitaires, plus de 370 000 personnes sont déplacées à l'intérieur du "
    "Mali, et les besoins dans la région de {region} figurent parmi les plus élevés du pays.",
    "Les pénuries de carburant provoquées par les attaques contre les camions-citernes "
    "pèsent sur les transports et l'électricité à {city_title} depuis plusieurs mois.",
    "L'armée affirme avoir intensifié ses opérations aériennes et terrestres et annonce "
    "régulièrement la neutralisation de terroristes, des chiffres invérifiables.",
    "Le Mali, le Burkina Faso et le Niger, dirigés par des militaires, ont formé l'Alliance "
    "des États du Sahel et annoncé leur retrait de la Cédéao.",
    "Les sites d'orpaillage de la région attirent des milliers de travailleurs, et les "
    "groupes armés s'en disputent le contrôle depuis {year}.",
    "Les foires hebdomadaires, vitales pour les éleveurs et les cultivateurs, sont suspendues "
    "dans plusieurs communes de la région de {region} en raison de l'insécurité.",
)

CAPTIONS = (
    "Photo : des soldats en patrouille près de {place2} en {year}. (Archives)",
    "Un marché de {city_title}, en {month} {year}. Photo d'illustration",
    "Des familles déplacées dans un camp à {city_title}. Crédit photo : Radio Delta",
)

BOILERPLATE = (
    "Lire aussi : Au Sahel, une guerre sans fin",
    "Abonnez-vous à notre lettre d'information pour suivre l'actualité du Sahel.",
    "À lire également : le blocus se resserre autour des villes du centre",
    "Partager cet article",
    "Avec notre correspondant à {city_title}",
)

BYLINES = ("Par notre correspondant", "Par la rédaction", "")
DATELINE = "{city}, {day} {month} ({outlet}) -"

UNITS = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
)
TENS = ("", "", "vingt", "trente", "quarante", "cinquante", "soixante")


def number_words(n: int) -> str:
    """French words for 0 to 99 ("soixante et onze", "quatre-vingt-deux")."""
    if n < 20:
        return UNITS[n]
    if n >= 80:
        rest = n - 80
        return "quatre-vingts" if rest == 0 else f"quatre-vingt-{number_words(rest)}"
    tens, units = divmod(n, 10)
    if tens == 7:
        tens, units = 6, units + 10
    if units == 0:
        return TENS[tens]
    if units in (1, 11):
        return f"{TENS[tens]} et {UNITS[units]}"
    return f"{TENS[tens]}-{UNITS[units]}"
