"""A report's charts on screen with Qt Charts: lines over time, bars per group, a pie of shares."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from ...exports.report_data import Chart, ChartKind

#: Most category labels an axis shows before it thins them out.
MAX_LABELS = 16
#: Slices of a pie beyond these go to "other".
MAX_SLICES = 8


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
