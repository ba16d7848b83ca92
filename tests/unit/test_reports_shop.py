"""A small generated shop for the report tests, the independent computation every report
figure is checked against, and the tests of the summary tables themselves.

The oracle here is written from the rules (docs of ``services.reports.summary``) over the
ORM rows, in Decimal, without the summary tables or their code: cancelled orders count
for nothing, a returned order is sold and returned at once, a negative line is a return,
each line counts on its order's local day, a line's cost is quantity × its unit cost (the
product's average cost while it has none), rounded to the kopeck.
"""

from __future__ import annotations

import random
import shutil
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, literal, select, update

from backoffice_desktop import migrations
from backoffice_desktop.db import Store, open_store, sqlite_url
from backoffice_desktop.errors import ValidationError
from backoffice_desktop.models import (
    Brand,
    Category,
    Location,
    LocationKind,
    Product,
    Receipt,
    ReceiptLine,
    ReportSalesDay,
    ReportSalesLine,
    ReportSalesMonth,
    ReportSalesWeek,
    SalesOrder,
    SalesOrderLine,
    Setting,
    Supplier,
    SupplierOffer,
)
from backoffice_desktop.models.base import UTCDateTime
from backoffice_desktop.services import auth
from backoffice_desktop.services.permissions import Actor
from backoffice_desktop.services.reports import summary

from ..conftest import new_pg_database

MSK = ZoneInfo("Europe/Moscow")
CENT = Decimal("0.01")
FIRST_DAY = date(2025, 1, 1)
LAST_DAY = date(2026, 3, 31)
REASONS = ("Брак", "Не подошёл размер", "")


@dataclass
class Shop:
    store: Store
    actor: Actor
    categories: dict[str, int] = field(default_factory=dict)
    brands: dict[str, int] = field(default_factory=dict)
    suppliers: dict[str, int] = field(default_factory=dict)
    products: list[int] = field(default_factory=list)
    orders: list[int] = field(default_factory=list)
    bin_id: int = 0


def _category(s, name: str, parent: Category | None) -> Category:
    category = Category(name=name, parent_id=parent.id if parent else None)
    s.add(category)
    s.flush()
    category.path = (parent.path if parent else "/") + f"{category.id}/"
    return category


def _utc(local: datetime) -> datetime:
    return local.replace(tzinfo=MSK).astimezone(timezone.utc)


