"""The description editor's document as simple, clean HTML.

``QTextEdit.toHtml()`` writes a whole page with inline styles (``<span style="font-
weight:700">``) that the sanitiser would strip, losing the formatting. Walking the
document instead gives the few tags a shop page needs: paragraphs, h2/h3, lists,
strong/em/u and links. The service sanitises again whatever arrives.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QFont, QTextBlock, QTextDocument, QTextFragment, QTextListFormat

_ORDERED = {
    QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha, QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman, QTextListFormat.Style.ListUpperRoman,
}


def _fragment_html(fragment: QTextFragment, heading: bool) -> str:
    fmt = fragment.charFormat()
    # U+FFFC stands for an embedded object (a pasted image): photos belong in the photos tab.
    text = html.escape(fragment.text().replace("\ufffc", ""), quote=False).replace("\u2028", "<br>")
    if fmt.fontWeight() >= QFont.Weight.Bold and not heading:
        text = f"<strong>{text}</strong>"
    if fmt.fontItalic():
        text = f"<em>{text}</em>"
    if fmt.isAnchor() and fmt.anchorHref():
        return f'<a href="{html.escape(fmt.anchorHref())}">{text}</a>'
    if fmt.fontUnderline():
        text = f"<u>{text}</u>"
    return text


def _block_html(block: QTextBlock) -> str:
    heading = block.blockFormat().headingLevel() > 0
    parts = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            parts.append(_fragment_html(fragment, heading))
        it += 1
    return "".join(parts)


def document_to_html(document: QTextDocument) -> str:
    out: list[str] = []
    open_list: tuple[object, str] | None = None
    block = document.begin()
    while block.isValid():
        inner = _block_html(block)
        text_list = block.textList()
        if text_list is not None:
            tag = "ol" if text_list.format().style() in _ORDERED else "ul"
            if open_list is None or open_list[0] != text_list:
                if open_list is not None:
                    out.append(f"</{open_list[1]}>")
                out.append(f"<{tag}>")
                open_list = (text_list, tag)
            out.append(f"<li>{inner}</li>")
        else:
            if open_list is not None:
                out.append(f"</{open_list[1]}>")
                open_list = None
            level = block.blockFormat().headingLevel()
            if level in (2, 3, 4):
                out.append(f"<h{level}>{inner}</h{level}>")
            elif inner.strip():
                out.append(f"<p>{inner}</p>")
        block = block.next()
    if open_list is not None:
        out.append(f"</{open_list[1]}>")
    return "".join(out)
