"""Supplier price lists: preview, match to our products, a report, then apply in one go.

The mapping dialog and ``backoffice pricelist import`` go the same way:

1. :func:`preview_file` (no database) with the supplier's :func:`saved_mapping`: the
   sheets, their first rows and the mapping found; the user corrects it and previews again.
2. :func:`analyse_price_list` reads, validates and matches the whole file and returns a
   :class:`PriceListReport`; it writes nothing, so cancelling costs nothing.
3. :func:`apply_price_list` writes the report in the caller's transaction: offers
   upserted by (supplier, supplier SKU), products linked or created as the user chose,
   price changes audited, products sold from supplier stock put in the sync outbox,
   and the mapping remembered for the supplier.

Matching is set-based (a few queries for the whole list, never one per row): this
supplier's offers by SKU, then our barcodes in every GTIN spelling; by name only as a
suggestion the user confirms.
"""

from __future__ import annotations

import enum
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import chain
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ..collector import collector_paused
from ..errors import NotFound, ValidationError
from ..exports.pricelist_model import (
    FIELD_TITLES,
    Field,
    ParsedPriceList,
    PriceListMapping,
    PriceListPreview,
    PriceListRow,
    Progress,
    RowError,
    SheetTable,
    SkippedRow,
)
from ..exports.pricelist_reader import preview, read_price_list, remove_duplicates
from ..exports.pricelist_values import fold
from ..models import Product, ProductBarcode, Supplier, SupplierOffer, utcnow
from . import audit, outbox
from .barcodes import gtin_variants, is_valid_gtin
from .catalog import build_search_text
from .permissions import Actor, Permission, require

__all__ = [
    "FIELD_TITLES", "AbsentOffer", "ApplyResult", "Field", "MatchKind", "MatchedRow", "NameSuggestion",
    "OfferState", "PriceChange", "PriceListMapping", "PriceListPreview", "PriceListReport", "PriceListRow",
    "RowError", "SheetTable", "SkippedRow", "SupplierInfo", "analyse_price_list", "apply_price_list",
    "build_report", "find_supplier", "load_offers", "match_rows", "preview_file", "saved_mapping",
]

#: Rows per ``IN (...)`` list: well under SQLite's and PostgreSQL's parameter limits.
CHUNK = 5000
#: Name suggestions below this similarity (Dice coefficient of the names' words) are not offered.
MIN_NAME_SCORE = 0.5
#: Words shared by more products than this don't narrow the search for name candidates.
MAX_WORD_PRODUCTS = 200
#: Enough candidates to score for one row: rarer words are taken until there are this many.
MIN_CANDIDATES = 20
#: Our SKUs are at most this long (``Product.sku``).
MAX_OUR_SKU = 64

_NAME_WORD = re.compile(r"[^\W_]{2,}|\d")
T = TypeVar("T")


