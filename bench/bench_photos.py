"""Photo import benchmark: 100 camera-sized JPEGs (12 MP) into a fresh store.

1. generates the photos with Pillow into a temp folder (4000×3000, noise and shapes so
   they compress like real photos, every third one lying on its side with EXIF
   orientation 6; not timed);
2. imports them for 10 products, 10 each, through ``services.photos.import_photo_files``
   (what the photos panel runs on its worker) on a background thread, while the main
   thread ticks every 10 ms like an event loop and records how late each tick comes
   (how much the import would freeze the window);
3. opens a product with 10 photos the way the photos panel does (the rows, the
   thumbnails from the store, decoded into pixmaps; offscreen Qt).

    .venv/bin/python bench/bench_photos.py                  # SQLite store in a temp folder
    .venv/bin/python bench/bench_photos.py --count 20       # fewer photos
    .venv/bin/python bench/bench_photos.py --pg postgresql://user@host/empty_db
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from backoffice_desktop.db import Store, open_store, sqlite_url  # noqa: E402
from backoffice_desktop.models import Blob, Product  # noqa: E402
from backoffice_desktop.services import auth, photos  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import percentile  # noqa: E402  (the bench folder is not a package)

WIDTH, HEIGHT = 4000, 3000
PER_PRODUCT = 10


def make_photos(folder: Path, count: int, seed: int) -> list[Path]:
    """Camera-like JPEGs: a noisy gradient (so they don't compress to nothing) with
    coloured shapes that make each one different."""
    rng = random.Random(seed)
    noise = Image.effect_noise((WIDTH // 2, HEIGHT // 2), 48).resize((WIDTH, HEIGHT))
    gradient = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
    base = Image.merge("RGB", (gradient, noise, Image.eval(gradient, lambda v: 255 - v)))
    paths = []
    for n in range(count):
        image = base.copy()
        draw = ImageDraw.Draw(image)
        for _ in range(12):
            x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
            r = rng.randrange(80, 700)
            draw.ellipse((x - r, y - r, x + r, y + r),
                         fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
        draw.text((100, 100), f"photo {n}", fill=(255, 255, 255))
        exif = Image.Exif()
        exif[0x0112] = 6 if n % 3 == 0 else 1  # orientation
        exif[0x010F] = "BenchCam"  # make: metadata to strip
        path = folder / f"IMG_{n:04d}.jpg"
        image.save(path, "JPEG", quality=92, exif=exif.tobytes())
        paths.append(path)
    return paths


def ticks_during(work: threading.Thread, interval: float = 0.010) -> list[float]:
    """Lateness (ms) of each 10 ms tick of the main thread while ``work`` runs."""
    late = []
    work.start()
    expected = time.perf_counter() + interval
    while work.is_alive():
        time.sleep(max(0.0, expected - time.perf_counter()))
        now = time.perf_counter()
        late.append((now - expected) * 1000)
        expected = now + interval
    work.join()
    return late


def import_all(store: Store, paths: list[Path]) -> tuple[str, float]:
    with store.session() as session:
        admin = auth.create_first_admin(session, "bench", "bench-pass-1", "Bench")
        ids = []
        for n in range(0, len(paths), PER_PRODUCT):
            product = Product(sku=f"PHOTO-{n // PER_PRODUCT:03d}", name=f"Товар с фото {n // PER_PRODUCT}",
                              search_text=f"photo-{n // PER_PRODUCT:03d}")
            session.add(product)
            session.flush()
            ids.append(product.id)
    stamps: list[float] = []
    reports = []

    def work() -> None:
        for k, pid in enumerate(ids):
            batch = paths[k * PER_PRODUCT:(k + 1) * PER_PRODUCT]
            reports.append(photos.import_photo_files(store.session, admin, pid, batch,
                                                     lambda done, total, name: stamps.append(time.perf_counter())))

    cpu = time.process_time()
    started = time.perf_counter()
    late = ticks_during(threading.Thread(target=work))
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu
    added = sum(len(r.added) for r in reports)
    refused = sum(len(r.refused) for r in reports)
    per_photo = [(b - a) * 1000 for a, b in zip(stamps, stamps[1:]) if b > a]
    source_mb = sum(p.stat().st_size for p in paths) / 1024 / 1024
    with store.read_session() as session:
        blobs, stored = session.execute(select(func.count(), func.sum(Blob.size))).one()
    rows = [
        f"| photos imported (refused) | {added} ({refused}) |",
        f"| source size | {source_mb:.0f} MB ({source_mb / len(paths):.1f} MB a photo) |",
        f"| **wall time** | **{wall:.1f} s — {added / wall:.2f} photos/s, {source_mb / wall:.1f} MB/s** |",
        f"| CPU time (all threads) | {cpu:.1f} s |",
        f"| per photo, median / 95th percentile | {statistics.median(per_photo):.0f} ms / "
        f"{percentile(per_photo, 0.95):.0f} ms |",
        f"| stored: blobs, size | {blobs}, {(stored or 0) / 1024 / 1024:.1f} MB "
        f"({(stored or 0) / 1024 / max(added, 1):.0f} KB a photo: web image + thumbnail) |",
        f"| main thread tick lateness, median / 99th percentile / max | {statistics.median(late):.1f} ms / "
        f"{percentile(late, 0.99):.1f} ms / {max(late):.1f} ms |",
    ]
    return "\n".join(rows), wall


def open_card(store: Store) -> str:
    """Open the first product's 10 photos as the panel does; median of 10."""
    from PySide6.QtWidgets import QApplication

    from backoffice_desktop.ui.catalog.photos_panel import square_thumbnail

    app = QApplication.instance() or QApplication([])
    with store.read_session() as session:
        pid = session.scalar(select(Product.id).order_by(Product.id))
    times = []
    for _ in range(10):
        started = time.perf_counter()
        with store.read_session() as session:
            rows = photos.list_photos(session, pid)
            thumbs = photos.blob_data(session, [r.thumb_sha256 for r in rows])
        pixmaps = [square_thumbnail(thumbs[r.thumb_sha256]) for r in rows]
        times.append((time.perf_counter() - started) * 1000)
    assert all(not p.isNull() for p in pixmaps) and app is not None
    return (f"| open a product's {len(rows)} photos (rows, thumbnails, pixmaps), median / max "
            f"| {statistics.median(times):.1f} ms / {max(times):.1f} ms |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--pg", help="an empty PostgreSQL database to import into (instead of SQLite)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-photos-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        paths = make_photos(folder, args.count, args.seed)
        print(f"generated {len(paths)} photos of {WIDTH}×{HEIGHT} in {time.perf_counter() - started:.0f} s")
        store = open_store(args.pg or sqlite_url(folder / "photos.sqlite3"))
        try:
            table, _wall = import_all(store, paths)
            print(f"\n### {'PostgreSQL' if args.pg else 'SQLite'}: {len(paths)} photos of 12 MP\n")
            print("| measure | value |\n|---|---|")
            print(table)
            print(open_card(store))
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
