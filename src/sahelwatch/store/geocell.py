"""A grid of quarter-degree cells over the globe, for ``near`` pages.

A ``near`` page is the newest events within a radius. A latitude/longitude index finds
the events in the bounding box but hands them over in position order, so every one of
them must be sorted by date before the first page can be served (tens of thousands of
rows around a busy town in a database of a million). Each event's cell (a generated
column, ``events.geo_cell``) with an index on (cell, date) instead gives every cell's
events newest first: a page reads, per covering cell, only as many rows as it shows.

Cells are about 28 km across at the equator; a radius of 25 km is covered by at most
nine of them. Wider radii cover more cells; past ``MAX_CELLS`` the query goes back to
the bounding box (its page then sorts the box, which a wide radius makes rarer anyway).
"""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

CELLS_PER_DEGREE = 4
_COLUMNS = 360 * CELLS_PER_DEGREE
MAX_CELLS = 64


def cell_of(latitude: float, longitude: float) -> int:
    """The cell of a point, as the database computes it for ``events.geo_cell``."""
    row = math.floor((latitude + 90) * CELLS_PER_DEGREE)
    column = math.floor((longitude + 180) * CELLS_PER_DEGREE)
    return row * _COLUMNS + column


def covering_cells(
    south: float, north: float, west: float, east: float, limit: int = MAX_CELLS
) -> list[int] | None:
    """Every cell that meets the box, or None when there are more than ``limit``."""
    rows = range(
        math.floor((south + 90) * CELLS_PER_DEGREE), math.floor((north + 90) * CELLS_PER_DEGREE) + 1
    )
    columns = range(
        math.floor((west + 180) * CELLS_PER_DEGREE),
        math.floor((east + 180) * CELLS_PER_DEGREE) + 1,
    )
    if len(rows) * len(columns) > limit:
        return None
    return [row * _COLUMNS + column for row in rows for column in columns]


class grid_cell(FunctionElement[int]):
    """``grid_cell(latitude, longitude)``: ``cell_of`` in SQL, for the generated column.

    SQLite truncates a float cast to an integer and has FLOOR only when built with its
    math functions; PostgreSQL rounds the cast. Both arguments are made non-negative
    first, where truncating is flooring, so each dialect gets a form it always has."""

    type = Integer()
    name = "grid_cell"
    inherit_cache = True


def _grid_sql(element: grid_cell, compiler: SQLCompiler, floor: str, **kw: Any) -> str:
    latitude, longitude = (compiler.process(arg, **kw) for arg in element.clauses)
    row = floor.format(f"({latitude} + 90) * {CELLS_PER_DEGREE}")
    column = floor.format(f"({longitude} + 180) * {CELLS_PER_DEGREE}")
    return f"{row} * {_COLUMNS} + {column}"


@compiles(grid_cell)
def _grid_cell_default(element: grid_cell, compiler: SQLCompiler, **kw: Any) -> str:
    return _grid_sql(element, compiler, "CAST(FLOOR({}) AS INTEGER)", **kw)


@compiles(grid_cell, "sqlite")
def _grid_cell_sqlite(element: grid_cell, compiler: SQLCompiler, **kw: Any) -> str:
    return _grid_sql(element, compiler, "CAST({} AS INTEGER)", **kw)
