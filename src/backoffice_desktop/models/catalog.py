"""Products, their categories, brands, barcodes, attributes and photos."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.sql import column, table

from .base import Percent, ZERO, Base, Cost, Money, Quantity, utcnow


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    #: Materialised path of ids ("/3/17/"), so "this category and below" is one LIKE.
    path: Mapped[str] = mapped_column(String(500), default="/", index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    parent: Mapped[Category | None] = relationship(remote_side=[id])


class Brand(Base):
    __tablename__ = "brands"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Product(Base):
    """A sellable item (or a variant of one, when ``parent_id`` is set)."""

    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("retail_price >= 0", name="retail_price_not_negative"),
        CheckConstraint("average_cost >= 0", name="average_cost_not_negative"),
        CheckConstraint("unit IN ('pcs', 'kg', 'm', 'l', 'pack')", name="unit_known"),
        # The reports join figures per product to its category from this index alone.
        Index("ix_products_id_category", "id", "category_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    unit: Mapped[str] = mapped_column(String(8), default="pcs")
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    brand_id: Mapped[int | None] = mapped_column(ForeignKey("brands.id"), index=True)
    #: Variants point at their parent product; axis values such as {"Размер": "M"}.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"), index=True)
    variant_values: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    retail_price: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    compare_at_price: Mapped[Decimal | None] = mapped_column(Money)
    #: Weighted moving average purchase cost, updated by each posted receipt.
    average_cost: Mapped[Decimal] = mapped_column(Cost, default=ZERO)

    is_published: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Goods under mandatory marking (GS1 DataMatrix): every unit's code is recorded.
    is_marked: Mapped[bool] = mapped_column(Boolean, default=False)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)

    short_description: Mapped[str] = mapped_column(Text, default="")
    description_html: Mapped[str] = mapped_column(Text, default="")
    weight_kg: Mapped[Decimal | None] = mapped_column(Quantity)
    #: VAT rate, %; None takes the rate set in Settings.
    vat_rate: Mapped[Decimal | None] = mapped_column(Percent)
    length_mm: Mapped[int | None]
    width_mm: Mapped[int | None]
    height_mm: Mapped[int | None]

    slug: Mapped[str | None] = mapped_column(String(255), unique=True)
    meta_title: Mapped[str] = mapped_column(String(255), default="")
    meta_description: Mapped[str] = mapped_column(String(500), default="")
    meta_keywords: Mapped[str] = mapped_column(String(500), default="")

    default_bin_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    reorder_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    safety_stock: Mapped[Decimal] = mapped_column(Quantity, default=ZERO)
    #: May be sold from the supplier's stock (shown available while the supplier has it).
    sell_from_supplier_stock: Mapped[bool] = mapped_column(Boolean, default=False)

    #: Lower-cased SKU, name and barcodes ("ё" as "е") for case-insensitive substring search.
    search_text: Mapped[str] = mapped_column(Text, default="")

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}

    category: Mapped[Category | None] = relationship()
    brand: Mapped[Brand | None] = relationship()
    barcodes: Mapped[list[ProductBarcode]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="ProductBarcode.id"
    )


# Covering indexes: the list is read in name or price order from the index alone, and a
# category filter is checked there too (without category_id every row walked past was
# read from the table: a category whose names sort late read most of the catalog).
Index("ix_products_active_name_category", Product.is_active, Product.name, Product.id, Product.category_id)
Index("ix_products_active_price_category", Product.is_active, Product.retail_price, Product.id, Product.category_id)
# Covering index: reorder suggestions read every planned product from it alone.
Index("ix_products_reorder", Product.reorder_enabled, Product.is_active, Product.id, Product.category_id,
      Product.safety_stock, Product.unit, Product.sku, Product.name)

#: The substring search index, kept by the migrations (not a mapped table): on SQLite an
#: FTS5 trigram table over ``products.search_text`` maintained by triggers; on
#: PostgreSQL a pg_trgm GIN index on the column itself.
product_search = table(
    "product_search", column("rowid", Integer), column("search_text", Text), column("product_search", Text)
)
SEARCH_INDEX_MIN_CHARS = 3


class ProductBarcode(Base):
    """A barcode of a product; a pack barcode stands for ``pack_quantity`` units."""

    __tablename__ = "product_barcodes"
    __table_args__ = (
        CheckConstraint("pack_quantity > 0", name="pack_quantity_positive"),
        CheckConstraint("kind IN ('unit', 'pack')", name="kind_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    barcode: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(8), default="unit")
    pack_quantity: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(1))

    product: Mapped[Product] = relationship(back_populates="barcodes")


class AttributeDefinition(Base):
    """One attribute of a category's attribute set (text, number with unit, choice, yes/no)."""

    __tablename__ = "attribute_definitions"
    __table_args__ = (
        CheckConstraint("kind IN ('text', 'number', 'choice', 'bool')", name="kind_known"),
        UniqueConstraint("category_id", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(8), default="text")
    unit: Mapped[str] = mapped_column(String(32), default="")
    choices: Mapped[list[str] | None] = mapped_column(JSON)
    #: Required on every sales channel; :class:`AttributeChannelRequirement` adds channels
    #: that require it when the others don't (a marketplace demanding more attributes).
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class AttributeChannelRequirement(Base):
    """An attribute one sales channel requires (beyond those required on every channel)."""

    __tablename__ = "attribute_channel_requirements"

    attribute_id: Mapped[int] = mapped_column(
        ForeignKey("attribute_definitions.id", ondelete="CASCADE"), primary_key=True
    )
    #: The channel's name, as in :class:`CompletenessRule` ("website", "marketplace", ...).
    channel: Mapped[str] = mapped_column(String(64), primary_key=True)


class ProductAttributeValue(Base):
    __tablename__ = "product_attribute_values"

    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), primary_key=True)
    attribute_id: Mapped[int] = mapped_column(
        ForeignKey("attribute_definitions.id", ondelete="CASCADE"), primary_key=True
    )
    value: Mapped[str] = mapped_column(Text, default="")


class Blob(Base):
    """Content-addressed binary data (photos); the same bytes are stored once."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ProductImage(Base):
    __tablename__ = "product_images"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)
    alt_text: Mapped[str] = mapped_column(String(500), default="")
    #: Hash of the photo as imported (before normalising), to store a photo added twice once.
    source_sha256: Mapped[str] = mapped_column(String(64), index=True)
    image_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    thumb_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CompletenessRule(Base):
    """What a sales channel demands of a product card (per category, or for all when null)."""

    __tablename__ = "completeness_rules"
    __table_args__ = (UniqueConstraint("channel", "category_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(64))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="CASCADE"))
    require_main_photo: Mapped[bool] = mapped_column(Boolean, default=True)
    min_photos: Mapped[int] = mapped_column(Integer, default=1)
    min_description_chars: Mapped[int] = mapped_column(Integer, default=100)
    require_attributes: Mapped[bool] = mapped_column(Boolean, default=True)
    require_seo: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Below this percentage a product can't be published to the channel.
    publish_threshold: Mapped[int] = mapped_column(Integer, default=100)
