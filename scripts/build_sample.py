"""Copy the demo sample from the project's own test articles into the package.

``make demo`` ingests ``src/sahelwatch/data/sample/manifest.jsonl``: the overlapping
reports of ``tests/fixtures/overlap`` (one incident from five outlets, plus an unrelated
attack nearby) and a few articles of the eval corpus. The articles are maintained under
``tests/``; this script is the only way to change the packaged copy, and a test fails
when the copy drifts from what it would write.

    python scripts/build_sample.py          # rewrite the packaged sample
    python scripts/build_sample.py --check  # exit 1 when the packaged sample is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sahelwatch import read_article

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "src" / "sahelwatch" / "data" / "sample"
OVERLAP_DIR = ROOT / "tests" / "fixtures" / "overlap"
EVAL_DIR = ROOT / "tests" / "eval"
MANIFEST = "manifest.jsonl"

# Eval articles shipped with the demo, with the (invented) outlet each one imitates.
EVAL_PICKS: dict[str, str] = {
    "en_01_wire_bandiagara.txt": "Sahel Wire",
    "en_10_html_drone_anefis.html": "Sahel Dispatch",
    "fr_03_communique_tenenkou.txt": "État-major général des armées (Mali)",
    "fr_06_revue_hebdo_securite.txt": "Revue sécuritaire hebdomadaire",
}


def _overlap_entries() -> list[dict[str, Any]]:
    lines = (OVERLAP_DIR / MANIFEST).read_text(encoding="utf-8").splitlines()
    entries: list[dict[str, Any]] = [json.loads(line) for line in lines if line.strip()]
    for entry in entries:
        entry["_source"] = OVERLAP_DIR / entry["path"]
    return entries


def _eval_entries() -> list[dict[str, Any]]:
    gold = json.loads((EVAL_DIR / "gold.json").read_text(encoding="utf-8"))
    docs = {doc["file"]: doc for doc in gold["docs"]}
    entries = []
    for name, outlet in EVAL_PICKS.items():
        path = EVAL_DIR / "articles" / name
        entries.append(
            {
                "path": name,
                "url": docs[name]["url"],
                "title": read_article(str(path)).title,
                "published": docs[name]["published"],
                "source": outlet,
                "lang": name.split("_", 1)[0],
                "_source": path,
            }
        )
    return entries


def sample_files() -> dict[str, bytes]:
    """Every file of the sample directory (manifest included) as it should be."""
    files: dict[str, bytes] = {}
    manifest_lines = []
    for entry in _overlap_entries() + _eval_entries():
        source: Path = entry.pop("_source")
        files[entry["path"]] = source.read_bytes()
        manifest_lines.append(json.dumps(entry, ensure_ascii=False))
    files[MANIFEST] = ("\n".join(manifest_lines) + "\n").encode("utf-8")
    return files


def stale_files(files: dict[str, bytes]) -> list[str]:
    """Names that differ between ``files`` and the packaged sample (missing or extra too)."""
    present = {p.name: p.read_bytes() for p in SAMPLE_DIR.iterdir()} if SAMPLE_DIR.is_dir() else {}
    names = sorted(set(files) | set(present))
    return [name for name in names if files.get(name) != present.get(name)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else "")
    parser.add_argument("--check", action="store_true", help="only report a stale sample")
    args = parser.parse_args(argv)
    files = sample_files()
    stale = stale_files(files)
    if args.check:
        for name in stale:
            print(f"stale: {name} (run python scripts/build_sample.py)")
        return 1 if stale else 0
    SAMPLE_DIR.mkdir(parents=True, exist_ok=True)
    for name in stale:
        target = SAMPLE_DIR / name
        if name in files:
            target.write_bytes(files[name])
        else:
            target.unlink()
    print(f"{SAMPLE_DIR}: {len(files) - 1} articles, {len(stale)} file(s) updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
