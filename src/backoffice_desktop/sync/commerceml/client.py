"""The client side of the CommerceML exchange protocol ("1C exchange") over HTTP.

What 1C-Bitrix, InSales, UMI and the exchange modules of many other engines accept::

    GET  ?type=catalog&mode=checkauth            (Basic auth) -> success / cookie name / value
                                                     [/ sessid=... / timestamp=...]
    GET  ?type=catalog&mode=init                 -> zip=yes|no / file_limit=N
    POST ?type=catalog&mode=file&filename=X      body: the file, or its parts of at most
                                                 file_limit bytes, all with the same name
    GET  ?type=catalog&mode=import&filename=X    -> progress (ask again) / success / failure
    GET  ?type=sale&mode=query                   -> the orders (CommerceML)
    GET  ?type=sale&mode=success                 -> the site stops resending those orders

After checkauth every request carries the session cookie and, on Bitrix, the ``sessid``
and ``timestamp`` the site gave back as query parameters. Answers are plain text lines,
UTF-8 or windows-1251 (by the HTTP charset, else guessed), often with a BOM.

Every failure is an :class:`~backoffice_desktop.errors.ExchangeError` naming the step and
carrying the site's own message; ``retryable`` tells a run engine whether to try again
later. The client keeps no state between runs: one :class:`ExchangeClient` per run.
"""

from __future__ import annotations

import functools
import ipaddress
import ssl
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import TracebackType
from typing import BinaryIO
from urllib.parse import urlsplit

import httpx

from ...errors import ExchangeError, ValidationError
from .reader import OrdersFile, decode_text, read_orders

#: How many ``progress`` answers one import may give before we call it stuck.
MAX_IMPORT_STEPS = 10_000
#: How long one file's import may go on answering ``progress`` before we call it stuck
#: (1C-Bitrix imports a large catalogue in steps of about 30 s each).
IMPORT_TIME_LIMIT = 3600.0
LOCAL_HOSTS = frozenset({"localhost"})


@dataclass(frozen=True)
class ExchangeLimits:
    """What the site said at ``init``: whether it takes a zip, and the largest POST."""

    zip: bool
    #: Bytes per POST; 0 when the site named no limit.
    file_limit: int


@dataclass(frozen=True)
class Answer:
    """A protocol answer: the first line (``success``/``progress``/``failure``) and the rest."""

    status: str
    lines: tuple[str, ...]

    @property
    def message(self) -> str:
        return " ".join(line for line in self.lines if line).strip()


def check_address(url: str) -> str:
    """The exchange address if it may be used: HTTPS, or plain HTTP to this computer only."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(
            "'{url}' is not an exchange address; expected something like "
            "https://shop.example.ru/bitrix/admin/1c_exchange.php.", url=url,
        )
    if parts.scheme == "http" and not _is_local(parts.hostname):
        raise ValidationError(
            "The exchange address {url} uses plain HTTP, which would send the password "
            "unencrypted; use https:// (plain HTTP is allowed only to this computer).", url=url,
        )
    return url.strip()


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One TLS context for every exchange session: each run opens a session per attempt,
    and loading the CA bundle anew costs about 0.1 s of CPU each time."""
    return httpx.create_ssl_context()


