"""INPUTs to work items: files, folders, JSONL manifests, RSS/Atom feeds (files and URLs)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sahelwatch.errors import InputError
from sahelwatch.ingest.feeds import looks_like_feed, parse_feed
from sahelwatch.ingest.fetch import FetchLimits, fetch
from sahelwatch.ingest.inputs import WorkItem, expand_inputs
from sahelwatch.ingest.work import WorkOptions, load_article, process
from tests.ingest_helpers import NAMPALA_HTML, NAMPALA_TEXT, rss, rss_item, serve

LIMITS = FetchLimits(timeout_s=5, max_bytes=100_000)


def items(*inputs: str) -> list[WorkItem]:
    return list(expand_inputs(inputs, LIMITS))


def test_a_folder_is_searched_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/z.txt", "b/a.HTML", "a.htm", "c.txt", "notes.md", "b/img.png"):
        (tmp_path / name).write_text("x")
    names = [Path(i.path or "").relative_to(tmp_path).as_posix() for i in items(str(tmp_path))]
    assert names == ["a.htm", "b/a.HTML", "b/z.txt", "c.txt"]


def test_a_missing_input_becomes_a_failed_item_and_the_others_stay(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(NAMPALA_TEXT)
    found = items(str(tmp_path / "nope.txt"), str(good))
    assert found[0].error is not None and "no such file" in found[0].error
    assert found[1] == WorkItem(name=str(good), path=str(good))


def test_manifest_lines_give_paths_relative_to_it_and_inline_texts(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(NAMPALA_TEXT)
    lines = [
        {"path": "sub/a.txt", "url": "https://x.org/a", "published": "2024-05-15", "lang": "en"},
        {"text": "Body only.", "title": "Headline", "source": "Radio X"},
        "not json {",
        {"url": "https://x.org/nothing"},
        {"text": "x", "published": "15/05/2024"},
        [1, 2],
    ]
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n\n"
    )
    first, second, *bad = items(str(manifest))
    assert first.path == str(tmp_path / "sub" / "a.txt")
    assert (first.url, first.published, first.lang) == (
        "https://x.org/a",
        dt.date(2024, 5, 15),
        "en",
    )
    assert (second.text, second.title, second.outlet) == ("Body only.", "Headline", "Radio X")
    assert [b.name for b in bad] == [f"{manifest} line {n}" for n in (3, 4, 5, 6)]
    assert "not valid JSON" in (bad[0].error or "")
    assert "neither" in (bad[1].error or "")
    assert "YYYY-MM-DD" in (bad[2].error or "")
    assert "JSON object" in (bad[3].error or "")


def test_an_inline_text_gets_its_title_as_headline() -> None:
    item = WorkItem(name="m line 2", text="Body only.", title="Headline")
    assert load_article(item, LIMITS).text.startswith("Headline\n\nBody only.")
    same = WorkItem(name="m", text="Headline\nBody.", title="Headline")
    assert load_article(same, LIMITS).text == "Headline\nBody."


RSS_ITEMS = [
    rss_item(
        "Army camp attacked in Nampala",
        "https://example.org/a",
        "Wed, 15 May 2024 08:00:00 +0000",
        "<p>BAMAKO - Militants attacked an army camp in <b>Nampala</b>.</p>",
    ),
    rss_item("Link only", "https://example.org/b", "Thu, 16 May 2024 09:00:00 GMT"),
    rss_item("Nothing", None, None),
]


def test_rss_items_carry_title_link_date_and_cleaned_html_text(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(RSS_ITEMS))
    first, second, third = items(str(feed))
    assert (first.title, first.url, first.published, first.outlet, first.html) == (
        "Army camp attacked in Nampala",
        "https://example.org/a",
        dt.date(2024, 5, 15),
        "Sahel Wire",
        True,
    )
    article = load_article(first, LIMITS)
    assert article.title == "Army camp attacked in Nampala"
    assert "army camp in Nampala" in article.text and "<b>" not in article.text
    assert second.fetch_url == "https://example.org/b" and second.text is None
    assert third.error is not None and "no text and no http(s) link" in third.error


def test_atom_entries_use_content_then_summary_and_published_then_updated() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Radio Sahel</title>
<entry><title>Attaque a Kobadi</title><link rel="alternate" href="https://r.org/1"/>
<updated>2024-05-18T10:00:00Z</updated><published>2024-05-17T10:00:00+00:00</published>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
<p>Trois villageois tues.</p></div></content>
</entry>
<entry><title>Second</title><link href="https://r.org/2"/><updated>2024-05-19T00:00:00Z</updated>
<summary>Plain summary text.</summary></entry>
</feed>"""
    feed = parse_feed(atom, "atom.xml")
    assert feed.title == "Radio Sahel"
    one, two = feed.items
    assert (one.link, one.published, one.content_is_html) == (
        "https://r.org/1",
        dt.date(2024, 5, 17),
        True,
    )
    assert one.content == "<div>\n<p>Trois villageois tues.</p></div>"
    assert (two.link, two.published, two.content, two.content_is_html) == (
        "https://r.org/2",
        dt.date(2024, 5, 19),
        "Plain summary text.",
        False,
    )


@pytest.mark.parametrize(
    "data",
    [
        b"<rss><channel><item></channel></rss>",
        b"<html><body>not a feed</body></html>",
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
        b"<rss><channel><title>&b;</title></channel></rss>",
    ],
)
def test_a_broken_or_hostile_feed_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError, match="feed"):
        parse_feed(data, "bad.xml")


