"""Start the django-oscar shop: create a fresh SQLite store, the API user (staff, with
only the permissions the connector needs) and the catalogue and orders of
``seed.json``, then serve on 127.0.0.1 at a free port, printed as the first line of
standard output.

``seed.json``: ``{"partner": name, "products": [{"upc", "title", "parent"?, "stock":
[{"sku", "in_stock", "allocated", "price"}]}], "orders": [{"number", "status", "placed",
"email", "lines": [{"sku", "quantity", "price"}]}]}``.
"""

import json
import os
import sys
from datetime import datetime
from decimal import Decimal
from wsgiref.simple_server import WSGIRequestHandler, make_server

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import Permission, User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from oscar.core.loading import get_model  # noqa: E402

Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
Order = get_model("order", "Order")
Line = get_model("order", "Line")
ShippingAddress = get_model("order", "ShippingAddress")
Country = get_model("address", "Country")

#: What the connector's user may do on the admin API: read partners, products and
#: orders, read and change stock records.
API_PERMISSIONS = ("view_partner", "view_stockrecord", "change_stockrecord", "view_product", "view_order",
                   "view_line")


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # noqa: A002
        pass


def seed(data: dict) -> None:
    partner = Partner.objects.create(name=data["partner"])
    kind = ProductClass.objects.create(name="Goods", slug="goods", track_stock=True)
    records = {}
    parents = {}
    for item in data["products"]:
        parent = parents.get(item.get("parent"))
        if item.get("children"):
            product = Product.objects.create(upc=item["upc"], title=item["title"], structure=Product.PARENT,
                                             product_class=kind)
            parents[item["upc"]] = product
            continue
        product = Product.objects.create(
            upc=item["upc"], title=item["title"], structure=Product.CHILD if parent else Product.STANDALONE,
            parent=parent, product_class=None if parent else kind)
        for stock in item.get("stock", []):
            records[stock["sku"]] = StockRecord.objects.create(
                product=product, partner=partner, partner_sku=stock["sku"], price=Decimal(stock["price"]),
                price_currency="RUB", num_in_stock=stock["in_stock"], num_allocated=stock.get("allocated", 0))
    russia = Country.objects.create(iso_3166_1_a2="RU", iso_3166_1_a3="RUS", iso_3166_1_numeric="643",
                                    printable_name="Russia", name="Russian Federation", is_shipping_country=True)
    for data_order in data.get("orders", []):
        address = ShippingAddress.objects.create(first_name=data_order["first_name"], last_name=data_order["last_name"],
                                                 line1="ул. Ленина, 1", country=russia)
        total = sum(Decimal(line["price"]) * line["quantity"] for line in data_order["lines"])
        order = Order.objects.create(
            number=data_order["number"], currency="RUB", total_incl_tax=total, total_excl_tax=total,
            shipping_incl_tax=0, shipping_excl_tax=0, status=data_order["status"], guest_email=data_order["email"],
            shipping_address=address, date_placed=datetime.fromisoformat(data_order["placed"]))
        for line in data_order["lines"]:
            record = records[line["sku"]]
            price = Decimal(line["price"])
            amount = price * line["quantity"]
            Line.objects.create(
                order=order, partner=record.partner, partner_name=record.partner.name,
                partner_sku=record.partner_sku, stockrecord=record, product=record.product,
                title=record.product.get_title(), upc=record.product.upc, quantity=line["quantity"],
                line_price_incl_tax=amount, line_price_excl_tax=amount,
                line_price_before_discounts_incl_tax=amount, line_price_before_discounts_excl_tax=amount,
                unit_price_incl_tax=price, unit_price_excl_tax=price, num_allocated=line["quantity"])


def main() -> None:
    call_command("migrate", run_syncdb=True, verbosity=0, interactive=False)
    user = User.objects.create_user(sys.argv[1], "api@example.com", sys.argv[2], is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=API_PERMISSIONS))
    with open(os.path.join(os.environ["OSCAR_SITE_DIR"], "seed.json"), encoding="utf-8") as source:
        seed(json.load(source))
    server = make_server("127.0.0.1", 0, get_wsgi_application(), handler_class=QuietHandler)
    print(server.server_port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
