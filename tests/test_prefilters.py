"""Word lists that spare a regex its search must hold a word of every text it matches:
each list is edited by hand beside its regex, and a word forgotten there silently drops
matches. Each test draws texts from the regex itself (hypothesis' from_regex)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sahelwatch.extraction.components import actors, segment, triggers

# (name, pattern, words, how the code prepares a text before looking for the words)
PREFILTERS: list[tuple[str, re.Pattern[str], tuple[str, ...], Callable[[str], str]]] = [
    ("trigger hedges", triggers._HEDGE_BEFORE, triggers._HEDGE_WORDS, str),
    ("suspected before", actors._SUSPECTED_BEFORE, actors._SUSPECTED_BEFORE_WORDS, str),
    ("suspected after", actors._SUSPECTED_AFTER, actors._SUSPECTED_AFTER_WORDS, str),
    ("captions", segment._CAPTION, segment._CAPTION_WORDS, str.lower),
    ("embedded posts", segment._EMBEDDED_POST, segment._EMBEDDED_POST_MARKS, str),
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
