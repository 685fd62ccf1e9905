"""The packaged word lists must be exactly what data-src/ compiles to (dateparser's model)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import compile_lexicons  # noqa: E402


def test_packaged_lexicons_match_their_sources() -> None:
    for name, expected in compile_lexicons.compiled_files().items():
        packaged = (compile_lexicons.TARGET_DIR / name).read_text(encoding="utf-8")
        assert packaged == expected, (
            f"src/sahelwatch/data/{name} drifted from data-src/lexicon/: "
            "run `python scripts/compile_lexicons.py` and commit the result"
        )


def test_invalid_sources_are_refused_with_the_place_named() -> None:
    source = json.loads((compile_lexicons.TARGET_DIR / "lexicon_en.json").read_text())
    raw = {k: v for k, v in source.items() if k != "language"}
    raw["triggers"] = [{"words": ["raid"], "type": "Battles", "sub_type": "Shelling"}]
    with pytest.raises(compile_lexicons.LexiconError, match=r"triggers\[0\].*Shelling"):
        compile_lexicons.compile_language("en", raw)


def test_every_actor_has_aliases_in_both_languages_or_is_generic() -> None:
    actors = json.loads((compile_lexicons.TARGET_DIR / "actors.json").read_text())["actors"]
    missing = [a["name"] for a in actors if not (a["en"] and a["fr"])]
    assert missing == []
