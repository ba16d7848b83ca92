"""Shared settings kept in the store, declared once with their defaults."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..models import Setting
from . import audit
from .permissions import Actor, Permission, require


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    title: str


#: Every shared setting, with its default (the UI reads titles from here too).
SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("stock.allow_negative", False, "Allow stock to go negative"),
        SettingSpec("intake.over_delivery_tolerance_percent", 10, "Over-delivery tolerance, %"),
        SettingSpec("intake.refuse_over_delivery", False, "Refuse over-delivery beyond tolerance"),
        SettingSpec("purchasing.approval_amount", "100000.00", "Orders above this amount need approval"),
        SettingSpec("purchasing.vat_rate", "22", "VAT rate, % (products without their own rate)"),
        SettingSpec("company", {}, "Company details for printed documents"),
        SettingSpec("mail.smtp", {}, "Mail server (SMTP) for sending documents"),
        SettingSpec("shop.time_zone", "Europe/Moscow", "Shop time zone: the calendar days of reports"),
        SettingSpec("sales.import_mappings", {}, "Columns of each source's order export, as last imported"),
    )
}


def get_setting(session: Session, key: str) -> Any:
    spec = SPECS[key]
    row = session.get(Setting, key)
    return spec.default if row is None else row.value


def set_setting(session: Session, actor: Actor, key: str, value: Any) -> None:
    require(actor, Permission.MANAGE_SETTINGS)
    if key not in SPECS:
        raise ValidationError("Unknown setting '{key}'.", key=key)
    row = session.get(Setting, key)
    old = SPECS[key].default if row is None else row.value
    if old == value:
        return
    if row is None:
        session.add(Setting(key=key, value=value, updated_by_id=actor.user_id))
    else:
        row.value = value
        row.updated_by_id = actor.user_id
    audit.record(session, actor, "update", "setting", None, key, old, value)


@dataclass(frozen=True)
class CompanyDetails:
    """What printed documents show in their header."""

    name: str = ""
    legal_name: str = ""
    tax_id: str = ""  # ИНН
    tax_reason_code: str = ""  # КПП
    address: str = ""
    phone: str = ""
    email: str = ""
    bank_details: str = ""
    director: str = ""
    accountant: str = ""


def get_company(session: Session) -> CompanyDetails:
    stored = get_setting(session, "company") or {}
    known = {f.name for f in fields(CompanyDetails)}
    return CompanyDetails(**{k: str(v) for k, v in stored.items() if k in known})


def save_company(session: Session, actor: Actor, details: CompanyDetails) -> None:
    cleaned = CompanyDetails(**{k: v.strip() for k, v in asdict(details).items()})
    if not cleaned.name:
        raise ValidationError("Enter the company name: it heads every printed document.")
    if cleaned.tax_id and (not cleaned.tax_id.isdigit() or len(cleaned.tax_id) not in (10, 12)):
        raise ValidationError("The tax id (ИНН) must be 10 or 12 digits.")
    if cleaned.tax_reason_code and (not cleaned.tax_reason_code.isdigit() or len(cleaned.tax_reason_code) != 9):
        raise ValidationError("The tax reason code (КПП) must be 9 digits.")
    set_setting(session, actor, "company", asdict(cleaned))
