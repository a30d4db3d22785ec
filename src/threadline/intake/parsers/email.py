"""`.eml` messages: the text body (or the HTML body's text) plus a list of attachments."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from threadline.errors import IntakeError
from threadline.intake.decode import looks_binary, require_content
from threadline.intake.parsers.html import clean_article_text
from threadline.intake.types import ParsedReport


def _body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    if part.get_content_subtype() == "html":
        import trafilatura

        return clean_article_text(trafilatura.extract(content) or "")
    return content


def parse(raw: bytes, *, name: str | None = None) -> list[ParsedReport]:
    if looks_binary(raw):
        raise IntakeError("the e-mail looks like binary data, not a message", code="binary")
    try:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        if not isinstance(message, EmailMessage) or not (message.keys() or message.get_payload()):
            raise IntakeError("the e-mail has no headers or body", code="bad_email")
        text = _body_text(message)
        attachments = [
            {
                "filename": part.get_filename() or "(unnamed)",
                "content_type": part.get_content_type(),
                "size": len(part.get_payload(decode=True) or b""),
            }
            for part in message.iter_attachments()
        ]
        subject = str(message.get("subject") or "") or None
        published = None
        if message.get("date"):
            try:
                published = parsedate_to_datetime(str(message["date"])).date()
            except (TypeError, ValueError):
                published = None
    except IntakeError:
        raise
    except Exception as exc:  # the stdlib parser reports malformed parts with assorted errors
        raise IntakeError(f"the e-mail could not be parsed ({type(exc).__name__})", code="bad_email") from exc
    require_content(text, what="e-mail body")
    return [
        ParsedReport(
            raw=raw,
            text=text,
            format="eml",
            content_type="message/rfc822",
            title=subject,
            published=published,
            source_name=name,
            metadata={"attachments": attachments, "message_id": str(message.get("message-id") or "")},
        )
    ]
