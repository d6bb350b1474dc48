"""A small OAuth 2 identity provider on a loopback port, for XOAUTH2 against real Dovecot.

    with oauth2_idp() as idp:
        idp.issue("sam", lifetime=3600) -> an access token
        idp.refresh_token("sam") -> a refresh token for the token endpoint
        idp.introspection_url, idp.token_url, idp.introspections, idp.refreshes

It answers as an authorization server does: `POST /introspect` (RFC 7662: form `token=…`,
`{"active": true, "username": …, "exp": …}` for a live token, `{"active": false}` for an unknown,
revoked or expired one) and `POST /token` with `grant_type=refresh_token` (RFC 6749 section 6:
a new access token with `expires_in`, `invalid_grant` for an unknown or revoked refresh token,
`invalid_client` for a wrong client id; with `rotate`, a new refresh token each time and the
old one revoked, as Microsoft does). Tokens are random; nothing is hard-coded.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

CLIENT_ID = "rightnote-test-client"


@dataclass
class Idp:
    base: str = ""
    access: dict[str, tuple[str, float]] = field(default_factory=dict)  # token -> (user, exp)
    refresh: dict[str, str] = field(default_factory=dict)  # refresh token -> user
    introspections: int = 0
    refreshes: int = 0
    rotate: bool = False  # answer each refresh with a new refresh token, the old one revoked
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def introspection_url(self) -> str:
        return f"{self.base}/introspect"

    @property
    def token_url(self) -> str:
        return f"{self.base}/token"

    def issue(self, user: str, lifetime: float = 3600.0) -> str:
        token = secrets.token_urlsafe(24)
        with self.lock:
            self.access[token] = (user, time.time() + lifetime)
        return token

    def refresh_token(self, user: str) -> str:
        token = secrets.token_urlsafe(24)
        with self.lock:
            self.refresh[token] = user
        return token

    def revoke(self, token: str) -> None:
        with self.lock:
            self.access.pop(token, None)
            self.refresh.pop(token, None)

    def introspect(self, token: str) -> dict[str, object]:
        with self.lock:
            self.introspections += 1
            found = self.access.get(token)
        if found is None or found[1] <= time.time():
            return {"active": False}
        return {"active": True, "username": found[0], "exp": int(found[1]), "scope": "imap"}

    def grant(self, form: dict[str, str]) -> tuple[int, dict[str, object]]:
        with self.lock:
            self.refreshes += 1
        if form.get("grant_type") != "refresh_token":
            return 400, {"error": "unsupported_grant_type"}
        if form.get("client_id") != CLIENT_ID:
            return 401, {"error": "invalid_client"}
        user = self.refresh.get(form.get("refresh_token", ""))
        if user is None:
            return 400, {"error": "invalid_grant"}
        answer: dict[str, object] = {
            "access_token": self.issue(user, 3600),
            "token_type": "Bearer",
            "expires_in": 3600,
        }
        if self.rotate:
            self.revoke(form["refresh_token"])
            answer["refresh_token"] = self.refresh_token(user)
        return 200, answer


@contextmanager
def oauth2_idp() -> Iterator[Idp]:
    idp = Idp()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            size = min(int(self.headers.get("Content-Length") or 0), 64 * 1024)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(size).decode()).items()}
            if self.path == "/introspect":
                status, body = 200, idp.introspect(form.get("token", ""))
            elif self.path == "/token":
                status, body = idp.grant(form)
            else:
                status, body = 404, {"error": "not_found"}
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            return  # quiet: tokens would be in the request line of a GET

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    idp.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield idp
    finally:
        server.shutdown()
        server.server_close()
