"""An IMAP mailbox: drafts appended to the Drafts folder of any IMAP account (Gmail and iCloud
with an app password, Fastmail, Dovecot ...), through imapclient.

    account = parse_imap_url("imaps://sam@imap.example.com")    # or imap://…:143 (STARTTLS)
    mailbox = ImapMailbox(account, password)                      # implements base.Mailbox
    await mailbox.check()   # log in and find (or create) the drafts folder; its name
    await mailbox.close()

Transport: `imaps://` is TLS from the first byte (port 993); `imap://` upgrades with STARTTLS
(port 143). Plain text is used only to a loopback host whose server offers no STARTTLS;
anywhere else a missing STARTTLS is refused before the password is sent. Certificates are
verified against the system's trust store (OpenSSL's SSL_CERT_FILE applies).

Drafts folder: the one LIST marks `\\Drafts` (RFC 6154 SPECIAL-USE), else the first of the
common names, else "Drafts" is created (under the personal namespace's prefix when the server
has one).

Exactly once: each draft carries `X-RightNote-Key` and a Message-ID made from its key
(app.providers.maildir.build_message, shared with the Maildir writer). Before an APPEND, and
again after any reconnect, `UID SEARCH` looks for an earlier copy by either header; HEADER
search matches substrings, so the candidates' headers are fetched and compared exactly. A
connection dropped mid-APPEND may or may not have stored the message: the one reconnect
searches first, so the retry finds it instead of appending a second copy.

Login: a password (or app password) with LOGIN, or SASL XOAUTH2 (`auth="xoauth2"`, needed by
Outlook.com and Microsoft 365, accepted by Gmail) with an OAuth 2 access token. The token comes
from a `TokenSource`: a fixed token, or `RefreshingToken`, which trades a stored refresh token
at the provider's token endpoint (RFC 6749 section 6) and keeps the access token until shortly
before it expires. The token is fetched on each new connection, so a reconnect after expiry
uses a fresh one.

Errors (app.providers.base): a refused login is `ReauthRequired` and latches: later calls on
this mailbox fail at once without contacting the server, so a wrong password costs one login
attempt, never a storm. A dropped connection or timeout is retried once on a fresh connection,
then `ProviderUnavailable`. Every socket operation has a timeout. The password is kept only in
memory and never logged (imapclient redacts LOGIN from its debug log; its debug log of message
bodies is silenced below).
"""

from __future__ import annotations

import asyncio
import contextlib
import imaplib
import ipaddress
import logging
import re
import ssl
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from typing import Any, Literal, Protocol, TypeVar
from urllib.parse import quote, unquote, urlsplit

from imapclient import IMAPClient
from imapclient.exceptions import LoginError
from imapclient.imapclient import DELETED, DRAFT, SEEN, SocketTimeout

from app.errors import BadRequest, ProviderError, ProviderUnavailable, ReauthRequired
from app.providers.base import CreatedDraft, OutgoingDraft
from app.providers.maildir import POLICY, PREFIX, build_message, message_id
from app.providers.mime import KEY_HEADER

IMAP_PROVIDER = "imap"
DEFAULT_PORTS = {"tls": 993, "starttls": 143}
# Where servers without SPECIAL-USE keep drafts: most, Gmail, Courier/Cyrus-style, a few.
COMMON_DRAFTS = ("Drafts", "[Gmail]/Drafts", "[Google Mail]/Drafts", "INBOX.Drafts", "Draft")
CONNECT_TIMEOUT = 15.0
READ_TIMEOUT = 60.0

_KEY = re.compile(r"^[A-Za-z0-9_.-]{1,128}$")
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)
# RFC 5530 response codes that say "try again later", not "this will never work".
_TRANSIENT_CODES = ("UNAVAILABLE", "SERVERBUG", "INUSE", "LIMIT")

# imapclient logs every line it sends at DEBUG, APPEND literals included: the notes' bodies
# must not reach a log, whatever level the application runs at.
logging.getLogger("imapclient.imaplib").setLevel(logging.INFO)
log = logging.getLogger("rightnote.imap")

T = TypeVar("T")
Security = Literal["tls", "starttls"]
AuthMethod = Literal["password", "xoauth2"]
# A token is renewed this long before the expiry its endpoint stated (clock skew, slow logins).
TOKEN_MARGIN = 120.0
TOKEN_RESPONSE_LIMIT = 64 * 1024


class TokenSource(Protocol):
    """An OAuth 2 access token for XOAUTH2; called from the IMAP thread, may block."""

    def token(self) -> str: ...


