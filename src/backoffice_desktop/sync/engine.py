"""A sync run: push what the outbox holds for a connection, or pull the site's orders, and record it.

A push reads a batch of the products marked and not yet acknowledged by this
connection, sends it, then in one transaction acknowledges what the site accepted (as
of the change it read: a product changed meanwhile is sent again) and notes the error
against each product it refused, for this connection only; a product that keeps
failing is parked for it. Each connection sends every change: a mark goes once every
enabled connection has acknowledged it. The run itself is a :class:`SyncRun` row
written when it starts and updated after every batch, so a run killed at any point
leaves a readable trace and loses nothing: acknowledgements are written only after the
site accepted the values, and values are absolute, so the next run simply sends again
what was not acknowledged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select, update

from ..db import Store
from ..errors import ValidationError
from ..models import SyncConnector, SyncRun, utcnow
from ..services.completeness import WEBSITE
from ..services.outbox import mark_products
from ..services.permissions import Actor, Permission, require
from . import outbox, price_guard
from .connector import Connector, Difference, PushOutcome, RemoteOrder, SiteRefused, SiteUnavailable, SyncError
from .orders import apply_remote_orders

log = logging.getLogger("backoffice_desktop.sync")

#: A run still "running" after this long was killed; the next run says so.
STALE_RUN = timedelta(minutes=30)
#: Pulls ask for orders changed a little before the last one seen: the site's clock and
#: order saves are not instantaneous, and applying an order twice changes nothing.
PULL_OVERLAP = timedelta(minutes=5)
#: Pulled orders applied per transaction (a page of WooCommerce's answer).
ORDER_GROUP = 100

#: ``progress(done, total, what)``; total 0 when not known in advance.
Progress = Callable[[int, int, str], None]
#: Asked between batches; True ends the run there (nothing is lost: the rest stays queued).
StopRequested = Callable[[], bool]


class RunStatus:
    OK = "ok"
    PARTIAL = "partial"
    FAILED = "failed"
    RUNNING = "running"
    INTERRUPTED = "interrupted"


@dataclass
class RunResult:
    """What a run did; ``status`` is one of :class:`RunStatus`."""

    run_id: int
    kind: str
    status: str = RunStatus.RUNNING
    sent: int = 0
    failed: int = 0
    parked: int = 0
    #: Products whose price the price guard held back for a manager.
    held: int = 0
    message: str = ""
    lines: list[str] = field(default_factory=list)
    #: Why the site could not be used (unavailable or refused), when that ended the run.
    site_error: SyncError | None = None

    def note(self, line: str) -> None:
        stamp = utcnow().strftime("%Y-%m-%d %H:%M:%SZ")
        self.lines.append(f"{stamp} {line}")
        log.info("run %s: %s", self.run_id, line)


def connector_channel(session, connector_id: int) -> str:
    """The sales channel the connection sells on (its ``channel`` option; the website by default)."""
    row = session.get(SyncConnector, connector_id)
    return str((row.options or {}).get("channel") or WEBSITE) if row is not None else WEBSITE


def _start_run(store: Store, connector_id: int, kind: str) -> RunResult:
    with store.session() as session:
        if session.get(SyncConnector, connector_id) is None:
            raise ValidationError("There is no shop connection number {id}.", id=connector_id)
        session.execute(
            update(SyncRun)
            .where(SyncRun.connector_id == connector_id, SyncRun.status == RunStatus.RUNNING,
                   SyncRun.started_at < utcnow() - STALE_RUN)
            .values(status=RunStatus.INTERRUPTED, message="The run stopped before it finished.")
        )
        run = SyncRun(connector_id=connector_id, kind=kind, status=RunStatus.RUNNING)
        session.add(run)
        session.flush()
        return RunResult(run_id=run.id, kind=kind)


def _save_run(session, result: RunResult, finished: bool = False) -> None:
    run = session.get(SyncRun, result.run_id)
    run.sent, run.failed, run.parked = result.sent, result.failed, result.parked + result.held
    run.log = "\n".join(result.lines)
    run.status = result.status
    run.message = result.message
    if finished:
        run.finished_at = utcnow()
        if result.status in (RunStatus.OK, RunStatus.PARTIAL):
            session.get(SyncConnector, run.connector_id).last_success_at = run.finished_at


def _finish(store: Store, result: RunResult, status: str, message: str) -> RunResult:
    result.status, result.message = status, message
    result.note(message)
    with store.session() as session:
        _save_run(session, result, finished=True)
    return result


def push(store: Store, connector_id: int, connector: Connector, *, batch_size: int | None = None,
         now: datetime | None = None, park_after: int = outbox.PARK_AFTER,
         progress: Progress | None = None, should_stop: StopRequested | None = None,
         actor: Actor | None = None) -> RunResult:
    """Send every product marked before the run started (parked ones and ones waiting
    out a retry delay excepted), a batch at a time; see the module docstring. A run a
    user starts names the ``actor`` (who needs the right to run the sync); a scheduled
    headless run has none."""
    if actor is not None:
        require(actor, Permission.RUN_SYNC)
    started = now or utcnow()
    size = min(batch_size or connector.max_batch, connector.max_batch)
    result = _start_run(store, connector_id, "push")
    connector.log = result.note
    with store.session() as session:
        # Marks a switched-off or deleted connection was still holding go now.
        outbox.release_delivered(session)
    with store.read_session() as session:
        total = outbox.queue_state(session, connector_id, started).waiting
        percent = price_guard.guard_percent(session)
        channel = connector_channel(session, connector_id)
    result.note(f"push started: {total} product(s) queued")
    after: tuple[datetime, int] | None = None
    try:
        while True:
            if should_stop and should_stop():
                return _finish(store, result, RunStatus.INTERRUPTED,
                               f"Stopped on request: {result.sent} sent, the rest stays queued")
            with store.read_session() as session:
                batch = outbox.pending_batch(session, connector_id, limit=size, now=started,
                                             marked_before=started, channel=channel, after=after)
                held = price_guard.holds(session, connector_id, batch, percent)
            if not batch:
                break
            # Every product of the batch ends acknowledged, delayed, parked or held: none comes back in this run.
            after = (batch[-1].marked_at, batch[-1].product_id)
            to_send = [state for state in batch if state.product_id not in held]
            outcomes = {o.product_id: o for o in connector.push(to_send)} if to_send else {}
            accepted, refused = [], []
            for state in to_send:
                outcome = outcomes.get(state.product_id) or PushOutcome(state.product_id, "the site did not answer for it")
                (accepted if outcome.ok else refused).append((state, outcome))
            with store.session() as session:
                outbox.acknowledge(session, connector_id, [state for state, _ in accepted])
                price_guard.record_sent(session, connector_id, [state for state, _ in accepted])
                for state, outcome in refused:
                    parked = outbox.record_failure(session, connector_id, state.product_id, outcome.error,
                                                   now=started, park_after=park_after)
                    result.parked += parked
                    result.note(f"{state.sku}: {outcome.error}" + (" — parked" if parked else ""))
                for state in batch:
                    if state.product_id in held:
                        price_guard.hold(session, connector_id, state, held[state.product_id], now=started)
                        result.note(f"{state.sku}: {held[state.product_id]} — held")
                result.sent += len(accepted)
                result.failed += len(refused)
                result.held += len(held)
                result.note(f"batch of {len(batch)}: {len(accepted)} accepted, {len(refused)} refused"
                            + (f", {len(held)} held" if held else ""))
                _save_run(session, result)
            if progress:
                done = result.sent + result.failed + result.held
                progress(done, max(total, done), "push")
    except (SiteUnavailable, SiteRefused) as exc:
        result.site_error = exc
        return _finish(store, result, RunStatus.FAILED, f"{exc} ({result.sent} sent before that)")
    except BaseException as exc:
        _finish(store, result, RunStatus.FAILED, f"The run stopped: {exc!r}")
        raise
    message = f"{result.sent} sent"
    if result.failed:
        message += f", {result.failed} refused by the site ({result.parked} parked)"
    if result.held:
        message += f", {result.held} price drop(s) wait for a manager's confirmation"
    return _finish(store, result, RunStatus.PARTIAL if result.failed or result.held else RunStatus.OK, message)


def dry_run(store: Store, connector_id: int | None, limit: int = 1000, now: datetime | None = None,
            channel: str = WEBSITE) -> list[outbox.ProductState]:
    """What the next push to the connection (``None``: a new one) selling on ``channel``
    would send, in the order it would send it (nothing is sent or changed); products
    parked for it and ones waiting out its retry delay are left out."""
    with store.read_session() as session:
        return outbox.pending_batch(session, connector_id, limit=limit, now=now, channel=channel)


@dataclass(frozen=True)
class ReconcileResult:
    differences: list[Difference]
    #: Products marked for the next push (with ``fix``).
    marked: int
    checked: int


def reconcile(store: Store, connector: Connector, *, fix: bool = False, progress: Progress | None = None,
              actor: Actor | None = None, channel: str = WEBSITE) -> ReconcileResult:
    """Read the site's stock and prices for every active product and list what differs
    from ours (as the connection's ``channel`` shows it); with ``fix``, mark those
    products so the next push sends our values."""
    if actor is not None:
        require(actor, Permission.RUN_SYNC)
    differences: list[Difference] = []
    after, checked = 0, 0
    while True:
        with store.read_session() as session:
            page = outbox.current_states(session, after_id=after, limit=connector.max_batch, channel=channel)
        if not page:
            break
        differences += connector.compare(page)
        after, checked = page[-1].product_id, checked + len(page)
        if progress:
            progress(checked, 0, "reconcile")
    marked = 0
    if fix and differences:
        ids = {d.product_id for d in differences}
        with store.session() as session:
            mark_products(session, ids, "reconcile")
        marked = len(ids)
    return ReconcileResult(differences, marked, checked)


def queue_for_push(session, actor: Actor, product_ids: list[int]) -> int:
    """Mark the chosen products (e.g. differences found by a reconcile) for the next push."""
    require(actor, Permission.RUN_SYNC)
    mark_products(session, product_ids, "reconcile")
    return len(set(product_ids))


def pull(store: Store, connector_id: int, connector: Connector, *, progress: Progress | None = None,
         should_stop: StopRequested | None = None, actor: Actor | None = None) -> RunResult:
    """Create or update our orders from the site's orders changed since the last pull.

    Orders are applied a group per transaction, each in a savepoint, so one the store
    refuses is logged and the rest go in; the pull point moves on only past orders that
    went in, and only when the whole pull finished.
    """
    if actor is not None:
        require(actor, Permission.RUN_SYNC)
    result = _start_run(store, connector_id, "pull")
    connector.log = result.note
    with store.read_session() as session:
        row = session.get(SyncConnector, connector_id)
        cursor, source = row.orders_cursor, row.name
    since = cursor - PULL_OVERLAP if cursor else None
    result.note(f"pull started: orders changed since {since.isoformat() if since else 'the beginning'}")
    newest: datetime | None = None
    first_failed: datetime | None = None
    counts = {"created": 0, "updated": 0, "unchanged": 0}

    def apply(group: list[RemoteOrder]) -> None:
        nonlocal newest, first_failed
        with store.session() as session:
            applied = apply_remote_orders(session, connector_id, source, group, note=result.note)
        refused = {id(remote) for remote, _ in applied.refused}
        for remote, exc in applied.refused:
            result.note(f"order {remote.number}: {exc}")
            first_failed = min(first_failed or remote.modified_at, remote.modified_at)
        for remote in group:
            if id(remote) not in refused:
                newest = max(newest or remote.modified_at, remote.modified_at)
        counts["created"] += applied.created
        counts["updated"] += applied.updated
        counts["unchanged"] += applied.unchanged
        result.sent += applied.created + applied.updated
        result.failed += len(applied.refused)
        if progress:
            progress(sum(counts.values()) + result.failed, 0, "pull")

    group: list[RemoteOrder] = []
    try:
        for order in connector.pull_orders(since):
            group.append(order)
            if len(group) >= ORDER_GROUP:
                apply(group)
                group = []
                if should_stop and should_stop():
                    # The pull point stays: pages come in order of creation, not of change.
                    return _finish(store, result, RunStatus.INTERRUPTED,
                                   f"Stopped on request after {result.sent} order(s); the next pull goes on")
        if group:
            apply(group)
    except (SiteUnavailable, SiteRefused) as exc:
        result.site_error = exc
        return _finish(store, result, RunStatus.FAILED, f"{exc} ({result.sent} order(s) taken before that)")
    except BaseException as exc:
        _finish(store, result, RunStatus.FAILED, f"The run stopped: {exc!r}")
        raise
    _advance_cursor(store, connector_id, newest, first_failed)
    message = f"{counts['created']} new order(s), {counts['updated']} changed, {counts['unchanged']} unchanged"
    if result.failed:
        result.note("the site is not told the orders are saved: it offers them again until every one goes in")
    else:
        try:
            connector.orders_saved()
        except (SiteUnavailable, SiteRefused) as exc:
            # Saved here, unconfirmed there: the site offers them again and they change nothing.
            result.note(f"the site could not be told the orders are saved ({exc}); it will offer them again")
    if result.failed:
        return _finish(store, result, RunStatus.PARTIAL, f"{message}, {result.failed} refused")
    return _finish(store, result, RunStatus.OK, message)


def _advance_cursor(store: Store, connector_id: int, newest: datetime | None, first_failed: datetime | None) -> None:
    """Move the pull point to the newest order taken, never past one that failed."""
    if newest is None:
        return
    point = newest if first_failed is None else min(newest, first_failed - timedelta(microseconds=1))
    with store.session() as session:
        row = session.get(SyncConnector, connector_id)
        if row.orders_cursor is None or point > row.orders_cursor:
            row.orders_cursor = point


@dataclass(frozen=True)
class RunSummary:
    """A past run as plain data, for the Sync panel and ``backoffice sync status``."""

    run_id: int
    kind: str
    status: str
    started_at: datetime
    finished_at: datetime | None
    sent: int
    failed: int
    parked: int
    message: str
    log: str


def last_runs(store: Store, connector_id: int, limit: int = 20) -> list[RunSummary]:
    """The latest runs, newest first."""
    with store.read_session() as session:
        rows = session.scalars(
            select(SyncRun).where(SyncRun.connector_id == connector_id)
            .order_by(SyncRun.started_at.desc(), SyncRun.id.desc()).limit(limit)
        )
        return [RunSummary(r.id, r.kind, r.status, r.started_at, r.finished_at, r.sent, r.failed, r.parked,
                           r.message, r.log) for r in rows]
