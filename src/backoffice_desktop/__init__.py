"""Back Office Desktop: the back office of an online shop in one desktop application."""

__version__ = "0.1.0"
APP_NAME = "BackOfficeDesktop"
