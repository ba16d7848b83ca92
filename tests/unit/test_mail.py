"""Sending a document by e-mail: a real SMTP conversation with a local ``aiosmtpd``
server (plain, with login, with STARTTLS), the errors a user meets (closed port, silent
server, refused login or recipient, plain SMTP to a remote host), and the settings with
the password kept out of the store (OS keyring or ``BACKOFFICE_SMTP_PASSWORD``)."""

from __future__ import annotations

import email
import json
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from email import policy
from pathlib import Path

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy import select

from backoffice_desktop.errors import PermissionDenied, ValidationError
from backoffice_desktop.exports.purchase_order_pdf import write_purchase_order_pdf
from backoffice_desktop.models import AuditEntry, Role, Setting
from backoffice_desktop.services import auth, mail, users
from backoffice_desktop.services.mail import SmtpSettings

from .test_purchase_order_exports import COMPANY, make_order

USER, PASSWORD = "zakupki@romashka.ru", "smtp-secret-1"
SENDER = "ООО «Ромашка» <zakupki@romashka.ru>"
SUBJECT = "Заказ поставщику № PO-2026-000045 от 26.11.2026"
BODY = "Добрый день!\n\nВо вложении заказ. Просим подтвердить сроки поставки.\n\nСидорова А. В."


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Collector:
    """An aiosmtpd handler that keeps what it receives and refuses ``nobody@`` recipients."""

    def __init__(self) -> None:
        self.envelopes: list = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address.startswith("nobody@"):
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.envelopes.append(envelope)
        return "250 Message accepted"


def check_login(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        USER.encode(), PASSWORD.encode())
    return AuthResult(success=ok, handled=False)


class Server:
    def __init__(self, **kwargs) -> None:
        self.handler = Collector()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **kwargs)

    def settings(self, **changes) -> SmtpSettings:
        base = {"host": "127.0.0.1", "port": self.port, "security": "none", "sender": SENDER, "timeout": 5}
        return SmtpSettings(**{**base, **changes})


@pytest.fixture
def serve() -> Iterator:
    started: list[Server] = []

    def start(**kwargs) -> Server:
        server = Server(**kwargs)
        server.controller.start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.controller.stop()


@pytest.fixture(autouse=True)
def _no_password_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(mail.PASSWORD_ENV, raising=False)


@pytest.fixture
def order_pdf(tmp_path: Path) -> Path:
    return write_purchase_order_pdf(make_order(5), COMPANY, tmp_path / "Заказ PO-2026-000045.pdf")


def received(server: Server, index: int = 0) -> email.message.EmailMessage:
    return email.message_from_bytes(server.handler.envelopes[index].content, policy=policy.default)


# --- sending -------------------------------------------------------------------------------

def test_order_pdf_arrives_with_cyrillic_subject_body_and_file_name(serve, order_pdf: Path) -> None:
    server = serve()
    to = ["Петров Пётр <zakaz@postavshik.ru>", "buh@postavshik.ru"]
    mail.send_mail(server.settings(), None, to, SUBJECT, BODY, [order_pdf])

    envelope = server.handler.envelopes[0]
    assert envelope.mail_from == "zakupki@romashka.ru"
    assert envelope.rcpt_tos == ["zakaz@postavshik.ru", "buh@postavshik.ru"]
    raw = envelope.content.decode("ascii")  # 7-bit on the wire: every header encoded
    assert "Заказ" not in raw
    msg = received(server)
    assert msg["Subject"] == SUBJECT
    assert msg["From"].addresses[0].display_name == "ООО «Ромашка»"
    assert [a.addr_spec for a in msg["To"].addresses] == ["zakaz@postavshik.ru", "buh@postavshik.ru"]
    assert msg["To"].addresses[0].display_name == "Петров Пётр"
    assert msg["Message-ID"].endswith("@romashka.ru>") and msg["Date"]
    assert msg.get_body(("plain",)).get_content().rstrip("\n") == BODY
    [attachment] = list(msg.iter_attachments())
    assert attachment.get_filename() == "Заказ PO-2026-000045.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == order_pdf.read_bytes()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")  # a local test server
def test_login_with_the_password_and_a_wrong_one(serve) -> None:
    server = serve(authenticator=check_login, auth_require_tls=False, auth_required=True)
    settings = server.settings(username=USER, sender="")  # the user name is the sender
    mail.send_mail(settings, PASSWORD, ["zakaz@postavshik.ru"], SUBJECT, BODY, [])
    assert server.handler.envelopes[0].mail_from == USER
    mail.test_connection(settings, PASSWORD)
    with pytest.raises(ValidationError, match=rf"127.0.0.1:{server.port} rejected the user name {USER}"):
        mail.send_mail(settings, "wrong-password", ["zakaz@postavshik.ru"], SUBJECT, BODY, [])
    with pytest.raises(ValidationError, match="rejected the user name"):
        mail.test_connection(settings, "wrong-password")
    with pytest.raises(ValidationError, match=rf"account {USER} on 127.0.0.1 needs a password.*"
                                              rf"{mail.PASSWORD_ENV}"):
        mail.test_connection(settings, None)
    assert len(server.handler.envelopes) == 1


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl not installed: can't make a certificate for the STARTTLS test")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                    "-out", str(cert), "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                   check=True, capture_output=True)
    return cert, key


