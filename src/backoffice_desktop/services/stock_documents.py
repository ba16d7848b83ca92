"""Stock documents: adjustments, write-offs, transfers between bins and stock counts.

One function per thing a clerk does. Writes check :data:`Permission.MANAGE_STOCK`, take a
session and never commit: the caller's ``store.session()`` is the one transaction, so
a refused call leaves nothing behind. Reads need no permission beyond being logged in.

A document goes draft → posted (or cancelled). Every edit of a draft locks the document
row and bumps its version, so a workstation posting an old view is told so. Posting
locks the document (``SELECT ... FOR UPDATE``; SQLite's writers are serialised anyway),
refuses a stale version or a second posting, locks the products in id order (the order
receiving uses, so concurrent postings queue instead of deadlocking), takes the number
from the per-type sequence, and posts the moves through :func:`services.stock.post_moves`
— the ledger's single writer, which also refuses negative stock unless allowed. Drafts
carry a unique stand-in number (``DRAFT-…``) until then, so numbers stay gap-free.

Moves are valued at the product's moving average cost at posting; none of these
documents changes the average (only receipts do).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import insert, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ..errors import ConflictError, NotFound, ValidationError
from ..models import (
    STORAGE_KINDS,
    Category,
    DocumentState,
    Location,
    LocationKind,
    Product,
    ProductBarcode,
    StockDocument,
    StockDocumentKind,
    StockDocumentLine,
    StockLevel,
    User,
    utcnow,
)
from . import audit, sequences
from .permissions import Actor, Permission, require
from .stock import LevelDiscrepancy, MoveRequest, check_levels, ensure_virtual_locations, post_moves
from .stock_queries import DRAFT_NUMBER_PREFIX, display_number, money

ZERO = Decimal(0)
QTY_PLACES = Decimal("0.001")
#: Units that are counted whole.
WHOLE_UNITS = ("pcs", "pack")
_STORAGE_VALUES = [k.value for k in STORAGE_KINDS]
#: A count's ``reason`` column holds its options (the model has no column for them).
BLIND_MARK = "blind"


class WriteOffReason(enum.StrEnum):
    """Why goods are written off; stored on the line as ``code`` or ``code: text``."""

    DAMAGED = "damaged"
    EXPIRED = "expired"
    DEFECTIVE = "defective"
    LOST = "lost"
    OTHER = "other"  # needs a free-text explanation


_KIND_TITLES = {
    StockDocumentKind.ADJUSTMENT.value: "Adjustment",
    StockDocumentKind.WRITE_OFF.value: "Write-off",
    StockDocumentKind.TRANSFER.value: "Transfer",
    StockDocumentKind.COUNT.value: "Stock count",
    StockDocumentKind.SUPPLIER_RETURN.value: "Return to supplier",
}
LINE_KINDS = (StockDocumentKind.ADJUSTMENT, StockDocumentKind.WRITE_OFF, StockDocumentKind.TRANSFER)


# --- plain data handed to the UI -----------------------------------------------------


@dataclass(frozen=True)
class LineInput:
    """A line as the user typed it.

    ``quantity``: signed (non-zero) change for adjustments, the moved quantity (> 0) for
    write-offs and transfers; a Decimal, or text such as ``"1,5"``.
    ``location_id``: the bin (the *from* bin of a transfer); ``to_location_id``: a
    transfer's destination bin. ``reason_code``: a :class:`WriteOffReason` for
    write-offs; ``reason``: free text (required for adjustments unless the document has
    a reason, and for the write-off reason ``other``).
    """

    product_id: int
    quantity: Decimal | str | int
    location_id: int
    to_location_id: int | None = None
    reason_code: str = ""
    reason: str = ""


@dataclass(frozen=True)
class LineSaved:
    document_id: int
    line_id: int
    version: int  # the document's new version


@dataclass(frozen=True)
class DocumentLineView:
    id: int
    product_id: int
    sku: str
    name: str
    unit: str
    location_id: int | None
    location_code: str
    to_location_id: int | None
    to_location_code: str
    quantity: Decimal  # signed for adjustments and posted counts; 0 for a count draft
    reason_code: str
    reason: str
    unit_cost: Decimal  # the average cost: at posting, or today for a draft
    value: Decimal  # quantity × unit cost, to the cent
    expected: Decimal | None  # counts only; None while hidden (blind draft)
    counted: Decimal | None  # counts only


@dataclass(frozen=True)
class StockDocumentView:
    id: int
    number: str  # "" while a draft
    kind: str
    state: str
    version: int
    reason: str
    notes: str
    blind: bool
    location_code: str
    author: str
    posted_by: str
    created_at: datetime
    posted_at: datetime | None
    lines: list[DocumentLineView]
    total_value: Decimal

    @property
    def is_draft(self) -> bool:
        return self.state == DocumentState.DRAFT.value


@dataclass(frozen=True)
class CountEntry:
    """What a count entry (typed or scanned) did, for the clerk's feedback."""

    document_id: int
    line_id: int
    product_id: int
    sku: str
    name: str
    location_id: int
    added: Decimal  # what this scan added (0 when a total was typed)
    counted: Decimal | None
    new_line: bool  # the product wasn't expected in that bin
    version: int


