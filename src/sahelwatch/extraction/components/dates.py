"""Time expressions, resolved against the publication date and the dates the article set.

Handles stated dates ("7 August 2022", "le 1er juillet 2025"), spans ("between 27 March
and 1 April", "dans la nuit du samedi 18 au dimanche 19 juin"), weekdays ("on Monday",
"last Tuesday", "ce mardi"), relative phrases ("last week", "il y a deux jours"), months
("in September", "fin mars") and expressions anchored on an earlier date ("six days after",
"less than a fortnight earlier", "le lendemain"). A date attached to a verb of saying
("the government said on Monday") is marked as a reporting date: it dates the statement,
not the event.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from sahelwatch.extraction.components.segment import dateline_end
from sahelwatch.extraction.doc import DateMention, Doc
from sahelwatch.extraction.lexicon import load_language, speech_regex
from sahelwatch.extraction.pipeline import Component
from sahelwatch.extraction.text import (
    fold,
    phrase_alternation,
    squash_spaces,
    word_start_finditer,
)
from sahelwatch.model import TIME_DAY, TIME_MONTH, TIME_WEEK

TIME_YEAR = 4  # a year alone: cannot be placed within a month, so never an event date
_FUTURE_TOLERANCE = dt.timedelta(days=1)
_ANCHOR_REACH = 1000  # characters: "six days after" counts from a date told close before it


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    date: dt.date
    precision: int
    last: dt.date | None = None
    relative: bool = False
    anchored: bool = False  # resolved against an earlier date of the article
    weekday: int | None = None  # anchored: that weekday before the anchor ("le mardi précédent")


Handler = Callable[[re.Match[str], dt.date, "Vocabulary"], Found | None]


@dataclass(frozen=True)
class Vocabulary:
    lang: str
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    durations: dict[str, int]
    relative_days: dict[str, list[int]]
    rules: tuple[Rule, ...]
    speech: re.Pattern[str]
    cues: re.Pattern[str]  # words without which no rule can match: where to look
    # per kind of date word (month, weekday, ...), a search for it: a rule that needs
    # month or weekday names runs only on stretches holding one
    kinds: dict[str, re.Pattern[str]]
    digits: re.Pattern[str]  # a run of four digits, the cue words aside


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    handler: Handler
    needs: frozenset[str]  # kinds of date word of which the rule contains at least one
    # words of which every match holds one (a rule runs only on stretches holding one)
    words: tuple[str, ...] = ()
    gate: re.Pattern[str] | None = None  # a search that any match of the rule answers


def number_value(word: str, vocab: Vocabulary) -> int | None:
    word = word.strip()
    if word.isdigit():
        return int(word)
    return vocab.numbers.get(word)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def infer_year(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The most recent such day on or (within tolerance) after the reference date."""
    candidate = safe_date(ref.year, month, day)
    if candidate is None:
        return None
    if candidate > ref + dt.timedelta(days=7):
        return safe_date(ref.year - 1, month, day)
    return candidate


def weekday_before(ref: dt.date, weekday: int, strictly: bool) -> dt.date:
    delta = (ref.weekday() - weekday) % 7
    if strictly and delta == 0:
        delta = 7
    return ref - dt.timedelta(days=delta)


def month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _month_year(month: int, year: str | None, ref: dt.date) -> int:
    if year:
        return int(year)
    return ref.year if month <= ref.month else ref.year - 1


def _day_of(match: re.Match[str], group: str) -> int:
    text = match.group(group)
    return 1 if text in ("1er", "premier") else int(re.sub(r"\D", "", text))


# ---------------------------------------------------------------- handlers (pure)


def _absolute(m: re.Match[str], ref: dt.date, v: Vocabulary) -> Found | None:
    month = v.months[m["month"]]
    day = _day_of(m, "day")
    date = safe_date(int(m["year"]), month, day) if m["year"] else infer_year(month, day, ref)
    return Found(m.start(), m.end(), date, TIME_DAY) if date else None


def _current_month(m: re.Match[str], ref: dt.date, v: Vocabulary) -> Found | None:
    day = _day_of(m, "day")
    month_before = ref.replace(day=1) - dt.timedelta(days=1)
    # a day after the publication's is last month's ("le 28 courant" told on the 2nd)
    date = safe_date(ref.year, ref.month, day) if day <= ref.day else None
    date = date or safe_date(month_before.year, month_before.month, day)
    return Found(m.start(), m.end(), date, TIME_DAY) if date else None


def _iso(m: re.Match[str], ref: dt.date, v: Vocabulary) -> Found | None:
    date = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Found(m.start(), m.end(), date, TIME_DAY) if date else None


