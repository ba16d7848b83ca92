"""Opening a price list file as sheets of rows, recognised by content, not name: a ZIP
is read as a workbook (its sheet XML read directly, streaming: openpyxl's reader is
several times slower on large lists), an OLE compound file (a password-protected
workbook or an old .xls) is refused with a hint, text is read as CSV (UTF-8, else
Windows-1251; delimiter ``;``, tab or ``,``). Rows keep the sheet's own 1-based numbers."""

from __future__ import annotations

import csv
import io
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

from ..errors import ValidationError

OLE_MAGIC = b"\xd0\xcf\x11\xe0"
ZIP_MAGIC = b"PK\x03\x04"


# --- opening files --------------------------------------------------------------------------


@dataclass
class Sheet:
    name: str
    rows: Iterator[tuple[int, tuple[Any, ...]]]
    #: How much there is to read (bytes of sheet XML, or CSV rows), and how much was read.
    size: int
    done: Callable[[], int]


class _CountingReader:
    """A file wrapper that counts the bytes read: progress through a sheet's XML."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.count += len(data)
        return data


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


#: SpreadsheetML's namespaces: transitional (what Excel writes) and strict.
_NAMESPACES = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
)


def _tags(local: str) -> frozenset[str]:
    """A tag as it may be spelled: in either namespace or none (set lookups beat parsing tags)."""
    return frozenset({local, *(f"{{{ns}}}{local}" for ns in _NAMESPACES)})


_ROW = _tags("row")
#: The shared string table's elements, as expat names them (namespace, a space, the local name).
_ITEM, _TEXT, _PHONETIC = "si", "t", "rPh"
_SST_CODES = {name: local for local in (_ITEM, _TEXT, _PHONETIC)
              for name in (local, *(f"{ns} {local}" for ns in _NAMESPACES))}


def _expat_parser() -> expat.XMLParserType:
    """An expat parser that names elements "namespace local" and hands text over whole."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    return parser


#: Built-in number formats that show dates (ECMA-376 18.8.30; 27-36 and 50-58 are East Asian).
_DATE_FORMATS = frozenset([*range(14, 23), *range(27, 37), 45, 46, 47, *range(50, 59)])


