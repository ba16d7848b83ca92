"""The product list's extra filters: brand, stock, products without photos."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget
from sqlalchemy.orm import Session

from ...services import catalog
from ...services.catalog import StockFilter


class ListFilters(QWidget):
    """Brand, stock and "without photos"; ``values()`` are ProductFilter fields."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.brand_combo = QComboBox()
        self.brand_combo.setObjectName("catalog_brand")
        self.brand_combo.setMinimumWidth(140)
        self.stock_combo = QComboBox()
        self.stock_combo.setObjectName("catalog_stock")
        self.stock_combo.addItem(self.tr("Any stock"), None)
        self.stock_combo.addItem(self.tr("In stock"), StockFilter.IN_STOCK)
        self.stock_combo.addItem(self.tr("Out of stock"), StockFilter.OUT_OF_STOCK)
        self.no_photos = QCheckBox(self.tr("Without photos"))
        self.no_photos.setObjectName("catalog_no_photos")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.brand_combo)
        layout.addWidget(self.stock_combo)
        layout.addWidget(self.no_photos)
        self.brand_combo.currentIndexChanged.connect(self.changed)
        self.stock_combo.currentIndexChanged.connect(self.changed)
        self.no_photos.toggled.connect(self.changed)

    def load_brands(self, session: Session) -> None:
        current = self.brand_combo.currentData()
        self.brand_combo.blockSignals(True)
        self.brand_combo.clear()
        self.brand_combo.addItem(self.tr("All brands"), None)
        for bid, name in catalog.list_brands(session):
            self.brand_combo.addItem(name, bid)
        self.brand_combo.setCurrentIndex(max(self.brand_combo.findData(current), 0))
        self.brand_combo.blockSignals(False)

    def values(self) -> dict[str, Any]:
        return {
            "brand_id": self.brand_combo.currentData(),
            "stock": StockFilter(self.stock_combo.currentData()) if self.stock_combo.currentData() else None,
            "missing_photos": self.no_photos.isChecked(),
        }

    def narrowed(self) -> bool:
        values = self.values()
        return values["brand_id"] is not None or values["stock"] is not None or values["missing_photos"]