def _is_local(host: str) -> bool:
    if host.lower() in LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ExchangeClient:
    """One exchange session with a site: log in, then send files or fetch orders.

    ``transport`` lets tests put a fake network under the client. ``on_progress`` hears
    the site's ``progress`` messages while it imports (for a log or a status bar).
    """

    def __init__(
        self,
        url: str,
        username: str,
        password: str,
        *,
        timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
        on_progress: Callable[[str], None] | None = None,
        max_import_steps: int = MAX_IMPORT_STEPS,
        import_time_limit: float = IMPORT_TIME_LIMIT,
    ) -> None:
        self.url = check_address(url)
        self._http = httpx.Client(
            auth=httpx.BasicAuth(username, password), timeout=timeout, transport=transport, verify=_tls_context(),
            follow_redirects=False, headers={"User-Agent": "BackofficeDesktop-CommerceML/1.0"},
        )
        self._on_progress = on_progress
        self._max_import_steps = max_import_steps
        self._import_time_limit = import_time_limit
        self._cookie = ""
        self._session_params: dict[str, str] = {}

    def __enter__(self) -> ExchangeClient:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # --- the protocol steps -----------------------------------------------------------

    def checkauth(self, kind: str = "catalog") -> None:
        """Log in; keep the session cookie and the Bitrix ``sessid``/``timestamp``."""
        step = _step(kind, "checkauth")
        answer = _expect(self._get(kind, "checkauth"), step, ("success",))
        if len(answer.lines) < 2 or not answer.lines[0]:
            raise ExchangeError(
                "The site answered the {step} step without a session cookie: {answer}",
                step=step, answer=answer.message or answer.status,
            )
        self._cookie = f"{answer.lines[0]}={answer.lines[1]}"
        self._session_params = _key_values(answer.lines[2:])

    def init(self, kind: str = "catalog") -> ExchangeLimits:
        """Ask the site how it takes files (``zip=``, ``file_limit=``)."""
        step = _step(kind, "init")
        text = _response_text(self._get(kind, "init"))
        if _answer(text).status == "failure":
            raise ExchangeError(
                "The site refused the {step} step: {message}", step=step, message=_answer(text).message,
            )
        values = _key_values(text.splitlines())
        if "zip" not in values and "file_limit" not in values:
            raise ExchangeError(
                "The site answered the {step} step with something that is not the exchange protocol: {answer}",
                step=step, answer=_excerpt(text),
            )
        # Some sites hand out a fresh sessid at init; later requests must carry it.
        for key in ("sessid", "timestamp"):
            if key in values:
                self._session_params[key] = values[key]
        try:
            limit = max(int(values.get("file_limit", "0") or 0), 0)
        except ValueError:
            limit = 0
        return ExchangeLimits(zip=values.get("zip", "no").lower() == "yes", file_limit=limit)

    def send_file(self, path: Path, limits: ExchangeLimits, kind: str = "catalog",
                  filename: str | None = None) -> int:
        """POST a file, in parts of at most ``file_limit`` bytes under the same name;
        returns how many requests it took."""
        name = filename or path.name
        size = path.stat().st_size
        with open(path, "rb") as stream:
            if not limits.file_limit or size <= limits.file_limit:
                self._send_part(kind, name, stream, 1)
                return 1
            part = 0
            while chunk := stream.read(limits.file_limit):
                part += 1
                self._send_part(kind, name, chunk, part)
            return part

    def import_file(self, filename: str, kind: str = "catalog") -> list[str]:
        """Have the site import a sent file, asking again while it answers ``progress``;
        returns the progress messages. An import still in progress after
        ``max_import_steps`` answers or ``import_time_limit`` seconds is given up as stuck
        (a failure that may pass: the next exchange sends the file again)."""
        messages: list[str] = []
        deadline = time.monotonic() + self._import_time_limit
        for _ in range(self._max_import_steps):
            answer = _expect(self._get(kind, "import", filename=filename), _step(kind, "import"),
                                  ("success", "progress"), filename=filename)
            if answer.status == "success":
                return messages
            messages.append(answer.message)
            if self._on_progress is not None:
                self._on_progress(answer.message)
            if time.monotonic() >= deadline:
                raise ExchangeError(
                    "The site was still importing {filename} after {seconds} s; the last progress answer said: "
                    "{message}", step=_step(kind, "import"), filename=filename,
                    seconds=f"{self._import_time_limit:g}", message=answer.message, retryable=True,
                )
        raise ExchangeError(
            "The site was still importing {filename} after {steps} progress answers; the last said: {message}",
            step=_step(kind, "import"), filename=filename, steps=self._max_import_steps,
            message=messages[-1] if messages else "", retryable=True,
        )

    def query_orders(self) -> bytes:
        """The site's new and changed orders as a CommerceML document (raw bytes)."""
        response = self._get("sale", "query")
        body = response.content
        head = decode_text(body[:200], _charset(response)).lstrip().lower()
        if head.startswith("failure"):
            raise ExchangeError(
                "The site refused the {step} step: {message}",
                step="sale query", message=_answer(_response_text(response)).message,
            )
        return body

    def confirm_orders(self) -> None:
        """Tell the site the orders of the last query are saved (it stops resending them).
        Call it only after they are committed here."""
        _expect(self._get("sale", "success"), "sale success", ("success",))

    # --- whole exchanges --------------------------------------------------------------

    def upload(self, files: Sequence[Path], prefer_zip: bool = True) -> list[str]:
        """One catalogue exchange: log in, then for each file (import.xml before
        offers.xml) ask the limits, send it (zipped when the site takes zips and
        ``prefer_zip``) and have it imported. ``init`` before every file suits both
        1C-Bitrix (init clears its upload folder) and servers that expect it each time.
        Returns the site's progress messages."""
        self.checkauth("catalog")
        messages: list[str] = []
        for path in files:
            limits = self.init("catalog")
            if limits.zip and prefer_zip:
                with tempfile.TemporaryDirectory(prefix="backoffice-cml-") as folder:
                    archive = Path(folder) / f"{path.stem}.zip"
                    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                        zf.write(path, arcname=path.name)
                    self.send_file(archive, limits)
            else:
                self.send_file(path, limits)
            messages += self.import_file(path.name)
        return messages

    def fetch_orders(self) -> OrdersFile:
        """Log in for orders and read them; then save them and call :meth:`confirm_orders`."""
        self.checkauth("sale")
        self.init("sale")
        return read_orders(self.query_orders())

    # --- HTTP -------------------------------------------------------------------------

    def _params(self, kind: str, mode: str, **extra: str) -> dict[str, str]:
        return {"type": kind, "mode": mode, **extra, **self._session_params}

    def _headers(self) -> dict[str, str]:
        return {"Cookie": self._cookie} if self._cookie else {}

    def _get(self, kind: str, mode: str, **extra: str) -> httpx.Response:
        return self._request("GET", _step(kind, mode), params=self._params(kind, mode, **extra))

    def _send_part(self, kind: str, filename: str, body: bytes | BinaryIO, part: int) -> None:
        response = self._request(
            "POST", _step(kind, "file"), params=self._params(kind, "file", filename=filename), content=body,
            extra_headers={"Content-Type": "application/octet-stream"},
        )
        answer = _answer(_response_text(response))
        if answer.status != "success":
            raise ExchangeError(
                "The site refused part {part} of {filename} at the {step} step: {message}",
                step=_step(kind, "file"), part=part, filename=filename, message=answer.message or answer.status,
            )

    def _request(self, method: str, step: str, *, params: dict[str, str],
                 content: bytes | BinaryIO | None = None,
                 extra_headers: dict[str, str] | None = None) -> httpx.Response:
        headers = self._headers() | (extra_headers or {})
        try:
            response = self._http.request(method, self.url, params=params, content=content,  # type: ignore[arg-type]
                                          headers=headers)
        except httpx.TimeoutException as exc:
            raise ExchangeError(
                "The site did not answer the {step} step in time ({reason}).",
                step=step, reason=type(exc).__name__, retryable=True,
            ) from exc
        except httpx.TransportError as exc:
            raise ExchangeError(
                "The site could not be reached at the {step} step: {reason}",
                step=step, reason=str(exc) or type(exc).__name__, retryable=True,
            ) from exc
        status = response.status_code
        if status in (401, 403):
            raise ExchangeError(
                "The site refused the login at the {step} step (HTTP {status}); check the exchange user name and password.",
                step=step, status=status,
            )
        if status == 429 or status >= 500:
            raise ExchangeError(
                "The site answered the {step} step with HTTP {status}: {message}",
                step=step, status=status, message=_excerpt(_response_text(response)),
                retryable=True, retry_after=_retry_after(response),
            )
        if status >= 300:
            raise ExchangeError(
                "The site answered the {step} step with HTTP {status}: {message}",
                step=step, status=status, message=_excerpt(_response_text(response)),
            )
        return response