def _span(m: re.Match[str], ref: dt.date, v: Vocabulary) -> Found | None:
    last_month = v.months[m["month2"]]
    first_month = v.months[m["month1"]] if m["month1"] else last_month
    year = m["year"]
    last = (
        safe_date(int(year), last_month, _day_of(m, "day2"))
        if year
        else infer_year(last_month, _day_of(m, "day2"), ref)
    )
    if last is None:
        return None
    first_year = last.year - (first_month > last_month)
    first = safe_date(first_year, first_month, _day_of(m, "day1"))
    if first is None or first > last:
        return None
    days = (last - first).days
    # a night from one day to the next is coded on its first day, as ACLED does
    precision = TIME_DAY if days <= 1 else TIME_WEEK if days <= 7 else TIME_MONTH
    return Found(m.start(), m.end(), first, precision, last if days else None)


def _weekday(m: re.Match[str], ref: dt.date, v: Vocabulary) -> Found | None:
    modifier = (m["mod"] or m["mod2"] or "").strip()
    if modifier in ("next", "prochain", "coming"):
        return None
    if modifier in ("precedent", "precedente", "d'avant"):
        # "le mardi précédent": the Tuesday before the day just told (see resolve_anchors)
        weekday = v.weekdays[m["weekday"]]
        return Found(
            m.start(),
            m.end(),
            _OFFSET_EPOCH,
            TIME_DAY,
            relative=True,
            anchored=True,
            weekday=weekday,
        )
    strictly = modifier in ("last", "past", "previous", "dernier", "passe")
    date = weekday_before(ref, v.weekdays[m["weekday"]], strictly)
    return Found(m.start(), m.end(), date, TIME_DAY, relative=True)


def _weekday_pair(m: re.Match[str], ref: dt.date, v: Vocabulary) -> Found | None:
    strictly = bool(m["mod"])
    second = weekday_before(ref, v.weekdays[m["weekday2"]], strictly)
    first_weekday = v.weekdays[m["weekday1"]]
    first = second - dt.timedelta(days=(second.weekday() - first_weekday) % 7)
    return Found(m.start(), m.end(), first, TIME_DAY, relative=True)


def _last_weekday_of_month(m: re.Match[str], ref: dt.date, v: Vocabulary) -> Found | None:
    month = v.months[m["month"]]
    year = _month_year(month, m["year"], ref)
    weekday = v.weekdays[m["weekday"]]
    if m["which"] in ("last", "dernier"):
        end = month_end(year, month)
        date = end - dt.timedelta(days=(end.weekday() - weekday) % 7)
    else:
        start = dt.date(year, month, 1)
        date = start + dt.timedelta(days=(weekday - start.weekday()) % 7)
    return Found(m.start(), m.end(), date, TIME_DAY, relative=True)


def _month(m: re.Match[str], ref: dt.date, v: Vocabulary) -> Found | None:
    month = v.months[m["month"]]
    year = _month_year(month, m["year"], ref)
    part = (m["part"] or "").strip()
    last_day = month_end(year, month).day
    if part in ("end", "late", "fin", "the end", "la fin"):
        return Found(
            m.start(),
            m.end(),
            dt.date(year, month, last_day - 6),
            TIME_WEEK,
            relative=not m["year"],
        )
    if part in ("early", "start", "the start", "beginning", "the beginning", "debut"):
        return Found(m.start(), m.end(), dt.date(year, month, 1), TIME_WEEK, relative=not m["year"])
    if part in ("mid", "mi"):
        return Found(
            m.start(), m.end(), dt.date(year, month, 12), TIME_WEEK, relative=not m["year"]
        )
    return Found(m.start(), m.end(), dt.date(year, month, 1), TIME_MONTH, relative=not m["year"])


def _year(m: re.Match[str], ref: dt.date, v: Vocabulary) -> Found | None:
    year = int(m["year"])
    if not 1950 <= year <= ref.year + 1:
        return None
    return Found(m.start(), m.end(), dt.date(year, 1, 1), TIME_YEAR)


def _relative_day(m: re.Match[str], ref: dt.date, v: Vocabulary) -> Found | None:
    offset, precision, *weekday = v.relative_days[squash_spaces(m["rel"])]
    date = ref + dt.timedelta(days=offset)
    if weekday:  # "last weekend": its Saturday, the first from the offset not after `ref`
        date += dt.timedelta(days=(weekday[0] - date.weekday()) % 7)
        if date > ref:
            date -= dt.timedelta(days=7)
    if precision == TIME_MONTH:
        date = date.replace(day=1)
    return Found(m.start(), m.end(), date, precision, relative=True)


