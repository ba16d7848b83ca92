"""Reorder suggestions: what to buy, how much and from whom, for all products at once.

For each product that is active, has reorder enabled and is not the parent of variants
(its variants are ordered instead), over a window of ``window_days`` whole UTC days
ending the day before ``as_of``:

- **sold** = units on orders placed in the window that are new, processing, shipped or
  completed; cancelled and returned orders are no demand, and a returned line's negative
  quantity subtracts;
- **days in stock** = window days on which on hand in bins was above zero at some point,
  reconstructed from the ledger: on hand now minus the bin moves after a day gives that
  day's closing balance, minus the day's own moves its opening; the day counts when
  opening + the day's inflow > 0 (exact whenever stock doesn't go negative). A product
  whose on hand now exceeds all it received since the window began never ran out, so its
  moves are read only when that is not the case;
- **rate** = sold / days in stock, so a stock-out doesn't hide demand; a product that sold
  without a day in stock (sold from the supplier's stock) is spread over the whole window;
- **position** = on hand (bins) − reserved (open orders) + on order (outstanding on
  approved, sent and partly received orders) + in draft orders (draft or awaiting
  approval, so a group just turned into a draft isn't suggested again);
- **reorder point** = rate × lead time (the supplier's) + safety stock;
- **target** = reorder point + rate × ``cover_days``; **raw need** = target − position;
- **needed** when position ≤ reorder point and raw need > 0: so only with demand or a
  safety stock, or when the position is below zero (a backorder: customers wait);
- **quantity** = max(raw need, the offer's minimum order quantity) rounded up to a
  multiple of its pack size, in whole units for pcs and packs.

The supplier is chosen per product among active suppliers' offers: offers whose stock is
unknown or covers their quantity come first, then the lowest price (as quoted, no
currency conversion), then the shortest lead time. When no offer has enough stock, the
one with the most stock is taken and the line is marked short. Products without a usable
offer are planned with a new supplier's default lead time and land in a group of their own.

Everything is read set-based (``reorder_facts``): one statement sums each product's
stock, sales, reservations and purchase orders in SQL, joins its offers and, when only
needed lines are asked for, leaves out in SQL the products that certainly need nothing;
the ledger is read a few thousand products per query, never one per product, and the
day-by-day walk runs in Python over the days that have moves only. On PostgreSQL the
products are read in chunks of ids, and the lines of one chunk are made on a worker thread
while the server reads the next, so the server's work and Python's overlap.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from ..collector import collector_paused
from ..errors import ValidationError
from ..models import DEMAND_STATUSES, ZERO, Supplier, utcnow
from . import reorder_facts as facts
from .permissions import Actor, Permission, require
from .purchasing import NewLine, create_order, money
from .reorder_facts import DEFAULT_LEAD_TIME_DAYS, DRAFT_STATES, SupplierInfo, Window
from .stock_documents import WHOLE_UNITS

#: ``progress(step, steps, stage)``; ``stage`` is a :class:`Stage` value.
Progress = Callable[[int, int, str], None]

#: Planned products per chunk read from PostgreSQL (see ``_lines_per_supplier``): four
#: chunks at 100 000 products measured best (eight: more per-statement work, two: less
#: overlap). SQLite reads in one go: it works in this process, on the cores Python needs,
#: and chunks only added work there.
CHUNK_PRODUCTS = 25_000

RATE_PLACES = Decimal("0.0001")
QTY_PLACES = Decimal("0.001")
ONE = Decimal(1)


class Stage(enum.StrEnum):
    """What :func:`compute_suggestions` is doing, for the progress label."""

    PRODUCTS = "products"  # with their stock, sales, reservations, purchase orders and offers
    LEDGER = "ledger"  # days in stock
    SUGGESTIONS = "suggestions"


class Trigger(enum.StrEnum):
    BELOW_REORDER_POINT = "below_reorder_point"
    BACKORDER = "backorder"  # position below zero: reserved beyond on hand and on order
    NOT_NEEDED = "not_needed"


class RateBasis(enum.StrEnum):
    ALL_DAYS_IN_STOCK = "all_days_in_stock"
    STOCK_OUT_DAYS_LEFT_OUT = "stock_out_days_left_out"
    NEVER_IN_STOCK = "never_in_stock"  # sold without a day in stock: the whole window
    NO_SALES = "no_sales"


class Rounding(enum.StrEnum):
    MIN_ORDER_QTY = "min_order_qty"
    PACK_SIZE = "pack_size"
    WHOLE_UNITS = "whole_units"


class SupplierPick(enum.StrEnum):
    ONLY_OFFER = "only_offer"
    CHEAPEST = "cheapest"
    CHEAPEST_WITH_STOCK = "cheapest_with_stock"  # cheaper offers lacked stock
    MOST_STOCK = "most_stock"  # no offer has enough: the one with the most stock (short)
    NO_OFFER = "no_offer"


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a line reads as it does, for the UI to put into words."""

    trigger: Trigger
    rate_basis: RateBasis
    rounding: tuple[Rounding, ...]
    supplier: SupplierPick


