"""The product card editor's use cases: load a card, check and save it (optimistic
locking, rights per field, audit, outbox), slugs, clean descriptions, variants, history.

Plain Python, no Qt; the card editor in ``ui/catalog/card`` calls these.
"""

from .card import (
    AttributeField,
    CardBarcode,
    ProductCard,
    VariantRow,
    VARIANTS_KEY,
    attribute_fields,
    card_id_by_sku,
    changed_keys,
    get_value,
    is_changed,
    load_card,
    new_card,
    resolve,
    with_value,
)
from .history import HistoryEntry, card_history, revert_change
from .html_clean import clean_html, html_to_text
from .save import CardConflict, FieldConflict, save_card
from .slugs import slugify, suggest_slug, translit
from .validation import META_DESCRIPTION_MAX, META_KEYWORDS_MAX, META_TITLE_MAX

__all__ = [
    "AttributeField", "CardBarcode", "CardConflict", "FieldConflict", "HistoryEntry", "META_DESCRIPTION_MAX",
    "META_KEYWORDS_MAX", "META_TITLE_MAX", "ProductCard", "VARIANTS_KEY", "VariantRow", "attribute_fields", "card_history", "card_id_by_sku",
    "changed_keys", "clean_html", "get_value", "html_to_text", "is_changed", "load_card", "new_card", "resolve", "revert_change",
    "save_card", "slugify", "suggest_slug", "translit", "with_value",
]