@dataclass(frozen=True, slots=True)
class FixedToken:
    """An access token given as is (RIGHTNOTE_IMAP_OAUTH2_TOKEN or the keyring)."""

    value: str

    def __repr__(self) -> str:  # never the token
        return "FixedToken(...)"

    def token(self) -> str:
        return self.value


class RefreshingToken:
    """Access tokens from a refresh token at the provider's token endpoint (the user's own app
    registration: client id, and a client secret only for confidential clients)."""

    def __init__(
        self,
        token_url: str,
        client_id: str,
        refresh_token: str,
        *,
        client_secret: str | None = None,
        scope: str | None = None,
        timeout: float = 20.0,
        clock: Callable[[], float] | None = None,
        transport: Any = None,
    ) -> None:
        parts = urlsplit(token_url)
        if parts.scheme != "https" and not (
            parts.scheme == "http" and is_loopback(parts.hostname or "")
        ):
            raise BadRequest("the OAuth 2 token endpoint must be an https:// URL")
        self.token_url = token_url
        self._client_id = client_id
        self._refresh = refresh_token
        self._secret = client_secret
        self._scope = scope
        self._timeout = timeout
        self._transport = transport
        import time

        self._clock = clock or time.monotonic
        self._access: str | None = None
        self._until = 0.0

    def __repr__(self) -> str:  # never a token
        return f"RefreshingToken({self.token_url!r})"

    def token(self) -> str:
        if self._access is not None and self._clock() < self._until:
            return self._access
        import httpx

        form = {
            "grant_type": "refresh_token",
            "refresh_token": self._refresh,
            "client_id": self._client_id,
        }
        if self._secret:
            form["client_secret"] = self._secret
        if self._scope:
            form["scope"] = self._scope
        try:
            with (
                httpx.Client(timeout=self._timeout, transport=self._transport) as http,
                http.stream(
                    "POST", self.token_url, data=form, headers={"Accept": "application/json"}
                ) as answer,
            ):
                # Read at most the limit (+1 to notice an oversized answer), never all of it.
                body = b""
                for chunk in answer.iter_bytes():
                    body += chunk
                    if len(body) > TOKEN_RESPONSE_LIMIT:
                        break
        except httpx.HTTPError as exc:
            raise ProviderUnavailable(
                f"the token endpoint did not answer: {type(exc).__name__}"
            ) from None
        if answer.status_code >= 500 or answer.status_code == 429:
            raise ProviderUnavailable(f"the token endpoint answered {answer.status_code}")
        data = _json_object(body)
        if answer.status_code == 200 and not isinstance(data.get("access_token"), str):
            # Oversized, HTML from a captive portal, or truncated: not a verdict on the token.
            raise ProviderUnavailable("the token endpoint's answer held no access token")
        if answer.status_code != 200 or not isinstance(data.get("access_token"), str):
            # invalid_grant: the refresh token was revoked or expired; only the user can fix it.
            error = str(data.get("error") or answer.status_code)[:80]
            raise ReauthRequired(
                f"the token endpoint refused the refresh token ({error}): store a new one with "
                "`rightnote secret set imap-oauth2-refresh`"
            )
        self._access = str(data["access_token"])
        if isinstance(data.get("refresh_token"), str):
            self._refresh = str(data["refresh_token"])  # rotated (Microsoft does)
        lifetime = data.get("expires_in")
        seconds = float(lifetime) if isinstance(lifetime, int | float) else 3600.0
        self._until = self._clock() + max(seconds - TOKEN_MARGIN, 0.0)
        return self._access


def _json_object(body: bytes) -> dict[str, Any]:
    import json

    if len(body) > TOKEN_RESPONSE_LIMIT:
        return {}
    try:
        data = json.loads(body)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


