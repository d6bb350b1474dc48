"""Local mode answers only requests addressed to it by a loopback name, and no cross-site ones.

Local mode serves one user without a token, so anything that can make the browser send a
request to 127.0.0.1 acts as that user. Two ways a web page could:

- DNS rebinding: `evil.example` first resolves to the attacker, then to 127.0.0.1; the page is
  then same-origin with our server *under the attacker's name*, and can read the answers. The
  browser still sends `Host: evil.example`, so a `Host` that is not a loopback name (or the
  configured RIGHTNOTE_PUBLIC_URL's) gets 421 Misdirected Request.
- A cross-site request (form POST, fetch with no-cors): the browser sends the page's `Origin`,
  which is then not ours; 403. Same-origin requests (the task pane, which this server serves)
  carry our own origin, and non-browser clients (curl, scripts, the CLI) send none.

Loopback names: `localhost` and `*.localhost` (RFC 6761: resolvers and browsers answer them
with loopback and never ask DNS, so no attacker can point them elsewhere), and loopback IP
literals (127.0.0.0/8, [::1]); any port. Production mode is not affected (every request there
carries a verified identity; this check does not run).
"""

from __future__ import annotations

import functools
import ipaddress
import logging

from starlette.types import Scope

from app.settings import Settings

log = logging.getLogger("rightnote.http")

MAX_HOST = 300  # a DNS name is at most 253 characters, plus a port


def split_host(value: str) -> tuple[str, str] | None:
    """(host, port) of a `Host` header value, host lowercased; None when malformed."""
    value = value.strip().lower()
    if not value or len(value) > MAX_HOST:
        return None
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return None
        host, rest = value[: end + 1], value[end + 1 :]
        if rest and not rest.startswith(":"):
            return None
        port = rest[1:]
    else:
        host, _, port = value.partition(":")
    if port and not port.isdigit():
        return None
    return host, port


def is_loopback_name(host: str) -> bool:
    """`localhost`, `*.localhost`, or a loopback IP literal (IPv6 in brackets)."""
    name = host.removesuffix(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    elif ":" in name:
        return False  # an unbracketed IPv6 literal is not a valid Host
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


_DEFAULT_PORTS = {"http": "80", "https": "443"}


def origin_key(scheme: str, host: str, port: str) -> tuple[str, str, str]:
    """An origin as (scheme, host, port) with the scheme's default port filled in."""
    return scheme, host, port or _DEFAULT_PORTS.get(scheme, "")


def parse_origin(value: str) -> tuple[str, str, str] | None:
    """An `Origin` header (or a base URL) as an origin key; None for "null" or garbage."""
    scheme, sep, rest = value.strip().lower().partition("://")
    if not sep or scheme not in _DEFAULT_PORTS:
        return None
    parsed = split_host(rest.split("/", 1)[0])
    return origin_key(scheme, *parsed) if parsed else None


# (status, error code, detail) of a request refused before any route runs.
Refusal = tuple[int, str, str]

FOREIGN_HOST: Refusal = (
    421,
    "misdirected_request",
    "local mode answers only on a loopback address (localhost, 127.0.0.1, [::1]); this request "
    "was addressed to another host name",
)
FOREIGN_ORIGIN: Refusal = (
    403,
    "forbidden_origin",
    "local mode does not answer requests made by another web site",
)


class LocalGuard:
    """Local mode's check: 421 for a foreign `Host`, 403 for a foreign `Origin`.

    Run by the request-context middleware (app/ops/http.py) before the route, inside its
    request id, log line and metrics.
    """

    def __init__(self, settings: Settings) -> None:
        # The operator named this host themselves (e.g. a tunnel); it is theirs, not a page's.
        self.public_origin = parse_origin(settings.public_url)
        self.public_host = self.public_origin[1] if self.public_origin else None

    def refusal(self, scope: Scope, host_header: str | None, origin: str | None) -> Refusal | None:
        """None when the request may go on; `host_header` and `origin` as the client sent them."""
        parsed = _host_of(host_header) if host_header is not None else None
        # No Host at all (HTTP/1.0 tools) is allowed: not a browser, which always sends one.
        if host_header is not None and not self._our_host(parsed):
            log.warning("http.foreign_host_refused")
            return FOREIGN_HOST
        if origin is not None:
            scheme = "https" if scope.get("scheme") == "https" else "http"
            own = origin_key(scheme, *parsed) if parsed else None
            presented = parse_origin(origin)
            if presented is None or presented not in (own, self.public_origin):
                log.warning("http.foreign_origin_refused")
                return FOREIGN_ORIGIN
        return None

    def _our_host(self, parsed: tuple[str, str] | None) -> bool:
        return parsed is not None and (_loopback_name(parsed[0]) or parsed[0] == self.public_host)


# Every request asks about its Host; a server sees the same few names, and the caches are
# bounded, so a flood of made-up names costs fixed memory.
_loopback_name = functools.lru_cache(maxsize=1024)(is_loopback_name)
_split_host_cached = functools.lru_cache(maxsize=1024)(split_host)


def _host_of(value: str) -> tuple[str, str] | None:
    # Only values a Host can be are kept: 1024 of them are then a few hundred KB at most.
    return _split_host_cached(value) if len(value) <= MAX_HOST else split_host(value)
