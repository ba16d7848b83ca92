"""What a barcode scanner typed: classifying and checking codes, pure functions.

A scanner is a keyboard that types fast and ends with Enter (the UI strips it). This
module tells what arrived — an EAN-13/EAN-8/UPC-A with its check digit verified, a
GTIN-14 (ITF-14 on cartons), a GS1 DataMatrix marking code (GTIN in AI 01, serial in
AI 21, group separators between variable-length fields), or an internal Code 128
code — and how to match it to the barcodes kept in the catalog. No database, no Qt.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from ..errors import Phrase, ValidationError

#: ASCII group separator: ends a variable-length GS1 field (FNC1 in the symbol).
GS = "\x1d"
#: Symbology identifiers a scanner may put in front: DataMatrix with FNC1 (]d2),
#: GS1-128 (]C1), GS1 QR (]Q3), GS1 DotCode (]J1).
GS1_SYMBOLOGY_IDS = ("]d2", "]C1", "]Q3", "]J1")
#: Some scanners send FNC1 as one of these instead of GS.
FNC1_CHARS = (GS, "\xe8", "\u241d")

MAX_INTERNAL_CODE = 48
_INTERNAL_CODE = re.compile(r"[0-9A-Za-z\-./_+]{1,48}")
_QUANTITY = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")

#: GS1 application identifiers with a fixed data length (the rest end at GS or at the end).
_FIXED_AIS = {
    "00": 18, "01": 14, "02": 14, "03": 14, "11": 6, "12": 6, "13": 6, "15": 6, "16": 6, "17": 6, "20": 2,
}
#: Four-digit AIs with a fixed length (measures 31xx-36xx, tobacco's max retail price 8005).
_FIXED_AI4_PREFIXES = tuple(str(n) for n in range(31, 37))
_FIXED_AI4 = {"8005": 6}
#: AIs whose data is variable (ends at GS or at the end) and that we expect in marking codes.
_KNOWN_VARIABLE = ("10", "21", "22", "91", "92", "93", "240", "241", "250", "7003")

#: Russian ЙЦУКЕН keys typed by a scanner while the keyboard layout is Russian, as QWERTY.
_RU_TO_LATIN = str.maketrans(
    "йцукенгшщзфывапролдячсмитьЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ",
    "qwertyuiopasdfghjklzxcvbnmQWERTYUIOPASDFGHJKLZXCVBNM",
)
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


class ScanKind(enum.StrEnum):
    EAN13 = "ean13"
    EAN8 = "ean8"
    UPCA = "upca"
    GTIN14 = "gtin14"
    GS1 = "gs1"  # a GS1 DataMatrix (or GS1-128) with AIs, e.g. a marking code
    CODE128 = "code128"  # an internal code: letters, digits, - . / _ +
    INVALID = "invalid"


@dataclass(frozen=True)
class Scan:
    """One scanned code, classified.

    ``code`` is the normalised code: the digits for EAN/UPC/GTIN-14, the canonical
    ``01<gtin>21<serial>`` for a marking code (what makes a unit unique), the text for
    Code 128. ``reason`` says why an ``INVALID`` scan is invalid (a translatable phrase).
    """

    raw: str
    kind: ScanKind
    code: str
    gtin: str | None = None
    serial: str | None = None
    reason: str = ""
    #: Every application identifier found in a GS1 code, e.g. {"01": ..., "21": ..., "91": ...}.
    ais: dict[str, str] = field(default_factory=dict)
    #: The input was typed in the Russian keyboard layout and was translated back.
    layout_fixed: bool = False

    @property
    def is_valid(self) -> bool:
        return self.kind is not ScanKind.INVALID

    @property
    def is_marking_code(self) -> bool:
        return self.kind is ScanKind.GS1 and bool(self.gtin) and bool(self.serial)

    def lookup_codes(self) -> tuple[str, ...]:
        """The catalog barcodes this scan may be stored as, best first."""
        if self.kind is ScanKind.GS1:
            return gtin_variants(self.gtin) if self.gtin else ()
        if self.kind in (ScanKind.EAN13, ScanKind.EAN8, ScanKind.UPCA, ScanKind.GTIN14):
            return gtin_variants(self.code)
        return (self.code,) if self.code else ()


# --- check digits -------------------------------------------------------------------------

def gtin_check_digit(body: str) -> str:
    """The GS1 mod-10 check digit for a code body of any length (EAN-8/13, UPC-A, GTIN-14).

    Weights 3 and 1 alternate from the rightmost digit of the body, which weighs 3.
    """
    if not body.isdigit() or not body.isascii():
        raise ValueError(f"a GTIN body has digits only: {body!r}")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def ean13_check_digit(body12: str) -> str:
    """The check digit of an EAN-13 from its first twelve digits."""
    if len(body12) != 12:
        raise ValueError(f"an EAN-13 body has 12 digits, got {len(body12)}")
    return gtin_check_digit(body12)


def is_valid_gtin(code: str) -> bool:
    """True for 8, 12, 13 or 14 digits whose last digit is the right check digit."""
    return (
        code.isascii() and code.isdigit() and len(code) in (8, 12, 13, 14)
        and gtin_check_digit(code[:-1]) == code[-1]
    )


def is_valid_ean13(code: str) -> bool:
    return len(code) == 13 and is_valid_gtin(code)


def is_valid_ean8(code: str) -> bool:
    return len(code) == 8 and is_valid_gtin(code)


def is_valid_upca(code: str) -> bool:
    return len(code) == 12 and is_valid_gtin(code)


def gtin14_to_ean13(gtin: str) -> str | None:
    """A GTIN-14 with a leading 0 (indicator digit 0: the unit itself) is that EAN-13.

    Other indicator digits mean a pack of the item with its own number: None.
    The check digit stays the same (the leading zero weighs nothing).
    """
    if len(gtin) == 14 and gtin.isdigit() and gtin.startswith("0"):
        return gtin[1:]
    return None


def gtin_variants(code: str) -> tuple[str, ...]:
    """Spellings of one GTIN that a catalog may hold: GTIN-14, EAN-13, UPC-A, EAN-8
    (padded with leading zeros to 14 digits they are the same number)."""
    if not code.isdigit() or len(code) > 14:
        return (code,)
    full = code.zfill(14)
    out = [code]
    for length in (13, 12, 14, 8):
        if full[: 14 - length].strip("0") == "":
            variant = full[14 - length :]
            if variant not in out:
                out.append(variant)
    return tuple(out)


# --- GS1 ------------------------------------------------------------------------------

def _strip_gs1_prefix(text: str) -> tuple[str, bool]:
    """Drop a symbology id and/or a leading FNC1; say whether either was there."""
    found = False
    for sid in GS1_SYMBOLOGY_IDS:
        if text.startswith(sid):
            text, found = text[len(sid):], True
            break
    while text and text[0] in FNC1_CHARS:
        text, found = text[1:], True
    return text, found


def _looks_like_gs1(body: str) -> bool:
    return bool(re.match(r"01\d{14}21", body)) or body.startswith("(01)")


def _ai_at(data: str, pos: int) -> str | None:
    """The application identifier starting at ``pos`` (2, 3 or 4 digits)."""
    two = data[pos : pos + 2]
    if not two.isdigit():
        return None
    if two in _FIXED_AIS or two in ("10", "21", "22", "91", "92", "93", "94", "95", "96", "97", "98", "99"):
        return two
    four = data[pos : pos + 4]
    if four in _FIXED_AI4 or (two in _FIXED_AI4_PREFIXES and four.isdigit()):
        return four
    for ai in _KNOWN_VARIABLE:
        if data.startswith(ai, pos):
            return ai
    if four.isdigit() and two in ("70", "71", "72", "80", "81", "82"):
        return four
    three = data[pos : pos + 3]
    if three.isdigit():
        return three
    return two


def _fixed_length(ai: str) -> int | None:
    if ai in _FIXED_AIS:
        return _FIXED_AIS[ai]
    if ai in _FIXED_AI4:
        return _FIXED_AI4[ai]
    if len(ai) == 4 and ai[:2] in _FIXED_AI4_PREFIXES:
        return 6
    return None


#: Russian marking code shapes when a scanner drops the group separators: serial, then the
#: verification key and crypto tail (91/92), or a short crypto tail (93), or 8005 + 93.
_NO_GS_TAILS = (
    re.compile(r"(?P<serial>.{13})91(?P<k91>.{4})92(?P<k92>.{44}|.{88})"),
    re.compile(r"(?P<serial>.{6,13})93(?P<k93>.{4})"),
    re.compile(r"(?P<serial>.{7})8005(?P<k8005>\d{6})93(?P<k93>.{4})"),
)


def parse_gs1(data: str) -> dict[str, str]:
    """Application identifiers and their values from GS1 element strings.

    Lenient: variable fields end at a group separator or at the end; unknown AIs are
    kept with their data up to the next separator; the "(01)…(21)…" human-readable
    form is accepted too. Raises ``ValueError`` when the data can't be split at all.
    """
    if data.startswith("("):
        found = dict(re.findall(r"\((\d{2,4})\)([^(]*)", data))
        if not found:
            raise ValueError("no (AI) groups")
        return {ai: value.strip(GS) for ai, value in found.items()}
    ais: dict[str, str] = {}
    pos = 0
    while pos < len(data):
        if data[pos] in FNC1_CHARS:
            pos += 1
            continue
        ai = _ai_at(data, pos)
        if ai is None:
            raise ValueError(f"no application identifier at position {pos}")
        pos += len(ai)
        length = _fixed_length(ai)
        if length is not None:
            value = data[pos : pos + length]
            if len(value) != length:
                raise ValueError(f"AI ({ai}) needs {length} characters")
            pos += length
        else:
            end = len(data)
            for sep in FNC1_CHARS:
                at = data.find(sep, pos)
                if at != -1:
                    end = min(end, at)
            value = data[pos:end]
            if ai == "21" and end == len(data):
                # No separator after the serial: perhaps the scanner dropped them.
                for shape in _NO_GS_TAILS:
                    match = shape.fullmatch(value)
                    if match:
                        parts = match.groupdict()
                        value = parts.pop("serial")
                        ais.update({k[1:]: v for k, v in parts.items() if v is not None})
                        break
            pos = end
        ais.setdefault(ai, value)
    return ais


def _gs1_scan(raw: str, body: str, layout_fixed: bool) -> Scan:
    try:
        ais = parse_gs1(body)
    except ValueError:
        return Scan(raw, ScanKind.INVALID, body, reason=Phrase("The GS1 code could not be read."),
                    layout_fixed=layout_fixed)
    gtin = ais.get("01")
    if gtin is None or len(gtin) != 14 or not gtin.isdigit():
        return Scan(raw, ScanKind.INVALID, body, reason=Phrase("The GS1 code has no GTIN (AI 01)."), ais=ais,
                    layout_fixed=layout_fixed)
    if not is_valid_gtin(gtin):
        return Scan(raw, ScanKind.INVALID, body, gtin=gtin,
                    reason=Phrase("The check digit of the GTIN in the code is wrong."), ais=ais,
                    layout_fixed=layout_fixed)
    serial = ais.get("21") or None
    if serial is not None and len(serial) > 20:
        return Scan(raw, ScanKind.INVALID, body, gtin=gtin,
                    reason=Phrase("The serial number in the code is too long."), ais=ais, layout_fixed=layout_fixed)
    code = f"01{gtin}21{serial}" if serial else f"01{gtin}"
    return Scan(raw, ScanKind.GS1, code, gtin=gtin, serial=serial, ais=ais, layout_fixed=layout_fixed)


# --- the classifier --------------------------------------------------------------------------

def parse_scan(raw: str) -> Scan:
    """Classify what the scanner typed (see the module docstring)."""
    text = raw.strip(" \t\r\n\u00a0")
    layout_fixed = False
    if _CYRILLIC.search(text):
        text = text.translate(_RU_TO_LATIN)
        layout_fixed = True
    if not text:
        return Scan(raw, ScanKind.INVALID, "", reason=Phrase("Nothing was scanned."))
    body, prefixed = _strip_gs1_prefix(text)
    if prefixed or _looks_like_gs1(body):
        return _gs1_scan(raw, body, layout_fixed)
    if text.isascii() and text.isdigit() and len(text) in (8, 12, 13, 14):
        kind = {8: ScanKind.EAN8, 12: ScanKind.UPCA, 13: ScanKind.EAN13, 14: ScanKind.GTIN14}[len(text)]
        if not is_valid_gtin(text):
            return Scan(raw, ScanKind.INVALID, text, reason=Phrase("The check digit of the barcode is wrong."),
                        layout_fixed=layout_fixed)
        return Scan(raw, kind, text, gtin=text.zfill(14), layout_fixed=layout_fixed)
    if _INTERNAL_CODE.fullmatch(text):
        return Scan(raw, ScanKind.CODE128, text, layout_fixed=layout_fixed)
    if len(text) > MAX_INTERNAL_CODE:
        return Scan(raw, ScanKind.INVALID, text, reason=Phrase("The code is too long for a barcode."),
                    layout_fixed=layout_fixed)
    return Scan(raw, ScanKind.INVALID, text,
                reason=Phrase("The code has characters a barcode can't have."), layout_fixed=layout_fixed)


# --- "12*" before a scan -------------------------------------------------------------------

MAX_SCAN_QUANTITY = Decimal("1000000")


def parse_quantity(text: str) -> Decimal:
    """A quantity typed by a person: ``12``, ``1,5``, ``0.250``; positive, at most 3 decimals."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").strip()
    if not _QUANTITY.fullmatch(cleaned):
        raise ValidationError("'{text}' is not a quantity; type a number such as 12 or 1,5.", text=text.strip())
    try:
        value = Decimal(cleaned.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern already refused it
        raise ValidationError("'{text}' is not a quantity; type a number such as 12 or 1,5.",
                              text=text.strip()) from None
    if value <= 0:
        raise ValidationError("The quantity must be more than zero, not {quantity}.", quantity=text.strip())
    if value != value.quantize(Decimal("0.001")):
        raise ValidationError("'{text}' has more than three decimal places.", text=text.strip())
    if value > MAX_SCAN_QUANTITY:
        raise ValidationError("{quantity} is too large for a quantity.", quantity=text.strip())
    return value.quantize(Decimal("0.001")).normalize() if value != value.to_integral_value() else Decimal(int(value))


def parse_quantity_prefix(text: str) -> tuple[Decimal | None, str]:
    """Split ``12*4601234567893`` into (12, "4601234567893"); no ``*`` → (None, text).

    A marking code may itself contain ``*`` (in its serial or crypto tail), so a code
    that is plainly GS1 is never split. Raises :class:`ValidationError` for a zero,
    negative or non-numeric quantity, or a quantity with nothing scanned after it.
    """
    stripped = text.strip(" \t\r\n\u00a0")
    body, prefixed = _strip_gs1_prefix(stripped)
    if prefixed or _looks_like_gs1(body) or "*" not in stripped:
        return None, stripped
    head, _, rest = stripped.partition("*")
    quantity = parse_quantity(head)
    rest = rest.strip(" \t\r\n\u00a0")
    if not rest:
        raise ValidationError("Scan or type the barcode after the quantity ({quantity}*).", quantity=head.strip())
    return quantity, rest
