"""``backoffice demo``: a realistic demo shop and sample files to try the imports on."""

from __future__ import annotations

import argparse
import sys

from ..config import AppPaths
from .store import add_store_args, opened_store


def _progress(done: int, total: int, message: str) -> None:
    print(f"[{done}/{total}] {message}", file=sys.stderr, flush=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from ..services.demo import DemoOptions, generate_demo
    from ..services.demo_files import demo_files_folder, write_demo_files

    with opened_store(args) as store:
        summary = generate_demo(
            store,
            DemoOptions(products=args.products, orders=args.orders, photos=args.photos, seed=args.seed),
            progress=None if args.quiet else _progress,
        )
        files = write_demo_files(store, demo_files_folder(AppPaths.resolve(args.config_dir).data_dir), args.seed)
    print(summary)
    for path in files:
        print(f"Sample file to try the import: {path}")
    return 0


def add_demo(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="fill the store with a realistic demo shop")
    add_store_args(p)
    p.add_argument("--products", type=int, default=2000, help="number of products (default 2000)")
    p.add_argument("--orders", type=int, default=5000, help="website orders over 12 months (default 5000)")
    p.add_argument("--photos", type=int, default=60,
                   help="products that get photos of their own (default 60); the other published products "
                        "show their subcategory's photo")
    p.add_argument("--seed", type=int, default=1, help="random seed, for repeatable data")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.set_defaults(func=cmd_demo)