@dataclass(frozen=True)
class CountSheetRow:
    line_id: int
    product_id: int
    sku: str
    name: str
    unit: str
    location_id: int
    location_code: str
    expected: Decimal | None  # None when hidden
    counted: Decimal | None  # None while not counted
    expected_hidden: bool


@dataclass(frozen=True)
class CountSheet:
    document_id: int
    number: str
    state: str
    version: int
    blind: bool
    rows: list[CountSheetRow]
    counted_lines: int
    total_lines: int


@dataclass(frozen=True)
class VarianceLine:
    line_id: int
    product_id: int
    sku: str
    name: str
    unit: str
    location_code: str
    expected_at_start: Decimal  # the snapshot taken when the count started (or the line was added)
    expected: Decimal  # what the ledger said when the line was counted (today, if not counted)
    counted: Decimal | None
    difference: Decimal | None  # counted − expected; None while not counted
    unit_cost: Decimal
    value: Decimal | None  # difference × unit cost, to the cent


@dataclass(frozen=True)
class VarianceReport:
    document_id: int
    number: str
    state: str
    lines: list[VarianceLine]
    uncounted: int
    surplus_value: Decimal  # sum of positive line values
    shortage_value: Decimal  # sum of negative line values (a negative amount)
    net_value: Decimal


# --- helpers ---------------------------------------------------------------------------


def _label(doc: StockDocument) -> str:
    """How messages name a document: its number, or "#12" while a draft."""
    return display_number(doc.number) or f"#{doc.id}"


def _get(session: Session, document_id: int, lock: bool = False) -> StockDocument:
    stmt = select(StockDocument).where(StockDocument.id == document_id).execution_options(populate_existing=True)
    if lock:
        stmt = stmt.with_for_update()
    doc = session.execute(stmt).scalar_one_or_none()
    if doc is None:
        raise NotFound("Stock document #{document_id} does not exist.", document_id=document_id)
    return doc


def _draft(session: Session, document_id: int) -> StockDocument:
    """The document, locked for editing; refuses a posted or cancelled one."""
    doc = _get(session, document_id, lock=True)
    if doc.state == DocumentState.POSTED.value:
        raise ValidationError("Document {number} is posted and can't be changed.", number=_label(doc))
    if doc.state != DocumentState.DRAFT.value:
        raise ValidationError("Document {number} is cancelled and can't be changed.", number=_label(doc))
    return doc


def _touch(session: Session, doc: StockDocument) -> int:
    """Bump the document's version: anyone holding an older view is told at posting."""
    flag_modified(doc, "notes")
    session.flush()
    return doc.version


def _product(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound("Product #{product_id} does not exist.", product_id=product_id)
    return product


def _storage(session: Session, location_id: int | None) -> Location:
    if location_id is None:
        raise ValidationError("Choose a bin.")
    loc = session.get(Location, location_id)
    if loc is None:
        raise NotFound("Location #{location_id} does not exist.", location_id=location_id)
    if loc.kind not in _STORAGE_VALUES:
        raise ValidationError("{location} is not a bin: stock can only be kept in bins and quarantine.",
                              location=loc.code)
    if not loc.is_active:
        raise ValidationError("Bin {location} is closed.", location=loc.code)
    return loc


def parse_quantity(value: Decimal | str | int) -> Decimal:
    """A quantity typed by a person (``1,5``, ``12``) or given as a number."""
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int) and not isinstance(value, bool):
        result = Decimal(value)
    else:
        text = str(value).replace("\u00a0", "").replace(" ", "").replace(",", ".").strip()
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise ValidationError("'{text}' is not a quantity; expected a number such as 12 or 1,5.",
                                  text=str(value)) from None
    if not result.is_finite():
        raise ValidationError("'{text}' is not a quantity; expected a number such as 12 or 1,5.", text=str(value))
    return result


def check_quantity(value: Decimal | str | int, product: Product, signed: bool = False,
                    allow_zero: bool = False) -> Decimal:
    qty = parse_quantity(value)
    if (qty < 0 and not signed) or (qty == 0 and not allow_zero):
        if signed:
            raise ValidationError("An adjustment needs a quantity other than zero.")
        raise ValidationError("The quantity must be more than zero, not {quantity}.", quantity=qty)
    if qty != qty.quantize(QTY_PLACES):
        raise ValidationError("'{text}' has more than three decimal places.", text=qty)
    if abs(qty) >= Decimal("1e11"):
        raise ValidationError("'{text}' is too large for a quantity.", text=qty)
    if product.unit in WHOLE_UNITS and qty != qty.to_integral_value():
        raise ValidationError("{sku} is counted in whole units ({unit}); {quantity} is not a whole number.",
                              sku=product.sku, unit=product.unit, quantity=qty)
    return qty