def build_shop(store: Store, seed: int = 7, orders: int = 320) -> Shop:
    """Categories two and three levels deep (and products in a parent and in none),
    brands, suppliers with offers and receipts, and ``orders`` orders over fifteen
    months in every status, with returns, missing costs, lines without a product and
    orders a second either side of midnight in Moscow."""
    rng = random.Random(seed)
    with store.session() as s:
        admin = auth.create_first_admin(s, "admin", "admin-pass-1", "Админ")
    shop = Shop(store, admin)
    with store.session() as s:
        tech = _category(s, "Электроника", None)
        home = _category(s, "Дом", None)
        cats = {
            "Электроника": tech, "Дом": home,
            "Телефоны": _category(s, "Телефоны", tech), "Ноутбуки": _category(s, "Ноутбуки", tech),
            "Кухня": _category(s, "Кухня", home),
        }
        cats["Посуда"] = _category(s, "Посуда", cats["Кухня"])
        shop.categories = {name: c.id for name, c in cats.items()}
        for name in ("Alfa", "Beta", "Gamma"):
            brand = Brand(name=name)
            s.add(brand)
            s.flush()
            shop.brands[name] = brand.id
        for name, active in (("ООО Первый", True), ("ООО Второй", True), ("ООО Старый", False)):
            supplier = Supplier(name=name, is_active=active)
            s.add(supplier)
            s.flush()
            shop.suppliers[name] = supplier.id
        warehouse = Location(code="WH", name="Склад", kind=LocationKind.WAREHOUSE.value)
        s.add(warehouse)
        s.flush()
        bin_ = Location(code="A-1", name="A-1", kind=LocationKind.BIN.value, parent_id=warehouse.id)
        s.add(bin_)
        s.flush()
        shop.bin_id = bin_.id
        placements = ["Телефоны", "Ноутбуки", "Посуда", "Кухня", "Дом", None]
        products = []
        for k in range(24):
            place = placements[k % len(placements)]
            brand = rng.choice([*shop.brands.values(), None])
            product = Product(
                sku=f"P-{k:03d}", name=f"Товар {k}", unit="kg" if k % 7 == 3 else "pcs",
                category_id=shop.categories[place] if place else None, brand_id=brand,
                retail_price=Decimal(rng.randint(100, 5000)),
                average_cost=Decimal(rng.randint(5000, 300000)) / 100,
            )
            s.add(product)
            products.append(product)
        s.flush()
        shop.products = [p.id for p in products]
        suppliers = list(shop.suppliers.values())
        for k, product in enumerate(products):
            for supplier_id in rng.sample(suppliers, k % 3):
                s.add(SupplierOffer(supplier_id=supplier_id, product_id=product.id, supplier_sku=f"S{supplier_id}-{k}",
                                    price=Decimal(rng.randint(100, 900))))
        for k, product in enumerate(products[:12]):
            for when in sorted(rng.sample(range(1, 400), 1 + k % 2)):
                supplier_id = rng.choice(suppliers[:2])
                at = datetime(2025, 1, 1, tzinfo=timezone.utc) + timedelta(days=when)
                receipt = Receipt(number=f"RC-{product.id}-{when}", state="posted", supplier_id=supplier_id,
                                  warehouse_id=warehouse.id, posted_at=at, created_at=at)
                s.add(receipt)
                s.flush()
                s.add(ReceiptLine(receipt_id=receipt.id, product_id=product.id, quantity=Decimal(5),
                                  unit_cost=Decimal(100)))
        s.flush()
        span = (datetime(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day, 23, 59) - datetime(2025, 1, 1)).total_seconds()
        moments = [_utc(datetime(2025, 1, 1) + timedelta(seconds=rng.uniform(0, span))) for _ in range(orders)]
        # A second either side of midnight in Moscow, at a month's and at a period's edge.
        moments += [_utc(datetime(2026, 2, 28, 23, 59, 59)), _utc(datetime(2026, 3, 1, 0, 0, 0)),
                    _utc(datetime(2026, 1, 14, 23, 59, 59)), _utc(datetime(2026, 1, 15, 0, 0, 0))]
        statuses = ["new", "processing", "shipped", "completed", "cancelled", "returned"]
        for number, moment in enumerate(moments, start=1):
            status = rng.choices(statuses, weights=(5, 5, 10, 60, 10, 10))[0] if number <= orders else "completed"
            order = SalesOrder(number=f"{100000 + number}", status=status, ordered_at=moment)
            chosen = rng.sample(products, rng.randint(1, 3))
            for product in chosen:
                qty = Decimal(rng.choice(("0.5", "1.25", "2"))) if product.unit == "kg" else Decimal(rng.randint(1, 3))
                price = product.retail_price
                discount = (price * qty / 10).quantize(CENT) if rng.random() < 0.2 else Decimal(0)
                missing = rng.random() < 0.1
                order.lines.append(SalesOrderLine(
                    product_id=None if rng.random() < 0.04 else product.id, sku=product.sku, name=product.name,
                    quantity=qty, unit_price=price, discount=discount, line_total=(price * qty).quantize(CENT) - discount,
                    unit_cost=None if missing else (product.average_cost * Decimal(rng.choice(("0.9", "1", "1.1")))
                                                    ).quantize(Decimal("0.0001")),
                    return_reason=rng.choice(REASONS) if status == "returned" else "",
                ))
            if status in ("completed", "shipped") and rng.random() < 0.15:
                product = chosen[0]
                order.lines.append(SalesOrderLine(
                    product_id=product.id, sku=product.sku, name=product.name, quantity=Decimal(-1),
                    unit_price=product.retail_price, line_total=-product.retail_price,
                    unit_cost=product.average_cost, return_reason=rng.choice(REASONS),
                ))
            s.add(order)
        s.flush()
        shop.orders = list(s.scalars(select(SalesOrder.id).order_by(SalesOrder.id)))
        summary.rebuild(s)
    return shop


