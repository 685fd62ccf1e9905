"""The bundled demo ingests the packaged sample and prints the stored events."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner

from sahelwatch.cli import main
from sahelwatch.demo import run_demo, sample_articles
from sahelwatch.settings import Settings
from tests.ingest_db import dump


def test_every_sample_article_is_read_with_its_date_and_language() -> None:
    samples = list(sample_articles())
    assert len(samples) >= 8
    assert all(s.article.published is not None for s in samples)
    assert {s.article.lang for s in samples} == {"en", "fr"}


def test_the_demo_stores_the_sample_and_prints_events_with_their_sources(tmp_path: Path) -> None:
    settings = Settings(f"sqlite:///{tmp_path / 'demo.db'}")
    out = io.StringIO()
    total = run_demo(out, settings)
    text = out.getvalue()
    samples = list(sample_articles())
    assert f"articles: {len(samples)} new, 0 unchanged, 0 failed" in text
    assert total >= 6
    assert f"{total} events from the bundled sample." in text
    for sample in samples:
        assert sample.outlet in text
    nampala = [line for line in text.splitlines() if "Nampala" in line and "Battles" in line]
    assert nampala, text
    # the camp attack is reported by several outlets and merged into one event
    assert max(int(line.split()[-1]) for line in nampala) >= 2
    stored = dump(settings.db_url)
    assert len(stored["articles"]) == len(samples)


def test_the_demo_twice_changes_nothing(tmp_path: Path) -> None:
    settings = Settings(f"sqlite:///{tmp_path / 'demo.db'}")
    first = run_demo(io.StringIO(), settings)
    before = dump(settings.db_url)
    out = io.StringIO()
    assert run_demo(out, settings) == first
    assert "0 new" in out.getvalue()
    assert dump(settings.db_url) == before


def test_the_demo_command_uses_the_default_database_or_db(tmp_path: Path) -> None:
    runner = CliRunner(env={"XDG_DATA_HOME": str(tmp_path / "xdg"), "SAHELWATCH_DB": None})
    result = runner.invoke(main, ["demo"])
    assert result.exit_code == 0, result.output
    assert "events from the bundled sample" in result.output
    assert (tmp_path / "xdg" / "sahelwatch" / "sahelwatch.db").exists()
    other = tmp_path / "other.db"
    result = runner.invoke(main, ["demo", "--db", str(other)])
    assert result.exit_code == 0, result.output
    assert other.exists()


def test_the_demo_writes_a_self_contained_briefing_of_the_sample(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    brief = tmp_path / "brief.html"
    result = CliRunner().invoke(main, ["demo", "--db", db, "--report", str(brief)])
    assert result.exit_code == 0, result.output
    html = brief.read_text(encoding="utf-8")
    assert "Nampala" in html and "<svg" in html
    assert "http://" not in html.replace("http://www.w3.org", "")  # nothing fetched from outside
