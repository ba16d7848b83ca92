"""CommerceML documents: what we write validates against the 1C schemas and says what
the site must show; what sites send (broken as real files are) is read."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from backoffice_desktop.errors import ValidationError
from backoffice_desktop.sync.commerceml.reader import (
    SiteOrderStatus,
    decode_text,
    read_offers,
    read_orders,
)
from backoffice_desktop.sync.commerceml.writer import ExchangeCatalog, write_catalog, write_offers
from backoffice_desktop.sync.listing import Listing, ListingCategory
from backoffice_desktop.sync.outbox import ProductState
from ..conftest import REPO_ROOT
from ..conftest import testdata_dir as shared_testdata

DATA = REPO_ROOT / "tests" / "data" / "commerceml"
NS = {"c": "urn:1C.ru:commerceml_2"}
MARKED = datetime(2026, 11, 27, 8, 0, tzinfo=timezone.utc)
CATALOG = ExchangeCatalog(owner_name="ООО «Ромашка» & Co", compare_price_type_id="backoffice-old")


def state(product_id: int, sku: str, available: str, price: str, compare_at: str | None = None,
          published: bool = True) -> ProductState:
    return ProductState(product_id, sku, Decimal(available), Decimal(price),
                        Decimal(compare_at) if compare_at else None, published, MARKED)


LISTINGS = [
    Listing(state(1, "RM-001", "12.000", "1490"), "Чайник «Ромашка» <1,7 л> & крышка",
            category_id=7, vendor="Ромашка", barcode="4601234567893"),
    Listing(state(2, "RM-002", "1.5", "99.9", compare_at="149.90"), "Кабель, метр", unit="m"),
    Listing(state(3, "RM-003", "-2", "10"), "Продано в минус"),
    Listing(state(4, "RM-004", "5", "10", compare_at="5", published=False), "Снят с публикации"),
]


def schema(version: str) -> etree.XMLSchema:
    folder = shared_testdata("commerceml")
    return etree.XMLSchema(etree.parse(str(folder / f"commerceml_{version.replace('.', '_')}.xsd")))


def written(write, *args) -> bytes:
    out = io.BytesIO()
    write(out, *args)
    return out.getvalue()


@pytest.mark.parametrize("version", ["2.08", "2.10"])
def test_offers_and_catalogue_validate_against_the_schema(version: str) -> None:
    catalog = ExchangeCatalog(owner_name="ООО «Ромашка»", schema_version=version,
                              compare_price_type_id="backoffice-old", catalog_id="c" * 40)
    xsd = schema(version)
    offers = etree.fromstring(written(write_offers, LISTINGS, catalog))
    assert xsd.validate(offers), xsd.error_log
    assert offers.get("ВерсияСхемы") == version
    categories = [ListingCategory(7, "Чайники"), ListingCategory(8, "Кабели & провода", parent_id=7)]
    catalogue = etree.fromstring(written(write_catalog, LISTINGS, categories, catalog))
    assert xsd.validate(catalogue), xsd.error_log


def test_offers_say_price_old_price_and_stock_per_product(tmp_path: Path) -> None:
    path = tmp_path / "offers.xml"
    assert write_offers(path, LISTINGS, CATALOG, datetime(2026, 11, 27, 9, 30)) == 4
    root = etree.parse(str(path)).getroot()
    assert root.get("ДатаФормирования") == "2026-11-27T09:30:00"
    # A batch of changes must not read as the whole catalogue (the site would hide the rest).
    assert root.find("c:ПакетПредложений", NS).get("СодержитТолькоИзменения") == "true"
    offers = {o.findtext("c:Артикул", namespaces=NS): o for o in root.iterfind(".//c:Предложение", NS)}
    assert list(offers) == ["RM-001", "RM-002", "RM-003", "RM-004"]

    def prices(sku: str) -> dict[str, str]:
        return {p.findtext("c:ИдТипаЦены", namespaces=NS): p.findtext("c:ЦенаЗаЕдиницу", namespaces=NS)
                for p in offers[sku].iterfind("c:Цены/c:Цена", NS)}

    first = offers["RM-001"]
    assert first.findtext("c:Ид", namespaces=NS) == "RM-001"
    assert first.findtext("c:Наименование", namespaces=NS) == "Чайник «Ромашка» <1,7 л> & крышка"
    assert prices("RM-001") == {"backoffice-retail": "1490.00"}
    assert first.findtext("c:Количество", namespaces=NS) == "12"
    assert first.find("c:Склад", NS).attrib == {"ИдСклада": "backoffice-main", "КоличествоНаСкладе": "12"}
    assert first.findtext("c:Цены/c:Цена/c:Валюта", namespaces=NS) == "RUB"
    # The old price goes as the second price type; a fractional quantity stays exact.
    assert prices("RM-002") == {"backoffice-retail": "99.90", "backoffice-old": "149.90"}
    assert offers["RM-002"].findtext("c:Количество", namespaces=NS) == "1.5"
    assert offers["RM-002"].find("c:БазоваяЕдиница", NS).get("Код") == "006"
    assert offers["RM-002"].findtext("c:Цены/c:Цена/c:Представление", namespaces=NS) == "99.90 RUB за м"
    # Oversold: the site is told none, not a negative count.
    assert offers["RM-003"].findtext("c:Количество", namespaces=NS) == "0"
    # Unpublished: none to sell; an "old price" below the price is not an old price.
    assert offers["RM-004"].findtext("c:Количество", namespaces=NS) == "0"
    assert prices("RM-004") == {"backoffice-retail": "10.00"}
    types = [t.findtext("c:Наименование", namespaces=NS) for t in root.iterfind(".//c:ТипЦены", NS)]
    assert types == ["Розничная", "Старая цена"]
    assert root.findtext(".//c:Владелец/c:ОфициальноеНаименование", namespaces=NS) == "ООО «Ромашка» & Co"


def test_catalogue_hides_unpublished_products_and_groups_by_category() -> None:
    out = io.BytesIO()
    write_catalog(out, LISTINGS, [ListingCategory(7, "Чайники")], CATALOG, only_changes=False)
    root = etree.fromstring(out.getvalue())
    assert root.find("c:Каталог", NS).get("СодержитТолькоИзменения") == "false"
    goods = {g.findtext("c:Артикул", namespaces=NS): g for g in root.iterfind(".//c:Товар", NS)}
    assert goods["RM-004"].get("Статус") == "Удален"
    assert goods["RM-001"].get("Статус") is None
    assert goods["RM-001"].findtext("c:Штрихкод", namespaces=NS) == "4601234567893"
    assert goods["RM-001"].findtext("c:Группы/c:Ид", namespaces=NS) == "backoffice-category-7"
    assert goods["RM-001"].findtext("c:ТорговаяМарка", namespaces=NS) == "Ромашка"
    assert root.findtext(".//c:Группа/c:Наименование", namespaces=NS) == "Чайники"


def test_offers_from_a_generator_of_many_products_stay_valid() -> None:
    many = (Listing.bare(state(i, f"SKU-{i}", str(i % 7), f"{i}.5")) for i in range(1, 2001))
    root = etree.fromstring(written(write_offers, many, CATALOG))
    assert schema("2.10").validate(root)
    assert len(root.findall(".//c:Предложение", NS)) == 2000


def test_whole_quantities_round_down_for_sites_that_read_only_whole_numbers() -> None:
    catalog = ExchangeCatalog(owner_name="ООО «Ромашка»", whole_quantities=True)
    offers = read_offers(written(write_offers, LISTINGS, catalog))
    assert [o.quantity for o in offers] == [Decimal(12), Decimal(1), Decimal(0), Decimal(0)]


def test_catalog_settings_are_checked() -> None:
    with pytest.raises(ValidationError, match="schema version 3.1"):
        ExchangeCatalog(owner_name="X", schema_version="3.1")
    with pytest.raises(ValidationError, match="1 to 40 characters"):
        ExchangeCatalog(owner_name="X", warehouse_id="w" * 41)
    with pytest.raises(ValidationError, match="1 to 40 characters"):
        ExchangeCatalog(owner_name="X", compare_price_type_id="")
    with pytest.raises(ValidationError, match="company name"):
        ExchangeCatalog(owner_name=" ")
    with pytest.raises(ValidationError, match="not a currency code"):
        ExchangeCatalog(owner_name="X", currency="руб.")


def test_our_offers_read_back() -> None:
    offers = read_offers(written(write_offers, LISTINGS, CATALOG))
    assert [(o.sku, o.prices, o.quantity) for o in offers[:2]] == [
        ("RM-001", {"Розничная": Decimal("1490.00")}, Decimal(12)),
        ("RM-002", {"Розничная": Decimal("99.90"), "Старая цена": Decimal("149.90")}, Decimal("1.5")),
    ]


def test_offers_of_a_real_1c_file_are_read() -> None:
    data = (shared_testdata("commerceml", "examples", "1c_doc_demo_cml2.04") / "offers.xml").read_bytes()
    offers = read_offers(data)
    assert len(offers) == 2
    table = offers[0]
    assert table.site_id == "05e26d70-01e4-11dc-a411-00055d80a2d1#05e26d76-01e4-11dc-a411-00055d80a2d1"
    assert table.name == "Стол обеденный"
    assert table.prices["Розничная"] == Decimal(7)
    assert table.prices["Оптовая"] == Decimal(5)
    assert table.quantity == Decimal(0)


def test_bitrix_orders_in_windows_1251_are_read() -> None:
    result = read_orders((DATA / "bitrix_sale_query_cp1251.xml").read_bytes())
    assert result.skipped == []
    paid, cancelled = result.orders
    assert paid.site_order_id == "1047"
    assert paid.placed_at == datetime(2026, 11, 20, 14, 3, 27)
    assert paid.status is SiteOrderStatus.PAID
    assert paid.status_text == "[P] Оплачен, формируется к отправке"
    assert (paid.customer_name, paid.customer_email, paid.customer_phone) == (
        "Смирнова Анна Сергеевна", "anna@example.ru", "+7 (900) 123-45-67")
    assert paid.comment == "Позвонить за час до доставки"
    assert paid.total == Decimal("3540.00")
    goods, delivery = paid.lines
    assert (goods.sku, goods.quantity, goods.unit_price, goods.amount, goods.is_service) == (
        "RM-000123", Decimal(2), Decimal("1490.00"), Decimal("2980.00"), False)
    assert (delivery.site_product_id, delivery.amount, delivery.is_service) == ("ORDER_DELIVERY", Decimal(560), True)
    # The cancelled flag wins over the status text; a bare "&" in a name is repaired.
    assert cancelled.status is SiteOrderStatus.CANCELLED
    assert cancelled.attributes["Причина отмены"] == "Передумал"
    assert cancelled.lines[0].name == 'Кружка "Утро" & блюдце'


def test_1c_orders_with_namespace_undeclared_encoding_and_junk_are_read() -> None:
    result = read_orders((DATA / "1c_orders_undeclared_cp1251.xml").read_bytes())
    (order,) = result.orders  # the payment document is not an order
    assert order.number == "ИМ-000512"
    assert order.placed_at == datetime(2026, 11, 21, 8, 55)
    assert order.status is SiteOrderStatus.SHIPPED
    assert order.total == Decimal("12400.00")
    assert order.customer_email == "zakaz@vector.example"
    (line,) = order.lines
    assert (line.sku, line.quantity, line.unit_price) == ("RM-000123", Decimal(8), Decimal("1550.00"))
    assert result.skipped == [f"order {order.site_order_id}, line 2: no quantity",
                              "document 3: neither Ид nor Номер"]


@pytest.mark.parametrize(("requisites", "expected"), [
    ({"Статус заказа": "[N] Принят, ожидается оплата"}, SiteOrderStatus.NEW),
    ({"Статус заказа": "[F] Выполнен"}, SiteOrderStatus.COMPLETED),
    ({"Статус заказа": "Не оплачен"}, SiteOrderStatus.NEW),
    ({"Дата оплаты": "2026-11-20"}, SiteOrderStatus.PAID),
    ({"Статус заказа": "Возврат"}, SiteOrderStatus.REFUNDED),
    ({"ПометкаУдаления": "true", "Заказ оплачен": "true"}, SiteOrderStatus.CANCELLED),
])
def test_order_status_from_requisites(requisites: dict[str, str], expected: SiteOrderStatus) -> None:
    values = "".join(f"<ЗначениеРеквизита><Наименование>{k}</Наименование><Значение>{v}</Значение>"
                     "</ЗначениеРеквизита>" for k, v in requisites.items())
    doc = (f'<?xml version="1.0" encoding="UTF-8"?><КоммерческаяИнформация ВерсияСхемы="2.08">'
           f"<Документ><Ид>1</Ид><ХозОперация>Заказ товара</ХозОперация>"
           f"<ЗначенияРеквизитов>{values}</ЗначенияРеквизитов></Документ></КоммерческаяИнформация>")
    (order,) = read_orders(doc.encode()).orders
    assert order.status is expected


def test_answers_decode_by_bom_declaration_or_guess() -> None:
    assert decode_text("\ufeffуспех".encode("utf-8")) == "успех"
    assert decode_text("успех".encode("cp1251")) == "успех"
    assert decode_text('<?xml version="1.0" encoding="windows-1251"?><a>ж</a>'.encode("cp1251")).endswith("ж</a>")
    # Declared UTF-8 but written in windows-1251: the declaration is wrong, the text is not lost.
    assert decode_text('<?xml version="1.0" encoding="UTF-8"?><a>ж</a>'.encode("cp1251")).endswith("ж</a>")


def test_no_orders_is_an_empty_answer_or_a_document_without_any() -> None:
    assert read_orders(b"").orders == []
    assert read_orders("\ufeff\n".encode()).orders == []
    empty = '<КоммерческаяИнформация ВерсияСхемы="2.08" ДатаФормирования="2026-11-27T10:00:00"/>'
    assert read_orders(empty.encode("utf-8")).orders == []


def test_what_is_not_commerceml_is_refused_with_its_beginning() -> None:
    with pytest.raises(ValidationError, match="not a CommerceML document.*502 Bad Gateway"):
        read_orders(b"<html><body>502 Bad Gateway</body></html>")
    with pytest.raises(ValidationError, match="not well-formed XML"):
        read_orders("<КоммерческаяИнформация><Документ><Ид>1</Документ></КоммерческаяИнформация>".encode())
