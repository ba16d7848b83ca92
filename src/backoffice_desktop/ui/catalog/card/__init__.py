"""The product card editor: a window per product with tabs, undo/redo and conflict handling."""

from .window import ProductCardWindow

__all__ = ["ProductCardWindow"]
