"""The evaluation gate: sahelwatch scored on the project's own hand-coded articles.

The matching rules are those of the shared scorer (``../shared/eval/score.py``), so a
score here means the same thing as a score there; the difference is that this gate calls
the library in-process (``extract_article(read_article(path), published=...)``) instead
of the CLI, and reports per language.

A system event matches a gold event when its ``event_date`` lies in the gold window, its
``event_type`` is one of the gold types and its ``location`` is one of the gold locations
(accents, case and punctuation ignored; any place when the gold gives none). Recall counts
the required gold events found. Precision counts the system events of violent types
(Battles, Explosions/Remote violence, Violence against civilians) that match some gold
event, required or optional. Actors, fatalities and admin1 are scored on the required
events found.

Developers run it directly::

    python -m tests.eval_gate -v          # or: python tests/eval_gate.py -v

Floors (``tests/eval/floors.json``) are a ratchet: a list of entries, the last one in force.
A floor may only go down in an entry whose reason starts with ``LOWERED:``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from sahelwatch import extract_article, read_article
from sahelwatch.errors import SahelwatchError

EVAL_DIR = Path(__file__).resolve().parent / "eval"
GOLD_PATH = EVAL_DIR / "gold.json"
ARTICLES_DIR = EVAL_DIR / "articles"
ALIASES_PATH = EVAL_DIR / "aliases.json"
FLOORS_PATH = EVAL_DIR / "floors.json"

METRICS = ("recall", "precision", "actors", "fatalities", "admin1")
LANGUAGES = ("en", "fr")
LOWERED_PREFIX = "LOWERED:"
_EPSILON = 1e-9  # scores are ratios of small integers; never fail on float noise
_VIOLENT = frozenset({"battles", "explosions remote violence", "violence against civilians"})

Record = Mapping[str, Any]
Extractor = Callable[[Path, str], list[dict[str, Any]]]


class GateFileError(SahelwatchError):
    """A gold, aliases or floors file is malformed; the message says where and how to fix it."""


def norm(text: object) -> str:
    """Lower case, accents and punctuation dropped, spaces collapsed (as score.py does)."""
    decomposed = unicodedata.normalize("NFKD", str(text or ""))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in bare.lower()).split())


def parse_day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def language_of(file: str) -> str:
    """Articles are named ``<lang>_<nn>_<style>_<place>``: the prefix is the language."""
    prefix = file.split("_", 1)[0]
    if len(prefix) != 2 or not prefix.isalpha():
        raise GateFileError(
            f"{file}: name it with its language first (e.g. en_18_wire_gao.txt) "
            "so the gate can score it per language."
        )
    return prefix


@dataclass(frozen=True, slots=True)
class GoldEvent:
    id: str
    required: bool
    first: dt.date
    last: dt.date
    types: frozenset[str]  # normalised
    locations: frozenset[str] | None  # normalised; None: any place
    actors: tuple[str, ...] = ()
    fatalities: frozenset[int] | None = None
    admin1: frozenset[str] | None = None  # normalised

    @classmethod
    def from_json(cls, raw: Mapping[str, Any], where: str) -> GoldEvent:
        try:
            first, last = (dt.date.fromisoformat(day) for day in raw["window"])
            wanted: list[int] | None = None
            if "fatalities" in raw:
                wanted = [int(raw["fatalities"])]
            elif "fatalities_any" in raw:
                wanted = [int(n) for n in raw["fatalities_any"]]
            return cls(
                id=str(raw["id"]),
                required=bool(raw["required"]),
                first=first,
                last=last,
                types=frozenset(norm(t) for t in raw["types"]),
                locations=_normalised_set(raw.get("locations")),
                actors=tuple(raw.get("actors") or ()),
                fatalities=frozenset(wanted) if wanted is not None else None,
                admin1=_normalised_set(raw.get("admin1")),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise GateFileError(
                f"{where}: gold event {raw.get('id', '?')!r} is malformed ({error!r}); "
                "see the schema described in the file's 'about'."
            ) from error


def _normalised_set(values: Iterable[str] | None) -> frozenset[str] | None:
    return frozenset(norm(v) for v in values) if values else None


@dataclass(frozen=True, slots=True)
class GoldDoc:
    file: str
    published: str
    lang: str
    events: tuple[GoldEvent, ...]


def load_gold(path: Path = GOLD_PATH) -> list[GoldDoc]:
    raw = _load_json(path)
    docs = []
    for entry in raw.get("docs", []) if isinstance(raw, dict) else []:
        where = f"{path}: {entry.get('file', '?')}"
        events = tuple(GoldEvent.from_json(e, where) for e in entry.get("events", []))
        docs.append(GoldDoc(entry["file"], entry["published"], language_of(entry["file"]), events))
    if not docs:
        raise GateFileError(f"{path}: no 'docs' found; is this a gold file?")
    return docs


def load_aliases(path: Path = ALIASES_PATH) -> dict[str, tuple[str, ...]]:
    raw = _load_json(path)
    if not isinstance(raw, dict):
        raise GateFileError(f"{path}: expected an object of actor key -> list of spellings.")
    return {key: tuple(norm(a) for a in spellings) for key, spellings in raw.items()}


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise GateFileError(f"{path}: cannot be read ({error.strerror}).") from error
    except json.JSONDecodeError as error:
        raise GateFileError(f"{path}: not valid JSON ({error}).") from error


# ---------------------------------------------------------------- matching (as score.py)


def matches(gold: GoldEvent, record: Record) -> bool:
    day = parse_day(record.get("event_date"))
    if day is None or not gold.first <= day <= gold.last:
        return False
    if norm(record.get("event_type")) not in gold.types:
        return False
    return gold.locations is None or norm(record.get("location")) in gold.locations


def actors_ok(keys: Sequence[str], record: Record, aliases: Mapping[str, tuple[str, ...]]) -> bool:
    names = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")
    text = norm(" ".join(str(record.get(name) or "") for name in names))
    return all(any(alias in text for alias in aliases[key]) for key in keys)


def fatalities_ok(gold: GoldEvent, records: Sequence[Record]) -> bool:
    """The total of the matching events, or any one of them, is an acceptable count."""
    wanted = gold.fatalities or frozenset()
    counts = [int(r.get("fatalities") or 0) for r in records]
    return sum(counts) in wanted or any(n in wanted for n in counts)


def admin1_ok(gold: GoldEvent, records: Sequence[Record]) -> bool:
    return any(norm(r.get("admin1")) in (gold.admin1 or frozenset()) for r in records)


# ---------------------------------------------------------------- tallies and reports


@dataclass(slots=True)
class Tally:
    required: int = 0
    found: int = 0
    system: int = 0
    system_ok: int = 0
    actors: int = 0
    actors_ok: int = 0
    fatalities: int = 0
    fatalities_ok: int = 0
    admin1: int = 0
    admin1_ok: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> dict[str, float]:
        return {
            "recall": _ratio(self.found, self.required),
            "precision": _ratio(self.system_ok, self.system),
            "actors": _ratio(self.actors_ok, self.actors),
            "fatalities": _ratio(self.fatalities_ok, self.fatalities),
            "admin1": _ratio(self.admin1_ok, self.admin1),
        }

    def summary(self) -> str:
        s = self.scores()
        return (
            f"recall {s['recall']:.2f} ({self.found}/{self.required})  "
            f"precision {s['precision']:.2f} ({self.system_ok}/{self.system})  "
            f"actors {s['actors']:.2f}  fatalities {s['fatalities']:.2f}  "
            f"admin1 {s['admin1']:.2f}"
        )


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the verbose listing: a miss, a false positive or a wrong attribute."""

    kind: str  # MISS | FP | WRONG
    file: str
    detail: str

    def __str__(self) -> str:
        return f"  {self.kind:5} {self.file}: {self.detail}"


