"""The django-cml2 exchange site (from the package registry) run on loopback for the
CommerceML tests: what it received, which orders it serves, and which of them an
exchange confirmed (``type=sale&mode=success``)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .loopback import serving

SITE_CODE = Path(__file__).parent / "cml2_site"
USER, PASSWORD = "exchange", "exchange-pass-1"


class Cml2Site:
    def __init__(self, folder: Path, url: str) -> None:
        self.folder = folder
        self.url = url

    def received(self, kind: str, since: int = 0) -> list[dict]:
        """What the site recorded of ``kind``, from its ``since``-th record on (see :meth:`mark`)."""
        return [r for r in self._records()[since:] if r["kind"] == kind]

    def mark(self) -> int:
        """How many records the site has now: pass it as ``since`` to read only what comes after."""
        return len(self._records())

    def offer_orders(self, orders: list[dict]) -> None:
        """The site's orders from now on (the shape of ``cml2_site/delegate.py``'s orders.json)."""
        (self.folder / "orders.json").write_text(json.dumps(orders, ensure_ascii=False), encoding="utf-8")

    def confirmed(self) -> set[str]:
        """Ids of the orders an exchange confirmed: served in a session the client closed with ``success``."""
        path = self.folder / "served.json"
        served: dict[str, str] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        with sqlite3.connect(self.folder / "site.sqlite3") as db:
            done = {str(pk) for (pk,) in db.execute("SELECT id FROM cml_exchange WHERE state = 'DONE'")}
        return {order for order, session in served.items() if session in done}

    def _records(self) -> list[dict]:
        path = self.folder / "received.jsonl"
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@contextmanager
def cml2_running(folder: Path) -> Iterator[Cml2Site]:
    """Migrate a fresh site in ``folder``, start it, and stop it after the block."""
    (folder / "orders.json").write_text("[]", encoding="utf-8")
    with serving(SITE_CODE / "serve.py", folder, {"CML2_SITE_DIR": str(folder)}, USER, PASSWORD) as url:
        yield Cml2Site(folder, f"{url}/cml/1c_exchange.php")
