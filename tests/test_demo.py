"""The bundled demo runs end to end on the packaged sample."""

from __future__ import annotations

import io

from click.testing import CliRunner

from sahelwatch.cli import main
from sahelwatch.demo import run_demo, sample_articles


def test_every_sample_article_is_read_with_its_date_and_language() -> None:
    samples = list(sample_articles())
    assert len(samples) >= 8
    assert all(s.article.published is not None for s in samples)
    assert {s.article.lang for s in samples} == {"en", "fr"}


def test_the_demo_prints_each_outlet_and_the_nampala_events() -> None:
    out = io.StringIO()
    total = run_demo(out)
    text = out.getvalue()
    assert total >= 8
    for sample in sample_articles():
        assert sample.outlet in text
    assert "Nampala" in text
    assert f"{total} events from the bundled sample." in text


def test_the_demo_command_exits_cleanly() -> None:
    result = CliRunner().invoke(main, ["demo"])
    assert result.exit_code == 0, result.output
    assert "events from the bundled sample" in result.output
