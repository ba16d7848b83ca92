"""The product card editor's use cases: load a card, check and save it (optimistic
locking, rights per field, audit, outbox), slugs, clean descriptions, variants, history.

Plain Python, no Qt; the card editor in ``ui/catalog/card`` calls these.
"""

from .card import (
    AttributeField,
    CardBarcode,
    ProductCard,
    VariantRow,
    attribute_fields,
    changed_keys,
    load_card,
    new_card,
    resolve,
)
from .history import HistoryEntry, card_history, revert_change
from .html_clean import clean_html, html_to_text
from .save import CardConflict, FieldConflict, save_card
from .slugs import slugify, suggest_slug, translit
from .validation import META_DESCRIPTION_MAX, META_KEYWORDS_MAX, META_TITLE_MAX

__all__ = [
    "AttributeField", "CardBarcode", "CardConflict", "FieldConflict", "HistoryEntry", "META_DESCRIPTION_MAX",
    "META_KEYWORDS_MAX", "META_TITLE_MAX", "ProductCard", "VariantRow", "attribute_fields", "card_history",
    "changed_keys", "clean_html", "html_to_text", "load_card", "new_card", "resolve", "revert_change",
    "save_card", "slugify", "suggest_slug", "translit",
]
