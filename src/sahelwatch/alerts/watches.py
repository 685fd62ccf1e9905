"""Watch definitions: what to look out for, read from TOML/YAML files or CLI options.

Four kinds (see README "Watches and alerts"):

- ``proximity``: a violent event within ``radius_km`` of a point or of a list of sites;
- ``spread``: the first violent event in a region (admin1) or cercle (admin2) after
  ``quiet_days`` without one;
- ``surge``: events or fatalities in a region in one week above mean + ``sd`` standard
  deviations of the previous ``baseline_weeks`` weeks;
- ``new_actor``: an actor active in a region where it has not been seen for ``quiet_days``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sahelwatch.errors import InputError

KINDS = ("proximity", "spread", "surge", "new_actor")
LEVELS = ("admin1", "admin2")
MEASURES = ("events", "fatalities")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class WatchError(InputError):
    """A watch definition cannot be used as given."""


@dataclass(frozen=True, slots=True)
class Site:
    name: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Watch:
    """One watch. Only the fields of its ``kind`` matter; the others keep their defaults."""

    name: str
    kind: str
    sites: tuple[Site, ...] = ()
    radius_km: float = 25.0
    level: str = "admin1"
    regions: tuple[str, ...] = ()
    country: str = ""
    quiet_days: int = 90
    measure: str = "events"
    baseline_weeks: int = 12
    sd: float = 2.0
    webhooks: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form that `watch_from_dict` reads back unchanged."""
        data = asdict(self)
        data["sites"] = [asdict(s) for s in self.sites]
        data["regions"] = list(self.regions)
        data["webhooks"] = list(self.webhooks)
        data["emails"] = list(self.emails)
        return data

    def describe(self) -> str:
        where = f" in {', '.join(self.regions)}" if self.regions else ""
        if self.country:
            where += f" ({self.country})"
        if self.kind == "proximity":
            names = ", ".join(s.name for s in self.sites)
            return f"violent events within {self.radius_km:g} km of {names}"
        if self.kind == "spread":
            return f"first violent event per {self.level} after {self.quiet_days} quiet days{where}"
        if self.kind == "surge":
            return (
                f"weekly {self.measure} per {self.level} above mean + {self.sd:g} sd "
                f"of the previous {self.baseline_weeks} weeks{where}"
            )
        return f"actors new to an {self.level} (unseen for {self.quiet_days} days){where}"


def _err(name: str, message: str) -> WatchError:
    return WatchError(f"watch {name!r}: {message}")


