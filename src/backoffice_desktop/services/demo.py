"""Demo data: a realistic Russian-language online shop, generated into a store.

``backoffice demo`` fills an empty catalog with categories, brands, products (with
barcodes, attributes, supplier offers and generated photos), a warehouse with bins,
opening stock posted through the ledger, purchase orders in every state and twelve
months of website orders with seasonality and a Pareto-like popularity, so that the
reports (sales, margin, ABC/XYZ, stock valuation) have something to show.

The same seed gives the same data (relative to today's date). Large sizes
(100 000 products, ~1 000 000 order lines) are written with SQLAlchemy Core bulk
inserts in chunks; the stock ledger and the level table are written from one list of
moves, so they agree by construction (``backoffice stock verify`` proves it).
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import io
import itertools
import random
import re
import textwrap
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..db import Store
from ..errors import ValidationError
from ..models import (
    AttributeDefinition,
    Blob,
    Brand,
    Category,
    DocumentState,
    Location,
    LocationKind,
    Product,
    ProductAttributeValue,
    ProductBarcode,
    ProductImage,
    PurchaseOrder,
    PurchaseOrderLine,
    Receipt,
    ReceiptLine,
    Role,
    SalesOrder,
    SalesOrderLine,
    StockLevel,
    StockMove,
    Supplier,
    SupplierOffer,
)
from . import auth, outbox, receiving, sequences, users
from .catalog import build_search_text
from .permissions import Actor
from .product_cards.slugs import slugify, translit
from .purchasing import supplier_terms
from .reports import summary
from .settings import CompanyDetails, get_company, save_company
from .stock import ensure_virtual_locations

Progress = Callable[[int, int, str], None]

#: Rows per bulk INSERT statement.
CHUNK = 5000
CENT = Decimal("0.01")
#: The Russian standard VAT rate in 2026.
DEMO_VAT_RATE = Decimal("22")
MSK = timezone(timedelta(hours=3))
PHOTO_SIZE = 1200
THUMB_SIZE = 200
#: Fonts with Cyrillic: the ones bundled with the application first, then the system's.
FONT_DIRS = (Path(__file__).resolve().parent.parent / "resources" / "fonts", Path("/usr/share/fonts/truetype/dejavu"))


@dataclass(frozen=True)
class DemoOptions:
    products: int = 2000
    orders: int = 5000
    photos: int = 60
    seed: int = 1


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    role: Role
    full_name: str


#: The demo accounts, one per role, with fixed documented passwords.
DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("admin", "admin-demo-1", Role.ADMIN, "Администратор"),
    DemoUser("sklad", "sklad-demo-1", Role.CLERK, "Иван Петров (склад)"),
    DemoUser("zakupki", "zakupki-demo-1", Role.PURCHASER, "Ольга Смирнова (закупки)"),
    DemoUser("kontent", "kontent-demo-1", Role.CONTENT_MANAGER, "Анна Кузнецова (контент)"),
    DemoUser("manager", "manager-demo-1", Role.MANAGER, "Сергей Волков (руководитель)"),
)


# --------------------------------------------------------------------------------------
# The catalog specification: groups, subcategories, name templates, attributes
# --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Attr:
    """An attribute of a subcategory and how a product's value is made.

    ``part``: take the value from the name part of that key (a number attribute takes
    the ``pick``-th number in it); otherwise ``values`` are the choices (choice/text)
    or ``(low, high, step)`` (number); bool values are "true"/"false".
    """

    name: str
    kind: str = "text"
    unit: str = ""
    required: bool = False
    part: str | None = None
    values: tuple[Any, ...] = ()
    pick: int = 0


@dataclass(frozen=True)
class Sub:
    name: str
    code: str
    #: Name templates; a tuple item is (template, unit) for goods sold by length/weight/volume.
    templates: tuple[str | tuple[str, str], ...]
    #: brand -> model patterns ("#" a digit, "@" a letter, "{part}" a name part).
    brands: dict[str, tuple[str, ...]]
    parts: dict[str, tuple[str, ...]]
    price: tuple[int, int]
    attrs: tuple[Attr, ...]
    desc: str
    #: The part whose position in its list orders the price (cheap first).
    price_part: str | None = None
    #: Per-brand replacements of parts (e.g. the GPU chips a vendor sells).
    brand_parts: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    marked: bool = False
    packs: tuple[int, ...] = ()
    weight: tuple[float, float] = (0.2, 1.5)
    season: str = "flat"
    popularity: float = 1.0
    warranty: int = 12


G_ELECTRONICS = "Электроника и бытовая техника"
G_CLOTHING = "Одежда и обувь"
G_COMPUTERS = "Компьютеры и комплектующие"
G_AUTO = "Автозапчасти"
G_PHONES = "Телефоны и аксессуары"
GROUPS = (G_ELECTRONICS, G_CLOTHING, G_COMPUTERS, G_AUTO, G_PHONES)
#: Warehouse zone (first letter of the bin code) per group.
GROUP_ZONE = {G_ELECTRONICS: "A", G_CLOTHING: "B", G_COMPUTERS: "C", G_AUTO: "D", G_PHONES: "E"}

#: The shop's overall month factors (Jan..Dec): New Year and Black Friday peaks.
SHOP_SEASON = (0.80, 0.78, 0.92, 0.88, 0.85, 0.82, 0.84, 0.93, 1.00, 1.05, 1.38, 1.55)
#: Extra month factors per kind of goods.
SEASONS = {
    "flat": (1,) * 12,
    "winter": (1.5, 1.3, 0.9, 0.6, 0.4, 0.3, 0.3, 0.5, 0.9, 1.4, 1.7, 1.8),
    "summer": (0.5, 0.6, 0.9, 1.2, 1.5, 1.7, 1.7, 1.4, 1.0, 0.7, 0.5, 0.6),
    "autumn": (0.9, 0.8, 1.0, 0.9, 0.7, 0.6, 0.6, 0.8, 1.3, 1.6, 1.5, 1.1),
    "gifts": (0.7, 1.2, 1.3, 0.8, 0.8, 0.8, 0.8, 0.9, 1.0, 1.0, 1.4, 1.9),
}
#: Day of week factors (Mon..Sun) of a Russian online shop.
WEEKDAY = (1.12, 1.06, 1.02, 0.98, 0.90, 0.88, 1.04)
#: Hour of day (Moscow time) factors.
HOURS = (0.3, 0.15, 0.08, 0.05, 0.05, 0.08, 0.2, 0.45, 0.7, 0.9, 1.1, 1.2,
         1.25, 1.25, 1.2, 1.15, 1.15, 1.2, 1.3, 1.45, 1.5, 1.4, 1.05, 0.6)

C_M = ("чёрный", "белый", "серый", "синий", "серебристый", "зелёный", "фиолетовый", "голубой")
C_F = ("чёрная", "белая", "серая", "синяя", "бежевая", "зелёная", "красная", "розовая")
C_N = ("чёрное", "белое", "бежевое", "зелёное", "красное", "синее", "пудровое")
C_PL = ("чёрные", "белые", "серые", "синие", "бежевые", "коричневые")
CARS = ("Lada Vesta", "Lada Granta", "Lada Largus", "Kia Rio", "Hyundai Solaris", "Hyundai Creta",
        "Volkswagen Polo", "Skoda Octavia", "Skoda Rapid", "Renault Logan", "Renault Duster",
        "Toyota Camry", "Toyota RAV4", "Haval Jolion", "Chery Tiggo 7 Pro", "Geely Coolray",
        "Kia Sportage", "Nissan Qashqai", "Mitsubishi Outlander", "Ford Focus")
PHONES = ("Xiaomi Redmi Note 13", "Xiaomi Redmi 13C", "POCO X6 Pro", "Samsung Galaxy A15",
          "Samsung Galaxy A35", "Samsung Galaxy A55", "Samsung Galaxy S24", "iPhone 13", "iPhone 15",
          "iPhone 15 Pro", "iPhone 16", "HONOR X8b", "realme C67", "TECNO Spark 20", "Infinix Hot 40i")
SIZES_CLOTHES = ("XS", "S", "M", "L", "XL", "XXL")
SIZES_SHOES = ("36", "37", "38", "39", "40", "41", "42", "43", "44", "45")
GENDER_F = ("мужская", "женская")
GENDER_PL = ("мужские", "женские")
YES_NO = (True, False)


def _a(name: str, kind: str = "text", unit: str = "", req: bool = False, part: str | None = None,
       values: tuple[Any, ...] = (), pick: int = 0) -> Attr:
    return Attr(name, kind, unit, req, part, values, pick)


SUBCATEGORIES: dict[str, tuple[Sub, ...]] = {
    G_ELECTRONICS: (
        Sub("Телевизоры", "TV",
            ('Телевизор {brand} {model}, {diag}" {res}, Smart TV, {color}',),
            {"Samsung": ("UE{diag}CU7100U", "UE{diag}DU8000U", "QE{diag}Q60DAU"),
             "LG": ("{diag}UR78006LK", "{diag}QNED816RA", "{diag}NANO80T6A"),
             "Xiaomi": ("TV A {diag} 2025", "TV A Pro {diag}"),
             "Haier": ("{diag} Smart TV S5", "{diag} Smart TV M1"),
             "TCL": ("{diag}P755", "{diag}C655"), "Hisense": ("{diag}A6K", "{diag}E7NQ")},
            {"diag": ("32", "43", "50", "55", "65", "75"), "res": ("HD", "Full HD", "4K UHD", "4K UHD HDR"),
             "color": ("чёрный", "серебристый", "серый")},
            (15990, 189990),
            (_a("Диагональ экрана", "number", "дюйм", True, "diag"),
             _a("Разрешение", "choice", req=True, part="res"),
             _a("Частота обновления", "choice", values=("50 Гц", "60 Гц", "100 Гц", "120 Гц")),
             _a("Голосовое управление", "bool"),
             _a("Цвет", "choice", part="color")),
            "Телевизор {brand} с диагональю {diag}\" и разрешением {res}: Smart TV с онлайн-кинотеатрами, "
            "Wi-Fi, HDMI 2.1 и голосовым поиском.",
            price_part="diag", weight=(5, 28), season="gifts", popularity=0.8, warranty=24),
        Sub("Холодильники", "REF",
            ("Холодильник {brand} {model}, {type}, {volume} л, {color}",),
            {"Атлант": ("ХМ 46##-1##", "ХМ 4###-0##"), "Haier": ("C2F6##CWMV", "CEF5##ASD"),
             "Bosch": ("KGN3#VL2#R", "KGV3#XW2#R"), "Samsung": ("RB3#A3200WW", "RB3#T670#EL"),
             "LG": ("GA-B4##CQSL", "GC-B5##SMSM"), "Indesit": ("ITS 4###", "DS 4180 W"),
             "Beko": ("B1RCSK###W", "CNMV5###KC0S")},
            {"type": ("двухкамерный", "двухкамерный No Frost", "однокамерный", "Side-by-Side"),
             "volume": ("210", "250", "310", "340", "360", "384", "520"),
             "color": ("белый", "серебристый", "бежевый", "нержавеющая сталь", "чёрный")},
            (22990, 139990),
            (_a("Общий объём", "number", "л", True, "volume"),
             _a("Тип", "choice", req=True, part="type"),
             _a("Класс энергопотребления", "choice", values=("A", "A+", "A++")),
             _a("Цвет", "choice", part="color")),
            "Холодильник {brand} ({type}) общим объёмом {volume} л: тихий инверторный компрессор, "
            "зона свежести и LED-освещение.",
            price_part="volume", weight=(50, 110), popularity=0.5, warranty=36),
        Sub("Стиральные машины", "WM",
            ("Стиральная машина {brand} {model}, загрузка {load} кг, {spin} об/мин, {color}",),
            {"LG": ("F2V5#S#W", "F4V3#WS"), "Samsung": ("WW##A4S20EE", "WW##T4040CE"),
             "Haier": ("HW60-BP12###", "HW80-B14###"), "Bosch": ("WAN2#0H#OE", "WGA1#4A0ME"),
             "Атлант": ("СМА 60У10##-00", "СМА 70С10##-00"), "Beko": ("WSPE6H6##W", "WSRE7612XAWI"),
             "Indesit": ("IWSB 5085", "BWSA 61051 WSV")},
            {"load": ("5", "6", "7", "8", "9", "10"), "spin": ("1000", "1200", "1400"),
             "color": ("белый", "серебристый", "чёрный")},
            (21990, 89990),
            (_a("Максимальная загрузка", "number", "кг", True, "load"),
             _a("Скорость отжима", "number", "об/мин", part="spin"),
             _a("Тип загрузки", "choice", values=("фронтальная", "вертикальная")),
             _a("Прямой привод", "bool"),
             _a("Цвет", "choice", part="color")),
            "Стиральная машина {brand} на {load} кг с отжимом до {spin} об/мин: 14 программ, "
            "отложенный старт, защита от протечек.",
            price_part="load", weight=(55, 75), popularity=0.5, warranty=24),
        Sub("Пылесосы", "VAC",
            ("{type} {brand} {model}, {color}",),
            {"Dyson": ("V8 Absolute", "V12 Detect Slim", "V15 Detect"),
             "Xiaomi": ("Robot Vacuum S10", "Robot Vacuum E10", "Robot Vacuum X20+"),
             "Philips": ("XC3131/01", "FC9332/09", "XC7043/01"), "Samsung": ("VS15A6031R1", "VC18M21A0SB"),
             "Bosch": ("BGS05A225", "BBH3ALL28"), "Polaris": ("PVCR 3200", "PVCS 4000"),
             "Redmond": ("RV-R650S", "RV-UR365")},
            {"type": ("Пылесос вертикальный", "Робот-пылесос", "Пылесос с контейнером", "Пылесос беспроводной"),
             "color": ("чёрный", "белый", "серый", "синий", "фиолетовый")},
            (4990, 69990),
            (_a("Тип", "choice", req=True, part="type"),
             _a("Мощность всасывания", "number", "Вт", values=(80, 350, 10)),
             _a("Объём контейнера", "number", "л", values=(0.3, 2.5, 0.1)),
             _a("Влажная уборка", "bool"),
             _a("Цвет", "choice", part="color")),
            "{type} {brand} {model}: циклонный фильтр, HEPA-фильтрация и насадки для мебели и щелей.",
            brand_parts={"Dyson": {"type": ("Пылесос вертикальный беспроводной",)},
                         "Xiaomi": {"type": ("Робот-пылесос",)}},
            weight=(2, 7), popularity=0.9),
        Sub("Микроволновые печи", "MW",
            ("Микроволновая печь {brand} {model}, {vol} л, {power} Вт, {color}",),
            {"Samsung": ("MS2#K3513AW", "ME88SUG"), "LG": ("MS20R42D", "MW25R35GIS"),
             "Midea": ("MM720CY6-W", "AM820CUK-B"), "Gorenje": ("MO17E1W", "MO20A4X"),
             "BBK": ("20MWS-7##M/W", "23MWG-9##T/B"), "Hyundai": ("HYM-M20##", "HYM-D30##")},
            {"vol": ("17", "20", "23", "25", "28"), "power": ("700", "800", "900", "1000"),
             "color": ("белая", "чёрная", "серебристая")},
            (5490, 24990),
            (_a("Объём камеры", "number", "л", True, "vol"),
             _a("Мощность СВЧ", "number", "Вт", part="power"),
             _a("Гриль", "bool"),
             _a("Цвет", "choice", part="color")),
            "Микроволновая печь {brand} объёмом {vol} л: быстрый разогрев, авторазморозка и 10 уровней мощности.",
            price_part="vol", weight=(10, 16), popularity=0.8),
        Sub("Электрочайники", "KET",
            ("Электрический чайник {brand} {model}, {vol} л, {material}, {color}",),
            {"Xiaomi": ("Electric Kettle 2", "Smart Kettle Pro"), "Bosch": ("TWK 3A011", "TWK 7##03"),
             "Philips": ("HD93##/00", "HD9359/90"), "Redmond": ("RK-G1##", "RK-M17##"),
             "Polaris": ("PWK 17##CGLD", "PWK 1803C"), "Tefal": ("KO33##30", "KI7008##"),
             "Scarlett": ("SC-EK27G##", "SC-EK18P##")},
            {"vol": ("1.5", "1.7", "1.8", "2.0"), "material": ("стекло", "нержавеющая сталь", "пластик"),
             "color": C_M[:6]},
            (990, 7990),
            (_a("Объём", "number", "л", True, "vol"),
             _a("Материал корпуса", "choice", part="material"),
             _a("Мощность", "number", "Вт", values=(1800, 2400, 100)),
             _a("Поддержание температуры", "bool"),
             _a("Цвет", "choice", part="color")),
            "Чайник {brand} на {vol} л: скрытый нагревательный элемент, автоотключение, защита от включения без воды.",
            packs=(6,), weight=(0.9, 1.6), season="gifts", popularity=1.6),
        Sub("Кофемашины", "COF",
            ("{type} {brand} {model}, {color}",),
            {"De'Longhi": ("Magnifica S ECAM 22.110.B", "Dinamica ECAM 350.55", "Dedica EC685"),
             "Philips": ("EP2231/40", "EP3246/70", "EP1224/00"), "Krups": ("EA8108##", "Evidence EA89"),
             "Melitta": ("Caffeo Solo", "Purista F230"), "Polaris": ("PCM 1527E", "PACM 2041S")},
            {"type": ("Кофемашина автоматическая", "Кофеварка рожковая", "Капсульная кофемашина"),
             "color": C_F[:4]},
            (6990, 99990),
            (_a("Тип", "choice", req=True, part="type"),
             _a("Давление помпы", "number", "бар", values=(15, 19, 1)),
             _a("Капучинатор", "bool"),
             _a("Цвет", "choice", part="color")),
            "{type} {brand}: насыщенный эспрессо, регулировка крепости и простая очистка.",
            weight=(3, 10), season="gifts", popularity=0.6),
        Sub("Наушники", "HPH",
            ("{type} {brand} {model}, {color}",),
            {"Apple": ("AirPods Pro 2", "AirPods 4"), "Samsung": ("Galaxy Buds FE", "Galaxy Buds3 Pro"),
             "Sony": ("WH-1000XM5", "WF-C700N", "WH-CH520"), "JBL": ("Tune 520BT", "Wave Beam", "Tune 770NC"),
             "Xiaomi": ("Redmi Buds 5", "Redmi Buds 6 Pro"), "HONOR": ("Earbuds X5", "Choice Earbuds X7")},
            {"type": ("Наушники беспроводные", "Наушники TWS", "Наушники накладные Bluetooth"),
             "color": C_PL[:4]},
            (1290, 29990),
            (_a("Тип подключения", "choice", req=True, values=("Bluetooth", "Bluetooth + провод")),
             _a("Активное шумоподавление", "bool"),
             _a("Время работы", "number", "ч", values=(5, 60, 1)),
             _a("Цвет", "choice", part="color")),
            "{type} {brand} {model}: чистый звук, микрофон для звонков и быстрая зарядка через USB-C.",
            weight=(0.1, 0.4), season="gifts", popularity=1.8),
    ),
    G_CLOTHING: (
        Sub("Футболки", "TSH",
            ("Футболка {gender} {brand} {style}, {color}, размер {size}",),
            {"Gloria Jeans": ("",), "Befree": ("",), "O'STIN": ("",), "Demix": ("",), "Sela": ("",),
             "Zarina": ("",)},
            {"gender": GENDER_F, "style": ("оверсайз", "базовая", "с принтом", "хлопковая", "поло"),
             "color": C_F, "size": SIZES_CLOTHES},
            (499, 2999),
            (_a("Размер", "choice", req=True, part="size"), _a("Цвет", "choice", req=True, part="color"),
             _a("Пол", "choice", part="gender"),
             _a("Состав", "choice", values=("100% хлопок", "95% хлопок, 5% эластан", "60% хлопок, 40% полиэстер"))),
            "Футболка {brand} ({style}) из мягкого трикотажа: держит форму после стирки, не садится.",
            marked=True, packs=(12,), weight=(0.15, 0.3), season="summer", popularity=1.5),
        Sub("Джинсы", "JNS",
            ("Джинсы {gender} {brand} {fit}, {color}, размер {size}",),
            {"Gloria Jeans": ("",), "Befree": ("",), "O'STIN": ("",), "Levi's": ("",), "Colin's": ("",)},
            {"gender": GENDER_PL, "fit": ("прямые", "скинни", "mom fit", "широкие", "slim fit"),
             "color": ("синие", "голубые", "чёрные", "серые"), "size": ("26", "28", "30", "32", "34", "36")},
            (1299, 6999),
            (_a("Размер", "choice", req=True, part="size"), _a("Цвет", "choice", req=True, part="color"),
             _a("Пол", "choice", part="gender"), _a("Посадка", "choice", part="fit"),
             _a("Состав", "choice", values=("99% хлопок, 1% эластан", "100% хлопок", "80% хлопок, 20% полиэстер"))),
            "Джинсы {brand}, посадка {fit}: плотный деним, пять карманов, застёжка на молнию и пуговицу.",
            marked=True, weight=(0.5, 0.8), popularity=1.1),
        Sub("Куртки", "JKT",
            ("Куртка {gender} {brand} {type}, {color}, размер {size}",),
            {"O'STIN": ("",), "Gloria Jeans": ("",), "Outventure": ("",), "Columbia": ("",), "Demix": ("",),
             "Finn Flare": ("",)},
            {"gender": GENDER_F, "type": ("демисезонная", "утеплённая", "пуховая", "ветровка", "парка"),
             "color": C_F[:6], "size": SIZES_CLOTHES},
            (2999, 19999),
            (_a("Размер", "choice", req=True, part="size"), _a("Цвет", "choice", req=True, part="color"),
             _a("Пол", "choice", part="gender"), _a("Сезон", "choice", values=("демисезон", "зима")),
             _a("Утеплитель", "text", values=("синтепон", "пух/перо", "холлофайбер", "без утеплителя"))),
            "Куртка {brand} ({type}): ветрозащитная ткань, капюшон, карманы на молнии.",
            marked=True, weight=(0.6, 1.5), season="winter", popularity=0.9),
        Sub("Платья", "DRS",
            ("Платье {brand} {style}, {color}, размер {size}",),
            {"Befree": ("",), "Zarina": ("",), "Love Republic": ("",), "Gloria Jeans": ("",), "Sela": ("",)},
            {"style": ("миди трикотажное", "мини с принтом", "макси льняное", "футляр", "рубашка"),
             "color": C_N, "size": ("40", "42", "44", "46", "48", "50")},
            (1499, 7999),
            (_a("Размер", "choice", req=True, part="size"), _a("Цвет", "choice", req=True, part="color"),
             _a("Длина", "choice", values=("мини", "миди", "макси")),
             _a("Состав", "choice", values=("100% вискоза", "95% полиэстер, 5% эластан", "100% лён"))),
            "Платье {brand} ({style}): свободный крой, приятная к телу ткань, подходит для офиса и прогулок.",
            marked=True, weight=(0.2, 0.5), season="summer", popularity=0.9),
        Sub("Кроссовки", "SNK",
            ("Кроссовки {gender} {brand} {model}, {color}, размер {size}",),
            {"Nike": ("Air Max 90", "Court Vision Low", "Revolution 7"), "adidas": ("Grand Court 2.0", "Runfalcon 3.0"),
             "PUMA": ("Smash v2", "Caven 2.0"), "Demix": ("Fly Runner", "Smart Run"),
             "New Balance": ("574", "327", "530"), "Anta": ("Flashedge", "C202 GT"), "Skechers": ("Go Walk 7", "Uno")},
            {"gender": GENDER_PL, "color": C_PL, "size": SIZES_SHOES},
            (2990, 16990),
            (_a("Размер", "choice", req=True, part="size"), _a("Цвет", "choice", req=True, part="color"),
             _a("Пол", "choice", part="gender"),
             _a("Материал верха", "choice", values=("текстиль", "натуральная кожа", "искусственная кожа", "замша"))),
            "Кроссовки {brand} {model}: амортизирующая подошва, дышащий верх, удобная колодка на каждый день.",
            marked=True, weight=(0.6, 1.1), season="summer", popularity=1.3),
        Sub("Ботинки", "BTS",
            ("Ботинки {gender} {brand} {type}, {color}, размер {size}",),
            {"Ralf Ringer": ("",), "ECCO": ("",), "Rieker": ("",), "Keddo": ("",), "Tervolina": ("",),
             "Outventure": ("",)},
            {"gender": GENDER_PL, "type": ("зимние кожаные", "челси", "демисезонные", "трекинговые"),
             "color": ("чёрные", "коричневые", "бежевые", "серые"), "size": SIZES_SHOES},
            (3490, 18990),
            (_a("Размер", "choice", req=True, part="size"), _a("Цвет", "choice", req=True, part="color"),
             _a("Пол", "choice", part="gender"), _a("Утеплитель", "choice", values=("мех", "байка", "без утеплителя"))),
            "Ботинки {brand} ({type}): натуральные материалы, нескользящая подошва, защита от влаги.",
            marked=True, weight=(0.9, 1.8), season="winter", popularity=0.8),
    ),
    G_COMPUTERS: (
        Sub("Ноутбуки", "NB",
            ('Ноутбук {brand} {model} {diag}" {cpu}, {ram} ГБ, SSD {ssd} ГБ, {os}, {color}',),
            {"Lenovo": ("IdeaPad Slim 3 15IRH8", "ThinkPad E16 Gen 1", "Legion 5 16IRX9", "LOQ 15IRH8"),
             "ASUS": ("VivoBook 15 X1504VA", "TUF Gaming F15 FX507ZC4", "Zenbook 14 OLED UX3405MA"),
             "Acer": ("Aspire 3 A315-59", "Nitro V 15 ANV15-51", "Swift Go 14"),
             "HP": ("15s-fq5###", "Victus 15-fa1###", "Pavilion 15-eg3###"),
             "MSI": ("Modern 15 B13M", "Katana 15 B13VFK", "Thin GF63 12UC"),
             "HUAWEI": ("MateBook D 16", "MateBook 14")},
            {"diag": ("14", "15.6", "16"), "ram": ("8", "16", "32"), "ssd": ("256", "512", "1024"),
             "cpu": ("Intel Core i3-1215U", "AMD Ryzen 5 7520U", "Intel Core i5-12450H", "AMD Ryzen 7 7735HS",
                     "Intel Core i7-13620H"),
             "os": ("без ОС", "Windows 11 Home", "DOS"), "color": ("серый", "серебристый", "чёрный", "синий")},
            (32990, 189990),
            (_a("Диагональ экрана", "number", "дюйм", True, "diag"), _a("Процессор", "text", req=True, part="cpu"),
             _a("Оперативная память", "number", "ГБ", True, "ram"), _a("Объём SSD", "number", "ГБ", part="ssd"),
             _a("Операционная система", "choice", part="os"), _a("Цвет", "choice", part="color")),
            "Ноутбук {brand} {model} с экраном {diag}\": процессор {cpu}, {ram} ГБ памяти и быстрый SSD на {ssd} ГБ.",
            price_part="cpu", weight=(1.3, 2.6), season="autumn", popularity=0.8, warranty=12),
        Sub("Мониторы", "MON",
            ('Монитор {brand} {model} {diag}", {matrix}, {res}, {hz} Гц, {color}',),
            {"Samsung": ("S24C310EAI", "Odyssey G5 S27CG510EI", "ViewFinity S6"), "LG": ("24MP400-B", "27GR75Q-B"),
             "AOC": ("24B2XH", "Q27G2S"), "Philips": ("243V7QDSB", "27E1N1100A"),
             "Xiaomi": ("Monitor A27i", "G27i"), "Dell": ("P2422H", "S2721DS"), "ASUS": ("VA24EHE", "TUF VG27AQ1A")},
            {"diag": ("23.8", "27", "31.5", "34"), "matrix": ("IPS", "VA", "Fast IPS"),
             "res": ("1920x1080", "2560x1440", "3840x2160"), "hz": ("75", "100", "144", "165"),
             "color": ("чёрный", "белый")},
            (8990, 69990),
            (_a("Диагональ экрана", "number", "дюйм", True, "diag"), _a("Тип матрицы", "choice", part="matrix"),
             _a("Разрешение", "choice", req=True, part="res"), _a("Частота обновления", "number", "Гц", part="hz"),
             _a("Цвет", "choice", part="color")),
            "Монитор {brand} {diag}\" на матрице {matrix}: разрешение {res}, частота {hz} Гц, HDMI и DisplayPort.",
            price_part="diag", weight=(3, 8), popularity=0.7),
        Sub("Видеокарты", "GPU",
            ("Видеокарта {brand} {chip} {model}",),
            {"ASUS": ("DUAL OC", "TUF Gaming OC"), "MSI": ("Ventus 2X OC", "Gaming X Slim"),
             "Gigabyte": ("Windforce OC", "Gaming OC"), "Palit": ("StormX", "JetStream"),
             "Sapphire": ("Pulse", "Nitro+"), "PowerColor": ("Fighter", "Hellhound")},
            {"chip": ("GeForce RTX 3050 6 ГБ", "GeForce RTX 4060 8 ГБ", "GeForce RTX 4060 Ti 8 ГБ",
                      "GeForce RTX 4070 SUPER 12 ГБ", "GeForce RTX 4080 SUPER 16 ГБ")},
            (19990, 149990),
            (_a("Графический процессор", "text", req=True, part="chip"),
             _a("Объём видеопамяти", "number", "ГБ", True, "chip", pick=1),
             _a("Разъёмы питания", "choice", values=("8 pin", "2×8 pin", "16 pin")),
             _a("Подсветка", "bool")),
            "Видеокарта {brand} на {chip}: тихое охлаждение, поддержка трассировки лучей и 4K.",
            price_part="chip",
            brand_parts={n: {"chip": ("Radeon RX 6600 8 ГБ", "Radeon RX 7600 8 ГБ", "Radeon RX 7700 XT 12 ГБ",
                                      "Radeon RX 7800 XT 16 ГБ", "Radeon RX 7900 XTX 24 ГБ")}
                         for n in ("Sapphire", "PowerColor")},
            weight=(0.8, 2), popularity=0.5),
        Sub("Процессоры", "CPU",
            ("Процессор {brand} {chip} {box}",),
            {"Intel": ("",), "AMD": ("",)},
            {"chip": ("Core i3-12100F", "Core i5-12400F", "Core i5-13400F", "Core i5-14600KF", "Core i7-14700K",
                      "Core i9-14900K"),
             "socket": ("LGA1700",), "box": ("OEM", "BOX")},
            (6990, 69990),
            (_a("Сокет", "choice", req=True, part="socket"), _a("Количество ядер", "number", values=(4, 24, 2)),
             _a("Комплектация", "choice", part="box"), _a("Встроенная графика", "bool")),
            "Процессор {brand} {chip} (сокет {socket}) для игровых и рабочих ПК.",
            price_part="chip",
            brand_parts={"AMD": {"chip": ("Ryzen 5 5600", "Ryzen 5 7500F", "Ryzen 7 5700X3D", "Ryzen 7 7800X3D",
                                          "Ryzen 9 7950X"), "socket": ("AM4", "AM5")}},
            weight=(0.05, 0.4), popularity=0.6),
        Sub("Оперативная память", "RAM",
            ("Оперативная память {brand} {model} {size} ГБ {type} {freq} МГц",),
            {"Kingston": ("FURY Beast", "ValueRAM"), "ADATA": ("XPG Lancer", "XPG Gammix D35"),
             "Crucial": ("Pro", "Basics"), "Patriot": ("Viper Venom", "Signature Line"), "Netac": ("Basic", "Shadow")},
            {"size": ("8", "16", "32", "64"), "type": ("DDR4", "DDR5"), "freq": ("3200", "3600", "5600", "6000")},
            (1990, 24990),
            (_a("Объём", "number", "ГБ", True, "size"), _a("Тип памяти", "choice", req=True, part="type"),
             _a("Частота", "number", "МГц", part="freq"), _a("Радиатор", "bool")),
            "Модуль памяти {brand} {model} {type} на {size} ГБ с частотой {freq} МГц.",
            price_part="size", weight=(0.03, 0.1), popularity=0.9),
        Sub("SSD-накопители", "SSD",
            ("SSD-накопитель {brand} {model} {size} ГБ, {iface}",),
            {"Samsung": ("870 EVO", "980 PRO", "990 EVO"), "Kingston": ("NV2", "A400", "KC3000"),
             "WD": ("Blue SN580", "Black SN850X"), "Crucial": ("P3 Plus", "MX500"),
             "ADATA": ("Legend 800", "SU650"), "Netac": ("NV7000", "SA500")},
            {"size": ("240", "480", "500", "1000", "2000", "4000"),
             "iface": ('M.2 2280 NVMe PCIe 4.0', 'M.2 2280 NVMe PCIe 3.0', '2.5" SATA III')},
            (1990, 39990),
            (_a("Объём", "number", "ГБ", True, "size"), _a("Интерфейс", "choice", req=True, part="iface"),
             _a("Скорость чтения", "number", "МБ/с", values=(500, 7400, 100))),
            "Твердотельный накопитель {brand} {model} на {size} ГБ ({iface}) ускорит загрузку системы и игр.",
            price_part="size", weight=(0.01, 0.06), popularity=1.2),
        Sub("Клавиатуры", "KBD",
            ("Клавиатура {type} {brand} {model}, {color}",),
            {"Logitech": ("K120", "MX Keys S", "G413 SE"), "A4Tech": ("KR-85", "Bloody B820N"),
             "Defender": ("Element HB-520", "Dark Knight GK-1##"), "Redragon": ("Kumara K552", "Dark Avenger"),
             "ARDOR GAMING": ("Patron", "Blade Pro"), "Razer": ("BlackWidow V3", "Ornata V3")},
            {"type": ("проводная", "беспроводная", "механическая игровая"), "color": C_F[:3]},
            (490, 14990),
            (_a("Подключение", "choice", req=True, values=("USB", "Bluetooth", "радиоканал 2.4 ГГц")),
             _a("Подсветка", "bool"), _a("Раскладка", "choice", values=("русская/английская",)),
             _a("Цвет", "choice", part="color")),
            "Клавиатура {brand} {model} ({type}): полноразмерная раскладка с кириллицей, тихий ход клавиш.",
            weight=(0.4, 1.2), popularity=1.2),
        Sub("Мыши", "MSE",
            ("Мышь {type} {brand} {model}, {color}",),
            {"Logitech": ("M185", "G102 Lightsync", "MX Master 3S", "M190"), "A4Tech": ("OP-720", "Bloody V8M"),
             "Defender": ("Accura MM-275", "Datum MB-3##"), "Razer": ("DeathAdder Essential", "Basilisk V3"),
             "Xiaomi": ("Wireless Mouse Lite", "Dual Mode Wireless Mouse Silent")},
            {"type": ("беспроводная", "проводная", "игровая проводная"), "color": C_F[:4]},
            (290, 9990),
            (_a("Подключение", "choice", req=True, values=("USB", "Bluetooth", "радиоканал 2.4 ГГц")),
             _a("Разрешение сенсора", "number", "dpi", values=(1000, 26000, 200)), _a("Цвет", "choice", part="color")),
            "Мышь {brand} {model}: точный оптический сенсор и удобная форма для долгой работы.",
            packs=(12,), weight=(0.06, 0.15), popularity=1.6),
        Sub("Кабели и переходники", "CBL",
            ("Кабель HDMI {brand} 2.1 8K, {len} м, {color}",
             "Кабель USB Type-C — Type-C {brand} 100 Вт, {len} м, {color}",
             ("Кабель витая пара {brand} UTP cat.5e, медь, на отрез, {color}", "m"),
             ("Кабель акустический {brand} 2×1,5 мм², на отрез", "m"),
             "Переходник {brand} USB-C — HDMI 4K, {color}"),
            {"Cablexpert": ("",), "UGREEN": ("",), "Baseus": ("",), "Hama": ("",), "Defender": ("",), "Vention": ("",)},
            {"len": ("0.5", "1", "1.5", "2", "3", "5"), "color": ("чёрный", "белый", "серый")},
            (49, 2490),
            (_a("Длина", "number", "м", part="len"), _a("Цвет", "choice", part="color"),
             _a("Материал оплётки", "choice", values=("ПВХ", "нейлон", "TPE"))),
            "{brand}: надёжный медный проводник и прочная оплётка.",
            packs=(12, 48), weight=(0.03, 0.3), popularity=1.8),
    ),
    G_AUTO: (
        Sub("Масляные фильтры", "OF",
            ("Фильтр масляный {brand} {model}, для {car}",),
            {"Mann-Filter": ("W 914/2", "W 712/95", "HU 719/7 x", "W 67/1"), "Mahle": ("OC 90", "OX 388D", "OC 1##"),
             "Bosch Auto": ("0 451 103 3##", "F 026 407 ###"), "Filtron": ("OP 520/1", "OE 667/2", "OP 5##"),
             "Fram": ("PH6811", "PH5796"), "Big Filter": ("GB-1##", "GB-10##")},
            {"car": CARS},
            (290, 1490),
            (_a("Применимость", "text", req=True, part="car"), _a("OEM-номер", "text", values=("21080-1012005", "26300-35505", "15208-65F0C", "03C115561H", "90915-YZZD2")),
             _a("Высота", "number", "мм", values=(60, 140, 1)), _a("Резьба", "choice", values=("3/4\"-16 UNF", "M20x1.5", "M22x1.5"))),
            "Масляный фильтр {brand} {model}: полная очистка масла, противодренажный клапан. Применимость: {car}.",
            packs=(12, 48), weight=(0.2, 0.5), popularity=1.4),
        Sub("Воздушные фильтры", "AF",
            ("Фильтр воздушный {brand} {model}, для {car}",),
            {"Mann-Filter": ("C 24 005", "C 26 015", "C 27 0##"), "Mahle": ("LX 1566", "LX 3###"),
             "Bosch Auto": ("F 026 400 ###", "1 457 433 ###"), "Filtron": ("AP 183/2", "AP 1##/#"),
             "SCT": ("SB 2###", "SB 3##")},
            {"car": CARS},
            (390, 1990),
            (_a("Применимость", "text", req=True, part="car"),
             _a("Форма", "choice", values=("панельный", "цилиндрический", "круглый"))),
            "Воздушный фильтр {brand} {model} для {car}: многослойный фильтрующий материал, точная посадка.",
            packs=(12,), weight=(0.2, 0.7), season="autumn", popularity=1.0),
        Sub("Тормозные колодки", "BP",
            ("Колодки тормозные {axle} {brand} {model}, для {car}",),
            {"Brembo": ("P 30 0##", "P 85 1##"), "TRW": ("GDB1###", "GDB3###"), "Ferodo": ("FDB4###", "FSL1###"),
             "Bosch Auto": ("0 986 494 ###", "0 986 424 ###"), "Textar": ("2###01", "2###02"),
             "Allied Nippon": ("ADB0####", "ADB3###")},
            {"axle": ("передние", "задние"), "car": CARS},
            (990, 7990),
            (_a("Применимость", "text", req=True, part="car"), _a("Ось", "choice", req=True, part="axle"),
             _a("Датчик износа", "bool"), _a("Толщина", "number", "мм", values=(14, 20, 0.5))),
            "Тормозные колодки {brand} ({axle}) для {car}: стабильное торможение, низкий уровень пыли и шума.",
            weight=(0.8, 2.5), popularity=1.1),
        Sub("Моторные масла", "OIL",
            ("Моторное масло {brand} {model} {sae} синтетическое, {vol} л",
             ("Моторное масло {brand} {model} {sae}, на розлив", "l")),
            {"Лукойл": ("Genesis Armortech", "Люкс"), "Shell": ("Helix HX8", "Helix Ultra"),
             "Castrol": ("Edge", "Magnatec"), "Mobil": ("Super 3000 X1", "1 FS"), "G-Energy": ("F Synth", "Synthetic Long Life"),
             "Liqui Moly": ("Top Tec 4200", "Molygen New Generation"), "ZIC": ("X9", "Top")},
            {"sae": ("5W-30", "5W-40", "0W-20", "10W-40"), "vol": ("1", "4", "5")},
            (490, 6490),
            (_a("Вязкость SAE", "choice", req=True, part="sae"), _a("Объём", "number", "л", part="vol"),
             _a("Допуски", "text", values=("API SP, ACEA C3", "API SN, VW 502.00/505.00", "ACEA A3/B4, MB 229.5"))),
            "Моторное масло {brand} {model} {sae}: защита от износа при холодном пуске и чистота двигателя.",
            packs=(6, 12), weight=(0.9, 4.5), season="autumn", popularity=1.5),
        Sub("Аккумуляторы автомобильные", "BAT",
            ("Аккумулятор автомобильный {brand} {model} {cap} А·ч {polarity}, пусковой ток {cca} А",),
            {"Varta": ("Blue Dynamic", "Silver Dynamic AGM"), "Тюмень": ("Standard", "Premium"),
             "Bosch Auto": ("S4 005", "S5 008"), "Mutlu": ("SFB", "Calcium Silver"), "Topla": ("Energy", "Top"),
             "AKOM": ("+EFB", "Реактив")},
            {"cap": ("55", "60", "62", "74", "75", "95"), "polarity": ("обратная полярность", "прямая полярность"),
             "cca": ("480", "540", "600", "680", "800")},
            (4990, 24990),
            (_a("Ёмкость", "number", "А·ч", True, "cap"), _a("Полярность", "choice", req=True, part="polarity"),
             _a("Пусковой ток", "number", "А", part="cca"), _a("Технология", "choice", values=("Ca/Ca", "EFB", "AGM"))),
            "Аккумулятор {brand} {model} на {cap} А·ч ({polarity}) уверенно заводит двигатель в мороз.",
            price_part="cap", weight=(13, 25), season="winter", popularity=0.7, warranty=24),
        Sub("Свечи зажигания", "SPK",
            ("Свеча зажигания {brand} {model}, для {car}",),
            {"NGK": ("BKR6E", "ZFR6F-11", "LKR7DIX-11S"), "Denso": ("K20TT", "IK20TT"),
             "Bosch Auto": ("FR7DC+", "0 242 236 ###"), "Champion": ("RN9YC", "OE###"), "Brisk": ("LR15YCY-1", "DR15YC")},
            {"car": CARS},
            (149, 1490),
            (_a("Применимость", "text", req=True, part="car"),
             _a("Материал электрода", "choice", values=("никель", "иридий", "платина")),
             _a("Калильное число", "number", values=(5, 8, 1))),
            "Свеча зажигания {brand} {model}: стабильная искра и ровная работа двигателя. Подходит для {car}.",
            packs=(6, 48), weight=(0.04, 0.08), popularity=1.3),
        Sub("Щётки стеклоочистителя", "WB",
            ("Щётка стеклоочистителя {type} {brand} {model}, {len} мм",),
            {"Bosch Auto": ("Aerotwin", "Eco"), "Denso": ("Flat", "Hybrid"), "Alca": ("Super Flat", "Winter"),
             "Valeo": ("Silencio", "First"), "Champion": ("Aerovantage", "Easyvision")},
            {"type": ("бескаркасная", "каркасная", "гибридная", "зимняя"),
             "len": ("350", "400", "450", "500", "550", "600", "650")},
            (290, 2490),
            (_a("Длина", "number", "мм", True, "len"), _a("Тип", "choice", part="type"),
             _a("Крепление", "choice", values=("крючок", "боковой штырь", "кнопка"))),
            "Щётка {brand} {model} ({type}) длиной {len} мм: чистое стекло без полос в любую погоду.",
            packs=(12,), weight=(0.15, 0.4), season="autumn", popularity=1.2),
        Sub("Автохимия", "CHM",
            ("Антифриз {brand} {model} {col}, {vol} кг",
             ("Антифриз {brand} {model} {col}, на розлив", "l"),
             ("Смазка литиевая {brand} Литол-24, на развес", "kg"),
             "Незамерзающая жидкость {brand} −30 °C, 4 л",
             "Очиститель двигателя {brand} пенный, 520 мл"),
            {"Felix": ("Carbox G12+", "Prolonger G11"), "Sintec": ("Lux G12", "Multi Freeze"),
             "Лукойл": ("G12 Red", "G11 Green"), "Liqui Moly": ("KFS 12+", "KFS 13"), "Hi-Gear": ("G12", "G11")},
            {"col": ("красный", "зелёный", "синий", "жёлтый"), "vol": ("1", "5", "10")},
            (149, 2990),
            (_a("Объём/масса", "number", part="vol"), _a("Цвет", "choice", part="col"),
             _a("Температура замерзания", "number", "°C", values=(-40, -25, 5))),
            "{brand}: автохимия для ухода за автомобилем круглый год.",
            packs=(6, 12), weight=(0.5, 10), season="winter", popularity=1.3),
    ),
    G_PHONES: (
        Sub("Смартфоны", "SMF",
            ("Смартфон {brand} {model} {ram}/{rom} ГБ, {color}",),
            {"Xiaomi": ("Redmi Note 13", "Redmi Note 13 Pro", "Redmi 13C", "14T"),
             "POCO": ("X6 Pro", "M6 Pro", "F6"),
             "Samsung": ("Galaxy A15", "Galaxy A35", "Galaxy A55", "Galaxy S24", "Galaxy S24 Ultra"),
             "Apple": ("iPhone 13", "iPhone 15", "iPhone 15 Pro", "iPhone 16"), "HONOR": ("X8b", "200", "Magic6 Pro"),
             "realme": ("C67", "12 Pro+", "Note 50"), "TECNO": ("Spark 20", "Camon 30", "Pova 6"),
             "Infinix": ("Hot 40i", "Note 40")},
            {"ram": ("4", "6", "8", "12"), "rom": ("64", "128", "256", "512"), "color": C_M},
            (6990, 149990),
            (_a("Встроенная память", "number", "ГБ", True, "rom"), _a("Оперативная память", "number", "ГБ", True, "ram"),
             _a("Диагональ экрана", "number", "дюйм", values=(6.1, 6.9, 0.1)), _a("NFC", "bool"),
             _a("Поддержка 5G", "bool"), _a("Цвет", "choice", req=True, part="color")),
            "Смартфон {brand} {model} с {ram} ГБ оперативной и {rom} ГБ встроенной памяти: яркий экран, "
            "ёмкий аккумулятор и быстрая зарядка.",
            price_part="rom", packs=(), weight=(0.17, 0.24), season="gifts", popularity=1.6, warranty=12),
        Sub("Чехлы", "CASE",
            ("Чехол-накладка {brand} {type} для {phone}, {color}", "Чехол-книжка {brand} для {phone}, {color}"),
            {"Deppa": ("",), "Red Line": ("",), "Borofone": ("",), "Baseus": ("",), "UGREEN": ("",), "Hoco": ("",)},
            {"type": ("силиконовый", "прозрачный", "с MagSafe", "противоударный"), "phone": PHONES, "color": C_M[:6]},
            (190, 2990),
            (_a("Совместимость", "text", req=True, part="phone"), _a("Материал", "choice", values=("силикон", "TPU", "экокожа", "поликарбонат")),
             _a("Цвет", "choice", part="color")),
            "Чехол {brand} для {phone}: точные вырезы под камеру и разъёмы, защита от царапин и ударов.",
            packs=(12, 48), weight=(0.02, 0.08), popularity=2.0),
        Sub("Защитные стёкла", "GLS",
            ("Защитное стекло {brand} {type} для {phone}",),
            {"Deppa": ("",), "Red Line": ("",), "Borofone": ("",), "Hoco": ("",), "BoraSCO": ("",)},
            {"type": ("Full Glue, чёрная рамка", "2.5D", "матовое", "антишпион"), "phone": PHONES},
            (149, 1290),
            (_a("Совместимость", "text", req=True, part="phone"), _a("Тип", "choice", part="type"),
             _a("Олеофобное покрытие", "bool")),
            "Защитное стекло {brand} ({type}) для {phone}: твёрдость 9H, олеофобное покрытие.",
            packs=(48,), weight=(0.02, 0.05), popularity=1.7),
        Sub("Зарядные устройства", "CHG",
            ("Сетевое зарядное устройство {brand} {model} {watt} Вт, {ports}, {color}",),
            {"Baseus": ("GaN5 Pro", "Super Si"), "Anker": ("Nano", "PowerPort III"), "UGREEN": ("Nexode", "Robot GaN"),
             "Xiaomi": ("Mi Charger", "HyperCharge"), "Samsung": ("EP-TA800", "EP-T4510"), "Hoco": ("N##", "C##A")},
            {"watt": ("20", "25", "33", "45", "65", "100"), "ports": ("USB-C", "USB-C + USB-A", "2×USB-C + USB-A"),
             "color": ("белое", "чёрное")},
            (390, 5990),
            (_a("Мощность", "number", "Вт", True, "watt"), _a("Разъёмы", "choice", part="ports"),
             _a("Быстрая зарядка", "choice", values=("Power Delivery", "Quick Charge 3.0", "PD + QC"))),
            "Зарядное устройство {brand} {model} на {watt} Вт ({ports}) с защитой от перегрева.",
            price_part="watt", packs=(12,), weight=(0.05, 0.2), popularity=1.5),
        Sub("Внешние аккумуляторы", "PWB",
            ("Внешний аккумулятор {brand} {model} {cap} мА·ч, {watt} Вт, {color}",),
            {"Xiaomi": ("Redmi Power Bank", "Mi Power Bank 3"), "Baseus": ("Bipow", "Magnetic Mini"),
             "Anker": ("PowerCore", "Zolo"), "Hoco": ("J101", "Q##")},
            {"cap": ("5000", "10000", "20000", "30000"), "watt": ("10", "18", "22.5", "65"), "color": C_M[:4]},
            (790, 6990),
            (_a("Ёмкость", "number", "мА·ч", True, "cap"), _a("Мощность", "number", "Вт", part="watt"),
             _a("Беспроводная зарядка", "bool")),
            "Внешний аккумулятор {brand} на {cap} мА·ч: зарядит смартфон несколько раз, быстрая зарядка {watt} Вт.",
            price_part="cap", weight=(0.12, 0.5), season="summer", popularity=1.2),
        Sub("Умные часы", "SW",
            ("Умные часы {brand} {model} {size} мм, {color}",),
            {"Apple": ("Watch Series 9", "Watch SE 2023"), "Samsung": ("Galaxy Watch6", "Galaxy Watch FE"),
             "Xiaomi": ("Redmi Watch 4", "Watch S3"), "HUAWEI": ("Watch GT 4", "Watch Fit 3"),
             "Amazfit": ("Bip 5", "GTR 4", "Active 2"), "HONOR": ("Watch 4", "Choice Watch")},
            {"size": ("40", "41", "44", "45", "46"), "color": C_M[:5]},
            (3490, 49990),
            (_a("Размер корпуса", "number", "мм", True, "size"), _a("NFC", "bool"), _a("GPS", "bool"),
             _a("Цвет", "choice", part="color")),
            "Умные часы {brand} {model}: пульс, сон, SpO2, уведомления и более 100 спортивных режимов.",
            weight=(0.05, 0.15), season="gifts", popularity=1.0),
    ),
}

#: Brands that cost more than average.
BRAND_PREMIUM = {"Apple": 1.7, "Dyson": 2.0, "Bosch": 1.2, "Samsung": 1.15, "Sony": 1.3, "De'Longhi": 1.3,
                 "Brembo": 1.5, "Liqui Moly": 1.3, "ECCO": 1.5, "Nike": 1.3, "Razer": 1.4, "Castrol": 1.15,
                 "Varta": 1.2, "Columbia": 1.5, "Levi's": 1.4, "Anker": 1.2, "Denso": 1.1, "Mann-Filter": 1.15}
#: Cheaper brands.
BRAND_DISCOUNT = {"Атлант": 0.85, "Polaris": 0.8, "Redmond": 0.8, "Scarlett": 0.6, "BBK": 0.7, "Defender": 0.7,
                  "Hoco": 0.7, "Borofone": 0.7, "Demix": 0.7, "Netac": 0.8, "Big Filter": 0.7, "TECNO": 0.75,
                  "Infinix": 0.7, "Gloria Jeans": 0.8, "Sela": 0.8, "Тюмень": 0.8, "A4Tech": 0.8}


@dataclass(frozen=True)
class SupplierSpec:
    name: str
    groups: tuple[str, ...]
    prefix: str
    lead: int
    deferral: int
    min_amount: int
    contact: str
    city: str


SUPPLIERS = (
    SupplierSpec('ООО "ТехноОпт"', (G_ELECTRONICS, G_COMPUTERS), "TO", 5, 14, 30000,
                 "Дмитрий Орлов", "Москва, ул. Складочная, д. 1, стр. 15"),
    SupplierSpec('ООО "Электро-Дистрибуция"', (G_ELECTRONICS,), "ED", 7, 30, 50000,
                 "Марина Белова", "Санкт-Петербург, Кушелевская дорога, д. 8"),
    SupplierSpec('ООО "Стиль Трейд"', (G_CLOTHING,), "ST", 10, 45, 20000,
                 "Наталья Крылова", "Иваново, ул. Лежневская, д. 55"),
    SupplierSpec('ООО "Обувь Регион"', (G_CLOTHING,), "OR", 12, 30, 25000,
                 "Алексей Гусев", "Ростов-на-Дону, пр. Шолохова, д. 31"),
    SupplierSpec('ООО "КомпьютерЛэнд Дистрибуция"', (G_COMPUTERS, G_PHONES), "KL", 4, 21, 15000,
                 "Павел Никитин", "Москва, Варшавское ш., д. 125"),
    SupplierSpec('ООО "АвтоДеталь-Снаб"', (G_AUTO,), "AD", 3, 14, 10000,
                 "Виктор Соколов", "Екатеринбург, ул. Монтажников, д. 4"),
    SupplierSpec('ООО "Моторные масла и химия"', (G_AUTO,), "MM", 6, 30, 15000,
                 "Елена Жукова", "Нижний Новгород, ул. Ларина, д. 7"),
    SupplierSpec('ООО "Мобайл Аксессуары"', (G_PHONES,), "MA", 5, 7, 8000,
                 "Руслан Ахмедов", "Москва, ул. Рябиновая, д. 44"),
    SupplierSpec('ООО "Связь-Опт"', (G_PHONES, G_ELECTRONICS), "SO", 8, 21, 40000,
                 "Ирина Лебедева", "Новосибирск, ул. Станционная, д. 60"),
)

FIRST_M = ("Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём", "Илья", "Кирилл", "Михаил",
           "Никита", "Матвей", "Роман", "Егор", "Иван", "Павел", "Владимир", "Денис", "Евгений", "Олег")
FIRST_F = ("Анна", "Мария", "Елена", "Ольга", "Наталья", "Екатерина", "Татьяна", "Светлана", "Ирина", "Юлия",
           "Анастасия", "Дарья", "Полина", "Виктория", "Ксения", "Алина", "Марина", "Софья", "Вера", "Людмила")
LAST = ("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
        "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
        "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
        "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов")
MAIL_DOMAINS = ("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru", "rambler.ru", "ya.ru")

def ean13_check_digit(body: str) -> str:
    """The check digit of a 12-digit EAN-13 body."""
    if len(body) != 12 or not body.isdigit():
        raise ValueError(f"an EAN-13 body is 12 digits, got {body!r}")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return str((10 - total % 10) % 10)


def is_valid_ean13(code: str) -> bool:
    return len(code) == 13 and code.isdigit() and ean13_check_digit(code[:12]) == code[12]


def _inn10(rng: random.Random) -> str:
    """A legal entity's tax id (ИНН, 10 digits) with a correct control digit."""
    region = rng.choice(("77", "78", "50", "66", "52", "54", "61", "37"))
    body = region + "".join(str(rng.randrange(10)) for _ in range(7))
    weights = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    control = sum(int(d) * w for d, w in zip(body, weights)) % 11 % 10
    return body + str(control)


