"""What every report builder shares: its context (session, parameters, cancel and
progress), turning stored integers into Decimals, and the bilingual words reused
across reports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...exports.report_data import Aggregate, Column, ColumnKind, Period, ReportParams, ReportResult, Row, Text
from ...models import Brand, Category, Supplier
from ...models.reports import MONEY_SCALE, QUANTITY_SCALE

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
CURRENCY = "RUB"
CENT = Decimal("0.01")
TENTH = Decimal("0.1")


class ReportCancelled(Exception):
    """The user cancelled the report; nothing is shown and nothing was written."""


@dataclass
class Context:
    """One report run: the session, the parameters with every option filled in, the
    shop's time zone, and the hooks the UI passes for progress and Cancel."""

    session: Session
    name: str
    params: ReportParams
    zone: ZoneInfo
    progress: Progress | None = None
    cancelled: Cancelled | None = None
    steps: int = 1
    done: int = 0
    #: The filters in words, for the report's header.
    filter_lines: tuple[Text, ...] = ()
    names: dict[str, Any] = field(default_factory=dict)

    @property
    def options(self) -> dict[str, Any]:
        return self.params.options

    @property
    def dialect(self) -> str:
        return self.session.get_bind().dialect.name

    def step(self) -> None:
        """Between two queries: stop if the user cancelled, tell how far we are."""
        if self.cancelled is not None and self.cancelled():
            raise ReportCancelled()
        self.done = min(self.done + 1, self.steps - 1)
        if self.progress is not None:
            self.progress(self.done, self.steps)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.steps, self.steps)

    def categories(self) -> dict[int, tuple[str, int | None, str]]:
        """Every category: id → (name, parent id, path)."""
        if "categories" not in self.names:
            self.names["categories"] = {
                cid: (name, parent, path)
                for cid, name, parent, path in self.session.execute(
                    select(Category.id, Category.name, Category.parent_id, Category.path)
                )
            }
        return self.names["categories"]  # type: ignore[no-any-return]

    def category_path(self, category_id: int | None) -> str:
        known = self.categories()
        if category_id not in known:
            return ""
        ids = [int(part) for part in known[category_id][2].strip("/").split("/") if part]
        return " / ".join(known[i][0] for i in ids if i in known) or known[category_id][0]

    def brands(self) -> dict[int, str]:
        if "brands" not in self.names:
            self.names["brands"] = dict(self.session.execute(select(Brand.id, Brand.name)).all())
        return self.names["brands"]  # type: ignore[no-any-return]

    def suppliers(self) -> dict[int, str]:
        if "suppliers" not in self.names:
            self.names["suppliers"] = dict(self.session.execute(select(Supplier.id, Supplier.name)).all())
        return self.names["suppliers"]  # type: ignore[no-any-return]


# --- numbers ------------------------------------------------------------------------------

def money(kopecks: int | None) -> Decimal:
    return Decimal(int(kopecks or 0)).scaleb(-2)


def quantity(thousandths: int | None) -> Decimal:
    """Thousandths as a quantity without trailing zeros (2, 2.5, 0.125)."""
    whole, rest = divmod(int(thousandths or 0), 1000)
    if not rest:
        return Decimal(whole)
    return Decimal(int(thousandths or 0)).scaleb(-3).normalize()


def to_kopecks(value: Decimal) -> int:
    return int((value * MONEY_SCALE).to_integral_value(ROUND_HALF_UP))


def to_thousandths(value: Decimal) -> int:
    return int((value * QUANTITY_SCALE).to_integral_value(ROUND_HALF_UP))


def percent(part: int | Decimal, whole: int | Decimal) -> Decimal | None:
    """``part`` as a percentage of ``whole``, one decimal place rounded half away from
    zero (None when whole is 0); whole numbers are divided in integers."""
    if not whole:
        return None
    if isinstance(part, int) and isinstance(whole, int):
        tenths, rest = divmod(abs(part) * 1000, abs(whole))
        tenths += rest * 2 >= abs(whole)
        return Decimal(-tenths if (part < 0) != (whole < 0) else tenths).scaleb(-1)
    return (Decimal(part) * 100 / Decimal(whole)).quantize(TENTH, ROUND_HALF_UP)