#: Reasons repeat (a few dozen combinations); one instance of each serves every line.
_reason = functools.cache(Reason)


@dataclass(frozen=True)
class ReorderParams:
    window_days: int = 90
    cover_days: int = 14
    #: The day the suggestion is for; None is today (UTC). The window ends the day before.
    as_of: date | None = None
    #: Plan with this supplier's offers only (products it doesn't offer are left out).
    supplier_id: int | None = None
    #: This category and its subcategories.
    category_id: int | None = None
    only_needed: bool = True


@dataclass(slots=True)
class SuggestionLine:
    """One product's suggestion with every figure it was computed from.

    Not frozen: a frozen dataclass sets each of these fields through ``object.__setattr__``,
    which at tens of thousands of lines costs more than all the arithmetic.
    """

    product_id: int
    sku: str
    name: str
    unit: str
    supplier_id: int | None
    supplier_sku: str
    sold_in_window: Decimal
    days_in_stock: int
    window_days: int
    daily_rate: Decimal
    lead_time_days: int
    safety_stock: Decimal
    on_hand: Decimal
    reserved: Decimal
    on_order: Decimal
    in_draft_orders: Decimal
    position: Decimal
    reorder_point: Decimal
    target_level: Decimal
    raw_need: Decimal  # negative: more than the target is on hand or coming
    min_order_qty: Decimal
    pack_size: Decimal
    quantity: Decimal
    unit_price: Decimal | None  # None without an offer
    amount: Decimal
    supplier_stock: Decimal | None  # None: unknown (or no offer)
    supplier_stock_short: bool
    other_offers: int
    cheapest_other_price: Decimal | None
    cheapest_other_supplier_id: int | None
    reason: Reason

    @property
    def needed(self) -> bool:
        return self.reason.trigger is not Trigger.NOT_NEEDED


@dataclass(frozen=True)
class SupplierGroup:
    """The lines to order from one supplier (``supplier_id`` None: products nobody offers)."""

    supplier_id: int | None
    supplier_name: str
    currency: str
    lead_time_days: int | None
    min_order_amount: Decimal
    lines: list[SuggestionLine]
    total_amount: Decimal
    below_minimum: bool


@dataclass(frozen=True)
class ReorderResult:
    as_of: date
    window_start: date  # the first day of the window; the last is the day before as_of
    products_considered: int
    groups: list[SupplierGroup]


class _Offer(NamedTuple):
    offer_id: int
    supplier_id: int
    supplier_sku: str
    price: Decimal
    pack_size: Decimal
    min_order_qty: Decimal
    stock: Decimal | None
    lead_time_days: int


class _Plan(NamedTuple):
    lead_time_days: int
    reorder_point: Decimal
    target: Decimal
    raw_need: Decimal
    trigger: Trigger
    quantity: Decimal
    rounding: tuple[Rounding, ...]


# --- the arithmetic ---------------------------------------------------------------------

def days_in_stock(on_hand_now: Decimal, moves: Sequence[tuple[int, Decimal, Decimal]], window_days: int) -> int:
    """Days ``0 .. window_days-1`` on which on hand was above zero at some point.

    ``moves`` holds ``(day index, net change, inflow)`` latest first; days at or past
    ``window_days`` are after the window and only rewind the balance.
    """
    balance = on_hand_now  # at the end of the day before ``upper``
    upper = window_days
    count = 0
    for day, net, inflow in moves:
        if day >= window_days:
            balance -= net
            continue
        if balance > 0:
            count += upper - day - 1  # the quiet days between this one and the next with moves
        opening = balance - net
        if opening + inflow > 0:
            count += 1
        balance = opening
        upper = day
    if balance > 0:
        count += upper
    return count