def _ago(m: re.Match[str], ref: dt.date, v: Vocabulary) -> Found | None:
    count = number_value(m["n"], v) if m["n"] else 1
    unit = v.durations.get(m["unit"])
    if count is None or unit is None:
        return None
    days = count * unit
    precision = TIME_DAY if unit == 1 else (TIME_WEEK if unit < 30 else TIME_MONTH)
    return Found(m.start(), m.end(), ref - dt.timedelta(days=days), precision, relative=True)


def _anchored(m: re.Match[str], ref: dt.date, v: Vocabulary) -> Found | None:
    """An offset from an anchor date, filled in later (see resolve_anchors)."""
    if not m["n"] and not m["approx"]:
        # "days after the blast", "à la tombée de la nuit avant d'ouvrir le feu": no count,
        # no date
        return None
    count = number_value(m["n"], v) if m["n"] else 1
    unit = v.durations.get(m["unit"] or "day", 1)
    if count is None:
        return None
    direction = -1 if m["dir"] in ("earlier", "before", "plus tot", "avant", "auparavant") else 1
    days = direction * count * unit
    vague = bool(m["approx"]) or unit > 1
    precision = TIME_WEEK if vague else TIME_DAY
    if (m["approx"] or "").strip() in ("quelques", "a few", "several", "plusieurs"):
        return None  # "a few weeks after the blockade began": too loose to date an event
    # The date holds the offset from the anchor as days since 2000-01-01 until resolved.
    return Found(
        m.start(),
        m.end(),
        _OFFSET_EPOCH + dt.timedelta(days=days),
        precision,
        relative=True,
        anchored=True,
    )


def _next_days(m: re.Match[str], ref: dt.date, v: Vocabulary) -> Found | None:
    count = number_value(m["n"], v) if m["n"] else 1
    if count is None:
        return None
    last = _OFFSET_EPOCH + dt.timedelta(days=count)
    return Found(
        m.start(), m.end(), _OFFSET_EPOCH, TIME_WEEK, last=last, relative=True, anchored=True
    )


_OFFSET_EPOCH = dt.date(2000, 1, 1)


def _adjacent_day(m: re.Match[str], ref: dt.date, v: Vocabulary) -> Found | None:
    days = -1 if m["which"] in ("previous day", "day before", "veille") else 1
    return Found(
        m.start(),
        m.end(),
        _OFFSET_EPOCH + dt.timedelta(days=days),
        TIME_DAY,
        relative=True,
        anchored=True,
    )


# ---------------------------------------------------------------- rules per language


@functools.cache
def vocabulary(lang: str) -> Vocabulary:
    data = load_language(lang)
    full_months = {fold(k): v for k, v in data["months"].items()}
    months = full_months | {fold(k): v for k, v in data["month_abbreviations"].items()}
    weekdays = {fold(k): v for k, v in data["weekdays"].items()}
    numbers = {fold(k): v for k, v in data["numbers"].items()}
    durations = {fold(k): v for k, v in data["durations"].items()}
    relative_days = {fold(k): v for k, v in data["relative_days"].items()}
    alt = {
        "M": phrase_alternation(months),
        "MF": phrase_alternation(full_months),
        "W": phrase_alternation(weekdays),
        "N": r"\d{1,3}|" + phrase_alternation(n for n in numbers if " " not in n),
        "U": phrase_alternation(durations),
        "R": phrase_alternation(relative_days),
        "P": phrase_alternation(data["day_parts"]),
    }
    patterns, day, year = _english_rules() if lang == "en" else _french_rules()
    rules = tuple(
        Rule(
            re.compile(_expand(p, alt, day, year)),
            h,
            _needs(p),
            needs if isinstance(needs, tuple) else (),
            re.compile(_expand(needs.pattern, alt, day, year)) if isinstance(needs, Gate) else None,
        )
        for p, h, needs in patterns
    )
    speech = speech_regex(lang)
    cue_words = [*months, *weekdays, *relative_days, *durations, *_ANCHOR_WORDS]
    cue_words += _CURRENT_MONTH_WORDS
    # no cue word holds a digit: the words and the digit runs never overlap, so finding
    # them apart finds what one alternation of both would (see _windows)
    assert not any(c.isdigit() for w in cue_words for c in w)
    cues = re.compile(rf"(?<![\w])(?:{phrase_alternation(cue_words)})")
    kinds = {kind: re.compile(rf"(?<![\w])(?:{alt[kind]})") for kind in _KINDS}
    return Vocabulary(
        lang,
        months,
        weekdays,
        numbers,
        durations,
        relative_days,
        rules,
        speech,
        cues,
        kinds,
        re.compile(r"\d\d{3}"),  # not \d{4}: re skips to a leading \d, not to a repeat
    )


_KINDS = ("M", "W", "R", "U")  # months, weekdays, relative days, durations


