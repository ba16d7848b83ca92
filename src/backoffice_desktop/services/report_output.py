"""Reports as files: the PDF and the XLSX of a :class:`~..exports.report_data.ReportResult`
with the company header and the shop's time zone, for the window and the command line."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from ..exports.report_pdf import write_report_pdf
from ..exports.report_xlsx import write_report_xlsx
from .purchase_printing import company_header
from ..exports.report_data import ReportResult
from .settings import get_setting

FORMATS = ("pdf", "xlsx")


def write_report(session: Session, result: ReportResult, path: Path, fmt: str, language: str = "ru") -> Path:
    """Write ``result`` as ``fmt`` ("pdf" or "xlsx") to ``path``."""
    company = company_header(session)
    tz = str(get_setting(session, "shop.time_zone"))
    writer = write_report_pdf if fmt == "pdf" else write_report_xlsx
    return writer(result, company, path, language, tz)
