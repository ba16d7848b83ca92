"""``backoffice sales import``: the report on the terminal, nothing written on a dry run
or when the file has errors, and a second import of the same file changes nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backoffice_desktop.cli import main
from backoffice_desktop.models import Product, SalesOrder, SalesOrderLine

from .cli_store import make_store, read_store

DATA = Path(__file__).resolve().parent.parent / "data" / "sales"


@pytest.fixture
def db(tmp_path) -> str:
    def fill(s: Session) -> None:
        for sku in ("TV-55", "KT-01", "PH-13", "ЁЖ-7"):
            s.add(Product(sku=sku, name=sku, average_cost=Decimal("100")))

    return make_store(tmp_path, fill)


def stored(db: str) -> tuple:
    return read_store(db, lambda s: (s.scalar(select(func.count(SalesOrder.id))),
                                     s.scalar(select(func.count(SalesOrderLine.id))),
                                     s.scalar(select(func.sum(SalesOrderLine.line_total)))))


def run(db: str, *args: str) -> int:
    return main(["sales", "import", "--db", db, *args])


def test_help():
    with pytest.raises(SystemExit) as exc:
        main(["sales", "import", "--help"])
    assert exc.value.code == 0


def test_dry_run_prints_the_report_and_writes_nothing(db, capsys):
    assert run(db, str(DATA / "woocommerce_orders.xlsx"), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Order export woocommerce_orders.xlsx for the source 'website'" in out
    assert "header in row 1 (Order Number → A, Order Date → B, Order Status → C" in out
    assert "Orders: 5 in the file: 5 new, 0 updated, 0 already imported and unchanged" in out
    assert "1 cancelled, 1 returned" in out
    assert "GIFT-BOX  Подарочная упаковка  (1 lines, first in row 7)" in out
    assert "row 9: no order number (a total or a note): Итого 7 137926" in out
    assert out.rstrip().endswith("Dry run: nothing was written.")
    assert stored(db) == (0, 0, None)


def test_import_then_import_again(db, capsys):
    assert run(db, str(DATA / "bitrix_orders_cp1251.csv")) == 0
    assert "Imported: 4 new orders, 0 updated, 0 unchanged; 6 lines written" in capsys.readouterr().out
    first = stored(db)
    assert first[:2] == (4, 6)
    assert run(db, str(DATA / "bitrix_orders_cp1251.csv")) == 0
    out = capsys.readouterr().out
    assert "4 already imported and unchanged" in out and "Imported: 0 new orders, 0 updated, 4 unchanged" in out
    assert stored(db) == first


def test_a_file_with_errors_writes_nothing(db, capsys, tmp_path):
    bad = tmp_path / "orders.csv"
    bad.write_text("Order;Date;SKU;Qty;Price\n1;05.03.2026;TV-55;1;100\n2;05.03.2026;KT-01;x;100\n", encoding="utf-8")
    assert run(db, str(bad)) == 1
    out = capsys.readouterr().out
    assert "sheet 'orders', row 3, column D, 'x': Expected a quantity" in out
    assert "1 rows have errors: nothing was written." in out
    assert stored(db) == (0, 0, None)


def test_an_unreadable_file_is_a_message_not_a_traceback(db, capsys, tmp_path):
    assert run(db, str(tmp_path / "missing.csv")) == 2
    assert "does not exist" in capsys.readouterr().err