def _needs(pattern: str) -> frozenset[str]:
    """Kinds of date word a rule contains. Each rule holds at least one of them outside
    any optional group, so a stretch without any of them cannot match it."""
    found = {kind for kind in _KINDS if f"<{kind}>" in pattern}
    if "<MF>" in pattern:
        found.add("M")  # full month names are month names
    return frozenset(found)


@dataclass(frozen=True)
class Gate:
    """A pattern (with the rules' placeholders) found in any match of a rule: where the
    words a rule needs are too common ("may"), a quicker search than the rule's own."""

    pattern: str


# A rule: its pattern, its handler, and words of which any match holds one (() for none
# beyond its kinds of date word) or a gate.
RuleSpec = tuple[str, Handler, tuple[str, ...] | Gate]

# Rule patterns are written with placeholders: <M> months, <MF> full month names, <W>
# weekdays, <N> numbers, <U> durations, <R> relative-day phrases, <P> parts of the day,
# and <B> / <E> for word boundaries. They run on folded (lower-case, accent-free) text.


def _english_rules() -> tuple[list[RuleSpec], str, str]:
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:,?\s+(?P<year>\d{4}))?"
    return (
        [
            (r"<B>(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})<E>", _iso, ("-",)),
            (
                r"<B>(?:between|from)\s+(?:the\s+)?(?P<day1>DAY)(?:\s+(?P<month1><M>)\.?)?\s+"
                r"(?:and|to|until)\s+(?:the\s+)?(?P<day2>DAY)\s+(?P<month2><M>)\.?YEAR<E>",
                _span,
                ("between", "from"),
            ),
            (
                r"<B>(?P<day1>\d{1,2})\s*[-/]\s*(?P<day2>\d{1,2})(?P<month1>)\s+(?P<month2><M>)\.?YEAR<E>",
                _span,
                ("-", "/"),
            ),
            (
                r"<B>(?:(?:<W>)\s*[,(]?\s*)?(?:the\s+)?(?P<day>DAY)(?:\s+of)?\s+(?P<month><M>)\.?YEAR<E>\)?",
                _absolute,
                Gate(r"\d(?:st|nd|rd|th)?(?:\s+of)?\s+<M>"),
            ),
            (
                r"<B>(?:(?:<W>)\s*[,(]?\s*)?(?P<month><M>)\.?\s+(?P<day>DAY)YEAR<E>\)?",
                _absolute,
                Gate(r"<M>\.?\s+\d"),
            ),
            (
                r"<B>(?:the\s+)?(?P<which>last|first)\s+(?P<weekday><W>)\s+(?:in|of)\s+(?P<month><MF>)"
                r"(?:\s+(?P<year>\d{4}))?",
                _last_weekday_of_month,
                ("last", "first"),
            ),
            (
                r"<B>(?:the\s+)?night\s+(?:between|from|of)\s+(?P<mod>last\s+)?(?P<weekday1><W>)\s+"
                r"(?:and|to|into)\s+(?P<weekday2><W>)<E>",
                _weekday_pair,
                ("night",),
            ),
            (
                r"<B>(?:(?P<mod>last|this|past|previous|next|coming)\s+)?(?P<weekday><W>)(?P<mod2>)"
                r"(?:\s+(?:<P>))?<E>",
                _weekday,
                (),
            ),
            (
                r"<B>(?:(?:in|during|by|at|on)\s+)?(?:(?:the\s+)?(?P<part>end|start|beginning|early|late|mid)"
                r"(?:\s+of|-)?\s+)?(?P<month><MF>)YEAR<E>(?!\s+\d)",
                _month,
                Gate(r"<MF><E>"),
            ),
            (r"<B>(?P<rel><R>)<E>", _relative_day, ()),
            (r"<B>(?:(?P<n><N>|a|an|one)\s+)?(?P<unit><U>)\s+ago<E>", _ago, ("ago",)),
            (
                r"<B>(?P<approx>less\s+than\s+|more\s+than\s+|about\s+|nearly\s+|some\s+)?"
                r"(?:(?P<n><N>|a|an|one)\s+)?(?P<unit><U>)\s+(?P<dir>after|later|earlier|before)<E>",
                _anchored,
                ("after", "later", "earlier", "before"),
            ),
            (
                r"<B>(?:over|during|in)\s+the\s+(?:next|following)\s+(?P<n><N>)\s+days<E>",
                _next_days,
                ("next", "following"),
            ),
            (
                r"<B>the\s+(?P<which>next day|following day|day after|previous day|day before)<E>",
                _adjacent_day,
                ("day",),
            ),
            (r"<B>(?P<year>(?:19|20)\d\d)<E>(?!\s*[-/]\d)", _year, ("19", "20")),
        ],
        day,
        year,
    )