def _split_reason(stored: str) -> tuple[str, str]:
    code, sep, text = stored.partition(": ")
    if code in {r.value for r in WriteOffReason}:
        return code, text if sep else ""
    return "", stored


def _new_document(session: Session, actor: Actor, kind: StockDocumentKind, reason: str = "", notes: str = "",
                  location_id: int | None = None) -> StockDocument:
    doc = StockDocument(
        number=DRAFT_NUMBER_PREFIX + uuid.uuid4().hex[:20],
        kind=kind.value,
        state=DocumentState.DRAFT.value,
        reason=reason.strip()[:200],
        notes=notes,
        location_id=location_id,
        author_id=actor.user_id,
    )
    session.add(doc)
    session.flush()
    return doc


# --- adjustments, write-offs, transfers ------------------------------------------------


def create_adjustment(session: Session, actor: Actor, reason: str = "", notes: str = "") -> int:
    """A draft adjustment: signed quantities per bin, each with a reason (the document's
    ``reason`` is used for lines without one). + comes from the inventory location, −
    goes to it. Returns the document id."""
    require(actor, Permission.MANAGE_STOCK)
    doc = _new_document(session, actor, StockDocumentKind.ADJUSTMENT, reason, notes)
    audit.record(session, actor, "create", "stock_document", doc.id, "kind", None, doc.kind)
    return doc.id


def create_write_off(session: Session, actor: Actor, notes: str = "") -> int:
    """A draft write-off: quantities out of bins to the scrap location, a reason code per line."""
    require(actor, Permission.MANAGE_STOCK)
    doc = _new_document(session, actor, StockDocumentKind.WRITE_OFF, "", notes)
    audit.record(session, actor, "create", "stock_document", doc.id, "kind", None, doc.kind)
    return doc.id


def create_transfer(session: Session, actor: Actor, notes: str = "") -> int:
    """A draft transfer: quantities from one bin to another."""
    require(actor, Permission.MANAGE_STOCK)
    doc = _new_document(session, actor, StockDocumentKind.TRANSFER, "", notes)
    audit.record(session, actor, "create", "stock_document", doc.id, "kind", None, doc.kind)
    return doc.id


def set_document_notes(session: Session, actor: Actor, document_id: int, notes: str,
                       reason: str | None = None) -> int:
    """Change a draft's notes (and an adjustment's default reason); returns the new version."""
    require(actor, Permission.MANAGE_STOCK)
    doc = _draft(session, document_id)
    doc.notes = notes
    if reason is not None and doc.kind == StockDocumentKind.ADJUSTMENT.value:
        doc.reason = reason.strip()[:200]
    return _touch(session, doc)


def _apply_line(session: Session, doc: StockDocument, line: StockDocumentLine, data: LineInput) -> None:
    """Validate ``data`` for the document's kind and copy it onto ``line`` (nothing is
    written when it is refused: the line is only added to the session afterwards)."""
    product = _product(session, data.product_id)
    src = _storage(session, data.location_id)
    reason = data.reason.strip()
    kind = doc.kind
    to_id: int | None = None
    if kind == StockDocumentKind.ADJUSTMENT.value:
        qty = check_quantity(data.quantity, product, signed=True)
        if not reason and not doc.reason:
            raise ValidationError("Give a reason for adjusting {sku}.", sku=product.sku)
        stored_reason = reason
    elif kind == StockDocumentKind.WRITE_OFF.value:
        qty = check_quantity(data.quantity, product)
        code = data.reason_code.strip()
        if not code:
            raise ValidationError("Choose why {sku} is written off.", sku=product.sku)
        if code not in {r.value for r in WriteOffReason}:
            raise ValidationError("'{code}' is not a write-off reason.", code=code)
        if code == WriteOffReason.OTHER.value and not reason:
            raise ValidationError("Describe why {sku} is written off.", sku=product.sku)
        stored_reason = f"{code}: {reason}" if reason else code
    elif kind == StockDocumentKind.SUPPLIER_RETURN.value:
        qty = check_quantity(data.quantity, product)
        to_id = ensure_virtual_locations(session)[LocationKind.SUPPLIER]
        stored_reason = reason or doc.reason
    elif kind == StockDocumentKind.TRANSFER.value:
        qty = check_quantity(data.quantity, product)
        dst = _storage(session, data.to_location_id)
        if dst.id == src.id:
            raise ValidationError("A transfer needs two different bins; {location} is both.", location=src.code)
        to_id = dst.id
        stored_reason = reason
    else:
        raise ValidationError("Lines of a stock count are entered by counting, not added by hand.")
    if len(stored_reason) > 200:
        raise ValidationError("The reason is too long (at most 200 characters).")
    line.product_id = product.id
    line.location_id = src.id
    line.to_location_id = to_id
    line.quantity = qty
    line.reason = stored_reason
    line.unit_cost = product.average_cost


