"""Russian print formats for numbers, units and dates: ``1 234,50``, ``шт``, ``26.11.2026``."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

NBSP = "\u00a0"
RUBLE = "₽"

UNIT_LABELS = {"pcs": "шт", "kg": "кг", "m": "м", "l": "л", "pack": "уп"}
#: Units counted in whole pieces; other units print up to three decimals.
WHOLE_UNITS = {"pcs", "pack"}


def _group(value: Decimal, places: int) -> str:
    text = f"{abs(value):,.{places}f}"
    text = text.replace(",", NBSP).replace(".", ",")
    return ("-" if value < 0 else "") + text


def format_money(value: Decimal | int) -> str:
    """``Decimal("1234.5")`` → ``"1 234,50"`` (no-break space, decimal comma, half up)."""
    q = Decimal(value).quantize(Decimal("0.01"), ROUND_HALF_UP)
    if q == 0:
        q = abs(q)  # never "-0,00"
    return _group(q, 2)


def format_price(value: Decimal | int) -> str:
    """Money with the rouble sign: ``"1 990,00 ₽"``."""
    return f"{format_money(value)}{NBSP}{RUBLE}"


def format_quantity(value: Decimal | int) -> str:
    """``12`` → ``"12"``, ``1.250`` → ``"1,25"``, ``12500`` → ``"12 500"``: up to three
    decimals, trailing zeros dropped."""
    q = Decimal(value).quantize(Decimal("0.001"), ROUND_HALF_UP)
    if q == 0:
        return "0"
    if q == q.to_integral_value():
        return _group(q, 0)
    text = _group(q, 3).rstrip("0")
    return text


def unit_label(unit: str) -> str:
    """Our unit code printed in Russian (``pcs`` → ``шт``); an unknown code as is."""
    return UNIT_LABELS.get(unit, unit)


def local_date(moment: datetime) -> str:
    """A UTC time (naive means UTC) as the local date ``dd.mm.yyyy``."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%d.%m.%Y")


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to a temp file beside ``path`` and move it over: a reader (or a
    crash) never sees half a PDF."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path
