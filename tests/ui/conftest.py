"""GUI fixtures: a context over a fresh SQLite store with a few products."""

from __future__ import annotations

from decimal import Decimal

import pytest

from backoffice_desktop.config import AppPaths, LocalSettings
from backoffice_desktop.models import Brand, Category, Location, Product, ProductBarcode, Role
from backoffice_desktop.services import auth, users
from backoffice_desktop.services.catalog import build_search_text
from backoffice_desktop.services.stock import MoveRequest, ensure_virtual_locations, post_moves
from backoffice_desktop.models import LocationKind
from backoffice_desktop.ui.context import AppContext
from backoffice_desktop.ui.operations import Operations

from ..conftest import make_admin

PRODUCTS = [
    ("TV-55", "Телевизор Samsung 55\" QLED", "4601234567893", "Samsung", Decimal("54990.00"), Decimal(3)),
    ("KT-01", "Чайник электрический Bosch, 1,7 л", "4607654321098", "Bosch", Decimal("2490.00"), Decimal(12)),
    ("PH-13", "Смартфон Xiaomi Redmi Note 13 8/256 ГБ, чёрный", "4600000000013", "Xiaomi", Decimal("19990.00"), Decimal(0)),
    ("ЁЖ-7", "Ёлочная гирлянда ЁЛКА, 10 м", "4600000000075", "Xiaomi", Decimal("990.00"), Decimal(5)),
]


def seed_products(store) -> dict[str, int]:
    ids = {}
    with store.session() as s:
        cat = Category(name="Электроника")
        s.add(cat)
        s.flush()
        cat.path = f"/{cat.id}/"
        warehouse = Location(code="WH1", name="Основной склад", kind=LocationKind.WAREHOUSE.value)
        s.add(warehouse)
        s.flush()
        bin_ = Location(code="A-01", name="A-01", kind=LocationKind.BIN.value, parent_id=warehouse.id)
        s.add(bin_)
        s.flush()
        supplier = ensure_virtual_locations(s)[LocationKind.SUPPLIER]
        brands: dict[str, Brand] = {}
        moves = []
        for sku, name, code, brand, price, qty in PRODUCTS:
            if brand not in brands:
                brands[brand] = Brand(name=brand)
                s.add(brands[brand])
                s.flush()
            p = Product(sku=sku, name=name, retail_price=price, category_id=cat.id, brand_id=brands[brand].id,
                        is_published=qty > 0, search_text=build_search_text(sku, name, [code]))
            p.barcodes.append(ProductBarcode(barcode=code))
            s.add(p)
            s.flush()
            ids[sku] = p.id
            if qty:
                moves.append(MoveRequest(p.id, qty, supplier, bin_.id, price / 2))
        post_moves(s, None, moves, "receipt")
    return ids


@pytest.fixture
def ctx_for(sqlite_store):
    """Build an AppContext for a new user with the given roles (admin when none given)."""
    admin = make_admin(sqlite_store)
    made = []

    def build(*roles: Role) -> AppContext:
        actor = admin
        if roles:
            name = "u" + "".join(r.value[:3] for r in roles)
            with sqlite_store.session() as s:
                users.create_user(s, admin, name, "user-pass-123", set(roles))
                actor = auth.authenticate(s, name, "user-pass-123")
        ctx = AppContext(sqlite_store, actor, AppPaths.resolve(), LocalSettings(), Operations())
        made.append(ctx)
        return ctx

    yield build
    for ctx in made:
        ctx.ops.wait()


def type_text(widget, text: str) -> None:
    """Type text key by key like a keyboard would, Cyrillic included.

    ``qtbot.keyClicks`` only handles ASCII (QTest asserts on other characters), so
    non-ASCII characters are sent as key events that carry their text.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
