"""Word lists that spare a regex its search must hold a word of every text it matches:
the list is edited by hand beside the regex, and a word forgotten there silently drops
matches. Each test draws texts from the regex itself (hypothesis' from_regex)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sahelwatch.extraction.components import triggers


def _holds_a_word(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


@settings(max_examples=400, deadline=None)
@given(st.from_regex(triggers._HEDGE_BEFORE))
def test_every_hedge_holds_a_hedge_word(text: str) -> None:
    match = triggers._HEDGE_BEFORE.search(text)
    assert match is not None
    assert _holds_a_word(match.group(), triggers._HEDGE_WORDS), match.group()
