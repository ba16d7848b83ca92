"""The cyclic collector: paused around bulk work, and run only where the GUI says."""

from __future__ import annotations

import gc
import threading
import weakref

from backoffice_desktop.collector import collect_when_due, collection_paused, collector_paused


class Node:
    def __init__(self) -> None:
        self.me = self


def test_nested_and_concurrent_pauses_turn_collection_back_on_after_the_last_one() -> None:
    gc.enable()
    try:
        inner_started, outer_may_end = threading.Event(), threading.Event()

        def other_thread() -> None:
            with collector_paused():
                inner_started.set()
                outer_may_end.wait(5)

        with collector_paused():
            worker = threading.Thread(target=other_thread)
            worker.start()
            assert inner_started.wait(5)
        # The first pause ended, the other thread's has not: still off.
        assert not gc.isenabled() and collection_paused()
        outer_may_end.set()
        worker.join(5)
        assert gc.isenabled() and not collection_paused()
    finally:
        gc.disable()  # the test session collects on its main thread only (conftest)


def test_a_pause_leaves_collection_off_when_it_was_off() -> None:
    assert not gc.isenabled()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_work_in_a_thread_collects_nothing_and_the_owner_collects_when_due() -> None:
    gc.collect()
    ref = weakref.ref(Node())

    def allocate() -> None:
        junk = [[i] for i in range(100_000)]
        del junk

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert ref() is not None, "automatic collection is off: the worker freed nothing"
    for _ in range(1000):
        Node()  # young garbage past the youngest generation's threshold
    assert collect_when_due() > 0
    assert ref() is None
