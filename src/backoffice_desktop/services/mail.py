"""Sending documents (a purchase order's PDF, say) by e-mail over SMTP.

The server settings are shared by every workstation (the store's setting
``mail.smtp``); the password never goes into the store. Each workstation keeps it in
the OS keyring, or a headless one (a scheduler, CI) takes it from the environment
variable ``BACKOFFICE_SMTP_PASSWORD``. Credentials and documents only travel
encrypted (STARTTLS or SSL); plain SMTP is allowed to a relay on this computer only.

Every failure — bad address, unreachable server, refused login or recipient —
arrives as a :class:`ValidationError` naming the server or the address at fault.
"""

from __future__ import annotations

import mimetypes
import os
import re
import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, replace
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, getaddresses, make_msgid
from pathlib import Path
from typing import Literal

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError
from sqlalchemy.orm import Session

from ..errors import ValidationError
from .permissions import Actor, Permission, require
from .settings import get_setting, set_setting

SETTING_KEY = "mail.smtp"
KEYRING_SERVICE = "backoffice-desktop"
PASSWORD_ENV = "BACKOFFICE_SMTP_PASSWORD"
Security = Literal["starttls", "ssl", "none"]
SECURITY_MODES: tuple[Security, ...] = ("starttls", "ssl", "none")
#: Plain SMTP (no encryption) is accepted only to these hosts.
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
MAX_TIMEOUT = 300
_ADDRESS = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


@dataclass(frozen=True)
class SmtpSettings:
    """How to reach the mail server. ``sender`` is the From address (the user name
    when empty, as most providers require them to match); ``timeout`` in seconds."""

    host: str
    port: int = 587
    security: Security = "starttls"
    username: str = ""
    sender: str = ""
    timeout: int = 20

    @property
    def keyring_user(self) -> str:
        """The password's entry in the OS keyring: one per account and server."""
        return f"smtp:{self.username}@{self.host}"

    @property
    def server(self) -> str:
        return f"{self.host}:{self.port}"


# --- settings ----------------------------------------------------------------------------

def get_smtp_settings(session: Session) -> SmtpSettings | None:
    """The shared mail settings, or None while no server is configured."""
    stored = get_setting(session, SETTING_KEY) or {}
    known = {f.name for f in fields(SmtpSettings)}
    values = {k: v for k, v in stored.items() if k in known}
    if not values.get("host"):
        return None
    return SmtpSettings(**values)


def save_smtp_settings(session: Session, actor: Actor, settings: SmtpSettings,
                       password: str | None = None) -> SmtpSettings:
    """Check and store the settings (needs the right to change settings); a non-empty
    ``password`` goes to this computer's keyring, never to the store. Returns the
    settings as stored (trimmed)."""
    require(actor, Permission.MANAGE_SETTINGS)
    cleaned = replace(settings, host=settings.host.strip(), username=settings.username.strip(),
                      sender=settings.sender.strip())
    check_settings(cleaned)
    if password and not _keyring_available():
        raise ValidationError(
            "This computer has no password store (keyring), so the mail password can't be saved. "
            "Set the environment variable {variable} to the password instead.",
            variable=PASSWORD_ENV,
        )
    set_setting(session, actor, SETTING_KEY, asdict(cleaned))
    if password:
        try:
            keyring.set_password(KEYRING_SERVICE, cleaned.keyring_user, password)
        except KeyringError as exc:
            raise _keyring_failed(exc) from exc
    return cleaned


