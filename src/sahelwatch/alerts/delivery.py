"""Sending alert notices: webhook (JSON POST) and e-mail (SMTP), one attempt at a time.

Retries and their exponential backoff are decided by `retry_delay` and driven by the
dispatcher (`sahelwatch.alerts.service`), which records every attempt in the delivery log.
Nothing here sleeps or reads the clock.
"""

from __future__ import annotations

import json
import logging
import smtplib
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from sahelwatch.errors import InputError

log = logging.getLogger(__name__)

USER_AGENT = "sahelwatch-alerts/1"
# HTTP statuses worth retrying; any other 4xx means the request itself is wrong.
RETRYABLE_4XX = frozenset({408, 425, 429})


@dataclass(frozen=True, slots=True)
class Notice:
    """One message to deliver: an alert, or an update to an alert already delivered."""

    alert_id: int
    watch: str
    notice: str  # "alert" | "update"
    title: str
    payload: Mapping[str, Any]

    @property
    def idempotency_key(self) -> str:
        revision = self.payload.get("revision", 0)
        return f"sahelwatch-alert-{self.alert_id}-{self.notice}-{revision}"


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of one attempt. ``permanent`` failures are not retried."""

    ok: bool
    detail: str
    status: int | None = None
    permanent: bool = False


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    host: str
    port: int = 25
    sender: str = "sahelwatch@localhost"
    user: str = ""
    password: str = ""
    starttls: bool = False
    timeout: float = 10.0


@dataclass(frozen=True, slots=True)
class DeliveryConfig:
    """How to deliver: SMTP server (None: e-mail watches cannot deliver), retry policy."""

    smtp: SmtpConfig | None = None
    max_attempts: int = 6
    tries_per_run: int = 3
    base_delay_s: float = 1.0
    timeout_s: float = 10.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> DeliveryConfig:
        """Read ``SAHELWATCH_SMTP_*`` (HOST, PORT, FROM, USER, PASSWORD, STARTTLS)."""
        host = environ.get("SAHELWATCH_SMTP_HOST", "").strip()
        if not host:
            return cls()
        port_text = environ.get("SAHELWATCH_SMTP_PORT", "25")
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise InputError(f"SAHELWATCH_SMTP_PORT must be a port number, got {port_text!r}")
        smtp = SmtpConfig(
            host=host,
            port=int(port_text),
            sender=environ.get("SAHELWATCH_SMTP_FROM", "sahelwatch@localhost"),
            user=environ.get("SAHELWATCH_SMTP_USER", ""),
            password=environ.get("SAHELWATCH_SMTP_PASSWORD", ""),
            starttls=environ.get("SAHELWATCH_SMTP_STARTTLS", "") in ("1", "true", "yes"),
        )
        return cls(smtp=smtp)


def retry_delay(config: DeliveryConfig, attempts_so_far: int) -> float:
    """Seconds to wait after the ``attempts_so_far``-th failure: base × 2^(n-1)."""
    return float(config.base_delay_s * 2 ** max(0, attempts_so_far - 1))


def post_webhook(url: str, notice: Notice, timeout: float) -> Outcome:
    """POST the notice as JSON; 2xx is success, 4xx (but 408/425/429) is permanent."""
    body = json.dumps(dict(notice.payload), ensure_ascii=False, sort_keys=True).encode()
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": USER_AGENT,
            "Idempotency-Key": notice.idempotency_key,
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status = int(response.status)
    except urllib.error.HTTPError as error:
        permanent = 400 <= error.code < 500 and error.code not in RETRYABLE_4XX
        return Outcome(False, f"HTTP {error.code} {error.reason}", error.code, permanent)
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        return Outcome(False, f"cannot reach {url}: {reason}")
    log.info("webhook %s accepted alert %s (%s)", url, notice.alert_id, status)
    return Outcome(True, f"HTTP {status}", status)


def format_email(notice: Notice, sender: str, to: str) -> EmailMessage:
    message = EmailMessage()
    prefix = "[sahelwatch]" if notice.notice == "alert" else "[sahelwatch update]"
    message["Subject"] = f"{prefix} {notice.title}"
    message["From"] = sender
    message["To"] = to
    message["Message-ID"] = f"<{notice.idempotency_key}@sahelwatch>"
    lines = [notice.title, "", f"Watch: {notice.watch}"]
    lines += [f"- {reason}" for reason in notice.payload.get("reasons", [])]
    event = notice.payload.get("event")
    if isinstance(event, Mapping):
        lines += ["", "Event:"]
        lines += [f"  {k}: {v}" for k, v in event.items() if k != "sources" and v not in ("", None)]
        for source in event.get("sources", []):
            lines.append(f"  source: {source.get('outlet', '')} {source.get('url') or ''}".rstrip())
    message.set_content("\n".join(lines) + "\n")
    return message


def send_email(config: SmtpConfig | None, to: str, notice: Notice) -> Outcome:
    """Send the notice to one address through the configured SMTP server."""
    if config is None:
        return Outcome(
            False,
            "no SMTP server configured: set SAHELWATCH_SMTP_HOST (and _PORT, _FROM)",
            permanent=False,
        )
    message = format_email(notice, config.sender, to)
    try:
        with smtplib.SMTP(config.host, config.port, timeout=config.timeout) as smtp:
            if config.starttls:
                smtp.starttls()
            if config.user:
                smtp.login(config.user, config.password)
            refused = smtp.send_message(message)
    except smtplib.SMTPRecipientsRefused as error:
        return Outcome(False, f"recipient refused: {error.recipients}", permanent=True)
    except (smtplib.SMTPException, OSError) as error:
        return Outcome(False, f"SMTP {config.host}:{config.port}: {error}")
    if refused:
        return Outcome(False, f"recipient refused: {refused}", permanent=True)
    return Outcome(True, f"sent via {config.host}:{config.port}")


def send(channel: str, target: str, notice: Notice, config: DeliveryConfig) -> Outcome:
    """One attempt on ``channel`` ("webhook" or "email")."""
    if channel == "webhook":
        return post_webhook(target, notice, config.timeout_s)
    if channel == "email":
        return send_email(config.smtp, target, notice)
    return Outcome(False, f"unknown channel {channel!r}", permanent=True)