@dataclass(slots=True)
class Report:
    by_lang: dict[str, Tally] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    @property
    def overall(self) -> Tally:
        total = Tally()
        for tally in self.by_lang.values():
            total.add(tally)
        return total

    def scores(self) -> dict[str, dict[str, float]]:
        """Scores overall (``"all"``) and per language."""
        out = {"all": self.overall.scores()}
        out.update({lang: tally.scores() for lang, tally in sorted(self.by_lang.items())})
        return out

    def summary_lines(self) -> list[str]:
        lines = [f"all  {self.overall.summary()}"]
        lines += [f"{lang:4} {t.summary()}" for lang, t in sorted(self.by_lang.items())]
        return lines


def describe(record: Record) -> str:
    return (
        f"{record.get('event_date')} {record.get('event_type')} @ {record.get('location')}"
        f" | {record.get('actor1')} / {record.get('actor2')} | f={record.get('fatalities')}"
    )


def score_doc(
    doc: GoldDoc, records: Sequence[Record], aliases: Mapping[str, tuple[str, ...]]
) -> tuple[Tally, list[Finding]]:
    """Score one article's system events against its gold events."""
    tally = Tally()
    findings: list[Finding] = []
    hits: dict[str, list[Record]] = {g.id: [] for g in doc.events}
    for record in records:
        matched = [g for g in doc.events if matches(g, record)]
        for gold in matched:
            hits[gold.id].append(record)
        if norm(record.get("event_type")) in _VIOLENT:
            tally.system += 1
            tally.system_ok += bool(matched)
            if not matched:
                findings.append(Finding("FP", doc.file, describe(record)))
    for gold in doc.events:
        if gold.required:
            findings += _score_required(gold, hits[gold.id], aliases, tally, doc.file)
    return tally, findings


