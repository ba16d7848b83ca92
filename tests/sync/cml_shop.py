"""The Bitrix-like exchange site of tests/commerceml_site.py keeping a shop's state: what
its imports left (price and quantity per SKU, the products import.xml created), and an
orders queue that empties when we say ``success`` (as 1C-Bitrix does)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from backoffice_desktop.sync.commerceml.reader import read_offers

from ..commerceml_site import ExchangeSite


@dataclass
class CmlShop(ExchangeSite):
    #: SKU -> (retail price, quantity) as the site shows them.
    shop: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)
    #: SKUs the site knows from an imported import.xml.
    catalogue: set[str] = field(default_factory=set)

    def _import(self, filename: str):
        before = len(self.imported)
        answer = super()._import(filename)
        if len(self.imported) > before and filename == "offers.xml":
            for offer in read_offers(self.imported_files[filename]):
                self.shop[offer.sku] = (offer.prices["Розничная"], offer.quantity)
        if len(self.imported) > before and filename == "import.xml":
            self.catalogue |= {offer.sku for offer in read_offers(self.imported_files[filename].replace(
                "Товар>".encode(), "Предложение>".encode()))}
        return answer

    def _protocol(self, method, query, headers, body):
        answer = super()._protocol(method, query, headers, body)
        if query.get("type") == "sale" and query.get("mode") == "success" and self._in_session(query, headers):
            self.orders = b""
        return answer


def orders_document(orders: list[dict]) -> bytes:
    """A type=sale query answer as 1C-Bitrix writes it (windows-1251)."""
    docs = []
    for order in orders:
        lines = "".join(
            f"<Товар><Ид>{sku}</Ид><Артикул>{sku}</Артикул><Наименование>{sku}</Наименование>"
            f"<ЦенаЗаЕдиницу>{price}</ЦенаЗаЕдиницу><Количество>{qty}</Количество>"
            f"<Сумма>{Decimal(price) * Decimal(qty)}</Сумма></Товар>"
            for sku, qty, price in order["lines"]
        ) + ("<Товар><Ид>ORDER_DELIVERY</Ид><Наименование>Доставка</Наименование><ЦенаЗаЕдиницу>300"
             "</ЦенаЗаЕдиницу><Количество>1</Количество><Сумма>300</Сумма></Товар>")
        docs.append(
            f"<Документ><Ид>{order['id']}</Ид><Номер>{order['id']}</Номер><Дата>2026-11-20</Дата>"
            f"<Время>14:03:27</Время><ХозОперация>Заказ товара</ХозОперация><Валюта>руб</Валюта>"
            f"<Сумма>{order['total']}</Сумма><Контрагенты><Контрагент><Наименование>Смирнова Анна"
            f"</Наименование><Роль>Покупатель</Роль></Контрагент></Контрагенты><Товары>{lines}</Товары>"
            f"<ЗначенияРеквизитов><ЗначениеРеквизита><Наименование>Статус заказа</Наименование>"
            f"<Значение>{order['status']}</Значение></ЗначениеРеквизита></ЗначенияРеквизитов></Документ>"
        )
    text = ('<?xml version="1.0" encoding="windows-1251"?>\n<КоммерческаяИнформация ВерсияСхемы="2.08">'
            + "".join(docs) + "</КоммерческаяИнформация>")
    return text.encode("cp1251")
