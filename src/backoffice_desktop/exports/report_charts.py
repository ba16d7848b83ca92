"""A report's charts (line, bar, pie) and a figure tile's trend line as reportlab
drawings, with Cyrillic labels in the bundled font.

The numbers on axes and in the pie's legend are worded by the caller's formatter
(:data:`Formatter`), so the charts read like the table under them. Long series are
thinned: a line of more points than it can show is drawn through bucket averages,
only every n-th category label is printed, and a pie keeps its largest slices.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, PolyLine
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import register_fonts
from .report_data import Chart, ChartKind, ColumnKind

#: Words a number for a label: ``(value, kind) -> "1 234"``.
Formatter = Callable[[Decimal, ColumnKind], str]

PALETTE = [colors.HexColor(c) for c in (
    "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC",
)]
AXIS_COLOR = colors.Color(0.45, 0.45, 0.45)
GRID_COLOR = colors.Color(0.88, 0.88, 0.88)
LABEL_SIZE = 6.5
MAX_LINE_POINTS = 120
MAX_SLICES = 8
MAX_LABELS = 24
LABEL_CHARS = 18
LEGEND_CHARS = 40


def drawable(chart: Chart) -> bool:
    """Whether the chart has anything to draw (a report may return one without points)."""
    return any(series.points for series in chart.series)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _aligned(chart: Chart) -> tuple[list[str], list[list[float | None]]]:
    """The categories of all series in order of first appearance, and each series'
    values on them (None where a series has no point)."""
    labels: dict[str, None] = {}
    for series in chart.series:
        labels.update(dict.fromkeys(label for label, _ in series.points))
    names = list(labels)
    rows = []
    for series in chart.series:
        by_label = {label: float(value) for label, value in series.points}
        rows.append([by_label.get(name) for name in names])
    return names, rows


def _thin(names: list[str], rows: list[list[float | None]], limit: int
          ) -> tuple[list[str], list[list[float | None]]]:
    """At most ``limit`` categories: consecutive buckets averaged, each named after its
    first category."""
    if len(names) <= limit:
        return names, rows
    size = math.ceil(len(names) / limit)
    starts = range(0, len(names), size)

    def mean(values: Sequence[float | None]) -> float | None:
        present = [v for v in values if v is not None]
        return sum(present) / len(present) if present else None

    return [names[i] for i in starts], [[mean(row[i:i + size]) for i in starts] for row in rows]


def _axis_format(chart: Chart, fmt: Formatter) -> Callable[[float], str]:
    """Ticks as whole numbers with thousands separators (money ticks need no kopecks)."""
    def label(value: float) -> str:
        number = Decimal(repr(value))
        if chart.value_kind == ColumnKind.PERCENT:
            return fmt(number, ColumnKind.PERCENT)
        whole = number == number.to_integral_value()
        return fmt(number, ColumnKind.INTEGER if whole else ColumnKind.RATIO)
    return label


def _category_labels(names: list[str], plot_width: float, font: str) -> tuple[list[str], float]:
    """Category names shortened and thinned to fit under the plot; the angle to print them at."""
    short = [_short(name, LABEL_CHARS) for name in names]
    slot = plot_width / max(len(short), 1)
    widest = max((stringWidth(name, font, LABEL_SIZE) for name in short), default=0.0)
    if widest <= slot * 0.9:
        return short, 0.0
    step = max(math.ceil(len(short) * LABEL_SIZE * 2.5 / plot_width), math.ceil(len(short) / MAX_LABELS))
    return [name if i % step == 0 else "" for i, name in enumerate(short)], 35.0


def _legend(pairs: list[tuple[colors.Color, str]], x: float, y: float, font: str, columns: int) -> Legend:
    legend = Legend()
    legend.colorNamePairs = pairs
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = font, 7
    legend.dx = legend.dy = 6
    legend.deltay = 9
    legend.columnMaximum = max(1, math.ceil(len(pairs) / columns))
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.strokeWidth = 0
    return legend


def _style_axes(plot: HorizontalLineChart | VerticalBarChart, chart: Chart, fmt: Formatter, font: str,
                angle: float) -> None:
    value_axis, category_axis = plot.valueAxis, plot.categoryAxis
    value_axis.labelTextFormat = _axis_format(chart, fmt)
    value_axis.forceZero = 1
    value_axis.visibleGrid = 1
    value_axis.gridStrokeColor = GRID_COLOR
    value_axis.gridStrokeWidth = 0.4
    value_axis.strokeColor = category_axis.strokeColor = AXIS_COLOR
    value_axis.maximumTicks = 6
    for labels in (value_axis.labels, category_axis.labels):
        labels.fontName, labels.fontSize, labels.fillColor = font, LABEL_SIZE, AXIS_COLOR
    category_axis.labels.angle = angle
    category_axis.labels.boxAnchor = "ne" if angle else "n"
    category_axis.labels.dy = -2
    category_axis.tickDown = 2


def chart_drawing(chart: Chart, width: float, height: float, language: str, fmt: Formatter,
                  other_label: str) -> Drawing:
    """The chart as a drawing ``width`` × ``height`` points (its title is printed apart)."""
    regular, _bold = register_fonts()
    drawing = Drawing(width, height)
    if chart.kind == ChartKind.PIE:
        _pie(drawing, chart, width, height, language, fmt, other_label, regular)
        return drawing

    names, rows = _aligned(chart)
    if chart.kind == ChartKind.LINE:  # bars stand for things of their own: never averaged
        names, rows = _thin(names, rows, MAX_LINE_POINTS)
    several = len(chart.series) > 1
    left, right, top = 48.0, 8.0, 16.0 if several else 6.0
    plot_width = width - left - right
    labels, angle = _category_labels(names, plot_width, regular)
    tallest = max((stringWidth(label, regular, LABEL_SIZE) for label in labels), default=0.0)
    bottom = 14.0 + (tallest * math.sin(math.radians(angle)) if angle else 0.0)

    plot: HorizontalLineChart | VerticalBarChart
    if chart.kind == ChartKind.LINE:
        plot = HorizontalLineChart()
        plot.joinedLines = 1
        for i in range(len(rows)):
            plot.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
            plot.lines[i].strokeWidth = 1.4
    else:
        plot = VerticalBarChart()
        plot.barSpacing = 0.5
        plot.groupSpacing = max(1.0, min(6.0, plot_width / max(len(names), 1) * 0.25))
        for i in range(len(rows)):
            plot.bars[i].fillColor = PALETTE[i % len(PALETTE)]
            plot.bars[i].strokeColor = None
    plot.x, plot.y = left, bottom
    plot.width, plot.height = plot_width, height - bottom - top
    plot.data = [[value if value is not None else (None if chart.kind == ChartKind.LINE else 0.0)
                  for value in row] for row in rows]
    plot.categoryAxis.categoryNames = labels
    _style_axes(plot, chart, fmt, regular, angle)
    drawing.add(plot)
    if several:
        pairs = [(PALETTE[i % len(PALETTE)], _short(s.title(language), LEGEND_CHARS))
                 for i, s in enumerate(chart.series)]
        drawing.add(_legend(pairs, left, height, regular, columns=len(pairs)))
    return drawing


def _pie(drawing: Drawing, chart: Chart, width: float, height: float, language: str, fmt: Formatter,
         other_label: str, font: str) -> None:
    """The first series as a pie: the largest slices, the rest as one «Прочее» slice, and
    a legend with each slice's share."""
    points = sorted(((label, value) for label, value in chart.series[0].points if value > 0),
                    key=lambda point: point[1], reverse=True) if chart.series else []
    if len(points) > MAX_SLICES:
        rest = sum((value for _, value in points[MAX_SLICES - 1:]), Decimal(0))
        points = [*points[: MAX_SLICES - 1], (other_label, rest)]
    total = sum((value for _, value in points), Decimal(0))
    if not points:
        return
    size = height - 8
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 4, 4, size, size
    pie.data = [float(value) for _, value in points]
    pie.startAngle, pie.direction = 90, "clockwise"
    pie.slices.strokeColor, pie.slices.strokeWidth = colors.white, 0.6
    for i in range(len(points)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(pie)
    pairs = [(PALETTE[i % len(PALETTE)],
              f"{_short(label, LEGEND_CHARS)} — {fmt(value * 100 / total, ColumnKind.PERCENT)}")
             for i, (label, value) in enumerate(points)]
    drawing.add(_legend(pairs, size + 24, height - 6, font, columns=1))


def trend_drawing(values: Sequence[Decimal], width: float, height: float, color: colors.Color) -> Drawing:
    """A figure tile's sparkline: the values oldest first, scaled to the box."""
    drawing = Drawing(width, height)
    if len(values) < 2:
        return drawing
    low, high = min(values), max(values)
    span = float(high - low) or 1.0
    step = width / (len(values) - 1)
    points: list[float] = []
    for i, value in enumerate(values):
        points += [i * step, 1 + (height - 2) * float(value - low) / span]
    drawing.add(PolyLine(points, strokeColor=color, strokeWidth=1))
    return drawing