def _expect(response: httpx.Response, step: str, statuses: tuple[str, ...],
            filename: str = "") -> Answer:
    text = _response_text(response)
    answer = _answer(text)
    if answer.status in statuses:
        return answer
    if answer.status == "failure":
        if filename:
            raise ExchangeError(
                "The site refused to import {filename}: {message}",
                step=step, filename=filename, message=answer.message,
            )
        raise ExchangeError("The site refused the {step} step: {message}", step=step, message=answer.message)
    raise ExchangeError(
        "The site answered the {step} step with something that is not the exchange protocol: {answer}",
        step=step, answer=_excerpt(text),
    )


def _step(kind: str, mode: str) -> str:
    """How errors name a step: ``init`` for the catalogue, ``sale init`` for orders."""
    return mode if kind == "catalog" else f"{kind} {mode}"


def _answer(text: str) -> Answer:
    lines = [line.strip() for line in text.strip().splitlines()]
    if not lines:
        return Answer("", ())
    return Answer(lines[0].lower(), tuple(lines[1:]))


def _key_values(lines: Sequence[str]) -> dict[str, str]:
    values = {}
    for line in lines:
        key, sep, value = line.strip().partition("=")
        if sep and key.strip():
            values[key.strip().lower()] = value.strip()
    return values


def _response_text(response: httpx.Response) -> str:
    return decode_text(response.content, _charset(response))


def _charset(response: httpx.Response) -> str | None:
    content_type = response.headers.get("content-type", "")
    for piece in content_type.split(";")[1:]:
        key, _, value = piece.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip('"')
    return None


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    date_header = response.headers.get("date")
    try:
        now = parsedate_to_datetime(date_header) if date_header else None
    except (TypeError, ValueError):
        now = None
    if now is None:
        now = datetime.now(timezone.utc)
    return max((moment - now).total_seconds(), 0.0)


def _excerpt(text: str) -> str:
    return " ".join(text.split())[:300]
