"""Suppliers as a purchaser keeps them, on SQLite and PostgreSQL: the card and its checks,
archiving, offers (search, paging, edits) and delivery performance from receipts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select

from backoffice_desktop.db import Store
from backoffice_desktop.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from backoffice_desktop.models import (
    AuditEntry,
    Product,
    PurchaseOrder,
    Receipt,
    Role,
    SupplierOffer,
)
from backoffice_desktop.services import purchasing, receiving, suppliers
from backoffice_desktop.services.permissions import Actor
from backoffice_desktop.services.purchasing import NewLine
from backoffice_desktop.services.suppliers import OfferData, OfferFilter, SupplierData

from ..conftest import make_admin
from .purchasing_world import actor, warehouse_with_bin

ROMASHKA = SupplierData(name="ООО «Ромашка»", tax_id="7701234567", contact_person="Иванова Анна",
                        phone="+7 495 123-45-67", email="zakaz@romashka.ru", currency="rub",
                        payment_deferral_days=30, returns_unsold=True, lead_time_days=5,
                        min_order_amount=Decimal("15000.00"), notes="Звонить до 12:00")


@dataclass(frozen=True)
class World:
    admin: Actor
    purchaser: Actor
    clerk: Actor
    warehouse: int
    kettle: int
    mug: int


@pytest.fixture
def world(store: Store) -> World:
    admin = make_admin(store)
    with store.session() as s:
        warehouse = warehouse_with_bin(s)
        kettle = Product(sku="KT-01", name="Чайник электрический")
        mug = Product(sku="MG-01", name="Кружка керамическая")
        s.add_all([kettle, mug])
        s.flush()
        buyer = actor(s, admin, "buyer", Role.PURCHASER)
        clerk = actor(s, admin, "sklad", Role.CLERK)
        return World(admin, buyer, clerk, warehouse, kettle.id, mug.id)


def _save(store: Store, actor: Actor, data: SupplierData, supplier_id: int | None = None,
          expected: SupplierData | None = None) -> int:
    with store.session() as s:
        return suppliers.save_supplier(s, actor, supplier_id, data, expected)


def test_a_new_supplier_is_saved_clean_listed_and_audited(store, world):
    supplier_id = _save(store, world.purchaser, replace(ROMASHKA, name="  ООО   «Ромашка» "))
    with store.read_session() as s:
        detail = suppliers.supplier_detail(s, supplier_id)
        (row,) = suppliers.supplier_list(s)
        audit = [(a.action, a.new_value) for a in
                 s.scalars(select(AuditEntry).where(AuditEntry.entity_type == "supplier"))]
    assert detail.data == replace(ROMASHKA, currency="RUB") and detail.is_active
    assert (row.name, row.offers, row.open_orders, row.last_pricelist_update) == ("ООО «Ромашка»", 0, 0, None)
    assert audit == [("create", "ООО «Ромашка»")]


def test_editing_records_each_changed_field(store, world):
    supplier_id = _save(store, world.purchaser, ROMASHKA)
    with store.read_session() as s:
        loaded = suppliers.supplier_detail(s, supplier_id).data
    _save(store, world.purchaser, replace(loaded, lead_time_days=9, email="new@romashka.ru"), supplier_id, loaded)
    with store.read_session() as s:
        assert suppliers.supplier_detail(s, supplier_id).data.lead_time_days == 9
        changes = {(a.field, a.old_value, a.new_value) for a in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "update", AuditEntry.entity_type == "supplier"))}
    assert changes == {("lead_time_days", "5", "9"), ("email", "zakaz@romashka.ru", "new@romashka.ru")}


@pytest.mark.parametrize("change, message", [
    ({"name": "  "}, "needs a name"),
    ({"name": "ооо «ромашка»"}, "already a supplier named 'ООО «Ромашка»'"),
    ({"currency": "рубли"}, "not a currency code"),
    ({"currency": "US"}, "not a currency code"),
    ({"email": "zakaz@romashka"}, "not an e-mail address"),
    ({"lead_time_days": -1}, "from 0 to 3650"),
    ({"payment_deferral_days": 5000}, "from 0 to 3650"),
    ({"min_order_amount": Decimal("-1")}, "can't be negative"),
    ({"min_order_amount": Decimal("1.005")}, "more than two decimal places"),
    ({"phone": "1" * 65}, "too long: at most 64"),
])
def test_bad_cards_are_refused_and_nothing_is_written(store, world, change, message):
    _save(store, world.purchaser, ROMASHKA)
    with pytest.raises(ValidationError, match=message), store.session() as s:
        suppliers.save_supplier(s, world.purchaser, None, replace(ROMASHKA, **({"name": "Другой"} | change)))
    with store.read_session() as s:
        assert [r.name for r in suppliers.supplier_list(s, include_archived=True)] == ["ООО «Ромашка»"]


def test_renaming_onto_another_supplier_is_refused_but_changing_own_case_is_not(store, world):
    first = _save(store, world.purchaser, ROMASHKA)
    second = _save(store, world.purchaser, SupplierData(name="Василёк"))
    with pytest.raises(ValidationError, match="already a supplier"), store.session() as s:
        suppliers.save_supplier(s, world.purchaser, second, SupplierData(name="ООО «РОМАШКА»"))
    _save(store, world.purchaser, replace(ROMASHKA, name="ООО «РОМАШКА»"), first)
    with store.read_session() as s:
        assert suppliers.supplier_detail(s, first).data.name == "ООО «РОМАШКА»"


def test_a_save_over_someone_elses_changes_is_a_conflict(store, world):
    supplier_id = _save(store, world.purchaser, ROMASHKA)
    with store.read_session() as s:
        loaded = suppliers.supplier_detail(s, supplier_id).data
    _save(store, world.admin, replace(loaded, phone="+7 495 000-00-00"), supplier_id, loaded)
    with pytest.raises(ConflictError, match="changed by someone else"):
        _save(store, world.purchaser, replace(loaded, notes="мой текст"), supplier_id, loaded)
    with store.read_session() as s:
        data = suppliers.supplier_detail(s, supplier_id).data
    assert (data.phone, data.notes) == ("+7 495 000-00-00", "Звонить до 12:00")


def test_a_clerk_cannot_edit_suppliers(store, world):
    with pytest.raises(PermissionDenied), store.session() as s:
        suppliers.save_supplier(s, world.clerk, None, ROMASHKA)
    with pytest.raises(NotFound), store.read_session() as s:
        suppliers.supplier_detail(s, 999)


def test_archive_waits_for_open_orders_and_hides_the_supplier(store, world):
    supplier_id = _save(store, world.purchaser, ROMASHKA)
    with store.session() as s:
        order_id = purchasing.create_order(s, world.purchaser, supplier_id, [NewLine(world.kettle, Decimal(1))])
    with pytest.raises(ValidationError, match="1 open purchase order"), store.session() as s:
        suppliers.archive_supplier(s, world.purchaser, supplier_id)
    with store.read_session() as s:
        assert suppliers.supplier_list(s)[0].open_orders == 1
    with store.session() as s:
        purchasing.cancel(s, world.purchaser, order_id)
        suppliers.archive_supplier(s, world.purchaser, supplier_id)
    with store.read_session() as s:
        assert suppliers.supplier_list(s) == []
        assert [r.is_active for r in suppliers.supplier_list(s, include_archived=True)] == [False]
    with pytest.raises(ValidationError, match="in the archive; restore it"):
        _save(store, world.purchaser, replace(ROMASHKA, name="ООО «ромашка»"))
    with store.session() as s:
        suppliers.restore_supplier(s, world.purchaser, supplier_id)
    with store.read_session() as s:
        assert [r.id for r in suppliers.supplier_list(s)] == [supplier_id]


def test_the_list_is_searched_case_insensitively_in_cyrillic(store, world):
    _save(store, world.purchaser, ROMASHKA)
    _save(store, world.purchaser, SupplierData(name="Shenzhen Parts Ltd", currency="CNY", email="sales@szparts.cn"))
    with store.read_session() as s:
        assert [r.name for r in suppliers.supplier_list(s, "ромаш")] == ["ООО «Ромашка»"]
        assert [r.name for r in suppliers.supplier_list(s, "иванова")] == ["ООО «Ромашка»"]
        assert [r.name for r in suppliers.supplier_list(s, "SZPARTS")] == ["Shenzhen Parts Ltd"]
        assert suppliers.supplier_list(s, "нет такого") == []


def _offers(store: Store, supplier_id: int, world: World, count: int = 0) -> None:
    with store.session() as s:
        s.add(SupplierOffer(supplier_id=supplier_id, product_id=world.kettle, supplier_sku="R-001",
                            supplier_name="ЧАЙНИК ЭЛЕКТРИЧЕСКИЙ 1,7 Л", barcode="4607654321098",
                            price=Decimal("1000.00"), stock_qty=Decimal(40)))
        s.add(SupplierOffer(supplier_id=supplier_id, supplier_sku="R-002", supplier_name="Блюдце фарфоровое",
                            price=Decimal("120.00"), pack_size=Decimal(6), min_order_qty=Decimal(12)))
        for i in range(count):
            s.add(SupplierOffer(supplier_id=supplier_id, supplier_sku=f"X-{i:04d}", supplier_name=f"Товар {i}",
                                price=Decimal("1.00")))


def test_offers_are_paged_searched_and_show_our_product(store, world):
    supplier_id = _save(store, world.purchaser, ROMASHKA)
    _offers(store, supplier_id, world, count=30)
    with store.read_session() as s:
        first = suppliers.offer_ids(s, OfferFilter(supplier_id), 0, 20)
        rest = suppliers.offer_ids(s, OfferFilter(supplier_id), 20, 20)
        assert len(first) == 20 and len(rest) == 12 and not set(first) & set(rest)
        assert suppliers.count_offers(s, OfferFilter(supplier_id)) == 32
        for text in ("чайник", "Чайник", "kt-01", "4607654321098", "r-001"):
            ids = suppliers.offer_ids(s, OfferFilter(supplier_id, text))
            assert [r.supplier_sku for r in suppliers.load_offer_rows(s, ids).values()] == ["R-001"], text
        (row,) = suppliers.load_offer_rows(s, suppliers.offer_ids(s, OfferFilter(supplier_id, "блюдце"))).values()
        assert (row.sku, row.name, row.pack_size, row.min_order_qty, row.stock_qty) == (
            "", "", Decimal(6), Decimal(12), None)
        assert suppliers.offer_ids(s, OfferFilter(supplier_id, "100%")) == []
        (listed,) = suppliers.supplier_list(s)
    assert listed.offers == 32 and listed.last_pricelist_update is not None
    assert listed.last_pricelist_update.tzinfo is not None


def test_an_offer_is_edited_linked_and_audited(store, world):
    supplier_id = _save(store, world.purchaser, ROMASHKA)
    _offers(store, supplier_id, world)
    with store.read_session() as s:
        saucer = suppliers.offer_ids(s, OfferFilter(supplier_id, "R-002"))[0]
    with store.session() as s:
        suppliers.set_offer(s, world.purchaser, saucer, OfferData("1 150,50", "6", "24", world.mug))
    with store.read_session() as s:
        row = suppliers.load_offer_rows(s, [saucer])[saucer]
        price_audit = s.execute(select(AuditEntry.old_value, AuditEntry.new_value).where(
            AuditEntry.entity_type == "supplier_offer", AuditEntry.field == "price")).one()
    assert (row.price, row.min_order_qty, row.sku) == (Decimal("1150.50"), Decimal(24), "MG-01")
    assert tuple(price_audit) == ("120.00", "1150.50")
    for data, message in ((OfferData("-1", "1", "1", None), "can't be negative"),
                          (OfferData("10", "0", "1", None), "pack size must be more than zero"),
                          (OfferData("10", "1", "abc", None), "not a quantity"),
                          (OfferData("10", "1", "1", 9999), "does not exist")):
        with pytest.raises((ValidationError, NotFound), match=message), store.session() as s:
            suppliers.set_offer(s, world.purchaser, saucer, data)
    with pytest.raises(PermissionDenied), store.session() as s:
        suppliers.set_offer(s, world.clerk, saucer, OfferData("1", "1", "1", None))


# --- performance -------------------------------------------------------------------------

def _sent_order(store: Store, w: World, supplier_id: int, quantity: int) -> int:
    with store.session() as s:
        order_id = purchasing.create_order(s, w.purchaser, supplier_id,
                                           [NewLine(w.kettle, Decimal(quantity), Decimal("100"))])
        purchasing.mark_sent(s, w.purchaser, order_id)
        return order_id


def _receive(store: Store, w: World, order_id: int, quantity: int) -> int:
    with store.session() as s:
        receipt_id = receiving.start_receipt_from_order(s, w.clerk, order_id, w.warehouse)
        for line in receiving.receipt_summary(s, receipt_id).lines:
            receiving.set_line_quantity(s, w.clerk, line.line_id, Decimal(quantity))
    with store.session() as s:
        receiving.post_receipt(s, w.clerk, receipt_id, receiving.receipt_summary(s, receipt_id).version)
    return receipt_id


def _local_noon(day: date) -> datetime:
    return datetime.combine(day, time(12)).astimezone(timezone.utc)


def _backdate(store: Store, order_id: int, expected: date, receipts: dict[int, date]) -> None:
    with store.session() as s:
        s.get(PurchaseOrder, order_id).expected_date = expected
        for receipt_id, day in receipts.items():
            s.get(Receipt, receipt_id).posted_at = _local_noon(day)


def test_on_time_and_fill_rates_come_from_the_first_receipt_and_received_quantities(store, world):
    supplier_id = _save(store, world.purchaser, ROMASHKA)
    today = date.today()
    # On time: all 10 arrived on the expected day.
    on_time = _sent_order(store, world, supplier_id, 10)
    on_time_receipt = _receive(store, world, on_time, 10)
    _backdate(store, on_time, today - timedelta(days=20), {on_time_receipt: today - timedelta(days=20)})
    # Late: the first part came 4 days late, the rest later still; closed short (8 of 10).
    late = _sent_order(store, world, supplier_id, 10)
    first, second = _receive(store, world, late, 5), _receive(store, world, late, 3)
    _backdate(store, late, today - timedelta(days=30),
              {first: today - timedelta(days=26), second: today - timedelta(days=22)})
    with store.session() as s:
        purchasing.close(s, world.purchaser, late)
    # Partly received and overdue: 2 of 10 so far, 2 days late.
    partial = _sent_order(store, world, supplier_id, 10)
    partial_receipt = _receive(store, world, partial, 2)
    _backdate(store, partial, today - timedelta(days=3), {partial_receipt: today - timedelta(days=1)})
    # Still expected (not due yet), and one never sent: neither is measured.
    _sent_order(store, world, supplier_id, 10)
    with store.session() as s:
        purchasing.create_order(s, world.purchaser, supplier_id, [NewLine(world.kettle, Decimal(5), Decimal("100"))])

    with store.read_session() as s:
        perf = suppliers.supplier_performance(s, supplier_id)
    assert (perf.measured, perf.on_time, perf.late) == (3, 1, 2)
    assert perf.on_time_rate == Decimal(1) / 3
    assert perf.average_delay_days == Decimal("3.0")  # (4 + 2) / 2
    assert (perf.filled_orders, perf.ordered, perf.received) == (3, Decimal(30), Decimal(20))
    assert perf.fill_rate == Decimal(20) / 30


def test_performance_since_a_date_and_for_a_supplier_without_orders(store, world):
    supplier_id = _save(store, world.purchaser, ROMASHKA)
    order_id = _sent_order(store, world, supplier_id, 4)
    _backdate(store, order_id, date.today(), {_receive(store, world, order_id, 4): date.today()})
    with store.read_session() as s:
        assert suppliers.supplier_performance(s, supplier_id, since=date.today()).on_time == 1
        later = suppliers.supplier_performance(s, supplier_id, since=date.today() + timedelta(days=1))
    assert (later.measured, later.on_time_rate, later.fill_rate, later.average_delay_days) == (0, None, None, None)


def test_a_reversed_receipt_is_not_a_delivery(store, world):
    supplier_id = _save(store, world.purchaser, ROMASHKA)
    order_id = _sent_order(store, world, supplier_id, 4)
    wrong = _receive(store, world, order_id, 4)
    with store.session() as s:
        receiving.reverse_receipt(s, world.clerk, wrong, "не тот поставщик")
    with store.read_session() as s:
        reversal = s.scalars(select(Receipt.id).where(Receipt.reversal_of_id == wrong)).one()
    right = _receive(store, world, order_id, 4)
    _backdate(store, order_id, date.today() - timedelta(days=5),
              {wrong: date.today() - timedelta(days=6), reversal: date.today() - timedelta(days=6),
               right: date.today() - timedelta(days=2)})
    with store.read_session() as s:
        perf = suppliers.supplier_performance(s, supplier_id)
    assert (perf.measured, perf.on_time, perf.average_delay_days) == (1, 0, Decimal("3.0"))

