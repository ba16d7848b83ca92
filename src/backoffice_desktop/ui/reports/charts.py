"""A report's charts on screen with Qt Charts: lines over time, bars per group, a pie of shares."""

from __future__ import annotations

import calendar
import re
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from ...exports.report_data import Chart, ChartKind

#: Most category labels an axis shows before it thins them out.
MAX_LABELS = 16
#: Most dates a line chart's time axis shows: each label gets room to be read whole.
MAX_TIME_LABELS = 10
#: Slices of a pie beyond these go to "other".
MAX_SLICES = 8
_DAY = r"(\d{2})\.(\d{2})\.(\d{4})"
_SPAN = re.compile(rf"^{_DAY}(?:\s*–\s*{_DAY})?$")


def _parse_span(label: str) -> tuple[date, date] | None:
    found = _SPAN.match(label.strip())
    if found is None:
        return None
    d1, m1, y1, d2, m2, y2 = found.groups()
    first = date(int(y1), int(m1), int(d1))
    return first, (date(int(y2), int(m2), int(d2)) if d2 else first)


def _whole_month(span: tuple[date, date] | None) -> bool:
    return span is not None and span[0].day == 1 and span[1].day == calendar.monthrange(span[1].year, span[1].month)[1]


def time_labels(labels: list[str]) -> list[str]:
    """Short names for a time axis' periods (``01.11.2026`` or ``02.11.2026 – 08.11.2026``
    as the reports write them): months (the first and last may be cut by the period) as
    "Nov 2026", days and weeks by their first day, without the year when all fall in one
    year. Other labels stay as they are."""
    spans = [_parse_span(label) for label in labels]
    if not labels or any(span is None for span in spans):
        return labels
    locale = QLocale()
    starts = [span[0] for span in spans if span is not None]
    months = [(span[0].year, span[0].month) for span in spans if span is not None]
    within_months = all(span[0].day == 1 or i == 0 for i, span in enumerate(spans) if span is not None) and all(
        (span[1].year, span[1].month) == (span[0].year, span[0].month) for span in spans if span is not None)
    if within_months and len(set(months)) == len(months) and (len(months) > 1 or _whole_month(spans[0])):
        return [f"{locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)} {year}" for year, month in months]
    pattern = "dd.MM" if len({d.year for d in starts}) == 1 else "dd.MM.yy"
    return [locale.toString(QDate(d.year, d.month, d.day), pattern) for d in starts]


def _time_axis(labels: list[str]) -> QCategoryAxis:
    """Every n-th period named under its point, with the room of n points to be read in."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    # Half a point of room at each end, so the first and last dates aren't cut off.
    axis.setRange(-0.5, len(labels) - 0.5)
    axis.setStartValue(-0.5)
    step = max(1, -(-len(labels) // MAX_TIME_LABELS))
    for i in range(0, len(labels), step):
        axis.append(labels[i], i)
    axis.setGridLineVisible(False)
    return axis


def _axis_labels(labels: list[str]) -> list[str]:
    """Every n-th label, the rest blank (unique blanks: Qt merges equal categories)."""
    step = max(1, -(-len(labels) // MAX_LABELS))
    return [label if i % step == 0 else " " * (i + 1) for i, label in enumerate(labels)]


def _value_axis(top: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, top * 1.08 if top > 0 else 1)
    axis.setLabelFormat("%.0f" if top >= 10 else "%.1f")
    axis.applyNiceNumbers()
    return axis


def build_chart(chart: Chart, language: str) -> QChart:
    qchart = QChart()
    qchart.setTitle(chart.title(language))
    qchart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    qchart.setMargins(QMargins(4, 4, 4, 4))
    qchart.legend().setVisible(len(chart.series) > 1 or chart.kind == ChartKind.PIE)
    qchart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    if chart.kind == ChartKind.PIE:
        pie = QPieSeries()
        points = sorted(chart.series[0].points, key=lambda p: p[1], reverse=True) if chart.series else []
        head, tail = points[:MAX_SLICES], points[MAX_SLICES:]
        for label, value in head:
            pie.append(label, float(value))
        if tail:
            pie.append(QCoreApplication.translate("ReportCharts", "other"), float(sum(v for _l, v in tail)))
        qchart.addSeries(pie)
        return qchart
    labels = [label for label, _value in chart.series[0].points] if chart.series else []
    top = max((float(v) for s in chart.series for _l, v in s.points), default=0.0)
    if chart.kind == ChartKind.LINE:
        x_axis: QBarCategoryAxis | QCategoryAxis = _time_axis(time_labels(labels))
    else:
        x_axis = QBarCategoryAxis()
        x_axis.append(_axis_labels(labels))
        if len(labels) > 8:
            x_axis.setLabelsAngle(-45)
    y_axis = _value_axis(top)
    qchart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    qchart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    if chart.kind == ChartKind.BAR:
        bars = QBarSeries()
        for series in chart.series:
            bar_set = QBarSet(series.title(language))
            bar_set.append([float(v) for _l, v in series.points])
            bars.append(bar_set)
        qchart.addSeries(bars)
        bars.attachAxis(x_axis)
        bars.attachAxis(y_axis)
        return qchart
    for series in chart.series:
        line = QLineSeries()
        line.setName(series.title(language))
        for i, (_label, value) in enumerate(series.points):
            line.append(i, float(value))
        qchart.addSeries(line)
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)
    return qchart


def chart_view(chart: Chart, language: str, parent: QWidget | None = None) -> QChartView:
    view = QChartView(build_chart(chart, language), parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view
