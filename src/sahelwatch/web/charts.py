"""Small inline SVG charts for the briefing report (stacked bars over time, ranked bars)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape


def stacked_bars(
    periods: Sequence[str],
    series: Mapping[str, Sequence[int]],
    colour: Callable[[str], str],
    *,
    title: str,
    width: int = 640,
    height: int = 180,
) -> str:
    """One bar per period, stacked by series key; every series has one value per period."""
    left, bottom, top = 36, 22, 10
    totals = [sum(values[i] for values in series.values()) for i in range(len(periods))]
    peak = max(totals, default=0) or 1
    step = (width - left - 4) / max(len(periods), 1)
    bar_w = max(step * 0.8, 1.0)
    scale = (height - bottom - top) / peak
    parts = [
        f'<text x="2" y="{top + 4}" font-size="10">{peak}</text>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" '
        'stroke="#888"/>',
    ]
    for i, period in enumerate(periods):
        x = left + i * step
        y = float(height - bottom)
        for key, values in series.items():
            h = values[i] * scale
            if h <= 0:
                continue
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'fill="{colour(key)}"><title>{escape(period)} {escape(key)}: '
                f"{values[i]}</title></rect>"
            )
    for i in _label_positions(len(periods)):
        x = left + i * step
        parts.append(
            f'<text x="{x:.1f}" y="{height - 6}" font-size="10">{escape(periods[i])}</text>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'aria-label="{escape(title)}" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}">' + "".join(parts) + "</svg>"
    )


def _label_positions(count: int, most: int = 6) -> list[int]:
    if count <= most:
        return list(range(count))
    step = (count - 1) / (most - 1)
    return sorted({round(i * step) for i in range(most)})


def ranked_bars(
    rows: Sequence[tuple[str, int]], *, title: str, width: int = 640, colour: str = "#555"
) -> str:
    """Horizontal bars, one per (label, value), longest first as given."""
    row_h, label_w = 18, 260
    height = row_h * len(rows) + 4
    peak = max((v for _, v in rows), default=0) or 1
    parts = []
    for i, (label, value) in enumerate(rows):
        y = i * row_h + 2
        w = (width - label_w - 40) * value / peak
        parts.append(
            f'<text x="0" y="{y + 12}" font-size="11">{escape(label[:40])}</text>'
            f'<rect x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{row_h - 5}" '
            f'fill="{colour}"/><text x="{label_w + w + 4:.1f}" y="{y + 12}" '
            f'font-size="11">{value}</text>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'aria-label="{escape(title)}" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}">' + "".join(parts) + "</svg>"
    )