def order_quantity(raw_need: Decimal, min_order_qty: Decimal, pack_size: Decimal,
                   whole_units: bool) -> tuple[Decimal, tuple[Rounding, ...]]:
    """``max(raw_need, min_order_qty)`` rounded up to a multiple of ``pack_size``."""
    rounding: list[Rounding] = []
    base = raw_need
    if min_order_qty > base:
        base = min_order_qty
        rounding.append(Rounding.MIN_ORDER_QTY)
    quantity = (base / pack_size).to_integral_value(ROUND_CEILING) * pack_size
    if whole_units:
        quantity = quantity.to_integral_value(ROUND_CEILING)
    quantity = quantity.quantize(QTY_PLACES, ROUND_CEILING)
    if quantity > base:
        rounding.append(Rounding.WHOLE_UNITS if whole_units and pack_size == ONE else Rounding.PACK_SIZE)
    return quantity, tuple(rounding)


def _plan(rate: Decimal, safety: Decimal, position: Decimal, cover_days: int, lead_time_days: int,
          min_order_qty: Decimal, pack_size: Decimal, whole_units: bool) -> _Plan:
    reorder_point = (rate * lead_time_days + safety).quantize(QTY_PLACES, ROUND_HALF_UP)
    target = (reorder_point + rate * cover_days).quantize(QTY_PLACES, ROUND_HALF_UP)
    raw_need = target - position
    if position > reorder_point or raw_need <= ZERO:
        return _Plan(lead_time_days, reorder_point, target, raw_need, Trigger.NOT_NEEDED, ZERO, ())
    trigger = Trigger.BACKORDER if position < ZERO else Trigger.BELOW_REORDER_POINT
    quantity, rounding = order_quantity(raw_need, min_order_qty, pack_size, whole_units)
    return _Plan(lead_time_days, reorder_point, target, raw_need, trigger, quantity, rounding)


def _pick(plans: list[tuple[_Offer, _Plan]]) -> tuple[_Offer, _Plan, SupplierPick]:
    """The offer to order from: enough (or unknown) stock, then price, then lead time."""
    if len(plans) == 1:
        offer, plan = plans[0]
        short = offer.stock is not None and offer.stock < plan.quantity
        return offer, plan, SupplierPick.MOST_STOCK if short else SupplierPick.ONLY_OFFER
    covered = [(o, p) for o, p in plans if o.stock is None or o.stock >= p.quantity]
    if not covered:
        offer, plan = min(plans, key=lambda op: (-(op[0].stock or ZERO), op[0].price, op[0].lead_time_days,
                                                 op[0].offer_id))
        return offer, plan, SupplierPick.MOST_STOCK
    offer, plan = min(covered, key=lambda op: (op[0].price, op[0].lead_time_days, op[0].offer_id))
    if all(offer.price <= o.price for o, _p in plans):
        return offer, plan, SupplierPick.CHEAPEST
    return offer, plan, SupplierPick.CHEAPEST_WITH_STOCK


# --- the suggestions --------------------------------------------------------------------

def _window(params: ReorderParams) -> tuple[date, Window]:
    if params.window_days < 1:
        raise ValidationError("The sales window must be at least one day, not {days}.", days=params.window_days)
    if params.cover_days < 0:
        raise ValidationError("The days to cover can't be negative ({days}).", days=params.cover_days)
    as_of = params.as_of or utcnow().date()
    first_day = as_of - timedelta(days=params.window_days)
    start = datetime.combine(first_day, time(), timezone.utc)
    end = datetime.combine(as_of, time(), timezone.utc)
    return as_of, Window(first_day, start, end, params.window_days)


def _rate(sold: Decimal, in_stock: int, window_days: int) -> tuple[Decimal, RateBasis]:
    if sold <= ZERO:
        return ZERO, RateBasis.NO_SALES
    if in_stock == 0:
        return (sold / window_days).quantize(RATE_PLACES, ROUND_HALF_UP), RateBasis.NEVER_IN_STOCK
    basis = RateBasis.ALL_DAYS_IN_STOCK if in_stock >= window_days else RateBasis.STOCK_OUT_DAYS_LEFT_OUT
    return (sold / in_stock).quantize(RATE_PLACES, ROUND_HALF_UP), basis


