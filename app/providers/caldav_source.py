"""A CalDAV collection (RFC 4791) read incrementally with sync-collection (RFC 6578).

    calendar = CalDavCalendar("caldav+https://sam@caldav.example/dav/cal/", password="...")
    await calendar.interviews(me=[...], timezone="Europe/Paris")
    calendar.changed      # False when the server reported no change since the last call
    calendar.sync_token   # the token the next call sends
    await calendar.aclose()

The first call is a full sync (an empty sync-token: every member's href and ETag), and the
members' iCalendar data is fetched with calendar-multiget in batches. Later calls send the
token and fetch only what was added or changed; removed hrefs leave the object's cache. A token
the server no longer knows (403/412 DAV:valid-sync-token, or a bare 500 from the servers that
cannot parse it) means one full resync. A server
without sync-collection is read in full each time, its ETags telling whether anything changed.

Each member is parsed through app/calendar on its own (a CalDAV resource holds one event with
its overrides), under the same byte cap as a file; the collection is capped in members and in
bytes. Parses are cached per href and version, so a poll that changed one event parses one.

The `caldav` library is synchronous: all of its I/O runs in a worker thread, one sync at a time,
with a socket timeout and an overall deadline. 401/403 → ReauthRequired, once: the source then
answers ReauthRequired without calling the server again (a wrong password is not retried every
poll). Unreachable, timeout, 5xx → ProviderUnavailable.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from app.calendar.interviews import DEFAULT_MAX_BYTES, extract_interviews
from app.calendar.model import Interview
from app.errors import (
    PayloadTooLarge,
    ProviderError,
    ProviderUnavailable,
    ReauthRequired,
)
from app.providers.base import ProviderBusy, bounded_wait
from app.providers.netguard import (
    ALLOW_HINT,
    BlockedAddress,
    Resolver,
    checked_addresses,
    describe_failure,
    literal_address,
    refusal,
)

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_SECONDS = 30.0
# A candidate's calendar is a few thousand events at most; far beyond that is not a calendar
# we should hold in memory.
MAX_OBJECTS = 10_000
MAX_COLLECTION_BYTES = 8 * DEFAULT_MAX_BYTES
MULTIGET_BATCH = 100

_VALID_SYNC_TOKEN = "{DAV:}valid-sync-token"  # noqa: S105 - an XML element name


@dataclass(frozen=True, slots=True)
class CalDavLocation:
    url: str  # https://host[:port]/path/ — no user, no password
    user: str
    host: str
    port: int

    @property
    def subject(self) -> str:
        parts = urlsplit(self.url)
        return urlunsplit(("caldav+" + parts.scheme, parts.netloc, parts.path, "", ""))


def _is_loopback_host(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_location(location: str) -> CalDavLocation:
    """caldav+https://USER@HOST[:PORT]/PATH → its parts; ProviderError when it is not one."""
    parts = urlsplit(location.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("caldav+https", "caldav+http"):
        raise ProviderError("a CalDAV calendar is written caldav+https://USER@HOST/PATH")
    if parts.password is not None:
        raise ProviderError(
            "put the CalDAV password in RIGHTNOTE_CALDAV_PASSWORD (or the keyring), "
            "not in the calendar address"
        )
    host = parts.hostname or ""
    if not host or not parts.username:
        raise ProviderError("a CalDAV calendar is written caldav+https://USER@HOST/PATH")
    try:
        port = parts.port or (443 if scheme == "caldav+https" else 80)
    except ValueError:
        raise ProviderError("the CalDAV address has an invalid port") from None
    if scheme == "caldav+http" and not _is_loopback_host(host):
        raise ProviderError("CalDAV without TLS (caldav+http://) is allowed only to localhost")
    http_scheme = scheme.removeprefix("caldav+")
    netloc = f"[{host}]" if ":" in host else host
    if parts.port:
        netloc = f"{netloc}:{parts.port}"
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    url = urlunsplit((http_scheme, netloc, path, "", ""))
    return CalDavLocation(url=url, user=unquote(parts.username), host=host, port=port)


@dataclass(slots=True)
class _SyncResult:
    token: str | None
    full: bool  # the result replaces the cache rather than updating it
    data: dict[str, bytes] = field(default_factory=dict)  # href → iCalendar of changed members
    deleted: set[str] = field(default_factory=set)
    reports: int = 0  # sync-collection REPORTs sent (observability)


@dataclass(frozen=True, slots=True)
class _Parsed:
    data: bytes
    key: tuple[object, ...]
    interviews: tuple[Interview, ...]
    warnings: tuple[str, ...]


class CalDavCalendar:
    def __init__(
        self,
        location: str,
        *,
        password: str | None,
        allow_private: bool = False,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_objects: int = MAX_OBJECTS,
        max_collection_bytes: int = MAX_COLLECTION_BYTES,
        resolver: Resolver | None = None,
    ) -> None:
        self.location = parse_location(location)
        if not password:
            raise ProviderError(
                "a CalDAV calendar needs a password: set RIGHTNOTE_CALDAV_PASSWORD "
                "(an app password for iCloud and Fastmail)"
            )
        self._password = password
        self.allow_private = allow_private
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_objects = max_objects
        self.max_collection_bytes = max_collection_bytes
        self.resolver = resolver
        self.sync_token: str | None = None
        self.full_syncs = 0  # how many times the whole collection was read
        self._events: dict[str, bytes] = {}
        self._parsed: dict[str, _Parsed] = {}
        self._changed = True
        self._reauth: ReauthRequired | None = None
        self._client: Any = None
        self._calendar: Any = None
        self._sync_supported = True
        # The sync-token the server last answered with a bare 500 (None once a round succeeds).
        self._token_failed: str | None = None
        # The caldav client is not thread-safe, and a timed-out sync may still be running.
        self._lock = threading.Lock()

    @property
    def subject(self) -> str:
        return self.location.subject

    @property
    def changed(self) -> bool:
        return self._changed

    async def aclose(self) -> None:
        client, self._client, self._calendar = self._client, None, None
        if client is not None:
            await asyncio.to_thread(_close_quietly, client)

    # --- the sync --------------------------------------------------------------------------

    async def interviews(
        self,
        *,
        me: Sequence[str],
        timezone: str,
        window: tuple[datetime, datetime] | None = None,
        warnings: list[str] | None = None,
    ) -> list[Interview]:
        """The interviews of the whole collection, earliest first."""
        await self.sync()
        key = (tuple(me), timezone, window)
        stale = {
            href: data
            for href, data in self._events.items()
            if (p := self._parsed.get(href)) is None or p.data != data or p.key != key
        }
        if stale:
            # CPU-bound; each member is bounded by the calendar limits (app/calendar/limits.py).
            fresh = await asyncio.to_thread(self._parse_members, stale, me, timezone, window, key)
            self._parsed.update(fresh)
        for href in [h for h in self._parsed if h not in self._events]:
            del self._parsed[href]
        found: list[Interview] = []
        for href in sorted(self._events):
            parsed = self._parsed[href]
            found.extend(parsed.interviews)
            if warnings is not None:
                warnings.extend(parsed.warnings)
        found.sort(key=lambda i: (i.start is None, i.start.timestamp() if i.start else 0.0))
        return found

    def _parse_members(
        self,
        members: dict[str, bytes],
        me: Sequence[str],
        timezone: str,
        window: tuple[datetime, datetime] | None,
        key: tuple[object, ...],
    ) -> dict[str, _Parsed]:
        out: dict[str, _Parsed] = {}
        for href, data in members.items():
            notes: list[str] = []
            try:
                result = extract_interviews(
                    data,
                    format="ics",
                    me=me,
                    timezone=timezone,
                    window=window,
                    max_bytes=self.max_bytes,
                    warnings=notes,
                )
            except Exception as exc:
                detail = getattr(exc, "detail", None) or type(exc).__name__
                notes.append(f"{href.rsplit('/', 1)[-1]}: skipped ({detail})")
                result = []
            out[href] = _Parsed(data, key, tuple(result), tuple(notes))
        return out

    async def sync(self) -> None:
        """Bring the cache up to date with the server; sets `changed`."""
        if self._reauth is not None:
            raise ReauthRequired(self._reauth.detail)
        if not self.allow_private:
            try:
                check = checked_addresses(
                    self.location.host, self.location.port, resolver=self.resolver
                )
                await asyncio.wait_for(check, self.timeout)
            except TimeoutError:
                raise ProviderUnavailable(f"cannot resolve {self.location.host}") from None
            except BlockedAddress:
                raise
            except Exception as exc:
                raise ProviderUnavailable(
                    f"cannot reach {self.subject}: {describe_failure(exc)}"
                ) from None
        token = self.sync_token
        try:
            # The socket timeout bounds each request; this bounds the whole sync.
            result = await asyncio.wait_for(
                asyncio.to_thread(self._sync_in_thread, token), self.timeout * 2
            )
        except TimeoutError:
            raise ProviderUnavailable(
                f"{self.subject} did not answer within {self.timeout * 2:g} s"
            ) from None
        self._apply(result)

    def _apply(self, result: _SyncResult) -> None:
        if not result.full:
            # The fetch capped what it brought; the cap holds for the cache it is added to.
            kept = {h: d for h, d in self._events.items() if h not in result.deleted}
            kept.update(result.data)
            if len(kept) > self.max_objects:
                raise PayloadTooLarge(f"{self.subject} has more than {self.max_objects:,} events")
            if sum(len(d) for d in kept.values()) > self.max_collection_bytes:
                raise PayloadTooLarge(
                    f"{self.subject} holds more than {self.max_collection_bytes:,} bytes of events"
                )
        if result.full:
            self._changed = result.data != self._events or self.sync_token is None
            self._events = dict(result.data)
            self.full_syncs += 1
        else:
            before = len(self._events)
            changed = False
            for href in result.deleted:
                changed |= self._events.pop(href, None) is not None
            for href, data in result.data.items():
                changed |= self._events.get(href) != data
                self._events[href] = data
            self._changed = changed or len(self._events) != before
        self.sync_token = result.token

    # --- in the worker thread --------------------------------------------------------------

    def _sync_in_thread(self, token: str | None) -> _SyncResult:
        # Not a blocking wait: a sync that outlived its deadline still holds the lock, and each
        # poll queuing a thread behind it would use up the default executor (which the IMAP
        # and parsing threads share) while the server stays stuck.
        if not self._lock.acquire(blocking=False):
            raise ProviderUnavailable(f"{self.subject}: the previous read has not finished yet")
        try:
            return self._sync_locked(token)
        except (ReauthRequired, ProviderError, PayloadTooLarge):
            raise
        except Exception as exc:
            raise self._map_error(exc) from None
        finally:
            self._lock.release()

    def _map_error(self, exc: Exception) -> Exception:
        from caldav.lib import error as dav_error

        status = getattr(exc, "status", None)
        if isinstance(exc, dav_error.AuthorizationError) or status in (401, 403):
            self._reauth = ReauthRequired(
                f"{self.subject} refused the user name or password ({status or 'unauthorized'}); "
                "set a new app password"
            )
            return self._reauth
        if isinstance(exc, dav_error.NotFoundError) or status == 404:
            return ProviderError(f"there is no calendar at {self.subject}")
        if isinstance(exc, dav_error.RateLimitError) or status == 429:
            wait = bounded_wait(getattr(exc, "retry_after_seconds", None))
            return ProviderBusy(f"{self.subject} asked us to slow down", retry_after=wait)
        if isinstance(exc, dav_error.DAVError):
            if status is None or status >= 500:
                return ProviderUnavailable(f"{self.subject} failed ({exc.reason})")
            return ProviderError(f"{self.subject} answered {status} ({exc.reason})")
        if type(exc).__name__ == "TooManyRedirects":
            return ProviderError(
                f"{self.subject} redirects elsewhere; give the collection's own address"
            )
        # niquests/urllib3 connection errors, socket timeouts, TLS failures.
        return ProviderUnavailable(f"cannot reach {self.subject}: {describe_failure(exc)}")

    def _connect(self) -> Any:
        if self._calendar is None:
            from caldav.davclient import DAVClient

            self._client = DAVClient(
                url=self.location.url,
                username=self.location.user,
                password=self._password,
                timeout=max(1, round(self.timeout)),
                # The address names the collection: no DNS SRV / .well-known discovery.
                enable_rfc6764=False,
            )
            if not self.allow_private:
                self._guard(self._client.session)
            self._cap(self._client.session)
            self._calendar = self._client.calendar(url=self.location.url)
        return self._calendar

    def response_cap(self) -> int:
        # One answer (a sync REPORT or a multiget batch) never needs to be much more than what
        # the whole collection may hold; XML and encoding overhead are the slack.
        return 2 * self.max_collection_bytes + 64 * 1024

    def _cap(self, session: Any) -> None:
        """Read every answer under a byte cap, so a server cannot make us hold gigabytes.

        The library reads each answer whole after niquests' `response` hook has run; the hook
        reads the body first, in chunks, and stops at the cap (the library then finds the
        content already read)."""

        def capped(response: Any, **_: Any) -> Any:
            limit = self.response_cap()
            declared = response.headers.get("Content-Length")
            if declared is not None and declared.isdigit() and int(declared) > limit:
                response.close()
                raise PayloadTooLarge(
                    f"{self.subject} answered with {int(declared):,} bytes, more than "
                    f"the {limit:,} bytes a calendar read may take"
                )
            body = bytearray()
            for chunk in response.iter_content(64 * 1024):
                body += chunk
                if len(body) > limit:
                    response.close()
                    raise PayloadTooLarge(
                        f"{self.subject} answered with more than the {limit:,} bytes a "
                        "calendar read may take"
                    )
            response._content = bytes(body)  # what `.content` returns from now on
            return response

        session.hooks["response"].append(capped)

    def _guard(self, session: Any) -> None:
        """Check the address each request is really connected to, before it is sent.

        The check before the sync resolves the name once; the library resolves it again when
        it connects. niquests tells which address a connection reached (`conn_info`) in its
        `pre_send` hook, before any byte of the request (and its Authorization) goes out, so a
        DNS answer that changed in between is caught there. It does not run for redirect hops,
        so redirects are not followed at all: a collection URL has no reason to redirect."""
        subject = self.subject

        def check(request: Any, **_: Any) -> None:
            info = getattr(request, "conn_info", None)
            peer = getattr(info, "destination_address", None)
            if not peer:
                raise BlockedAddress(f"cannot tell which address {subject} connected to")
            address = literal_address(str(peer[0]))
            reason = refusal(address) if address is not None else "unknown"
            if reason:
                raise BlockedAddress(
                    f"{subject} connected to a {reason} address ({peer[0]}); calendars are "
                    "read only from public addresses unless private ones are allowed "
                    f"({ALLOW_HINT})"
                )

        session.hooks["pre_send"].append(check)
        session.max_redirects = 0

    def _sync_locked(self, token: str | None) -> _SyncResult:
        calendar = self._connect()
        if not self._sync_supported:
            return self._read_everything(calendar)
        from caldav.lib import error as dav_error

        result = _SyncResult(token=None, full=token is None)
        try:
            answer = calendar.get_objects_by_sync_token(
                token, load_objects=False, disable_fallback=True
            )
            result.reports += 1
        except dav_error.DAVError as exc:
            status = getattr(exc, "status", None)
            if token is not None and (_VALID_SYNC_TOKEN in exc.preconditions or status == 412):
                log.info("caldav.sync_token_expired", extra={"calendar": self.subject})
                return self._sync_locked(None)
            if token is not None and status == 500 and not exc.preconditions:
                # Xandikos and CCS answer a token they cannot parse with a bare 500 (caldav's
                # compatibility hints, sync-token.invalid-token "ungraceful"); sent again, it
                # fails on every poll for ever. But a server under load answers a bare 500 too,
                # and to it a full read is the costliest request: only a token refused on two
                # polls in a row is taken as unreadable. A server that is really broken fails
                # the full read too, and is unavailable.
                if self._token_failed != token:
                    self._token_failed = token
                    raise
                self._token_failed = None
                log.info("caldav.sync_token_refused", extra={"calendar": self.subject})
                return self._sync_locked(None)
            if token is None and isinstance(exc, dav_error.ReportError) and not exc.status:
                # The server has no sync-collection REPORT: read the collection each time.
                self._sync_supported = False
                return self._read_everything(calendar)
            raise
        deleted = {str(url) for url in answer.deleted_urls}
        wanted = [obj.url for obj in answer.objects if str(obj.url.canonical()) not in deleted]
        members = len(wanted) if token is None else len(wanted) + len(self._events)
        if members > self.max_objects:
            raise PayloadTooLarge(
                f"{self.subject} has more than {self.max_objects:,} events; "
                "use a smaller calendar for interviews"
            )
        self._token_failed = None
        result.token = answer.sync_token
        result.deleted = {self._href(url) for url in answer.deleted_urls}
        result.data = self._multiget(calendar, wanted)
        return result

    def _read_everything(self, calendar: Any) -> _SyncResult:
        objects = calendar.search(event=True)
        if len(objects) > self.max_objects:
            raise PayloadTooLarge(f"{self.subject} has more than {self.max_objects:,} events")
        data = self._collect((self._href(obj.url), obj.data) for obj in objects)
        return _SyncResult(token=None, full=True, data=data)

    def _multiget(self, calendar: Any, urls: list[Any]) -> dict[str, bytes]:
        collected: dict[str, bytes] = {}
        for start in range(0, len(urls), MULTIGET_BATCH):
            batch = urls[start : start + MULTIGET_BATCH]
            objects = calendar.multiget(batch)
            collected.update(
                self._collect(((self._href(obj.url), obj.data) for obj in objects), collected)
            )
        return collected

    def _collect(
        self, pairs: Iterable[tuple[str, Any]], already: dict[str, bytes] | None = None
    ) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        total = sum(len(v) for v in (already or {}).values())
        for href, data in pairs:
            if data is None:
                continue  # gone between the sync and the fetch; the next sync says so
            raw = data.encode() if isinstance(data, str) else bytes(data)
            total += len(raw)
            if total > self.max_collection_bytes:
                raise PayloadTooLarge(
                    f"{self.subject} holds more than {self.max_collection_bytes:,} bytes of events"
                )
            out[href] = raw
        return out

    @staticmethod
    def _href(url: Any) -> str:
        return unquote(urlsplit(str(url)).path)


def _close_quietly(client: Any) -> None:
    close = getattr(client, "close", None)
    if close is not None:
        try:
            close()
        except Exception:
            log.debug("caldav.close_failed", exc_info=True)