def _float(name: str, key: str, value: Any, low: float, high: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise _err(name, f"{key} must be a number, got {value!r}") from None
    if not low <= number <= high:
        raise _err(name, f"{key} must be between {low:g} and {high:g}, got {value!r}")
    return number


def _int(name: str, key: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise _err(name, f"{key} must be a whole number, got {value!r}")
    try:
        number = int(value)
    except ValueError:
        raise _err(name, f"{key} must be a whole number, got {value!r}") from None
    if not low <= number <= high:
        raise _err(name, f"{key} must be between {low} and {high}, got {value!r}")
    return number


def _strings(name: str, key: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise _err(name, f"{key} must be a list of strings, got {value!r}")
    return tuple(v.strip() for v in value if v.strip())


def _choice(name: str, key: str, value: Any, choices: Sequence[str]) -> str:
    if value not in choices:
        raise _err(name, f"{key} must be one of {', '.join(choices)}, got {value!r}")
    return str(value)


def _site(name: str, raw: Any) -> Site:
    if isinstance(raw, Mapping):
        label, lat, lon = raw.get("name", ""), raw.get("lat"), raw.get("lon")
    elif isinstance(raw, list | tuple) and len(raw) == 3:
        label, lat, lon = raw
    else:
        raise _err(name, f"a site is {{name, lat, lon}}, got {raw!r}")
    return Site(
        name=str(label) or f"{lat},{lon}",
        lat=_float(name, "lat", lat, -90, 90),
        lon=_float(name, "lon", lon, -180, 180),
    )


def parse_point(text: str, option: str = "--point") -> tuple[float, float]:
    """``"LAT,LON"`` → (lat, lon); an InputError naming ``option`` otherwise."""
    parts = text.split(",")
    try:
        lat, lon = (float(p) for p in parts) if len(parts) == 2 else (999.0, 999.0)
    except ValueError:
        lat, lon = 999.0, 999.0
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise WatchError(f"{option}: expected LAT,LON in degrees (e.g. 14.35,-3.61), got {text!r}")
    return lat, lon


def read_sites_csv(text: str, source: str = "sites") -> tuple[Site, ...]:
    """Sites from a CSV with columns name, lat, lon (a header row is optional)."""
    sites: list[Site] = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or not "".join(row).strip() or row[0].strip().startswith("#"):
            continue
        if number == 1 and [c.strip().lower() for c in row[:3]] == ["name", "lat", "lon"]:
            continue
        if len(row) < 3:
            raise WatchError(f"{source} line {number}: expected name,lat,lon, got {row!r}")
        try:
            sites.append(_site(source, (row[0].strip(), row[1].strip(), row[2].strip())))
        except WatchError as error:
            raise WatchError(f"{source} line {number}: {error}") from None
    if not sites:
        raise WatchError(f"{source}: no sites found; expected rows of name,lat,lon")
    return tuple(sites)


def _sites(name: str, raw: Mapping[str, Any], base: Path | None) -> tuple[Site, ...]:
    sites = [_site(name, s) for s in raw.get("sites") or []]
    if raw.get("point") is not None:
        point = raw["point"]
        lat, lon = parse_point(point, "point") if isinstance(point, str) else tuple(point)
        sites.append(_site(name, {"name": raw.get("point_name", ""), "lat": lat, "lon": lon}))
    if raw.get("sites_file"):
        path = Path(str(raw["sites_file"]))
        if base is not None and not path.is_absolute():
            path = base / path
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise _err(name, f"cannot read sites_file {str(path)!r}: {error.strerror}") from None
        sites.extend(read_sites_csv(text, str(path)))
    if not sites:
        raise _err(name, "a proximity watch needs point, sites or sites_file")
    return tuple(sites)


_KNOWN = {
    "name", "kind", "sites", "point", "point_name", "sites_file", "radius_km", "level",
    "regions", "country", "quiet_days", "measure", "baseline_weeks", "sd", "webhooks",
    "emails", "webhook", "email",
}  # fmt: skip


def watch_from_dict(raw: Mapping[str, Any], base: Path | None = None) -> Watch:
    """Validate one watch definition; ``base`` resolves a relative ``sites_file``."""
    name = str(raw.get("name", ""))
    if not _NAME.match(name):
        raise WatchError(
            f"watch name {name!r}: use 1-64 letters, digits, '_', '-' or '.' (e.g. 'mopti-spread')"
        )
    unknown = sorted(set(raw) - _KNOWN)
    if unknown:
        raise _err(name, f"unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(_KNOWN))}")
    kind = _choice(name, "kind", raw.get("kind"), KINDS)
    emails = _strings(name, "emails", raw.get("emails")) + _strings(name, "email", raw.get("email"))
    for address in emails:
        if "@" not in address:
            raise _err(name, f"e-mail address {address!r} has no '@'")
    hooks = _strings(name, "webhooks", raw.get("webhooks"))
    hooks += _strings(name, "webhook", raw.get("webhook"))
    for url in hooks:
        if not url.startswith(("http://", "https://")):
            raise _err(name, f"webhook {url!r} must be an http:// or https:// URL")
    return Watch(
        name=name,
        kind=kind,
        sites=_sites(name, raw, base) if kind == "proximity" else (),
        radius_km=_float(name, "radius_km", raw.get("radius_km", 25), 0.1, 2000),
        level=_choice(name, "level", raw.get("level", "admin1"), LEVELS),
        regions=_strings(name, "regions", raw.get("regions")),
        country=str(raw.get("country") or ""),
        quiet_days=_int(name, "quiet_days", raw.get("quiet_days", 90), 1, 3650),
        measure=_choice(name, "measure", raw.get("measure", "events"), MEASURES),
        baseline_weeks=_int(name, "baseline_weeks", raw.get("baseline_weeks", 12), 2, 260),
        sd=_float(name, "sd", raw.get("sd", 2.0), 0, 10),
        webhooks=hooks,
        emails=emails,
    )


def parse_watch_file(text: str, fmt: str, base: Path | None = None) -> list[Watch]:
    """Watches from TOML (``[[watch]]`` tables) or YAML (``watch:`` list)."""
    try:
        if fmt == "toml":
            data: Any = tomllib.loads(text)
        else:
            import yaml

            data = yaml.safe_load(text) or {}
    except (tomllib.TOMLDecodeError, ValueError) as error:
        raise WatchError(f"watch file is not valid {fmt.upper()}: {error}") from None
    except Exception as error:  # yaml.YAMLError has no common base with ValueError
        if type(error).__module__.startswith("yaml"):
            raise WatchError(f"watch file is not valid YAML: {error}") from None
        raise
    items = data.get("watch") if isinstance(data, dict) else None
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise WatchError("watch file: expected a list of watches under the key 'watch'")
    watches = [watch_from_dict(item, base) for item in items]
    seen: set[str] = set()
    for watch in watches:
        if watch.name in seen:
            raise WatchError(f"watch file: the name {watch.name!r} is used twice")
        seen.add(watch.name)
    return watches


def read_watch_file(path: str | Path) -> list[Watch]:
    """Read a ``.toml``, ``.yaml`` or ``.yml`` watch file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".toml", ".yaml", ".yml"):
        raise WatchError(f"{path}: watch files are .toml, .yaml or .yml")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise WatchError(f"cannot read watch file {str(path)!r}: {error.strerror}") from None
    fmt = "toml" if suffix == ".toml" else "yaml"
    return parse_watch_file(text, fmt, base=path.parent)


def watch_to_json(watch: Watch) -> str:
    return json.dumps(watch.to_dict(), sort_keys=True, ensure_ascii=False)


def watch_from_json(text: str) -> Watch:
    return watch_from_dict(json.loads(text))
