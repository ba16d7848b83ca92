"""Completeness as the interface words it: channel names and what a card is missing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from ...services.completeness import ATTRIBUTES, DESCRIPTION, MAIN_PHOTO, PHOTOS, Completeness, Missing

CONTEXT = "Completeness"
CHANNELS = {
    "website": QT_TRANSLATE_NOOP("Completeness", "Website"),
    "marketplace": QT_TRANSLATE_NOOP("Completeness", "Marketplace"),
}
SEO_FIELDS = {
    "slug": QT_TRANSLATE_NOOP("Completeness", "URL slug"),
    "meta_title": QT_TRANSLATE_NOOP("Completeness", "meta title"),
    "meta_description": QT_TRANSLATE_NOOP("Completeness", "meta description"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def channel_title(channel: str) -> str:
    return _tr(CHANNELS[channel]) if channel in CHANNELS else channel


def missing_text(item: Missing) -> str:
    if item.kind == MAIN_PHOTO:
        return QCoreApplication.translate("Completeness", "main photo")
    if item.kind == PHOTOS:
        return QCoreApplication.translate("Completeness", "photos: {0} of {1}").format(item.have, item.need)
    if item.kind == DESCRIPTION:
        return QCoreApplication.translate("Completeness", "description: {0} of {1} characters").format(
            item.have, item.need)
    if item.kind == ATTRIBUTES:
        return QCoreApplication.translate("Completeness", "required attributes: {0} of {1} (empty: {2})").format(
            item.have, item.need, ", ".join(item.names))
    names = ", ".join(_tr(SEO_FIELDS.get(n, n)) for n in item.names)
    return QCoreApplication.translate("Completeness", "SEO: {0}").format(names)


def completeness_tooltip(score: Completeness) -> str:
    head = QCoreApplication.translate("Completeness", "{0}: {1}% complete, publishing needs {2}%").format(
        channel_title(score.channel), score.percent, score.publish_threshold)
    if score.complete:
        return head
    lines = [QCoreApplication.translate("Completeness", "Missing:")] + ["• " + missing_text(m) for m in score.missing]
    return head + "\n" + "\n".join(lines)


def completeness_colour(score: Completeness) -> QColor:
    """Green when complete, amber when publishable but not complete, red below the threshold."""
    if score.complete:
        return QColor("#1b7f3b")
    if score.publishable:
        return QColor("#a15c00")
    return QColor("#b00020")
