"""Where generated PDFs go: a print folder in the data folder, opened in the system viewer."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from ..config import AppPaths


def print_path(paths: AppPaths, name: str, suffix: str = ".pdf") -> Path:
    """A file in the print folder; the name is made safe for any file system."""
    folder = paths.data_dir / "print"
    folder.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^\w.\-]+", "_", name, flags=re.UNICODE).strip("_") or "document"
    return folder / f"{safe}{suffix}"


def open_document(path: Path) -> bool:
    """Open the file in the system viewer (PDF) or spreadsheet, from where it is printed or saved."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
