"""The publication date an article states itself, when the caller gives none.

Looks at the top of the article (furniture lines included) for "Published: 9 August
2022", "Posted on Wednesday, 6 April 2022", "Publié le 12 juin 2022", a line that opens
with a full date ("June 16, 2024:"), a dateline ("Ségou, 15 octobre 2024 -") or an ISO
date. Only dates with a year count.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from sahelwatch.errors import MissingPublicationDateError
from sahelwatch.extraction.components.dates import safe_date, vocabulary
from sahelwatch.extraction.doc import Doc
from sahelwatch.extraction.pipeline import Component
from sahelwatch.extraction.text import fold, phrase_alternation

HEAD_CHARS = 1200


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    vocab = vocabulary(lang)
    month = f"(?P<month>{phrase_alternation(vocab.months)})"
    weekday = f"(?:(?:{phrase_alternation(vocab.weekdays)}),?\\s+)?"
    day = r"(?P<day>\d{1,2}|1er)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    label = r"(?:published|posted|updated|last\s+updated|publie|mis\s+a\s+jour|date)"
    dmy = rf"{weekday}{day}\s+{month}\.?,?\s+{year}"
    mdy = rf"{weekday}{month}\.?\s+{day},?\s+{year}"
    return (
        *(re.compile(rf"{label}\s*(?:on|le)?\s*:?\s*{form}") for form in (dmy, mdy)),
        *(re.compile(rf"(?m)^\s*{form}\s*(?:[:\-|,]|\d|$)") for form in (dmy, mdy)),
        # a dateline: "Ségou, 15 octobre 2024 - ...", "Bamako, le 24 août 2022"
        *(
            re.compile(rf"(?m)^\s*[a-z][^\n,.]{{0,40}},\s*(?:le\s+)?{form}\s*(?:[-(:|]|$)")
            for form in (dmy, mdy)
        ),
        re.compile(r"(?m)^\s*(?:[^\n]{0,40}\s)?(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b"),
    )


def stated_publication_date(text: str, lang: str) -> dt.date | None:
    head = fold(text[:HEAD_CHARS])
    vocab = vocabulary(lang)
    for pattern in _patterns(lang):
        match = pattern.search(head)
        if not match:
            continue
        if match.groupdict().get("iso"):
            found = safe_date(*(int(x) for x in match["iso"].split("-")))
        else:
            day = 1 if match["day"] == "1er" else int(match["day"])
            found = safe_date(int(match["year"]), vocab.months[match["month"]], day)
        if found is not None:
            return found
    return None


class PublicationDate(Component[dt.date]):
    name = "published"
    reads = ("text", "lang", "published", "source_name")
    writes = ("published",)

    def match(self, doc: Doc) -> dt.date:
        if doc.published is not None:
            return doc.published
        found = stated_publication_date(doc.text, doc.lang)
        if found is None:
            raise MissingPublicationDateError(doc.source_name)
        return found

    def set_annotations(self, doc: Doc, found: dt.date) -> None:
        doc.published = found
