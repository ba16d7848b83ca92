"""What the file importers (price lists, order exports) share about columns: a mapping of
fields to column letters with the header captions seen, its JSON form, and finding the
header row of a sheet by scoring each row's captions against the fields' synonyms."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from openpyxl.utils import column_index_from_string

from ..errors import Phrase, ValidationError
from .pricelist_values import COLUMN_LETTERS, CURRENCY_WORDS, UNIT_WORDS, clean_text, fold, is_blank, text_words

F = TypeVar("F", bound=enum.StrEnum)

#: A sheet's first rows: (row number, cell values from column A on).
Head = list[tuple[int, tuple[Any, ...]]]


@dataclass(frozen=True)
class ColumnMapping(Generic[F]):
    """Which sheets, header row and columns hold which field; remembered as JSON.

    ``columns`` maps fields to column letters; empty means "detect". ``header_row`` None
    means "detect the row". ``sheets`` empty means every sheet that has a table.
    ``captions`` are the header texts seen when the mapping was made: a saved mapping
    finds its header again by them when the next file has moved it. A mapping corrected
    by hand has no captions and is taken as it is.
    """

    #: The kind of field the columns hold, and how messages name each one.
    FIELD: ClassVar[type[enum.StrEnum]]
    TITLES: ClassVar[Mapping[Any, Phrase]]

    columns: dict[F, str] = field(default_factory=dict)
    header_row: int | None = None
    sheets: tuple[str, ...] = ()
    captions: dict[F, str] = field(default_factory=dict)

    def _normalise(self) -> None:
        """Fields as enum members, letters upper-cased, captions of mapped fields only;
        raises :class:`ValidationError` for a bad letter or header row."""
        kind = self.FIELD
        columns = {kind(f): str(c).strip().upper() for f, c in self.columns.items()}
        object.__setattr__(self, "columns", columns)
        object.__setattr__(self, "captions", {kind(f): str(c) for f, c in self.captions.items() if f in columns})
        object.__setattr__(self, "sheets", tuple(self.sheets))
        for letter in columns.values():
            if not COLUMN_LETTERS.fullmatch(letter) or column_index_from_string(letter) > 16384:
                raise ValidationError("'{column}' is not a column letter (expected A, B, ... XFD).", column=letter)
        if self.header_row is not None and self.header_row < 1:
            raise ValidationError("The header row must be 1 or more, not {row}.", row=self.header_row)

    def _check_distinct(self) -> None:
        """Raises :class:`ValidationError` when one column is chosen for two fields."""
        seen: dict[str, Any] = {}
        for f, letter in self.columns.items():
            if letter in seen:
                raise ValidationError("Column {column} is chosen for both {first} and {second}.",
                                      column=letter, first=self.TITLES[seen[letter]], second=self.TITLES[f])
            seen[letter] = f

    @property
    def is_auto(self) -> bool:
        return not self.columns

    def to_json(self) -> dict[str, Any]:
        return {
            "columns": {f.value: c for f, c in self.columns.items()},
            "header_row": self.header_row,
            "sheets": list(self.sheets),
            "captions": {f.value: c for f, c in self.captions.items()},
        }

    @classmethod
    def unknown_field(cls, data: dict[str, Any]) -> str | None:
        """The first field name in saved JSON that this mapping doesn't know, else None."""
        known = {f.value for f in cls.FIELD}
        return next((n for n in [*data.get("columns", {}), *data.get("captions", {})] if n not in known), None)

    @staticmethod
    def json_arguments(data: dict[str, Any]) -> dict[str, Any]:
        """The constructor arguments saved by :meth:`to_json` (the shared ones)."""
        header_row = data.get("header_row")
        return {
            "columns": dict(data.get("columns", {})),
            "header_row": int(header_row) if header_row is not None else None,
            "sheets": tuple(str(s) for s in data.get("sheets", ())),
            "captions": dict(data.get("captions", {})),
        }


# --- finding the header row ----------------------------------------------------------------


def caption_words(text: str) -> tuple[str, ...]:
    """A caption's words, lower-cased, without currency and unit words ("Цена, руб." → цена)."""
    return tuple(w for w in text_words(text) if w not in CURRENCY_WORDS and w not in UNIT_WORDS)


def caption_match_level(words: tuple[str, ...], synonym: tuple[str, ...]) -> int:
    """3: the caption is the synonym; 2: it starts with it; 1: it contains it; 0: no."""
    if words == synonym:
        return 3
    n = len(synonym)
    if words[:n] == synonym:
        return 2
    return 1 if any(words[i:i + n] == synonym for i in range(1, len(words) - n + 1)) else 0


class HeaderScorer(Generic[F]):
    """Scores a row's captions against each field's synonyms (best first) and picks the
    header row: the one naming most fields among the rows ``complete`` accepts."""

    def __init__(self, synonyms: Mapping[F, tuple[str, ...]], excludes: Mapping[F, tuple[str, ...]],
                 complete: Callable[[set[F]], bool]) -> None:
        """``excludes``: word beginnings that rule a caption out for a field ("Розничная
        цена" is no price); ``complete``: whether the fields a row names make a header."""
        self.synonyms = {f: tuple(tuple(s.split()) for s in syns) for f, syns in synonyms.items()}
        self.excludes = excludes
        self.complete = complete

    def assign(self, cells: Sequence[Any]) -> dict[F, tuple[int, int]]:
        """Fields found among a row's captions: field → (column index, match level)."""
        candidates: list[tuple[int, int, int, F]] = []
        for col, value in enumerate(cells):
            if not isinstance(value, str):
                continue
            words = caption_words(value)
            if not words or len(words) > 8:  # a long text is a title or a note, not a caption
                continue
            for f, synonyms in self.synonyms.items():
                excludes = self.excludes.get(f)
                if excludes and any(w.startswith(excludes) for w in words):
                    continue
                best = max(((caption_match_level(words, s), -prio) for prio, s in enumerate(synonyms)),
                           default=(0, 0))
                if best[0]:
                    candidates.append((best[0], best[1], -col, f))
        found: dict[F, tuple[int, int]] = {}
        used: set[int] = set()
        for level, _prio, neg_col, f in sorted(candidates, reverse=True):
            if f not in found and -neg_col not in used:
                found[f] = (-neg_col, level)
                used.add(-neg_col)
        return found

    def detect(self, head: Head) -> tuple[int, dict[F, int]] | None:
        """The header row and each field's column index; the first such row on a tie."""
        best: tuple[float, int, dict[F, int]] | None = None
        for row_no, cells in head:
            found = self.assign(cells)
            if not self.complete(set(found)):
                continue
            score = sum(1.0 if level >= 2 else 0.5 for _col, level in found.values())
            if best is None or score > best[0]:
                best = (score, row_no, {f: col for f, (col, _level) in found.items()})
        return None if best is None else (best[1], best[2])


def follow_captions(head: Head, wanted: Mapping[F, str],
                    indexes: Mapping[F, int]) -> tuple[int, tuple[Any, ...], dict[F, int]] | None:
    """The first row holding every wanted (folded) caption, for a file that moved its
    table: (row number, cells, each field's column index there), else None."""
    for row_no, cells in head:
        at = {fold(clean_text(v)): i for i, v in enumerate(cells) if not is_blank(v)}
        if all(text in at for text in wanted.values()):
            return row_no, cells, {f: at[wanted[f]] if f in wanted else i for f, i in indexes.items()}
    return None