class _Numbers(dict[Any, Decimal]):
    """The Decimal of each number as read (text, or the int or float whose ``str`` is the
    stored decimal), made once: the same quantities, prices and pack sizes recur across
    thousands of products. (SQLite stores an integral NUMERIC as an integer, so an int and
    an equal float never both turn up as keys.)"""

    def __missing__(self, raw: Any) -> Decimal:
        value = self[raw] = Decimal(str(raw))
        return value


class _Memo:
    """The arithmetic of one calculation, each result made once per distinct input.

    A shop's quantities are small numbers, so tens of thousands of products share a few
    thousand combinations of sales, days in stock, safety stock, position, lead time and
    order rules (on the benchmark store 43 000 plans have 6 600 distinct inputs). Every
    result is rounded to fixed places, so inputs that are equal but written with other
    places (``5`` and ``5.000``) share one without changing any figure.
    """

    __slots__ = ("window_days", "cover_days", "number", "_rates", "_points", "_plans")

    def __init__(self, window_days: int, cover_days: int) -> None:
        self.window_days = window_days
        self.cover_days = cover_days
        self.number = _Numbers()
        self._rates: dict[tuple[Decimal, int], tuple[Decimal, RateBasis]] = {}
        self._points: dict[tuple[Decimal, int, Decimal], Decimal] = {}
        self._plans: dict[tuple[Any, ...], _Plan] = {}

    def rate(self, sold: Decimal, in_stock: int) -> tuple[Decimal, RateBasis]:
        key = (sold, in_stock)
        rated = self._rates.get(key)
        if rated is None:
            rated = self._rates[key] = _rate(sold, in_stock, self.window_days)
        return rated

    def reorder_point(self, rate: Decimal, lead_time_days: int, safety: Decimal) -> Decimal:
        key = (rate, lead_time_days, safety)
        point = self._points.get(key)
        if point is None:
            point = self._points[key] = (rate * lead_time_days + safety).quantize(QTY_PLACES, ROUND_HALF_UP)
        return point

    def plan(self, stock_key: tuple[Any, ...], rate: Decimal, safety: Decimal, position: Decimal, lead_time_days: int,
             min_order_qty: Decimal, pack_size: Decimal, whole_units: bool) -> _Plan:
        """The plan for these figures; ``stock_key`` is the product's quantities as read,
        which give ``position`` (a Decimal just computed hashes a hundred times slower
        than the text it came from)."""
        key = (stock_key, rate, safety, lead_time_days, min_order_qty, pack_size, whole_units)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = _plan(rate, safety, position, self.cover_days, lead_time_days, min_order_qty,
                                            pack_size, whole_units)
        return plan


def _offers(rows: list[Any], number: _Numbers) -> list[_Offer]:
    """A product's offers from its rows (see ``reorder_facts``), none when its only row has no offer."""
    if rows[0][facts.OFFER_ID] is None:
        return []
    offers = []
    for row in rows:
        offer_id, supplier_id, supplier_sku, price, pack, moq, stock, lead = row[facts.OFFER_ID:]
        offers.append(_Offer(offer_id, supplier_id, supplier_sku, number[price], number[pack], number[moq],
                             None if stock is None else number[stock], lead))
    return offers


