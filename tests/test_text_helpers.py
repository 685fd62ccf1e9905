"""Text helpers the components share: span overlap index, folding, phrase keys."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sahelwatch.extraction.text import Spans, fold, squash_spaces

span = st.tuples(st.integers(0, 200), st.integers(1, 40)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(span, max_size=30), span)
def test_spans_overlap_as_a_scan_of_every_span_would(
    spans: list[tuple[int, int]], probe: tuple[int, int]
) -> None:
    start, end = probe
    expected = any(s < end and start < e for s, e in spans)
    assert Spans(spans).overlaps(start, end) == expected


@given(st.text(max_size=200))
def test_fold_keeps_length_so_offsets_carry_over(text: str) -> None:
    assert len(fold(text)) == len(text)


def test_fold_lowers_and_strips_accents_and_quotes() -> None:
    assert fold("Ségou « Tombouctou » — l’Armée") == 'segou " tombouctou " - l\'armee'


def test_squash_spaces_makes_one_key_of_wrapped_phrases() -> None:
    assert squash_spaces("hommes\n  armés") == "hommes armés"
    assert squash_spaces("attack") == "attack"
