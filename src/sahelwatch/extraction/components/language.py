"""Offline language identification by function words: English or French, or a clear error."""

from __future__ import annotations

import re
from collections import Counter

from sahelwatch.errors import UnsupportedLanguageError
from sahelwatch.extraction.doc import Doc
from sahelwatch.extraction.pipeline import Component
from sahelwatch.extraction.text import fold

# Frequent function words that the other language rarely uses.
_MARKERS = {
    "en": frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "is",
            "was",
            "were",
            "are",
            "by",
            "on",
            "for",
            "that",
            "with",
            "have",
            "has",
            "had",
            "from",
            "at",
            "said",
            "this",
            "which",
            "their",
            "they",
            "been",
            "after",
            "who",
            "its",
            "it",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "de",
            "et",
            "est",
            "dans",
            "pour",
            "par",
            "une",
            "qui",
            "que",
            "sur",
            "au",
            "aux",
            "ont",
            "ete",
            "selon",
            "ces",
            "cette",
            "leur",
            "sont",
            "avec",
            "pas",
            "il",
            "elle",
            "apres",
        ]
    ),
}
# Languages we can recognise but not extract from: say so instead of returning nothing.
_OTHER_MARKERS = {
    "es": frozenset(
        ["el", "los", "las", "del", "y", "en", "que", "por", "con", "una", "para", "como", "fue"]
    ),
    "pt": frozenset(
        [
            "os",
            "as",
            "do",
            "da",
            "dos",
            "das",
            "em",
            "que",
            "por",
            "com",
            "uma",
            "para",
            "foi",
            "nao",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "mit",
            "den",
            "dem",
            "von",
            "zu",
            "ein",
            "eine",
            "auf",
        ]
    ),
}
_SAMPLE_CHARS = 3000  # a few paragraphs tell English from French
_MIN_EVIDENCE = 3
_WORD = re.compile(r"[a-z']+")
# Letters of other scripts (Arabic, Tifinagh, ...), not Latin letters, digits or punctuation.
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\u0000-\u024f]")


def detect_language(text: str, folded: str | None = None) -> str:
    """'en' or 'fr'; raises UnsupportedLanguageError for text clearly in another language.
    ``folded`` may pass the text already folded (see Doc.folded)."""
    sample = text[:_SAMPLE_CHARS]
    if not sample.isascii():
        other_script = len(_NON_LATIN_LETTER.findall(sample))
        if other_script >= 40 and other_script > len(sample) / 3:
            raise UnsupportedLanguageError("non-Latin script")
    counts = Counter(_WORD.findall(folded[:_SAMPLE_CHARS] if folded else fold(sample)))

    def evidence(words: frozenset[str]) -> int:
        return sum(counts[w] for w in words)

    scores = {lang: evidence(words) for lang, words in _MARKERS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    others = {lang: evidence(words) for lang, words in _OTHER_MARKERS.items()}
    other = max(others, key=lambda lang: others[lang])
    if others[other] >= _MIN_EVIDENCE and others[other] > 2 * scores[best]:
        raise UnsupportedLanguageError(other)
    if scores["fr"] > scores["en"]:
        return "fr"
    return "en"  # English also when there is too little text to tell: nothing is lost


class LanguageIdentifier(Component[str]):
    name = "language"
    reads = ("text", "lang")
    writes = ("lang",)

    def match(self, doc: Doc) -> str:
        return doc.lang or detect_language(doc.text, doc.folded)

    def set_annotations(self, doc: Doc, found: str) -> None:
        doc.lang = found
