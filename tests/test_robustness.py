"""Any bytes give valid events or a clear SahelwatchError, never a traceback (issue 2, point 7).

Property-based: arbitrary bytes and text, real article fragments with random insertions,
mangled HTML, other encodings, NUL bytes, very long lines, and inputs over MAX_BYTES go
through ``article_from_bytes`` + ``extract_article`` and through ``sahelwatch extract``.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import json
import math
import os
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.generate import generate
from sahelwatch.articles import MAX_BYTES, article_from_bytes
from sahelwatch.cli import main
from sahelwatch.errors import SahelwatchError
from sahelwatch.extraction.api import Extraction, extract_article
from sahelwatch.model import ACLED_FIELDS, SUB_EVENT_TYPES, Event, Evidence

PUBLISHED = dt.date(2024, 5, 15)
PRECISIONS = {1, 2, 3}
INTER_CODES = set(range(1, 9))
# Random in development, the same examples on CI so a red build is reproducible.
DERANDOMIZE = os.environ.get("CI") == "true"
# SAHELWATCH_FUZZ_SCALE=20 runs twenty times more examples, to hunt for crashes at leisure.
SCALE = max(1, int(os.environ.get("SAHELWATCH_FUZZ_SCALE", "1")))


def fuzz(max_examples: int) -> settings:
    return settings(
        max_examples=max_examples * SCALE,
        deadline=None,
        derandomize=DERANDOMIZE,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@cache
def fragments() -> tuple[str, ...]:
    """Lines of the packaged sample articles and of generated ones, EN and FR."""
    sample = resources.files("sahelwatch.data").joinpath("sample")
    texts = [f.read_text(encoding="utf-8") for f in sample.iterdir() if f.name.endswith(".txt")]
    texts += [a.text for lang in ("en", "fr") for a in generate(3, lang, seed=11)]
    return tuple(line for text in texts for line in text.split("\n") if line.strip())


def fragment() -> st.SearchStrategy[str]:
    return st.integers(min_value=0, max_value=10**6).map(
        lambda i: fragments()[i % len(fragments())]
    )


# ---------------------------------------------------------------- the outcome rules


def assert_valid_event(event: Event, text: str) -> None:
    assert event.event_type in SUB_EVENT_TYPES, event.event_type
    assert event.sub_event_type in SUB_EVENT_TYPES[event.event_type], event.sub_event_type
    assert event.time_precision in PRECISIONS
    assert event.geo_precision in PRECISIONS
    assert isinstance(event.event_date, dt.date)
    assert isinstance(event.fatalities, int) and event.fatalities >= 0
    assert event.actor1 and event.inter1 in INTER_CODES
    assert event.inter2 is None or event.inter2 in INTER_CODES
    assert event.civilian_targeting in {"", "Civilian targeting"}
    assert event.country and event.location
    assert math.isfinite(event.latitude) and -90 <= event.latitude <= 90
    assert math.isfinite(event.longitude) and -180 <= event.longitude <= 180
    for span in (*event.evidence, *event.claims):
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == span.text, span
    assert all(claim.value >= 0 for claim in event.claims)
    record = event.to_record()
    assert list(record)[: len(ACLED_FIELDS)] == list(ACLED_FIELDS)
    json.dumps(record)


def outcome(data: bytes, html: bool | None = None, published: dt.date | None = PUBLISHED) -> str:
    """Run the library on ``data``: "events", "none" or "error"; anything else fails."""
    try:
        article = article_from_bytes(data, source_name="<fuzz>", html=html)
        result: Extraction = extract_article(article, published=published)
    except SahelwatchError as error:
        assert str(error).strip(), f"{type(error).__name__} with an empty message"
        return "error"
    for event in result.events:
        assert_valid_event(event, result.article.text)
    return "events" if result.events else "none"


def assert_clean_cli(result: Result) -> None:
    """Exit 0 with valid JSON lines, or 2 with an 'error:' line; no traceback."""
    assert result.exit_code in (0, 2), (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    if result.exit_code == 2:
        assert result.stderr.startswith("error: ") and len(result.stderr.strip()) > 7
    else:
        for line in result.stdout.splitlines():
            assert list(json.loads(line))[: len(ACLED_FIELDS)] == list(ACLED_FIELDS)


def cli_extract(data: bytes, suffix: str = ".txt", stdin: bool = False) -> Result:
    args = ["extract", "--published", PUBLISHED.isoformat(), "--format", "jsonl"]
    if stdin:
        return CliRunner().invoke(main, [*args, "-"], input=data)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        return CliRunner().invoke(main, [*args, str(path)])


# ---------------------------------------------------------------- strategies


@st.composite
def article_with_insertions(draw: st.DrawFn) -> str:
    """Real article lines with random text, control characters and markup in between."""
    noise = st.one_of(
        st.text(max_size=40),
        st.sampled_from(["\x00", "\r", "\r\n", "\ufeff", "\u200b", "\xa0", "<p>", "</div>", "&"]),
        st.sampled_from(["« ", " »", '"', "(", ")", " - ", "—", "...", ":", ";", "%", "km"]),
        st.integers(min_value=-(10**12), max_value=10**12).map(str),
    )
    pieces = draw(st.lists(st.one_of(fragment(), noise), min_size=1, max_size=25))
    separators = draw(st.lists(st.sampled_from(["\n", "\n\n", " ", ""]), min_size=len(pieces)))
    return "".join(p + s for p, s in zip(pieces, separators, strict=False))


TAGS = ("p", "div", "span", "article", "h1", "h2", "li", "blockquote", "script", "table", "b")


@st.composite
def mangled_html(draw: st.DrawFn) -> str:
    """HTML with unclosed and stray tags, deep nesting, huge attributes, scripts, entities."""
    parts = [
        draw(st.sampled_from(["", "<!doctype html>", "<html><head>", "<?xml version='1.0'?>"]))
    ]
    for _ in range(draw(st.integers(min_value=1, max_value=15))):
        tag = draw(st.sampled_from(TAGS))
        kind = draw(st.integers(min_value=0, max_value=7))
        text = draw(st.one_of(fragment(), st.text(max_size=30)))
        if kind == 0:
            parts.append(f"<{tag}>{text}")  # never closed
        elif kind == 1:
            depth = draw(st.integers(min_value=10, max_value=3000))
            parts.append(f"<{tag}>" * depth + text + f"</{tag}>" * (depth // 2))
        elif kind == 2:
            size = draw(st.integers(min_value=1000, max_value=200_000))
            parts.append(f"<{tag} class=\"{'x' * size}\" data-a='{text}'>{text}</{tag}>")
        elif kind == 3:
            parts.append(f"<script>var s = '<p>{text}</p>'; if (a < b) {{ }}</script>")
        elif kind == 4:
            parts.append(f"</{tag}></{tag}>{text}<{tag} <{tag}>")  # stray and broken tags
        elif kind == 5:
            parts.append(f"<!-- {text} <p>--><![CDATA[{text}]]>&#0;&#xFFFFFFFF;&bogus;&amp")
        elif kind == 6:
            parts.append(f'<meta property="article:published_time" content="{text}">')
        else:
            parts.append(f"<p>{text}</p>")
    return "".join(parts)


ENCODINGS = ("latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-8")


# ---------------------------------------------------------------- library properties


@fuzz(150)
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(data: bytes) -> None:
    outcome(data)


@fuzz(150)
@given(st.text(max_size=3000))
def test_arbitrary_text(text: str) -> None:
    outcome(text.encode("utf-8"))


@fuzz(100)
@given(article_with_insertions(), st.sampled_from([None, True, False]))
def test_article_fragments_with_random_insertions(text: str, html: bool | None) -> None:
    outcome(text.encode("utf-8"), html=html)


@fuzz(60)
@given(mangled_html())
def test_mangled_html(page: str) -> None:
    outcome(page.encode("utf-8"))
    outcome(page.encode("utf-8"), html=True)


@fuzz(100)
@given(article_with_insertions(), st.sampled_from(ENCODINGS))
def test_other_encodings(text: str, encoding: str) -> None:
    data = text.encode(encoding, errors="replace")
    outcome(data)
    if encoding == "utf-16":  # Python writes a BOM; also try the same bytes without it
        outcome(data.removeprefix(codecs.BOM_UTF16_LE).removeprefix(codecs.BOM_UTF16_BE))


@fuzz(80)
@given(article_with_insertions(), st.lists(st.integers(min_value=0), max_size=20))
def test_nul_bytes(text: str, positions: list[int]) -> None:
    data = bytearray(text.encode("utf-8"))
    for position in positions:
        data.insert(position % (len(data) + 1), 0)
    outcome(bytes(data))


@fuzz(6)
@given(fragment(), st.integers(min_value=10_000, max_value=150_000))
def test_very_long_lines(line: str, length: int) -> None:
    repeated = (line.replace("\n", " ") + " ") * (length // (len(line) + 1) + 1)
    outcome(repeated[:length].encode("utf-8"))
    outcome(("x" * length).encode("ascii"))  # one word with no space


def valid_event(text: str) -> Event:
    return Event(
        event_date=PUBLISHED,
        time_precision=1,
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Military Forces of Mali (2021-)",
        inter1=1,
        country="Mali",
        location="Gao",
        latitude=16.27,
        longitude=-0.04,
        geo_precision=1,
        evidence=[Evidence(0, 6, text[:6])],
    )


@pytest.mark.parametrize(
    "change",
    [
        {"sub_event_type": "Attack"},  # not a sub-type of Battles
        {"event_type": "Fighting"},
        {"time_precision": 4},
        {"geo_precision": 0},
        {"fatalities": -1},
        {"inter2": 9},
        {"latitude": math.nan},
        {"evidence": [Evidence(0, 6, "Gunmen")]},  # not the text at those offsets
        {"evidence": [Evidence(10, 99, "x")]},  # outside the text
    ],
)
def test_the_rules_reject_invalid_events(change: dict[str, object]) -> None:
    text = "Troops clashed with JNIM near Gao."
    assert_valid_event(valid_event(text), text)
    with pytest.raises(AssertionError):
        assert_valid_event(dataclasses.replace(valid_event(text), **change), text)


def test_no_publication_date_is_a_clear_error_not_a_crash() -> None:
    text = "Gunmen kill six in Niono\n\nGunmen killed six soldiers in Niono on Sunday."
    assert outcome(text.encode(), published=None) == "error"


def test_real_articles_still_give_events() -> None:
    """The harness above can see events: the rules are checked on real output too."""
    results = [outcome(a.text.encode(), published=a.published) for a in generate(5, "en", 1)]
    assert "events" in results


@pytest.mark.parametrize("extra", [1, 5_000_000])
def test_input_over_max_bytes_is_refused(extra: int) -> None:
    data = b"Gunmen attack Gao\n\n" + b"a " * ((MAX_BYTES + extra) // 2)
    assert len(data) > MAX_BYTES
    with pytest.raises(SahelwatchError, match="split it"):
        article_from_bytes(data)


# ---------------------------------------------------------------- the CLI


@fuzz(40)
@given(
    st.one_of(st.binary(max_size=2048), article_with_insertions().map(str.encode)),
    st.sampled_from([".txt", ".html", ".bin"]),
    st.booleans(),
)
def test_cli_exits_0_or_2_without_traceback(data: bytes, suffix: str, stdin: bool) -> None:
    assert_clean_cli(cli_extract(data, suffix, stdin))


@fuzz(15)
@given(mangled_html(), st.sampled_from(ENCODINGS))
def test_cli_on_mangled_html_in_other_encodings(page: str, encoding: str) -> None:
    assert_clean_cli(cli_extract(page.encode(encoding, errors="replace"), ".html"))


@pytest.mark.parametrize("stdin", [False, True])
def test_cli_refuses_input_over_max_bytes(stdin: bool) -> None:
    data = b"x" * (MAX_BYTES + 1)
    result = cli_extract(data, ".txt", stdin)
    assert_clean_cli(result)
    assert result.exit_code == 2 and "split it" in result.stderr


def test_cli_on_empty_input_says_so() -> None:
    result = cli_extract(b"", ".txt")
    assert_clean_cli(result)
    assert result.exit_code == 2 and "empty" in result.stderr
