"""The Catalog workspace."""
