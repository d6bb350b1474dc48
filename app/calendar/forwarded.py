"""The header of a message forwarded or pasted into an invite's description.

A candidate copies an interview onto their own calendar, a recruiter forwards the manager's
invite, an agency passes on its client's: the description then holds the original message's
header ("From: Kasper Nyberg <kasper@…>", "Sent: …", "To: …; Ifeoma Castellano <ifeoma@…>",
"Cc: …", "Subject: …"), in the mail programs' words of several languages. Its sender wrote the
letter below it; those it went to are the original invite's guests. `read_forwarded` reads the
first such header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.calendar.people import clean_email

# How far into a description a header is looked for, and how many of its people are read.
_HEAD_MAX = 6000
_MAX_PEOPLE = 12

# A header's field names, as mail programs write them in English, German, French, Spanish,
# Portuguese, Italian, Dutch, the Nordic languages and Finnish.
_SENDER_KEYS = frozenset(
    ("from", "von", "de", "da", "van", "fra", "från", "lähettäjä", "afzender", "expéditeur")
)
_RECIPIENT_KEYS = frozenset(
    (
        *("to", "an", "à", "a", "para", "aan", "til", "till", "vastaanottaja", "destinataire"),
        *("cc", "kopie", "kopi", "kopia", "kopio", "copie", "copia"),
    )
)
_OTHER_KEYS = frozenset(
    (
        *("sent", "date", "subject", "when", "where", "gesendet", "datum", "betreff", "envoyé"),
        *("objet", "enviado", "fecha", "asunto", "data", "assunto", "oggetto", "inviato"),
        *("verzonden", "onderwerp", "sendt", "skickat", "emne", "ämne", "lähetetty"),
        *("päivämäärä", "aihe", "bcc"),
    )
)
_FIELD = re.compile(r"^[ \t>*]*+([^\W\d_][^\W\d_ ]{0,15})[ \t]*+:[ \t]*+(.{0,400})$")
# "Kasper Nyberg <kasper.nyberg@…>", "\"Hollis, Bernadette\" <…>", "<alex@…>", "Live Aasheim".
_ENTRY = re.compile(r"^[ \t\"']*+(?P<n>[^<>\"]*?)[ \t\"']*+(?:<(?P<e>[^<>\s]{3,254})>)?[ \t]*+$")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_BARE_ADDRESS = re.compile(r"^[^\s@<>]{1,64}@[^\s@<>]{1,190}$")


@dataclass(frozen=True, slots=True)
class Forwarded:
    """The first header: its sender, and the people it went to ((name, address), either may be
    None)."""

    sender: tuple[str | None, str | None] | None
    recipients: tuple[tuple[str | None, str | None], ...]
    # Where the header starts (the note of whoever forwarded it is above) and ends (the letter
    # its sender wrote follows).
    start: int
    body_start: int


def read_forwarded(text: str) -> Forwarded | None:
    """The first message header in `text`: a sender's field beside at least one other header
    field on the lines next to it (a lone "From: 9am" in an agenda is no header)."""
    head = text[:_HEAD_MAX]
    if ":" not in head:
        return None
    low = head.lower()
    if not any(f"{key}:" in low for key in ("from", "von", "de", "fra", "från", "van", "lähett")):
        return None
    return _read(head)


@lru_cache(maxsize=256)
def _read(head: str) -> Forwarded | None:
    lines = head.split("\n")
    offsets = []
    at = 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    for i, line in enumerate(lines[:300]):
        field = _field(line)
        if field is None or field[0] not in _SENDER_KEYS:
            continue
        # The header's other fields: the lines around the sender's, up to a blank line.
        start = i
        while start > 0 and i - start < 6 and _field(lines[start - 1]) is not None:
            start -= 1
        end = i + 1
        while end < len(lines) and end - i < 8 and _field(lines[end]) is not None:
            end += 1
        fields = [f for f in (_field(x) for x in lines[start:end]) if f is not None]
        if len(fields) < 2 or not any(k in _OTHER_KEYS or k in _RECIPIENT_KEYS for k, _ in fields):
            continue
        senders = _people(field[1])
        recipients: list[tuple[str | None, str | None]] = []
        for key, value in fields:
            if key in _RECIPIENT_KEYS:
                recipients.extend(_people(value))
        return Forwarded(
            senders[0] if senders else None,
            tuple(recipients[:_MAX_PEOPLE]),
            offsets[start],
            offsets[end] if end < len(offsets) else len(head),
        )
    return None


def _field(line: str) -> tuple[str, str] | None:
    if ":" not in line[:20]:
        return None
    m = _FIELD.match(line)
    if m is None:
        return None
    key = m.group(1).lower()
    if key in _SENDER_KEYS or key in _RECIPIENT_KEYS or key in _OTHER_KEYS:
        return key, m.group(2).strip()
    return None


def _people(value: str) -> list[tuple[str | None, str | None]]:
    """The entries of an address field: separated by ";" (Outlook) or, between addresses in
    brackets, by "," (Gmail); a name alone is kept (Outlook drops the address of someone in
    the reader's own directory)."""
    parts = value.split(";") if ";" in value else re.split(r"(?<=>)[ \t]*+,", value)
    out: list[tuple[str | None, str | None]] = []
    for part in parts[:_MAX_PEOPLE]:
        part = part.strip()
        if not part:
            continue
        if _BARE_ADDRESS.match(part):
            out.append((None, clean_email(part)))
            continue
        m = _ENTRY.match(part)
        if m is None:
            continue
        name = m.group("n").strip(" ,") or None
        email = clean_email(m.group("e")) if m.group("e") else None
        if name and ("@" in name or _DIGIT.search(name) or not _LETTER.search(name)):
            name = None  # an address, a time ("From: 9:00"), a date: no one's name
        if name or email:
            out.append((name, email))
    return out
