"""Gmail as a `Mailbox`: drafts created through the Gmail API, exactly once per idempotency key.

A draft is an RFC 5322 message (multipart/alternative: text and HTML, UTF-8), sent base64url-
encoded as `message.raw` to `users.drafts.create`. It carries its idempotency key twice:
- `X-RightNote-Key: {key}`, the marker the exactly-once lookup relies on;
- `Message-ID: <{sha256(key)[:40]}@rightnote.invalid>`, deterministic, for a fast path.

Looking a key up (before creating, and after, to remove duplicates):
1. fast path: `drafts.list(q="rfc822msgid:...")`. Gmail documents the search operator, not that
   it keeps a client-set Message-ID on `drafts.create` nor when its search index sees a new
   draft, so a miss proves nothing;
2. documented path, on a miss: `drafts.list` without `q` (the most recent `SCAN_LIMIT` drafts),
   then `drafts.get(format="metadata")` (headers, no body) for each, reading X-RightNote-Key.
   A draft's id and headers do not change, so each draft is read once per mailbox object (the
   worker's find, then create, pay for new drafts only).
`create_draft` looks the key up before creating, so a retry after a write whose answer was lost
(a 5xx, a timeout, a dropped connection) returns the draft already made. After creating it looks
again: if some other path made a second draft (httplib2 replays a request once when a connection
drops before the status line; two workers racing), every copy but the one with the smallest id is
deleted. Every caller picks the same survivor, so racing callers never delete each other's last
copy. The one assumption left: a lost draft is among the user's `SCAN_LIMIT` most recent ones
when the retry comes (minutes later), which `drafts.list` returns first.

If the user edits the draft, Gmail may rewrite its headers: the lookup matters only for retries
right after creation.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from google.auth.credentials import Credentials
from googleapiclient.errors import HttpError

from app.errors import ProviderError, ReauthRequired
from app.providers.base import CreatedDraft, OutgoingDraft
from app.providers.google_api import (
    GoogleNotFound,
    build_service,
    check_deadline,
    run_bounded,
)
from app.providers.mime import (
    KEY_HEADER,
    MESSAGE_ID_DOMAIN,
    SUBJECT_LIMIT,
    check_header_names,
    display_address,
    header_text,
    plain_address,
)
from app.settings import Settings
from app.store.connections import Connection
from app.store.users import User

log = logging.getLogger(__name__)

GMAIL_DRAFT_URL = "https://mail.google.com/mail/#drafts?compose={message_id}"

_KEY = re.compile(r"^[A-Za-z0-9._:-]{1,200}$")
# How many of the most recent drafts the documented lookup reads, and per drafts.list page.
SCAN_LIMIT = 50
SCAN_PAGE = 25
HEADER_NAMES = (
    "From",
    "To",
    "Subject",
    "Date",
    "Message-ID",
    KEY_HEADER,
    "MIME-Version",
    "Content-Type",
)


def message_id(idempotency_key: str) -> str:
    """The deterministic Message-ID (with angle brackets) for a key."""
    digest = hashlib.sha256(idempotency_key.encode()).hexdigest()[:40]
    return f"<{digest}@{MESSAGE_ID_DOMAIN}>"


def _address(email: str | None, name: str | None, field: str) -> Address | None:
    if not email:
        return None
    address = plain_address(email)
    if address is None:
        # Permanent: retrying cannot fix an address; the message names the field only.
        raise ProviderError(f"the draft's {field} address is not a valid email address")
    return display_address(name, address)


def build_message(draft: OutgoingDraft, *, now: datetime | None = None) -> bytes:
    """The draft as RFC 5322 bytes (CRLF line ends); header values go through
    app.providers.mime, shared with the Maildir and Graph writers."""
    if not _KEY.match(draft.idempotency_key):
        raise ProviderError("the idempotency key must be 1-200 characters of [A-Za-z0-9._:-]")
    msg = EmailMessage(policy=policy.SMTP)
    sender = _address(draft.from_email, draft.from_name, "From")
    recipient = _address(draft.to_email, draft.to_name, "To")
    if sender is not None:
        msg["From"] = sender
    if recipient is not None:
        msg["To"] = recipient
    msg["Subject"] = header_text(draft.subject, SUBJECT_LIMIT)
    msg["Date"] = format_datetime(now or datetime.now(UTC))
    msg["Message-ID"] = message_id(draft.idempotency_key)
    msg[KEY_HEADER] = draft.idempotency_key
    msg.set_content(draft.text, subtype="plain", charset="utf-8")
    msg.add_alternative(draft.html, subtype="html", charset="utf-8")
    raw = msg.as_bytes()
    check_header_names(raw, HEADER_NAMES)  # the last net: exactly our header fields
    return raw


def encode_raw(message: bytes) -> str:
    """base64url, as `Message.raw` expects."""
    return base64.urlsafe_b64encode(message).decode("ascii")


def _draft_items(response: Any) -> list[dict[str, Any]]:
    items = response.get("drafts") if isinstance(response, dict) else None
    return [d for d in items or [] if isinstance(d, dict) and isinstance(d.get("id"), str)]


def _created(item: dict[str, Any]) -> CreatedDraft:
    message = item.get("message") if isinstance(item.get("message"), dict) else {}
    message_id_ = message.get("id") if isinstance(message, dict) else None
    link = GMAIL_DRAFT_URL.format(message_id=message_id_) if isinstance(message_id_, str) else None
    return CreatedDraft(draft_id=str(item["id"]), link=link)


class GoogleMailbox:
    """One user's Gmail drafts, with credentials holding a Gmail scope that may create them."""

    def __init__(
        self,
        credentials: Credentials,
        *,
        settings: Settings,
        timeout: float | None = None,
        user_id: str = "me",
    ) -> None:
        self._credentials = credentials
        self._settings = settings
        self.timeout = timeout if timeout is not None else settings.google_api_timeout_seconds
        self.user_id = user_id
        # draft id -> its X-RightNote-Key (None: none), read once per mailbox object.
        self._keys: dict[str, str | None] = {}

    def _drafts(self) -> Any:
        service = build_service(
            "gmail", self._credentials, settings=self._settings, timeout=self.timeout
        )
        return service.users().drafts()

    def _searched(self, drafts: Any, key: str) -> list[dict[str, Any]]:
        """The fast path: Gmail's search for our Message-ID (may miss, see the docstring)."""
        query = "rfc822msgid:" + message_id(key).strip("<>")
        response = drafts.list(userId=self.user_id, q=query, maxResults=10).execute()
        return _draft_items(response)

    def _key_of(self, drafts: Any, draft_id: str) -> str | None:
        if draft_id in self._keys:
            return self._keys[draft_id]
        try:
            # drafts.get takes no metadataHeaders (messages.get does, under a wider scope):
            # "metadata" returns every header, no body.
            got = drafts.get(userId=self.user_id, id=draft_id, format="metadata").execute()
        except HttpError as exc:
            if int(getattr(exc.resp, "status", 0) or 0) == 404:
                return None  # deleted since it was listed
            raise
        message = got.get("message") if isinstance(got, dict) else None
        payload = message.get("payload") if isinstance(message, dict) else None
        headers = payload.get("headers") if isinstance(payload, dict) else None
        found = None
        for header in headers if isinstance(headers, list) else []:
            if (
                isinstance(header, dict)
                and str(header.get("name", "")).casefold() == KEY_HEADER.casefold()
            ):
                found = str(header.get("value", "")).strip()
                break
        self._keys[draft_id] = found
        return found

    def _scanned(self, drafts: Any, key: str, deadline: float) -> list[dict[str, Any]]:
        """The documented path: read our header on the most recent drafts."""
        found: list[dict[str, Any]] = []
        page_token: str | None = None
        read = 0
        while read < SCAN_LIMIT:
            check_deadline(deadline, "gmail drafts.list")
            response = drafts.list(
                userId=self.user_id,
                maxResults=min(SCAN_PAGE, SCAN_LIMIT - read),
                pageToken=page_token,
            ).execute()
            items = _draft_items(response)
            for item in items:
                read += 1
                if self._key_of(drafts, item["id"]) == key:
                    found.append(item)
            page_token = response.get("nextPageToken") if isinstance(response, dict) else None
            if not items or not isinstance(page_token, str):
                break
        return found

    def _matching(
        self, drafts: Any, key: str, deadline: float, *, every: bool = False
    ) -> list[dict[str, Any]]:
        """Drafts carrying `key`, smallest id first. `every`: all copies (for de-duplication),
        so both paths run; otherwise the documented one only when the fast one misses."""
        found = {d["id"]: d for d in self._searched(drafts, key)}
        if every or not found:
            found.update((d["id"], d) for d in self._scanned(drafts, key, deadline))
        return sorted(found.values(), key=lambda d: str(d["id"]))

    async def find_draft(self, idempotency_key: str) -> CreatedDraft | None:
        def find(deadline: float) -> CreatedDraft | None:
            found = self._matching(self._drafts(), idempotency_key, deadline)
            return _created(found[0]) if found else None

        return await run_bounded(find, bound=self.timeout, what="gmail drafts.list")

    async def create_draft(self, draft: OutgoingDraft) -> CreatedDraft:
        raw = encode_raw(build_message(draft))

        def create(deadline: float) -> CreatedDraft:
            drafts = self._drafts()
            existing = self._matching(drafts, draft.idempotency_key, deadline)
            if existing:
                return _created(existing[0])
            check_deadline(deadline, "gmail drafts.create")
            made = drafts.create(userId=self.user_id, body={"message": {"raw": raw}}).execute()
            return self._deduplicate(drafts, draft.idempotency_key, made, deadline)

        return await run_bounded(create, bound=self.timeout, what="gmail drafts.create")

    def _deduplicate(
        self, drafts: Any, key: str, made: dict[str, Any], deadline: float
    ) -> CreatedDraft:
        """Keep one draft per key (the smallest id); best effort, the draft exists either way."""
        if isinstance(made.get("id"), str):
            self._keys[made["id"]] = key  # ours: no need to read it back
        try:
            found = self._matching(drafts, key, deadline, every=True)
            for extra in found[1:]:
                try:
                    drafts.delete(userId=self.user_id, id=extra["id"]).execute()
                except Exception:  # a failed clean-up must not turn a created draft into an error
                    log.warning("google.draft_duplicate_not_deleted")
                else:
                    log.info("google.draft_duplicate_deleted")
            if found:
                return _created(found[0])
        except Exception:
            log.warning("google.draft_duplicate_check_failed")
        return _created(made)

    async def delete_draft(self, draft_id: str) -> None:
        def delete(deadline: float) -> None:
            del deadline
            self._drafts().delete(userId=self.user_id, id=draft_id).execute()

        try:
            await run_bounded(delete, bound=self.timeout, what="gmail drafts.delete")
        except GoogleNotFound:
            return  # already gone: the outcome the caller wanted


CredentialsLoader = Callable[[Connection, User], Awaitable[Credentials]]


class GoogleMailboxFactory:
    """The mailbox factory for provider "google" (`providers.registry`).

    `load_credentials` turns a stored connection into Google credentials (decrypting its token
    set, refreshing when needed, raising ReauthRequired when the grant is gone): that belongs to
    the mailbox connect flow. Once it exists:
    `registry.register("google", GoogleMailboxFactory(settings, load_credentials))`.
    The worker may pass a longer `timeout` than the add-on's interactive bound.
    """

    def __init__(
        self,
        settings: Settings,
        load_credentials: CredentialsLoader,
        *,
        timeout: float | None = None,
    ) -> None:
        self._settings = settings
        self._load = load_credentials
        self.timeout = timeout

    async def __call__(self, connection: Connection | None, user: User) -> GoogleMailbox:
        if connection is None:
            raise ReauthRequired("no Google mailbox is connected")
        credentials = await self._load(connection, user)
        return GoogleMailbox(credentials, settings=self._settings, timeout=self.timeout)
