"""What the benchmarks share to time a call and report it: milliseconds, percentiles,
and the Markdown table rows the results are pasted as."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence

#: The head of a results table made of :func:`row` lines.
TABLE_HEAD = ["| measure | median | p95 | max | n |", "|---|---|---|---|---|"]


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile by nearest rank (``q=0.95``: the 95th percentile)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def timed(func: Callable[[], object]) -> float:
    """Milliseconds ``func()`` takes."""
    started = time.perf_counter()
    func()
    return (time.perf_counter() - started) * 1000


def row(what: str, values: Sequence[float]) -> str:
    """A results table row: median, 95th percentile and max in milliseconds, and the count."""
    return (f"| {what} | {statistics.median(values):.1f} ms | {percentile(values, 0.95):.1f} ms "
            f"| {max(values):.1f} ms | {len(values)} |")