def add_line(session: Session, actor: Actor, document_id: int, data: LineInput) -> LineSaved:
    """Add a line to a draft adjustment, write-off or transfer."""
    require(actor, Permission.MANAGE_STOCK)
    doc = _draft(session, document_id)
    line = StockDocumentLine(document_id=doc.id)
    _apply_line(session, doc, line, data)
    session.add(line)
    session.flush()
    return LineSaved(doc.id, line.id, _touch(session, doc))


def _line(session: Session, line_id: int) -> tuple[StockDocumentLine, StockDocument]:
    document_id = session.scalar(select(StockDocumentLine.document_id).where(StockDocumentLine.id == line_id))
    if document_id is None:
        raise NotFound("Document line #{line_id} does not exist.", line_id=line_id)
    doc = _draft(session, document_id)
    line = session.get(StockDocumentLine, line_id)
    assert line is not None
    return line, doc


def update_line(session: Session, actor: Actor, line_id: int, data: LineInput) -> LineSaved:
    """Replace a draft line's product, bins, quantity and reason."""
    require(actor, Permission.MANAGE_STOCK)
    line, doc = _line(session, line_id)
    scratch = StockDocumentLine(document_id=doc.id)
    _apply_line(session, doc, scratch, data)  # validate everything before changing anything
    for attr in ("product_id", "location_id", "to_location_id", "quantity", "reason", "unit_cost"):
        setattr(line, attr, getattr(scratch, attr))
    return LineSaved(doc.id, line.id, _touch(session, doc))


def remove_line(session: Session, actor: Actor, line_id: int) -> int:
    """Delete a line from a draft (a count's too); returns the document's new version."""
    require(actor, Permission.MANAGE_STOCK)
    line, doc = _line(session, line_id)
    session.delete(line)
    session.flush()
    return _touch(session, doc)


def cancel_document(session: Session, actor: Actor, document_id: int) -> None:
    """Drop a draft: it stays listed as cancelled. A posted document is corrected by a new one."""
    require(actor, Permission.MANAGE_STOCK)
    doc = _get(session, document_id, lock=True)
    if doc.state == DocumentState.POSTED.value:
        raise ValidationError(
            "Document {number} is posted and can't be cancelled; correct it with a new adjustment.",
            number=_label(doc),
        )
    if doc.state == DocumentState.CANCELLED.value:
        raise ValidationError("Document {number} is already cancelled.", number=_label(doc))
    doc.state = DocumentState.CANCELLED.value
    audit.record(session, actor, "cancel", "stock_document", doc.id, "state", DocumentState.DRAFT.value,
                 DocumentState.CANCELLED.value)
    session.flush()


def _lock_for_posting(session: Session, actor: Actor, document_id: int, expected_version: int) -> StockDocument:
    require(actor, Permission.MANAGE_STOCK)
    doc = _get(session, document_id, lock=True)
    if doc.state == DocumentState.POSTED.value:
        raise ConflictError("Document {number} is already posted.", number=_label(doc))
    if doc.state != DocumentState.DRAFT.value:
        raise ValidationError("Document {number} is cancelled and can't be posted.", number=_label(doc))
    if doc.version != expected_version:
        raise ConflictError(
            "Document {number} was changed on another workstation (version {version}, you saw version "
            "{expected_version}). Check it again before posting.",
            number=_label(doc), version=doc.version, expected_version=expected_version,
        )
    return doc


def _lock_products(session: Session, product_ids: Sequence[int]) -> dict[int, Product]:
    """Lock the products in id order (as receiving does) and return them fresh."""
    ids = sorted(set(product_ids))
    if not ids:
        return {}
    rows = session.execute(
        select(Product).where(Product.id.in_(ids)).order_by(Product.id)
        .with_for_update().execution_options(populate_existing=True)
    ).scalars()
    return {p.id: p for p in rows}


def _finish_posting(session: Session, actor: Actor, doc: StockDocument, number: str) -> None:
    doc.number = number
    doc.state = DocumentState.POSTED.value
    doc.posted_by_id = actor.user_id
    doc.posted_at = utcnow()
    audit.record(session, actor, "post", "stock_document", doc.id, "state", DocumentState.DRAFT.value,
                 DocumentState.POSTED.value, document_number=number)
    session.flush()


