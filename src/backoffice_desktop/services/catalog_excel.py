"""The catalog's Excel round-trip: export (all or the filtered part), edit in Excel,
import back only what changed.

:func:`analyse_import` reads the workbook and compares each row with the product as it
is now (found by the hidden ID column); it returns a report of every changed cell (row,
column, old → new) and every error (row, column, value, what was expected) and writes
nothing. :func:`apply_import` then saves the changed products through the product
card's ``save_card`` in one transaction — the same checks, audit per field and outbox
marks as editing the cards by hand. A row whose product was saved since the export
(its version differs) and that differs from the product is an error: export again, so
nobody's newer edit is overwritten with the older value from the file.

Rows without an ID (or with an ID that is not in the catalog) are errors: new products
are created in the product card or by a supplier's price list, where they get a
category's attributes and a checked SKU; a spreadsheet row is too little for that.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import BackofficeError, ConflictError, Phrase, ValidationError
from ..exports.catalog_xlsx import COLUMNS, NO, UNITS_RU, YES, read_sheet, write_catalog
from ..models import Brand, Product, ProductBarcode
from .catalog import ProductFilter, list_categories, search_product_ids
from .permissions import Actor, Permission, require
from .product_cards import card as cards
from .product_cards import validation as v
from .product_cards.save import barcodes_text, parse_barcodes_text, save_card

_CHUNK = 1000
PRICE_KEYS = frozenset({"retail_price", "compare_at_price"})
#: Sheet column → card field.
CARD_FIELD = {"category": "category_id", "brand": "brand_id", "published": "is_published"}
EDITABLE = tuple(c.key for c in COLUMNS if c.key not in ("id", "version"))
UNIT_CODES = {title: code for code, title in UNITS_RU.items()}
TRUE_WORDS = {"true", "yes", "да", "1", "y", "д"}
FALSE_WORDS = {"false", "no", "нет", "0", "n", "н", ""}


def category_paths(session: Session) -> dict[int, str]:
    """Each category as "Parent / Child", as the sheet shows it."""
    names: dict[int, str] = {}
    stack: list[str] = []
    for choice in list_categories(session):
        del stack[choice.depth:]
        stack.append(choice.name)
        names[choice.id] = " / ".join(stack)
    return names


# --- export ---------------------------------------------------------------------------

def _rows(session: Session, ids: list[int], language: str, progress: Callable[[int, int], None] | None):
    paths = category_paths(session)
    brands = dict(session.execute(select(Brand.id, Brand.name)).all())
    yes, no = YES.get(language, "yes"), NO.get(language, "no")
    units = UNITS_RU if language == "ru" else {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        codes: dict[int, list[tuple[str, str, Decimal]]] = {}
        for pid, code, kind, qty in session.execute(
            select(ProductBarcode.product_id, ProductBarcode.barcode, ProductBarcode.kind, ProductBarcode.pack_quantity)
            .where(ProductBarcode.product_id.in_(chunk)).order_by(ProductBarcode.id)
        ):
            codes.setdefault(pid, []).append((code, kind, qty))
        found = {
            row[0]: row
            for row in session.execute(
                select(Product.id, Product.version, Product.sku, Product.name, Product.category_id, Product.brand_id,
                       Product.unit, Product.retail_price, Product.compare_at_price, Product.is_published,
                       Product.weight_kg, Product.meta_title, Product.meta_description, Product.short_description)
                .where(Product.id.in_(chunk))
            )
        }
        for pid in chunk:
            r = found.get(pid)
            if r is None:
                continue
            barcodes = barcodes_text(cards.CardBarcode(c, k, q) for c, k, q in codes.get(pid, []))
            yield (pid, r.version, r.sku, r.name, paths.get(r.category_id, "") if r.category_id else "",
                   brands.get(r.brand_id, "") if r.brand_id else "", units.get(r.unit, r.unit), r.retail_price, r.compare_at_price,
                   yes if r.is_published else no, barcodes,
                   r.weight_kg.normalize() if r.weight_kg is not None else None,
                   r.meta_title, r.meta_description, r.short_description)
        if progress is not None:
            progress(min(start + _CHUNK, len(ids)), len(ids))


def export_catalog(session: Session, path: Path, filt: ProductFilter = ProductFilter(), language: str = "ru",
                   progress: Callable[[int, int], None] | None = None) -> int:
    """Write the products the filter shows (in its order) to ``path``; returns how many."""
    ids = search_product_ids(session, filt)
    return write_catalog(path, _rows(session, ids, language, progress), language)


# --- import: reading and comparing -------------------------------------------------------

@dataclass(frozen=True)
class CellChange:
    row: int
    column: str  # the sheet column's key (see exports.catalog_xlsx.COLUMNS)
    sku: str
    old: str
    new: str


@dataclass(frozen=True)
class CellError:
    row: int
    column: str  # a column key, or "" for the row as a whole
    value: str
    error: BackofficeError


@dataclass(frozen=True)
class ProductUpdate:
    product_id: int
    version: int
    row: int
    #: Card field → value as the card keeps it.
    values: dict[str, Any]


@dataclass
class ImportReport:
    file: str
    rows_read: int = 0
    changes: list[CellChange] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)
    updates: list[ProductUpdate] = field(default_factory=list)

    @property
    def changed_products(self) -> int:
        return len(self.updates)

    def permissions(self) -> set[Permission]:
        needed = set()
        for update in self.updates:
            for key in update.values:
                needed.add(Permission.EDIT_PRICES if key in PRICE_KEYS else Permission.EDIT_PRODUCTS)
        return needed


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    return str(value).strip()


def _number(value: Any, what: Phrase, money: bool) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError("'{value}' is not a number for the {what}; expected e.g. 1234,50.", value=value, what=what)
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(
            str(value).replace("\u00a0", "").replace(" ", "").replace("₽", "").replace(",", "."))
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        raise ValidationError("'{value}' is not a number for the {what}; expected e.g. 1234,50.", value=value, what=what)
    if money:
        if number != number.quantize(Decimal("0.01")):
            raise ValidationError("'{text}' has more than two decimal places.", text=_text(value))
        return v.check_price(number)
    v.check_measure(number, what)
    return number


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).casefold()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise ValidationError("'{value}' is not yes or no; expected yes/no (да/нет).", value=text)


class _Lookups:
    def __init__(self, session: Session) -> None:
        self.paths = category_paths(session)
        self.category_by_path = {p.casefold(): cid for cid, p in self.paths.items()}
        leaf: dict[str, list[int]] = {}
        for cid, p in self.paths.items():
            leaf.setdefault(p.rsplit(" / ", 1)[-1].casefold(), []).append(cid)
        self.category_by_leaf = {name: ids[0] for name, ids in leaf.items() if len(ids) == 1}
        self.brands = dict(session.execute(select(Brand.id, Brand.name)).all())
        self.brand_by_name = {name.casefold(): bid for bid, name in self.brands.items()}

    def category(self, value: Any) -> int | None:
        text = " / ".join(part.strip() for part in _text(value).split("/") if part.strip())
        if not text:
            return None
        found = self.category_by_path.get(text.casefold()) or self.category_by_leaf.get(text.casefold())
        if found is None:
            raise ValidationError("There is no category '{value}'; expected a category path as exported, "
                                  "e.g. 'Parent / Child'.", value=text)
        return found

    def brand(self, value: Any) -> int | None:
        text = _text(value)
        if not text:
            return None
        found = self.brand_by_name.get(text.casefold())
        if found is None:
            raise ValidationError("There is no brand '{value}'; expected a brand the catalog has.", value=text)
        return found


def _columns(header: tuple[Any, ...]) -> dict[str, int]:
    titles = {}
    for column in COLUMNS:
        titles[column.en.casefold()] = column.key
        titles[column.ru.casefold()] = column.key
    found: dict[str, int] = {}
    for index, value in enumerate(header):
        key = titles.get(_text(value).casefold())
        if key is not None and key not in found:
            found[key] = index
    return found


def _shown(key: str, value: Any, lookups: _Lookups) -> str:
    """A card value as the report shows it (as the sheet would)."""
    if value is None:
        return ""
    if key == "category":
        return lookups.paths.get(value, "")
    if key == "brand":
        return lookups.brands.get(value, "")
    if key == "published":
        return "yes" if value else "no"
    if key == "barcodes":
        return barcodes_text(value)
    return _text(value)


def _parse_cell(session: Session, key: str, raw: Any, current: dict[str, Any], lookups: _Lookups) -> Any:
    """The value of one cell as the card keeps it; raises ValidationError for a bad cell.

    SKU and barcodes are looked up in the store only when they differ from the product's."""
    if key == "sku":
        text = _text(raw)
        return text if text == current["sku"] else v.check_sku(session, text, current["id"])
    if key == "name":
        return v.check_name(_text(raw))
    if key == "category":
        return lookups.category(raw)
    if key == "brand":
        return lookups.brand(raw)
    if key == "unit":
        text = _text(raw)
        return v.check_unit(UNIT_CODES.get(text.casefold().rstrip("."), text))
    if key == "retail_price":
        price = _number(raw, Phrase("retail price"), money=True)
        if price is None:
            raise ValidationError("A product needs a retail price; the cell is empty.")
        return price
    if key == "compare_at_price":
        return _number(raw, Phrase("old price"), money=True)
    if key == "published":
        return _flag(raw)
    if key == "barcodes":
        codes = parse_barcodes_text(_text(raw))
        if codes == current["barcodes"]:
            return codes
        return v.check_barcodes(session, codes, {current["id"]}, frozenset(c.code for c in current["barcodes"]))
    if key == "weight_kg":
        return _number(raw, Phrase("weight"), money=False)
    if key == "meta_title":
        return v.check_length(_text(raw), v.META_TITLE_MAX, Phrase("meta title"))
    if key == "meta_description":
        return v.check_length(_text(raw), v.META_DESCRIPTION_MAX, Phrase("meta description"))
    return v.check_length(_text(raw), v.SHORT_DESCRIPTION_MAX, Phrase("short description"))