@dataclass(frozen=True, slots=True)
class ImapAccount:
    """Where the mailbox is; no secret in here (it is stored as the connection's subject)."""

    username: str
    host: str
    port: int
    security: Security

    @property
    def url(self) -> str:
        scheme = "imaps" if self.security == "tls" else "imap"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{quote(self.username, safe='@')}@{host}:{self.port}"

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_imap_url(url: str) -> ImapAccount:
    """`imaps://USER@HOST[:PORT]` or `imap://USER@HOST[:PORT]` (STARTTLS); BadRequest if not."""
    example = "e.g. imaps://you@example.com@imap.example.com or imap://you@127.0.0.1:1143"
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        # Not the address itself: it may hold a password.
        raise BadRequest(f"--imap is not an IMAP address: bad host or port ({example})") from None
    schemes: dict[str, Security] = {"imaps": "tls", "imap": "starttls"}
    security = schemes.get(parts.scheme.lower())
    if security is None:
        raise BadRequest(f"--imap must start with imaps:// or imap:// ({example})")
    if parts.password is not None:
        raise BadRequest(
            "--imap must not hold the password (it would stay in your shell history): "
            "set RIGHTNOTE_IMAP_PASSWORD instead"
        )
    # The user name may itself be an address: the last "@" separates it from the host.
    userinfo, at, _ = parts.netloc.rpartition("@")
    host = parts.hostname
    if not at or not userinfo or not host:
        raise BadRequest(f"--imap {url!r} needs a user name and a host ({example})")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise BadRequest(f"--imap {url!r}: give only the user, host and port ({example})")
    username = unquote(userinfo)
    if any(ch in username for ch in "\r\n\x00"):
        raise BadRequest("--imap: the user name holds a control character")
    return ImapAccount(username, host, port or DEFAULT_PORTS[security], security)


def tls_context() -> ssl.SSLContext:
    # Verified, TLS 1.2 or later; the system store (SSL_CERT_FILE / SSL_CERT_DIR apply).
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


