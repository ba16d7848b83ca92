"""Product card benchmarks on a copy of the benchmark store (100 000 products).

1. ``load_card``: a card read into plain data (fields, barcodes, attributes, variants, stock);
2. opening the card window (read, build the six tabs, show), offscreen;
3. ``save_card`` of an edited meta title with audit and outbox, one transaction each;
4. ``card_history`` of a card;
5. opening the card of a product with 10 photos (imported through ``import_photo_files``
   into the copy: normalised, web size and thumbnail stored), on its Photos tab so the
   ten thumbnails are read, decoded and painted; and on the Main tab (the photo strip is
   built all the same). The first opening of each such card decodes its thumbnails;
   later ones find them in the pixmap cache.

    .venv/bin/python bench/bench_card.py                       # SQLite (a copy of bench/.data/bench.sqlite3)
    .venv/bin/python bench/bench_card.py --pg postgresql://...  # a PostgreSQL bench store (changed!)
"""

from __future__ import annotations

import dataclasses
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from backoffice_desktop.db import open_store
from backoffice_desktop.models import Product
from backoffice_desktop.services import auth, photos
from backoffice_desktop.services.product_cards import card_history, load_card, save_card

sys.path.insert(0, str(Path(__file__).resolve().parent))
from runner import run_on_bench_store  # noqa: E402  (the bench folder is not a package)
from timing import TABLE_HEAD, row, timed  # noqa: E402

READS, WINDOWS, SAVES = 200, 30, 50
#: Products given 10 photos each, and how many times each of their cards is opened.
PHOTO_PRODUCTS, PHOTOS_EACH, PHOTO_OPENS = 5, 10, 6
PHOTO_SIZE = (2400, 1800)


def make_photos(folder: Path, count: int, seed: int) -> list[Path]:
    """Distinct camera-like JPEGs (a noisy gradient with coloured shapes)."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    width, height = PHOTO_SIZE
    noise = Image.effect_noise((width // 2, height // 2), 48).resize((width, height))
    gradient = Image.linear_gradient("L").resize((width, height))
    base = Image.merge("RGB", (gradient, noise, Image.eval(gradient, lambda v: 255 - v)))
    paths = []
    for n in range(count):
        image = base.copy()
        draw = ImageDraw.Draw(image)
        for _ in range(8):
            x, y, r = rng.randrange(width), rng.randrange(height), rng.randrange(60, 500)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
        path = folder / f"IMG_{seed}_{n:03d}.jpg"
        image.save(path, "JPEG", quality=90)
        paths.append(path)
    return paths


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

        with tempfile.TemporaryDirectory() as folder:
            with_photos = ids[-PHOTO_PRODUCTS:]
            for n, pid in enumerate(with_photos):
                files = make_photos(Path(folder), PHOTOS_EACH, seed=n)
                report = photos.import_photo_files(store.session, editor, pid, files)
                assert len(report.added) == PHOTOS_EACH, report
        first_open, photo_tab, main_tab = [], [], []
        for round_ in range(PHOTO_OPENS):
            for pid in with_photos:
                for on_photos, times in ((True, first_open if round_ == 0 else photo_tab), (False, main_tab)):
                    started = time.perf_counter()
                    window = ProductCardWindow(ctx, pid)
                    if on_photos:
                        window.tabs.setCurrentWidget(window.photos)
                    window.show()
                    app.processEvents()
                    times.append((time.perf_counter() - started) * 1000)
                    assert window.photos is not None and window.photos.grid.count() == PHOTOS_EACH
                    window.close()
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
        row(f"open a card with {PHOTOS_EACH} photos on its Photos tab, the first time", first_open),
        row(f"open a card with {PHOTOS_EACH} photos on its Photos tab, again (thumbnails decoded)", photo_tab),
        row(f"open a card with {PHOTOS_EACH} photos, on its Main tab", main_tab),
    ])


def main() -> int:
    return run_on_bench_store(measure, __doc__.splitlines()[0],
                              "a PostgreSQL bench store (the saved cards are changed in it)")


if __name__ == "__main__":
    raise SystemExit(main())
