"""E-mail by SMTP: STARTTLS, implicit TLS, or none (only for a relay on loopback).

A 2xx answer to the whole transaction (250 after DATA) is acceptance; a 4xx is temporary, a
5xx permanent. A server that cannot be reached, or refuses the sign-in, is temporary (the
message was not refused; the operator fixes the configuration). Reasons carry the reply code
only: a server's text may quote the recipient's address.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from central_server.notify.outgoing import Answer, Outgoing, Provider
from motcua_core.domain.email_address import is_email_address

SECURITIES = ("starttls", "tls", "none")
TIMEOUT_SECONDS = 30


def _message(settings: dict[str, object], outgoing: Outgoing) -> EmailMessage:
    message = EmailMessage()
    message["From"] = str(settings["sender"])
    message["To"] = outgoing.recipient
    message["Subject"] = outgoing.subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(idstring=outgoing.request_id.replace("-", ""))
    message.set_content(outgoing.body)
    return message


def _connect(settings: dict[str, object]) -> smtplib.SMTP:
    host, port = str(settings["host"]), int(str(settings["port"]))
    if settings["security"] == "tls":
        context = ssl.create_default_context()
        return smtplib.SMTP_SSL(host, port, timeout=TIMEOUT_SECONDS, context=context)
    smtp = smtplib.SMTP(host, port, timeout=TIMEOUT_SECONDS)
    if settings["security"] == "starttls":
        smtp.starttls(context=ssl.create_default_context())
    return smtp


def by_code(code: int, what: str) -> Answer:
    """The answer for an SMTP reply ``code`` (4xx temporary, 5xx permanent)."""
    if 400 <= code < 500:
        return Answer("temporary", f"{what}: mail server answered {code} (try later)")
    return Answer("permanent", f"{what}: mail server refused the message ({code})")


def send_email(provider: Provider, outgoing: Outgoing) -> Answer:
    """Hand the message to the SMTP server; the answer says whether it was accepted."""
    settings = provider.settings
    if not is_email_address(outgoing.recipient):
        return Answer("permanent", "the e-mail address is not valid")
    try:
        with _connect(settings) as smtp:
            if settings.get("username"):
                smtp.login(str(settings["username"]), str(provider.secrets.get("password", "")))
            smtp.send_message(_message(settings, outgoing))
    except smtplib.SMTPRecipientsRefused as exc:
        code = next(iter(exc.recipients.values()))[0]
        return by_code(code, "recipient")
    except smtplib.SMTPAuthenticationError as exc:
        return Answer("temporary", f"sign-in to the mail server refused ({exc.smtp_code})")
    except smtplib.SMTPResponseException as exc:
        return by_code(exc.smtp_code, "message")
    except (OSError, smtplib.SMTPException) as exc:
        return Answer("temporary", f"mail server not reachable ({type(exc).__name__})")
    return Answer("accepted", None, outgoing.request_id)