class ImapMailbox:
    """Drafts in an IMAP account's drafts folder; one connection, reused and reopened."""

    def __init__(
        self,
        account: ImapAccount,
        password: str | None = None,
        *,
        oauth2: TokenSource | None = None,
        ssl_context: ssl.SSLContext | None = None,
        connect_timeout: float = CONNECT_TIMEOUT,
        read_timeout: float = READ_TIMEOUT,
        folder: str | None = None,
    ) -> None:
        if (password is None) == (oauth2 is None):
            raise ValueError("ImapMailbox needs a password or an OAuth 2 token source")
        self.account = account
        self._password = password
        self._oauth2 = oauth2
        self._context = ssl_context or tls_context()
        self._timeout = SocketTimeout(connect=connect_timeout, read=read_timeout)
        self._folder = folder
        self._client: IMAPClient | None = None
        self._refused: str | None = None  # set once the server refused the login
        self._lock = threading.Lock()  # one command at a time on the one connection

    def __repr__(self) -> str:  # never the password
        return f"ImapMailbox({self.account.url!r})"

    # --- the Mailbox interface -----------------------------------------------------------------

    async def find_draft(self, idempotency_key: str) -> CreatedDraft | None:
        if not _KEY.match(idempotency_key):
            return None
        return await self._run(lambda client: self._find(client, idempotency_key))

    async def create_draft(self, draft: OutgoingDraft) -> CreatedDraft:
        data = build_message(draft).as_bytes(policy=POLICY)
        return await self._run(lambda client: self._create(client, draft.idempotency_key, data))

    async def delete_draft(self, draft_id: str) -> None:
        key = draft_id.removeprefix(PREFIX)
        if not draft_id.startswith(PREFIX) or not _KEY.match(key):
            raise ProviderError("not a draft id of this mailbox")
        await self._run(lambda client: self._delete(client, key))

    async def check(self) -> str:
        """Log in and find (or create) the drafts folder: its name. Errors as for the rest."""
        return await self._run(self._drafts)

    async def close(self) -> None:
        await asyncio.to_thread(self._locked_drop, True)

    @property
    def auth(self) -> AuthMethod:
        return "password" if self._oauth2 is None else "xoauth2"

    @property
    def refused(self) -> str | None:
        """Why the server refused the login (then every call fails at once), else None."""
        return self._refused

    # --- connection handling -------------------------------------------------------------------

    async def _run(self, op: Callable[[IMAPClient], T]) -> T:
        return await asyncio.to_thread(self._call, op)

    def _call(self, op: Callable[[IMAPClient], T]) -> T:
        with self._lock:
            for attempt in (1, 2):
                if self._refused is not None:
                    raise ReauthRequired(self._refused)
                try:
                    return op(self._connected())
                except ssl.SSLCertVerificationError as exc:
                    self._drop(False)
                    raise ProviderError(
                        f"the certificate of {self.account.host} is not trusted "
                        f"({exc.verify_message}); refusing to log in"
                    ) from None
                except (OSError, EOFError, imaplib.IMAP4.abort) as exc:
                    # Dropped, reset or timed out: the command may or may not have run. One
                    # more try on a fresh connection, whose operation searches before it writes.
                    self._drop(False)
                    if attempt == 2:
                        raise ProviderUnavailable(
                            f"the IMAP server {self.account.host} did not answer: "
                            f"{_brief(exc) or type(exc).__name__}"
                        ) from None
                    log.info("imap.reconnect", extra={"host": self.account.host})
                except imaplib.IMAP4.error as exc:
                    self._drop(False)
                    text = _brief(exc)
                    if any(f"[{code}" in text.upper() for code in _TRANSIENT_CODES):
                        raise ProviderUnavailable(f"the IMAP server said: {text}") from None
                    raise ProviderError(f"the IMAP server said: {text}") from None
        raise AssertionError("unreachable")

    def _connected(self) -> IMAPClient:
        if self._client is not None:
            return self._client
        account = self.account
        client = IMAPClient(
            account.host,
            port=account.port,
            ssl=account.security == "tls",
            ssl_context=self._context,
            timeout=self._timeout,
        )
        try:
            if account.security == "starttls":
                if client.has_capability("STARTTLS"):
                    client.starttls(self._context)
                elif not account.loopback:
                    raise ProviderError(
                        f"{account.host} offers no STARTTLS: refusing to send the password in "
                        "plain text (use imaps://, or a server that offers STARTTLS)"
                    )
            try:
                if self._oauth2 is not None:
                    client.oauth2_login(account.username, self._bearer())
                else:
                    assert self._password is not None
                    client.login(account.username, self._password)
            except LoginError as exc:
                text = _brief(exc)
                if any(f"[{code}" in text.upper() for code in _TRANSIENT_CODES):
                    raise ProviderUnavailable(f"the IMAP server cannot log in: {text}") from None
                if self._oauth2 is not None:
                    hint = (
                        "the OAuth 2 access token was not accepted (expired, revoked, or without "
                        "the IMAP scope): set a new RIGHTNOTE_IMAP_OAUTH2_TOKEN or refresh token"
                    )
                else:
                    hint = (
                        "check RIGHTNOTE_IMAP_PASSWORD (Gmail, iCloud and Yahoo need an app "
                        "password)"
                    )
                self._refused = (
                    f"the IMAP server {account.host} refused the login of {account.username}: "
                    + hint
                )
                log.warning("imap.login_refused", extra={"host": account.host})
                raise ReauthRequired(self._refused) from None
        except BaseException:
            _quietly(client.shutdown)
            raise
        self._client = client
        return client

    def _bearer(self) -> str:
        assert self._oauth2 is not None
        try:
            return self._oauth2.token()
        except ReauthRequired as exc:
            self._refused = str(exc.detail)  # a refused refresh token latches like a password
            raise

    def _locked_drop(self, polite: bool) -> None:
        with self._lock:
            self._drop(polite)

    def _drop(self, polite: bool) -> None:
        client, self._client = self._client, None
        if client is not None:
            _quietly(client.logout if polite else client.shutdown)
            if polite:
                _quietly(client.shutdown)

    # --- operations, on a logged-in connection -------------------------------------------------

    def _drafts(self, client: IMAPClient) -> str:
        if self._folder is None:
            self._folder = _find_drafts(client) or _create_drafts(client)
        return self._folder

    def _select(self, client: IMAPClient) -> int:
        folder = self._drafts(client)
        try:
            info = client.select_folder(folder)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error:
            # Gone since we found it (deleted by the user): look again once.
            self._folder = None
            folder = self._drafts(client)
            info = client.select_folder(folder)
        return int(info.get(b"UIDVALIDITY", 0))

    def _uids(self, client: IMAPClient, key: str) -> tuple[int, list[int]]:
        """The folder's UIDVALIDITY and the UIDs of its live messages that carry exactly this
        key."""
        uidvalidity = self._select(client)
        mid = message_id(key)
        candidates = client.search(
            ["UNDELETED", "OR", "HEADER", KEY_HEADER, key, "HEADER", "Message-ID", mid]
        )
        if not candidates:
            return uidvalidity, []
        wanted = f"BODY.PEEK[HEADER.FIELDS ({KEY_HEADER} MESSAGE-ID)]"
        found = []
        for uid, data in client.fetch(candidates, [wanted]).items():
            raw = next((v for k, v in data.items() if k.startswith(b"BODY[HEADER")), b"")
            headers = BytesHeaderParser().parsebytes(raw if isinstance(raw, bytes) else b"")
            if str(headers.get(KEY_HEADER, "")).strip() == key or (
                str(headers.get("Message-ID", "")).strip() == mid
            ):
                found.append(int(uid))
        return uidvalidity, sorted(found)

    def _found(self, client: IMAPClient, key: str, uidvalidity: int, uid: int) -> CreatedDraft:
        # An RFC 5092 IMAP URL of the message.
        folder = quote(self._drafts(client))
        link = f"{self.account.url}/{folder};UIDVALIDITY={uidvalidity}/;UID={uid}"
        return CreatedDraft(draft_id=PREFIX + key, link=link)

    def _find(self, client: IMAPClient, key: str) -> CreatedDraft | None:
        uidvalidity, uids = self._uids(client, key)
        if not uids:
            return None
        return self._found(client, key, uidvalidity, uids[0])

    def _create(self, client: IMAPClient, key: str, data: bytes) -> CreatedDraft:
        existing = self._find(client, key)
        if existing is not None:
            return existing  # an earlier attempt's APPEND did land
        folder = self._drafts(client)
        answer = client.append(folder, data, flags=(DRAFT, SEEN))
        match = _APPENDUID.search(answer if isinstance(answer, bytes) else b"")
        if match:  # UIDPLUS (RFC 4315)
            return self._found(client, key, int(match.group(1)), int(match.group(2)))
        found = self._find(client, key)
        return found or CreatedDraft(draft_id=PREFIX + key)

    def _delete(self, client: IMAPClient, key: str) -> None:
        _, uids = self._uids(client, key)
        if not uids:
            return
        client.add_flags(uids, [DELETED])
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        # Without UIDPLUS a plain EXPUNGE would also remove what the user flagged for deletion:
        # the draft stays flagged \Deleted (hidden by most clients) until they expunge.