def _column_number(letters: str) -> int:
    """1 for "A", 28 for "AB"."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


class _Workbook:
    """The parts of an .xlsx a price list needs, read straight from its XML.

    openpyxl's reader builds an object per shared string and per cell: a 50 000-row
    list took it over 10 s here. This reads values only — shared and inline strings,
    numbers, booleans, errors, cached formula results, dates by their number format —
    like ``load_workbook(read_only=True, data_only=True)``; a test compares the two.
    """

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        workbook = self._xml("xl/workbook.xml")
        rels = self._rels("xl/_rels/workbook.xml.rels", "xl")
        self.epoch = datetime(1899, 12, 30)
        self.sheets: list[tuple[str, str]] = []
        for elem in workbook.iter():
            tag = _local(elem.tag)
            if tag == "workbookPr" and elem.get("date1904") in ("1", "true"):
                self.epoch = datetime(1904, 1, 1)
            elif tag == "sheet":
                rid = next((v for k, v in elem.attrib.items() if _local(k) == "id"), "")
                kind, target = rels.get(rid, ("", ""))
                if kind == "worksheet":
                    self.sheets.append((elem.get("name", ""), target))
        targets = {kind: target for kind, target in rels.values()}
        self.shared = self._shared_strings(targets.get("sharedStrings", ""))
        self.date_styles = self._date_styles(targets.get("styles", ""))

    def _xml(self, name: str) -> ET.Element:
        with self.archive.open(name) as fh:
            return ET.parse(fh).getroot()

    def _rels(self, name: str, folder: str) -> dict[str, tuple[str, str]]:
        found = {}
        for rel in self._xml(name):
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"{folder}/{target}")
            found[rel.get("Id", "")] = (rel.get("Type", "").rpartition("/")[2], path)
        return found

    def _shared_strings(self, name: str) -> list[str]:
        """The shared string table, read with expat callbacks: no element objects (a big
        list's table has over 100 000 strings). Each string is its text, or its rich
        text runs (``r/t``) joined; phonetic hints (``rPh/t``) don't count."""
        if not name or name not in self.archive.namelist():
            return []
        strings: list[str] = []
        parts: list[str] = []
        capture = phonetic = False
        codes = _SST_CODES

        def start(tag: str, _attrs: dict[str, str]) -> None:
            nonlocal capture, phonetic
            code = codes.get(tag)
            if code is _TEXT:
                capture = not phonetic
            elif code is _ITEM:
                parts.clear()
                phonetic = False
            elif code is _PHONETIC:
                phonetic = True

        def end(tag: str) -> None:
            nonlocal capture
            code = codes.get(tag)
            if code is _TEXT:
                capture = False
            elif code is _ITEM:
                strings.append("".join(parts))

        def text(data: str) -> None:
            if capture:
                parts.append(data)

        parser = _expat_parser()
        parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, text
        with self.archive.open(name) as fh:
            parser.ParseFile(fh)
        return strings

    def _date_styles(self, name: str) -> frozenset[str]:
        """Style indexes whose number format shows a date (dates are numbers in a sheet)."""
        if not name or name not in self.archive.namelist():
            return frozenset()
        styles = self._xml(name)
        custom = {elem.get("numFmtId"): elem.get("formatCode", "") for elem in styles.iter()
                  if _local(elem.tag) == "numFmt"}
        xfs = next((e for e in styles if _local(e.tag) == "cellXfs"), None)
        found = set()
        for index, xf in enumerate(xfs if xfs is not None else ()):
            fmt = xf.get("numFmtId", "0")
            code = re.sub(r'"[^"]*"|\[[^\]]*\]', "", custom.get(fmt, "")).lower()
            if int(fmt) in _DATE_FORMATS or (fmt in custom and re.search(r"[dy]", code)):
                found.add(str(index))
        return frozenset(found)

    def rows(self, file: str, sheet: str, counter: _CountingReader) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """(row number, values from column A) for every row up to the last; empty rows too.

        The loop is written out flat: it runs once per cell of a 50 000-row list.
        """
        shared, dates, epoch = self.shared, self.date_styles, self.epoch
        columns: dict[str, int] = {}
        expected = 1
        try:
            for _event, elem in ET.iterparse(counter):
                tag = elem.tag
                if tag not in _ROW:
                    continue
                v_tag, t_tag = tag[:-3] + "v", tag[:-3] + "t"  # in the row's namespace
                row_no = int(elem.get("r") or expected)
                values: list[Any] = []
                column = 0
                for c in elem:
                    ref = c.get("r")
                    if ref:
                        letters = ref.rstrip("0123456789")
                        column = columns.get(letters) or columns.setdefault(letters, _column_number(letters))
                    else:  # some writers leave the reference out of consecutive cells
                        column += 1
                    kind = c.get("t")
                    v = c.findtext(v_tag)
                    if kind == "inlineStr":
                        value: Any = "".join(t.text or "" for t in c.iter(t_tag))
                        if not value:
                            continue
                    elif not v:
                        continue  # empty, or a formula never calculated
                    elif kind == "s":
                        value = shared[int(v)]
                    elif kind is None or kind == "n":
                        value = int(v) if v.isdigit() else float(v)
                        if dates and c.get("s") in dates:
                            value = epoch + timedelta(days=value)
                    elif kind == "b":
                        value = v == "1"
                    elif kind == "d":
                        value = datetime.fromisoformat(v)
                    else:  # "str" (a formula's text) and "e" (#N/A...)
                        value = v
                    if column > len(values) + 1:
                        values.extend([None] * (column - 1 - len(values)))
                    values.append(value)
                elem.clear()
                while expected < row_no:
                    yield expected, ()
                    expected += 1
                yield row_no, tuple(values)
                expected = row_no + 1
        except (ET.ParseError, zipfile.BadZipFile, zlib.error, ValueError, IndexError) as exc:
            raise ValidationError("{file} is damaged: sheet '{sheet}' can't be read ({reason}).",
                                  file=file, sheet=sheet, reason=str(exc)) from exc


def _sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits most lines into the same number (>1) of fields.

    ``csv.Sniffer`` gives up on Russian CSV files, where ``;`` separates fields and
    ``,`` is the decimal mark inside them; ties go to ``;``, then tab, then ``,``.
    """
    best = (0, 0, 0)
    chosen = ";"
    for preference, delimiter in enumerate((",", "\t", ";")):
        counts = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
        width, _ = Counter(c for c in counts if c > 1).most_common(1)[0] if any(c > 1 for c in counts) else (0, 0)
        score = (counts.count(width) if width else 0, width, preference)
        if score > best:
            best, chosen = score, delimiter
    return chosen


def _text(data: bytes) -> str | None:
    """A text file's content: UTF-16 with a BOM (Excel's "Unicode text"), UTF-8, else
    Windows-1251; None for binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:65536]:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _csv_sheet(path: Path, text: str) -> Sheet:
    sample = [line for line in islice(text.splitlines(), 200) if line.strip()][:50]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(sample))
    rows = [(i, tuple(r)) for i, r in enumerate(reader, start=1)]
    position = [0]

    def counted() -> Iterator[tuple[int, tuple[Any, ...]]]:
        for item in rows:
            position[0] = item[0]
            yield item

    return Sheet(path.stem, counted(), len(rows), lambda: position[0])


