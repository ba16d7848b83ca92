"""The CommerceML exchange client against a local site that behaves like 1C-Bitrix:
what the site stores is what we sent, and every refusal reads as the site put it."""

from __future__ import annotations

import math
import socket
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backoffice_desktop.errors import ExchangeError, ValidationError
from backoffice_desktop.sync.commerceml.client import ExchangeClient, ExchangeLimits, check_address
from backoffice_desktop.sync.commerceml.reader import SiteOrderStatus, read_offers
from backoffice_desktop.sync.commerceml.writer import ExchangeCatalog, write_exchange_files
from backoffice_desktop.sync.listing import Listing, ListingCategory
from backoffice_desktop.sync.outbox import ProductState

from ..commerceml_site import CUT, CUT_AFTER, ExchangeSite, running
from ..conftest import REPO_ROOT

ORDERS = REPO_ROOT / "tests" / "data" / "commerceml" / "bitrix_sale_query_cp1251.xml"
CATALOG = ExchangeCatalog(owner_name="ООО «Ромашка»")
MARKED = datetime(2026, 11, 27, tzinfo=timezone.utc)


@pytest.fixture
def site() -> Iterator[ExchangeSite]:
    with running(ExchangeSite(file_limit=4096, import_steps=2)) as served:
        yield served


@pytest.fixture
def documents(tmp_path: Path) -> list[Path]:
    listings = [
        Listing(ProductState(i, f"RM-{i:04d}", Decimal(i % 9), Decimal(100 + i) + Decimal("0.5"), None,
                             True, MARKED), f"Товар №{i}")
        for i in range(1, 61)
    ]
    files = write_exchange_files(tmp_path, listings, CATALOG, [ListingCategory(1, "Посуда")], include_catalog=True)
    assert [f.name for f in files] == ["import.xml", "offers.xml"]
    return files


def client(site: ExchangeSite, password: str | None = None, **options) -> ExchangeClient:
    return ExchangeClient(site.url, site.username, password or site.password, **options)


def test_files_over_the_limit_arrive_in_parts_and_are_imported(site: ExchangeSite, documents: list[Path]) -> None:
    progress: list[str] = []
    with client(site, on_progress=progress.append) as exchange:
        messages = exchange.upload(documents)
    for path in documents:
        assert site.imported_files[path.name] == path.read_bytes()
        parts = [size for name, size in site.posts if name == path.name]
        assert len(parts) == math.ceil(path.stat().st_size / 4096) > 1
        assert max(parts) <= 4096
    assert site.imported == ["import.xml", "offers.xml"]
    # The windows-1251 progress answers come through in Russian, as they were written.
    assert messages == progress == ["Обработано 1 из 3 шагов", "Обработано 2 из 3 шагов"] * 2
    after_login = site.requests[1:]
    assert all("sessid" in r and "PHPSESSID=" in r["cookie"] for r in after_login)
    modes = [r["mode"] for r in site.requests]
    second_init = modes.index("init", modes.index("init") + 1)
    assert modes.count("init") == 2 and second_init > modes.index("import")  # init before each file
    stored = {o.sku: (o.prices["Розничная"], o.quantity) for o in read_offers(site.imported_files["offers.xml"])}
    assert stored["RM-0007"] == (Decimal("107.50"), Decimal(7))
    assert len(stored) == 60


def test_a_site_that_takes_zips_gets_one_archive(documents: list[Path]) -> None:
    with running(ExchangeSite(zip=True, import_steps=0, answer_encoding="utf-8-sig", charset_header=False)) as site:
        with client(site) as exchange:
            exchange.upload(documents)
    assert [name for name, _ in site.posts] == ["import.zip", "offers.zip"]
    assert site.imported == ["import.xml", "offers.xml"]
    assert site.imported_files["offers.xml"] == documents[1].read_bytes()
    assert sum(size for _, size in site.posts) < documents[1].stat().st_size


def test_limits_are_read_from_init(site: ExchangeSite) -> None:
    with client(site) as exchange:
        exchange.checkauth()
        assert exchange.init() == ExchangeLimits(zip=False, file_limit=4096)


