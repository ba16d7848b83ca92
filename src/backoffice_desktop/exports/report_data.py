"""What every report returns: plain data that the screen, the PDF, the XLSX and the
printer all render the same way (here in ``exports``, like the documents' data, so the
writers never depend on the services that fill it).

A report is a table (typed columns, rows, a totals row), optional charts over its
columns, and the parameters that produced it (period, filters). Rows may carry a
drill-down target: the report and parameters that open when the user double-clicks.

Titles are :class:`Text` in both interface languages: a report printed from the
command line (no Qt, no translator) must read as well as one printed from the window.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class Text:
    en: str
    ru: str

    def __call__(self, language: str) -> str:
        return self.ru if language == "ru" else self.en


class ColumnKind(enum.StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    QUANTITY = "quantity"  # Decimal, up to 3 places
    MONEY = "money"  # Decimal, 2 places, in the report's currency
    PERCENT = "percent"  # Decimal, e.g. 12.5 means 12.5 %
    DATE = "date"
    RATIO = "ratio"  # Decimal, 2 places (a turnover, a coefficient of variation)


class Aggregate(enum.StrEnum):
    NONE = "none"
    SUM = "sum"
    #: Totals row shows a value computed by the report (e.g. margin % of the totals).
    GIVEN = "given"


@dataclass(frozen=True)
class Column:
    key: str
    title: Text
    kind: ColumnKind
    total: Aggregate = Aggregate.NONE
    #: Relative width hint for PDF/XLSX/screen (1 = a number column).
    width: float = 1.0


@dataclass(frozen=True)
class DrillDown:
    """Where a row leads: another report (or the same one) with these parameters."""

    report: str
    params: dict[str, Any]


@dataclass(frozen=True)
class Row:
    values: tuple[Any, ...]
    drill: DrillDown | None = None
    #: A row that groups others (a category heading); rendered bold.
    emphasis: bool = False
    #: The catalog product the row stands for, where the report offers actions on it.
    product_id: int | None = None


class ChartKind(enum.StrEnum):
    LINE = "line"
    BAR = "bar"
    PIE = "pie"


@dataclass(frozen=True)
class Series:
    title: Text
    #: (x label, value) pairs; x labels are display strings (dates already formatted).
    points: tuple[tuple[str, Decimal], ...]


@dataclass(frozen=True)
class Chart:
    title: Text
    kind: ChartKind
    series: tuple[Series, ...]
    value_kind: ColumnKind = ColumnKind.MONEY


@dataclass(frozen=True)
class Figure:
    title: Text
    value: Any
    kind: ColumnKind
    #: Change against the previous period, % (None when there is nothing to compare).
    change_percent: Decimal | None = None
    #: Values of the figure over time, oldest first (a trend line on the tile).
    trend: tuple[Decimal, ...] = ()


@dataclass(frozen=True)
class Period:
    start: date  # inclusive, the shop's local calendar
    end: date  # inclusive


@dataclass(frozen=True)
class ReportParams:
    """What a report is asked for. Filters narrow the sales/stock to products in a
    category (with its subcategories), of a brand, or bought from a supplier."""

    period: Period
    category_id: int | None = None
    brand_id: int | None = None
    supplier_id: int | None = None
    #: Report-specific options (grouping "day"/"week"/"month", ABC by "revenue"/"margin",
    #: class boundaries, dead-stock days, the product id of a drill-down, ...).
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReportResult:
    name: str  # the report's key, e.g. "sales_by_period"
    title: Text
    params: ReportParams
    #: The filters in words for the header, e.g. Text("Category: Телефоны", "Категория: Телефоны").
    filter_lines: tuple[Text, ...]
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    #: The totals row (same length as columns; None where there is no total).
    totals: tuple[Any, ...] | None = None
    charts: tuple[Chart, ...] = ()
    #: Figures shown above the table (a dashboard's tiles).
    figures: tuple[Figure, ...] = ()
    currency: str = "RUB"
    generated_at: datetime | None = None
    generated_by: str = ""