def post_document(session: Session, actor: Actor, document_id: int, expected_version: int) -> str:
    """Post a draft adjustment, write-off, transfer or return to a supplier (of unsold
    goods, see ``supplier_returns.start_unsold_returns``) in one transaction; returns its number.

    Refuses a document posted meanwhile (second click, second workstation) or changed
    since ``expected_version``, an empty one, a count (use :func:`post_count`), and
    anything that would take stock below zero (unless the settings allow it).
    """
    doc = _lock_for_posting(session, actor, document_id, expected_version)
    if doc.kind == StockDocumentKind.COUNT.value:
        raise ValidationError("Post a stock count with its variance report.")
    lines = list(session.scalars(
        select(StockDocumentLine).where(StockDocumentLine.document_id == doc.id).order_by(StockDocumentLine.id)
    ))
    if not lines:
        raise ValidationError("Document {number} has no lines: add the goods first.", number=_label(doc))
    products = _lock_products(session, [line.product_id for line in lines])
    virtual = ensure_virtual_locations(session)
    moves: list[MoveRequest] = []
    for line in lines:
        cost = products[line.product_id].average_cost
        line.unit_cost = cost
        assert line.location_id is not None
        reason = line.reason or doc.reason
        if doc.kind == StockDocumentKind.ADJUSTMENT.value:
            inventory = virtual[LocationKind.INVENTORY]
            if line.quantity > 0:
                moves.append(MoveRequest(line.product_id, line.quantity, inventory, line.location_id, cost, reason))
            else:
                moves.append(MoveRequest(line.product_id, -line.quantity, line.location_id, inventory, cost, reason))
        elif doc.kind == StockDocumentKind.WRITE_OFF.value:
            moves.append(MoveRequest(line.product_id, line.quantity, line.location_id, virtual[LocationKind.SCRAP],
                                     cost, reason))
        elif doc.kind == StockDocumentKind.TRANSFER.value:
            assert line.to_location_id is not None
            moves.append(MoveRequest(line.product_id, line.quantity, line.location_id, line.to_location_id,
                                     cost, reason))
        elif doc.kind == StockDocumentKind.SUPPLIER_RETURN.value:
            moves.append(MoveRequest(line.product_id, line.quantity, line.location_id,
                                     virtual[LocationKind.SUPPLIER], cost, reason))
        else:
            raise ValidationError("Documents of this kind are posted elsewhere.")
    number = sequences.next_number(session, doc.kind)
    post_moves(session, actor, moves, doc.kind, doc.id, number)
    _finish_posting(session, actor, doc, number)
    return number


# --- reading a document ----------------------------------------------------------------


def _names(session: Session, user_ids: set[int | None]) -> dict[int, str]:
    ids = [i for i in user_ids if i is not None]
    if not ids:
        return {}
    return {uid: (full or name) for uid, full, name in
            session.execute(select(User.id, User.full_name, User.username).where(User.id.in_(ids)))}


def _levels(session: Session, keys: set[tuple[int, int]]) -> dict[tuple[int, int], Decimal]:
    """Current levels of (product, location) pairs."""
    if not keys:
        return {}
    pids = {p for p, _ in keys}
    lids = {loc for _, loc in keys}
    found = {
        (pid, lid): Decimal(qty)
        for pid, lid, qty in session.execute(
            select(StockLevel.product_id, StockLevel.location_id, StockLevel.quantity).where(
                StockLevel.product_id.in_(pids), StockLevel.location_id.in_(lids)
            )
        )
    }
    return {key: found.get(key, ZERO) for key in keys}


def get_document(session: Session, document_id: int) -> StockDocumentView:
    """A document with its lines, for the editor (a count's expected quantities are
    hidden while a blind count is a draft; use :func:`count_sheet` for counting)."""
    doc = _get(session, document_id)
    rows = session.execute(
        select(StockDocumentLine, Product.sku, Product.name, Product.unit, Product.average_cost)
        .join(Product, Product.id == StockDocumentLine.product_id)
        .where(StockDocumentLine.document_id == doc.id)
        .order_by(StockDocumentLine.id)
    ).all()
    loc_ids = {r[0].location_id for r in rows} | {r[0].to_location_id for r in rows} | {doc.location_id}
    codes = dict(session.execute(select(Location.id, Location.code).where(Location.id.in_(
        [i for i in loc_ids if i is not None]))).all())
    draft = doc.state == DocumentState.DRAFT.value
    is_count = doc.kind == StockDocumentKind.COUNT.value
    blind = is_count and doc.reason == BLIND_MARK
    lines: list[DocumentLineView] = []
    total = ZERO
    for line, sku, name, unit, avg in rows:
        cost = avg if draft else line.unit_cost
        qty = line.quantity
        if is_count and draft:
            qty = ZERO  # the difference isn't final (nor shown to a blind counter) before posting
        code, text = _split_reason(line.reason) if doc.kind == StockDocumentKind.WRITE_OFF.value else ("", line.reason)
        value = money(qty * cost)
        total += value
        lines.append(DocumentLineView(
            id=line.id, product_id=line.product_id, sku=sku, name=name, unit=unit,
            location_id=line.location_id, location_code=codes.get(line.location_id, ""),
            to_location_id=line.to_location_id, to_location_code=codes.get(line.to_location_id, ""),
            quantity=qty, reason_code=code, reason=text, unit_cost=cost, value=value,
            expected=None if (blind and draft) or not is_count else line.expected_quantity,
            counted=line.counted_quantity if is_count else None,
        ))
    names = _names(session, {doc.author_id, doc.posted_by_id})
    return StockDocumentView(
        id=doc.id, number=display_number(doc.number), kind=doc.kind, state=doc.state, version=doc.version,
        reason="" if is_count else doc.reason, notes=doc.notes, blind=blind,
        location_code=codes.get(doc.location_id, ""),
        author=names.get(doc.author_id, "") if doc.author_id else "",
        posted_by=names.get(doc.posted_by_id, "") if doc.posted_by_id else "",
        created_at=doc.created_at, posted_at=doc.posted_at, lines=lines, total_value=total,
    )