def test_a_wrong_password_reads_as_the_site_said_it() -> None:
    with running(ExchangeSite(charset_header=False)) as site:  # windows-1251 without a charset
        with client(site, password="wrong") as exchange, pytest.raises(ExchangeError) as caught:
            exchange.checkauth()
    assert caught.value.step == "checkauth"
    assert "Неверный логин или пароль обмена" in str(caught.value)
    assert not caught.value.retryable


def test_a_failed_import_names_the_file_and_the_sites_reason(documents: list[Path]) -> None:
    reason = "Не найден тип цены «Розничная»"
    with running(ExchangeSite(import_failures={"offers.xml": reason})) as site:
        with client(site) as exchange, pytest.raises(ExchangeError) as caught:
            exchange.upload(documents)
    assert str(caught.value) == f"The site refused to import offers.xml: {reason}"
    assert caught.value.step == "import"
    assert site.imported == ["import.xml"]


def test_a_request_without_the_session_is_refused(site: ExchangeSite) -> None:
    with client(site) as exchange, pytest.raises(ExchangeError, match="сессия обмена не найдена") as caught:
        exchange.init()  # no checkauth first
    assert caught.value.step == "init"


def test_orders_are_fetched_and_confirmed_only_when_asked() -> None:
    with running(ExchangeSite(orders=ORDERS.read_bytes())) as site:
        with client(site) as exchange:
            result = exchange.fetch_orders()
            assert site.confirmed == 0
            exchange.confirm_orders()
    assert [(o.site_order_id, o.status) for o in result.orders] == [
        ("1047", SiteOrderStatus.PAID), ("1048", SiteOrderStatus.CANCELLED)]
    assert site.confirmed == 1
    assert [r["mode"] for r in site.requests] == ["checkauth", "init", "query", "success"]
    assert all(r["type"] == "sale" for r in site.requests)


def test_an_orders_query_refused_by_the_site_is_an_error() -> None:
    with running(ExchangeSite(orders="failure\nМодуль интернет-магазина не установлен".encode("cp1251"))) as site:
        with client(site) as exchange, pytest.raises(ExchangeError, match="не установлен") as caught:
            exchange.fetch_orders()
    assert caught.value.step == "sale query"


@pytest.mark.parametrize(("status", "headers", "retry_after"), [
    (503, {"Retry-After": "7"}, 7.0),
    (429, {"Retry-After": "2"}, 2.0),
    (502, {}, None),
])
def test_overload_and_server_errors_are_retryable(status: int, headers: dict[str, str],
                                                  retry_after: float | None) -> None:
    with running(ExchangeSite(faults=[(status, headers, "Service Unavailable")])) as site:
        with client(site) as exchange, pytest.raises(ExchangeError) as caught:
            exchange.checkauth()
    assert caught.value.retryable
    assert caught.value.retry_after == retry_after
    assert f"HTTP {status}" in str(caught.value)


def test_retry_after_as_a_date_is_turned_into_seconds() -> None:
    later = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=90), usegmt=True)
    with running(ExchangeSite(faults=[(503, {"Retry-After": later}, "")])) as site:
        with client(site) as exchange, pytest.raises(ExchangeError) as caught:
            exchange.checkauth()
    assert 85 <= caught.value.retry_after <= 91


def test_http_auth_refusal_is_not_retryable() -> None:
    with running(ExchangeSite(faults=[(401, {"WWW-Authenticate": "Basic"}, "")])) as site:
        with client(site) as exchange, pytest.raises(ExchangeError, match="check the exchange user name") as caught:
            exchange.checkauth()
    assert not caught.value.retryable


def test_a_site_too_slow_to_answer_is_retryable() -> None:
    with running(ExchangeSite(delay=1.0)) as site:
        with client(site, timeout=0.2) as exchange, pytest.raises(ExchangeError, match="in time") as caught:
            exchange.checkauth()
    assert caught.value.retryable and caught.value.step == "checkauth"


