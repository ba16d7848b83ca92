"""A real django-oscar 3.2 shop with django-oscar-api (code in ``oscar_site/``), started
on loopback in a subprocess for the Oscar connector's tests and the Settings GUI test."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ..conftest import IN_CI
from .loopback import serving

SITE_CODE = Path(__file__).parent / "oscar_site"
USER, PASSWORD = "backoffice", "oscar-pass-1"


def require_oscar() -> None:
    """Skip the calling module when django-oscar isn't installed here; fail under CI,
    which installs the test extras."""
    if importlib.util.find_spec("oscar") is not None and importlib.util.find_spec("oscarapi") is not None:
        return
    if IN_CI:
        pytest.fail("django-oscar and django-oscar-api are in the test extras but not installed", pytrace=False)
    pytest.skip("django-oscar / django-oscar-api not installed (pip install -e .[test])", allow_module_level=True)


class OscarSite:
    """The running shop: its address and its database, read directly to see what it stored."""

    def __init__(self, folder: Path, url: str) -> None:
        self.folder = folder
        self.url = url

    def query(self, sql: str, *params: object) -> list[tuple]:
        with sqlite3.connect(self.folder / "site.sqlite3") as db:
            return db.execute(sql, params).fetchall()

    def records(self) -> dict[str, tuple[int, int, Decimal, str]]:
        """Stock records by partner SKU: (num_in_stock, num_allocated, price, last change)."""
        rows = self.query("SELECT partner_sku, num_in_stock, num_allocated, price, date_updated "
                          "FROM partner_stockrecord")
        return {sku: (stock, allocated or 0, Decimal(str(price)).quantize(Decimal("0.01")), changed)
                for sku, stock, allocated, price, changed in rows}


@contextmanager
def running(folder: Path, seed: dict[str, Any], page_size: int | None = None) -> Iterator[OscarSite]:
    """The shop with the catalogue and orders of ``seed`` (see ``oscar_site/serve.py``);
    with ``page_size`` its API lists come in pages of that many."""
    (folder / "seed.json").write_text(json.dumps(seed, ensure_ascii=False), encoding="utf-8")
    env = {"OSCAR_SITE_DIR": str(folder)}
    if page_size:
        env["OSCAR_SITE_PAGE_SIZE"] = str(page_size)
    with serving(SITE_CODE / "serve.py", folder, env, USER, PASSWORD) as url:
        yield OscarSite(folder, url)