def _french_rules() -> tuple[list[RuleSpec], str, str]:
    day = r"(?:1er|premier|\d{1,2})"
    year = r"(?:\s+(?P<year>\d{4}))?"
    return (
        [
            (r"<B>(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})<E>", _iso, ("-",)),
            (
                r"<B>(?:(?:dans\s+)?la\s+nuit\s+)?(?:du|entre\s+le|entre)\s+(?:(?:<W>)\s+)?(?P<day1>DAY)"
                r"(?:\s+(?P<month1><M>))?\s+(?:au|et\s+le|et)\s+(?:(?:<W>)\s+)?(?P<day2>DAY)\s+"
                r"(?P<month2><M>)YEAR<E>",
                _span,
                ("du", "entre"),
            ),
            (
                r"<B>(?:(?:le|ce)\s+)?(?:(?:<W>)\s*[,(]?\s*)?(?P<day>DAY)\s+(?P<month><M>)\.?YEAR<E>\)?",
                _absolute,
                Gate(r"[\dr]\s+<M>"),  # "12 mars", "1er mars", "premier mars"
            ),
            (
                r"<B>(?:le\s+)?(?P<which>dernier|premier)\s+(?P<weekday><W>)\s+(?:de|du\s+mois\s+de|d')\s*"
                r"(?P<month><MF>)(?:\s+(?P<year>\d{4}))?",
                _last_weekday_of_month,
                ("dernier", "premier"),
            ),
            (
                r"<B>(?:dans\s+)?la\s+nuit\s+(?:du|de)\s+(?P<weekday1><W>)\s+(?:au|a)\s+(?P<weekday2><W>)"
                r"(?:\s+(?P<mod>dernier|passe))?<E>",
                _weekday_pair,
                ("nuit",),
            ),
            (
                r"<B>(?:(?P<mod>ce|cette)\s+)?(?P<weekday><W>)(?:\s+(?:<P>))?"
                r"(?:\s+(?P<mod2>dernier|passe|prochain|precedente?|d'avant))?<E>",
                _weekday,
                (),
            ),
            (
                r"<B>(?:(?:en|au\s+mois\s+de|courant|durant|a)\s+)?(?:(?P<part>fin|debut|mi|la\s+fin)"
                r"(?:\s+du\s+mois\s+de|\s+de|-)?\s*)?(?P<month><MF>)YEAR<E>(?!\s+\d)",
                _month,
                Gate(r"<MF><E>"),
            ),
            (r"<B>(?P<rel><R>)<E>", _relative_day, ()),
            # "le 12 courant": the 12th of the month the article is published in
            (
                r"<B>(?:le\s+)?(?:(?:<W>)\s+)?(?P<day>DAY)\s+courant<E>",
                _current_month,
                ("courant",),
            ),
            (r"<B>il\s+y\s+a\s+(?:(?P<n><N>|un|une)\s+)?(?P<unit><U>)<E>", _ago, ("il",)),
            (
                r"<B>(?P<approx>moins\s+d'|plus\s+d'|pres\s+d'|environ\s+|quelques\s+)?"
                r"(?:(?P<n><N>|un|une)\s+)?(?P<unit><U>)\s+"
                r"(?P<dir>apres|plus\s+tard|plus\s+tot|avant|auparavant)<E>",
                _anchored,
                ("apres", "plus", "avant"),  # "auparavant" holds "avant"
            ),
            (
                r"<B>(?:durant|pendant|au\s+cours\s+des)\s+(?:les\s+)?(?P<n><N>)\s+jours\s+suivants<E>",
                _next_days,
                ("suivants",),
            ),
            (
                r"<B>(?:le|la)\s+(?P<which>lendemain|veille)<E>",
                _adjacent_day,
                ("lendemain", "veille"),
            ),
            (r"<B>(?P<year>(?:19|20)\d\d)<E>(?!\s*[-/]\d)", _year, ("19", "20")),
        ],
        day,
        year,
    )


def _expand(pattern: str, alternations: dict[str, str], day: str, year: str) -> str:
    pattern = pattern.replace("DAY", day).replace("YEAR", year)
    pattern = pattern.replace("<B>", r"(?<![\w])").replace("<E>", r"(?![\w])")
    for name, alternation in alternations.items():
        pattern = pattern.replace(f"<{name}>", f"(?:{alternation})")
    return pattern


# ---------------------------------------------------------------- the component


# English month names that are also everyday words count only when capitalised.
_CAPITALISED_MONTHS = frozenset({"may", "march", "mar", "jan", "dec", "oct", "nov", "aug", "sep"})


