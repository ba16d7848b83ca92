"""Python's cyclic garbage collector: paused around bulk work, run where it is safe.

Reading a 50 000-row price list or matching it against 100 000 product names makes
hundreds of thousands of small objects that all live on (rows, tuples, word sets). Each
collector pass walks every one of them again without freeing any: on the price list
import that was over half of the matching time. The work makes no reference cycles,
so nothing is lost by collecting once afterwards instead.

The GUI switches automatic collection off altogether (see ``ui/garbage.py``) and calls
:func:`collect_when_due` from its own thread, because a collection that happens to start
in a worker thread and frees a Qt widget crashes the process.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_resume = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off inside the block; back on after the last of any nested or
    concurrent pauses, if it was on before the first."""
    global _pauses, _resume
    with _lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()


def collection_paused() -> bool:
    return _pauses > 0


def collect_when_due() -> int:
    """What automatic collection would do now: the oldest generation whose count passed
    its threshold, or nothing. Returns the number of objects found unreachable."""
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    generation = -1
    for gen in range(3):
        if counts[gen] <= thresholds[gen]:
            break
        generation = gen
    return gc.collect(generation) if generation >= 0 else 0
