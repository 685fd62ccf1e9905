"""English sentence templates for the benchmark article generator (written for this project).

Placeholders: {place} {place2} {region} {when} {toll} {toll_words} {n} {n_words}
{attacker} {army} {russians} {victims} {outlet} {year} {city} {month}. Every actor phrase
contains an alias of the packaged actor lexicon (checked by ``benchmarks.generate``).
"""

from __future__ import annotations

ATTACKERS = (
    "JNIM militants",
    "JNIM",
    "fighters of the Group for Support of Islam and Muslims",
    "Islamic State Sahel Province",
    "Islamic State militants",
    "ISGS",
    "Katiba Macina",
    "gunmen",
    "unidentified gunmen",
    "suspected jihadists",
    "men on motorbikes",
    "Dozo hunters",
    "Dozo militiamen",
)
ARMY = ("Malian soldiers", "the Malian army", "FAMa", "Malian troops", "Malian armed forces")
RUSSIANS = ("Wagner mercenaries", "Russian paramilitaries", "Africa Corps", "Russian troops")
VICTIMS = ("civilians", "villagers", "herders", "traders", "passengers", "gold miners")
OUTLETS = ("Sahel Wire", "West Africa Desk", "Niger River Press", "Sahel Monitor")
CITIES = ("BAMAKO", "MOPTI", "GAO", "SEGOU", "TIMBUKTU", "SEVARE")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WHEN = ("on {weekday}", "late on {weekday}", "on {weekday} night", "on {month} {day}")

HEADLINES = (
    "Gunmen kill {toll} {victims} in attack on {place} in {region}",
    "Mali: {toll} dead as jihadists raid village of {place}",
    "Malian army says it repelled attack near {place}, {toll} killed",
    "Drone strike near {place} kills {toll}, residents say",
    "At least {toll} killed in clashes between army and militants in central Mali",
    "Roadside bomb hits convoy near {place} in northern Mali",
)

LEADS = (
    "{dateline} {attacker} killed at least {toll} {victims} in an attack on the village of "
    "{place} in Mali's {region} region {when}, local officials said.",
    "{dateline} At least {toll_words} {victims} were killed {when} when {attacker} stormed "
    "{place}, a village in the {region} region, residents and a local official said.",
    "{dateline} {army} said they repelled an attack by {attacker} on their position in {place} "
    "{when}, killing {toll} assailants, while {n} soldiers were killed.",
    "{dateline} A drone strike {when} near {place} in central Mali killed {toll} people, "
    "most of them {victims} attending a weekly market, two residents told {outlet}.",
    "{dateline} {army} and {attacker} clashed {when} near {place}, in the {region} region, "
    "leaving {toll} dead on both sides, according to security sources.",
    "{dateline} A vehicle carrying {victims} struck an improvised explosive device {when} "
    "on the road between {place} and {place2}, killing {toll} people, a health worker said.",
)

DETAILS = (
    "The attackers arrived on dozens of motorbikes shortly before dawn and fired on residents "
    "before setting fire to houses and granaries, a resident of {place} said.",
    "{n_words_cap} people were wounded and taken to the health centre in {place2}, "
    "according to a medical source.",
    "The toll could rise, a local elected official said, as several people are still missing "
    "after the attack on {place}.",
    "Separately, {attacker} abducted {n} {victims} on the road to {place2} {when}, relatives said.",
    "In a statement, {army} said {toll_words} terrorists had been neutralised and that "
    "motorbikes and weapons were recovered near {place2}.",
    "{russians} took part in the operation around {place}, two security sources said, "
    "speaking on condition of anonymity.",
    "{attacker} claimed responsibility for the attack on {place} in a message posted on "
    "social media, saying it had killed {toll} soldiers.",
    "Residents said {n} {victims} were shot dead near the well outside {place2} the same day.",
    "Shops in {place} stayed closed on the following day and many families left for "
    "{place2}, according to a local councillor.",
    "The army sent reinforcements to {place} from {place2}, a security source said, adding "
    "that the area had been combed without result.",
    "A local human rights group said it had documented the names of {n_words} victims and "
    "called for an independent investigation.",
)

