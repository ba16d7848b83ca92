"""Numbers, money and times formatted for the user's locale (``1 234,50 ₽`` in Russian)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale


def _group(text: str, locale: QLocale) -> str:
    sign = "-" if text.startswith("-") else ""
    digits, _, frac = text.lstrip("-").partition(".")
    group = locale.groupSeparator() or ""
    if locale.language() == QLocale.Language.Russian:
        group = "\u00a0"  # a no-break space keeps "1 234" on one line
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    out = sign + group.join(parts)
    if frac:
        out += locale.decimalPoint() + frac
    return out


def format_decimal(value: Decimal, places: int = 2, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return _group(f"{value:.{places}f}", locale)


def format_quantity(value: Decimal, locale: QLocale | None = None) -> str:
    """Quantities without trailing zeros: 12, 1,5, 0,125."""
    locale = locale or QLocale()
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return _group(text, locale)


def format_money(value: Decimal, currency: str = "RUB", locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    number = format_decimal(value, 2, locale)
    if currency == "RUB":
        return f"{number}\u00a0₽"
    return f"{number}\u00a0{currency}"


def format_datetime(value: datetime | None, locale: QLocale | None = None) -> str:
    """A UTC time shown in local time."""
    if value is None:
        return ""
    locale = locale or QLocale()
    local = QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()
    return locale.toString(local, QLocale.FormatType.ShortFormat)


def format_date(value: datetime | date | None, locale: QLocale | None = None) -> str:
    """The local date of a UTC time, or a calendar date as it is."""
    if value is None:
        return ""
    locale = locale or QLocale()
    if not isinstance(value, datetime):
        return locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
    local = QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()
    return locale.toString(local.date(), QLocale.FormatType.ShortFormat)
