"""The shop's calendar: which local day a UTC moment falls on, in Python and in SQL.

Reports count days in the shop's time zone (the ``shop.time_zone`` setting), so an
order placed at 23:30 UTC is the next day's sale in Moscow. Python uses ``zoneinfo``;
SQL gets the same zone's UTC offsets as a ``CASE`` over the instants they change, so
both back ends and Python agree to the second without a time zone database in SQLite.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy import BigInteger, ColumnElement, Date, case, cast, func, literal
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ..settings import get_setting

ZONE_SETTING = "shop.time_zone"


@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone name (from the ``tzdata`` package where the system has no zone
    database, as on Windows), sorted; the ones a person picks, not the legacy aliases."""
    return tuple(sorted(name for name in available_timezones()
                        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posix", "right"))
                        or name == "UTC"))


def zone_named(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError("Unknown time zone '{zone}': set the shop's time zone in Settings.", zone=name) from exc


def shop_zone(session: Session) -> ZoneInfo:
    return zone_named(str(get_setting(session, ZONE_SETTING)))


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date()


def day_start_utc(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant the local ``day`` begins."""
    return datetime.combine(day, time(), zone).astimezone(timezone.utc)


def utc_bounds(first: date, last: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """``[start, end)`` in UTC of the local days ``first`` to ``last`` inclusive."""
    return day_start_utc(first, zone), day_start_utc(last + timedelta(days=1), zone)


def _offset(moment: datetime, zone: ZoneInfo) -> int:
    delta = moment.astimezone(zone).utcoffset()
    return int(delta.total_seconds()) if delta is not None else 0


def offsets(zone: ZoneInfo, first: datetime, last: datetime) -> list[tuple[datetime, int]]:
    """The zone's UTC offsets (seconds) between two instants: ``[(since, offset), ...]``,
    the first one ``since`` ``first``. Found day by day, each change to the second."""
    found = [(first, _offset(first, zone))]
    moment = first
    while moment < last:
        following = min(moment + timedelta(days=1), last)
        after = _offset(following, zone)
        if after != found[-1][1]:
            low, high = int(moment.timestamp()), int(following.timestamp())  # changes in (low, high]
            while high - low > 1:
                middle = (low + high) // 2
                if _offset(datetime.fromtimestamp(middle, timezone.utc), zone) == after:
                    high = middle
                else:
                    low = middle
            found.append((datetime.fromtimestamp(high, timezone.utc), after))
        moment = following
    return found


def local_day_sql(column: Any, dialect: str, zone: ZoneInfo, first: datetime, last: datetime) -> ColumnElement[Any]:
    """SQL for the local day of a UTC timestamp ``column`` whose values lie in
    ``[first, last]``: a ``DATE`` on PostgreSQL, ``'YYYY-MM-DD'`` text on SQLite."""
    spans = offsets(zone, first, last)
    if dialect == "sqlite":
        modifier: ColumnElement[Any] = literal(f"{spans[0][1]:+d} seconds")
        if len(spans) > 1:
            modifier = case(
                *[(column >= since, f"{seconds:+d} seconds") for since, seconds in reversed(spans[1:])],
                else_=f"{spans[0][1]:+d} seconds",
            )
        return func.date(column, modifier)
    seconds: ColumnElement[Any] = literal(spans[0][1], BigInteger)
    if len(spans) > 1:
        seconds = case(*[(column >= since, offset) for since, offset in reversed(spans[1:])], else_=spans[0][1])
    return cast(func.timezone("UTC", column) + func.make_interval(0, 0, 0, 0, 0, 0, seconds), Date)
