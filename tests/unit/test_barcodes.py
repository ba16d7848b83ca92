"""What a scanner typed: check digits, GS1 marking codes, the "12*" quantity prefix."""

from __future__ import annotations

from decimal import Decimal

import pytest

from backoffice_desktop.errors import ValidationError
from backoffice_desktop.services.barcodes import (
    GS,
    ScanKind,
    ean13_check_digit,
    gtin14_to_ean13,
    gtin_check_digit,
    gtin_variants,
    is_valid_ean13,
    parse_gs1,
    parse_quantity_prefix,
    parse_scan,
)

CRYPTO_44 = "dGVzdGNyeXB0b3RhaWwxMjM0NTY3ODkwYWJjZGVmZ2hp"  # 44 characters of an AI 92 tail
assert len(CRYPTO_44) == 44


# --- check digits -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "digit"),
    [("400638133393", "1"), ("460123456789", "3"), ("590123412345", "7"), ("000000000000", "0")],
)
def test_ean13_check_digit(body, digit):
    assert ean13_check_digit(body) == digit
    assert is_valid_ean13(body + digit)


def test_other_gtin_lengths_use_the_same_rule():
    assert gtin_check_digit("9638507") == "4"  # EAN-8 96385074
    assert gtin_check_digit("03600029145") == "2"  # UPC-A 036000291452
    assert gtin_check_digit("0460123456789") == "3"  # a GTIN-14 with a leading 0 = the EAN-13


def test_check_digit_refuses_a_wrong_body():
    with pytest.raises(ValueError):
        ean13_check_digit("12345")
    with pytest.raises(ValueError):
        ean13_check_digit("12345678901a")
    assert not is_valid_ean13("4006381333932")
    assert not is_valid_ean13("400638133393")


@pytest.mark.parametrize(
    ("raw", "kind"),
    [("4006381333931", ScanKind.EAN13), ("96385074", ScanKind.EAN8), ("036000291452", ScanKind.UPCA),
     ("04601234567893", ScanKind.GTIN14)],
)
def test_retail_barcodes_are_recognised(raw, kind):
    scan = parse_scan(f"  {raw}\r\n")
    assert scan.kind is kind and scan.code == raw and scan.is_valid


@pytest.mark.parametrize("raw", ["4006381333932", "96385075", "036000291453", "04601234567890"])
def test_a_wrong_check_digit_is_invalid_with_a_reason(raw):
    scan = parse_scan(raw)
    assert scan.kind is ScanKind.INVALID
    assert "check digit" in scan.reason


def test_internal_code128_codes():
    assert parse_scan("KT-01/A.5").kind is ScanKind.CODE128
    assert parse_scan("1234567").kind is ScanKind.CODE128  # 7 digits: not an EAN
    assert parse_scan("X" * 48).kind is ScanKind.CODE128
    too_long = parse_scan("X" * 49)
    assert too_long.kind is ScanKind.INVALID and "too long" in too_long.reason
    assert parse_scan("A B").kind is ScanKind.INVALID
    assert parse_scan("   ").kind is ScanKind.INVALID


def test_russian_keyboard_layout_is_turned_back():
    scan = parse_scan("ЛЕ-01")  # "KT-01" typed by a scanner with the Russian layout on
    assert scan.kind is ScanKind.CODE128 and scan.code == "KT-01" and scan.layout_fixed


# --- GS1 DataMatrix marking codes ----------------------------------------------------------

def test_marking_code_with_symbology_id_and_group_separators():
    raw = f"]d201046012345678932155aBc+/!Dw8kL{GS}91EE06{GS}92{CRYPTO_44}"
    scan = parse_scan(raw)
    assert scan.kind is ScanKind.GS1 and scan.is_marking_code
    assert scan.gtin == "04601234567893"
    assert scan.serial == "55aBc+/!Dw8kL"
    assert scan.code == "010460123456789321" + "55aBc+/!Dw8kL"
    assert scan.ais["91"] == "EE06" and scan.ais["92"] == CRYPTO_44


