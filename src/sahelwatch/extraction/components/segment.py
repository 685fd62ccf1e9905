"""Page furniture removal and sentence segmentation.

Furniture (bylines, captions, "Read Entire Article", subscription and donation blurbs,
embedded posts, a repeated headline) is marked as excluded spans rather than cut out,
so the offsets of everything else still point into the article as it was given.
"""

from __future__ import annotations

import functools
import re

from sahelwatch.extraction.doc import Doc, Sentence
from sahelwatch.extraction.lexicon import LANGUAGES, load_language
from sahelwatch.extraction.pipeline import Component
from sahelwatch.extraction.text import Spans, fold

_LINE = re.compile(r"[^\n]+")
# Embedded posts show their origin anywhere on the line.
_EMBEDDED_POST = re.compile(
    r"pic\.twitter\.com/|https?://t\.co/|\(@\w{2,}\)\s+\w+\s+\d{1,2},\s+\d{4}"
)
_CAPTION = re.compile(
    r"©|\(photo\b|^photo\b|^image\b|getty images|/ ?afp$|via afp\b|crédit photo", re.I
)
# Words every caption match holds, lower-cased; none has an "i" or an "s", which re.I also
# matches with other letters ("ı", "ſ"), so a line without any cannot match.
_CAPTION_WORDS = ("©", "photo", "mage", "getty", "afp")
# Every embedded post match holds one of these.
_EMBEDDED_POST_MARKS = ("pic.twitter.com/", "://t.co/", "(@")


def _is_caption(line: str) -> bool:
    lowered = line.lower()
    return any(w in lowered for w in _CAPTION_WORDS) and bool(_CAPTION.search(line))


def _is_embedded_post(line: str) -> bool:
    return any(m in line for m in _EMBEDDED_POST_MARKS) and bool(_EMBEDDED_POST.search(line))


# End punctuation, closing quotes (French puts a space before »), then a capital.
_BOUNDARY = re.compile(r"[.!?…]+(?:\s?[\"'»”’)\]])*\s+(?=[\"'«“(\[]*\s?[A-ZÀ-ÝÉ0-9])")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "col",
        "lt",
        "capt",
        "maj",
        "sgt",
        "cpl",
        "st",
        "no",
        "nos",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.n",
        "a.m",
        "p.m",
        "m",
        "mme",
        "mlle",
        "cdt",
        "cne",
        "lieut",
        "gal",
        "vs",
        "i.e",
        "e.g",
        "inc",
        "ltd",
        "co",
        "corp",
        "gov",
        "sen",
        "rep",
        "prof",
        "etc",
        "av",
        "ave",
        "n°",
    ]
)
MAX_SENTENCE_CHARS = 2000  # a "sentence" longer than this is split at clause breaks
WRAPPED_LINE_CHARS = 60  # prose wrapped by hand; subheads are shorter


