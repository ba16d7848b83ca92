"""Sample files to try the imports on a demo shop, written beside the store.

A new user of the demo has no supplier's price list at hand, so the demo writes two, the
way suppliers really send them: an Excel list with a title block and merged cells,
category section rows, prices partly as text ("1 234,50 руб."), stock as words ("много",
">10"), a second sheet whose table starts lower down; and a CSV in Windows-1251 with
semicolons and decimal commas. Both hold the supplier's current offers (some with new
prices), items found only by our barcode, items we don't sell, and a price with a typo.
A third file is the website's order export of yesterday, for the sales import.
"""

from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import Store
from ..models import Category, Product, ProductBarcode, SalesOrder, Supplier, SupplierOffer

FOLDER_NAME = "demo files"
HEADER = ("№", "Артикул", "Наименование", "Штрихкод", "Цена, руб.", "Остаток", "Кратность")
STOCK_WORDS = ("много", "нет", ">10", "мало", "в наличии")
#: Items of a price list that aren't in our catalog at all (name, price).
UNKNOWN_ITEMS = (
    ("Удлинитель сетевой 5 розеток, 3 м, белый", Decimal("890.00")),
    ("Батарейки AA алкалиновые, 4 шт.", Decimal("249.90")),
    ("Лампа светодиодная E27 12 Вт, тёплый свет", Decimal("159.00")),
)


@dataclass(frozen=True)
class _Item:
    sku: str
    name: str
    barcode: str
    price: Decimal
    category: str
    pack: Decimal


def _money_text(rng: random.Random, price: Decimal) -> object:
    """A price as a supplier writes it: a number, or text with spaces and a comma."""
    if rng.random() < 0.6:
        return price  # a number cell (openpyxl writes a Decimal as a number)
    whole, cents = f"{price:.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", "\u00a0" if rng.random() < 0.5 else " ")
    return f"{grouped},{cents}" + (" руб." if rng.random() < 0.5 else "")


def _stock(rng: random.Random) -> object:
    return rng.choice(STOCK_WORDS) if rng.random() < 0.3 else rng.randint(0, 120)


def _busiest_suppliers(session: Session, count: int) -> list[Supplier]:
    ranked = session.execute(
        select(Supplier).join(SupplierOffer, SupplierOffer.supplier_id == Supplier.id)
        .group_by(Supplier.id).order_by(func.count(SupplierOffer.id).desc(), Supplier.id).limit(count)
    ).scalars().all()
    return list(ranked)


def _offered_items(session: Session, supplier_id: int, rng: random.Random) -> list[_Item]:
    """The supplier's offers as list rows; about one price in six has changed."""
    rows = session.execute(
        select(SupplierOffer.supplier_sku, SupplierOffer.supplier_name, SupplierOffer.barcode, SupplierOffer.price,
               SupplierOffer.pack_size, Product.name, Category.name)
        .join(Product, Product.id == SupplierOffer.product_id)
        .outerjoin(Category, Category.id == Product.category_id)
        .where(SupplierOffer.supplier_id == supplier_id).order_by(Category.name, SupplierOffer.supplier_sku)
    ).all()
    items = []
    for sku, supplier_name, barcode, price, pack, product_name, category in rows:
        if rng.random() < 0.17:
            price = (price * Decimal(rng.choice(("0.9", "0.95", "1.05", "1.08", "1.15")))).quantize(Decimal("0.01"))
        items.append(_Item(sku, supplier_name or product_name, barcode, price, category or "Прочее", pack))
    return items


def _barcode_only_items(session: Session, supplier_id: int, count: int) -> list[_Item]:
    """Products this supplier doesn't offer yet, known to us by barcode: matched by it."""
    offered = select(SupplierOffer.product_id).where(SupplierOffer.supplier_id == supplier_id,
                                                     SupplierOffer.product_id.is_not(None))
    rows = session.execute(
        select(Product.name, ProductBarcode.barcode, Product.average_cost, Product.retail_price, Category.name)
        .join(ProductBarcode, ProductBarcode.product_id == Product.id)
        .outerjoin(Category, Category.id == Product.category_id)
        .where(Product.id.not_in(offered), Product.parent_id.is_(None)).order_by(Product.id).limit(count)
    ).all()
    return [_Item(f"N-{index:04d}", name, barcode, (cost or retail * Decimal("0.6")).quantize(Decimal("0.01")),
                  category or "Прочее", Decimal(1))
            for index, (name, barcode, cost, retail, category) in enumerate(rows, 1)]


