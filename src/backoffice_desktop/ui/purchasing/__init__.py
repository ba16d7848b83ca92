"""The purchasers ' workspace."""
