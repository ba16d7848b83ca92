"""Summary tables behind the managers' reports, kept up to date on write.

Derived data only: :mod:`backoffice_desktop.services.reports.summary` fills them from
the website orders (``rebuild``) and keeps them in step when orders change
(``refresh_orders``), so a report reads a few hundred thousand narrow rows instead of
scanning every order line.

Amounts are whole kopecks and quantities whole thousandths, as integers: sums are then
exact on both back ends (SQLite keeps NUMERIC as a float). A line's cost of goods is
rounded to the kopeck once, on the line, so every total is the sum of its parts.
Rows hold ``product_id`` 0 for order lines without a catalog product. No foreign keys:
the tables are rebuilt at will and never block deleting what they summarise.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, Index, Integer, PrimaryKeyConstraint, String, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

#: Stored amounts are in kopecks, quantities in thousandths of the product's unit.
MONEY_SCALE = 100
QUANTITY_SCALE = 1000


class _Measures:
    """Net units, revenue and cost of goods (sold − returned), and the units returned."""

    units: Mapped[int] = mapped_column(BigInteger, default=0)
    revenue: Mapped[int] = mapped_column(BigInteger, default=0)
    cost: Mapped[int] = mapped_column(BigInteger, default=0)
    returned_units: Mapped[int] = mapped_column(BigInteger, default=0)


class ReportSalesLine(_Measures, Base):
    """One order line as the reports count it, on its order's local calendar day.

    Lines of cancelled orders are left out. A line of a returned order is sold and
    returned at once; a negative line of any other order is a return.
    """

    __tablename__ = "report_sales_lines"
    __table_args__ = (
        PrimaryKeyConstraint("day", "product_id", "line_id", name="pk_report_sales_lines"),
        Index("ix_report_sales_lines_product_day", "product_id", "day", "order_id"),
        Index("ix_report_sales_lines_order_id", "order_id"),
        Index(
            "ix_report_sales_lines_returns", "day",
            sqlite_where=text("returned_units <> 0"), postgresql_where=text("returned_units <> 0"),
        ),
        {"sqlite_with_rowid": False},
    )

    day: Mapped[date] = mapped_column(Date)
    product_id: Mapped[int] = mapped_column(Integer)
    line_id: Mapped[int] = mapped_column(Integer)
    order_id: Mapped[int] = mapped_column(Integer)
    #: The order counts as an order (it is not cancelled and not returned as a whole).
    counted: Mapped[bool] = mapped_column(Boolean)
    return_reason: Mapped[str] = mapped_column(String(200), default="")
    #: What came back: the refund and the cost of the goods returned.
    returned_revenue: Mapped[int] = mapped_column(BigInteger, default=0)
    returned_cost: Mapped[int] = mapped_column(BigInteger, default=0)


class ReportSalesWeek(_Measures, Base):
    """Per product and ISO week (``day`` is its Monday)."""

    __tablename__ = "report_sales_weeks"
    __table_args__ = (
        PrimaryKeyConstraint("day", "product_id", name="pk_report_sales_weeks"),
        Index("ix_report_sales_weeks_product_day", "product_id", "day"),
        {"sqlite_with_rowid": False},
    )

    day: Mapped[date] = mapped_column(Date)
    product_id: Mapped[int] = mapped_column(Integer)


class ReportSalesMonth(_Measures, Base):
    """Per product and calendar month (``day`` is its first day)."""

    __tablename__ = "report_sales_months"
    __table_args__ = (
        PrimaryKeyConstraint("day", "product_id", name="pk_report_sales_months"),
        Index("ix_report_sales_months_product_day", "product_id", "day"),
        {"sqlite_with_rowid": False},
    )

    day: Mapped[date] = mapped_column(Date)
    product_id: Mapped[int] = mapped_column(Integer)


class ReportSalesDay(_Measures, Base):
    """The whole shop per local day, with the number of orders placed."""

    __tablename__ = "report_sales_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    orders: Mapped[int] = mapped_column(Integer, default=0)


class ReportStockMonth(Base):
    """The ledger per product and calendar month in UTC: what came into storage (bins,
    quarantine) less what left it, from or to one kind of far end.

    ``qty`` is in thousandths of the product's unit and ``value`` in 1e-7 roubles
    (quantity × unit cost, exact), both signed: + into storage, − out of it. Moves
    between two storage places are left out (they change nothing). ``other_kind`` is
    the far end's location kind (supplier, customer, inventory, scrap); for the
    supplier end, ``supplier_id`` is the supplier of the receipt or the return to the
    supplier (0: none, and for every other end). Stock on a past date is then whole
    months from here and the days of its own month from the ledger.
    """

    __tablename__ = "report_stock_months"
    __table_args__ = (
        PrimaryKeyConstraint("month", "product_id", "other_kind", "supplier_id", name="pk_report_stock_months"),
        {"sqlite_with_rowid": False},
    )

    #: The first day of the month (UTC).
    month: Mapped[date] = mapped_column(Date)
    product_id: Mapped[int] = mapped_column(Integer)
    other_kind: Mapped[str] = mapped_column(String(16))
    supplier_id: Mapped[int] = mapped_column(Integer)
    qty: Mapped[int] = mapped_column(BigInteger, default=0)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class ReportSummaryState(Base):
    """Which time zone's calendar days the summary was built in (one row)."""

    __tablename__ = "report_summary_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    time_zone: Mapped[str] = mapped_column(String(64))
    rebuilt_at: Mapped[datetime] = mapped_column(default=utcnow)