def test_a_site_that_is_down_is_retryable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with ExchangeClient(f"http://127.0.0.1:{port}/exchange", "u", "p") as exchange, \
            pytest.raises(ExchangeError, match="could not be reached") as caught:
        exchange.checkauth()
    assert caught.value.retryable


def test_a_page_instead_of_the_protocol_is_named() -> None:
    with running(ExchangeSite(html_instead="<html><title>Авторизация</title></html>")) as site:
        with client(site) as exchange, pytest.raises(ExchangeError, match="not the exchange protocol.*Авторизация"):
            exchange.checkauth()


def test_plain_http_is_refused_except_to_this_computer() -> None:
    with pytest.raises(ValidationError, match="plain HTTP"):
        check_address("http://shop.example.ru/bitrix/admin/1c_exchange.php")
    with pytest.raises(ValidationError, match="not an exchange address"):
        check_address("ftp://shop.example.ru/")
    assert check_address("https://shop.example.ru/exchange") == "https://shop.example.ru/exchange"
    for local in ("http://localhost:8000/x", "http://127.0.0.1/x", "http://[::1]:81/x"):
        assert check_address(local) == local


# --- faults ------------------------------------------------------------------------------

class Killed(Exception):
    """The application died mid-exchange (the process is gone, nothing is cleaned up)."""


class DyingTransport(httpx.BaseTransport):
    """A shared loopback transport (cheap clients) that dies after ``kill_after`` requests."""

    def __init__(self, inner: httpx.BaseTransport, kill_after: int | None) -> None:
        self.inner = inner
        self.left = kill_after

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.left is not None:
            if self.left == 0:
                raise Killed()
            self.left -= 1
        return self.inner.handle_request(request)

    def close(self) -> None:
        pass  # the inner transport outlives each client


FAULTS = st.one_of(st.none(), st.sampled_from([
    (503, {"Retry-After": "1"}, "Service Unavailable"),
    (429, {"Retry-After": "3"}, "Too Many Requests"),
    (500, {}, "Internal Server Error"),
    (CUT, {}, ""),
    (CUT_AFTER, {}, ""),
]))


@pytest.fixture(scope="module")
def faulty_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ExchangeSite, list[Path], httpx.HTTPTransport]]:
    folder = tmp_path_factory.mktemp("faults")
    listings = [Listing(ProductState(i, f"RM-{i:04d}", Decimal(i % 5), Decimal(50 + i), None, True, MARKED),
                        f"Товар №{i}") for i in range(1, 41)]
    files = write_exchange_files(folder, listings, CATALOG, include_catalog=True)
    transport = httpx.HTTPTransport()
    with running(ExchangeSite(file_limit=2048, import_steps=1)) as site:
        yield site, files, transport
    transport.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(faults=st.lists(FAULTS, max_size=30), kill_after=st.one_of(st.none(), st.integers(0, 25)))
def test_after_any_faults_a_clean_rerun_leaves_the_site_equal_to_ours(
    faulty_site: tuple[ExchangeSite, list[Path], httpx.HTTPTransport], faults: list, kill_after: int | None,
) -> None:
    """Server errors, overload, cut connections (before or after the site did the work)
    and a client killed at any request: every failure is retryable, and running the
    whole exchange again ends with the site holding exactly our files."""
    site, files, transport = faulty_site
    site.faults = list(faults)
    site.files.clear()
    site.imported.clear()
    site.imported_files.clear()
    for attempt in range(len(faults) + 3):
        try:
            with ExchangeClient(site.url, site.username, site.password,
                                transport=DyingTransport(transport, kill_after if attempt == 0 else None)) as exchange:
                exchange.upload(files)
            break
        except ExchangeError as error:
            assert error.retryable, str(error)
        except Killed:
            pass
    else:
        pytest.fail(f"still failing after {len(faults) + 3} runs")
    assert site.imported_files == {path.name: path.read_bytes() for path in files}
    assert site.imported[-1] == "offers.xml"