def smtp_password(settings: SmtpSettings) -> str | None:
    """The password for ``settings.username``: ``BACKOFFICE_SMTP_PASSWORD`` when set
    (explicit wins), else this computer's keyring; None when neither has one."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not settings.username or not _keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, settings.keyring_user)
    except KeyringError as exc:
        raise _keyring_failed(exc) from exc


def _keyring_available() -> bool:
    return not isinstance(keyring.get_keyring(), fail.Keyring)


def _keyring_failed(exc: KeyringError) -> ValidationError:
    return ValidationError(
        "The password store (keyring) failed: {reason}. "
        "Set the environment variable {variable} to the mail password instead.",
        reason=str(exc) or type(exc).__name__, variable=PASSWORD_ENV,
    )


def check_settings(settings: SmtpSettings) -> None:
    """Refuse settings that can't work or would send credentials in clear."""
    if not settings.host:
        raise ValidationError("Enter the mail server (SMTP host).")
    if any(ch.isspace() for ch in settings.host) or "/" in settings.host:
        raise ValidationError("'{host}' is not a host name: enter a name such as smtp.example.com.",
                              host=settings.host)
    if not 1 <= settings.port <= 65535:
        raise ValidationError("The SMTP port must be from 1 to 65535, not {port}.", port=settings.port)
    if not 1 <= settings.timeout <= MAX_TIMEOUT:
        raise ValidationError("The mail timeout must be from 1 to {maximum} seconds, not {timeout}.",
                              maximum=MAX_TIMEOUT, timeout=settings.timeout)
    if settings.security not in SECURITY_MODES:
        raise ValidationError("Unknown mail security '{security}': choose STARTTLS, SSL or none.",
                              security=settings.security)
    if settings.security == "none" and settings.host.strip("[]").lower() not in LOCAL_HOSTS:
        raise ValidationError(
            "Mail to {host} without encryption is refused: the password and the documents would "
            "travel in clear. Choose STARTTLS or SSL; plain SMTP is only for a relay on this computer.",
            host=settings.host,
        )
    if settings.sender:
        parse_address(settings.sender)


# --- addresses and the message -------------------------------------------------------------

def parse_address(text: str) -> Address:
    """``"Петров Пётр <zakaz@поставщик.рф>"`` → an Address (the domain in IDNA form);
    anything but exactly one well-formed address is refused."""
    found = getaddresses([text])
    name, addr = found[0] if len(found) == 1 else ("", "")
    if not _ADDRESS.fullmatch(addr) or addr not in text:
        raise ValidationError("'{address}' is not a valid e-mail address.", address=text.strip())
    local, domain = addr.rsplit("@", 1)
    if not local.isascii():
        raise ValidationError("The e-mail address '{address}' has non-Latin letters before the @, "
                              "which most mail servers can't deliver.", address=addr)
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        raise ValidationError("'{address}' is not a valid e-mail address.", address=text.strip()) from None
    return Address(display_name=name, username=local, domain=domain)


def _sender(settings: SmtpSettings) -> Address:
    if settings.sender:
        return parse_address(settings.sender)
    if "@" in settings.username:
        return parse_address(settings.username)
    raise ValidationError("Enter the sender address in the mail settings: the user name {username} "
                          "is not an e-mail address.", username=settings.username or "—")


def _message(sender: Address, recipients: list[Address], subject: str, body: str,
             attachments: Sequence[Path]) -> EmailMessage:
    msg = EmailMessage()  # the default policy encodes Cyrillic headers and file names
    msg["Subject"] = subject
    msg["From"] = sender
    msg["To"] = recipients
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=sender.domain)
    msg.set_content(body)
    for path in attachments:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ValidationError("Can't attach {path}: {reason}.", path=str(path),
                                  reason=exc.strerror or str(exc)) from exc
        kind = mimetypes.guess_type(Path(path).name)[0] or "application/octet-stream"
        maintype, subtype = kind.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=Path(path).name)
    return msg


# --- talking to the server -----------------------------------------------------------------

def send_mail(settings: SmtpSettings, password: str | None, to: list[str], subject: str, body: str,
              attachments: list[Path]) -> None:
    """Send one message to ``to`` with the files attached. Addresses and attachments
    are checked before connecting; a recipient the server refuses is an error even
    when the others got the message."""
    check_settings(settings)
    if not to:
        raise ValidationError("Enter at least one recipient address.")
    recipients = [parse_address(text) for text in to]
    sender = _sender(settings)
    msg = _message(sender, recipients, subject, body, attachments)
    try:
        smtp = _connect(settings, password)
        try:
            refused = smtp.send_message(msg, from_addr=sender.addr_spec,
                                        to_addrs=[r.addr_spec for r in recipients])
        finally:
            _close(smtp)
    except (smtplib.SMTPException, OSError) as exc:
        raise _smtp_error(settings, exc) from exc
    if refused:
        raise ValidationError("The message was sent, but the mail server {server} refused these "
                              "recipients: {recipients}.", server=settings.server,
                              recipients=", ".join(sorted(refused)))