def _find_drafts(client: IMAPClient) -> str | None:
    folders = client.list_folders()
    # RFC 6154 lets a SPECIAL-USE server leave the attributes off a plain LIST ("MAY include"):
    # ask for them before guessing by name, or a localized drafts folder ('[Gmail]/Brouillons')
    # is missed and a second "Drafts" the user's client does not treat as drafts is created.
    for flags, _, name in [*folders, *_special_use_folders(client, folders)]:
        if _has(flags, DRAFT_FLAG) and not _has(flags, b"\\Noselect"):
            return str(name)
    by_name = {str(name).lower(): str(name) for flags, _, name in folders}
    for common in COMMON_DRAFTS:
        if common.lower() in by_name:
            return by_name[common.lower()]
    return None


def _special_use_folders(client: IMAPClient, plain: list[Any]) -> list[Any]:
    """`LIST (SPECIAL-USE) "" "*"` (RFC 6154 section 3): the mailboxes with a special use and
    their attributes; [] when the plain LIST already showed a `\\Drafts` or the server lacks
    the extension or refuses the command."""
    if any(_has(flags, DRAFT_FLAG) for flags, _, _ in plain):
        return []
    if not client.has_capability("SPECIAL-USE"):
        return []
    imap = client._imap
    try:
        kind, data = imap._simple_command("LIST", "(SPECIAL-USE)", '""', '"*"')
        if kind != "OK":
            return []
        kind, data = imap._untagged_response(kind, data, "LIST")
    except imaplib.IMAP4.abort:
        raise
    except imaplib.IMAP4.error:
        return []  # BAD or NO: the server does not take the selection option after all
    found: list[Any] = client._proc_folder_list(data)
    return found


def _create_drafts(client: IMAPClient) -> str:
    prefix = ""
    if client.has_capability("NAMESPACE"):
        personal = client.namespace().personal
        if personal:
            prefix = str(personal[0][0] or "")
    name = f"{prefix}Drafts"
    try:
        client.create_folder(name)
    except imaplib.IMAP4.abort:
        raise
    except imaplib.IMAP4.error as exc:
        raise ProviderError(
            f"the account has no drafts folder and creating {name!r} failed: {_brief(exc)}"
        ) from None
    _quietly(lambda: client.subscribe_folder(name))
    log.info("imap.drafts_created")
    return name


DRAFT_FLAG = b"\\Drafts"


def _has(flags: Iterable[Any], wanted: bytes) -> bool:
    return any(
        (f if isinstance(f, bytes) else str(f).encode()).lower() == wanted.lower() for f in flags
    )


def _brief(exc: BaseException) -> str:
    text = str(exc)
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    return " ".join(text.split())[:300]


def _quietly(action: Callable[[], object]) -> None:
    # Closing a connection that may already be broken.
    with contextlib.suppress(Exception):
        action()