def test_a_broken_feed_file_fails_alone(tmp_path: Path) -> None:
    bad = tmp_path / "bad.rss"
    bad.write_bytes(b"<rss><channel><item>")
    good = tmp_path / "a.txt"
    good.write_text(NAMPALA_TEXT)
    found = items(str(bad), str(good))
    assert found[0].error is not None and str(bad) in found[0].error
    assert found[1].path == str(good)


def test_feeds_are_recognised_by_content_whatever_the_suffix(tmp_path: Path) -> None:
    assert looks_like_feed(rss(RSS_ITEMS)[:200])
    assert not looks_like_feed(b"<!doctype html><html><body><p>feed</p>")
    odd = tmp_path / "latest"
    odd.write_bytes(rss(RSS_ITEMS))
    assert [i.url for i in items(str(odd))][:2] == [
        "https://example.org/a",
        "https://example.org/b",
    ]


def test_a_feed_url_is_fetched_and_link_only_items_fetch_their_page() -> None:
    pages = {
        "/feed": (200, "application/rss+xml", b""),
        "/a": (200, "text/html", NAMPALA_HTML.encode()),
        "/big": (200, "text/html", b"<p>x</p>" * 20_000),
    }
    with serve(pages) as base:
        pages["/feed"] = (
            200,
            "application/rss+xml",
            rss(
                [
                    rss_item("A", f"{base}/a", "Wed, 15 May 2024 08:00:00 +0000"),
                    rss_item("Gone", f"{base}/missing", "Wed, 15 May 2024 08:00:00 +0000"),
                    rss_item("Big", f"{base}/big", "Wed, 15 May 2024 08:00:00 +0000"),
                ]
            ),
        )
        found = items(f"{base}/feed")
        outcomes = [process(item, WorkOptions(limits=LIMITS)) for item in found]
        missing_feed = items(f"{base}/nofeed")
    ok, gone, big = outcomes
    assert ok.extracted is not None and ok.extracted.url == f"{base}/a"
    assert ok.extracted.published == dt.date(2024, 5, 15)
    assert "Nampala" in ok.extracted.text and ok.extracted.events
    assert gone.error is not None and "HTTP 404" in gone.error and "missing" in gone.error
    assert big.error is not None and "larger than" in big.error
    assert missing_feed[0].error is not None and "HTTP 404" in missing_feed[0].error


def test_only_http_links_are_fetched() -> None:
    with pytest.raises(InputError, match="only http"):
        fetch("file:///etc/passwd", LIMITS)
    item = WorkItem(name="x", fetch_url="ftp://example.org/a")
    assert "only http" in (process(item, WorkOptions()).error or "")


def test_unreachable_host_is_a_per_item_error() -> None:
    item = WorkItem(name="feed item 1", fetch_url="http://127.0.0.1:9/a")
    outcome = process(item, WorkOptions(limits=FetchLimits(timeout_s=2)))
    assert outcome.error is not None and outcome.error.startswith("feed item 1: ")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"Headline only, no date\n\nSomething happened somewhere.", "publication date"),
    ],
)
def test_bad_articles_fail_with_a_reason_naming_them(
    tmp_path: Path, content: bytes, message: str
) -> None:
    file = tmp_path / "bad.txt"
    file.write_bytes(content)
    outcome = process(WorkItem(name=str(file), path=str(file)), WorkOptions())
    assert outcome.extracted is None
    assert outcome.error is not None and str(file) in outcome.error and message in outcome.error


def test_a_cp1252_article_is_read_and_its_item_date_is_used(tmp_path: Path) -> None:
    file = tmp_path / "fr.txt"
    file.write_bytes(
        "Attaque à Nampala\n\nDes hommes armés ont attaqué le camp militaire de Nampala, "
        "tuant cinq soldats, a indiqué l'armée.".encode("cp1252")
    )
    item = WorkItem(name="f", path=str(file), published=dt.date(2024, 5, 15))
    outcome = process(item, WorkOptions(lang="fr"))
    assert outcome.extracted is not None
    assert "armés" in outcome.extracted.text
    assert (outcome.extracted.published, outcome.extracted.language) == (
        dt.date(2024, 5, 15),
        "fr",
    )


def test_a_manifest_that_is_not_utf8_fails_alone(tmp_path: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    manifest.write_bytes('{"text": "Attaque à Nampala"}\n'.encode("utf-16"))
    good = tmp_path / "a.txt"
    good.write_text(NAMPALA_TEXT)
    bad, ok = items(str(manifest), str(good))
    assert bad.error is not None and "UTF-8 JSONL manifest" in bad.error
    assert ok.path == str(good)


def test_an_extractor_bug_fails_its_item_with_the_reason_and_is_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import sahelwatch.extraction.api

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(sahelwatch.extraction.api, "extract_article", broken)
    file = tmp_path / "a.txt"
    file.write_text(NAMPALA_TEXT)
    outcome = process(WorkItem(name=str(file), path=str(file)), WorkOptions())
    assert outcome.extracted is None and outcome.error is not None
    assert outcome.error.startswith(f"{file}: internal error (ZeroDivisionError")
    assert "report" in outcome.error
    assert any(r.exc_info and r.levelname == "ERROR" for r in caplog.records)