def _suggest(params: ReorderParams, rows: list[Any], ledger: dict[int, list[tuple[int, Decimal, Decimal]]],
             memo: _Memo) -> SuggestionLine | None:
    """One product's line from its rows (one per offer, see ``reorder_facts``), or None
    when it is left out."""
    first = rows[0]
    pid, sku, name, unit, safety, on_hand, sold, reserved, on_order, drafts = first[:facts.OFFER_ID]
    number = memo.number
    safety, on_hand, sold = number[safety], number[on_hand], number[sold]
    reserved, on_order, drafts = number[reserved], number[on_order], number[drafts]
    position = on_hand - reserved + on_order + drafts
    only_needed = params.only_needed
    if only_needed and sold <= ZERO and safety <= ZERO and position >= ZERO:
        return None  # no demand and nothing owed: never needed
    window = params.window_days
    moves = ledger.get(pid)
    in_stock = days_in_stock(on_hand, moves, window) if moves else (window if on_hand > ZERO else 0)
    rate, basis = memo.rate(sold, in_stock)
    if only_needed and position >= ZERO:
        if first[facts.OFFER_ID] is None:
            longest = DEFAULT_LEAD_TIME_DAYS
        else:
            longest = first[facts.OFFER_LEAD] if len(rows) == 1 else max(row[facts.OFFER_LEAD] for row in rows)
        if position > memo.reorder_point(rate, longest, safety):
            return None  # above the reorder point whichever supplier it comes from
    whole = unit in WHOLE_UNITS
    stock_key = first[facts.ON_HAND:facts.OFFER_ID]
    offers = _offers(rows, number)
    candidates = offers if params.supplier_id is None else [o for o in offers if o.supplier_id == params.supplier_id]
    offer: _Offer | None
    if candidates:
        offer, plan, pick = _pick([
            (o, memo.plan(stock_key, rate, safety, position, o.lead_time_days, o.min_order_qty, o.pack_size, whole))
            for o in candidates
        ])
    else:
        offer, pick = None, SupplierPick.NO_OFFER
        plan = memo.plan(stock_key, rate, safety, position, DEFAULT_LEAD_TIME_DAYS, ZERO, ONE, whole)
    lead_time_days, reorder_point, target, raw_need, trigger, quantity, rounding = plan
    if only_needed and trigger is Trigger.NOT_NEEDED:
        return None
    others = [o for o in offers if o is not offer] if len(offers) > 1 or offer is None else []
    cheapest_other = min(others, key=lambda o: (o.price, o.lead_time_days, o.offer_id)) if others else None
    # Positional, in the order of the fields: a keyword call costs twice as much here.
    return SuggestionLine(
        pid, sku, name, unit,
        offer.supplier_id if offer else None, offer.supplier_sku if offer else "",  # supplier_id, supplier_sku
        sold, in_stock, window, rate,  # sold_in_window, days_in_stock, window_days, daily_rate
        lead_time_days, safety, on_hand, reserved, on_order, drafts,  # ... in_draft_orders
        position, reorder_point, target, raw_need,  # position, reorder_point, target_level, raw_need
        offer.min_order_qty if offer else ZERO, offer.pack_size if offer else ONE, quantity,
        offer.price if offer else None,  # unit_price
        money(quantity * offer.price) if offer else ZERO,  # amount
        offer.stock if offer else None, pick is SupplierPick.MOST_STOCK,  # supplier_stock, supplier_stock_short
        len(others), cheapest_other.price if cheapest_other else None,  # other_offers, cheapest_other_price
        cheapest_other.supplier_id if cheapest_other else None,  # cheapest_other_supplier_id
        _reason(trigger, basis, rounding, pick),
    )


def compute_suggestions(session: Session, params: ReorderParams, progress: Progress | None = None) -> ReorderResult:
    """Reorder suggestions for every product, grouped per supplier (see the module docstring)."""
    as_of, window = _window(params)
    stages = list(Stage)

    def report(stage: Stage) -> None:
        if progress is not None:
            progress(stages.index(stage), len(stages), stage.value)

    report(Stage.PRODUCTS)
    suppliers = facts.suppliers(session)
    considered, ids = facts.planned_ids(session, params.category_id)
    # The longest lead time any product can have bounds the reorder points the store
    # leaves out (see ``reorder_facts``).
    longest = max([DEFAULT_LEAD_TIME_DAYS, *(info.lead_time_days for info in suppliers.values())])
    with collector_paused():
        chunks = _chunks(ids, considered) if session.get_bind().dialect.name == "postgresql" else [None]
        lines = _lines_per_supplier(session, params, window, longest, chunks, report)
        groups = [_group(sid, suppliers.get(sid) if sid is not None else None, group_lines)
                  for sid, group_lines in lines.items()]
    groups.sort(key=lambda g: (g.supplier_id is None, g.supplier_name.casefold(), g.supplier_id or 0))
    if progress is not None:
        progress(len(stages), len(stages), Stage.SUGGESTIONS.value)
    return ReorderResult(as_of=as_of, window_start=window.first_day, products_considered=considered, groups=groups)


