"""One delivery attempt against a real local HTTP receiver and a real SMTP server."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from sahelwatch.alerts.atom import ATOM_NS, FeedEntry, render_atom
from sahelwatch.alerts.delivery import (
    DeliveryConfig,
    Notice,
    SmtpConfig,
    post_webhook,
    retry_delay,
    send,
    send_email,
)
from sahelwatch.errors import InputError
from tests.alerts_receivers import free_port, smtp_server, webhook_receiver

NOTICE = Notice(
    alert_id=7,
    watch="camps",
    notice="alert",
    title="Battles in Boni, 3 km from Camp",
    payload={
        "alert_id": 7,
        "title": "Battles in Boni, 3 km from Camp",
        "reasons": ["3.0 km from Camp"],
        "event": {"event_id": "e1", "location": "Boni", "sources": [{"outlet": "Wire"}]},
    },
)


def test_webhook_posts_json_with_an_idempotency_key() -> None:
    with webhook_receiver() as receiver:
        outcome = post_webhook(receiver.url, NOTICE, timeout=5)
    assert outcome.ok and outcome.status == 200
    ((headers, body),) = receiver.requests
    assert body == NOTICE.payload
    assert headers["Content-Type"].startswith("application/json")
    assert headers["Idempotency-Key"] == "sahelwatch-alert-7-alert-0"


@pytest.mark.parametrize(
    ("status", "permanent"), [(500, False), (503, False), (429, False), (404, True), (400, True)]
)
def test_webhook_failures_say_whether_to_retry(status: int, permanent: bool) -> None:
    with webhook_receiver([status]) as receiver:
        outcome = post_webhook(receiver.url, NOTICE, timeout=5)
    assert not outcome.ok and outcome.status == status and outcome.permanent is permanent


def test_webhook_unreachable_is_retryable() -> None:
    outcome = post_webhook(f"http://127.0.0.1:{free_port()}/", NOTICE, timeout=2)
    assert not outcome.ok and not outcome.permanent and "cannot reach" in outcome.detail


def test_email_through_a_real_smtp_server() -> None:
    with smtp_server() as mailbox:
        config = SmtpConfig(host=mailbox.host, port=mailbox.port, sender="sw@example.org")
        outcome = send_email(config, "ops@example.org", NOTICE)
    assert outcome.ok
    (message,) = mailbox.messages
    assert message["Subject"] == "[sahelwatch] Battles in Boni, 3 km from Camp"
    assert message["X-Envelope-To"] == "ops@example.org"
    body = message.get_payload(decode=True)
    assert isinstance(body, bytes)
    assert "3.0 km from Camp" in body.decode() and "location: Boni" in body.decode()


def test_email_without_smtp_config_or_server() -> None:
    assert "SAHELWATCH_SMTP_HOST" in send_email(None, "a@b.c", NOTICE).detail
    down = SmtpConfig(host="127.0.0.1", port=free_port(), timeout=2)
    outcome = send("email", "a@b.c", NOTICE, DeliveryConfig(smtp=down))
    assert not outcome.ok and not outcome.permanent


def test_config_from_env_and_backoff() -> None:
    assert DeliveryConfig.from_env({}).smtp is None
    config = DeliveryConfig.from_env(
        {
            "SAHELWATCH_SMTP_HOST": "mail",
            "SAHELWATCH_SMTP_PORT": "2525",
            "SAHELWATCH_SMTP_FROM": "x@y",
        }
    )
    assert config.smtp == SmtpConfig(host="mail", port=2525, sender="x@y")
    with pytest.raises(InputError, match="SAHELWATCH_SMTP_PORT"):
        DeliveryConfig.from_env({"SAHELWATCH_SMTP_HOST": "mail", "SAHELWATCH_SMTP_PORT": "x"})
    assert [retry_delay(DeliveryConfig(base_delay_s=0.5), n) for n in (1, 2, 3, 4)] == [
        0.5,
        1.0,
        2.0,
        4.0,
    ]


def test_atom_feed_is_valid_newest_first() -> None:
    t0 = dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)
    entries = [
        FeedEntry(1, "camps", "Old <alert>", "a & b", "e1", t0, t0),
        FeedEntry(2, "spread", "New alert", "c", None, t0, t0 + dt.timedelta(hours=1)),
    ]
    xml = render_atom(entries, "http://localhost:8000/", now=t0)
    root = ET.fromstring(xml)
    ns = {"a": ATOM_NS}
    assert root.findtext("a:updated", namespaces=ns) == "2024-05-01T13:00:00Z"
    titles = [e.findtext("a:title", namespaces=ns) for e in root.findall("a:entry", ns)]
    assert titles == ["New alert", "Old <alert>"]
    link = root.findall("a:entry", ns)[1].find("a:link", ns)
    assert link is not None and link.get("href") == "http://localhost:8000/api/events/e1"