QUOTES = (
    '"We buried {n_words} people this morning. Everyone is afraid," a resident of {place} said '
    "by telephone.",
    '"The situation is under control and the search operations continue," an army spokesman said.',
    '"They came on motorbikes and shot at anyone who ran," said a herder who fled to {place2}.',
    '"We have asked the authorities for protection many times," said a community leader '
    "from the {region} region.",
    '"Nobody can reach the fields any more," said a farmer who now lives in {city_title}.',
)

BACKGROUND = (
    "Mali has been fighting jihadist groups linked to al Qaeda and the Islamic State since "
    "2012, when Tuareg separatists and Islamist fighters took control of the north.",
    "The violence spread from the north to the centre of the country in 2015 and to "
    "neighbouring Burkina Faso and Niger, killing thousands and displacing millions.",
    "The ruling military, which seized power in coups in 2020 and 2021, expelled French "
    "troops and turned to Russia for security support.",
    "Human rights groups have accused the army and its Russian allies of abuses against "
    "civilians in the {region} region, accusations the authorities reject.",
    "The United Nations peacekeeping mission withdrew from Mali at the end of 2023 at the "
    "request of the transitional government.",
    "Attacks on civilians in central Mali have increased since {year}, according to "
    "humanitarian organisations working in the area around {place2}.",
    "The road linking {place2} to {city_title} has been cut for months, and food prices in "
    "local markets have doubled, traders said.",
    "Many residents of villages around {place} have fled to the towns of the {region} region "
    "in recent years, aid workers said.",
    "Self-defence militias formed by farming communities have been accused of reprisals "
    "against herders, fuelling cycles of violence in the region.",
    "Schools in much of the {region} region have been closed for years because of insecurity, "
    "according to the education ministry.",
    "Armed groups regularly impose blockades on towns, cutting off supplies of fuel and food "
    "to tens of thousands of people.",
    "Analysts say the withdrawal of foreign forces left a security vacuum that armed groups "
    "have exploited across the Sahel since {year}.",
    "The government rarely publishes casualty figures, and independent verification is "
    "difficult because access to the area is restricted and telephone networks are often down.",
    "Local leaders in {place2} have tried to negotiate local truces with armed groups, "
    "agreements that allow farmers to reach their fields in exchange for payments.",
    "Aid agencies say more than 370,000 people are internally displaced in Mali and that "
    "humanitarian needs in the {region} region are among the highest in the country.",
    "Fuel shortages caused by attacks on tanker trucks have hit transport and electricity "
    "supply in {city_title} and other towns in recent months.",
    "The army says it has stepped up air and ground operations and regularly announces that "
    "it has neutralised terrorists, figures that cannot be verified independently.",
    "Mali, Burkina Faso and Niger, all led by military governments, formed the Alliance of "
    "Sahel States and announced their withdrawal from the regional bloc ECOWAS.",
    "Gold mining sites in the region attract thousands of workers, and armed groups have "
    "fought for control of several of them since {year}.",
    "Weekly markets, a lifeline for herders and farmers, have been suspended in several "
    "communes of the {region} region because of insecurity.",
)

CAPTIONS = (
    "Photo: Soldiers on patrol near {place2} in {year}. (File photo)",
    "Photo: A market in {city_title}, {month} {year}.",
    "Displaced families at a camp in {city_title}. Photo: Sahel Monitor",
)

BOILERPLATE = (
    "Read more: Mali's long war in the Sahel explained",
    "(Reporting by {city_title} newsroom; Editing by the Africa desk)",
    "Subscribe to our newsletter for daily news from the Sahel.",
    "Related: Jihadist blockade tightens around towns in central Mali",
    "Share this article",
)

BYLINES = ("By Staff Reporter", "By our correspondent in {city_title}", "")
DATELINE = "{city}, {month} {day} ({outlet}) -"

NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def number_words(n: int) -> str:
    """English words for 0 to 99 ("forty-two")."""
    if n < 20:
        return NUMBER_WORDS[n]
    tens, units = divmod(n, 10)
    return TENS[tens] + (f"-{NUMBER_WORDS[units]}" if units else "")
