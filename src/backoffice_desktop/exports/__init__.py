"""Printed and exported documents: PDF writers (reportlab) for receipts, discrepancy
reports and barcode labels.

The writers are part of the Qt-free core and don't touch the store either: each takes
plain frozen dataclasses from :mod:`.documents` (filled by a service such as
``receipt_print_data(session, receipt_id)``) and a target path, and returns the path it
wrote. A writer builds the whole file in memory and then replaces the target, so a
failed export never leaves half a PDF behind. Bad input raises :class:`ExportError`.

Fonts: every PDF uses the bundled DejaVu Sans (:mod:`.fonts`), so Cyrillic and ``₽``
print on any machine. Numbers follow Russian print conventions (:mod:`.formatting`):
``1 234,50`` with a no-break space between thousands and a decimal comma.

    from backoffice_desktop.exports.receipt_pdf import write_receipt_pdf
    from backoffice_desktop.exports.labels import write_labels_pdf
"""

from .errors import ExportError

__all__ = ["ExportError"]