@functools.cache
def _furniture_regex(key: str = "furniture_lines") -> re.Pattern[str]:
    patterns = [p for lang in LANGUAGES for p in load_language(lang)[key]]
    return re.compile(r"^\s*(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", re.I)


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Spans of lines that are page furniture, not article text."""
    spans: list[tuple[int, int]] = []
    furniture, tail = _furniture_regex(), _furniture_regex("furniture_tails")
    headline_key = ""
    for line in _LINE.finditer(text):
        content = line.group().strip()
        if not content:
            continue
        if not headline_key:
            headline_key = fold(content)
            continue
        if tail.match(content):  # readers' comments, other stories: to the end of the page
            spans.append((line.start(), len(text)))
            break
        if (
            (len(content) == len(headline_key) and fold(content) == headline_key)
            or furniture.match(content)
            or _is_caption(content)
            or _is_embedded_post(content)
        ):
            spans.append((line.start(), line.end()))
    return spans


class FurnitureRemover(Component[list[tuple[int, int]]]):
    name = "furniture"
    reads = ("text",)
    writes = ("excluded",)

    def match(self, doc: Doc) -> list[tuple[int, int]]:
        return furniture_spans(doc.text)

    def set_annotations(self, doc: Doc, found: list[tuple[int, int]]) -> None:
        doc.excluded = found


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end] (one paragraph), trimmed of white space."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for boundary in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text, cursor, boundary.start()):
            continue
        spans.append((cursor, boundary.end()))
        cursor = boundary.end()
    spans.append((cursor, end))
    out = []
    for raw_start, raw_end in spans:
        s, e = raw_start, raw_end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.extend(_split_long(text, s, e))
    return out


def _is_abbreviation(text: str, sentence_start: int, dot: int) -> bool:
    word_start = dot
    while word_start > sentence_start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:dot].strip("(\"'«“").lower()
    if word in _ABBREVIATIONS:
        return True
    # an initial ("A. Koufa") or a spaced acronym ("U.N.")
    return (len(word) == 1 and word.isalpha()) or ("." in word and len(word) <= 5)


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= MAX_SENTENCE_CHARS:
        return [(start, end)]
    pieces, cursor = [], start
    while end - cursor > MAX_SENTENCE_CHARS:
        window = text[cursor : cursor + MAX_SENTENCE_CHARS]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind(" "))
        cut = cursor + (cut + 1 if cut > 0 else MAX_SENTENCE_CHARS)
        pieces.append((cursor, cut))
        cursor = cut
    pieces.append((cursor, end))
    return pieces


class Sentencizer(Component[list[Sentence]]):
    name = "sentences"
    reads = ("text", "excluded")
    writes = ("sentences",)

    def match(self, doc: Doc) -> list[Sentence]:
        sentences: list[Sentence] = []
        for paragraph, (start, end) in enumerate(paragraphs(doc.text, doc.excluded)):
            for s, e in split_sentences(doc.text, start, end):
                sentences.append(Sentence(len(sentences), s, e, paragraph, paragraph == 0))
        return sentences

    def set_annotations(self, doc: Doc, found: list[Sentence]) -> None:
        doc.sentences = found


_END_PUNCTUATION = frozenset(".!?:;\"'»”’…")


def _continues(text: str, paragraph: tuple[int, int], line: str) -> bool:
    """A line with no end punctuation continues on the next one when it is wrapped prose
    (long) or the next line goes on in lower case; short ones are subheads."""
    previous = text[paragraph[0] : paragraph[1]].rstrip()  # so it ends with its last letter
    if not previous or previous[-1] in _END_PUNCTUATION:
        return False
    last_line = previous.rsplit("\n", 1)[-1]
    return line[0].islower() or len(last_line) >= WRAPPED_LINE_CHARS


# Where a wire story was filed: "BAMAKO, July 3 (Reuters) -", "Bamako, 20 juin (AFP) -",
# "BAMAKO, Mali (AP) —", "Bamako - ". It dates and places the filing, not the event.
_DATELINE = re.compile(
    # "MENAKA, Mali, Nov 28 - ": a country, then a day, may follow the town;
    # "GENEVA/BAMAKO, May 14 - ": two towns
    r"[A-ZÀ-Ý][\w'’.]+(?:\s[A-ZÀ-Ý][\w'’.]+){0,2}(?:\s?/\s?[A-ZÀ-Ý][\w'’.]+){0,2}"
    r"(?:,\s*[\w ]{2,20}){0,2}"
    r"\s*(?:\([\w .'’&-]+\))?\s*[-—–]\s"  # an agency may be "(West-Sahel News)"
)


# A line that is only places and a date: "Bamako / Geneva, 10 June 2024", "Bamako, le
# 12 janvier 2024", "New York, 14 September 2021"; a paper's name and its issue's date:
# "L'Écho du Sahel – Jeudi 5 juin 2025".
_PLACE_DATE_LINE = re.compile(
    r"[A-ZÀ-Ý][\w'’. -]{0,30}(?:\s*[/,&-]\s*[A-ZÀ-Ý][\w'’. -]{0,30})*(?:,|\s[–—|])\s*(?:le\s+)?"
    r"(?:[A-Za-zÀ-ÿ]+\.?\s+)?(?:\d{1,2}(?:er|st|nd|rd|th)?\s+[A-Za-zÀ-ÿ]+\.?|[A-Za-zÀ-ÿ]+\.?\s+\d{1,2}),?"
    r"\s+\d{4}\.?\s*"
)


def dateline_end(text: str, sentence_start: int, sentence_end: int | None = None) -> int:
    """End offset of the dateline opening a sentence, or the sentence start if none.
    A sentence that is nothing but places and a date is a dateline all through."""
    if sentence_end is not None and _PLACE_DATE_LINE.fullmatch(text, sentence_start, sentence_end):
        return sentence_end
    match = _DATELINE.match(text, sentence_start)
    return match.end() if match else sentence_start


def paragraphs(text: str, excluded: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Line spans of the article text, a hard-wrapped line joined to the one it continues."""
    spans: list[tuple[int, int]] = []
    previous_blank = True
    furniture = Spans(excluded)
    for line in _LINE.finditer(text):
        content = line.group().strip()
        if not content or furniture.overlaps(line.start(), line.end()):
            previous_blank = previous_blank or not content
            continue
        if len(spans) > 1 and not previous_blank and _continues(text, spans[-1], content):
            spans[-1] = (spans[-1][0], line.end())
        else:
            spans.append((line.start(), line.end()))
        previous_blank = False
    return spans