def _score_required(
    gold: GoldEvent,
    found: list[Record],
    aliases: Mapping[str, tuple[str, ...]],
    tally: Tally,
    file: str,
) -> list[Finding]:
    tally.required += 1
    if not found:
        return [Finding("MISS", file, f"{gold.id} ({gold.first}..{gold.last})")]
    tally.found += 1
    wrong = []
    if gold.actors:
        tally.actors += 1
        ok = any(actors_ok(gold.actors, r, aliases) for r in found)
        tally.actors_ok += ok
        wrong += [] if ok else [f"actors (want {', '.join(gold.actors)})"]
    if gold.fatalities is not None:
        tally.fatalities += 1
        ok = fatalities_ok(gold, found)
        tally.fatalities_ok += ok
        wrong += [] if ok else [f"fatalities (want {sorted(gold.fatalities)})"]
    if gold.admin1:
        tally.admin1 += 1
        ok = admin1_ok(gold, found)
        tally.admin1_ok += ok
        wrong += [] if ok else ["admin1"]
    if not wrong:
        return []
    return [Finding("WRONG", file, f"{gold.id}: {'; '.join(wrong)} | got {describe(found[0])}")]


# ---------------------------------------------------------------- running the extractor


def extract_records(path: Path, published: str) -> list[dict[str, Any]]:
    """The library's events for one article, as the CLI's jsonl records."""
    extraction = extract_article(read_article(str(path)), published=published)
    return [event.to_record() for event in extraction.events]


def evaluate(
    gold_path: Path = GOLD_PATH,
    articles_dir: Path = ARTICLES_DIR,
    aliases_path: Path = ALIASES_PATH,
    extractor: Extractor = extract_records,
) -> Report:
    """Run ``extractor`` on every gold article and score it."""
    docs = load_gold(gold_path)
    aliases = load_aliases(aliases_path)
    check_actor_keys(docs, aliases, gold_path)
    report = Report()
    for doc in docs:
        records = extractor(articles_dir / doc.file, doc.published)
        tally, findings = score_doc(doc, records, aliases)
        report.by_lang.setdefault(doc.lang, Tally()).add(tally)
        report.findings += findings
    return report


def check_actor_keys(
    docs: Iterable[GoldDoc], aliases: Mapping[str, tuple[str, ...]], gold_path: Path
) -> None:
    unknown = sorted({k for d in docs for g in d.events for k in g.actors if k not in aliases})
    if unknown:
        raise GateFileError(
            f"{gold_path}: actor keys {unknown} are not in the aliases file; add them there."
        )


# ---------------------------------------------------------------- floors (the ratchet)


def load_floors(path: Path = FLOORS_PATH) -> list[dict[str, Any]]:
    entries = _load_json(path)
    if not isinstance(entries, list) or not entries:
        raise GateFileError(f"{path}: expected a non-empty list of floor entries.")
    return entries


def floor_table(entry: Mapping[str, Any]) -> dict[str, dict[str, float]]:
    """An entry's floors as {"all": {metric: floor}, "en": {...}, "fr": {...}}."""
    table = {"all": {m: float(entry[m]) for m in METRICS}}
    for lang in LANGUAGES:
        table[lang] = {m: float(entry[lang][m]) for m in METRICS}
    return table


def floor_violations(
    scores: Mapping[str, Mapping[str, float]], floors: Mapping[str, Mapping[str, float]]
) -> list[str]:
    """Every score below its floor, as readable lines (empty when the gate passes)."""
    return [
        f"{scope} {metric} {scores.get(scope, {}).get(metric, 0.0):.3f} < floor {floor:.3f}"
        for scope, metrics in floors.items()
        for metric, floor in metrics.items()
        if scores.get(scope, {}).get(metric, 0.0) + _EPSILON < floor
    ]


def silent_lowerings(entries: Sequence[Mapping[str, Any]]) -> list[str]:
    """Floors lowered from one entry to the next without a ``LOWERED:`` reason."""
    problems = []
    for before, after in pairwise(entries):
        if str(after.get("reason", "")).startswith(LOWERED_PREFIX):
            continue
        old, new = floor_table(before), floor_table(after)
        problems += [
            f"{after.get('date')}: {scope} {metric} lowered {old[scope][metric]} -> {floor} "
            f"without a reason starting with {LOWERED_PREFIX!r}"
            for scope, metrics in new.items()
            for metric, floor in metrics.items()
            if floor < old[scope][metric]
        ]
    return problems


# ---------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else "")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and FPs")
    parser.add_argument("--gold", type=Path, default=GOLD_PATH)
    parser.add_argument("--articles", type=Path, default=ARTICLES_DIR)
    parser.add_argument("--aliases", type=Path, default=ALIASES_PATH)
    parser.add_argument("--floors", type=Path, default=FLOORS_PATH)
    args = parser.parse_args(argv)
    try:
        report = evaluate(args.gold, args.articles, args.aliases)
        floors = floor_table(load_floors(args.floors)[-1])
    except SahelwatchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.verbose:
        for finding in report.findings:
            print(finding)
    for line in report.summary_lines():
        print(line)
    violations = floor_violations(report.scores(), floors)
    for line in violations:
        print(f"BELOW FLOOR: {line}")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