def retail_price(raw: float) -> Decimal:
    """A shop price ending in 90 or 99 rubles (99, 190, 1 290, 24 999...)."""
    hundreds = max(0, int(raw // 100))
    if raw < 100:
        return Decimal("99.00")
    ending = 99 if (hundreds % 3 == 0 or raw > 5000 and hundreds % 2 == 0) else 90
    return Decimal(hundreds * 100 + ending).quantize(CENT)


# --------------------------------------------------------------------------------------
# In-memory product records (slim: what later phases need)
# --------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Prod:
    id: int
    sku: str
    name: str
    unit: str
    price: Decimal
    cost: Decimal
    published: bool
    group: str
    sub: int
    brand: str
    weight: float
    bin_id: int = 0
    barcode: str = ""
    offers: list[tuple[int, str, Decimal, Decimal, Decimal]] = field(default_factory=list)


@dataclass
class _Ctx:
    store: Store
    options: DemoOptions
    rng: random.Random
    progress: Progress | None
    now: datetime
    admin: Actor | None = None
    user_ids: dict[str, int] = field(default_factory=dict)
    subs: list[tuple[str, Sub]] = field(default_factory=list)
    sub_category: list[int] = field(default_factory=list)
    sub_attr_ids: list[list[int]] = field(default_factory=list)
    group_ids: dict[str, int] = field(default_factory=dict)
    brand_ids: dict[str, int] = field(default_factory=dict)
    supplier_ids: list[int] = field(default_factory=list)
    products: list[_Prod] = field(default_factory=list)
    locations: dict[str, int] = field(default_factory=dict)
    virtual: dict[LocationKind, int] = field(default_factory=dict)
    bins: dict[str, list[int]] = field(default_factory=dict)
    counts: dict[str, Any] = field(default_factory=dict)
    started: float = 0.0

    def report(self, percent: int, message: str) -> None:
        if self.progress is not None:
            self.progress(percent, 100, message)


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        conn.execute(insert(table), rows[start:start + CHUNK])


def _sync_id_sequence(conn: Connection, table: Table) -> None:
    """After inserting explicit ids on PostgreSQL, move the id sequence past them."""
    if conn.dialect.name != "postgresql":
        return
    conn.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table.name}), 1), "
            f"(SELECT MAX(id) FROM {table.name}) IS NOT NULL)"
        )
    )


