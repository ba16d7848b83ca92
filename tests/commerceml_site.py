"""A local CommerceML exchange site that behaves like 1C-Bitrix, for the client's tests.

Threaded ``http.server`` on 127.0.0.1. Like Bitrix it answers ``checkauth`` with a
session cookie plus ``sessid=``/``timestamp=`` lines and then refuses any request
without both; ``init`` clears the upload folder and states ``zip=`` and ``file_limit=``;
``file`` appends each POST to the named file (refusing a POST over the limit); a
``.zip`` is unpacked at the first ``import``; ``import`` answers ``progress`` a set
number of times per file before ``success``; ``type=sale&mode=query`` serves the orders
document until ``mode=success``. Answers are in windows-1251 (or UTF-8 with a BOM), the
charset header present or not. ``faults`` makes the next requests fail: with an HTTP
status (and headers), by cutting the connection before handling the request
(:data:`CUT`), halfway through receiving its body (:data:`CUT_MID`: an upload dropped
midway) or after handling it, its answer lost (:data:`CUT_AFTER`), or by no fault at
all (None); a fault of status 200 answers its text instead of the protocol's (a
``failure`` the site made up); ``delay`` makes answers late.
"""

from __future__ import annotations

import base64
import io
import secrets
import socket
import threading
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

COOKIE_NAME = "PHPSESSID"
#: Fault statuses that cut the connection instead of answering: before the request is
#: handled, and after (the site did the work, the client never hears of it).
CUT = 0
CUT_AFTER = -1
#: Cut while the request's body is half read.
CUT_MID = -2


