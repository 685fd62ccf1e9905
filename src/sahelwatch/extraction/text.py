"""Text helpers shared by the components: offset-preserving folding and phrase patterns."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

_QUOTES = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2011": "-",
    "\u2010": "-",
}


@functools.cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord(k): v for k, v in _QUOTES.items()}
    for code in range(0x41, 0x5B):
        table[code] = chr(code + 32)
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[0].lower()
        if base.isascii() and base.isalpha():
            table[code] = base
    return table


def fold(text: str) -> str:
    """Lower-case, accent-free copy of ``text`` with the SAME length, so offsets carry over."""
    return text.translate(_fold_table())


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of folded phrases, longest first, spaces matching any whitespace."""
    folded = sorted({fold(p.strip()) for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    parts = []
    for phrase in folded:
        escaped = re.escape(phrase).replace(r"\ ", r"\s+").replace("'", "['’]")
        parts.append(escaped)
    return "|".join(parts) if parts else r"(?!x)x"


def phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """Whole-word match of any phrase, to be run on folded text."""
    return re.compile(rf"(?<![\w])(?:{phrase_alternation(phrases)})(?![\w])")


def exact_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """Whole-word, case-sensitive match on the original text (for acronyms such as GAT)."""
    items = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items) or r"(?!x)x"
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])")


def is_acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= len(letters) - 1
