"""Running a benchmark on the 100 000-product bench store: on a throwaway copy of the
SQLite file (the original is never changed), or on a PostgreSQL bench store (``--pg``)."""

from __future__ import annotations

import argparse
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from backoffice_desktop.db import sqlite_url

DEFAULT_DB = Path(__file__).resolve().parent / ".data" / "bench.sqlite3"


def run_on_bench_store(measure: Callable[[str, str], str], description: str, pg_help: str) -> int:
    """Parse ``--db``/``--pg``, print ``measure(url, label)`` for the store they pick."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--db", default=str(DEFAULT_DB))
    parser.add_argument("--pg", help=pg_help)
    args = parser.parse_args()
    if args.pg:
        print(measure(args.pg, "PostgreSQL"))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.sqlite3"
        shutil.copy(args.db, copy)
        print(measure(sqlite_url(copy), "SQLite"))
    return 0