@dataclass
class ExchangeSite:
    username: str = "exchange"
    password: str = "secret-1"
    file_limit: int = 0
    zip: bool = False
    #: ``progress`` answers per file before ``success``.
    import_steps: int = 2
    #: filename -> the failure message its import ends with.
    import_failures: dict[str, str] = field(default_factory=dict)
    orders: bytes = b""
    answer_encoding: str = "cp1251"  # or "utf-8-sig"
    charset_header: bool = True
    #: (HTTP status or CUT/CUT_AFTER, headers, body) or None for the next requests, first first.
    faults: list[tuple[int, dict[str, str], str] | None] = field(default_factory=list)
    delay: float = 0.0
    #: A page served instead of the protocol (a site whose exchange is switched off).
    html_instead: str = ""

    # What the site saw.
    files: dict[str, bytearray] = field(default_factory=dict)
    posts: list[tuple[str, int]] = field(default_factory=list)
    imported: list[str] = field(default_factory=list)
    #: filename -> the content the site imported.
    imported_files: dict[str, bytes] = field(default_factory=dict)
    confirmed: int = 0
    requests: list[dict[str, str]] = field(default_factory=list)
    url: str = ""

    _session: str = ""
    _sessid: str = ""
    _timestamp: str = ""
    _steps: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- the protocol ---------------------------------------------------------------

    def handle(self, method: str, query: dict[str, str], headers: dict[str, str],
               body: bytes) -> tuple[int, dict[str, str], bytes]:
        with self._lock:
            self.requests.append({"method": method, **query, "cookie": headers.get("cookie", "")})
            fault = self.faults.pop(0) if self.faults else None
            if fault is not None and fault[0] != CUT_AFTER:
                status, extra, text = fault
                return status, extra, text.encode("utf-8")
            answer = self._protocol(method, query, headers, body)
            return (CUT, {}, b"") if fault is not None else answer

    def cut_midway(self, method: str, query: dict[str, str], headers: dict[str, str]) -> bool:
        """Whether the next fault cuts this request halfway through its body (taking the fault)."""
        with self._lock:
            if not self.faults or self.faults[0] is None or self.faults[0][0] != CUT_MID:
                return False
            self.faults.pop(0)
            self.requests.append({"method": method, **query, "cookie": headers.get("cookie", "")})
            return True

    def _protocol(self, method: str, query: dict[str, str], headers: dict[str, str],
                  body: bytes) -> tuple[int, dict[str, str], bytes]:
        if self.html_instead:
            return 200, {"Content-Type": "text/html; charset=utf-8"}, self.html_instead.encode()
        mode = query.get("mode", "")
        if mode == "checkauth":
            return self._checkauth(headers)
        if not self._in_session(query, headers):
            return self._answer("failure\nОшибка авторизации: сессия обмена не найдена")
        if mode == "init":
            if query.get("type") == "catalog":
                self.files.clear()
                self._steps.clear()
            return self._answer(
                f"zip={'yes' if self.zip else 'no'}\nfile_limit={self.file_limit}\n"
                f"sessid={self._sessid}\nversion=2.08"
            )
        if mode == "file" and method == "POST":
            return self._file(query.get("filename", ""), body)
        if mode == "import":
            return self._import(query.get("filename", ""))
        if mode == "query" and query.get("type") == "sale":
            content_type = "application/xml; charset=windows-1251"
            return 200, {"Content-Type": content_type}, self.orders
        if mode == "success" and query.get("type") == "sale":
            self.confirmed += 1
            return self._answer("success")
        return self._answer(f"failure\nНеизвестный режим обмена: {mode}")

    def _checkauth(self, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        expected = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        if headers.get("authorization", "") != f"Basic {expected}":
            return self._answer("failure\nНеверный логин или пароль обмена")
        self._session = secrets.token_hex(8)
        self._sessid = secrets.token_hex(16)
        self._timestamp = str(int(time.time()))
        return self._answer(
            f"success\n{COOKIE_NAME}\n{self._session}\nsessid={self._sessid}\ntimestamp={self._timestamp}"
        )

    def _in_session(self, query: dict[str, str], headers: dict[str, str]) -> bool:
        return bool(self._session) and f"{COOKIE_NAME}={self._session}" in headers.get("cookie", "") \
            and query.get("sessid") == self._sessid and query.get("timestamp") == self._timestamp

    def _file(self, filename: str, body: bytes) -> tuple[int, dict[str, str], bytes]:
        if not filename:
            return self._answer("failure\nНе задано имя файла")
        if self.file_limit and len(body) > self.file_limit:
            return self._answer(f"failure\nФайл больше допустимого размера {self.file_limit} байт")
        self.files.setdefault(filename, bytearray()).extend(body)
        self.posts.append((filename, len(body)))
        return self._answer("success")

    def _import(self, filename: str) -> tuple[int, dict[str, str], bytes]:
        for name in [n for n in self.files if n.endswith(".zip")]:
            with zipfile.ZipFile(io.BytesIO(bytes(self.files.pop(name)))) as archive:
                for member in archive.namelist():
                    self.files[member] = bytearray(archive.read(member))
        if filename not in self.files:
            return self._answer(f"failure\nФайл {filename} не найден")
        done = self._steps.get(filename, 0)
        if done < self.import_steps:
            self._steps[filename] = done + 1
            return self._answer(f"progress\nОбработано {done + 1} из {self.import_steps + 1} шагов")
        if filename in self.import_failures:
            return self._answer(f"failure\n{self.import_failures[filename]}")
        self.imported.append(filename)
        self.imported_files[filename] = bytes(self.files[filename])
        return self._answer("success\nИмпорт завершён")

    def _answer(self, text: str) -> tuple[int, dict[str, str], bytes]:
        charset = "windows-1251" if self.answer_encoding == "cp1251" else "utf-8"
        content_type = f"text/plain; charset={charset}" if self.charset_header else "text/plain"
        return 200, {"Content-Type": content_type}, text.encode(self.answer_encoding)


@contextmanager
def running(site: ExchangeSite) -> Iterator[ExchangeSite]:
    """Serve ``site`` on 127.0.0.1 (its ``url`` set) for the ``with`` block."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # One write per answer and no Nagle: keep-alive requests don't wait on delayed ACKs.
        wbufsize = 1 << 16
        disable_nagle_algorithm = True

        def _serve(self, method: str) -> None:
            parts = urlsplit(self.path)
            query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
            length = int(self.headers.get("Content-Length") or 0)
            headers = {k.lower(): v for k, v in self.headers.items()}
            if site.cut_midway(method, query, headers):
                self.rfile.read(length // 2)
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            body = self.rfile.read(length) if length else b""
            status, extra, payload = site.handle(method, query, headers, body)
            if status == CUT:
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            if site.delay:
                time.sleep(site.delay)
            self.send_response(status)
            for key, value in extra.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def do_GET(self) -> None:  # noqa: N802 (http.server's names)
            self._serve("GET")

        def do_POST(self) -> None:  # noqa: N802
            self._serve("POST")

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    class Server(ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            pass  # a client that gave up (the timeout test) cuts the connection: expected

    server = Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    site.url = f"http://127.0.0.1:{server.server_address[1]}/bitrix/admin/1c_exchange.php"
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
