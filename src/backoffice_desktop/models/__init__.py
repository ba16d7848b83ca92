"""SQLAlchemy models: the whole schema, and the domain's invariants as constraints."""

from .audit import AuditEntry
from .base import ZERO, Base, utcnow
from .catalog import (
    AttributeChannelRequirement,
    AttributeDefinition,
    Blob,
    Brand,
    Category,
    CompletenessRule,
    Product,
    ProductAttributeValue,
    ProductBarcode,
    ProductImage,
)
from .documents import (
    ChargeAllocation,
    DocumentSequence,
    DocumentState,
    MarkingCode,
    Receipt,
    ReceiptCharge,
    ReceiptLine,
    ReceiptScan,
    StockDocument,
    StockDocumentKind,
    StockDocumentLine,
)
from .purchasing import (
    PurchaseOrder,
    PurchaseOrderLine,
    PurchaseOrderRevision,
    PurchaseOrderState,
    Supplier,
    SupplierOffer,
)
from .reports import (
    ReportSalesDay,
    ReportSalesLine,
    ReportSalesMonth,
    ReportSalesWeek,
    ReportStockMonth,
    ReportSummaryState,
)
from .sales import DEMAND_STATUSES, OPEN_STATUSES, ReorderSalesDay, SalesOrder, SalesOrderLine, SalesOrderStatus
from .settings import Setting
from .stock import STORAGE_KINDS, Location, LocationKind, StockLevel, StockMove
from .sync import OutboxItem, SyncConnector, SyncDelivery, SyncOrderLink, SyncRemoteId, SyncRun, SyncSentState
from .users import Role, User, UserRole

__all__ = [
    "AttributeChannelRequirement", "AttributeDefinition", "AuditEntry", "Base", "Blob", "Brand", "Category", "ChargeAllocation",
    "CompletenessRule", "DocumentSequence", "DocumentState", "Location", "LocationKind",
    "DEMAND_STATUSES", "MarkingCode", "OPEN_STATUSES", "OutboxItem", "Product", "ProductAttributeValue",
    "ProductBarcode", "ProductImage", "PurchaseOrder", "PurchaseOrderLine",
    "PurchaseOrderRevision", "PurchaseOrderState", "Receipt", "ReceiptCharge", "ReceiptLine", "ReceiptScan",
    "ReorderSalesDay", "ReportSalesDay", "ReportSalesLine", "ReportSalesMonth", "ReportSalesWeek", "ReportStockMonth",
    "ReportSummaryState",
    "Role", "STORAGE_KINDS", "SalesOrder", "SalesOrderLine", "SalesOrderStatus", "Setting",
    "StockDocument", "StockDocumentKind", "StockDocumentLine", "StockLevel", "StockMove",
    "Supplier", "SupplierOffer", "SyncConnector", "SyncDelivery", "SyncOrderLink", "SyncRemoteId", "SyncRun", "SyncSentState", "User", "UserRole", "ZERO", "utcnow",
]