_TEXT_KEYS = frozenset({"name", "meta_title", "meta_description", "short_description"})
_CURRENT_FIELDS = ("id", "version", "sku", "name", "category_id", "brand_id", "unit", "retail_price",
                   "compare_at_price", "is_published", "weight_kg", "meta_title", "meta_description",
                   "short_description")


def _current_values(session: Session, ids: list[int]) -> dict[int, dict[str, Any]]:
    """The products' values as card fields, for one batch of rows, in two queries."""
    found = {
        row[0]: dict(zip(_CURRENT_FIELDS, row))
        for row in session.execute(select(*(getattr(Product, f) for f in _CURRENT_FIELDS)).where(Product.id.in_(ids)))
    }
    codes: dict[int, list[cards.CardBarcode]] = {}
    for pid, code, kind, qty in session.execute(
        select(ProductBarcode.product_id, ProductBarcode.barcode, ProductBarcode.kind, ProductBarcode.pack_quantity)
        .where(ProductBarcode.product_id.in_(ids)).order_by(ProductBarcode.id)
    ):
        codes.setdefault(pid, []).append(cards.CardBarcode(code, kind, qty))
    for pid, values in found.items():
        values["barcodes"] = tuple(codes.get(pid, ()))
    return found


def _same(key: str, old: Any, new: Any) -> bool:
    if key == "weight_kg" and old is not None and new is not None:
        return Decimal(old) == Decimal(new)
    return bool(old == new)