def _chunks(ids: range, considered: int) -> list[range | None]:
    """The planned ids in ranges of about ``CHUNK_PRODUCTS`` products each (equal spans of
    ids: a store's ids are dense enough that the products spread evenly), or one chunk of
    every product (None) when there are no more than that."""
    count = -(-considered // CHUNK_PRODUCTS)
    if count < 2:
        return [None]
    span = -(-len(ids) // count)
    return [range(first, min(first + span, ids.stop)) for first in range(ids.start, ids.stop, span)]


def _lines_per_supplier(session: Session, params: ReorderParams, window: Window, longest_lead: int,
                        chunks: list[range | None], report: Callable[[Stage], None],
                        ) -> dict[int | None, list[SuggestionLine]]:
    """The lines per supplier id (None: no offer).

    The caller's session reads one chunk of products (their rows, then the ledger of
    those that may have run out) while a worker thread makes the lines of the chunk read
    before: psycopg lets go of the interpreter while the server works, so the server's
    part and Python's run side by side. Only this thread touches the session; only the
    worker touches the memo and the lines until it has finished. Every chunk is read in
    the session's one transaction, so all of them see the same data (and ``SET LOCAL``
    holds for each). A single chunk (SQLite, a small store) is made here, with no worker.

    Called inside the collector's pause: each chunk's rows and ledger are freed once its
    lines are made, so the collector's first pass afterwards walks the lines alone."""
    lines: dict[int | None, list[SuggestionLine]] = {}
    memo = _Memo(params.window_days, params.cover_days)

    def suggest(products: dict[int, list[Any]], ledger: dict[int, list[tuple[int, Decimal, Decimal]]]) -> None:
        for rows in products.values():
            line = _suggest(params, rows, ledger, memo)
            if line is not None:
                lines.setdefault(line.supplier_id, []).append(line)

    reads = _read_chunks(session, params, window, longest_lead, chunks, facts.received(session, window.start), report)
    if len(chunks) == 1:
        for products, ledger in reads:
            suggest(products, ledger)
        return lines
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="reorder-lines") as worker:
        made: Future[None] | None = None
        for products, ledger in reads:
            if made is not None:
                made.result()  # the chunk before is done (or its error is raised here)
            made = worker.submit(suggest, products, ledger)
        if made is not None:
            made.result()
    return lines


def _read_chunks(session: Session, params: ReorderParams, window: Window, longest_lead: int,
                 chunks: list[range | None],
                 received: dict[int, Decimal], report: Callable[[Stage], None],
                 ) -> Iterator[tuple[dict[int, list[Any]], dict[int, list[tuple[int, Decimal, Decimal]]]]]:
    """Each chunk's product rows and the ledger days of those that may have run out. The
    stages are reported as first reached: the ledger after the first chunk's rows, the
    suggestions once every chunk is read (only the last chunk's lines are left then)."""
    for index, ids in enumerate(chunks):
        products = facts.product_rows(session, window, category_id=params.category_id,
                                      supplier_id=params.supplier_id,
                                      needed_with_lead=longest_lead if params.only_needed else None, ids=ids)
        if index == 0:
            report(Stage.LEDGER)
        ledger = facts.ledger_days(session, facts.may_have_run_out(products, received), window)
        if index == len(chunks) - 1:
            report(Stage.SUGGESTIONS)
        yield products, ledger


def _group(supplier_id: int | None, info: SupplierInfo | None, lines: list[SuggestionLine]) -> SupplierGroup:
    lines.sort(key=lambda ln: (ln.name.casefold(), ln.product_id))
    total = sum((ln.amount for ln in lines), ZERO)
    if info is None:
        return SupplierGroup(None, "", "", None, ZERO, lines, total, False)
    return SupplierGroup(
        supplier_id=supplier_id, supplier_name=info.name, currency=info.currency,
        lead_time_days=info.lead_time_days, min_order_amount=info.min_order_amount, lines=lines,
        total_amount=total, below_minimum=total < info.min_order_amount,
    )


def create_order_from_group(session: Session, actor: Actor, supplier_id: int,
                            picks: Sequence[tuple[int, Decimal]]) -> int:
    """A draft purchase order from the ticked lines of a group, as the user left them:
    ``(product_id, quantity)`` pairs, priced from the supplier's offers, expected after
    the supplier's lead time. Returns the order id."""
    require(actor, Permission.MANAGE_PURCHASING)
    if not picks:
        raise ValidationError("Tick at least one suggestion to order.")
    supplier = session.get(Supplier, supplier_id)
    expected = utcnow().date() + timedelta(days=supplier.lead_time_days) if supplier is not None else None
    return create_order(session, actor, supplier_id, [NewLine(pid, qty) for pid, qty in picks],
                        expected_date=expected)


__all__ = [
    "DEMAND_STATUSES", "DRAFT_STATES", "Progress", "RateBasis", "Reason", "ReorderParams", "ReorderResult",
    "Rounding", "Stage", "SuggestionLine", "SupplierGroup", "SupplierPick", "Trigger", "compute_suggestions",
    "create_order_from_group", "days_in_stock", "order_quantity",
]
