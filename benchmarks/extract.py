"""Benchmark section "extract": extraction speed against spaCy's blank tokenizer.

For each language, generated articles go through ``extract_article`` and through
``spacy.blank(lang)``'s tokenizer on one core, best of several passes after a warm-up;
the ratio of their times is the number the issue targets (extraction within 5x of
tokenisation). It also reports how extraction time grows with input size: one text made
of many articles against the same articles one by one (1x means linear).
"""

from __future__ import annotations

import contextlib
import math
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial

from benchmarks.generate import LANGS, generate
from benchmarks.report import metric_line

ARTICLES, QUICK_ARTICLES = 1000, 10
LONG_PARTS, QUICK_LONG_PARTS = 60, 4
LONG_PASSES = 3
PROFILED, QUICK_PROFILED = 200, 4  # articles timed component by component
PASSES, QUICK_PASSES = 1, 1  # see measure(): one reading per text
WARM_UP_ARTICLES = 50
SEED = 20240501
TARGET_RATIO = 5.0


@dataclass(frozen=True, slots=True)
class LangResult:
    lang: str
    articles: int
    words: int
    events: int
    extract_seconds: float  # best pass over all articles
    tokenizer_seconds: float

    @property
    def extract_rate(self) -> float:
        return self.articles / self.extract_seconds

    @property
    def tokenizer_rate(self) -> float:
        return self.articles / self.tokenizer_seconds

    @property
    def ratio(self) -> float:
        return self.extract_seconds / self.tokenizer_seconds


def run(report: Callable[[str], None], quick: bool = False) -> None:
    """Report articles/s of extraction and tokenisation, and their ratio, per language."""
    n, passes = (QUICK_ARTICLES, QUICK_PASSES) if quick else (ARTICLES, PASSES)
    parts = QUICK_LONG_PARTS if quick else LONG_PARTS
    with one_core() as cpu:
        report(f"  {n} generated articles per language, best of {passes} pass(es), {cpu}")
        for lang in LANGS:
            report_speed(report, measure(lang, n, passes))
            profiled = QUICK_PROFILED if quick else PROFILED
            for name, share in component_shares(lang, profiled).items():
                report(metric_line(f"{lang} time in {name}", 100 * share, "%"))
            separate, together, size = measure_long_input(lang, parts)
            report(
                metric_line(
                    f"{lang} long input slowdown",
                    together / separate,
                    "x",
                    f"one {size / 1000:.0f} kB text of {parts} articles against the same "
                    "articles one by one; 1x is linear",
                )
            )


def report_speed(report: Callable[[str], None], result: LangResult) -> None:
    lang = result.lang
    verdict = "met" if result.ratio <= TARGET_RATIO else "missed"
    report(metric_line(f"{lang} words per article", result.words / result.articles, "words"))
    report(metric_line(f"{lang} events extracted", result.events, "events"))
    report(metric_line(f"{lang} extract_article", result.extract_rate, "articles/s"))
    report(metric_line(f"{lang} spacy tokenizer", result.tokenizer_rate, "articles/s"))
    report(
        metric_line(
            f"{lang} ratio extract/tokenizer",
            result.ratio,
            "x",
            f"target <= {TARGET_RATIO:g}x: {verdict}",
        )
    )


def measure(lang: str, n: int, passes: int, seed: int = SEED) -> LangResult:
    """Time extraction and tokenisation of ``n`` generated ``lang`` articles."""
    import spacy

    from sahelwatch.articles import article_from_text
    from sahelwatch.extraction.api import extract_article

    generated = generate(n, lang, seed)
    articles = [(article_from_text(g.text), g.published) for g in generated]
    texts = [g.text for g in generated]
    # Both sides warm up on other articles, then read each timed article once: a second
    # pass over the same texts would time spaCy's string cache (and ours), not reading.
    warm_up = generate(WARM_UP_ARTICLES, lang, seed + 7919)
    counts: list[int] = []

    def extract_all() -> None:
        counts.append(sum(len(extract_article(a, published=p).events) for a, p in articles))

    extract_seconds = math.inf
    tokenizer_seconds = math.inf
    for _ in range(passes):
        tokenizer = spacy.blank(lang).tokenizer
        for g in warm_up:
            extract_article(article_from_text(g.text), published=g.published)
            tokenizer(g.text)
        extract_seconds = min(extract_seconds, best_of(1, extract_all))
        tokenizer_seconds = min(tokenizer_seconds, best_of(1, partial(_read_all, tokenizer, texts)))
    events = counts[0]
    words = sum(len(t.split()) for t in texts)
    return LangResult(lang, n, words, events, extract_seconds, tokenizer_seconds)


def _read_all(tokenizer: Callable[[str], object], texts: Sequence[str]) -> None:
    for text in texts:
        tokenizer(text)


def component_shares(lang: str, n: int, seed: int = SEED) -> dict[str, float]:
    """Share of pipeline time each extraction component takes over ``n`` articles."""
    from sahelwatch.articles import article_from_text
    from sahelwatch.extraction.build import default_pipeline, new_doc

    pipeline = default_pipeline()
    spent = dict.fromkeys(pipeline.names, 0.0)
    for g in generate(n, lang, seed):
        doc = new_doc(article_from_text(g.text).with_defaults(published=g.published))
        for component in pipeline.components:
            start = time.perf_counter()
            doc = component(doc)
            spent[component.name] += time.perf_counter() - start
    total = sum(spent.values()) or 1.0
    return {name: seconds / total for name, seconds in spent.items()}


def measure_long_input(lang: str, parts: int, seed: int = SEED) -> tuple[float, float, int]:
    """Seconds to extract ``parts`` articles one by one and as one text, and its size."""
    from sahelwatch.articles import article_from_text
    from sahelwatch.extraction.api import extract_article

    generated = generate(parts, lang, seed + 1)
    singles = [(article_from_text(g.text), g.published) for g in generated]
    joined = article_from_text("\n\n".join(g.text for g in generated))
    extract_article(*singles[0])  # resources are loaded already; this warms the caches

    def one_by_one() -> None:
        for article, published in singles:
            extract_article(article, published=published)

    # best of three: a pass takes well under a second, where a pause of the machine shows
    separate = best_of(LONG_PASSES, one_by_one)
    together = best_of(
        LONG_PASSES, lambda: extract_article(joined, published=generated[-1].published)
    )
    return separate, together, len(joined.text.encode())


def best_of(passes: int, work: Callable[[], object]) -> float:
    """The shortest of ``passes`` timings of ``work``, in seconds."""
    times: list[float] = []
    for _ in range(passes):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


@contextlib.contextmanager
def one_core() -> Iterator[str]:
    """Run the block pinned to one CPU where the OS allows it; say which."""
    if not hasattr(os, "sched_setaffinity"):
        yield "one process (CPU pinning not available)"
        return
    before: Sequence[int] = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {before[-1]})
    try:
        yield f"pinned to CPU {before[-1]}"
    finally:
        os.sched_setaffinity(0, before)
