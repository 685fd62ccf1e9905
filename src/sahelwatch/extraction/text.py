"""Text helpers shared by the components: offset-preserving folding and phrase patterns."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator

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
    if text.isascii():
        return text.lower()  # the same thing, ten times faster
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lower-cases to two characters
        return text.translate(_fold_table())
    # translate only the non-ASCII runs: a dict table costs per character, runs are few
    table = _fold_table()
    return _NON_ASCII.sub(lambda run: run.group().translate(table), lowered)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def squash_spaces(text: str) -> str:
    """Runs of white space as one space: the key of a matched phrase in its word list."""
    return " ".join(text.split()) if not text.isalnum() else text


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of folded phrases, spaces matching any whitespace.

    Built as a trie ("kill(?:ed|ing|s)?") rather than a flat list: Python's re tries the
    branches of an alternation one by one, so shared prefixes are tested once this way.
    The longest phrase wins where several match, as with a longest-first list.
    """
    folded = {fold(p.strip()) for p in phrases if p.strip()}
    if not folded:
        return r"(?!x)x"
    trie: Trie = {}
    for phrase in folded:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # end of a phrase
    return _render(trie)


Trie = dict[str, "Trie"]


def _render(node: Trie) -> str:
    """Alternation of the branches below a trie node; longer branches first."""
    branches = [_char(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a phrase may end here: the longer ones are tried first
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
    return body


def _char(char: str) -> str:
    if char == " ":
        return r"\s+"
    if char == "'":
        return "['’]"
    return re.escape(char)


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


class Spans:
    """Character spans answering "does [start, end) overlap any of them?" in log time, so a
    check per match stays cheap however long the text is."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))  # max end so far

    def overlaps(self, start: int, end: int) -> bool:
        before_end = bisect.bisect_left(self._starts, end)  # spans starting before ``end``
        return before_end > 0 and self._reach[before_end - 1] > start


_WORD_START = r"(?<![\w])"
# The characters a word may start after, and more (all those outside ASCII): a match
# after one of them is checked by the pattern's own lookbehind.
_NOT_ASCII_WORD = "[^0-9A-Za-z_]"


@functools.cache
def _after_boundary(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``[^0-9A-Za-z_]`` then what ``pattern`` matches after its opening lookbehind."""
    rest = pattern.pattern.removeprefix(_WORD_START)
    if rest == pattern.pattern or _has_top_level_bar(rest):
        raise ValueError(f"the pattern does not open on a word start: {pattern.pattern[:40]!r}")
    return re.compile(f"{_NOT_ASCII_WORD}(?:{rest})")


def _has_top_level_bar(regex: str) -> bool:
    """Is ``regex`` an alternation at its top level ("a|b": the lookbehind before it would
    bind its first branch only)?"""
    depth, index, in_class = 0, 0, False
    while index < len(regex):
        char = regex[index]
        if char == "\\":
            index += 1  # an escaped character
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # a "]" first in a class ("[]a]", "[^]a]") is one of its characters
            if regex.startswith("[^]", index):
                index += 2
            elif regex.startswith("[]", index):
                index += 1
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
        index += 1
    return False


def word_start_finditer(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)`` for a pattern opening on ``(?<![\\w])``,
    several times faster.

    Python's re tries such a pattern at every character. Here it looks instead for the
    rest of the pattern after a character outside [0-9A-Za-z_] (a test re makes quickly
    from a table), then matches the whole pattern at the next character, which checks the
    lookbehind exactly; the first position and the end of each match, after which a
    boundary may stand without such a character, are tried directly. The pattern must
    not match the empty string.
    """
    after = _after_boundary(pattern)
    end = len(text) if end is None else end
    position = start
    while True:
        match = pattern.match(text, position, end)
        if match is None:
            candidate = after.search(text, position, end)
            if candidate is None:
                return
            position = candidate.start() + 1
            match = pattern.match(text, position, end)
            if match is None:
                continue  # after a word character outside ASCII ("œ"): not a boundary
        if match.end() == match.start():
            raise ValueError(f"pattern matches the empty string: {pattern.pattern[:40]!r}")
        yield match
        position = match.end()


_WORD_CHAR = re.compile(r"\w")


def finditer_in_ranges(
    pattern: re.Pattern[str], text: str, ranges: Iterable[tuple[int, int]]
) -> list[list[re.Match[str]]]:
    """``[list(pattern.finditer(text, start, end)) for start, end in ranges]`` from one
    scan of the whole text (see word_start_finditer for the patterns it takes).

    For a pattern that reads nothing past the character after its match (phrases between
    word boundaries, no ``$``), the matches in a range are those of the whole text that lie
    in it, unless one straddles an end of the range or a word character follows it (the
    range's end is then an end of text the whole text lacks): such a range is searched
    on its own.
    """
    found = list(word_start_finditer(pattern, text))
    starts = [m.start() for m in found]
    out = []
    for start, end in ranges:
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end)  # found[first:last] start in the range
        straddles = (first > 0 and found[first - 1].end() > start) or (
            last > first and found[last - 1].end() > end
        )
        if straddles or _WORD_CHAR.match(text, end):
            out.append(list(pattern.finditer(text, start, end)))
        else:
            out.append(found[first:last])
    return out
