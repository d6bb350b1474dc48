"""httpx transports that send requests to in-process ASGI fakes, chosen by origin.

`FakeHosts({"https://login.fake": identity.app, "https://graph.fake": graph.app})` gives
- `async_transport()` for our own `httpx.AsyncClient` (JWKS, Graph), and
- `sync_transport()` / `sync_client()` for sync libraries such as msal, whose `http_client` must
  have requests-like `get`/`post`: an `httpx.Client` does. The sync side runs the ASGI app on an
  event loop in a helper thread, so it works from sync tests and from inside async tests alike.
Keeping real https origins matters: msal refuses an authority that is not https.
A request to any other origin fails with `httpx.ConnectError`, as if there were no network.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import Any

import httpx
from anyio.from_thread import BlockingPortal, start_blocking_portal

ASGIApp = Callable[..., Any]


def _origin(url: httpx.URL | str) -> str:
    url = httpx.URL(url)
    default = {"http": 80, "https": 443}.get(url.scheme)
    port = f":{url.port}" if url.port not in (None, default) else ""
    return f"{url.scheme}://{url.host}{port}"


class FakeHosts:
    def __init__(self, apps: Mapping[str, ASGIApp]) -> None:
        self._apps = {_origin(origin): app for origin, app in apps.items()}
        # Every request sent, routed or not, so tests can assert where we did (not) go.
        self.requests: list[httpx.Request] = []

    def app_for(self, request: httpx.Request) -> ASGIApp:
        self.requests.append(request)
        app = self._apps.get(_origin(request.url))
        if app is None:
            raise httpx.ConnectError(
                f"no fake serves {request.url.host} (tests have no network)", request=request
            )
        return app

    def async_transport(self) -> httpx.AsyncBaseTransport:
        return _AsyncRouter(self)

    def sync_transport(self) -> httpx.BaseTransport:
        return _SyncRouter(self)

    def async_client(self, **kwargs: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=self.async_transport(), **kwargs)

    def sync_client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(transport=self.sync_transport(), **kwargs)


class _AsyncRouter(httpx.AsyncBaseTransport):
    def __init__(self, hosts: FakeHosts) -> None:
        self._hosts = hosts

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        app = self._hosts.app_for(request)
        return await httpx.ASGITransport(app=app).handle_async_request(request)


class _SyncRouter(httpx.BaseTransport):
    def __init__(self, hosts: FakeHosts) -> None:
        self._hosts = hosts
        self._portal_cm: AbstractContextManager[BlockingPortal] | None = None
        self._portal: BlockingPortal | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        app = self._hosts.app_for(request)
        body = request.read()
        if self._portal is None:
            self._portal_cm = start_blocking_portal()
            self._portal = self._portal_cm.__enter__()
        status, headers, content = self._portal.call(_call_app, app, request, body)
        return httpx.Response(status, headers=headers, content=content, request=request)

    def close(self) -> None:
        if self._portal_cm is not None:
            self._portal_cm.__exit__(None, None, None)
            self._portal_cm = self._portal = None


async def _call_app(
    app: ASGIApp, request: httpx.Request, body: bytes
) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    copy = httpx.Request(request.method, request.url, headers=request.headers, content=body)
    response = await httpx.ASGITransport(app=app).handle_async_request(copy)
    content = await response.aread()
    return response.status_code, response.headers.raw, content
