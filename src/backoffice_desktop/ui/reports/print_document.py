"""A report as an HTML document for Qt's print preview: heading, figures, the charts as
shown on screen, and the table (long tables are cut, with a note to use the PDF)."""

from __future__ import annotations

import base64
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtWidgets import QWidget

from ...exports.report_data import ColumnKind, ReportResult
from .table_model import NUMERIC, format_value

#: Rows printed from the window; the PDF takes any number.
MAX_PRINTED_ROWS = 3000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportPrint", text)


def _png(widget: QWidget) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _cell(value: object, kind: ColumnKind, bold: bool) -> str:
    text = escape(format_value(value, kind))
    align = ' align="right"' if kind in NUMERIC else ""
    return f"<td{align}>{'<b>' + text + '</b>' if bold else text}</td>"


def report_html(result: ReportResult, language: str, view: QWidget | None = None) -> str:
    period = result.params.period
    parts = [
        "<html><body style='font-family: DejaVu Sans; font-size: 9pt;'>",
        f"<h2>{escape(result.title(language))}</h2>",
        f"<p>{escape(_tr('Period: {0} – {1}').format(f'{period.start:%d.%m.%Y}', f'{period.end:%d.%m.%Y}'))}</p>",
    ]
    parts += [f"<p>{escape(line(language))}</p>" for line in result.filter_lines]
    if result.figures:
        cells = "".join(
            f"<td style='padding: 6px;'>{escape(f.title(language))}<br><b>{escape(format_value(f.value, f.kind))}</b></td>"
            for f in result.figures)
        parts.append(f"<table cellspacing='4'><tr>{cells}</tr></table>")
    charts = getattr(view, "charts", None)
    if charts is not None:
        for i in range(charts.count()):
            widget = charts.itemAt(i).widget()
            if widget is not None and widget.isVisible():
                parts.append(f"<p><img width='640' src='data:image/png;base64,{_png(widget)}'></p>")
    header = "".join(f"<th>{escape(c.title(language))}</th>" for c in result.columns)
    rows = []
    for row in result.rows[:MAX_PRINTED_ROWS]:
        rows.append("<tr>" + "".join(_cell(v, c.kind, row.emphasis) for v, c in zip(row.values, result.columns))
                    + "</tr>")
    if result.totals is not None and result.rows:
        rows.append("<tr>" + "".join(_cell(v, c.kind, True) for v, c in zip(result.totals, result.columns)) + "</tr>")
    parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                 f"<thead><tr>{header}</tr></thead>{''.join(rows)}</table>")
    if len(result.rows) > MAX_PRINTED_ROWS:
        parts.append(f"<p>{escape(_tr('The first {0} of {1} rows are printed; the PDF has them all.').format(MAX_PRINTED_ROWS, len(result.rows)))}</p>")
    if result.generated_at is not None:
        parts.append(f"<p style='color: #555;'>{escape(_tr('Made by {0}').format(result.generated_by))}</p>")
    parts.append("</body></html>")
    return "".join(parts)