def document_title(kind: str) -> str:
    """English title of a document kind (the UI translates its own labels)."""
    return _KIND_TITLES.get(kind, kind)


# --- stock counts ----------------------------------------------------------------------


def _count_draft(session: Session, document_id: int) -> StockDocument:
    doc = _draft(session, document_id)
    if doc.kind != StockDocumentKind.COUNT.value:
        raise ValidationError("Document {number} is not a stock count.", number=_label(doc))
    return doc


def start_count(
    session: Session,
    actor: Actor,
    location_ids: list[int] | None = None,
    category_id: int | None = None,
    blind: bool = False,
) -> int:
    """Start a stock count of some bins (all bins when None; a warehouse id means its
    bins and quarantine), optionally of one category and its subcategories. What the
    ledger holds there now is copied into the lines as ``expected_quantity`` (one
    ``INSERT ... SELECT``). A blind count hides those figures from :func:`count_sheet`
    until it is posted. Returns the document id.
    """
    require(actor, Permission.MANAGE_STOCK)
    if location_ids is not None:
        if not location_ids:
            raise ValidationError("Choose at least one bin to count.")
        scope: set[int] = set()
        for lid in location_ids:
            loc = session.get(Location, lid)
            if loc is None:
                raise NotFound("Location #{location_id} does not exist.", location_id=lid)
            if loc.kind == LocationKind.WAREHOUSE.value:
                scope |= set(session.scalars(select(Location.id).where(
                    Location.parent_id == loc.id, Location.kind.in_(_STORAGE_VALUES), Location.is_active.is_(True))))
            else:
                scope.add(_storage(session, lid).id)
        if not scope:
            raise ValidationError("Choose at least one bin to count.")
    else:
        scope = set(session.scalars(select(Location.id).where(
            Location.kind == LocationKind.BIN.value, Location.is_active.is_(True))))
    category_name = ""
    if category_id is not None:
        category = session.get(Category, category_id)
        if category is None:
            raise NotFound("Category #{category_id} does not exist.", category_id=category_id)
        category_name = category.name
    single = next(iter(scope)) if len(scope) == 1 else None
    doc = _new_document(session, actor, StockDocumentKind.COUNT, BLIND_MARK if blind else "", "", single)

    snapshot = (
        select(
            literal(doc.id), StockLevel.product_id, StockLevel.location_id, StockLevel.quantity,
            literal(ZERO), literal(ZERO), literal(""),
        )
        .where(StockLevel.location_id.in_(sorted(scope)), StockLevel.quantity != 0)
        .order_by(StockLevel.location_id, StockLevel.product_id)
    )
    if category_id is not None:
        path = select(Category.path).where(Category.id == category_id).scalar_subquery()
        snapshot = snapshot.where(StockLevel.product_id.in_(
            select(Product.id).where(Product.category_id.in_(
                select(Category.id).where(Category.path.like(path + "%"))))))
    session.execute(insert(StockDocumentLine).from_select(
        ["document_id", "product_id", "location_id", "expected_quantity", "quantity", "unit_cost", "reason"],
        snapshot,
    ))
    codes = list(session.scalars(select(Location.code).where(Location.id.in_(scope)).order_by(Location.code)))
    described = ", ".join(codes[:50]) + (f" (+{len(codes) - 50})" if len(codes) > 50 else "")
    if category_name:
        described += f"; category: {category_name}"
    if blind:
        described += "; blind"
    audit.record(session, actor, "create", "stock_document", doc.id, "count_scope", None, described)
    session.flush()
    return doc.id