def _next_id(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1


# --------------------------------------------------------------------------------------
# The phases
# --------------------------------------------------------------------------------------

def _ensure_users(ctx: _Ctx) -> None:
    with ctx.store.session() as session:
        created = []
        if not auth.has_users(session):
            first = DEMO_USERS[0]
            auth.create_first_admin(session, first.username, first.password, first.full_name)
            created.append(first.username)
        admin = users.first_active_admin(session)
        if admin is None:
            raise ValidationError("The store has users but no active administrator; demo users can't be created.")
        ctx.admin = auth.actor_for(admin)
        for spec in DEMO_USERS:
            existing = auth.find_user(session, spec.username)
            if existing is None:
                info = users.create_user(session, ctx.admin, spec.username, spec.password, {spec.role}, spec.full_name)
                created.append(spec.username)
                ctx.user_ids[spec.username] = info.id
            else:
                ctx.user_ids[spec.username] = existing.id
        if not get_company(session).name:
            save_company(session, ctx.admin, CompanyDetails(
                name="Демо-Маркет", legal_name='ООО "Демо-Маркет"', tax_id=_inn10(random.Random(ctx.options.seed)),
                tax_reason_code="771501001", address="127015, г. Москва, ул. Новодмитровская, д. 2, к. 1",
                phone="+7 (495) 123-45-67", email="shop@demo-market.ru",
                bank_details='р/с 40702810900000012345 в ПАО "Сбербанк", БИК 044525225',
                director="Волков С. А.", accountant="Белова М. И.",
            ))
    ctx.counts["users_created"] = created


def _reference_data(ctx: _Ctx, session: Session) -> None:
    """Categories, brands, attribute definitions, suppliers and locations (ORM: a few hundred rows)."""
    for order, group in enumerate(GROUPS):
        cat = Category(name=group, sort_order=order, path="/")
        session.add(cat)
        session.flush()
        cat.path = f"/{cat.id}/"
        ctx.group_ids[group] = cat.id
        for sub_order, sub in enumerate(SUBCATEGORIES[group]):
            child = Category(name=sub.name, parent_id=cat.id, sort_order=sub_order, path="/")
            session.add(child)
            session.flush()
            child.path = f"/{cat.id}/{child.id}/"
            ctx.subs.append((group, sub))
            ctx.sub_category.append(child.id)
            attr_ids = []
            for a_order, attr in enumerate(sub.attrs):
                choices = None
                if attr.kind == "choice":
                    if attr.part:
                        values: list[str] = list(sub.parts[attr.part])
                        for override in sub.brand_parts.values():
                            values += [v for v in override.get(attr.part, ()) if v not in values]
                        choices = values
                    else:
                        choices = [str(v) for v in attr.values]
                definition = AttributeDefinition(
                    category_id=child.id, name=attr.name, kind=attr.kind, unit=attr.unit, choices=choices,
                    required=attr.required, sort_order=a_order,
                )
                session.add(definition)
                session.flush()
                attr_ids.append(definition.id)
            ctx.sub_attr_ids.append(attr_ids)
    brand_names: list[str] = []
    for _group, sub in ctx.subs:
        for name in sub.brands:
            if name not in brand_names:
                brand_names.append(name)
    existing = {name: bid for bid, name in session.execute(select(Brand.id, Brand.name))}
    for name in sorted(brand_names):
        if name not in existing:
            brand = Brand(name=name)
            session.add(brand)
            session.flush()
            existing[name] = brand.id
    ctx.brand_ids = existing

    supplier_rng = random.Random(ctx.options.seed * 7919 + 11)
    for spec in SUPPLIERS:
        found = session.scalar(select(Supplier).where(Supplier.name == spec.name))
        if found is None:
            first, last = spec.contact.split()
            found = Supplier(
                name=spec.name, tax_id=_inn10(supplier_rng), contact_person=spec.contact,
                phone=f"+7 ({supplier_rng.randint(401, 499)}) {supplier_rng.randint(100, 999)}-"
                      f"{supplier_rng.randint(10, 99)}-{supplier_rng.randint(10, 99)}",
                email=f"{translit(first)}.{translit(last)}@{spec.prefix.lower()}-opt.ru",
                address=spec.city, payment_deferral_days=spec.deferral, lead_time_days=spec.lead,
                min_order_amount=Decimal(spec.min_amount).quantize(CENT),
                returns_defective=True, returns_unsold=supplier_rng.random() < 0.3,
                notes=f"Заказы по e-mail до 14:00, отгрузка на следующий день. Группы: {', '.join(spec.groups)}.",
            )
            session.add(found)
            session.flush()
        ctx.supplier_ids.append(found.id)

    ctx.virtual = ensure_virtual_locations(session)
    warehouse = session.scalar(select(Location).where(Location.code == "WH1"))
    if warehouse is None:
        warehouse = Location(code="WH1", name="Основной склад", kind=LocationKind.WAREHOUSE.value)
        session.add(warehouse)
        session.flush()
    ctx.locations["WH1"] = warehouse.id
    quarantine = session.scalar(select(Location).where(Location.code == "WH1-Q"))
    if quarantine is None:
        quarantine = Location(code="WH1-Q", name="Карантин (брак, пересорт)", kind=LocationKind.QUARANTINE.value,
                              parent_id=warehouse.id)
        session.add(quarantine)
        session.flush()
    ctx.locations["WH1-Q"] = quarantine.id
    # Bins: a zone per group, racks of 5 shelves; about 50 products a bin at large sizes.
    per_zone = max(10, min(1000, ctx.options.products // (50 * len(GROUPS)) + 1))
    taken = set(session.scalars(select(Location.code)))
    rows = []
    for group in GROUPS:
        zone = GROUP_ZONE[group]
        for n in range(per_zone):
            code = f"{zone}-{n // 5 + 1:02d}-{n % 5 + 1:02d}"
            if code not in taken:
                rows.append({"code": code, "name": f"Зона {zone}, стеллаж {n // 5 + 1}, полка {n % 5 + 1}",
                             "kind": LocationKind.BIN.value, "parent_id": warehouse.id, "is_active": True})
    conn = session.connection()
    _insert(conn, Location.__table__, rows)
    for loc_id, code in session.execute(select(Location.id, Location.code).where(Location.parent_id == warehouse.id,
                                                                                 Location.kind == LocationKind.BIN.value)):
        ctx.bins.setdefault(code[0], []).append(loc_id)
    for ids in ctx.bins.values():
        ids.sort()
    ctx.counts["bins"] = sum(len(v) for v in ctx.bins.values())


def _expand(pattern: str, rng: random.Random, values: dict[str, str]) -> str:
    out = pattern.format_map(values) if "{" in pattern else pattern
    if "#" in out or "@" in out:
        out = "".join(
            str(rng.randrange(10)) if ch == "#" else chr(65 + rng.randrange(26)) if ch == "@" else ch for ch in out
        )
    return out


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _attr_value(attr: Attr, rng: random.Random, chosen: dict[str, str]) -> str | None:
    if attr.kind == "bool":
        return "true" if rng.random() < 0.5 else "false"
    if attr.part:
        value = chosen.get(attr.part)
        if value is None:
            return None
        if attr.kind == "number":
            found = _NUMBER.findall(value)
            return found[attr.pick].replace(",", ".") if len(found) > attr.pick else None
        return value
    if attr.kind == "number":
        low, high, step = attr.values
        steps = int(round((high - low) / step))
        value_num = Decimal(str(low)) + Decimal(str(step)) * rng.randint(0, steps)
        return format(value_num.normalize(), "f")
    return str(rng.choice(attr.values))


def _products(ctx: _Ctx, session: Session) -> None:
    """Products, barcodes, attribute values and supplier offers, in bulk."""
    rng = ctx.rng
    conn = session.connection()
    n = ctx.options.products
    first_id = _next_id(conn, Product.__table__)
    sub_weights = [sub.popularity ** 0.5 * (1.3 if sub.packs else 1.0) for _g, sub in ctx.subs]
    sub_cum = list(itertools.accumulate(sub_weights))
    # Unique 9-digit item references under the 460-469 (Russia) GS1 prefixes.
    refs = rng.sample(range(10**9), n * 2)
    suppliers_for: dict[str, list[int]] = {}
    for index, spec in enumerate(SUPPLIERS):
        for group in spec.groups:
            suppliers_for.setdefault(group, []).append(index)
    supplier_counter = [itertools.count(10001 + i * 7) for i in range(len(SUPPLIERS))]
    used_names: set[str] = set()
    created_base = ctx.now - timedelta(days=730)
    bin_cursor: dict[str, int] = {}
    totals = {"barcodes": 0, "attributes": 0, "offers": 0, "pack_barcodes": 0}

    for start in range(0, n, CHUNK):
        products, barcodes, values, offers = [], [], [], []
        for i in range(start, min(n, start + CHUNK)):
            pid = first_id + i
            s = bisect.bisect_left(sub_cum, rng.random() * sub_cum[-1])
            group, sub = ctx.subs[s]
            brand = rng.choice(list(sub.brands))
            parts = dict(sub.parts)
            parts.update(sub.brand_parts.get(brand, {}))
            template = rng.choice(sub.templates)
            unit = "pcs"
            if isinstance(template, tuple):
                template, unit = template
            name = ""
            chosen: dict[str, str] = {}
            for _attempt in range(4):
                chosen = {key: rng.choice(options) for key, options in parts.items()}
                model = _expand(rng.choice(sub.brands[brand]), rng, chosen)
                name = " ".join(template.format(brand=brand, model=model, **chosen).split())
                name = name.replace(" ,", ",")
                if name not in used_names:
                    break
            used_names.add(name)
            sku = f"{sub.code}-{pid:06d}"
            # Price: ordered by the price part when there is one, a brand factor, noise.
            low, high = sub.price
            if sub.price_part:
                options = parts[sub.price_part]
                q = (options.index(chosen[sub.price_part]) + rng.random()) / len(options)
            else:
                q = rng.random() ** 1.4
            raw = low * (high / low) ** q
            raw *= BRAND_PREMIUM.get(brand, 1.0) * BRAND_DISCOUNT.get(brand, 1.0) * rng.uniform(0.92, 1.08)
            if unit != "pcs":
                raw = max(39.0, raw / 12)
            price = retail_price(raw)
            cost = (price * Decimal(str(rng.uniform(0.55, 0.75)))).quantize(CENT)
            compare_at = None
            if rng.random() < 0.18:
                compare_at = retail_price(int(price) * rng.uniform(1.12, 1.35))
            published = rng.random() < 0.9
            zone = GROUP_ZONE[group]
            zone_bins = ctx.bins[zone]
            cursor = bin_cursor.get(zone, 0)
            bin_id = zone_bins[(cursor // 50) % len(zone_bins)]
            bin_cursor[zone] = cursor + 1
            unit_code = "46" + str(rng.randrange(10)) + f"{refs[i]:09d}"
            codes = [unit_code + ean13_check_digit(unit_code)]
            barcodes.append({"product_id": pid, "barcode": codes[0], "kind": "unit", "pack_quantity": Decimal(1)})
            if sub.packs and rng.random() < 0.3:
                pack_code = "46" + str(rng.randrange(10)) + f"{refs[n + i]:09d}"
                codes.append(pack_code + ean13_check_digit(pack_code))
                barcodes.append({"product_id": pid, "barcode": codes[1], "kind": "pack",
                                 "pack_quantity": Decimal(rng.choice(sub.packs))})
                totals["pack_barcodes"] += 1
            fmt = {"brand": brand, "model": model, **chosen}
            short = sub.desc.format(**fmt)
            if rng.random() < 0.85:
                short += f" Гарантия {sub.warranty} мес."
            full_desc = ""
            if published:
                # Every published card is complete enough for the website: a description
                # past the rule's 100 characters (a longer one for most), SEO fields, a photo.
                full_desc = (f"<p>{short}</p><ul><li>Бренд: {brand}</li><li>Артикул: {sku}</li>"
                             f"<li>Гарантия: {sub.warranty} мес.</li></ul>")
                if rng.random() < 0.6:
                    full_desc += (f"<p>{name} — оригинальный товар от официального поставщика. "
                                  f"Проверяем перед отправкой, доставляем по всей России.</p>")
            weight = Decimal(str(round(rng.uniform(*sub.weight), 3)))
            created = created_base + timedelta(seconds=rng.randrange(600 * 86400))
            has_keywords = published and rng.random() < 0.7
            products.append({
                "id": pid, "sku": sku, "name": name, "unit": unit, "category_id": ctx.sub_category[s],
                "brand_id": ctx.brand_ids[brand], "parent_id": None, "retail_price": price,
                "compare_at_price": compare_at, "average_cost": cost, "is_published": published,
                "is_marked": sub.marked and unit == "pcs", "is_active": rng.random() < 0.985 or published,
                "short_description": short, "description_html": full_desc,
                "weight_kg": weight if unit == "pcs" else None,
                "length_mm": rng.randint(50, 900) if unit == "pcs" else None,
                "width_mm": rng.randint(30, 600) if unit == "pcs" else None,
                "height_mm": rng.randint(10, 900) if unit == "pcs" else None,
                "slug": f"{slugify(name)[:180]}-{sku.lower()}" if published else None,
                "meta_title": f"{name} — купить в интернет-магазине Демо-Маркет" if published else "",
                "meta_description": (f"{name}: цена {price:.0f} ₽, доставка по России, гарантия {sub.warranty} мес."
                                     if published else "")[:500],
                "meta_keywords": f"{sub.name.lower()}, {brand}" if has_keywords else "",
                "default_bin_id": bin_id, "reorder_enabled": rng.random() < 0.9,
                "safety_stock": Decimal(rng.choice((0, 0, 1, 2, 3, 5))) if unit == "pcs" else Decimal(0),
                "sell_from_supplier_stock": rng.random() < 0.08,
                "search_text": build_search_text(sku, name, codes),
                "created_at": created, "updated_at": created + timedelta(days=rng.randint(0, 90)), "version": 1,
            })
            for attr, attr_id in zip(sub.attrs, ctx.sub_attr_ids[s]):
                if not attr.required and rng.random() < 0.12:
                    continue  # some cards are incomplete, as in real catalogs
                value = _attr_value(attr, rng, chosen)
                if value is not None:
                    values.append({"product_id": pid, "attribute_id": attr_id, "value": value})
            prod = _Prod(pid, sku, name, unit, price, cost, published, group, s, brand, 0.0, bin_id, codes[0])
            # Supplier offers: the main supplier of the group for ~92 %, a second one for ~30 %.
            candidates = suppliers_for[group]
            chosen_suppliers = []
            if rng.random() < 0.92:
                chosen_suppliers.append(candidates[pid % len(candidates)])
                if rng.random() < 0.3:
                    other = rng.choice(list(range(len(SUPPLIERS))))
                    if other not in chosen_suppliers and group in SUPPLIERS[other].groups:
                        chosen_suppliers.append(other)
            for sup_index in chosen_suppliers:
                spec = SUPPLIERS[sup_index]
                offer_price = (cost * Decimal(str(rng.uniform(0.9, 0.995)))).quantize(CENT)
                pack = Decimal(rng.choice(sub.packs)) if sub.packs and rng.random() < 0.4 else Decimal(1)
                moq = pack * rng.choice((1, 1, 2)) if unit == "pcs" else Decimal(rng.choice((10, 20, 50)))
                supplier_sku = f"{spec.prefix}-{next(supplier_counter[sup_index])}"
                stock = None if rng.random() < 0.15 else Decimal(rng.choice((0, 0, 3, 10, 25, 60, 150, 400)))
                offers.append({
                    "supplier_id": ctx.supplier_ids[sup_index], "product_id": pid, "supplier_sku": supplier_sku,
                    "supplier_name": name.upper() if rng.random() < 0.3 else name, "barcode": codes[0],
                    "price": offer_price, "pack_size": pack, "min_order_qty": moq, "stock_qty": stock,
                    "updated_at": ctx.now - timedelta(days=rng.randint(0, 20)),
                })
                prod.offers.append((ctx.supplier_ids[sup_index], supplier_sku, offer_price, pack, moq))
            ctx.products.append(prod)
        _insert(conn, Product.__table__, products)
        _insert(conn, ProductBarcode.__table__, barcodes)
        _insert(conn, ProductAttributeValue.__table__, values)
        _insert(conn, SupplierOffer.__table__, offers)
        totals["barcodes"] += len(barcodes)
        totals["attributes"] += len(values)
        totals["offers"] += len(offers)
        done = min(n, start + CHUNK)
        ctx.report(5 + 25 * done // max(1, n), f"Products: {done} of {n}")
    _sync_id_sequence(conn, Product.__table__)
    ctx.counts.update(totals)


# --- photos -------------------------------------------------------------------------------

def _font(size: int, bold: bool = False) -> Any:
    from PIL import ImageFont

    for folder in FONT_DIRS:
        path = folder / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
        if path.exists():
            return ImageFont.truetype(str(path), size)
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without FreeType sizing
        return ImageFont.load_default()


def _hsv(h: float, s: float, v: float) -> tuple[int, int, int]:
    import colorsys

    r, g, b = colorsys.hsv_to_rgb(h % 1.0, s, v)
    return int(r * 255), int(g * 255), int(b * 255)


def render_photo(brand: str, title: str, seed: int, variant: int = 0,
                 caption: str = "Демо-Маркет · фото товара") -> tuple[bytes, bytes, int, int]:
    """A 1200x1200 product "photo" (WebP) and its 200px thumbnail (WebP)."""
    from PIL import Image, ImageDraw, ImageOps

    rng = random.Random(seed * 31 + variant)
    hue = rng.random()
    top, bottom = _hsv(hue, 0.55, 0.95), _hsv(hue + 0.08, 0.75, 0.55)
    gradient = Image.linear_gradient("L").resize((PHOTO_SIZE, PHOTO_SIZE))
    if variant % 2:
        gradient = gradient.rotate(90)
    img = ImageOps.colorize(gradient, top, bottom).convert("RGB")
    draw = ImageDraw.Draw(img)
    for _ in range(6):
        r = rng.randint(80, 320)
        x, y = rng.randint(-100, PHOTO_SIZE), rng.randint(-100, PHOTO_SIZE)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=_hsv(hue + rng.uniform(-0.1, 0.1), 0.35, 0.98))
    draw.rounded_rectangle((110, 330, 1090, 1030), radius=48, fill=(255, 255, 255), outline=bottom, width=6)
    title_font, small = _font(52), _font(36)
    brand_font = next(font for font in (_font(size, bold=True) for size in (110, 90, 72, 60))
                      if draw.textlength(brand, font=font) <= PHOTO_SIZE - 100 or font.size == 60)
    draw.text((PHOTO_SIZE // 2, 200), brand, font=brand_font, fill=(255, 255, 255), anchor="mm",
              stroke_width=4, stroke_fill=bottom)
    lines = textwrap.wrap(title, width=26)[:6]
    y = 680 - (len(lines) - 1) * 36
    for line in lines:
        draw.text((PHOTO_SIZE // 2, y), line, font=title_font, fill=(40, 40, 48), anchor="mm")
        y += 72
    draw.text((PHOTO_SIZE // 2, 1110), caption + (" · вид 2" if variant else ""),
              font=small, fill=(255, 255, 255), anchor="mm")
    main = io.BytesIO()
    img.save(main, "WEBP", quality=80, method=4)
    thumb_img = img.copy()
    thumb_img.thumbnail((THUMB_SIZE, THUMB_SIZE))
    thumb = io.BytesIO()
    thumb_img.save(thumb, "WEBP", quality=75, method=4)
    return main.getvalue(), thumb.getvalue(), img.width, img.height


def _short_title(name: str, brand: str) -> str:
    title = name.split(",")[0]
    return title.replace(brand, "").replace("  ", " ").strip()


@functools.lru_cache(maxsize=64)
def _subcategory_photo(group: str, sub_name: str) -> tuple[bytes, bytes, int, int]:
    """The photo a subcategory's published cards share when they have none of their own
    (rendered once a process: tests generate many small demo stores)."""
    return render_photo(sub_name, group, zlib.crc32(sub_name.encode()), caption="Демо-Маркет · фото категории")


def _photos(ctx: _Ctx, session: Session) -> None:
    """Rendered photos for the first ``options.photos`` products (two views for every
    third); every other published product shows its subcategory's photo, stored once, so
    that no published card falls below the website's publish threshold."""
    own = ctx.products[: max(0, ctx.options.photos)]
    known: set[str] = set(session.scalars(select(Blob.sha256)))
    blobs: list[dict[str, Any]] = []
    images: list[dict[str, Any]] = []

    def add(prod: _Prod, variant: int, rendered: tuple[bytes, bytes, int, int], alt: str) -> None:
        main, thumb, width, height = rendered
        main_sha, thumb_sha = hashlib.sha256(main).hexdigest(), hashlib.sha256(thumb).hexdigest()
        for sha, data in ((main_sha, main), (thumb_sha, thumb)):
            if sha not in known:
                known.add(sha)
                blobs.append({"sha256": sha, "mime_type": "image/webp", "size": len(data), "data": data,
                              "created_at": ctx.now})
        images.append({
            "product_id": prod.id, "position": variant, "is_main": variant == 0, "alt_text": alt,
            "source_sha256": main_sha, "image_sha256": main_sha, "thumb_sha256": thumb_sha,
            "width": width, "height": height, "created_at": ctx.now,
        })

    for k, prod in enumerate(own):
        for variant in range(2 if k % 3 == 0 else 1):
            rendered = render_photo(prod.brand, _short_title(prod.name, prod.brand),
                                    ctx.options.seed * 100003 + prod.id, variant)
            add(prod, variant, rendered, prod.name if variant == 0 else f"{prod.name} — вид сбоку")
        if k % 10 == 9:
            ctx.report(30 + 8 * (k + 1) // len(own), f"Photos: {k + 1} of {len(own)}")
    shared = [prod for prod in ctx.products[len(own):] if prod.published]
    for k, prod in enumerate(shared):
        group, sub = ctx.subs[prod.sub]
        add(prod, 0, _subcategory_photo(group, sub.name), prod.name)
        if k % 500 == 499:
            ctx.report(38 + 2 * (k + 1) // len(shared), f"Photos: {len(own) + k + 1} of {len(own) + len(shared)}")
    conn = session.connection()
    for start in range(0, len(blobs), 50):
        conn.execute(insert(Blob.__table__), blobs[start:start + 50])
    _insert(conn, ProductImage.__table__, images)
    ctx.counts["photos"] = len(images)


# --- popularity, stock and purchasing ----------------------------------------------------------

def _popularity(ctx: _Ctx) -> None:
    """A Zipf-like weight per product (a few sell a lot, most a little) for ABC analysis."""
    rng = ctx.rng
    order = list(range(len(ctx.products)))
    rng.shuffle(order)
    for rank, index in enumerate(order, start=1):
        prod = ctx.products[index]
        sub = ctx.subs[prod.sub][1]
        weight = sub.popularity / (rank + 5) ** 0.95
        if not prod.published:
            weight *= 0.05
        if prod.unit != "pcs":
            weight *= 0.6
        prod.weight = weight


def _line_quantity(rng: random.Random, prod: _Prod) -> Decimal:
    if prod.unit == "m":
        return Decimal(rng.choice((1, 2, 3, 5, 5, 10, 10, 15, 20, 25, 30, 50)))
    if prod.unit == "l":
        return Decimal(rng.choice((1, 1, 2, 4, 4, 5, 8, 10)))
    if prod.unit == "kg":
        return Decimal(rng.choice(("0.5", "1", "1", "1.5", "2", "2.5", "5")))
    r = rng.random()
    if prod.price < 500:
        return Decimal(1 if r < 0.55 else 2 if r < 0.8 else rng.randint(3, 6))
    if prod.price > 15000:
        return Decimal(1 if r < 0.97 else 2)
    return Decimal(1 if r < 0.86 else 2 if r < 0.97 else 3)


def _stock_and_purchasing(ctx: _Ctx, session: Session) -> None:
    """Opening stock (receipts per supplier), purchase orders in every state, their receipts.

    Moves and levels are written from one list of moves: the level table equals the
    ledger by construction.
    """
    rng = ctx.rng
    conn = session.connection()
    total_weight = sum(p.weight for p in ctx.products) or 1.0
    expected_lines = ctx.options.orders * 3.1
    supplier_loc = ctx.virtual[LocationKind.SUPPLIER]
    quarantine = ctx.locations["WH1-Q"]
    clerk = ctx.user_ids.get("sklad")
    purchaser = ctx.user_ids.get("zakupki")
    manager = ctx.user_ids.get("manager")
    opening_at = ctx.now - timedelta(days=370)
    moves: list[dict[str, Any]] = []

    # Opening balances: one posted receipt per supplier for the goods it supplies.
    opening: dict[int, list[tuple[_Prod, Decimal]]] = {}
    for prod in ctx.products:
        monthly = expected_lines * prod.weight / total_weight / 12 * 1.3
        if rng.random() < 0.12:
            continue  # out of stock
        if prod.unit == "m":
            qty = Decimal(rng.choice((100, 200, 305, 500)))
        elif prod.unit == "l":
            qty = Decimal(rng.choice((20, 60, 100, 200)))
        elif prod.unit == "kg":
            qty = Decimal(rng.choice(("10", "25", "50", "12.5")))
        else:
            qty = Decimal(max(1, int(monthly * rng.uniform(0.5, 3.0)) + rng.randint(0, 4)))
        supplier_id = prod.offers[0][0] if prod.offers else ctx.supplier_ids[0]
        opening.setdefault(supplier_id, []).append((prod, qty))
    on_hand_products = sum(len(v) for v in opening.values())
    receipt_lines: list[dict[str, Any]] = []
    for supplier_id in sorted(opening):
        number = sequences.next_number(session, "receipt", opening_at.year)
        receipt = Receipt(
            number=number, state=DocumentState.POSTED.value, supplier_id=supplier_id,
            warehouse_id=ctx.locations["WH1"], supplier_document=f"Остатки на {opening_at:%d.%m.%Y}",
            notes="Ввод начальных остатков (демо-данные)", author_id=clerk, posted_by_id=clerk,
            posted_at=opening_at, created_at=opening_at,
        )
        session.add(receipt)
        session.flush()
        for prod, qty in opening[supplier_id]:
            receipt_lines.append({
                "receipt_id": receipt.id, "product_id": prod.id, "purchase_order_line_id": None, "quantity": qty,
                "damaged_quantity": Decimal(0), "damage_reason": "", "damage_location_id": None,
                "damage_photo_sha256": None, "over_delivery_reason": "", "unit_cost": prod.cost, "bin_id": prod.bin_id,
            })
            moves.append({
                "product_id": prod.id, "quantity": qty, "from_location_id": supplier_loc,
                "to_location_id": prod.bin_id, "unit_cost": prod.cost, "document_type": "receipt",
                "document_id": receipt.id, "document_number": number, "reversal_of_id": None,
                "reason": "Ввод начальных остатков", "user_id": clerk, "created_at": opening_at,
            })
    _insert(conn, ReceiptLine.__table__, receipt_lines)
    ctx.report(44, "Opening stock posted")

    # Purchase orders: states follow their age; the required ones come first.
    by_supplier: dict[int, list[_Prod]] = {}
    for prod in ctx.products:
        for offer in prod.offers:
            by_supplier.setdefault(offer[0], []).append(prod)
    n_po = max(12, min(150, ctx.options.products // 20))
    age_ranges = {
        "draft": (0, 6), "awaiting_approval": (1, 5), "approved": (2, 8), "sent": (3, 15),
        "partially_received": (8, 35), "received": (15, 90), "closed": (30, 180), "cancelled": (5, 150),
    }
    weights = {"draft": 2, "awaiting_approval": 1, "approved": 1, "sent": 3, "partially_received": 2,
               "received": 4, "closed": 8, "cancelled": 1}
    must = ["draft", "sent", "partially_received", "received", "closed", "cancelled", "awaiting_approval", "approved"]
    states = must + rng.choices(list(weights), weights=list(weights.values()), k=max(0, n_po - len(must)))
    plans = []
    for state in states:
        low, high = age_ranges[state]
        created = ctx.now - timedelta(days=rng.uniform(low, high))
        plans.append((created, state))
    plans.sort()
    po_counts: dict[str, int] = {}
    supplier_rows = {s.id: s for s in session.scalars(select(Supplier).where(Supplier.id.in_(ctx.supplier_ids)))}
    receipts_made = 0
    for created, state in plans:
        supplier_id = rng.choice([s for s in ctx.supplier_ids if by_supplier.get(s)])
        supplier = supplier_rows[supplier_id]
        pool = by_supplier[supplier_id]
        size = min(len(pool), rng.randint(3, 12 if ctx.options.products < 5000 else 30))
        picked: dict[int, _Prod] = {}
        for _ in range(size * 3):
            if len(picked) >= size:
                break
            # Popular goods are reordered more often.
            cand = max(rng.sample(pool, min(3, len(pool))), key=lambda p: p.weight)
            picked.setdefault(cand.id, cand)
        number = sequences.next_number(session, "purchase_order", created.year)
        po = PurchaseOrder(
            number=number, supplier_id=supplier_id, state=state,
            expected_date=(created + timedelta(days=supplier.lead_time_days)).date(),
            notes="" if rng.random() < 0.7 else "Срочно: заканчивается остаток на складе.",
            terms=supplier_terms(supplier), author_id=purchaser, created_at=created,
        )
        if state not in ("draft", "awaiting_approval", "cancelled"):
            po.approved_by_id, po.approved_at = manager, created + timedelta(hours=rng.uniform(1, 20))
        if state in ("sent", "partially_received", "received", "closed"):
            po.sent_at = created + timedelta(hours=rng.uniform(20, 30))
        session.add(po)
        for line_no, prod in enumerate(picked.values(), start=1):
            offer = next(o for o in prod.offers if o[0] == supplier_id)
            _sid, supplier_sku, price, pack, moq = offer
            monthly = expected_lines * prod.weight / total_weight / 12
            want = Decimal(max(int(moq), int(monthly * rng.uniform(1, 2.5)) + 1))
            qty = (want / pack).to_integral_value(rounding="ROUND_CEILING") * pack
            received = Decimal(0)
            if state in ("received", "closed"):
                received = qty if rng.random() < 0.93 else max(Decimal(0), qty - pack)
            elif state == "partially_received" and line_no % 2 == 1:
                received = qty if rng.random() < 0.6 else max(Decimal(1), (qty / 2).to_integral_value())
            po.lines.append(PurchaseOrderLine(line_no=line_no, product_id=prod.id, supplier_sku=supplier_sku,
                                              quantity=qty, received_quantity=received, unit_price=price,
                                              vat_rate=DEMO_VAT_RATE))
        session.flush()
        po_counts[state] = po_counts.get(state, 0) + 1
        received_lines = [line for line in po.lines if line.received_quantity > 0]
        if not received_lines:
            continue
        received_at = min(ctx.now - timedelta(hours=2),
                          created + timedelta(days=supplier.lead_time_days, hours=rng.uniform(0, 30)))
        rc_number = sequences.next_number(session, "receipt", received_at.year)
        receipt = Receipt(
            number=rc_number, state=DocumentState.POSTED.value, purchase_order_id=po.id, supplier_id=supplier_id,
            warehouse_id=ctx.locations["WH1"], supplier_document=f"УПД № {rng.randint(1000, 99999)}",
            author_id=clerk, posted_by_id=clerk, posted_at=received_at, created_at=received_at,
        )
        session.add(receipt)
        session.flush()
        receipts_made += 1
        prods = {p.id: p for p in picked.values()}
        for line in received_lines:
            prod = prods[line.product_id]
            damaged = Decimal(1) if line.received_quantity > 2 and rng.random() < 0.05 else Decimal(0)
            good = line.received_quantity - damaged
            session.add(ReceiptLine(
                receipt_id=receipt.id, product_id=prod.id, purchase_order_line_id=line.id, quantity=good,
                damaged_quantity=damaged, damage_reason="Повреждена упаковка" if damaged else "",
                damage_location_id=quarantine if damaged else None, unit_cost=line.unit_price, bin_id=prod.bin_id,
            ))
            common = {"product_id": prod.id, "from_location_id": supplier_loc, "unit_cost": line.unit_price,
                      "document_type": "receipt", "document_id": receipt.id, "document_number": rc_number,
                      "reversal_of_id": None, "user_id": clerk, "created_at": received_at}
            if good > 0:
                moves.append({**common, "quantity": good, "to_location_id": prod.bin_id, "reason": ""})
            if damaged > 0:
                moves.append({**common, "quantity": damaged, "to_location_id": quarantine,
                              "reason": "Повреждена упаковка"})
    session.flush()

    levels: dict[tuple[int, int], Decimal] = {}
    for move in moves:
        key = (move["product_id"], move["to_location_id"])
        levels[key] = levels.get(key, Decimal(0)) + move["quantity"]
    _insert(conn, StockMove.__table__, moves)
    _insert(conn, StockLevel.__table__, [
        {"product_id": pid, "location_id": loc, "quantity": qty} for (pid, loc), qty in sorted(levels.items())
    ])
    outbox.mark_products(session, {pid for pid, _loc in levels}, "demo")
    ctx.counts.update(moves=len(moves), on_hand_products=on_hand_products, purchase_orders=po_counts,
                      receipts=len(opening) + receipts_made)
    ctx.report(50, "Purchase orders and receipts written")


# --- website orders --------------------------------------------------------------------------

def _order_times(ctx: _Ctx) -> list[datetime]:
    """Order times over the 12 months ending now: season, weekday, hour, growth, sales days."""
    rng = ctx.rng
    today = ctx.now.astimezone(MSK).date()
    start = today - timedelta(days=364)
    days = [start + timedelta(days=k) for k in range(365)]
    weights = []
    for k, day in enumerate(days):
        w = SHOP_SEASON[day.month - 1] * WEEKDAY[day.weekday()] * (0.85 + 0.3 * k / 364)
        if day.month == 11 and 22 <= day.day <= 30:
            w *= 2.2  # Black Friday / "Чёрная пятница"
        elif day.month == 12 and 15 <= day.day <= 30:
            w *= 1.5  # New Year gifts
        elif day.month == 3 and 1 <= day.day <= 7 or day.month == 2 and 17 <= day.day <= 22:
            w *= 1.35  # 23 February and 8 March
        elif day.month == 1 and day.day <= 3:
            w *= 0.35
        weights.append(w)
    day_cum = list(itertools.accumulate(weights))
    hour_cum = list(itertools.accumulate(HOURS))
    times = []
    for _ in range(ctx.options.orders):
        day = days[bisect.bisect_left(day_cum, rng.random() * day_cum[-1])]
        hour = bisect.bisect_left(hour_cum, rng.random() * hour_cum[-1])
        local = datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60), tzinfo=MSK)
        moment = local.astimezone(timezone.utc)
        earlier = ctx.now - timedelta(minutes=rng.randint(1, 600))  # drawn always: same stream every day
        if moment > ctx.now:
            moment = earlier
        times.append(moment)
    times.sort()
    return times


def _status(rng: random.Random, age_days: float) -> str:
    r = rng.random()
    if age_days < 1:
        return "new" if r < 0.6 else "processing" if r < 0.95 else "cancelled"
    if age_days < 3:
        return "processing" if r < 0.35 else "shipped" if r < 0.92 else "cancelled"
    if age_days < 10:
        return "shipped" if r < 0.4 else "completed" if r < 0.93 else "cancelled"
    return "completed" if r < 0.905 else "cancelled" if r < 0.97 else "returned"


def _sales(ctx: _Ctx, session: Session) -> None:
    rng = ctx.rng
    conn = session.connection()
    n = ctx.options.orders
    ctx.counts.update(orders=0, lines=0, order_statuses={})
    if n <= 0 or not ctx.products:
        return
    # Per month, cumulative product weights: popularity x the goods' own season.
    month_cum: list[list[float]] = []
    for month in range(12):
        month_cum.append(list(itertools.accumulate(
            p.weight * SEASONS[ctx.subs[p.sub][1].season][month] for p in ctx.products
        )))
    times = _order_times(ctx)
    customers = []
    for _ in range(max(50, n // 3)):
        female = rng.random() < 0.55
        first = rng.choice(FIRST_F if female else FIRST_M)
        last = rng.choice(LAST) + ("а" if female else "")
        email = f"{translit(first)}.{translit(last)}{rng.randint(1, 999)}@{rng.choice(MAIL_DOMAINS)}"
        customers.append((f"{first} {last}", email))
    customer_cum = list(itertools.accumulate(1 / (k + 1) ** 0.6 for k in range(len(customers))))
    first_id = _next_id(conn, SalesOrder.__table__)
    first_number = 100001 + int(conn.execute(select(func.count(SalesOrder.id))).scalar_one())
    products = ctx.products
    statuses: dict[str, int] = {}
    total_lines = 0
    lines_choice = (1, 2, 3, 4, 5, 6)
    lines_cum = list(itertools.accumulate((10, 25, 30, 20, 10, 5)))
    for start in range(0, n, CHUNK):
        orders, lines = [], []
        for k in range(start, min(n, start + CHUNK)):
            oid = first_id + k
            ordered_at = times[k]
            age = (ctx.now - ordered_at).total_seconds() / 86400
            status = _status(rng, age)
            cum = month_cum[ordered_at.astimezone(MSK).month - 1]
            count = lines_choice[bisect.bisect_left(lines_cum, rng.random() * lines_cum[-1])]
            picked: dict[int, _Prod] = {}
            for _ in range(count * 2):
                prod = products[bisect.bisect_left(cum, rng.random() * cum[-1])]
                picked.setdefault(prod.id, prod)
                if len(picked) >= count:
                    break
            total = Decimal(0)
            promo = rng.random() < 0.12
            first_qty = None
            for prod in picked.values():
                qty = _line_quantity(rng, prod)
                first_qty = first_qty or qty
                gross = (prod.price * qty).quantize(CENT)
                discount = (gross * Decimal(rng.choice((5, 10, 15))) / 100).quantize(CENT) if promo else Decimal(0)
                line_total = gross - discount
                total += line_total
                lines.append({"order_id": oid, "product_id": prod.id, "sku": prod.sku, "name": prod.name,
                              "quantity": qty, "unit_price": prod.price, "discount": discount,
                              "line_total": line_total, "unit_cost": prod.cost})
            # Random draws below don't depend on the status (which depends on today's date),
            # so a seed gives the same orders and lines whenever it runs.
            partial_return = rng.random() < 0.025
            ship_hours, close_days = rng.uniform(4, 60), rng.uniform(1, 8)
            if status == "completed" and partial_return:
                # A partial return after delivery: a negative line for one unit of the first item.
                prod = next(iter(picked.values()))
                back = min(first_qty or Decimal(1), Decimal(1))
                refund = -(prod.price * back).quantize(CENT)
                total += refund
                lines.append({"order_id": oid, "product_id": prod.id, "sku": prod.sku, "name": prod.name,
                              "quantity": -back, "unit_price": prod.price, "discount": Decimal(0),
                              "line_total": refund, "unit_cost": prod.cost})
            shipped_at = None
            if status in ("shipped", "completed", "returned"):
                shipped_at = min(ctx.now, ordered_at + timedelta(hours=ship_hours))
            name, email = customers[bisect.bisect_left(customer_cum, rng.random() * customer_cum[-1])]
            updated = shipped_at or ordered_at
            if status in ("completed", "returned"):
                updated = min(ctx.now, updated + timedelta(days=close_days))
            orders.append({"id": oid, "source": "website", "number": str(first_number + k), "status": status,
                           "customer_name": name, "customer_email": email, "currency": "RUB",
                           "total": total, "ordered_at": ordered_at, "shipped_at": shipped_at,
                           "updated_at": updated})
            statuses[status] = statuses.get(status, 0) + 1
        _insert(conn, SalesOrder.__table__, orders)
        _insert(conn, SalesOrderLine.__table__, lines)
        total_lines += len(lines)
        done = min(n, start + CHUNK)
        ctx.report(50 + 49 * done // n, f"Website orders: {done} of {n} ({total_lines} lines)")
    _sync_id_sequence(conn, SalesOrder.__table__)
    ctx.report(99, "Report summary tables")
    summary.rebuild(session)
    ctx.counts.update(orders=n, lines=total_lines, order_statuses=statuses,
                      first_order=times[0], last_order=times[-1])


# --------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------

def refuse_if_filled(store: Store) -> None:
    """Raise ValidationError when the store has products: the demo needs an empty catalog."""
    with store.read_session() as session:
        count = session.scalar(select(func.count(Product.id)))
    if count:
        raise ValidationError(
            "The store already has demo data / products ({count} products); demo data is generated "
            "only into an empty catalog. Use a new store file.",
            count=count,
        )


def generate_demo(store: Store, options: DemoOptions, progress: Progress | None = None) -> str:
    """Fill ``store`` with a demo shop; return a short multi-line summary.

    Refuses (``ValidationError``) when the store already has products. Demo users are
    created first (skipping existing ones); all the shop data is written in one
    transaction, so a failure leaves no half-filled catalog behind.
    """
    if options.products < 1:
        raise ValidationError("The demo needs at least one product.")
    if options.orders < 0 or options.photos < 0:
        raise ValidationError("The number of orders and photos can't be negative.")
    ctx = _Ctx(store=store, options=options, rng=random.Random(options.seed), progress=progress,
               now=datetime.now(timezone.utc), started=time.monotonic())
    refuse_if_filled(store)
    ctx.report(0, "Users")
    _ensure_users(ctx)
    ctx.report(3, "Categories, brands, suppliers, warehouse")
    with store.session() as session:
        # Checked again inside the writing transaction (another demo may have run meanwhile).
        if session.scalar(select(func.count(Product.id))):
            raise ValidationError("The store already has demo data / products.")
        _reference_data(ctx, session)
        _products(ctx, session)
        _photos(ctx, session)
        _popularity(ctx)
        _stock_and_purchasing(ctx, session)
        _sales(ctx, session)
        ctx.report(99, "Committing")
    _delivery_in_progress(store)
    if not store.is_sqlite:
        # Fresh planner statistics after a bulk load (autovacuum would get there later).
        with store.engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()
    ctx.report(100, "Done")
    return _summary(ctx)


def _delivery_in_progress(store: Store) -> None:
    """A clerk half-way through receiving a sent order: what Intake shows first."""
    with store.session() as session:
        clerk = auth.find_user(session, "sklad")
        orders = receiving.list_open_orders_for_intake(session)
        warehouse = session.scalar(select(Location.id).where(Location.code == "WH1"))
        if clerk is None or not orders or warehouse is None:
            return
        actor = auth.actor_for(clerk)
        receipt_id = receiving.start_receipt_from_order(session, actor, orders[0].id, warehouse)
        lines = receiving.receipt_summary(session, receipt_id).lines
        for line in lines[: max(1, len(lines) - 1)]:
            if line.expected and not line.is_marked:
                receiving.set_line_quantity(session, actor, line.line_id, line.expected)
        receiving.set_receipt_details(session, actor, receipt_id, supplier_document="ТН № 5531")


def _summary(ctx: _Ctx) -> str:
    c = ctx.counts
    elapsed = time.monotonic() - ctx.started
    po = c.get("purchase_orders", {})
    statuses = c.get("order_statuses", {})
    subcats = sum(len(v) for v in SUBCATEGORIES.values())
    lines = [
        f"Demo shop generated in {elapsed:.1f} s (seed {ctx.options.seed}).",
        f"  catalog: {len(GROUPS)} groups, {subcats} subcategories, {len(ctx.brand_ids)} brands",
        f"  products: {len(ctx.products)} ({c.get('barcodes', 0)} barcodes, {c.get('pack_barcodes', 0)} of them pack; "
        f"{c.get('attributes', 0)} attribute values; {c.get('photos', 0)} photos)",
        f"  suppliers: {len(ctx.supplier_ids)} with {c.get('offers', 0)} offers",
        f"  warehouse WH1: {c.get('bins', 0)} bins; {c.get('on_hand_products', 0)} products in stock; "
        f"{c.get('moves', 0)} ledger moves in {c.get('receipts', 0)} receipts",
        f"  purchase orders: {sum(po.values())} (" + ", ".join(f"{k} {v}" for k, v in sorted(po.items())) + ")",
    ]
    if c.get("orders"):
        lines.append(
            f"  website orders: {c['orders']} with {c['lines']} lines, "
            f"{c['first_order']:%Y-%m-%d} – {c['last_order']:%Y-%m-%d} ("
            + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())) + ")"
        )
    else:
        lines.append("  website orders: none")
    lines.append("  users: " + ", ".join(f"{u.username}/{u.password}" for u in DEMO_USERS)
                 + ("" if c.get("users_created") == [u.username for u in DEMO_USERS]
                    else f" (created now: {', '.join(c.get('users_created', [])) or 'none'})"))
    return "\n".join(lines)


__all__ = ["DEMO_USERS", "DemoOptions", "DemoUser", "ean13_check_digit", "generate_demo", "is_valid_ean13",
           "render_photo", "retail_price"]

