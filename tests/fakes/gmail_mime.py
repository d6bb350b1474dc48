"""What the fake Gmail checks in a draft: base64url `raw`, RFC 5322 parsed under the email
package's strict policy, and Gmail's `rfc822msgid:` search term."""

from __future__ import annotations

import base64
import binascii
import email
import email.errors
from email import policy
from email.message import EmailMessage

# RFC 5322 §3.6: fields that occur at most once.
_SINGLE = (
    "from",
    "sender",
    "reply-to",
    "to",
    "cc",
    "bcc",
    "subject",
    "date",
    "message-id",
    "in-reply-to",
    "references",
)


def decode_raw(text: str) -> bytes:
    """base64url with or without padding, as Gmail accepts it; ValueError otherwise."""
    if not text or any(c in text for c in "+/ \r\n"):
        raise ValueError("raw must be base64url (no '+', '/' or whitespace)")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ValueError("raw is not valid base64url") from exc


def parse_strict(raw: bytes) -> EmailMessage:
    """Parse RFC 5322 bytes under the strict policy; ValueError naming the first problem."""
    try:
        message = email.message_from_bytes(raw, policy=policy.strict)
    except (email.errors.MessageError, ValueError, TypeError) as exc:
        raise ValueError(f"not a parseable RFC 5322 message ({type(exc).__name__})") from exc
    assert isinstance(message, EmailMessage)
    if not message.keys():
        raise ValueError("the message has no header fields")
    for name in _SINGLE:
        if len(message.get_all(name) or []) > 1:
            raise ValueError(f"more than one {name} header field")
    try:
        for name, value in message.items():
            if getattr(value, "defects", ()):
                raise ValueError(f"defective {name} header field")
        for part in message.walk():
            if part.defects:
                raise ValueError(f"defective MIME part: {part.defects[0].__class__.__name__}")
            if not part.is_multipart():
                part.get_content()  # decodes transfer encoding and charset, raising if bad
    except (email.errors.MessageError, LookupError, UnicodeError) as exc:
        raise ValueError(f"undecodable content ({type(exc).__name__})") from exc
    return message


def rfc822msgid_query(query: str | None) -> str | None:
    if not query:
        return None
    terms = query.split()
    if len(terms) != 1 or not terms[0].lower().startswith("rfc822msgid:"):
        raise ValueError(f"the fake understands only q=rfc822msgid:<id>, not {query!r}")
    wanted = terms[0].split(":", 1)[1].strip("<>").casefold()
    if not wanted:
        raise ValueError("rfc822msgid: needs a value")
    return wanted