def _write_xlsx(path: Path, supplier: Supplier, items: list[_Item], rng: random.Random, today: date) -> None:
    wb = Workbook()
    sheet = wb.active
    sheet.title = "Прайс"
    sheet["A1"] = supplier.name
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.merge_cells("A1:G1")
    sheet["A2"] = f"{supplier.address or 'Москва'}, тел. {supplier.phone or '+7 495 000-00-00'}"
    sheet.merge_cells("A2:G2")
    sheet["A3"] = f"Прайс-лист на {today:%d.%m.%Y}. Цены в рублях с НДС."
    sheet.merge_cells("A3:G3")
    sheet.append([])
    sheet.append(HEADER)
    for cell in sheet[5]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    section = None
    for number, item in enumerate(items, 1):
        if item.category != section:
            section = item.category
            sheet.append([f"Категория: {section}"])
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=7)
        barcode = int(item.barcode) if item.barcode.isdigit() and rng.random() < 0.5 else item.barcode
        sheet.append([number, item.sku, item.name, barcode, _money_text(rng, item.price), _stock(rng),
                      item.pack])
        if number % 40 == 0:
            sheet.append([])
    # A typo a user has to find: the letter "З" where the digit 3 belongs.
    sheet.append([len(items) + 1, "KB-USBC-1", "Кабель USB-C — USB-C, 1 м", "", "1 2З4,50", "много", 1])
    for column, width in zip("ABCDEFG", (6, 14, 60, 16, 14, 10, 10), strict=True):
        sheet.column_dimensions[column].width = width
    offer = wb.create_sheet("Новинки")
    offer["A1"] = "Новинки месяца"
    offer["A1"].font = Font(bold=True)
    offer.append([])
    offer.append(["Примечание: поставка от 3 дней."])
    offer.append(HEADER)
    for number, (name, price) in enumerate(UNKNOWN_ITEMS, 1):
        offer.append([number, f"NEW-{number:03d}", name, "", _money_text(rng, price), _stock(rng), 1])
    wb.save(path)


def _write_csv(path: Path, items: list[_Item], rng: random.Random) -> None:
    with path.open("w", encoding="cp1251", errors="replace", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(("Код", "Штрихкод", "Наименование товара", "Цена", "Остаток на складе"))
        for item in items:
            writer.writerow((item.sku, item.barcode, item.name, f"{item.price:.2f}".replace(".", ","),
                             _stock(rng)))


ORDER_HEADER = ("Номер заказа", "Дата заказа", "Статус", "Покупатель", "Артикул", "Товар", "Количество", "Цена",
                "Сумма")
CUSTOMERS = ("Иван Петров", "Анна Смирнова", "Ольга Кузнецова", "Пётр Сидоров", "Мария Иванова", "Алексей Орлов")
#: Order states as the website writes them, most orders completed.
ORDER_STATES = ("Выполнен",) * 8 + ("В обработке", "Отменён", "Возврат")


def _write_orders(path: Path, session: Session, rng: random.Random, day: date) -> None:
    """The website's orders of ``day`` as its export lists them: a row per line."""
    products = session.execute(
        select(Product.sku, Product.name, Product.retail_price).where(Product.is_published.is_(True))
        .order_by(Product.id).limit(300)
    ).all()
    first = 100001 + int(session.scalar(select(func.count(SalesOrder.id))) or 0)
    wb = Workbook(write_only=True)
    sheet = wb.create_sheet("Заказы")
    sheet.append(ORDER_HEADER)
    for k in range(30):
        placed = datetime.combine(day, time(9)) + timedelta(minutes=rng.randint(0, 13 * 60))
        state, customer = rng.choice(ORDER_STATES), rng.choice(CUSTOMERS)
        for sku, name, price in rng.sample(products, min(len(products), rng.randint(1, 3))):
            qty = rng.choice((1, 1, 1, 2))
            sheet.append([str(first + k), placed, state, customer, sku, name, qty, price, price * qty])
    sheet.append([str(first + 30), datetime.combine(day, time(21, 5)), "Выполнен", CUSTOMERS[0], "GIFT-BOX",
                  "Подарочная упаковка", 1, Decimal("300.00"), Decimal("300.00")])
    wb.save(path)


def _file_name(name: str) -> str:
    """Without the characters Windows refuses in file names (supplier names have quotes)."""
    return re.sub(r'[\\/:*?"<>|«»]+', "", name)


def demo_files_folder(data_dir: Path) -> Path:
    return data_dir / FOLDER_NAME


def write_demo_files(store: Store, folder: Path, seed: int = 1, today: date | None = None) -> list[Path]:
    """Write the sample price lists of the demo's two busiest suppliers and yesterday's
    website orders into ``folder``; return the files written (none for an empty store)."""
    rng = random.Random(seed)
    today = today or date.today()
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with store.read_session() as session:
        suppliers = _busiest_suppliers(session, 2)
        if suppliers:
            first = suppliers[0]
            items = _offered_items(session, first.id, rng) + _barcode_only_items(session, first.id, 8)
            path = folder / _file_name(f"Прайс-лист {first.name} {today:%d.%m.%Y}.xlsx")
            _write_xlsx(path, first, items, rng, today)
            written.append(path)
        if len(suppliers) > 1:
            second = suppliers[1]
            path = folder / _file_name(f"Остатки и цены {second.name}.csv")
            _write_csv(path, _offered_items(session, second.id, rng), rng)
            written.append(path)
        if session.scalar(select(func.count(Product.id))):
            yesterday = today - timedelta(days=1)
            path = folder / f"Заказы с сайта {yesterday:%d.%m.%Y}.xlsx"
            _write_orders(path, session, rng, yesterday)
            written.append(path)
    return written