def test_marking_code_with_leading_fnc1_and_no_tail():
    scan = parse_scan(f"{GS}0104601234567893215ABCDEF")
    assert (scan.gtin, scan.serial) == ("04601234567893", "5ABCDEF")


def test_marking_code_without_any_prefix_and_with_short_tail():
    scan = parse_scan(f"010460123456789321ABC123{GS}93dGVz")
    assert (scan.serial, scan.ais["93"]) == ("ABC123", "dGVz")


def test_marking_code_whose_scanner_dropped_the_separators():
    scan = parse_scan(f"01046012345678932155aBc+/!Dw8kL91EE0692{CRYPTO_44}")
    assert scan.serial == "55aBc+/!Dw8kL"
    assert scan.ais["91"] == "EE06"


def test_same_unit_scanned_with_and_without_prefix_has_one_canonical_code():
    a = parse_scan(f"]d20104601234567893215ABCDEF{GS}91EE06{GS}92{CRYPTO_44}")
    b = parse_scan(f"0104601234567893215ABCDEF{GS}91EE06{GS}92{CRYPTO_44}")
    assert a.code == b.code == "0104601234567893215ABCDEF"


def test_human_readable_gs1_and_fixed_length_ais():
    assert parse_gs1("(01)04601234567893(21)ABC") == {"01": "04601234567893", "21": "ABC"}
    ais = parse_gs1(f"01046012345678931726123110LOT7{GS}21SER")
    assert ais == {"01": "04601234567893", "17": "261231", "10": "LOT7", "21": "SER"}


def test_gs1_with_a_wrong_gtin_or_without_one_is_invalid():
    bad = parse_scan("]d20104601234567890215ABC")
    assert bad.kind is ScanKind.INVALID and "check digit" in bad.reason
    assert parse_scan("]d2215ABC").kind is ScanKind.INVALID


def test_gs1_carton_label_without_serial_is_not_a_marking_code():
    scan = parse_scan("]C10104601234567893")
    assert scan.kind is ScanKind.GS1 and not scan.is_marking_code and scan.code == "0104601234567893"


def test_gtin14_to_ean13_and_lookup_variants():
    assert gtin14_to_ean13("04601234567893") == "4601234567893"
    assert gtin14_to_ean13("14601234567890") is None  # a pack GTIN: its own number
    assert gtin14_to_ean13("4601234567893") is None
    assert "4601234567893" in parse_scan("]d20104601234567893215ABC").lookup_codes()
    assert gtin_variants("036000291452") == ("036000291452", "0036000291452", "00036000291452")
    assert parse_scan("4601234567893").lookup_codes()[0] == "4601234567893"


# --- the quantity prefix -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "quantity", "rest"),
    [
        ("12*4601234567893", Decimal(12), "4601234567893"),
        ("1,5*2000000000015", Decimal("1.5"), "2000000000015"),
        (" 0.250 * KT-01 ", Decimal("0.25"), "KT-01"),
        ("4601234567893", None, "4601234567893"),
    ],
)
def test_quantity_prefix(text, quantity, rest):
    assert parse_quantity_prefix(text) == (quantity, rest)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0*4601234567893", "more than zero"),
        ("-3*4601234567893", "more than zero"),
        ("abc*4601234567893", "is not a quantity"),
        ("*4601234567893", "is not a quantity"),
        ("1,2345*4601234567893", "three decimal places"),
        ("12*", "after the quantity"),
        ("99999999*4601234567893", "too large"),
    ],
)
def test_bad_quantity_prefix_is_refused_clearly(text, message):
    with pytest.raises(ValidationError, match=message):
        parse_quantity_prefix(text)


def test_a_star_inside_a_marking_code_is_not_a_quantity():
    code = f"]d2010460123456789321AB*CD{GS}93dGVz"
    assert parse_quantity_prefix(code) == (None, code)
    assert parse_quantity_prefix(f"0104601234567893215*X{GS}93dGVz")[0] is None
    quantity, rest = parse_quantity_prefix(f"1*]d2010460123456789321AB*CD{GS}93dGVz")
    assert quantity == 1 and parse_scan(rest).serial == "AB*CD"
