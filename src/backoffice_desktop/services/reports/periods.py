"""Calendar arithmetic of report periods: buckets, comparison periods, and how a period
splits into whole months, whole ISO weeks and single days of the summary tables."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from ...exports.report_data import Period


class Grouping(enum.StrEnum):
    DAY = "day"
    WEEK = "week"  # ISO weeks, Monday to Sunday
    MONTH = "month"


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    return add_months(month_start(day), 1) - timedelta(days=1)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    first = date(year, month + 1, 1)
    last = (date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1) - timedelta(days=1)).day
    return first.replace(day=min(day.day, last))


def days_in(period: Period) -> int:
    return (period.end - period.start).days + 1


def whole_months(period: Period) -> int:
    """How many calendar months the period is, or 0 when it isn't whole months."""
    if period.start.day != 1 or period.end != month_end(period.end):
        return 0
    return (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1


def buckets(period: Period, grouping: Grouping) -> list[Period]:
    """The days, ISO weeks or months of the period, the first and last clipped to it."""
    found: list[Period] = []
    day = period.start
    while day <= period.end:
        if grouping == Grouping.DAY:
            end = day
        elif grouping == Grouping.WEEK:
            end = week_start(day) + timedelta(days=6)
        else:
            end = month_end(day)
        end = min(end, period.end)
        found.append(Period(day, end))
        day = end + timedelta(days=1)
    return found


def _year_earlier(day: date, is_end: bool) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February: the period a year earlier ends on the 28th, starts on 1 March
        return date(day.year - 1, 2, 28) if is_end else date(day.year - 1, 3, 1)


def last_year(span: Period) -> Period | None:
    """The same calendar dates a year earlier (None for a lone 29 February)."""
    start, end = _year_earlier(span.start, False), _year_earlier(span.end, True)
    return Period(start, end) if start <= end else None


@dataclass(frozen=True)
class PreviousShift:
    """How the period before the report's period is found: whole months when a month
    report covers whole months (March after February), else the same number of days."""

    months: int = 0
    days: int = 0

    def apply(self, span: Period) -> Period:
        if self.months:
            start = add_months(span.start, -self.months)
            whole = span.start.day == 1 and span.end == month_end(span.end)
            end = month_end(add_months(span.end, -self.months)) if whole else add_months(span.end, -self.months)
            return Period(start, end)
        return Period(span.start - timedelta(days=self.days), span.end - timedelta(days=self.days))


def previous_shift(period: Period, grouping: Grouping | None = None) -> PreviousShift:
    months = whole_months(period)
    if months and grouping in (None, Grouping.MONTH):
        return PreviousShift(months=months)
    return PreviousShift(days=days_in(period))


@dataclass(frozen=True)
class Segments:
    """A period as whole months, whole ISO weeks and the days left over, each a range
    of bucket start days (months and weeks) or of days, ends inclusive."""

    months: tuple[tuple[date, date], ...]
    weeks: tuple[tuple[date, date], ...]
    days: tuple[tuple[date, date], ...]


def _weeks_and_days(start: date, end: date) -> tuple[list[tuple[date, date]], list[tuple[date, date]]]:
    first = start if start.weekday() == 0 else week_start(start) + timedelta(days=7)
    last = week_start(end + timedelta(days=1)) - timedelta(days=7)  # Monday of the last whole week
    if first > last:
        return [], [(start, end)]
    days = []
    if start < first:
        days.append((start, first - timedelta(days=1)))
    if last + timedelta(days=6) < end:
        days.append((last + timedelta(days=7), end))
    return [(first, last)], days


def segments(period: Period) -> Segments:
    start, end = period.start, period.end
    first = start if start.day == 1 else add_months(month_start(start), 1)
    last = month_start(end + timedelta(days=1)) - timedelta(days=1)  # the last whole month's end
    if first > last:
        weeks, days = _weeks_and_days(start, end)
        return Segments((), tuple(weeks), tuple(days))
    weeks, days = [], []
    if start < first:
        w, d = _weeks_and_days(start, first - timedelta(days=1))
        weeks += w
        days += d
    if last < end:
        w, d = _weeks_and_days(last + timedelta(days=1), end)
        weeks += w
        days += d
    return Segments(((first, month_start(last)),), tuple(weeks), tuple(days))
