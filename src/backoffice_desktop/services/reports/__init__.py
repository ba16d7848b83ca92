"""Sales, margin, ABC/XYZ, stock value and turnover: the managers' reports.

Run one with :func:`run_report` (see :data:`REPORTS` for the keys, options and filters);
every report returns a :class:`~.result.ReportResult`. Writers of website orders keep
the summary tables current with :func:`summary.refresh_orders`, and the ledger's writer
keeps its monthly sums with :func:`stock_summary.record_moves` (bulk loads:
:func:`summary.rebuild`, which rebuilds both).
"""

from .common import ReportCancelled
from .registry import REPORTS, Filter, Option, ReportSpec, drill_params, run_report

__all__ = ["REPORTS", "Filter", "Option", "ReportCancelled", "ReportSpec", "drill_params", "run_report"]