@contextmanager
def open_sheets(path: Path) -> Iterator[tuple[list[Sheet], tuple[str, ...]]]:
    """The file's sheets (a CSV is one sheet named after the file) and all sheet names."""
    file = path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise ValidationError("The file {file} does not exist.", file=str(path)) from None
    except IsADirectoryError:
        raise ValidationError("{file} is a folder, not a price list file.", file=str(path)) from None
    except OSError as exc:
        raise ValidationError("Cannot read {file}: {reason}.", file=str(path), reason=exc.strerror) from exc
    if not head:
        raise ValidationError("The file {file} is empty.", file=file)
    if head.startswith(OLE_MAGIC):
        raise ValidationError(
            "{file} is not an .xlsx workbook but an OLE compound file: either a password-protected "
            "workbook or an old Excel 97-2003 .xls file. Remove the password, or open it in Excel and save "
            "it as .xlsx, then import it again.", file=file)
    if not head.startswith(ZIP_MAGIC):
        text = _text(path.read_bytes())
        if text is None:
            raise ValidationError("{file} is not a spreadsheet: expected an Excel workbook (.xlsx) or a CSV file.",
                                  file=file)
        sheet = _csv_sheet(path, text)
        yield [sheet], (sheet.name,)
        return
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ValidationError("{file} is a ZIP archive but not an Excel workbook (.xlsx).", file=file) from exc
    with archive:
        try:
            workbook = _Workbook(archive)
            parts = [(name, archive.open(part), archive.getinfo(part).file_size) for name, part in workbook.sheets]
        except (zipfile.BadZipFile, zlib.error, KeyError, ET.ParseError, expat.ExpatError, ValueError,
                IndexError) as exc:
            raise ValidationError("{file} is a ZIP archive but not an Excel workbook (.xlsx).", file=file) from exc
        sheets = []
        for name, raw, size in parts:
            counter = _CountingReader(raw)
            sheets.append(Sheet(name, workbook.rows(file, name, counter), size, lambda c=counter: c.count))
        yield sheets, tuple(name for name, _raw, _size in parts)

