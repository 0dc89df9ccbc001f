"""Tiny inline-SVG charts (no plotting library, no JavaScript): horizontal bars, columns, sparklines.

Every data mark carries ``class="mark"`` and ``data-value`` so a test (or a person with the
inspector) can check what is drawn; an empty series gives an empty string (the caller shows text).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

COLORS = ("#3b6ea5", "#c8a13a")  # current run, previous run
FONT = "font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;font-size:12px"


def _fmt(value: float) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.2f}" if value < 10 else f"{value:,.0f}"
    return f"{int(value):,}"


def bar_chart(items: Sequence[tuple[str, float]], *, compare: dict[str, float] | None = None,
              title: str = "", width: int = 640, fmt=_fmt, legend: tuple[str, str] | None = None) -> str:
    """Horizontal bars, one row per (label, value); ``compare`` draws a second, thinner bar per label."""
    if not items:
        return ""
    row = 22 if compare is None else 30
    label_w = min(260, 20 + max(len(label) for label, _ in items) * 8)
    top = 24 if legend else 4
    height = top + row * len(items) + 4
    biggest = max([v for _, v in items] + list((compare or {}).values()) + [1e-9])
    plot_w = width - label_w - 70
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" style="{FONT}">',
             f"<title>{escape(title)}</title>"]
    if legend:
        for i, name in enumerate(legend):
            x = label_w + i * 160
            parts.append(f'<rect x="{x}" y="6" width="12" height="10" fill="{COLORS[i]}"/>'
                         f'<text x="{x + 16}" y="15">{escape(name)}</text>')
    for i, (label, value) in enumerate(items):
        y = top + i * row
        bar_h = 14 if compare is None else 13
        w = max(1.0, plot_w * value / biggest) if value else 0.0
        parts.append(f'<text x="{label_w - 6}" y="{y + 12}" text-anchor="end">{escape(label)}</text>')
        parts.append(f'<rect class="mark" data-label="{escape(label)}" data-value="{value}" x="{label_w}" '
                     f'y="{y + 2}" width="{w:.1f}" height="{bar_h}" fill="{COLORS[0]}">'
                     f"<title>{escape(label)}: {escape(fmt(value))}</title></rect>")
        parts.append(f'<text x="{label_w + w + 4:.1f}" y="{y + 13}">{escape(fmt(value))}</text>')
        if compare is not None:
            old = compare.get(label)
            if old is not None:
                w2 = max(1.0, plot_w * old / biggest) if old else 0.0
                parts.append(f'<rect class="mark previous" data-label="{escape(label)}" data-value="{old}" '
                             f'x="{label_w}" y="{y + 16}" width="{w2:.1f}" height="8" fill="{COLORS[1]}">'
                             f"<title>{escape(label)} (previous): {escape(fmt(old))}</title></rect>")
    parts.append("</svg>")
    return "".join(parts)


def column_chart(items: Sequence[tuple[str, float]], *, title: str = "", width: int = 860,
                 height: int = 200, fmt=_fmt) -> str:
    """Vertical columns in the given order (a histogram when the labels are bins or days)."""
    if not items:
        return ""
    left, bottom, top = 44, 34, 10
    plot_w, plot_h = width - left - 10, height - bottom - top
    biggest = max(max(v for _, v in items), 1e-9)
    step = plot_w / len(items)
    gap = 1.0 if step > 3 else 0.0
    every = max(1, -(-len(items) // max(1, plot_w // 90)))  # labels ~90 px apart at least
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" style="{FONT}">',
             f"<title>{escape(title)}</title>",
             f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" stroke="#999"/>',
             f'<text x="{left - 4}" y="{top + 10}" text-anchor="end">{escape(fmt(biggest))}</text>',
             f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end">0</text>']
    for i, (label, value) in enumerate(items):
        h = plot_h * value / biggest
        x = left + i * step
        parts.append(f'<rect class="mark" data-label="{escape(label)}" data-value="{value}" x="{x:.1f}" '
                     f'y="{top + plot_h - h:.1f}" width="{max(step - gap, 0.5):.1f}" height="{h:.1f}" '
                     f'fill="{COLORS[0]}"><title>{escape(label)}: {escape(fmt(value))}</title></rect>')
        if i % every == 0:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{top + plot_h + 14}" text-anchor="middle">'
                         f"{escape(label)}</text>")
    parts.append("</svg>")
    return "".join(parts)


def sparkline(values: Sequence[float], *, width: int = 120, height: int = 24, title: str = "") -> str:
    """A small polyline of a series (e.g. one article's view counts run after run)."""
    if len(values) < 2:
        return ""
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    step = (width - 4) / (len(values) - 1)
    points = " ".join(f"{2 + i * step:.1f},{height - 2 - (v - lo) / span * (height - 4):.1f}"
                      for i, v in enumerate(values))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart spark" role="img" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}"><title>{escape(title)}</title>'
            f'<polyline class="mark" data-value="{values[-1]}" data-points="{len(values)}" points="{points}" '
            f'fill="none" stroke="{COLORS[0]}" stroke-width="1.5"/></svg>')
