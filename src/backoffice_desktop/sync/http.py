"""HTTP to a shop site with retries: exponential backoff with jitter on timeouts, cut
connections, 5xx and 429 (honouring Retry-After), and HTTPS only (plain HTTP to this
computer is allowed, for a local test site).

Every request a connector makes is safe to repeat — pushes carry absolute values and
pulls only read — so a request that may or may not have reached the site is simply
sent again.
"""

from __future__ import annotations

import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from .connector import SiteRefused, SiteUnavailable

#: Plain HTTP is accepted only to these hosts.
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try. Delays in seconds; tests pass tiny ones."""

    attempts: int = 5
    base_delay: float = 1.0
    max_delay: float = 60.0
    #: A Retry-After longer than this ends the run (the outbox waits for the next one).
    max_retry_after: float = 300.0
    timeout: float = 30.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        """The wait before retry number ``attempt`` (0-based): half fixed, half random,
        doubling each time, so many clients don't come back at the same moment."""
        ceiling = min(self.max_delay, self.base_delay * 2 ** attempt)
        return ceiling / 2 + rng.uniform(0, ceiling / 2)


def check_site_url(url: str) -> str:
    """The site address without a trailing slash; refuse anything but HTTPS or local HTTP."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SiteRefused("'{url}' is not a web address; expected something like https://shop.example.com.", url=url)
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        raise SiteRefused(
            "The shop address {url} uses plain HTTP: the keys would travel unencrypted. Use https://.", url=url
        )
    return url.strip().rstrip("/")


def retry_after_seconds(response: httpx.Response, now: datetime | None = None) -> float | None:
    """Retry-After as seconds (it may be a number or an HTTP date); None when absent or unreadable."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class SiteClient:
    """An ``httpx.Client`` for one site that retries what is worth retrying.

    ``sleep`` and ``rng`` are injectable so tests run fast and repeatably; ``log``
    receives a line for each retry (it ends up in the run's log).
    """

    def __init__(
        self,
        base_url: str,
        auth: httpx.Auth | tuple[str, str] | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        log: Callable[[str], None] | None = None,
        verify: bool = True,
    ) -> None:
        self.base_url = check_site_url(base_url)
        self.policy = policy or RetryPolicy()
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._log = log or (lambda line: None)
        self.requests = 0
        self._client = httpx.Client(
            base_url=self.base_url, auth=auth, timeout=self.policy.timeout, verify=verify,
            headers={"User-Agent": "BackOfficeDesktop-Sync", "Accept": "application/json"},
        )

    def close(self) -> None:
        self._client.close()

    def request(self, method: str, path: str, *, params: dict[str, Any] | None = None,
                json: Any = None) -> httpx.Response:
        """The site's answer to a request; 4xx answers other than 401/403/429 are
        returned for the caller to read. Raises :class:`SiteUnavailable` once the
        retries are spent and :class:`SiteRefused` on refused credentials."""
        policy = self.policy
        attempt = 0
        while True:
            wait: float | None = None
            self.requests += 1
            try:
                response = self._client.request(method, path, params=params, json=json)
            except httpx.TimeoutException:
                problem = f"no answer within {policy.timeout:g} s"
            except httpx.TransportError as exc:
                if _untrusted_certificate(exc):
                    raise SiteRefused(
                        "The site {url} shows a certificate this computer does not trust ({reason}); "
                        "ask the site's host for a valid certificate.", url=self.base_url, reason=str(exc),
                    ) from exc
                problem = f"connection failed ({type(exc).__name__}: {exc})"
            else:
                status = response.status_code
                if status in (401, 403):
                    raise SiteRefused(
                        "The site {url} refused the keys (HTTP {status}): {message}",
                        url=self.base_url, status=status, message=error_message(response),
                    )
                if status != 429 and status < 500:
                    return response
                problem = f"HTTP {status} {error_message(response)}".strip().rstrip(".")
                wait = retry_after_seconds(response) if status in (429, 503) else None
                if wait is not None and wait > policy.max_retry_after:
                    raise SiteUnavailable(
                        "The site {url} asks to wait {seconds} s before the next request; nothing is lost: the next run takes up from here.",
                        url=self.base_url, seconds=int(wait),
                    )
            attempt += 1
            if attempt >= policy.attempts:
                raise SiteUnavailable(
                    "The site {url} did not answer properly after {attempts} tries: {problem}. "
                    "Nothing is lost: the next run takes up from here.",
                    url=self.base_url, attempts=policy.attempts, problem=problem,
                )
            delay = wait if wait is not None else policy.delay(attempt - 1, self._rng)
            self._log(f"{method} {path}: {problem}; retrying in {delay:.1f} s")
            self._sleep(delay)


def _untrusted_certificate(exc: BaseException) -> bool:
    """A TLS certificate the system refuses: trying again won't help."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)


def error_message(response: httpx.Response) -> str:
    """The site's own words for an error: WordPress answers ``{"code", "message", "data"}``,
    Django REST framework ``{"detail"}``."""
    try:
        body = response.json()
    except ValueError:
        return response.text[:200].strip()
    for key in ("message", "detail"):
        if isinstance(body, dict) and body.get(key):
            return str(body[key])
    return response.text[:200].strip()