def _count_line(session: Session, doc: StockDocument, product_id: int, location_id: int
                ) -> tuple[StockDocumentLine, bool]:
    line = session.scalars(
        select(StockDocumentLine).where(
            StockDocumentLine.document_id == doc.id,
            StockDocumentLine.product_id == product_id,
            StockDocumentLine.location_id == location_id,
        ).order_by(StockDocumentLine.id).limit(1)
    ).first()
    if line is not None:
        return line, False
    expected = _levels(session, {(product_id, location_id)})[(product_id, location_id)]
    line = StockDocumentLine(document_id=doc.id, product_id=product_id, location_id=location_id,
                             expected_quantity=expected, quantity=ZERO)
    session.add(line)
    session.flush()
    return line, True


def _set_counted(session: Session, line: StockDocumentLine, counted: Decimal | None) -> None:
    """Record a counted total and the difference against the ledger *as of now*: moves
    posted later (a receipt, a sale) then stay on top of what was counted."""
    line.counted_quantity = counted
    if counted is None:
        line.quantity = ZERO
        return
    assert line.location_id is not None
    book = _levels(session, {(line.product_id, line.location_id)})[(line.product_id, line.location_id)]
    line.quantity = counted - book


def record_count(
    session: Session, actor: Actor, document_id: int, product_id: int, location_id: int,
    counted: Decimal | str | int | None,
) -> CountEntry:
    """Type the counted total of a product in a bin (None clears it). A product that
    wasn't expected there becomes a new line."""
    require(actor, Permission.MANAGE_STOCK)
    doc = _count_draft(session, document_id)
    product = _product(session, product_id)
    loc = _storage(session, location_id)
    qty = None if counted is None else check_quantity(counted, product, allow_zero=True)
    line, new = _count_line(session, doc, product.id, loc.id)
    _set_counted(session, line, qty)
    version = _touch(session, doc)
    return CountEntry(doc.id, line.id, product.id, product.sku, product.name, loc.id, ZERO,
                      line.counted_quantity, new, version)


def _find_by_code(session: Session, code: str) -> tuple[int, Decimal] | None:
    """(product id, units per scan) for a unit or pack barcode, or an exact SKU."""
    found = session.execute(
        select(ProductBarcode.product_id, ProductBarcode.kind, ProductBarcode.pack_quantity)
        .where(ProductBarcode.barcode == code)
    ).first()
    if found is not None:
        pid, kind, pack = found
        return pid, (Decimal(pack) if kind == "pack" else Decimal(1))
    pid = session.scalar(select(Product.id).where(Product.sku == code))
    return (pid, Decimal(1)) if pid is not None else None


def count_by_scan(
    session: Session, actor: Actor, document_id: int, location_id: int, barcode: str,
    quantity: Decimal | str | int = 1,
) -> CountEntry:
    """Add ``quantity`` scans of a barcode to the count of a bin: a unit barcode adds
    one unit each, a pack barcode its pack quantity. Unknown codes are refused."""
    require(actor, Permission.MANAGE_STOCK)
    code = barcode.strip()
    if not code:
        raise ValidationError("Scan a barcode.")
    doc = _count_draft(session, document_id)
    loc = _storage(session, location_id)
    match = _find_by_code(session, code)
    if match is None:
        raise ValidationError("Unknown barcode {barcode}: no product has it.", barcode=code)
    product = _product(session, match[0])
    times = parse_quantity(quantity)
    if times <= 0:
        raise ValidationError("The quantity must be more than zero, not {quantity}.", quantity=times)
    added = check_quantity(times * match[1], product)
    line, new = _count_line(session, doc, product.id, loc.id)
    _set_counted(session, line, (line.counted_quantity or ZERO) + added)
    version = _touch(session, doc)
    return CountEntry(doc.id, line.id, product.id, product.sku, product.name, loc.id, added,
                      line.counted_quantity, new, version)


def _count_rows(session: Session, doc: StockDocument) -> list:
    return session.execute(
        select(StockDocumentLine, Product.sku, Product.name, Product.unit, Product.average_cost, Location.code)
        .join(Product, Product.id == StockDocumentLine.product_id)
        .join(Location, Location.id == StockDocumentLine.location_id)
        .where(StockDocumentLine.document_id == doc.id)
        .order_by(Location.code, Product.sku, StockDocumentLine.id)
    ).all()


def count_sheet(session: Session, document_id: int) -> CountSheet:
    """The lines to count, by bin and SKU. In a blind count the expected quantities are
    hidden (``expected=None``, ``expected_hidden=True``) until the count is posted."""
    doc = _get(session, document_id)
    if doc.kind != StockDocumentKind.COUNT.value:
        raise ValidationError("Document {number} is not a stock count.", number=_label(doc))
    blind = doc.reason == BLIND_MARK
    hidden = blind and doc.state != DocumentState.POSTED.value
    rows = [
        CountSheetRow(
            line_id=line.id, product_id=line.product_id, sku=sku, name=name, unit=unit,
            location_id=line.location_id, location_code=code,
            expected=None if hidden else (line.expected_quantity or ZERO),
            counted=line.counted_quantity, expected_hidden=hidden,
        )
        for line, sku, name, unit, _avg, code in _count_rows(session, doc)
    ]
    return CountSheet(doc.id, display_number(doc.number), doc.state, doc.version, blind, rows,
                      sum(1 for r in rows if r.counted is not None), len(rows))


