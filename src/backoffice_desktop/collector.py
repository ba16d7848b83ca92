"""Pausing Python's cyclic garbage collector around bulk work.

Reading a 50 000-row price list or matching it against 100 000 product names makes
hundreds of thousands of small objects that all live on (rows, tuples, word sets). Each
collector pass walks every one of them again without freeing any: on the price list
import that was over half of the matching time. The work makes no reference cycles,
so nothing is lost by collecting once afterwards instead.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off inside the block, back on after it if it was on before
    (a nested or concurrent pause leaves it to the outermost one)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