def _chunks(items: Sequence[T], size: int = CHUNK) -> Iterable[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# --- suppliers and their mappings ---------------------------------------------------------

@dataclass(frozen=True)
class SupplierInfo:
    id: int
    name: str
    currency: str


def _supplier(session: Session, supplier_id: int) -> Supplier:
    supplier = session.get(Supplier, supplier_id)
    if supplier is None:
        raise NotFound("Supplier #{supplier_id} does not exist.", supplier_id=supplier_id)
    return supplier


def find_supplier(session: Session, name: str) -> SupplierInfo:
    """A supplier by name: exact, else the one whose name matches ignoring case."""
    rows = session.execute(select(Supplier.id, Supplier.name, Supplier.currency)).all()
    exact = [r for r in rows if r.name == name] or [r for r in rows if fold(r.name) == fold(name)]
    if len(exact) != 1:
        raise NotFound("No supplier named '{name}'. Suppliers: {names}.",
                       name=name, names=", ".join(sorted(r.name for r in rows)) or "-")
    return SupplierInfo(exact[0].id, exact[0].name, exact[0].currency)


def saved_mapping(session: Session, supplier_id: int) -> PriceListMapping | None:
    """The mapping remembered from this supplier's last import, if any."""
    stored = _supplier(session, supplier_id).pricelist_mapping
    return PriceListMapping.from_json(stored) if stored else None


def preview_file(path: Path, mapping: PriceListMapping | None = None) -> PriceListPreview:
    """Sheets, their first rows and the mapping for the dialog (reads the file only).

    Pass the supplier's :func:`saved_mapping` first; pass the user's corrected mapping
    (without captions) to see how the file reads with it.
    """
    return preview(path, mapping)


# --- matching -------------------------------------------------------------------------------

class MatchKind(enum.StrEnum):
    #: This supplier's stored offer with the same SKU (or key) names our product.
    SUPPLIER_SKU = "supplier_sku"
    BARCODE = "barcode"
    NONE = "none"


@dataclass(frozen=True)
class OfferState:
    """This supplier's offer as stored before the import."""

    id: int
    supplier_sku: str
    product_id: int | None
    name: str
    price: Decimal
    stock: Decimal | None
    pack: Decimal


@dataclass(frozen=True)
class MatchedRow:
    row: PriceListRow
    product_id: int | None
    matched_by: MatchKind
    #: This supplier's stored offer with the row's key; None for a new offer.
    offer_id: int | None


@dataclass(frozen=True)
class NameSuggestion:
    """A product whose name resembles an unmatched row's: offered, never applied by itself."""

    row: PriceListRow
    product_id: int
    product_sku: str
    product_name: str
    #: Similarity of the names' words, 0..1.
    score: float


def load_offers(session: Session, supplier_id: int) -> dict[str, OfferState]:
    """This supplier's offers by key (the supplier SKU case-folded), in one query."""
    rows = session.connection().execute(
        select(SupplierOffer.id, SupplierOffer.supplier_sku, SupplierOffer.product_id, SupplierOffer.supplier_name,
               SupplierOffer.price, SupplierOffer.stock_qty, SupplierOffer.pack_size)
        .where(SupplierOffer.supplier_id == supplier_id)
    ).all()  # fetched at once: iterating the cursor fetches row by row
    return {
        fold(r.supplier_sku): OfferState(r.id, r.supplier_sku, r.product_id, r.supplier_name, r.price,
                                         r.stock_qty, r.pack_size)
        for r in rows
    }


def _products_by_barcode(session: Session, codes: Iterable[str]) -> dict[str, set[int]]:
    """Our products per code: as written, then (for codes not found) in the other GTIN
    spellings, since a code in a number cell has lost its leading zeros."""
    found: dict[str, set[int]] = defaultdict(set)

    def look_up(spellings: Mapping[str, list[str]]) -> None:
        for chunk in _chunks(sorted(spellings)):
            for barcode, product_id in session.connection().execute(
                select(ProductBarcode.barcode, ProductBarcode.product_id).where(ProductBarcode.barcode.in_(chunk))
            ).all():
                for code in spellings[barcode]:
                    found[code].add(product_id)

    wanted = set(codes)
    look_up({code: [code] for code in wanted})
    others: dict[str, list[str]] = defaultdict(list)
    for code in wanted - found.keys():
        for variant in gtin_variants(code)[1:]:
            others[variant].append(code)
    look_up(others)
    return found


def _name_words(text: str) -> frozenset[str]:
    """The words of a name that tell products apart: two letters or more, or digits."""
    return frozenset(_NAME_WORD.findall(text.lower().replace("ё", "е")))


def _suggest_by_name(session: Session, rows: Sequence[PriceListRow]) -> list[NameSuggestion]:
    """For each row, the product whose name shares most words with it (Dice coefficient),
    when it has every word with a digit in it (model numbers must agree).

    One pass over our product names (one query); a row's candidates are the products
    sharing its rarest words: a word in hundreds of products narrows nothing down.
    """
    wanted = [(row, words) for row in rows if (words := _name_words(row.name))]
    vocabulary = frozenset().union(*(words for _row, words in wanted))
    if not vocabulary:
        return []
    # Most products share some word with the list: their names are split, but made into
    # word sets only when they become candidates.
    find = _NAME_WORD.findall
    hits: list[tuple[int, list[str], set[str]]] = []
    for pid, name in session.connection().execute(select(Product.id, Product.name)).all():
        found = find(name.lower().replace("ё", "е"))
        shared = vocabulary.intersection(found)
        if shared:
            hits.append((pid, found, shared))
    frequency = Counter(chain.from_iterable(shared for _pid, _words, shared in hits))
    rare = frozenset(w for w, n in frequency.items() if n <= MAX_WORD_PRODUCTS)
    postings: dict[str, list[int]] = defaultdict(list)
    names: dict[int, frozenset[str]] = {}
    for pid, found, shared in hits:
        posted = shared & rare
        if posted:
            for word in posted:
                postings[word].append(pid)
            names[pid] = frozenset(found)
    best: dict[int, tuple[PriceListRow, int, float]] = {}
    for index, (row, words) in enumerate(wanted):
        candidates: set[int] = set()
        for word in sorted(words & rare, key=frequency.__getitem__)[:3]:
            candidates.update(postings[word])
            if len(candidates) >= MIN_CANDIDATES:
                break
        digits = {w for w in words if any(ch.isdigit() for ch in w)}
        for pid in candidates:
            theirs = names[pid]
            if digits <= theirs:
                score = 2 * len(words & theirs) / (len(words) + len(theirs))
                if score >= MIN_NAME_SCORE and (index not in best or (score, -pid) > (best[index][2], -best[index][1])):
                    best[index] = (row, pid, score)
    products = {pid: (sku, name) for chunk in _chunks(sorted({pid for _r, pid, _s in best.values()}))
                for pid, sku, name in session.execute(
                    select(Product.id, Product.sku, Product.name).where(Product.id.in_(chunk)))}
    return [NameSuggestion(row, pid, *products[pid], round(score, 3)) for _i, (row, pid, score) in sorted(best.items())]


def match_rows(
    session: Session, rows: Sequence[PriceListRow], offers: Mapping[str, OfferState],
) -> tuple[list[MatchedRow], list[NameSuggestion]]:
    """Each row's product: through this supplier's offer with the same key, else one of
    our barcodes (when it names exactly one product); name suggestions for the rest."""
    with collector_paused():
        return _match_rows(session, rows, offers)


def _match_rows(
    session: Session, rows: Sequence[PriceListRow], offers: Mapping[str, OfferState],
) -> tuple[list[MatchedRow], list[NameSuggestion]]:
    linked = {key for key, offer in offers.items() if offer.product_id is not None}
    by_code = _products_by_barcode(session, (code for row in rows if row.key not in linked for code in row.barcodes))
    matched: list[MatchedRow] = []
    unmatched: list[PriceListRow] = []
    for row in rows:
        offer = offers.get(row.key)
        offer_id = offer.id if offer else None
        if offer is not None and offer.product_id is not None:
            matched.append(MatchedRow(row, offer.product_id, MatchKind.SUPPLIER_SKU, offer_id))
            continue
        products = set().union(*(by_code.get(code, set()) for code in row.barcodes))
        if len(products) == 1:
            matched.append(MatchedRow(row, products.pop(), MatchKind.BARCODE, offer_id))
            continue
        matched.append(MatchedRow(row, None, MatchKind.NONE, offer_id))
        unmatched.append(row)
    return matched, _suggest_by_name(session, unmatched)


# --- the report -----------------------------------------------------------------------------

@dataclass(frozen=True)
class PriceChange:
    row: PriceListRow
    offer_id: int
    product_id: int | None
    old_price: Decimal
    new_price: Decimal

    @property
    def change(self) -> Decimal | None:
        """Relative change (0.125 is +12.5 %); None when the old price was zero."""
        return None if not self.old_price else (self.new_price - self.old_price) / self.old_price


@dataclass(frozen=True)
class AbsentOffer:
    """An offer of this supplier that the list no longer has: its supplier stock goes to 0."""

    offer_id: int
    supplier_sku: str
    name: str
    product_id: int | None
    stock: Decimal | None


@dataclass(frozen=True)
class PriceListReport:
    """Everything the file would change, computed without writing; what apply takes."""

    supplier_id: int
    supplier_name: str
    currency: str
    file: str
    mapping: PriceListMapping
    tables: tuple[SheetTable, ...]
    sheets_without_table: tuple[str, ...]
    rows: tuple[MatchedRow, ...]
    errors: tuple[RowError, ...]
    skipped: tuple[SkippedRow, ...]
    suggestions: tuple[NameSuggestion, ...]
    #: Biggest relative change first.
    price_changes: tuple[PriceChange, ...]
    absent: tuple[AbsentOffer, ...]

    def _by(self, kind: MatchKind) -> tuple[MatchedRow, ...]:
        return tuple(m for m in self.rows if m.matched_by is kind)

    @property
    def matched_by_sku(self) -> tuple[MatchedRow, ...]:
        return self._by(MatchKind.SUPPLIER_SKU)

    @property
    def matched_by_barcode(self) -> tuple[MatchedRow, ...]:
        return self._by(MatchKind.BARCODE)

    @property
    def unmatched(self) -> tuple[MatchedRow, ...]:
        """Rows with no product: to link (see ``suggestions``), to create, or to keep as offers only."""
        return self._by(MatchKind.NONE)

    @property
    def new_offers(self) -> tuple[MatchedRow, ...]:
        return tuple(m for m in self.rows if m.offer_id is None)

    @property
    def error_rows(self) -> int:
        return len({(e.sheet, e.row) for e in self.errors})

    @property
    def estimated_stock_rows(self) -> int:
        return sum(1 for m in self.rows if m.row.stock_estimated)


def _change_order(change: PriceChange) -> tuple[int, Decimal]:
    relative = change.change
    return (0, Decimal(0)) if relative is None else (1, -abs(relative))


def build_report(
    supplier: SupplierInfo, parsed: ParsedPriceList, offers: Mapping[str, OfferState],
    matched: Sequence[MatchedRow], suggestions: Sequence[NameSuggestion],
) -> PriceListReport:
    """Price changes (biggest first), offers the list no longer has, and the rest as found."""
    changes = [
        PriceChange(m.row, offers[m.row.key].id, m.product_id, offers[m.row.key].price, m.row.price)
        for m in matched
        if m.offer_id is not None and offers[m.row.key].price != m.row.price
    ]
    changes.sort(key=_change_order)
    listed = {m.row.key for m in matched} | {e.key for e in parsed.errors if e.key}
    absent = [
        AbsentOffer(o.id, o.supplier_sku, o.name, o.product_id, o.stock)
        for key, o in sorted(offers.items(), key=lambda item: item[1].supplier_sku)
        if key not in listed
    ]
    return PriceListReport(
        supplier_id=supplier.id, supplier_name=supplier.name, currency=supplier.currency, file=parsed.file,
        mapping=parsed.mapping, tables=parsed.tables, sheets_without_table=parsed.sheets_without_table,
        rows=tuple(matched), errors=parsed.errors, skipped=parsed.skipped, suggestions=tuple(suggestions),
        price_changes=tuple(changes), absent=tuple(absent),
    )


def analyse_price_list(
    session: Session, supplier_id: int, path: Path, mapping: PriceListMapping | None = None,
    progress: Progress | None = None,
) -> PriceListReport:
    """Read, validate and match the whole file; write nothing.

    Without a mapping, the supplier's saved one is used, else the header is detected.
    ``progress(done, total)`` reports percent; it may raise to cancel. Raises
    :class:`ValidationError` when the file can't be read as a price list at all.
    """
    supplier = _supplier(session, supplier_id)
    info = SupplierInfo(supplier.id, supplier.name, supplier.currency)
    if mapping is None and supplier.pricelist_mapping:
        mapping = PriceListMapping.from_json(supplier.pricelist_mapping)

    def reading(done: int, total: int) -> None:
        if progress is not None:
            progress(done * 90 // total, 100)

    with collector_paused():
        parsed = remove_duplicates(read_price_list(path, mapping, info.currency, reading))
        offers = load_offers(session, supplier_id)
        matched, suggestions = match_rows(session, parsed.rows, offers)
        report = build_report(info, parsed, offers, matched, suggestions)
    if progress is not None:
        progress(100, 100)
    return report


# --- applying -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ApplyResult:
    """What an import wrote, for the message after it."""

    offers_created: int
    offers_updated: int
    prices_changed: int
    #: Offers absent from the list whose supplier stock went to 0.
    stock_cleared: int
    #: Rows linked to a product by the user.
    products_linked: int
    products_created: tuple[int, ...]
    #: Products put in the sync outbox (sold from supplier stock, stock or link changed).
    products_marked: int


def _check_choices(
    session: Session, report: PriceListReport, links: Mapping[str, int], create: set[str],
) -> dict[str, MatchedRow]:
    by_key = {m.row.key: m for m in report.rows}
    for key in sorted(set(links) | create):
        if key not in by_key:
            raise ValidationError("The row '{key}' is not among the rows of the price list that can be imported.",
                                  key=key)
    both = sorted(set(links) & create)
    if both:
        raise ValidationError("'{sku}' can't be both linked to a product and made into a new one.",
                              sku=by_key[both[0]].row.supplier_sku)
    for key in sorted(create):
        if by_key[key].product_id is not None:
            raise ValidationError("'{sku}' already matches one of our products; link it instead of creating one.",
                                  sku=by_key[key].row.supplier_sku)
    wanted = sorted({pid for pid in links.values()} | {m.product_id for m in report.rows if m.product_id})
    existing: set[int] = set()
    for chunk in _chunks(wanted):
        existing.update(session.scalars(select(Product.id).where(Product.id.in_(chunk))))
    for pid in wanted:
        if pid not in existing:
            raise NotFound("Product #{product_id} no longer exists; analyse the price list again.", product_id=pid)
    return by_key


def _our_barcode(code: str) -> str | None:
    """The code as a valid EAN/UPC/GTIN for our catalog, None when it isn't one."""
    return next((v for v in gtin_variants(code) if is_valid_gtin(v)), None)


def _create_products(
    session: Session, actor: Actor, supplier_id: int, rows: Sequence[PriceListRow],
) -> dict[str, int]:
    """New inactive, unpublished products from unmatched rows: our SKU is the supplier's
    when free (else suffixed), valid EAN/UPC codes become their barcodes."""
    if not rows:
        return {}
    bases = {row.key: (row.sku or next(iter(row.barcodes), "") or f"SUP{supplier_id}-{row.row}")[:MAX_OUR_SKU - 4]
             for row in rows}
    taken = set(session.scalars(select(Product.sku).where(Product.sku.in_(sorted(set(bases.values()))))))
    codes = {row.key: _our_barcode(code) for row in rows for code in row.barcodes[:1]}
    used_codes = set(session.scalars(
        select(ProductBarcode.barcode).where(ProductBarcode.barcode.in_(sorted(c for c in codes.values() if c)))
    ))
    created: dict[str, int] = {}
    for row in rows:
        sku, n = bases[row.key], 1
        while sku in taken or (n > 1 and session.scalar(select(Product.id).where(Product.sku == sku))):
            n += 1
            sku = f"{bases[row.key]}-{n}"
        taken.add(sku)
        code = codes.get(row.key)
        barcodes = [code] if code and code not in used_codes else []
        used_codes.update(barcodes)
        name = row.name or row.supplier_sku
        product = Product(sku=sku, name=name, is_active=False, is_published=False,
                          search_text=build_search_text(sku, name, barcodes))
        product.barcodes = [ProductBarcode(barcode=c) for c in barcodes]
        session.add(product)
        session.flush()
        audit.record(session, actor, "create", "product", product.id, "sku", None, sku)
        created[row.key] = product.id
    return created


@dataclass
class _Writes:
    """The rows an import writes, gathered before they are written in a few batches."""

    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    #: Products whose supplier stock or offer link changed (their availability may have).
    touched: set[int] = field(default_factory=set)
    prices_changed: int = 0
    stock_cleared: int = 0


def _plan_writes(
    session: Session, actor: Actor, report: PriceListReport, offers: Mapping[str, OfferState],
    chosen: Mapping[str, int],
) -> _Writes:
    """Offer rows to insert and update; audit entries for changed prices and links."""
    writes = _Writes()
    now = utcnow()
    for m in report.rows:
        row = m.row
        offer = offers.get(row.key)
        product_id = chosen.get(row.key) or m.product_id or (offer.product_id if offer else None)
        values = {
            "supplier_name": row.name, "barcode": next(iter(row.barcodes), ""), "price": row.price,
            "stock_qty": row.stock, "product_id": product_id, "updated_at": now,
        }
        if offer is None:
            writes.inserts.append({"supplier_id": report.supplier_id, "supplier_sku": row.supplier_sku,
                                   "pack_size": row.pack or Decimal(1), **values})
            if product_id and row.stock:
                writes.touched.add(product_id)
            continue
        # The stored spelling of the SKU stays: another offer may hold a spelling that folds the same.
        writes.updates.append({"id": offer.id, "pack_size": row.pack or offer.pack, **values})
        if offer.price != row.price:
            writes.prices_changed += 1
            audit.record(session, actor, "update", "supplier_offer", offer.id, "price", offer.price, row.price)
        if offer.product_id != product_id:
            audit.record(session, actor, "update", "supplier_offer", offer.id, "product_id", offer.product_id,
                         product_id)
            writes.touched.update(p for p in (offer.product_id, product_id) if p)
        elif product_id and offer.stock != row.stock:
            writes.touched.add(product_id)
    listed = {m.row.key for m in report.rows} | {e.key for e in report.errors if e.key}
    for key, offer in offers.items():
        if key not in listed and offer.stock:
            writes.updates.append({"id": offer.id, "stock_qty": Decimal(0), "updated_at": now})
            writes.stock_cleared += 1
            if offer.product_id:
                writes.touched.add(offer.product_id)
    return writes


def apply_price_list(
    session: Session, actor: Actor, report: PriceListReport, links: Mapping[str, int] | None = None,
    create: Iterable[str] = (), skip_error_rows: bool = False,
) -> ApplyResult:
    """Write the report in the caller's transaction (all or nothing).

    ``links`` maps row keys to our products (the user's choice, e.g. a name suggestion);
    ``create`` lists keys of unmatched rows to make new products from. Rows left
    unmatched are kept as offers without a product. A report with errors is refused
    unless ``skip_error_rows`` (then those rows are left out and their offers untouched).
    """
    require(actor, Permission.MANAGE_PURCHASING)
    links = dict(links or {})
    to_create = set(create)
    # Serialises imports for one supplier (no-op on SQLite, which has one writer anyway).
    supplier = session.get(Supplier, report.supplier_id, with_for_update=True)
    if supplier is None:
        raise NotFound("Supplier #{supplier_id} does not exist.", supplier_id=report.supplier_id)
    if report.errors and not skip_error_rows:
        raise ValidationError(
            "The price list {file} has {count} rows with errors; correct them in the file and import it again, "
            "or leave those rows out.", file=report.file, count=report.error_rows)
    by_key = _check_choices(session, report, links, to_create)
    offers = load_offers(session, supplier.id)  # as they are now, not as analysed
    created = _create_products(session, actor, supplier.id, [by_key[k].row for k in sorted(to_create)])
    writes = _plan_writes(session, actor, report, offers, {**links, **created})
    for chunk in _chunks(writes.inserts):
        # Core, not ORM bulk insert: that one splits rows into a statement per run of NULLs.
        session.execute(insert(SupplierOffer.__table__), list(chunk))
    for chunk in _chunks(writes.updates):
        session.execute(update(SupplierOffer), list(chunk))
    marked = _mark_supplier_stock(session, writes.touched)
    supplier.pricelist_mapping = report.mapping.to_json()
    result = ApplyResult(
        offers_created=len(writes.inserts), offers_updated=len(writes.updates) - writes.stock_cleared,
        prices_changed=writes.prices_changed, stock_cleared=writes.stock_cleared, products_linked=len(links),
        products_created=tuple(created.values()), products_marked=marked,
    )
    # New offers are many on a first import: one entry tells who imported what, when.
    audit.record(session, actor, "import", "supplier", supplier.id, "price_list", None,
                 f"{report.file}: {result.offers_created} new offers, {result.offers_updated} updated, "
                 f"{result.prices_changed} prices changed, {result.stock_cleared} no longer listed")
    session.flush()
    return result


def _mark_supplier_stock(session: Session, product_ids: set[int]) -> int:
    """Put the products sold from supplier stock in the sync outbox: their availability moved."""
    selling: list[int] = []
    for chunk in _chunks(sorted(product_ids)):
        selling += session.scalars(
            select(Product.id).where(Product.id.in_(chunk), Product.sell_from_supplier_stock.is_(True))
        )
    outbox.mark_products(session, selling, "supplier_stock")
    return len(selling)
