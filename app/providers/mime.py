"""Header-safe values for the three draft writers: Maildir `.eml` (maildir.py), Gmail `raw`
(google_gmail.py) and Graph `POST /me/messages` (microsoft_graph.py).

Every value that reaches a header or a header-like field (display names, addresses, the subject)
comes from calendar data or user input, so any of it may be hostile. One helper for all three, so
the writers cannot drift apart:

- `header_text`: one line of text. C0/C1 controls (CR and LF among them), DEL, U+2028/U+2029, lone
  surrogates and the bidi embedding/override/isolate controls (U+202A-U+202E, U+2066-U+2069, which
  can make a display name read as something else) become spaces; runs of whitespace collapse; the
  value is capped. "=?" is broken up: the email package decodes RFC 2047 encoded words it finds in
  a value it is given (on Python 3.11 "=?utf-8?q?a=0D=0ABcc:...?=" becomes a real line break in
  the output), so text must never be taken for an encoded word.
- `plain_address`: an ASCII addr-spec we can write as is (an IDN domain in its punycode form), or
  None. Never a display-name form, never two addresses.
- `display_name` / `display_address`: the cleaned name, cut when the email package could not
  write it safely (see `display_name`), and a headerregistry `Address` of it and a plain address;
  the email package quotes or RFC 2047-encodes the name as data.
- `check_header_names`: the last net on the serialized message: exactly the expected header
  fields, each once, whatever the email package did with the values.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from email.headerregistry import Address

from app.errors import ProviderError

# Every draft we write carries its idempotency key here, and a Message-ID in this domain, so a
# retry finds the draft an earlier attempt left (Gmail by Message-ID search, the maildir by file).
KEY_HEADER = "X-RightNote-Key"
MESSAGE_ID_DOMAIN = "rightnote.invalid"

NAME_LIMIT = 200
SUBJECT_LIMIT = 500
ADDRESS_LIMIT = 254
# The longest quoted display name (quotes and escapes included) that fits on a folded line.
QUOTED_NAME_LIMIT = 76

# Controls, line and paragraph separators, lone surrogates, bidi embeddings/overrides/isolates.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]+")
_ENCODED_WORD = re.compile(r"=\?")
# An addr-spec we can write in a 7-bit header: printable ASCII, one @, a dotted domain.
_ADDRESS = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_FIELD_NAME = re.compile(rb"^([!-9;-~]+):")


def header_text(value: str | None, limit: int) -> str:
    """`value` as one header-safe line of at most `limit` characters ("" for None)."""
    if not value:
        return ""
    text = _ENCODED_WORD.sub("= ?", " ".join(_UNSAFE.sub(" ", value).split()))
    return text[:limit].rstrip()


def plain_address(value: str | None) -> str | None:
    """The address when it is one we can write safely; None otherwise."""
    text = header_text(value, 4 * ADDRESS_LIMIT).strip("<> ")  # too long: refused below
    if _ADDRESS.match(text) and len(text) <= ADDRESS_LIMIT:
        return text
    local, _, domain = text.rpartition("@")
    if not local:
        return None
    try:
        text = f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:
        return None
    return text if _ADDRESS.match(text) and len(text) <= ADDRESS_LIMIT else None


def display_name(name: str | None) -> str:
    """The display name a draft carries: `header_text`, and short enough to be written safely.

    Python's email folder (3.11, 3.12) drops the quotes around a display name it has to split
    across lines: `"Lee, Dana: x@evil.example, y@evil.example;" <d@x>` came out unquoted, a group
    with two more recipients. A quoted name that fits on one line is never split, so an ASCII name
    that needs quotes is cut until it fits. (Names with other characters are written as RFC 2047
    encoded words, which fold safely.)
    """
    text = header_text(name, NAME_LIMIT)
    while text.isascii():
        phrase = str(Address(display_name=text, username="a", domain="b.c"))[: -len(" <a@b.c>")]
        excess = len(phrase) - QUOTED_NAME_LIMIT
        if not phrase.startswith('"') or excess <= 0:
            break
        text = text[: len(text) - excess].rstrip()
    return text


def display_address(name: str | None, address: str) -> Address:
    """`Name <address>` for a From/To header; `address` must come from `plain_address`."""
    local, _, domain = address.rpartition("@")
    return Address(display_name=display_name(name), username=local, domain=domain)


def check_header_names(raw: bytes, expected: Collection[str]) -> None:
    """Refuse a serialized message whose header section has any field but `expected`, or one
    twice: whatever a value held, it did not become a header."""
    head = raw.split(b"\r\n\r\n", 1)[0].replace(b"\r\n", b"\n")
    allowed = {name.lower() for name in expected}
    seen: set[str] = set()
    for line in head.split(b"\n"):
        if not line or line[:1] in (b" ", b"\t"):
            continue  # a folded continuation of the previous field
        match = _FIELD_NAME.match(line)
        name = match.group(1).decode("ascii").lower() if match else ""
        if name not in allowed or name in seen:
            raise ProviderError("refused to write a draft whose headers are not the expected ones")
        seen.add(name)
