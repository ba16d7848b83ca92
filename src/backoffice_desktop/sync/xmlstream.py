"""Writing XML element by element to a binary stream, for documents of any size.

:class:`xml.sax.saxutils.XMLGenerator` writes through to the stream on every call,
which makes a 100 000-product document five times slower; this writes escaped text
into a buffered UTF-8 stream instead. Hot loops may format a whole element themselves
(escaping with :func:`xml.sax.saxutils.escape`) and hand it to :meth:`XmlStream.raw`.
"""

from __future__ import annotations

import io
from typing import BinaryIO
from xml.sax.saxutils import escape, quoteattr


class XmlStream:
    """An XML declaration, then elements; :meth:`finish` flushes and leaves the
    caller's stream open."""

    def __init__(self, stream: BinaryIO) -> None:
        self._text = io.TextIOWrapper(stream, encoding="utf-8", newline="\n")
        self.raw = self._text.write
        self.raw('<?xml version="1.0" encoding="UTF-8"?>\n')

    def finish(self) -> None:
        self._text.flush()
        self._text.detach()

    def discard(self) -> None:
        self._text.detach()

    def open(self, name: str, attrs: dict[str, str] | None = None) -> None:
        self.raw(f"<{name}{attributes(attrs)}>")

    def close(self, name: str) -> None:
        self.raw(f"</{name}>")

    def leaf(self, name: str, text: str, attrs: dict[str, str] | None = None) -> None:
        self.raw(f"<{name}{attributes(attrs)}>{escape(text)}</{name}>")

    def empty(self, name: str, attrs: dict[str, str] | None = None) -> None:
        self.raw(f"<{name}{attributes(attrs)}/>")

    def newline(self) -> None:
        self.raw("\n")


def attributes(attrs: dict[str, str] | None) -> str:
    """`` name="value"`` pairs, escaped, for a start tag."""
    if not attrs:
        return ""
    return "".join(f" {name}={quoteattr(value)}" for name, value in attrs.items())