def _month_words_ok(match: re.Match[str], text: str) -> bool:
    for group in ("month", "month1", "month2"):
        word = match[group] if group in match.re.groupindex else None
        if word in _CAPITALISED_MONTHS and not text[match.start(group)].isupper():
            return False
    return True


_ANCHOR_WORDS = ("lendemain", "veille", "next day", "following day", "day after", "day before")
_CURRENT_MONTH_WORDS = ("courant",)  # "le 12 courant"
_CUE_REACH = 90  # characters around a date word that a rule may span


def _windows(folded: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Stretches of text around date words and four-digit runs, merged: the rules run
    only there."""
    cues = [m.span() for m in word_start_finditer(vocab.cues, folded)]
    cues += [m.span() for m in vocab.digits.finditer(folded)]
    cues.sort()
    spans: list[tuple[int, int]] = []
    for cue_start, cue_end in cues:
        start, end = max(0, cue_start - _CUE_REACH), cue_end + _CUE_REACH
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _occurs(pattern: re.Pattern[str], folded: str, start: int, end: int) -> bool:
    return next(word_start_finditer(pattern, folded, start, end), None) is not None


def find_dates(text: str, folded: str, ref: dt.date, vocab: Vocabulary) -> list[Found]:
    """Every time expression of the text, longest first where they overlap."""
    found: list[Found] = []
    for start, end in _windows(folded, vocab):
        present = {k for k, kind in vocab.kinds.items() if _occurs(kind, folded, start, end)}
        for rule in vocab.rules:
            if rule.needs and not rule.needs & present:
                continue
            if rule.words and all(folded.find(w, start, end) < 0 for w in rule.words):
                continue
            if rule.gate and not rule.gate.search(folded, start, end):
                continue
            for match in word_start_finditer(rule.pattern, folded, start, end):
                if vocab.lang == "en" and not _month_words_ok(match, text):
                    continue
                result = rule.handler(match, ref, vocab)
                if result is not None:
                    found.append(result)
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Found] = []
    for item in found:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept


# A digest's headline or lead names the week it covers: "roundup: week of 10 March".
_WEEK_OF = re.compile(r"\b(?:week\s+of|semaine\s+du)\s+(?:(?:monday|lundi)\s+)?$")
_DIGEST_LEAD = 3  # the first dates of the text: a headline, a dateline, the lead


def _digest_week(found: list[Found], folded: str) -> dt.date | None:
    """The first day of the week a digest covers, if its opening names one."""
    for item in found[:_DIGEST_LEAD]:
        before = folded[max(0, item.start - 30) : item.start]
        if item.precision == TIME_DAY and not item.relative and _WEEK_OF.search(before):
            return item.date
    return None


def _within_week(item: Found, week: dt.date, folded: str, vocab: Vocabulary) -> Found:
    """A bare weekday of a digest ("- Monday: ...") is that day of the week it covers."""
    words = folded[item.start : item.end].split()
    if not item.relative or len(words) > 2 or words[-1] not in vocab.weekdays:
        return item
    if len(words) == 2 and words[0] not in ("on", "le"):
        return item  # "last Monday", "ce lundi": said of the day of publication
    day = week + dt.timedelta(days=(vocab.weekdays[words[-1]] - week.weekday()) % 7)
    return replace(item, date=day)


# "On Thursday, a day before the assault on Makalondi, ...": an offset that only explains
# the date just told, against another event, dates nothing of its own
_APPOSITION_GAP = re.compile(r"\s*,\s*")
_ANOTHER_EVENT = re.compile(r"\s+(?:the|l'|la|le|les)\s")


def _without_appositions(found: list[Found], folded: str) -> list[Found]:
    return [
        item
        for before, item in zip([None, *found], found, strict=False)
        if not (
            item.anchored
            and before is not None
            and not before.anchored
            and _APPOSITION_GAP.fullmatch(folded, before.end, item.start)
            and _ANOTHER_EVENT.match(folded, item.end)
        )
    ]


def _not_after_telling(
    found: list[Found],
    reporting: set[int],
    sentence_of: dict[int, int],
    folded: str,
    vocab: Vocabulary,
) -> list[Found]:
    """'The ministry said on Tuesday that fighters attacked on Monday', told on a Monday:
    the deed's weekday is the one before the day it was told, not the day of publication."""
    told: dict[int, dt.date] = {}
    for item in found:
        if item.start in reporting and item.precision == TIME_DAY and not item.anchored:
            told.setdefault(sentence_of[item.start], item.date)
    if not told:
        return found
    out = []
    for item in found:
        day = told.get(sentence_of[item.start])
        if (
            day is not None
            and item.start not in reporting
            and item.relative
            and not item.anchored
            and item.date > day
            and vocab.kinds["W"].search(folded, item.start, item.end)
        ):
            out.append(replace(item, date=weekday_before(day, item.date.weekday(), strictly=False)))
        else:
            out.append(item)
    return out


def resolve_anchors(
    found: list[Found], published: dt.date, reporting: set[int] | None = None, folded: str = ""
) -> Iterator[Found]:
    """Give anchored expressions the most recent event date stated before them
    (``reporting``: start offsets of statement dates, which anchor nothing; ``folded``: the
    text, where "came two days after" counts back)."""
    skip = reporting or set()
    anchor: dt.date | None = None
    anchor_at = -1
    for item in found:
        if item.anchored:
            if anchor is not None and item.start - anchor_at > _ANCHOR_REACH:
                continue  # "weeks after the blockade began": no date told near enough
            base = anchor or published
            if item.weekday is not None:
                day = weekday_before(base, item.weekday, strictly=True)
                yield replace(item, date=day, anchored=False, weekday=None)
                continue
            offset = item.date - _OFFSET_EPOCH
            came = _CAME_BEFORE.search(folded, max(0, item.start - 40), item.start)
            if offset.days > 0 and (base + offset > published or came):
                # "the bombing came six days after rockets were fired": read the other way
                offset = -offset
            last = base + (item.last - _OFFSET_EPOCH) if item.last else None
            yield replace(item, date=base + offset, last=last, anchored=False)
            continue
        stated = item.precision <= TIME_WEEK and not item.relative
        if item.start not in skip and (stated or item.precision == TIME_DAY):
            anchor, anchor_at = item.date, item.start
        yield item


# "The attack came two days after ...", "Elle intervient une semaine après ...": the deed
# after the words is that long before the one told
_CAME_BEFORE = re.compile(
    r"\b(?:came|comes|intervient|survient|intervenait|survenait|(?:est|etait)\s+(?:intervenue?|"
    r"survenue?))\s+(?:just\s+|only\s+|seulement\s+|a\s+peine\s+)?$"
)


# A sentence that reports a toll ("put the army's losses higher, at 26", "le bilan s'est
# alourdi") dates the count, not the event.
_TOLL_REPORT = re.compile(
    r"\bput\s+the\s+(?:\w+'s\s+)?(?:death\s+)?(?:toll|losses|number)|\b(?:toll|bilan)\s+"
    r"(?:rose|climbed|has\s+risen|s'est\s+alourdi|est\s+passe|a\s+grimpe)"
)
# Words of which any match of _TOLL_REPORT holds one: most sentences lack them all, and
# looking for words is many times quicker than a search.
_TOLL_WORDS = ("put", "toll", "bilan")

# "were dead or missing on Tuesday", "the toll rose to 40 on Monday": the date of a count,
# not of the event counted.
_STATUS_BEFORE = re.compile(
    r"\b(?:missing|unaccounted\s+for|toll|tolls|rose\s+to\s+\S+|climbed\s+to\s+\S+|stood\s+at\s+\S+|"
    r"still|remained|disparus?|portes?\s+disparus?|bilan|(?:a|est)\s+grimpe\s+a\s+\S+|"
    r"s'eleve\s+a\s+\S+|passe\s+a\s+\S+)\s+(?:on|as\s+of|by|ce|le|au|a|en)?\s*$"
)


# "In a letter dated 8 October", "une lettre datée du 8 octobre": a document's date
_DOCUMENT_DATED = re.compile(
    r"\b(?:dated|datee?s?\s+du|en\s+date\s+du)\s*$"
    # "did not respond to a letter sent on 20 February": the day a request was sent
    r"|\b(?:letters?|lettres?|courriers?|requests?|demandes?|e-?mails?|questions|queries)\s+"
    r"(?:\w+\s+){0,2}?(?:sent|addressed|submitted|envoyee?s?|adressee?s?|transmise?s?)\s+"
    r"(?:on|le|du)?\s*$"
)
# "The convoy, which had left the border on Saturday, came under fire": the day a journey
# began, told in a clause of its own, is not the day of what befell it.
_JOURNEY_START = re.compile(
    r"\b(?:(?:which|that|who)\s+had\s+(?:left|departed|set\s+(?:off|out))|"
    r"qui\s+(?:avai(?:t|ent)\s+quitte|etai(?:t|ent)\s+partie?s?))\b"
)
# the three above in one search: each date's clause is searched once
_NOT_THE_EVENTS_DAY = re.compile(
    "|".join(p.pattern for p in (_STATUS_BEFORE, _DOCUMENT_DATED, _JOURNEY_START))
)


# Between a verb of saying and a date, a clause of its own ("said that...", "said gunmen
# attacked") means the date is the event's; a statement's details do not.
# A participle followed by its agent ("a statement carried by its media arm on Monday") is
# the statement's detail, not a clause of its own.
_REPORTED_CLAUSE = re.compile(
    r"\b(?:that|que|qu'|were|was|had|has|have|ont|a\s+ete|avaient|\w+ed\b(?!\s+by\b)|"
    # "affirme avoir repris, ce mercredi, le contrôle", "claims to have killed"
    r"avoir|d'avoir|etre|d'etre|to\s+have|"
    # the irregular past of a deed: "says a truck struck a mine yesterday"
    r"struck|hit|shot|took|overran|fought|blew|stole|threw|burnt|drove|fell|ran\s+over)\b"
)


def is_reporting(folded: str, start: int, sentence_start: int, vocab: Vocabulary) -> bool:
    """A date attached to a verb of saying, or to a count's state, dates the report."""
    before = folded[max(sentence_start, start - 90) : start]
    clauses = _CLAUSE_BREAK.split(before)
    clause = clauses[-1]
    if not clause.strip() and len(clauses) > 1:
        clause = clauses[-2]  # "a revendiqué, dimanche, une attaque": the verb's own date
    if _NOT_THE_EVENTS_DAY.search(clause):
        return True
    speeches = list(word_start_finditer(vocab.speech, clause))
    if not speeches:
        return False
    gap = clause[speeches[-1].end() :]
    return not _REPORTED_CLAUSE.search(gap)


_CLAUSE_BREAK = re.compile(r"[,;:()]")


def _ends_with_year(text: str) -> bool:
    """Does the text end with a digit, or a digit and a full stop (then white space)?"""
    text = text.rstrip()
    return text[-1:].isdigit() or (text[-1:] == "." and text[-2:-1].isdigit())


class DateAnnotator(Component[list[DateMention]]):
    name = "dates"
    reads = ("text", "sentences", "published", "lang")
    writes = ("dates",)

    def match(self, doc: Doc) -> list[DateMention]:
        if doc.published is None:
            return []
        vocab = vocabulary(doc.lang)
        folded = doc.folded
        found = []
        sentence_of: dict[int, int] = {}  # start offset -> sentence index
        for item in find_dates(doc.text, folded, doc.published, vocab):
            index = doc.sentence_at(item.start)
            if index >= 0:
                found.append(item)
                sentence_of[item.start] = index
        week = _digest_week(found, folded)
        if week is not None:
            found = [_within_week(f, week, folded, vocab) for f in found]
        found = _without_appositions(found, folded)
        reporting = self._reporting(doc, folded, found, sentence_of, vocab)
        found = _not_after_telling(found, reporting, sentence_of, folded, vocab)
        mentions = []
        for item in resolve_anchors(found, doc.published, reporting, folded):
            # a day may be told from another time zone; a week or month ("late November")
            # that starts after publication is ahead
            slack = _FUTURE_TOLERANCE if item.precision == TIME_DAY else dt.timedelta(0)
            future = item.date > doc.published + slack
            mentions.append(
                DateMention(
                    start=item.start,
                    end=item.end,
                    text=doc.text[item.start : item.end],
                    sentence=sentence_of[item.start],
                    date=item.date,
                    precision=item.precision,
                    last=item.last,
                    relative=item.relative,
                    reporting=item.start in reporting or future,
                )
            )
        return mentions

    @staticmethod
    def _reporting(
        doc: Doc, folded: str, found: list[Found], sentence_of: dict[int, int], vocab: Vocabulary
    ) -> set[int]:
        """Start offsets of the dates of a statement, of a dateline, or of a sentence that
        reports a toll."""
        # per sentence, the end of its dateline and whether it reports a toll: asked once
        statement: dict[int, tuple[int, bool]] = {}
        starts = set()
        for item in found:
            index = sentence_of[item.start]
            sentence = doc.sentences[index]
            if is_reporting(folded, item.start, sentence.start, vocab):
                starts.add(item.start)
                continue
            if index not in statement:
                start, end = sentence.start, sentence.end
                # a sentence that is all a dateline ends with a year (see dateline_end)
                whole = end if _ends_with_year(doc.text[start:end]) else None
                toll = any(folded.find(word, start, end) >= 0 for word in _TOLL_WORDS)
                statement[index] = (
                    dateline_end(doc.text, start, whole),
                    toll and bool(_TOLL_REPORT.search(folded, start, end)),
                )
            dateline, toll = statement[index]
            if item.end <= dateline or toll:
                starts.add(item.start)
        return starts

    def set_annotations(self, doc: Doc, found: list[DateMention]) -> None:
        doc.dates = found
