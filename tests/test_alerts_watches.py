"""Watch definitions: files (TOML, YAML), sites CSV, validation messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahelwatch.alerts.watches import (
    Site,
    WatchError,
    parse_point,
    parse_watch_file,
    read_sites_csv,
    read_watch_file,
    watch_from_dict,
    watch_from_json,
    watch_to_json,
)
from sahelwatch.errors import InputError

TOML = """
[[watch]]
name = "camps"
kind = "proximity"
radius_km = 30
sites_file = "sites.csv"
webhooks = ["http://127.0.0.1:9/hook"]

[[watch]]
name = "mopti-spread"
kind = "spread"
level = "admin2"
quiet_days = 60
regions = ["Bandiagara"]
email = "ops@example.org"

[[watch]]
name = "surge"
kind = "surge"
measure = "fatalities"

[[watch]]
name = "newcomers"
kind = "new_actor"
quiet_days = 30
"""

YAML = """
watch:
  - name: near-mopti
    kind: proximity
    point: "14.49,-4.19"
    point_name: Mopti town
  - {name: spread, kind: spread}
"""


def test_toml_file_with_each_kind_and_a_sites_csv(tmp_path: Path) -> None:
    (tmp_path / "sites.csv").write_text("name,lat,lon\nCamp A,14.35,-3.61\nCamp B,16.27,-0.04\n")
    (tmp_path / "w.toml").write_text(TOML)
    watches = {w.name: w for w in read_watch_file(tmp_path / "w.toml")}
    assert [w.kind for w in watches.values()] == ["proximity", "spread", "surge", "new_actor"]
    camps = watches["camps"]
    assert camps.sites == (Site("Camp A", 14.35, -3.61), Site("Camp B", 16.27, -0.04))
    assert camps.radius_km == 30 and camps.webhooks == ("http://127.0.0.1:9/hook",)
    spread = watches["mopti-spread"]
    assert (spread.level, spread.quiet_days, spread.regions) == ("admin2", 60, ("Bandiagara",))
    assert spread.emails == ("ops@example.org",)
    assert watches["surge"].measure == "fatalities" and watches["surge"].baseline_weeks == 12
    assert watches["surge"].sd == 2.0
    assert watches["newcomers"].quiet_days == 30


def test_yaml_file(tmp_path: Path) -> None:
    (tmp_path / "w.yaml").write_text(YAML)
    near, spread = read_watch_file(tmp_path / "w.yaml")
    assert near.sites == (Site("Mopti town", 14.49, -4.19),)
    assert spread.quiet_days == 90 and spread.level == "admin1"


def test_json_round_trip(tmp_path: Path) -> None:
    (tmp_path / "sites.csv").write_text("Camp A,14.35,-3.61\n")
    (tmp_path / "w.toml").write_text(TOML)
    for watch in read_watch_file(tmp_path / "w.toml"):
        assert watch_from_json(watch_to_json(watch)) == watch


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"name": "x", "kind": "nearby"}, "kind must be one of"),
        ({"name": "bad name!", "kind": "spread"}, "watch name"),
        ({"name": "x", "kind": "proximity"}, "needs point, sites or sites_file"),
        ({"name": "x", "kind": "proximity", "point": "95,0"}, "point: expected LAT,LON"),
        ({"name": "x", "kind": "spread", "quiet_days": "soon"}, "quiet_days must be a whole"),
        ({"name": "x", "kind": "spread", "quiet_days": 0}, "quiet_days must be between"),
        ({"name": "x", "kind": "surge", "measure": "deaths"}, "measure must be one of"),
        ({"name": "x", "kind": "spread", "level": "admin3"}, "level must be one of"),
        ({"name": "x", "kind": "spread", "webhook": "ftp://h"}, "http:// or https://"),
        ({"name": "x", "kind": "spread", "email": "nobody"}, "has no '@'"),
        ({"name": "x", "kind": "spread", "radius": 3}, "unknown key(s) radius"),
    ],
)
def test_bad_definitions_say_what_to_fix(raw: dict[str, object], message: str) -> None:
    with pytest.raises(WatchError, match=message.replace("(", r"\(").replace(")", r"\)")):
        watch_from_dict(raw)


def test_bad_files() -> None:
    with pytest.raises(WatchError, match="not valid TOML"):
        parse_watch_file("[[watch", "toml")
    with pytest.raises(WatchError, match="not valid YAML"):
        parse_watch_file("watch: [a, {", "yaml")
    with pytest.raises(WatchError, match="under the key 'watch'"):
        parse_watch_file("name = 'x'", "toml")
    twice = '[[watch]]\nname="a"\nkind="spread"\n[[watch]]\nname="a"\nkind="surge"\n'
    with pytest.raises(WatchError, match="used twice"):
        parse_watch_file(twice, "toml")


def test_watch_file_suffix_and_missing(tmp_path: Path) -> None:
    with pytest.raises(WatchError, match=r"\.toml, \.yaml or \.yml"):
        read_watch_file(tmp_path / "w.json")
    with pytest.raises(WatchError, match="cannot read watch file"):
        read_watch_file(tmp_path / "missing.toml")


def test_sites_csv_errors_carry_line_numbers() -> None:
    with pytest.raises(WatchError, match="line 3"):
        read_sites_csv("name,lat,lon\nA,1,2\nB,north,2\n")
    with pytest.raises(WatchError, match="line 2: expected name,lat,lon"):
        read_sites_csv("A,1,2\nB,1\n")
    with pytest.raises(WatchError, match="no sites"):
        read_sites_csv("# only a comment\n")


def test_parse_point_names_the_option() -> None:
    assert parse_point("14.5,-4.2") == (14.5, -4.2)
    for bad in ("14.5", "a,b", "14,200"):
        with pytest.raises(InputError, match="--point"):
            parse_point(bad)