def count_variance(session: Session, document_id: int) -> VarianceReport:
    """Expected, counted, difference and its value at average cost, per line and in total.

    ``expected`` is what the ledger held when the line was last counted (the difference
    is taken then, so moves posted between counting and posting are kept); for a line not
    counted yet it is today's level. Values use today's average cost for a draft and the
    cost at posting for a posted count. Shown to the supervisor even for a blind count.
    """
    doc = _get(session, document_id)
    if doc.kind != StockDocumentKind.COUNT.value:
        raise ValidationError("Document {number} is not a stock count.", number=_label(doc))
    rows = _count_rows(session, doc)
    draft = doc.state == DocumentState.DRAFT.value
    not_counted = {(r[0].product_id, r[0].location_id or 0) for r in rows if r[0].counted_quantity is None}
    current = _levels(session, not_counted)
    lines: list[VarianceLine] = []
    surplus = shortage = ZERO
    uncounted = 0
    for line, sku, name, unit, avg, code in rows:
        cost = avg if draft else line.unit_cost
        counted = line.counted_quantity
        if counted is None:
            uncounted += 1
            expected = current.get((line.product_id, line.location_id or 0), ZERO)
            difference = value = None
        else:
            difference = line.quantity
            expected = counted - difference
            value = money(difference * cost)
            if value > 0:
                surplus += value
            else:
                shortage += value
        lines.append(VarianceLine(
            line_id=line.id, product_id=line.product_id, sku=sku, name=name, unit=unit, location_code=code,
            expected_at_start=line.expected_quantity or ZERO, expected=expected, counted=counted,
            difference=difference, unit_cost=cost, value=value,
        ))
    return VarianceReport(doc.id, display_number(doc.number), doc.state, lines, uncounted, surplus, shortage,
                          surplus + shortage)


def post_count(
    session: Session, actor: Actor, document_id: int, expected_version: int,
    treat_uncounted_as_zero: bool = False,
) -> str:
    """Post a stock count's variances as moves from/to the inventory location; returns
    its number.

    The difference of each line was taken against the ledger when the line was counted
    (``counted − on hand at that moment``), so moves posted since — a receipt into the
    bin while the count was open — are neither lost nor counted twice: after posting the
    bin holds what was counted plus whatever moved in or out afterwards. Because on hand
    at counting = the snapshot at the start + the net moves since, this is the same as
    ``counted − (expected at start + net moves between start and counting)``.

    Lines not counted are refused (the message says how many) unless
    ``treat_uncounted_as_zero``: then they count as 0 against today's on hand.
    """
    doc = _lock_for_posting(session, actor, document_id, expected_version)
    if doc.kind != StockDocumentKind.COUNT.value:
        raise ValidationError("Document {number} is not a stock count.", number=_label(doc))
    lines = list(session.scalars(
        select(StockDocumentLine).where(StockDocumentLine.document_id == doc.id).order_by(StockDocumentLine.id)
    ))
    if not lines:
        raise ValidationError("Stock count {number} has no lines: count some goods first.", number=_label(doc))
    uncounted = [line for line in lines if line.counted_quantity is None]
    if uncounted and not treat_uncounted_as_zero:
        raise ValidationError(
            "{uncounted} of {total} lines of stock count {number} are not counted. "
            "Count them, or confirm that they are zero.",
            uncounted=len(uncounted), total=len(lines), number=_label(doc),
        )
    products = _lock_products(session, [line.product_id for line in lines])
    if uncounted:
        keys = {(line.product_id, line.location_id or 0) for line in uncounted}
        now = _levels(session, keys)
        for line in uncounted:
            line.counted_quantity = ZERO
            line.quantity = -now[(line.product_id, line.location_id or 0)]
    inventory = ensure_virtual_locations(session)[LocationKind.INVENTORY]
    moves: list[MoveRequest] = []
    for line in lines:
        cost = products[line.product_id].average_cost
        line.unit_cost = cost
        assert line.location_id is not None
        if line.quantity > 0:
            moves.append(MoveRequest(line.product_id, line.quantity, inventory, line.location_id, cost))
        elif line.quantity < 0:
            moves.append(MoveRequest(line.product_id, -line.quantity, line.location_id, inventory, cost))
    number = sequences.next_number(session, StockDocumentKind.COUNT.value)
    post_moves(session, actor, moves, StockDocumentKind.COUNT.value, doc.id, number)
    _finish_posting(session, actor, doc, number)
    return number


def verify_stock(session: Session) -> list[LevelDiscrepancy]:
    """Levels that differ from the ledger's sums (empty when all agree)."""
    return check_levels(session)
