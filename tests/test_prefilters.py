"""Word lists that spare a regex its search must hold a word of every text it matches:
each list is edited by hand beside its regex, and a word forgotten there silently drops
matches. Each test draws texts from the regex itself (hypothesis' from_regex); the draws
differ from run to run, so a word missing for a rare branch of a long alternation may
take a few runs to show."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sahelwatch.extraction.components import (
    actors,
    casualties,
    dates,
    place_roles,
    places,
    segment,
    triggers,
)
from sahelwatch.extraction.events import grouping

# (name, pattern, words, how the code prepares a text before looking for the words)
PREFILTERS: list[tuple[str, re.Pattern[str], tuple[str, ...], Callable[[str], str]]] = [
    ("trigger hedges", triggers._HEDGE_BEFORE, triggers._HEDGE_WORDS, str),
    ("suspected before", actors._SUSPECTED_BEFORE, actors._SUSPECTED_BEFORE_WORDS, str),
    ("suspected after", actors._SUSPECTED_AFTER, actors._SUSPECTED_AFTER_WORDS, str),
    ("the group", actors._THE_GROUP, ("group",), str),
    ("described as", actors._DESCRIBED_AS, actors._DESCRIBED_AS_WORDS, str),
    ("captions", segment._CAPTION, segment._CAPTION_WORDS, str.lower),
    ("embedded posts", segment._EMBEDDED_POST, segment._EMBEDDED_POST_MARKS, str),
    ("self-killed", casualties._KILLED_HIMSELF, casualties._SELF_WORDS, str),
    ("toll reports", dates._TOLL_REPORT, dates._TOLL_WORDS, str),
    ("separate incidents", grouping._SEPARATE, grouping.SEPARATE_WORDS, str),
]


@pytest.mark.parametrize(("name", "pattern", "words", "prepare"), PREFILTERS)
def test_every_match_holds_a_word_of_its_list(
    name: str, pattern: re.Pattern[str], words: tuple[str, ...], prepare: Callable[[str], str]
) -> None:
    @settings(max_examples=150, deadline=None)
    @given(st.from_regex(pattern))
    def holds(text: str) -> None:
        match = pattern.search(text)
        assert match is not None
        assert any(word in prepare(match.group()) for word in words), (name, match.group())

    holds()


def _date_rules() -> list[tuple[str, int]]:
    return [
        (lang, i)
        for lang in ("en", "fr")
        for i, rule in enumerate(dates.vocabulary(lang).rules)
        if rule.words or rule.gate is not None
    ]


@pytest.mark.parametrize(("lang", "index"), _date_rules())
def test_every_match_of_a_date_rule_holds_its_words_or_answers_its_gate(
    lang: str, index: int
) -> None:
    rule = dates.vocabulary(lang).rules[index]

    @settings(max_examples=40, deadline=None)
    @given(st.from_regex(rule.pattern))
    def holds(text: str) -> None:
        match = rule.pattern.search(text)
        assert match is not None
        found = match.group()
        if rule.gate is not None:
            assert rule.gate.search(found), (lang, index, found)
        else:
            assert any(word in found for word in rule.words), (lang, index, found)

    holds()


def _role_gates() -> list[tuple[str, int]]:
    return [(role, i) for role, gated, _ in place_roles._ROLE_CHECKS for i in range(len(gated))]


@pytest.mark.parametrize(("role", "index"), _role_gates())
def test_every_role_pattern_match_holds_a_word_of_its_gate(role: str, index: int) -> None:
    pattern, gate = next(g for r, g, _ in place_roles._ROLE_CHECKS if r == role)[index]

    @settings(max_examples=300, deadline=None)  # long alternations: many draws to reach each
    @given(st.from_regex(pattern))
    def holds(text: str) -> None:
        match = pattern.search(text)
        assert match is not None
        # the gate is checked against the words of the text before a name
        assert not gate.isdisjoint(place_roles._TOKEN.findall(text)), (role, match.group())

    holds()


@settings(max_examples=150, deadline=None)
@given(st.from_regex(places._UNKNOWN_VILLAGE))
def test_every_unknown_village_phrase_holds_one_of_its_words(text: str) -> None:
    match = places._UNKNOWN_VILLAGE.search(text)
    assert match is not None
    assert any(word in match.group() for word in places._UNKNOWN_VILLAGE_WORDS)


@pytest.mark.parametrize("code", sorted(places._COUNTRY_PATTERNS))
def test_every_country_word_starts_with_its_stem(code: str) -> None:
    pattern, stem = places._COUNTRY_PATTERNS[code], places._COUNTRY_STEMS[code]

    @settings(max_examples=100, deadline=None)
    @given(st.from_regex(pattern))
    def holds(text: str) -> None:
        match = pattern.search(text)
        assert match is not None and match.group().startswith(stem), (code, match.group())

    holds()
