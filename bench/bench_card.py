"""Product card benchmarks on a copy of the benchmark store (100 000 products).

1. ``load_card``: a card read into plain data (fields, barcodes, attributes, variants, stock);
2. opening the card window (read, build the six tabs, show), offscreen;
3. ``save_card`` of an edited meta title with audit and outbox, one transaction each;
4. ``card_history`` of a card.

    .venv/bin/python bench/bench_card.py                       # SQLite (a copy of bench/.data/bench.sqlite3)
    .venv/bin/python bench/bench_card.py --pg postgresql://...  # a PostgreSQL bench store (changed!)
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from backoffice_desktop.db import open_store
from backoffice_desktop.models import Product
from backoffice_desktop.services import auth
from backoffice_desktop.services.product_cards import card_history, load_card, save_card

sys.path.insert(0, str(Path(__file__).resolve().parent))
from runner import run_on_bench_store  # noqa: E402  (the bench folder is not a package)
from timing import TABLE_HEAD, row, timed  # noqa: E402

READS, WINDOWS, SAVES = 200, 30, 50


def measure(url: str, label: str) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from backoffice_desktop.config import AppPaths, LocalSettings
    from backoffice_desktop.ui.catalog.card import ProductCardWindow
    from backoffice_desktop.ui.context import AppContext
    from backoffice_desktop.ui.operations import Operations

    app = QApplication.instance() or QApplication([])
    store = open_store(url)
    with store.session() as s:
        editor = auth.authenticate(s, "kontent", "kontent-demo-1")
    with store.read_session() as s:
        top = s.scalar(select(func.max(Product.id)))
        step = max(top // READS, 1)
        ids = list(s.scalars(select(Product.id).where(Product.id % step == 0, Product.is_active.is_(True))
                             .order_by(Product.id).limit(READS)))

    def read(pid: int) -> None:
        with store.read_session() as s:
            load_card(s, pid)

    reads = [timed(lambda pid=pid: read(pid)) for pid in ids]

    with tempfile.TemporaryDirectory() as config:
        ctx = AppContext(store, editor, AppPaths.resolve(config), LocalSettings(), Operations())
        window_times = []
        for pid in ids[:WINDOWS]:
            started = time.perf_counter()
            window = ProductCardWindow(ctx, pid)
            window.show()
            app.processEvents()
            window_times.append((time.perf_counter() - started) * 1000)
            window.close()  # not edited: closes without asking, and deletes itself
            app.processEvents()
        ctx.ops.wait()

    saves, histories = [], []
    for pid in ids[:SAVES]:
        with store.read_session() as s:
            base = load_card(s, pid)
        card = dataclasses.replace(base, meta_title=(base.name[:60] + " — купить"))

        def save(base=base, card=card) -> None:
            with store.session() as s:
                save_card(s, editor, base, card)

        saves.append(timed(save))

        def history(pid: int = pid) -> None:
            with store.read_session() as s:
                card_history(s, pid)

        histories.append(timed(history))
    store.close()
    return "\n".join([
        f"### {label}", "",
        *TABLE_HEAD,
        row("read a card (`load_card`)", reads),
        row("open the card window (read, build, show)", window_times),
        row("save an edited card (`save_card`: audit, outbox)", saves),
        row("a card's history (`card_history`)", histories),
    ])


def main() -> int:
    return run_on_bench_store(measure, __doc__.splitlines()[0],
                              "a PostgreSQL bench store (the saved cards are changed in it)")


if __name__ == "__main__":
    raise SystemExit(main())
