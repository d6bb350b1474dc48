"""A Maildir folder of drafts: the embedded default's mailbox, one RFC 5322 message per draft.

    MaildirMailbox(path)            implements app.providers.base.Mailbox
    build_message(draft, date=...)  the EmailMessage written for an OutgoingDraft

Exactly once by construction: a draft's file name comes from its idempotency key
(`rightnote-<key>`). It is written under tmp/, then hard-linked into cur/ with the Maildir
"D" (draft) and "S" (seen, so it is not shown as new mail) flags; link() refuses a name that
exists, so two writers racing on one key leave one file. find_draft looks the key up by name in
cur/ and new/, whatever flags a mail client added since (clients change only the part after ":").

Headers are built with email.headerregistry under the SMTP policy (CRLF line ends, 7-bit
headers: UTF-8 display names become RFC 2047 encoded words). Every header value goes through
app.providers.mime (shared with the Gmail and Graph writers) before it reaches the message, and
the serialized header section is checked to hold exactly the expected fields, so no input can add
a header; the engine cleans its inputs too, this is defence in depth. The body is
multipart/alternative (text/plain + text/html). Each draft also carries `X-RightNote-Key` and a
Message-ID derived from the key, and `X-Unsent: 1` so that Outlook opens the .eml as a draft.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import secrets
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from app.errors import ProviderError, ProviderUnavailable
from app.providers.base import CreatedDraft, OutgoingDraft
from app.providers.mime import (
    KEY_HEADER,
    MESSAGE_ID_DOMAIN,
    SUBJECT_LIMIT,
    check_header_names,
    display_address,
    header_text,
    plain_address,
)

PREFIX = "rightnote-"
DRAFT_INFO = ":2,DS"
POLICY = policy.SMTP

_KEY = re.compile(r"^[A-Za-z0-9_.-]{1,128}$")
HEADER_NAMES = (
    "From",
    "To",
    "Subject",
    "Date",
    "Message-ID",
    KEY_HEADER,
    "X-Unsent",
    "MIME-Version",
    "Content-Type",
)


def message_id(key: str) -> str:
    return f"<{key}@{MESSAGE_ID_DOMAIN}>"


def build_message(draft: OutgoingDraft, *, date: datetime | None = None) -> EmailMessage:
    if not _KEY.match(draft.idempotency_key):
        raise ProviderError("the draft's idempotency key is not a safe token")
    message = EmailMessage(policy=POLICY)
    sender = plain_address(draft.from_email)
    if sender:
        message["From"] = display_address(draft.from_name, sender)
    recipient = plain_address(draft.to_email)
    if recipient:
        # No address: no To header at all (an empty To is not valid RFC 5322); the note greets
        # the interviewer by name and the user adds the address.
        message["To"] = display_address(draft.to_name, recipient)
    message["Subject"] = header_text(draft.subject, SUBJECT_LIMIT)
    message["Date"] = format_datetime((date or datetime.now(UTC)).astimezone(UTC))
    message["Message-ID"] = message_id(draft.idempotency_key)
    message[KEY_HEADER] = draft.idempotency_key
    message["X-Unsent"] = "1"
    # Quoted-printable keeps the whole file 7-bit, whatever reads it.
    message.set_content(draft.text, cte="quoted-printable")
    message.add_alternative(draft.html, subtype="html", cte="quoted-printable")
    # The last net: as the email package writes it, the header section is exactly ours.
    check_header_names(message.as_bytes(policy=POLICY), HEADER_NAMES)
    return message


class MaildirMailbox:
    """Drafts as files in a Maildir (tmp/, new/, cur/ under `path`, created private)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"MaildirMailbox({str(self.path)!r})"

    async def find_draft(self, idempotency_key: str) -> CreatedDraft | None:
        if not _KEY.match(idempotency_key):
            return None
        return await asyncio.to_thread(self._find, PREFIX + idempotency_key)

    async def create_draft(self, draft: OutgoingDraft) -> CreatedDraft:
        data = build_message(draft).as_bytes(policy=POLICY)
        return await asyncio.to_thread(self._create, PREFIX + draft.idempotency_key, data)

    async def delete_draft(self, draft_id: str) -> None:
        if not draft_id.startswith(PREFIX) or not _KEY.match(draft_id):
            raise ProviderError("not a draft id of this mailbox")
        await asyncio.to_thread(self._delete, draft_id)

    # --- blocking parts, run in a thread -------------------------------------------------------

    def ensure(self) -> None:
        try:
            for sub in ("tmp", "new", "cur"):
                (self.path / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            # Name the part that is wrong ("drafts/cur is a file"), not only the errno's words.
            where = Path(exc.filename) if exc.filename else self.path
            if isinstance(exc, FileExistsError | NotADirectoryError):
                # The nearest part of the path that exists is the one in the way (a file, or
                # a link to nothing).
                while not where.exists() and not where.is_symlink() and where != where.parent:
                    where = where.parent
                what = f"{where} is not a folder"
            else:
                what = f"{where}: {exc.strerror}"
            raise ProviderError(f"cannot use {self.path} as a Maildir: {what}") from exc

    def _files(self, name: str) -> list[Path]:
        found = []
        for sub in ("cur", "new"):
            folder = self.path / sub
            try:
                with os.scandir(folder) as entries:
                    for entry in entries:
                        if entry.name == name or entry.name.startswith(name + ":"):
                            found.append(folder / entry.name)
            except FileNotFoundError:
                continue
        return found

    def _find(self, name: str) -> CreatedDraft | None:
        files = self._files(name)
        return CreatedDraft(draft_id=name, link=str(files[0])) if files else None

    def _create(self, name: str, data: bytes) -> CreatedDraft:
        self.ensure()
        existing = self._find(name)
        if existing is not None:
            return existing
        tmp = self.path / "tmp" / f"{name}.{os.getpid()}.{secrets.token_hex(4)}"
        target = self.path / "cur" / f"{name}{DRAFT_INFO}"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            # Another writer that linked the same key first wrote this very draft.
            with contextlib.suppress(FileExistsError):
                os.link(tmp, target)
            _fsync_dir(target.parent)
        except OSError as exc:
            raise ProviderUnavailable(f"could not write the draft: {exc.strerror}") from exc
        finally:
            tmp.unlink(missing_ok=True)
        return CreatedDraft(draft_id=name, link=str(target))

    def _delete(self, name: str) -> None:
        for path in self._files(name):
            path.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    # The link must survive a power cut before the database records the delivery.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
