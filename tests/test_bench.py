"""The benchmark harness and its article generator (no timing thresholds here)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

from benchmarks import run as bench
from benchmarks.generate import (
    MAX_PARAGRAPHS,
    MAX_WORDS,
    MIN_WORDS,
    actor_phrases_without_alias,
    generate,
)
from benchmarks.report import metric_line, parse_metric
from sahelwatch.geo.gazetteer import load_gazetteer

EXTRACT_METRICS = [
    f"{lang} {name}"
    for lang in ("en", "fr")
    for name in (
        "words per article",
        "events extracted",
        "extract_article",
        "spacy tokenizer",
        "ratio extract/tokenizer",
        "long input slowdown",
    )
]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_generator_is_deterministic_and_seeded(lang: str) -> None:
    assert generate(5, lang, seed=7) == generate(5, lang, seed=7)
    assert generate(5, lang, seed=7) != generate(5, lang, seed=8)
    assert [a.lang for a in generate(3, lang, seed=1)] == [lang] * 3


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_generated_articles_have_news_shape(lang: str) -> None:
    articles = generate(40, lang, seed=3)
    for article in articles:
        words = len(article.text.split())
        assert MIN_WORDS <= words <= MAX_WORDS + 60  # + headline, caption and boilerplate
        blocks = article.text.strip().split("\n\n")
        assert 6 <= len(blocks) <= MAX_PARAGRAPHS + 5
        assert "{" not in article.text and "}" not in article.text  # every slot filled
        assert re.search(r"\(.+\) -", blocks[1] + blocks[2])  # dateline
    texts = " ".join(a.text for a in articles)
    assert re.search(r"\b\d+\b", texts)  # tolls in digits ...
    words = ("seven", "twelve", "three") if lang == "en" else ("sept", "douze", "trois")
    assert any(w in texts for w in words)  # ... and in words
    assert ("Read more" in texts) if lang == "en" else ("Lire aussi" in texts)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_actor_phrases_come_from_the_lexicon(lang: str) -> None:
    assert actor_phrases_without_alias(lang) == []


def test_generated_places_are_malian_places_of_the_gazetteer() -> None:
    gazetteer = load_gazetteer()
    texts = " ".join(a.text for a in generate(30, "en", seed=5))
    names = re.findall(r"village of ([A-Z][\w' -]+?) in Mali", texts)
    names += re.findall(r"road between ([A-Z][\w' -]+?) and", texts)
    assert names
    for name in names:
        assert any(p.country_code == "ML" for p in gazetteer.lookup(name)), name


def test_metric_lines_round_trip() -> None:
    line = metric_line("en extract_article", 31.25, "articles/s", "note: here")
    assert parse_metric(line) == ("en extract_article", 31.25, "articles/s")
    assert parse_metric("  10 generated articles per language") is None


def test_quick_run_reports_every_section_with_positive_numbers(tmp_path: Path) -> None:
    output = tmp_path / "latest.json"
    code = bench.main(["--quick", "--only", "extract", "--output", str(output)])
    assert code == 0
    report = json.loads(output.read_text())
    assert report["quick"] is True
    assert report["load_before"] >= 0 and report["load_after"] >= 0
    [extract] = report["sections"]
    assert extract["name"] == "extract" and extract["status"] == "ok"
    shares = {k: v for k, v in extract["metrics"].items() if " time in " in k}
    assert sorted(set(extract["metrics"]) - set(shares)) == sorted(EXTRACT_METRICS)
    assert all(extract["metrics"][name]["value"] > 0 for name in EXTRACT_METRICS)
    for lang in ("en", "fr"):
        lang_shares = [m["value"] for k, m in shares.items() if k.startswith(lang)]
        assert len(lang_shares) >= 5 and all(v >= 0 for v in lang_shares)
        assert sum(lang_shares) == pytest.approx(100, abs=0.1)


def test_missing_section_is_skipped_and_broken_one_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = types.ModuleType("bench_broken_section")

    def run(report: bench.Report, quick: bool = False) -> None:
        report("about to fail")
        raise RuntimeError("section exploded")

    broken.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bench_broken_section", broken)
    monkeypatch.setitem(bench.SECTIONS, "missing", "benchmarks.no_such_section")
    monkeypatch.setitem(bench.SECTIONS, "broken", "bench_broken_section")
    lines: list[str] = []
    report = bench.run_benchmarks(["missing", "broken"], quick=True, echo=lines.append)
    missing, failed = report["sections"]
    assert missing["status"] == "skipped"
    assert "does not exist" in missing["lines"][0]
    assert failed["status"] == "failed"
    assert failed["lines"][0] == "about to fail"
    assert any("section exploded" in line for line in failed["lines"])
    assert "== broken" in lines


def test_main_exits_non_zero_when_a_section_fails(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = types.ModuleType("bench_broken_section")
    broken.run = lambda report, quick=False: 1 / 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bench_broken_section", broken)
    monkeypatch.setitem(bench.SECTIONS, "broken", "bench_broken_section")
    assert bench.main(["--only", "broken", "--output", str(tmp_path / "r.json")]) == 1


def test_a_reader_that_goes_away_gets_no_traceback(tmp_path: Path) -> None:
    """`make bench | head` must not end in a BrokenPipeError traceback."""
    command = [sys.executable, "-m", "benchmarks.run", "--only", "merge", "--only", "api"]
    process = subprocess.Popen(
        [*command, "--output", str(tmp_path / "r.json")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert process.stdout is not None
    process.stdout.close()  # before the harness has started: every line it writes fails
    _, stderr = process.communicate(timeout=120)
    assert "Traceback" not in stderr.decode(), stderr.decode()
    assert process.returncode == 1
