"""Supplier price lists in the store: matching, the report before anything is written,
applying it in one transaction, the mapping remembered per supplier.

Every test runs on SQLite and on a real PostgreSQL (the ``store`` fixture).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from backoffice_desktop.db import Store
from backoffice_desktop.errors import NotFound, PermissionDenied, ValidationError
from backoffice_desktop.exports.pricelist_model import Field, PriceListMapping
from backoffice_desktop.models import (
    AuditEntry,
    OutboxItem,
    Product,
    ProductBarcode,
    Role,
    Supplier,
    SupplierOffer,
)
from backoffice_desktop.services import pricelists, users
from backoffice_desktop.services.permissions import Actor
from backoffice_desktop.services.pricelists import MatchKind, PriceListReport
from backoffice_desktop.services.stock import available_to_sell

from .. import conftest

DATA = Path(__file__).resolve().parent.parent / "data" / "pricelists"
DISTRIBUTOR = DATA / "electronics_distributor.xlsx"


@dataclass(frozen=True)
class Shop:
    purchaser: Actor
    clerk: Actor
    supplier: int
    a15: int  # offered before under the supplier's SKU; sold from supplier stock
    a25: int  # found by its barcode
    note13: int  # only its name resembles a row
    old: int  # offered before, gone from the new list; sold from supplier stock
    gan5: int  # holds the SKU a new product from the list would take


def _actor(session, admin: Actor, username: str, role: Role) -> Actor:
    info = users.create_user(session, admin, username, "user-pass-1", {role}, username.title())
    return Actor(user_id=info.id, username=username, full_name=username.title(), roles=frozenset({role}))


def build_shop(store: Store, admin: Actor) -> Shop:
    with store.session() as s:
        supplier = Supplier(name="ООО «ЭлектроОпт»", tax_id="7715123456")
        a15 = Product(sku="PH-A15", name="Samsung Galaxy A15 4/128 черный", sell_from_supplier_stock=True)
        a25 = Product(sku="PH-A25", name="Samsung Galaxy A25 6/128 голубой")
        note13 = Product(sku="PH-RN13", name="Xiaomi Redmi Note 13 8/256 ГБ, черный")
        old = Product(sku="PH-OLD", name="Кнопочный телефон Nokia 105", sell_from_supplier_stock=True)
        gan5 = Product(sku="BS-GAN5-65W", name="Зарядное устройство (наша карточка)")
        s.add_all([supplier, a15, a25, note13, old, gan5])
        s.flush()
        s.add_all([
            ProductBarcode(product_id=a25.id, barcode="8806095361055"),
            SupplierOffer(supplier_id=supplier.id, product_id=a15.id, supplier_sku="SM-A155F-BK",
                          price=Decimal("15990.00"), stock_qty=Decimal(3)),
            SupplierOffer(supplier_id=supplier.id, product_id=None, supplier_sku="UG-CD244",
                          price=Decimal("1000.00"), stock_qty=Decimal(2)),
            SupplierOffer(supplier_id=supplier.id, product_id=old.id, supplier_sku="EO-OLD-1",
                          price=Decimal("1490.00"), stock_qty=Decimal(5)),
        ])
        s.flush()
        return Shop(
            purchaser=_actor(s, admin, "zakupki", Role.PURCHASER), clerk=_actor(s, admin, "sklad", Role.CLERK),
            supplier=supplier.id, a15=a15.id, a25=a25.id, note13=note13.id, old=old.id, gan5=gan5.id,
        )


@pytest.fixture
def shop(store, admin) -> Shop:
    return build_shop(store, admin)


def analyse(store: Store, supplier_id: int, path: Path = DISTRIBUTOR, mapping=None) -> PriceListReport:
    with store.read_session() as s:
        return pricelists.analyse_price_list(s, supplier_id, path, mapping)


def apply(store: Store, actor: Actor, report: PriceListReport, **choices) -> pricelists.ApplyResult:
    with store.session() as s:
        return pricelists.apply_price_list(s, actor, report, **choices)


def snapshot(store: Store) -> tuple:
    """Everything an import may write, to prove that nothing was."""
    with store.read_session() as s:
        offers = s.execute(select(SupplierOffer.supplier_sku, SupplierOffer.product_id, SupplierOffer.price,
                                  SupplierOffer.stock_qty).order_by(SupplierOffer.id)).all()
        return (
            offers,
            s.scalar(select(func.count(Product.id))),
            s.scalar(select(func.count(ProductBarcode.id))),
            s.scalar(select(func.count(AuditEntry.id))),
            s.scalar(select(func.count(OutboxItem.product_id))),
            s.scalars(select(Supplier.pricelist_mapping).order_by(Supplier.id)).all(),
        )


def offer(store: Store, supplier_id: int, sku: str):  # -> a Row: id, product_id, price, stock_qty
    with store.read_session() as s:
        return s.execute(
            select(SupplierOffer.id, SupplierOffer.product_id, SupplierOffer.price, SupplierOffer.stock_qty)
            .where(SupplierOffer.supplier_id == supplier_id, SupplierOffer.supplier_sku == sku)
        ).one()


def key(report: PriceListReport, sku: str) -> str:
    return next(m.row.key for m in report.rows if m.row.supplier_sku == sku)


# --- the report -------------------------------------------------------------------------------

def test_analysis_matches_by_supplier_sku_then_barcode_and_only_suggests_by_name(store, shop):
    before = snapshot(store)
    report = analyse(store, shop.supplier)
    assert snapshot(store) == before  # a report writes nothing: cancelling costs nothing

    matched = {m.row.supplier_sku: (m.product_id, m.matched_by) for m in report.rows}
    assert matched["SM-A155F-BK"] == (shop.a15, MatchKind.SUPPLIER_SKU)
    assert matched["SM-A256E-LB"] == (shop.a25, MatchKind.BARCODE)
    assert matched["MZB0F0RRU"] == (None, MatchKind.NONE)  # suggested, not matched
    assert [(s.row.supplier_sku, s.product_id, s.product_sku) for s in report.suggestions] == [
        ("MZB0F0RRU", shop.note13, "PH-RN13")]
    assert report.suggestions[0].score > 0.9
    assert len(report.matched_by_sku) == 1 and len(report.matched_by_barcode) == 1 and len(report.unmatched) == 7
    assert report.errors == () and len(report.skipped) == 6 and report.error_rows == 0


def test_report_lists_price_changes_biggest_first_and_new_and_absent_offers(store, shop):
    report = analyse(store, shop.supplier)
    assert [(c.row.supplier_sku, c.old_price, c.new_price) for c in report.price_changes] == [
        ("UG-CD244", Decimal("1000.00"), Decimal("1290.00")),     # +29 %
        ("SM-A155F-BK", Decimal("15990.00"), Decimal("14990.00")),  # -6.3 %
    ]
    assert report.price_changes[0].change == Decimal("0.29")
    assert len(report.new_offers) == 7
    assert [(a.supplier_sku, a.product_id, a.stock) for a in report.absent] == [("EO-OLD-1", shop.old, Decimal(5))]
    assert report.estimated_stock_rows == 6


# --- applying ---------------------------------------------------------------------------------

def test_apply_writes_offers_audits_prices_queues_sync_and_remembers_the_mapping(store, shop):
    report = analyse(store, shop.supplier)
    rn13, gan5, cd244 = key(report, "MZB0F0RRU"), key(report, "BS-GAN5-65W"), key(report, "UG-CD244")
    result = apply(store, shop.purchaser, report, links={rn13: shop.note13}, create=[gan5, cd244])
    assert (result.offers_created, result.offers_updated, result.prices_changed, result.stock_cleared) == (7, 2, 2, 1)
    assert result.products_linked == 1 and len(result.products_created) == 2

    a15 = offer(store, shop.supplier, "SM-A155F-BK")
    assert (a15.product_id, a15.price, a15.stock_qty) == (shop.a15, Decimal("14990.00"), Decimal(100))
    assert offer(store, shop.supplier, "SM-A256E-LB").product_id == shop.a25
    assert offer(store, shop.supplier, "MZB0F0RRU").product_id == shop.note13  # the user linked it
    assert offer(store, shop.supplier, "EO-OLD-1").stock_qty == 0
    with store.read_session() as s:
        assert s.scalar(select(func.count(SupplierOffer.id)).where(SupplierOffer.supplier_id == shop.supplier)) == 10
        audited = s.execute(
            select(AuditEntry.entity_id, AuditEntry.old_value, AuditEntry.new_value, AuditEntry.user_id)
            .where(AuditEntry.entity_type == "supplier_offer", AuditEntry.field == "price")
        ).all()
        assert sorted(audited) == sorted([(a15.id, "15990.00", "14990.00", shop.purchaser.user_id),
                                          (offer(store, shop.supplier, "UG-CD244").id, "1000.00", "1290.00",
                                           shop.purchaser.user_id)])
        summary = s.scalar(select(AuditEntry.new_value).where(AuditEntry.action == "import"))
        assert summary.startswith("electronics_distributor.xlsx: 7 new offers")
        # Products sold from supplier stock whose supplier stock moved go to the shop sync.
        assert set(s.scalars(select(OutboxItem.product_id))) == {shop.a15, shop.old}
        assert available_to_sell(s, [shop.a15, shop.old]) == {shop.a15: Decimal(100), shop.old: Decimal(0)}
        assert pricelists.saved_mapping(s, shop.supplier) == report.mapping

        created = {p.name: p for p in s.scalars(select(Product).where(Product.id.in_(result.products_created)))}
        charger = created["Сетевое зарядное устройство Baseus GaN5 Pro 65 Вт, USB-C + USB-A, белое"]
        assert (charger.sku, charger.is_active, charger.is_published) == ("BS-GAN5-65W-2", False, False)
        assert [b.barcode for b in charger.barcodes] == ["4658200967539"]
        assert "bs-gan5-65w-2" in charger.search_text
        cable = created["Сетевое зарядное устройство UGREEN Nexode 35 Вт, USB-C"]
        assert cable.sku == "UG-CD244" and cable.barcodes == []  # its barcode's check digit is wrong
        assert offer(store, shop.supplier, "BS-GAN5-65W").product_id == charger.id
        assert offer(store, shop.supplier, "UG-CD244").product_id == cable.id


def test_name_suggestions_are_never_applied_by_themselves(store, shop):
    apply(store, shop.purchaser, analyse(store, shop.supplier))
    assert offer(store, shop.supplier, "MZB0F0RRU").product_id is None
    again = analyse(store, shop.supplier)
    assert [s.row.supplier_sku for s in again.suggestions] == ["MZB0F0RRU"]
    assert again.price_changes == () and again.new_offers == ()


def test_apply_is_one_transaction(store, shop, monkeypatch):
    report = analyse(store, shop.supplier)
    before = snapshot(store)

    def broken(*args, **kwargs):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(pricelists.outbox, "mark_products", broken)  # the last write of the import
    with pytest.raises(RuntimeError):
        apply(store, shop.purchaser, report, create=[key(report, "BS-GAN5-65W")])
    assert snapshot(store) == before


def test_a_clerk_may_not_import_price_lists(store, shop):
    report = analyse(store, shop.supplier)
    before = snapshot(store)
    with pytest.raises(PermissionDenied, match="sklad is not allowed to manage purchasing"):
        apply(store, shop.clerk, report)
    assert snapshot(store) == before


def test_choices_are_checked_before_anything_is_written(store, shop):
    report = analyse(store, shop.supplier)
    before = snapshot(store)
    gan5 = key(report, "BS-GAN5-65W")
    with pytest.raises(ValidationError, match="is not among the rows"):
        apply(store, shop.purchaser, report, links={"no-such-row": shop.a15})
    with pytest.raises(ValidationError, match="both linked to a product and made into a new one"):
        apply(store, shop.purchaser, report, links={gan5: shop.gan5}, create=[gan5])
    with pytest.raises(ValidationError, match="already matches one of our products"):
        apply(store, shop.purchaser, report, create=[key(report, "SM-A256E-LB")])
    with pytest.raises(NotFound, match="Product #999999 no longer exists"):
        apply(store, shop.purchaser, report, links={gan5: 999999})
    assert snapshot(store) == before


# --- bad input --------------------------------------------------------------------------------

def test_rows_with_errors_block_the_import_unless_they_are_left_out(store, shop):
    with store.session() as s:
        s.add_all([SupplierOffer(supplier_id=shop.supplier, supplier_sku="TL-100", price=Decimal(150),
                                 stock_qty=Decimal(7)),
                   SupplierOffer(supplier_id=shop.supplier, supplier_sku="TL-200", price=Decimal(320),
                                 stock_qty=Decimal(4))])
    report = analyse(store, shop.supplier, DATA / "bad_rows.xlsx")
    assert [(e.sheet, e.row, e.column, e.value) for e in report.errors][:3] == [
        ("Прайс", 2, "A", "TL-100"), ("Прайс", 3, "C", "-320"), ("Прайс", 4, "C", "290 €")]
    assert report.error_rows == 7 and [m.row.supplier_sku for m in report.rows] == ["TL-700"]
    # Offers whose rows are in error are not "no longer listed".
    assert {a.supplier_sku for a in report.absent} == {"SM-A155F-BK", "UG-CD244", "EO-OLD-1"}
    before = snapshot(store)
    with pytest.raises(ValidationError, match="bad_rows.xlsx has 7 rows with errors"):
        apply(store, shop.purchaser, report)
    assert snapshot(store) == before

    apply(store, shop.purchaser, report, skip_error_rows=True)
    assert offer(store, shop.supplier, "TL-700").price == Decimal("380.00")
    assert (offer(store, shop.supplier, "TL-100").stock_qty, offer(store, shop.supplier, "TL-200").price) == (
        Decimal(7), Decimal(320))


def test_a_price_list_in_another_currency_is_refused(store, shop):
    before = snapshot(store)
    with pytest.raises(ValidationError, match="is in USD, but this supplier's prices are in RUB"):
        analyse(store, shop.supplier, DATA / "usd_pricelist.xlsx")
    assert snapshot(store) == before
    with store.session() as s:
        overseas = Supplier(name="Shenzhen Gadget Co., Ltd.", currency="USD")
        s.add(overseas)
        s.flush()
        overseas_id = overseas.id
    report = analyse(store, overseas_id, DATA / "usd_pricelist.xlsx")
    assert [(m.row.supplier_sku, m.row.price, m.row.stock) for m in report.rows] == [
        ("SZ-PB-10K", Decimal("7.85"), Decimal(1200)), ("SZ-EB-TWS5", Decimal("5.40"), Decimal(3000))]


# --- the mapping, remembered ------------------------------------------------------------------

def test_the_mapping_chosen_by_hand_is_remembered_for_the_supplier(store, shop):
    books = conftest.testdata_dir("price_lists") / "interservice_books__Прайс.xlsx"
    with store.session() as s:
        s.add(ProductBarcode(product_id=shop.a25, barcode="9785699414260"))  # a book's ISBN, for the test
    discounted = PriceListMapping(
        columns={Field.SKU: "C", Field.NAME: "B", Field.BARCODE: "D", Field.PRICE: "P", Field.STOCK: "M"},
        header_row=13)
    report = analyse(store, shop.supplier, books, discounted)
    first = report.rows[0]
    assert (first.row.supplier_sku, first.matched_by, first.product_id) == ("571192", MatchKind.BARCODE, shop.a25)
    apply(store, shop.purchaser, report)
    with store.read_session() as s:
        saved = pricelists.saved_mapping(s, shop.supplier)
    assert saved is not None and saved.columns[Field.PRICE] == "P" and saved.captions[Field.PRICE] == "Цена со скидкой"

    again = analyse(store, shop.supplier, books)  # no mapping given: the saved one
    assert again.mapping == saved
    assert again.rows[0].matched_by is MatchKind.SUPPLIER_SKU and again.price_changes == ()


def test_1c_list_without_skus_is_keyed_by_name_and_matches_next_time(store, shop):
    parts = conftest.testdata_dir("price_lists") / "phone_parts_1c_TDSheet__pricelist.xlsx"
    report = analyse(store, shop.supplier, parts)
    assert len(report.rows) == 480 and len(report.unmatched) == 480
    battery = next(m.row for m in report.rows if m.row.name.startswith("iPh 11 - АКБ"))
    apply(store, shop.purchaser, report, create=[battery.key])
    with store.read_session() as s:
        product = s.execute(
            select(Product.id, Product.sku, Product.is_active).where(Product.name == battery.name)).one()
    assert product.sku == f"SUP{shop.supplier}-{battery.row}" and not product.is_active

    again = analyse(store, shop.supplier, parts)
    matched = next(m for m in again.rows if m.row.key == battery.key)
    assert (matched.product_id, matched.matched_by) == (product.id, MatchKind.SUPPLIER_SKU)
    assert again.new_offers == () and again.price_changes == ()
