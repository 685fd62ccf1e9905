"""`sahelwatch extract`: the interface the project is measured by."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from sahelwatch.cli import main
from sahelwatch.model import ACLED_FIELDS

ARTICLE = """Six soldiers killed in attack on Niono camp

Gunmen attacked the military camp in Niono on Sunday, killing six soldiers, the army said.
"""

HTML = """<!doctype html><html><head><title>Six soldiers killed | Example News</title>
<meta property="article:published_time" content="2024-07-03T10:00:00Z"></head>
<body><nav><a href="/">Home</a> Sports Politics</nav>
<article><h1>Six soldiers killed in attack on Niono camp</h1>
<div class="byline">By A. Writer</div>
<figure><img src="x.jpg">
<figcaption>Soldiers in Niono in 2019, when 20 were killed.</figcaption></figure>
<p>Gunmen attacked the military camp in Niono on Sunday, killing six soldiers, the army said.</p>
<div class="share">Share on Twitter</div>
<aside>Read more: 30 killed in Mopti last year</aside>
</article><footer>Subscribe to our newsletter</footer></body></html>
"""


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_jsonl_has_acled_fields_evidence_and_claims(tmp_path: Path) -> None:
    path = tmp_path / "niono.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run("extract", str(path), "--published", "2024-07-03", "--format", "jsonl")
    assert code == 0
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert list(record)[: len(ACLED_FIELDS)] == list(ACLED_FIELDS)
    assert record["event_date"] == "2024-06-30"
    assert record["location"] == "Niono" and record["admin1"] == "Segou"
    assert record["fatalities"] == 6
    span = record["evidence"][0]
    assert ARTICLE[span["start"] : span["end"]] == span["text"]
    assert ("fatalities", 6, "Malian army") in {
        (c["field"], c["value"], c["source"]) for c in record["claims"]
    }


def test_csv_uses_acled_columns_in_order(tmp_path: Path) -> None:
    path = tmp_path / "niono.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run("extract", str(path), "--published", "2024-07-03", "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][: len(ACLED_FIELDS)] == list(ACLED_FIELDS)
    assert len(rows) == 2


def test_standard_input_and_table(tmp_path: Path) -> None:
    code, out, _ = run("extract", "-", "--published", "2024-07-03", stdin=ARTICLE)
    assert code == 0 and "Niono" in out and "Battles" in out


def test_html_page_furniture_is_not_read_and_its_date_is_used(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    code, out, _ = run("extract", str(path), "--format", "jsonl")
    assert code == 0, out
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["location"], r["fatalities"], r["event_date"]) for r in records] == [
        ("Niono", 6, "2024-06-30")
    ]


def test_missing_publication_date_is_exit_code_2_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run("extract", str(path))
    assert code == 2 and out == ""
    assert "undated.txt" in err and "--published YYYY-MM-DD" in err


def test_bad_inputs_are_one_line_errors(tmp_path: Path) -> None:
    code, _, err = run("extract", str(tmp_path / "nope.txt"), "--published", "2024-07-03")
    assert code == 2 and "nope.txt: no such file" in err
    code, _, err = run("extract", "-", "--published", "3 July")
    assert code == 2 and "YYYY-MM-DD" in err
    (tmp_path / "blob.bin").write_bytes(bytes(range(256)) * 50)
    code, _, err = run("extract", str(tmp_path / "blob.bin"), "--published", "2024-07-03")
    assert code == 2 and "binary" in err and "Traceback" not in err


def test_an_inline_tag_before_punctuation_leaves_no_space() -> None:
    from sahelwatch.htmltext import html_to_article_parts

    _, body, _ = html_to_article_parts(
        "<html><body><article><h1>Attack</h1><p>Gunmen attacked <b>Nampala</b>. "
        "Villagers (<i>mostly herders</i>) fled.</p></article></body></html>"
    )
    assert body == "Gunmen attacked Nampala. Villagers (mostly herders) fled."


def test_jsonl_escapes_characters_that_readers_take_for_line_breaks() -> None:
    import io
    import json

    from sahelwatch.output import write_records

    out = io.StringIO()
    write_records([{"notes": "a\x85b\u2028c\u2029d"}], out, "jsonl")
    (line,) = out.getvalue().splitlines()
    assert json.loads(line) == {"notes": "a\x85b\u2028c\u2029d"}
