"""Sending alerts: a webhook (httpx) and e-mail (smtplib). The only network code in triage,
kept apart so the decision in `alerts` stays pure and testable without sockets."""

from __future__ import annotations

import hashlib
import hmac
import json
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any
from urllib.parse import urlparse

import httpx

from threadline.errors import ThreadlineError

SIGNATURE_HEADER = "X-Threadline-Signature"


class DeliveryError(ThreadlineError):
    status_code = 502
    code = "delivery_failed"


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 25
    username: str | None = None
    password: str | None = None
    starttls: bool = False
    timeout: float = 10.0


def _body(payload: Mapping[str, Any]) -> bytes:
    # Sorted keys and fixed separators: the signature is over exactly these bytes.
    return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def deliver_webhook(
    url: str,
    payload: Mapping[str, Any],
    *,
    secret: str | None = None,
    timeout: float = 5.0,
    client: httpx.Client | None = None,
) -> int:
    """POST the payload as JSON; returns the HTTP status, raises DeliveryError unless 2xx."""
    if urlparse(url).scheme not in {"http", "https"}:
        raise DeliveryError(f"webhook URL must be http(s): {url!r}")
    body = _body(payload)
    headers = {"Content-Type": "application/json"}
    if secret:
        headers[SIGNATURE_HEADER] = sign(body, secret)
    try:
        if client is not None:
            response = client.post(url, content=body, headers=headers, timeout=timeout)
        else:
            with httpx.Client(timeout=timeout, follow_redirects=False) as own:
                response = own.post(url, content=body, headers=headers)
    except httpx.HTTPError as exc:
        raise DeliveryError(f"webhook {url} unreachable: {type(exc).__name__}") from exc
    if not 200 <= response.status_code < 300:
        raise DeliveryError(f"webhook {url} answered {response.status_code}")
    return response.status_code


def deliver_email(smtp_settings: SmtpSettings, message: EmailMessage) -> None:
    """Send one message; any SMTP or socket failure becomes a one-line DeliveryError."""
    try:
        with smtplib.SMTP(smtp_settings.host, smtp_settings.port, timeout=smtp_settings.timeout) as smtp:
            if smtp_settings.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if smtp_settings.username:
                smtp.login(smtp_settings.username, smtp_settings.password or "")
            smtp.send_message(message)
    except (smtplib.SMTPException, OSError) as exc:
        where = f"{smtp_settings.host}:{smtp_settings.port}"
        raise DeliveryError(f"e-mail via {where} failed: {type(exc).__name__}") from exc