def change(current: int | Decimal | None, previous: int | Decimal | None) -> Decimal | None:
    """The change from ``previous`` to ``current``, %, against the size of ``previous``."""
    if current is None or not previous:
        return None
    return (Decimal(current - previous) * 100 / abs(Decimal(previous))).quantize(TENTH, ROUND_HALF_UP)


def average(total_kopecks: int, count: int) -> Decimal | None:
    if not count:
        return None
    return (Decimal(total_kopecks) / count / MONEY_SCALE).quantize(CENT, ROUND_HALF_UP)


def sum_column(rows: Sequence[Row], index: int) -> Any:
    """The total of a column as the sum of what the rows show (None cells skipped)."""
    values = [row.values[index] for row in rows if row.values[index] is not None]
    return sum(values, Decimal(0)) if values else Decimal(0)


def totals_row(columns: Sequence[Column], rows: Sequence[Row], given: dict[str, Any] | None = None,
               label: Text | None = None) -> tuple[Any, ...]:
    """The totals row: SUM columns add up the rows, GIVEN ones come from ``given``,
    the first text column says "Total"."""
    given = given or {}
    values: list[Any] = []
    for index, column in enumerate(columns):
        if column.total == Aggregate.SUM:
            values.append(sum_column(rows, index))
        elif column.total == Aggregate.GIVEN:
            values.append(given.get(column.key))
        else:
            values.append(None)
    if columns and columns[0].kind == ColumnKind.TEXT:
        values[0] = label or TOTAL
    return tuple(values)


def fmt_day(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def period_label(span: Period) -> str:
    if span.start == span.end:
        return fmt_day(span.start)
    return f"{fmt_day(span.start)} – {fmt_day(span.end)}"


def result(ctx: Context, title: Text, columns: Sequence[Column], rows: Sequence[Row], *,
           totals: tuple[Any, ...] | None = None, extra_lines: Sequence[Text] = (), **more: Any) -> ReportResult:
    return ReportResult(
        name=ctx.name, title=title, params=ctx.params, filter_lines=(*ctx.filter_lines, *extra_lines),
        columns=tuple(columns), rows=tuple(rows), totals=totals, currency=CURRENCY, **more,
    )


# --- words --------------------------------------------------------------------------------

TOTAL = Text("Total", "Итого")
NOT_IN_CATALOG = Text("(not in the catalog)", "(нет в каталоге)")
NO_CATEGORY = Text("(no category)", "(без категории)")
NO_BRAND = Text("(no brand)", "(без бренда)")
NO_SUPPLIER = Text("(no supplier)", "(без поставщика)")

SKU = Column("sku", Text("SKU", "Артикул"), ColumnKind.TEXT, width=1.2)
PRODUCT = Column("product", Text("Product", "Товар"), ColumnKind.TEXT, width=3.5)
CATEGORY = Column("category", Text("Category", "Категория"), ColumnKind.TEXT, width=2)
BRAND = Column("brand", Text("Brand", "Бренд"), ColumnKind.TEXT, width=1.5)
UNITS = Column("units", Text("Units", "Количество"), ColumnKind.QUANTITY, Aggregate.SUM)
REVENUE = Column("revenue", Text("Revenue", "Выручка"), ColumnKind.MONEY, Aggregate.SUM, width=1.3)
COST = Column("cost", Text("Cost of goods", "Себестоимость"), ColumnKind.MONEY, Aggregate.SUM, width=1.3)
MARGIN = Column("margin", Text("Gross margin", "Валовая прибыль"), ColumnKind.MONEY, Aggregate.SUM, width=1.3)
MARGIN_PERCENT = Column("margin_percent", Text("Margin, %", "Маржа, %"), ColumnKind.PERCENT, Aggregate.GIVEN)
SHARE = Column("share", Text("Share of revenue, %", "Доля выручки, %"), ColumnKind.PERCENT, Aggregate.GIVEN)
RETURNED = Column("returned_units", Text("Returned", "Возвращено"), ColumnKind.QUANTITY, Aggregate.SUM)
ON_HAND = Column("on_hand", Text("On hand", "Остаток"), ColumnKind.QUANTITY, Aggregate.SUM)
STOCK_VALUE = Column("stock_value", Text("Stock value at cost", "Стоимость запаса"), ColumnKind.MONEY,
                     Aggregate.SUM, width=1.3)
LAST_SALE = Column("last_sale", Text("Last sale", "Последняя продажа"), ColumnKind.DATE)