def _row_id(raw: Any) -> int | None:
    try:
        number = Decimal(_text(raw))
    except InvalidOperation:
        return None
    return int(number) if number == number.to_integral() and number > 0 else None


def analyse_import(session: Session, path: Path, progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Compare the workbook with the catalog; changes and errors per cell. Writes nothing."""
    report = ImportReport(file=str(path))
    rows = read_sheet(path)
    first = next(rows, None)
    columns = _columns(first[1]) if first else {}
    if "id" not in columns:
        raise ValidationError("{path} has no ID column in its first row; import a sheet made by "
                              "'Export to Excel' (the ID and Version columns are hidden there).", path=str(path))
    lookups = _Lookups(session)
    seen: dict[int, int] = {}
    skus: dict[str, int] = {}
    batch: list[tuple[int, tuple[Any, ...]]] = []

    def cell(values: tuple[Any, ...], key: str) -> Any:
        index = columns.get(key)
        return values[index] if index is not None and index < len(values) else None

    def flush() -> None:
        ids = [pid for pid in (_row_id(cell(vals, "id")) for _n, vals in batch) if pid]
        known = _current_values(session, ids)
        for number, values in batch:
            _compare_row(session, report, lookups, columns, number, values, known, seen, skus, cell)
        batch.clear()

    for number, values in rows:
        if all(value is None or _text(value) == "" for value in values):
            continue
        report.rows_read += 1
        batch.append((number, values))
        if len(batch) >= 200:
            flush()
            if progress is not None:
                progress(report.rows_read, 0)
    flush()
    return report


def _compare_row(session: Session, report: ImportReport, lookups: _Lookups, columns: dict[str, int], number: int,
                 values: tuple[Any, ...], known: dict[int, dict[str, Any]], seen: dict[int, int], skus: dict[str, int],
                 cell: Callable[[tuple[Any, ...], str], Any]) -> None:
    raw_id = cell(values, "id")
    pid = _row_id(raw_id)
    if raw_id is None or _text(raw_id) == "":
        report.errors.append(CellError(number, "id", "", ValidationError(
            "This row has no product ID; new products are added in the product card, and rows are copied "
            "with their hidden ID and Version columns.")))
        return
    if pid is None or pid not in known:
        report.errors.append(CellError(number, "id", _text(raw_id), ValidationError(
            "This row is not a product of the catalog (ID '{value}'); new products are added in the product card.",
            value=_text(raw_id))))
        return
    if pid in seen:
        report.errors.append(CellError(number, "id", str(pid), ValidationError(
            "The product is already in row {row}; each product may appear once.", row=seen[pid])))
        return
    seen[pid] = number
    current = known[pid]
    sku = current["sku"]
    new: dict[str, Any] = {}
    row_errors: list[CellError] = []
    for key in EDITABLE:
        if key not in columns:
            continue
        raw = cell(values, key)
        if key in _TEXT_KEYS and _text(raw) == current[key].strip():
            continue  # untouched text is kept as stored (line breaks, spacing)
        try:
            value = _parse_cell(session, key, raw, current, lookups)
        except BackofficeError as exc:
            row_errors.append(CellError(number, key, _text(raw), exc))
            continue
        card_key = CARD_FIELD.get(key, key)
        if not _same(key, current[card_key], value):
            new[card_key] = value
    if "sku" in new:
        other = skus.get(new["sku"])
        if other is not None:
            row_errors.append(CellError(number, "sku", new["sku"], ValidationError(
                "The SKU {sku} is also given in row {row}.", sku=new["sku"], row=other)))
        skus[new["sku"]] = number
    if not row_errors and new:
        retail = new.get("retail_price", current["retail_price"])
        if {"retail_price", "compare_at_price"} & set(new):
            try:
                v.check_compare_at(new.get("compare_at_price", current["compare_at_price"]), retail)
            except BackofficeError as exc:
                row_errors.append(CellError(number, "compare_at_price", _text(cell(values, "compare_at_price")), exc))
        if new.get("is_published", current["is_published"]) and {"is_published", "category_id"} & set(new):
            try:
                card = cards.load_card(session, pid)
                attrs = cards.attribute_fields(session, new.get("category_id", card.category_id))
                v.check_required(attrs, dict(card.attributes), new.get("name", card.name))
            except BackofficeError as exc:
                row_errors.append(CellError(number, "published", _text(cell(values, "published")), exc))
    version = _row_id(cell(values, "version"))
    if new and not row_errors and version is not None and version != current["version"]:
        row_errors.append(CellError(number, "", sku, ConflictError(
            "Product {sku} was saved by someone else after the export; export the catalog again and repeat "
            "this row's changes.", sku=sku)))
    if row_errors:
        report.errors.extend(row_errors)
        return
    if not new:
        return
    inverse = {card_key: key for key, card_key in CARD_FIELD.items()}
    for card_key, value in new.items():
        key = inverse.get(card_key, card_key)
        report.changes.append(CellChange(number, key, sku, _shown(key, current[card_key], lookups),
                                         _shown(key, value, lookups)))
    report.updates.append(ProductUpdate(pid, current["version"], number, new))


# --- import: applying ------------------------------------------------------------------

@dataclass(frozen=True)
class ImportResult:
    products: int
    cells: int


def apply_import(session: Session, actor: Actor, report: ImportReport,
                 progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Save every changed product of an error-free report in one transaction (the caller's)."""
    if report.errors:
        raise ValidationError("The file has {count} errors; correct them and import again. Nothing was written.",
                              count=len(report.errors))
    for permission in sorted(report.permissions()):
        require(actor, permission)
    cells = 0
    for done, update in enumerate(report.updates, start=1):
        base = cards.load_card(session, update.product_id)
        if base.version != update.version:
            raise ConflictError("Product {sku} was saved by someone else after the file was checked; "
                                "check the file again. Nothing was written.", sku=base.sku)
        save_card(session, actor, base, dataclasses.replace(base, **update.values))
        cells += len(update.values)
        if progress is not None:
            progress(done, len(report.updates))
    return ImportResult(len(report.updates), cells)