def test_starttls_encrypts_before_login_and_checks_the_certificate(serve, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    cert, key = _self_signed(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    # The server refuses AUTH before STARTTLS, so a login proves the link was encrypted.
    server = serve(tls_context=context, require_starttls=True, authenticator=check_login, auth_required=True)
    settings = server.settings(security="starttls", username=USER)
    with pytest.raises(ValidationError, match=rf"certificate of the mail server 127.0.0.1:{server.port} "
                                              "can't be trusted"):
        mail.send_mail(settings, PASSWORD, ["zakaz@postavshik.ru"], SUBJECT, BODY, [])
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # trust our test certificate
    mail.send_mail(settings, PASSWORD, ["zakaz@postavshik.ru"], SUBJECT, BODY, [])
    assert received(server)["Subject"] == SUBJECT


def test_security_that_does_not_match_the_server(serve) -> None:
    server = serve()
    with pytest.raises(ValidationError, match=rf"127.0.0.1:{server.port} does not offer STARTTLS"):
        mail.test_connection(server.settings(security="starttls"), None)
    with pytest.raises(ValidationError, match=rf"No secure connection to the mail server 127.0.0.1:{server.port}"):
        mail.test_connection(server.settings(security="ssl"), None)


def test_plain_smtp_to_another_host_is_refused_before_connecting() -> None:
    settings = SmtpSettings("smtp.example.com", 25, "none", USER)
    with pytest.raises(ValidationError, match="Mail to smtp.example.com without encryption is refused"):
        mail.send_mail(settings, PASSWORD, ["zakaz@postavshik.ru"], SUBJECT, BODY, [])
    with pytest.raises(ValidationError, match="without encryption"):
        mail.test_connection(settings, PASSWORD)
    for local in ("localhost", "127.0.0.1", "::1", "LOCALHOST"):
        mail.check_settings(SmtpSettings(local, 25, "none"))


def test_closed_port_and_silent_server_give_clear_errors() -> None:
    port = free_port()
    with pytest.raises(ValidationError, match=rf"127.0.0.1:{port} refused the connection: check the host"):
        mail.send_mail(SmtpSettings("127.0.0.1", port, "none", sender=SENDER), None,
                       ["zakaz@postavshik.ru"], SUBJECT, BODY, [])
    with socket.socket() as silent:  # accepts connections, never says hello
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        with pytest.raises(ValidationError, match=rf"127.0.0.1:{port} did not answer within 1 s"):
            mail.test_connection(SmtpSettings("127.0.0.1", port, "none", timeout=1), None)


def test_recipients_the_server_refuses(serve) -> None:
    server = serve()
    with pytest.raises(ValidationError, match=r"refused the recipients \(nobody@postavshik.ru: 550"):
        mail.send_mail(server.settings(), None, ["nobody@postavshik.ru"], SUBJECT, BODY, [])
    assert server.handler.envelopes == []
    with pytest.raises(ValidationError, match="The message was sent, but .* refused these recipients: "
                                              "nobody@postavshik.ru"):
        mail.send_mail(server.settings(), None, ["zakaz@postavshik.ru", "nobody@postavshik.ru"],
                       SUBJECT, BODY, [])
    assert server.handler.envelopes[0].rcpt_tos == ["zakaz@postavshik.ru"]


def test_addresses_and_attachments_are_checked_before_connecting(tmp_path: Path) -> None:
    closed = SmtpSettings("127.0.0.1", free_port(), "none", sender=SENDER)  # would fail if reached
    for bad in ("zakaz", "zakaz@", "@postavshik.ru", "zakaz@postavshik", "два адреса@x.ru",
                "a@x.ru, b@x.ru", "zakaz@@x.ru", "zakaz@x..ru"):
        with pytest.raises(ValidationError, match="is not a valid e-mail address"):
            mail.send_mail(closed, None, [bad], SUBJECT, BODY, [])
    with pytest.raises(ValidationError, match="non-Latin letters before the @"):
        mail.send_mail(closed, None, ["заказ@postavshik.ru"], SUBJECT, BODY, [])
    with pytest.raises(ValidationError, match="at least one recipient"):
        mail.send_mail(closed, None, [], SUBJECT, BODY, [])
    with pytest.raises(ValidationError, match="Can't attach .*missing.pdf"):
        mail.send_mail(closed, None, ["zakaz@postavshik.ru"], SUBJECT, BODY, [tmp_path / "missing.pdf"])
    with pytest.raises(ValidationError, match="Enter the sender address"):
        mail.send_mail(SmtpSettings("127.0.0.1", closed.port, "none"), None, ["zakaz@postavshik.ru"],
                       SUBJECT, BODY, [])


def test_cyrillic_domain_is_sent_in_idna_form(serve) -> None:
    server = serve()
    mail.send_mail(server.settings(), None, ["Отдел закупок <zakaz@поставщик.рф>"], SUBJECT, BODY, [])
    assert server.handler.envelopes[0].rcpt_tos == ["zakaz@xn--80aesiqfpi9d.xn--p1ai"]


# --- settings and the password -------------------------------------------------------------

class MemoryKeyring(KeyringBackend):
    """A working keyring for the test (the machine may have none)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.entries[(service, username)]


@pytest.fixture
def use_keyring() -> Iterator:
    original = keyring.get_keyring()

    def use(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield use
    keyring.set_keyring(original)


SETTINGS = SmtpSettings(" smtp.yandex.ru ", 587, "starttls", USER, SENDER, 30)


def _stored_text(store) -> str:
    with store.read_session() as s:
        row = s.get(Setting, mail.SETTING_KEY)
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity_type == "setting")).all()
        return json.dumps(row.value if row else None, ensure_ascii=False) + "".join(
            json.dumps([a.old_value, a.new_value], ensure_ascii=False, default=str) for a in audit)


def test_settings_are_saved_with_the_password_in_the_keyring_only(store, admin, use_keyring,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    backend = use_keyring(MemoryKeyring())
    with store.read_session() as s:
        assert mail.get_smtp_settings(s) is None
    with store.session() as s:
        saved = mail.save_smtp_settings(s, admin, SETTINGS, password=PASSWORD)
    assert saved.host == "smtp.yandex.ru"
    with store.read_session() as s:
        assert mail.get_smtp_settings(s) == saved
    assert backend.entries == {("backoffice-desktop", f"smtp:{USER}@smtp.yandex.ru"): PASSWORD}
    assert mail.smtp_password(saved) == PASSWORD
    stored = _stored_text(store)
    assert "smtp.yandex.ru" in stored and PASSWORD not in stored and "password" not in stored
    monkeypatch.setenv(mail.PASSWORD_ENV, "from-the-environment")
    assert mail.smtp_password(saved) == "from-the-environment"


def test_without_a_keyring_the_password_goes_in_the_environment(store, admin, use_keyring,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    use_keyring(fail.Keyring())
    with pytest.raises(ValidationError, match=rf"no password store \(keyring\).*{mail.PASSWORD_ENV}"), \
            store.session() as s:
        mail.save_smtp_settings(s, admin, SETTINGS, password=PASSWORD)
    with store.read_session() as s:
        assert mail.get_smtp_settings(s) is None  # nothing half-saved
    with store.session() as s:
        saved = mail.save_smtp_settings(s, admin, SETTINGS)  # no password: fine
    assert mail.smtp_password(saved) is None
    monkeypatch.setenv(mail.PASSWORD_ENV, PASSWORD)
    assert mail.smtp_password(saved) == PASSWORD


def test_only_a_settings_manager_may_save_and_bad_settings_are_refused(store, admin) -> None:
    with store.session() as s:
        users.create_user(s, admin, "zakup", "purchaser-pass-1", {Role.PURCHASER})
    with store.session() as s:
        purchaser = auth.authenticate(s, "zakup", "purchaser-pass-1")
    with pytest.raises(PermissionDenied, match="zakup is not allowed to change settings"), store.session() as s:
        mail.save_smtp_settings(s, purchaser, SETTINGS)
    bad = [
        (SmtpSettings(" "), "Enter the mail server"),
        (SmtpSettings("smtp yandex.ru"), "'smtp yandex.ru' is not a host name"),
        (SmtpSettings("smtp.yandex.ru", 0), "port must be from 1 to 65535, not 0"),
        (SmtpSettings("smtp.yandex.ru", timeout=0), "timeout must be from 1 to 300 seconds, not 0"),
        (SmtpSettings("smtp.yandex.ru", security="tls"), "Unknown mail security 'tls'"),  # type: ignore[arg-type]
        (SmtpSettings("smtp.yandex.ru", 25, "none"), "Mail to smtp.yandex.ru without encryption is refused"),
        (SmtpSettings("smtp.yandex.ru", sender="Ромашка"), "'Ромашка' is not a valid e-mail address"),
    ]
    for settings, message in bad:
        with pytest.raises(ValidationError, match=message), store.session() as s:
            mail.save_smtp_settings(s, admin, settings)
    with store.read_session() as s:
        assert mail.get_smtp_settings(s) is None
