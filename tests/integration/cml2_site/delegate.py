"""What the django-cml2 site does with an exchange: records every imported offer in
``received.jsonl`` (one JSON object a line) and serves the orders of ``orders.json``.

Like a shop should, it offers an order again until an exchange confirms it: each order
served is noted in ``served.json`` with the exchange session (django-cml2's own
:class:`cml.models.Exchange` row) that carried it, and an order whose session was
closed by ``type=sale&mode=success`` is not served any more."""

import json
import os
from datetime import date, time
from decimal import Decimal

from cml import items, utils
from cml.models import Exchange

SITE_DIR = os.environ["CML2_SITE_DIR"]


def _record(kind: str, payload: dict) -> None:
    with open(os.path.join(SITE_DIR, "received.jsonl"), "a", encoding="utf-8") as out:
        out.write(json.dumps({"kind": kind, **payload}, ensure_ascii=False) + "\n")


class RecordingDelegate(utils.AbstractUserDelegate):
    def import_classifier(self, cl):
        _record("classifier", {"id": cl.uid})

    def import_catalogue(self, cat):
        _record("catalogue", {"id": cat.uid, "products": len(cat.products)})

    def import_offers(self, off_pack):
        _record("offers_pack", {
            "catalogue": off_pack.catalogue_uid,
            "price_types": {t.uid: [t.name, t.currency_name] for t in off_pack.price_types},
            "warehouses": [s.uid for s in off_pack.stocks],
        })
        for offer in off_pack.offers:
            _record("offer", {
                "id": offer.product_uid, "sku": offer.vendor_code, "name": offer.name,
                "prices": {p.uid: str(p.price) for p in offer.prices},
                "quantity": offer.stock_count,
                "stocks": {s.stock_uid: str(s.count) for s in offer.stocks},
            })

    def import_document(self, doc):
        _record("document", {"id": doc.uid})

    def export_orders(self):
        with open(os.path.join(SITE_DIR, "orders.json"), encoding="utf-8") as source:
            orders = json.load(source)
        served_path = os.path.join(SITE_DIR, "served.json")
        served = {}
        if os.path.exists(served_path):
            with open(served_path, encoding="utf-8") as source:
                served = json.load(source)
        confirmed = {str(pk) for pk in Exchange.objects.filter(state="DONE").values_list("pk", flat=True)}
        session = Exchange.objects.filter(state="init").order_by("-pk").first()
        orders = [order for order in orders if served.get(order["id"]) not in confirmed]
        for order in orders:
            served[order["id"]] = str(session.pk)
        with open(served_path, "w", encoding="utf-8") as out:
            json.dump(served, out)
        _record("served", {"orders": [order["id"] for order in orders]})
        docs = []
        for order in orders:
            doc = items.Document()
            doc.uid = order["id"]
            doc.number = order["number"]
            doc.date = date.fromisoformat(order["date"])
            doc.time = time.fromisoformat(order["time"])
            doc.currency_name = "RUB"
            doc.sum = Decimal(order["sum"])
            doc.comment = order["comment"]
            buyer = items.Counterparty()
            buyer.uid = order["buyer"]
            buyer.full_name = order["buyer"]
            buyer.address = items.Address()
            buyer.address.fields = {}
            doc.counterparties = [buyer]
            for line in order["lines"]:
                ref = items.ProductRef()
                ref.product_uid = line["id"]
                ref.product_name = line["name"]
                ref.unit.unit_id = "796"
                ref.price = Decimal(line["price"])
                ref.quantity = Decimal(line["quantity"])
                ref.sum = ref.price * ref.quantity
                doc.products.append(ref)
            docs.append(doc)
        return docs