def store_for(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A fresh migrated store on the back end named by the fixture's parameter."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("reports") / "store.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return open_store(sqlite_url(path))
    return open_store(new_pg_database(request.getfixturevalue("pg_server")))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def shop(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shop]:
    """One generated shop per back end, shared by a module's read-only tests."""
    store = store_for(request, tmp_path_factory)
    try:
        yield build_shop(store)
    finally:
        store.close()


# --- the independent computation ---------------------------------------------------------------

@dataclass(frozen=True)
class Fact:
    day: date
    product_id: int  # 0: no catalog product
    order_id: int
    line_id: int
    counted: bool
    reason: str
    sold_units: Decimal
    sold_revenue: Decimal
    sold_cost: Decimal
    returned_units: Decimal
    returned_revenue: Decimal
    returned_cost: Decimal

    @property
    def units(self) -> Decimal:
        return self.sold_units - self.returned_units

    @property
    def revenue(self) -> Decimal:
        return self.sold_revenue - self.returned_revenue

    @property
    def cost(self) -> Decimal:
        return self.sold_cost - self.returned_cost


def oracle_facts(store: Store, zone: ZoneInfo = MSK) -> list[Fact]:
    facts = []
    zero = Decimal(0)
    with store.read_session() as s:
        average = dict(s.execute(select(Product.id, Product.average_cost)).all())
        for order in s.scalars(select(SalesOrder)):
            if order.status == "cancelled":
                continue
            day = order.ordered_at.astimezone(zone).date()
            for line in order.lines:
                qty = Decimal(line.quantity)
                if order.status == "returned" and qty < 0:
                    continue
                unit_cost = line.unit_cost if line.unit_cost is not None else average.get(line.product_id, zero)
                cost = (abs(qty) * Decimal(unit_cost)).quantize(CENT, ROUND_HALF_UP)
                total = Decimal(line.line_total)
                if order.status == "returned":
                    sold, back = (qty, total, cost), (qty, total, cost)
                elif qty > 0:
                    sold, back = (qty, total, cost), (zero, zero, zero)
                else:
                    sold, back = (zero, zero, zero), (-qty, -total, cost)
                facts.append(Fact(day, line.product_id or 0, order.id, line.id, order.status != "returned",
                                  line.return_reason, *sold, *back))
    return facts


def in_period(facts: list[Fact], first: date, last: date, products: set[int] | None = None) -> list[Fact]:
    return [f for f in facts if first <= f.day <= last and (products is None or f.product_id in products)]


def by_product(facts: list[Fact]) -> dict[int, tuple[Decimal, Decimal, Decimal, Decimal]]:
    """Net (units, revenue, cost) and returned units per product."""
    sums: dict[int, list[Decimal]] = defaultdict(lambda: [Decimal(0)] * 4)
    for f in facts:
        row = sums[f.product_id]
        row[0] += f.units
        row[1] += f.revenue
        row[2] += f.cost
        row[3] += f.returned_units
    return {pid: tuple(v) for pid, v in sums.items()}  # type: ignore[misc]


def products_where(store: Store, **criteria: object) -> set[int]:
    with store.read_session() as s:
        stmt = select(Product.id)
        for key, value in criteria.items():
            stmt = stmt.where(getattr(Product, key) == value if value is not None else getattr(Product, key).is_(None))
        return set(s.scalars(stmt))


def subtree(store: Store, category_id: int) -> set[int]:
    with store.read_session() as s:
        path = s.scalar(select(Category.path).where(Category.id == category_id))
        ids = select(Category.id).where(Category.path.like(f"{path}%"))
        return set(s.scalars(select(Product.id).where(Product.category_id.in_(ids))))


# --- the summary tables --------------------------------------------------------------------------

def _table(store: Store, model: type) -> set[tuple]:
    table = model.__table__
    with store.read_session() as s:
        return {tuple(row) for row in s.execute(select(*table.c).order_by(*table.primary_key.columns))}


def summary_state(store: Store) -> tuple[set[tuple], ...]:
    return tuple(_table(store, m) for m in (ReportSalesLine, ReportSalesWeek, ReportSalesMonth, ReportSalesDay))


def _milli(value: Decimal) -> int:
    return int(value * 1000)


def _kop(value: Decimal) -> int:
    return int(value * 100)


def _stored(f: Fact) -> tuple[int, ...]:
    """A fact's figures as the summary stores them: net units, revenue, cost; returned units."""
    return _milli(f.units), _kop(f.revenue), _kop(f.cost), _milli(f.returned_units)


def test_facts_are_the_order_lines_as_the_rules_count_them(shop):
    expected = {(f.day, f.product_id, f.line_id, f.order_id, f.counted, f.reason, *_stored(f),
                 _kop(f.returned_revenue), _kop(f.returned_cost)) for f in oracle_facts(shop.store)}
    facts = ReportSalesLine.__table__.c
    with shop.store.read_session() as s:
        stored = {tuple(row) for row in s.execute(select(
            facts.day, facts.product_id, facts.line_id, facts.order_id, facts.counted, facts.return_reason,
            facts.units, facts.revenue, facts.cost, facts.returned_units, facts.returned_revenue, facts.returned_cost))}
    assert stored == expected
    # The generated shop has every case the rules name.
    assert any(f.counted and f.returned_units for f in oracle_facts(shop.store))  # negative lines
    assert any(not f.counted for f in oracle_facts(shop.store))  # returned orders
    assert any(f.product_id == 0 for f in oracle_facts(shop.store))


def test_weeks_months_and_days_add_up_the_facts(shop):
    facts = oracle_facts(shop.store)
    weeks: dict[tuple, list[int]] = defaultdict(lambda: [0] * 4)
    months: dict[tuple, list[int]] = defaultdict(lambda: [0] * 4)
    days: dict[date, list[int]] = defaultdict(lambda: [0] * 4)
    orders: dict[date, set[int]] = defaultdict(set)
    for f in facts:
        monday = f.day - timedelta(days=f.day.weekday())
        for bucket in (weeks[(monday, f.product_id)], months[(f.day.replace(day=1), f.product_id)], days[f.day]):
            for k, v in enumerate(_stored(f)):
                bucket[k] += v
        if f.counted:
            orders[f.day].add(f.order_id)
    week, month, day = (ReportSalesWeek.__table__.c, ReportSalesMonth.__table__.c, ReportSalesDay.__table__.c)
    with shop.store.read_session() as s:
        stored_weeks = set(s.execute(select(week.day, week.product_id, week.units, week.revenue, week.cost,
                                            week.returned_units)))
        stored_months = set(s.execute(select(month.day, month.product_id, month.units, month.revenue, month.cost,
                                             month.returned_units)))
        stored_days = set(s.execute(select(day.day, day.orders, day.units, day.revenue, day.cost, day.returned_units)))
    assert stored_weeks == {(d, p, *v) for (d, p), v in weeks.items()}
    assert stored_months == {(d, p, *v) for (d, p), v in months.items()}
    assert stored_days == {(d, len(orders[d]), *v) for d, v in days.items()}


def test_midnight_in_moscow_is_the_next_day(shop):
    facts = oracle_facts(shop.store)
    with shop.store.read_session() as s:
        late = s.scalar(select(SalesOrder.id).where(SalesOrder.ordered_at == _utc(datetime(2026, 2, 28, 23, 59, 59))))
        early = s.scalar(select(SalesOrder.id).where(SalesOrder.ordered_at == _utc(datetime(2026, 3, 1))))
        stored = dict(s.execute(select(ReportSalesLine.order_id, ReportSalesLine.day)
                                .where(ReportSalesLine.order_id.in_([late, early]))).all())
    assert stored == {late: date(2026, 2, 28), early: date(2026, 3, 1)}  # 20:59:59 and 21:00:00 UTC
    assert {f.day for f in facts if f.order_id == early} == {date(2026, 3, 1)}


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_shop(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shop]:
    """A generated shop of its own, for tests that change orders."""
    store = store_for(request, tmp_path_factory)
    try:
        yield build_shop(store, seed=11, orders=120)
    finally:
        store.close()


def test_refresh_recomputes_exactly_what_changed_orders_touch(fresh_shop):
    shop = fresh_shop
    store = shop.store
    rng = random.Random(3)
    with store.session() as s:
        changed = rng.sample(shop.orders, 30)
        orders = {o.id: o for o in s.scalars(select(SalesOrder).where(SalesOrder.id.in_(changed)))}
        a, b, c, d, e, f, *rest = changed
        orders[a].status = "cancelled"
        orders[b].status = "returned"
        orders[c].status = "completed"
        orders[d].ordered_at = orders[d].ordered_at + timedelta(days=40, hours=7)  # another week, month, day
        orders[e].lines[0].quantity = Decimal(7)
        orders[e].lines[0].line_total = Decimal("700.00")
        orders[e].lines[0].unit_cost = None
        s.delete(orders[f])
        for order_id in rest[:5]:
            orders[order_id].lines.append(SalesOrderLine(
                product_id=shop.products[0], sku="P-000", name="Товар 0", quantity=Decimal(-1),
                line_total=Decimal("-10.00"), unit_cost=Decimal("5"), return_reason="Брак"))
        new = SalesOrder(number="999999", status="processing", ordered_at=_utc(datetime(2025, 6, 30, 23, 30)))
        new.lines.append(SalesOrderLine(product_id=shop.products[1], sku="P-001", quantity=Decimal(2),
                                        line_total=Decimal("123.45"), unit_cost=Decimal("10.5")))
        s.add(new)
        s.flush()
        summary.refresh_orders(s, [*changed, new.id])
    refreshed = summary_state(store)
    with store.session() as s:
        summary.rebuild(s)
    assert refreshed == summary_state(store)
    test_facts_are_the_order_lines_as_the_rules_count_them(shop)
    test_weeks_months_and_days_add_up_the_facts(shop)


def test_refresh_of_nothing_changes_nothing_and_of_all_equals_rebuild(fresh_shop):
    store = fresh_shop.store
    before = summary_state(store)
    with store.session() as s:
        summary.refresh_orders(s, [])
        s.execute(delete(ReportSalesLine))
        s.execute(delete(ReportSalesWeek))
        s.execute(delete(ReportSalesMonth))
        s.execute(delete(ReportSalesDay))
        summary.refresh_orders(s, fresh_shop.orders)
    assert summary_state(store) == before


def test_a_new_time_zone_needs_a_rebuild_that_moves_orders_to_their_new_days(fresh_shop):
    store = fresh_shop.store
    with store.session() as s:
        s.add(Setting(key="shop.time_zone", value="Asia/Vladivostok"))
    with store.read_session() as s, pytest.raises(ValidationError, match="time zone Europe/Moscow"):
        summary.require_current(s)
    with store.session() as s:
        summary.rebuild(s)
    with store.read_session() as s:
        assert summary.require_current(s).key == "Asia/Vladivostok"
    facts = ReportSalesLine.__table__.c
    with store.read_session() as s:
        stored = set(s.execute(select(facts.line_id, facts.day)))
    assert stored == {(f.line_id, f.day) for f in oracle_facts(store, ZoneInfo("Asia/Vladivostok"))}
    with store.session() as s:
        s.get(Setting, "shop.time_zone").value = "Mars/Olympus"
    with store.read_session() as s, pytest.raises(ValidationError, match="Unknown time zone 'Mars/Olympus'"):
        summary.require_current(s)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_migrating_a_filled_store_from_0002_builds_the_summary(backend, request, tmp_path):
    from alembic import command

    if backend == "sqlite":
        url = sqlite_url(tmp_path / "old.sqlite3")
    else:
        url = new_pg_database(request.getfixturevalue("pg_server"))
    store = open_store(url)
    shop = build_shop(store, seed=5, orders=60)
    with store.session() as s:  # reasons go with the column when going back to 0002
        s.execute(update(SalesOrderLine).values(return_reason=""))
        summary.rebuild(s)
    expected = summary_state(store)
    with store.engine.begin() as conn:
        command.downgrade(migrations.alembic_config(conn), "0002")
    store.close()
    store = open_store(url)  # migrates 0002 → head, filling the summary from the orders
    try:
        assert store.schema_state().needs_upgrade is False
        assert summary_state(store) == expected and expected[0]
        with store.read_session() as s:
            assert s.scalar(select(SalesOrderLine.return_reason).where(SalesOrderLine.quantity < 0)) == ""
    finally:
        store.close()
    for copy in tmp_path.glob("old.before-*.sqlite3"):
        copy.unlink()
    assert shop.orders


def test_local_day_sql_agrees_with_zoneinfo_across_daylight_saving(shop):
    """Berlin changes its offset twice a year: SQL and Python give every moment the same day."""
    from backoffice_desktop.services.reports.zones import local_day_sql

    berlin = ZoneInfo("Europe/Berlin")
    moments = [datetime(2025, 3, 30, 0, 59, 59, tzinfo=timezone.utc), datetime(2025, 3, 30, 1, 0, tzinfo=timezone.utc),
               datetime(2025, 10, 25, 21, 59, 59, tzinfo=timezone.utc), datetime(2025, 10, 25, 22, 0, tzinfo=timezone.utc),
               datetime(2025, 10, 26, 22, 59, 59, tzinfo=timezone.utc), datetime(2025, 10, 26, 23, 0, tzinfo=timezone.utc),
               datetime(2025, 7, 1, 21, 59, 59, tzinfo=timezone.utc), datetime(2025, 7, 1, 22, 0, tzinfo=timezone.utc)]
    with shop.store.read_session() as s:
        dialect = s.get_bind().dialect.name
        for moment in moments:
            expr = local_day_sql(literal(moment, UTCDateTime()), dialect, berlin, min(moments), max(moments))
            got = s.scalar(select(expr))
            assert (got if isinstance(got, date) else date.fromisoformat(got)) == moment.astimezone(berlin).date()


def test_the_demo_shop_comes_with_its_summary(store):
    from backoffice_desktop.services.demo import DemoOptions, generate_demo

    generate_demo(store, DemoOptions(products=40, orders=200, photos=0, seed=4))
    built = summary_state(store)
    assert built[0] and built[3]
    expected = {(f.line_id, f.day, *_stored(f)) for f in oracle_facts(store)}
    facts = ReportSalesLine.__table__.c
    with store.read_session() as s:
        stored = set(s.execute(select(facts.line_id, facts.day, facts.units, facts.revenue, facts.cost,
                                      facts.returned_units)))
    assert stored == expected
    with store.session() as s:
        summary.rebuild(s)
    assert summary_state(store) == built
