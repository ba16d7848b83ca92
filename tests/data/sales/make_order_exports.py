"""Writes the order exports the sales import tests read (run it to rebuild them).

- ``woocommerce_orders.xlsx``: a WooCommerce-style export, one row per line, the order's
  fields repeated, real Excel date-times, statuses such as ``wc-completed`` and
  ``Refunded``, an "Order Total" column that is not a line total, a totals row at the end.
- ``bitrix_orders_cp1251.csv``: a Bitrix/InSales-style export in Windows-1251 with ``;``,
  a title above the header, Russian captions, ``1 234,50`` amounts, the order's fields
  only on its first line, a return as a negative quantity with its reason, a cancelled
  and a returned order.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent


def woocommerce() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Orders"
    ws.append(["Order Number", "Order Date", "Order Status", "Customer Name", "Email (Billing)", "Shipping Method",
               "SKU", "Item Name", "Quantity", "Item Cost", "Discount", "Line Total", "Order Total"])
    rows = [
        (1001, datetime(2026, 3, 2, 10, 15), "wc-completed", "Иван Петров", "ivan@example.ru", "Курьер",
         "TV-55", "Телевизор Samsung 55\" QLED", 1, 54990, 0, 54990, 59472),
        (1001, datetime(2026, 3, 2, 10, 15), "wc-completed", "Иван Петров", "ivan@example.ru", "Курьер",
         "KT-01", "Чайник электрический Bosch, 1,7 л", 2, 2490, 498, 4482, 59472),
        (1002, datetime(2026, 3, 2, 23, 40), "Processing", "Анна Смирнова", "anna@example.ru", "Самовывоз",
         "PH-13", "Смартфон Xiaomi Redmi Note 13", 1, 19990, None, 19990, 19990),
        (1003, datetime(2026, 3, 3, 12, 0), "Refunded", "Пётр Сидоров", "petr@example.ru", "Почта",
         "KT-01", "Чайник электрический Bosch, 1,7 л", 1, 2490, None, 2490, 2490),
        (1004, datetime(2026, 3, 4, 9, 5), "Cancelled", "Ольга Кузнецова", "olga@example.ru", "Курьер",
         "TV-55", "Телевизор Samsung 55\" QLED", 1, 54990, None, 54990, 54990),
        (1005, datetime(2026, 3, 5, 18, 30), "Completed", "Иван Петров", "ivan@example.ru", "Курьер",
         "GIFT-BOX", "Подарочная упаковка", 1, 300, None, 300, 990),
        (1005, datetime(2026, 3, 5, 18, 30), "Completed", "Иван Петров", "ivan@example.ru", "Курьер",
         "ЁЖ-7", "Ёлочная гирлянда ЁЛКА, 10 м", 1, 990, 300, 690, 990),
    ]
    for row in rows:
        ws.append(row)
    ws.append([None, None, None, None, None, None, None, "Итого", 7, None, None, 137926, None])
    for cell in ws["B"][1:]:
        cell.number_format = "yyyy-mm-dd hh:mm"
    wb.save(HERE / "woocommerce_orders.xlsx")


def bitrix() -> None:
    lines = [
        "Выгрузка заказов интернет-магазина за март 2026;;;;;;;;;;;",
        ";;;;;;;;;;;",
        "№ заказа;Дата создания;Статус;Покупатель;Артикул;Штрихкод;Наименование;Кол-во;Цена, руб.;Скидка;Сумма;"
        "Причина возврата",
        "Б-2001;10.03.2026 09:12;Выполнен;Мария Иванова;TV-55;4601234567893;Телевизор Samsung 55\" QLED;1;"
        "54 990,00;2 000,00;52 990,00;",
        ";;;;KT-01;4607654321098;Чайник электрический Bosch, 1,7 л;3;2 490,00;;7 470,00;",
        ";;;;KT-01;4607654321098;Чайник электрический Bosch, 1,7 л;-1;2 490,00;;-2 490,00;Не подошёл цвет",
        "Б-2002;11.03.2026 14:30;В обработке;Алексей Орлов;;4600000000075;Ёлочная гирлянда ЁЛКА, 10 м;2;990;;1 980;",
        "Б-2003;12.03.2026 20:05;Отменён;Ирина Павлова;PH-13;;Смартфон Xiaomi Redmi Note 13;1;19 990,00;;19 990,00;",
        "Б-2004;13.03.2026 11:00;Возврат;Сергей Волков;KT-01;;Чайник электрический Bosch, 1,7 л;1;2 490,00;;"
        "2 490,00;Брак: не включается",
        ";;;;;;Итого:;;;;83 430,00;",
    ]
    (HERE / "bitrix_orders_cp1251.csv").write_bytes("\r\n".join(lines).encode("cp1251"))


if __name__ == "__main__":
    woocommerce()
    bitrix()