def test_connection(settings: SmtpSettings, password: str | None) -> None:
    """Connect, secure the connection and log in, as sending would, then hang up:
    the Settings page's "Test connection" button."""
    check_settings(settings)
    try:
        smtp = _connect(settings, password)
        try:
            smtp.noop()
        finally:
            _close(smtp)
    except (smtplib.SMTPException, OSError) as exc:
        raise _smtp_error(settings, exc) from exc


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def _connect(settings: SmtpSettings, password: str | None) -> smtplib.SMTP:
    """An open connection, encrypted per the settings and logged in when there is a
    user name."""
    if settings.username and not password:
        raise ValidationError(
            "The mail account {username} on {host} needs a password: save it in Settings or set "
            "the environment variable {variable}.",
            username=settings.username, host=settings.host, variable=PASSWORD_ENV,
        )
    context = ssl.create_default_context()
    smtp: smtplib.SMTP
    if settings.security == "ssl":
        smtp = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout, context=context)
    else:
        smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        if settings.security == "starttls":
            smtp.ehlo()
            if not smtp.has_extn("starttls"):
                raise ValidationError(
                    "The mail server {server} does not offer STARTTLS: choose SSL (usually port 465) "
                    "or check the port.", server=settings.server,
                )
            smtp.starttls(context=context)
        if settings.username:
            smtp.login(settings.username, password or "")
    except BaseException:
        smtp.close()
        raise
    return smtp


def _close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
    return f"{exc.smtp_code} {text}".strip()


def _smtp_error(settings: SmtpSettings, exc: smtplib.SMTPException | OSError) -> ValidationError:
    """What went wrong, in words that point at the setting or address to fix."""
    server = settings.server
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return ValidationError("The mail server {server} rejected the user name {username} or its password.",
                               server=server, username=settings.username)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        reasons = "; ".join(f"{addr}: {code} {msg.decode('utf-8', 'replace')}"
                            for addr, (code, msg) in sorted(exc.recipients.items()))
        return ValidationError("The mail server {server} refused the recipients ({reasons}).",
                               server=server, reasons=reasons)
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return ValidationError("The mail server {server} refused the sender address {sender} ({reason}).",
                               server=server, sender=exc.sender, reason=_reply(exc))
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return ValidationError("The mail server {server} does not accept a login here ({reason}): check the "
                               "security setting, or clear the user name.", server=server, reason=str(exc))
    if isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError):
        # smtplib reports a reply that never came as a disconnect caused by the timeout.
        return ValidationError("The mail server {server} did not answer within {seconds} s: check the port "
                               "and the security setting (SSL is usually 465, STARTTLS 587).",
                               server=server, seconds=settings.timeout)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return ValidationError("The mail server {server} closed the connection unexpectedly: check the port "
                               "and the security setting.", server=server)
    if isinstance(exc, smtplib.SMTPResponseException):
        return ValidationError("The mail server {server} refused: {reason}.", server=server, reason=_reply(exc))
    if isinstance(exc, ssl.SSLCertVerificationError):
        return ValidationError("The certificate of the mail server {server} can't be trusted: {reason}.",
                               server=server, reason=exc.verify_message or str(exc))
    if isinstance(exc, ssl.SSLError):
        return ValidationError("No secure connection to the mail server {server} ({reason}): check the "
                               "security setting and the port (SSL is usually 465, STARTTLS 587).",
                               server=server, reason=exc.reason or str(exc))
    if isinstance(exc, ConnectionRefusedError):
        return ValidationError("The mail server {server} refused the connection: check the host and the port.",
                               server=server)
    if isinstance(exc, socket.gaierror):
        return ValidationError("The mail server {host} was not found: check the host name.", host=settings.host)
    return ValidationError("Could not talk to the mail server {server}: {reason}.", server=server,
                           reason=getattr(exc, "strerror", None) or str(exc) or type(exc).__name__)
