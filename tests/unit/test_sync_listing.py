"""Listings for the documents come from the store: name, unit, category, brand, the
first unit barcode and the page address, in the order of the states asked for."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from decimal import Decimal

from backoffice_desktop.models import Brand, Category, Location, LocationKind, Product, ProductBarcode
from backoffice_desktop.services.stock import MoveRequest, ensure_virtual_locations, post_moves
from backoffice_desktop.sync.commerceml.reader import read_offers
from backoffice_desktop.sync.commerceml.writer import ExchangeCatalog, write_offers
from backoffice_desktop.sync.listing import Listing, iter_listings, load_categories, load_listings
from backoffice_desktop.sync.outbox import ProductState

from ..sync.helpers import website_publishes_any_card

MARKED = datetime(2026, 11, 27, tzinfo=timezone.utc)


def test_listings_carry_what_documents_show(store) -> None:
    with store.session() as s:
        dishes = Category(name="Посуда", path="/")
        s.add(dishes)
        s.flush()
        dishes.path = f"/{dishes.id}/"
        kettles = Category(name="Чайники", parent_id=dishes.id)
        brand = Brand(name="Ромашка")
        s.add_all([kettles, brand])
        s.flush()
        kettles.path = f"{dishes.path}{kettles.id}/"
        kettle = Product(sku="KT-01", name="Чайник «Ромашка»", category_id=kettles.id, brand_id=brand.id,
                         slug="chainik-romashka", retail_price=Decimal("2490.00"), is_published=True)
        cable = Product(sku="CB-01", name="Кабель медный", unit="m", retail_price=Decimal("99.90"))
        s.add_all([kettle, cable])
        s.flush()
        s.add_all([
            ProductBarcode(product_id=kettle.id, barcode="4601234567893", kind="unit"),
            ProductBarcode(product_id=kettle.id, barcode="14601234567890", kind="pack", pack_quantity=Decimal(6)),
            ProductBarcode(product_id=kettle.id, barcode="4601234567800", kind="unit"),
        ])
        ids = {"kettle": kettle.id, "cable": cable.id, "dishes": dishes.id, "kettles": kettles.id}
    states = [
        ProductState(ids["cable"], "CB-01", Decimal("2.5"), Decimal("99.90"), None, False, MARKED),
        ProductState(ids["kettle"], "KT-01", Decimal(4), Decimal("2490.00"), None, True, MARKED),
        ProductState(999_999, "GONE-01", Decimal(0), Decimal(1), None, True, MARKED),
    ]
    with store.read_session() as s:
        listings = load_listings(s, states, url_template="https://romashka.example/p/{slug}")
        categories = load_categories(s)
    cable_listing, kettle_listing, gone = listings
    assert kettle_listing == Listing(
        state=states[1], name="Чайник «Ромашка»", unit="pcs", category_id=ids["kettles"], vendor="Ромашка",
        barcode="4601234567893", url="https://romashka.example/p/chainik-romashka",
    )
    # No slug: no address rather than a broken one.
    assert (cable_listing.name, cable_listing.unit, cable_listing.url, cable_listing.barcode) == (
        "Кабель медный", "m", "", "")
    assert gone == Listing.bare(states[2])
    assert [(c.name, c.parent_id) for c in categories] == [("Посуда", None), ("Чайники", ids["dishes"])]

    out = io.BytesIO()
    write_offers(out, listings, ExchangeCatalog(owner_name="ООО «Ромашка»"))
    sent = {o.sku: (o.name, o.quantity) for o in read_offers(out.getvalue())}
    assert sent == {"CB-01": ("Кабель медный", Decimal(0)), "KT-01": ("Чайник «Ромашка»", Decimal(4)),
                    "GONE-01": ("GONE-01", Decimal(0))}


def test_the_whole_catalogue_is_read_in_batches_with_what_can_be_sold(store) -> None:
    with store.session() as s:
        virtual = ensure_virtual_locations(s)
        bin_ = Location(code="A-01", name="A-01", kind=LocationKind.BIN.value)
        products = [Product(sku=f"P-{i:02d}", name=f"Товар {i}", retail_price=Decimal(10 + i),
                            is_published=i % 2 == 0, is_active=i != 3) for i in range(1, 8)]
        s.add_all([bin_, *products])
        website_publishes_any_card(s)
        s.flush()
        post_moves(s, None, [MoveRequest(products[0].id, Decimal(6), virtual[LocationKind.SUPPLIER], bin_.id)],
                   "receipt")
    with store.read_session() as s:
        listings = list(iter_listings(s, batch_size=3, now=MARKED))
    assert [item.state.sku for item in listings] == ["P-01", "P-02", "P-04", "P-05", "P-06", "P-07"]  # P-03 inactive
    first = listings[0]
    assert (first.name, first.state.available, first.state.published, first.state.marked_at) == (
        "Товар 1", Decimal(6), False, MARKED)
    assert listings[1].state.retail_price == Decimal(12)


def test_availability_of_an_id_range_equals_the_per_product_answer(store) -> None:
    from backoffice_desktop.models import SalesOrder, SalesOrderLine, Supplier, SupplierOffer
    from backoffice_desktop.services.stock import (
        available_to_sell, available_to_sell_between, reserved_by_open_orders,
    )

    with store.session() as s:
        virtual = ensure_virtual_locations(s)
        bin_ = Location(code="B-01", name="B-01", kind=LocationKind.BIN.value)
        bin2 = Location(code="B-02", name="B-02", kind=LocationKind.BIN.value)
        quarantine = Location(code="Q-01", name="Q-01", kind=LocationKind.QUARANTINE.value)
        products = [Product(sku=f"R-{i}", name=f"Товар {i}", retail_price=Decimal(5), unit="kg",
                            sell_from_supplier_stock=i in (3, 4)) for i in range(1, 7)]
        supplier = Supplier(name="Поставщик")
        s.add_all([bin_, bin2, quarantine, supplier, *products])
        s.flush()
        p = [x.id for x in products]
        source = virtual[LocationKind.SUPPLIER]
        post_moves(s, None, [MoveRequest(p[0], Decimal("2.5"), source, bin_.id),
                             MoveRequest(p[0], Decimal("0.125"), source, bin2.id),
                             MoveRequest(p[1], Decimal(3), source, bin_.id),
                             MoveRequest(p[1], Decimal(4), source, quarantine.id),
                             MoveRequest(p[3], Decimal(1), source, bin_.id)], "receipt")
        s.add_all([SalesOrder(number="1", status="new", lines=[
                       SalesOrderLine(product_id=p[0], sku="R-1", name="", quantity=Decimal("1.1"),
                                      unit_price=Decimal(5), line_total=Decimal(5)),
                       SalesOrderLine(product_id=p[1], sku="R-2", name="", quantity=Decimal(5),
                                      unit_price=Decimal(5), line_total=Decimal(5))]),
                   SalesOrder(number="2", status="completed", lines=[
                       SalesOrderLine(product_id=p[0], sku="R-1", name="", quantity=Decimal(9),
                                      unit_price=Decimal(5), line_total=Decimal(5))]),
                   SupplierOffer(supplier_id=supplier.id, product_id=p[2], supplier_sku="A", stock_qty=Decimal(7)),
                   SupplierOffer(supplier_id=supplier.id, product_id=p[3], supplier_sku="B", stock_qty=Decimal(2)),
                   SupplierOffer(supplier_id=supplier.id, product_id=p[3], supplier_sku="C", stock_qty=Decimal(6)),
                   SupplierOffer(supplier_id=supplier.id, product_id=p[4], supplier_sku="D", stock_qty=Decimal(9))])
    with store.read_session() as s:
        expected = available_to_sell(s, p)
        ranged = available_to_sell_between(s, p[0], p[-1])
        reserved = reserved_by_open_orders(s)
        with_reserved = available_to_sell_between(s, p[0], p[-1], reserved)
    assert {pid: ranged.get(pid, Decimal(0)) for pid in p} == expected
    assert {pid: with_reserved.get(pid, Decimal(0)) for pid in p} == expected
    assert reserved == {p[0]: Decimal("1.1"), p[1]: Decimal(5)}  # the completed order reserves nothing
    assert expected[p[0]] == Decimal("1.525") and expected[p[1]] == 0 and expected[p[3]] == 7
