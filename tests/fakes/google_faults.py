"""Fault injection for the fake Google APIs, and Google's JSON error shape.

`FaultingApp(app, take_fault=..., requests=...)` wraps an ASGI app: it records every request
(method, path, query, status; never bodies) and applies the first queued `Fault` that matches:

- "status": an HTTP error in Google's shape (429 / 403 rate limit / 500 / 503, Retry-After);
- "slow": answer only after `delay` seconds, or never if the client hangs up first;
- "drop": close the connection without a status line (after doing the work if `processed`);
- "create_then_fail": do the work (e.g. store the draft), then answer 500.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import parse_qs

from starlette.responses import JSONResponse, Response

from app.api.limits import replay_body

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

FaultKind = Literal["status", "slow", "drop", "create_then_fail"]


@dataclass
class Fault:
    kind: FaultKind
    # "METHOD path-substring" this fault waits for, e.g. "POST /drafts"; None: the next request.
    on: str | None = None
    status: int = 500
    reason: str | None = None
    retry_after: str | None = None
    delay: float = 0.0
    # drop: run the request first (a write happens), then drop without answering.
    processed: bool = False

    def matches(self, method: str, path: str) -> bool:
        if self.on is None:
            return True
        want_method, _, want_path = self.on.partition(" ")
        return method == want_method.upper() and want_path in path


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    status: int = 0


class FaultingApp:
    """An ASGI wrapper: records each request and applies the next matching fault to it."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        take_fault: Callable[[str, str], Fault | None],
        requests: list[Seen],
    ) -> None:
        self._app = app
        self._take_fault = take_fault
        self._requests = requests

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        method, path = scope["method"], scope["path"]
        seen = Seen(method, path, parse_qs(scope.get("query_string", b"").decode()))
        self._requests.append(seen)
        body = await _read_body(receive)
        replay = replay_body(body, receive)

        async def recording_send(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                seen.status = message["status"]
            await send(message)

        fault = self._take_fault(method, path)
        if fault is None:
            await self._app(scope, replay, recording_send)
            return
        if fault.kind == "status":
            response = _fault_response(fault)
            await response(scope, replay, recording_send)
        elif fault.kind == "slow":
            if await _client_left(receive, fault.delay):
                return
            await self._app(scope, replay, recording_send)
        elif fault.kind == "create_then_fail":
            await self._app(scope, replay, _discard)
            await google_error(500, "Backend Error", "INTERNAL", reason="backendError")(
                scope, replay, recording_send
            )
        elif fault.kind == "drop":
            if fault.processed:
                await self._app(scope, replay, _discard)
            seen.status = -1
            await _drop(send)


def _fault_response(fault: Fault) -> Response:
    headers = {"Retry-After": fault.retry_after} if fault.retry_after else None
    if fault.status == 429:
        return google_error(
            429,
            "Too many concurrent requests for user.",
            "RESOURCE_EXHAUSTED",
            reason=fault.reason or "rateLimitExceeded",
            headers=headers,
        )
    if fault.status == 403:
        return google_error(
            403,
            "User Rate Limit Exceeded",
            "PERMISSION_DENIED",
            reason=fault.reason or "userRateLimitExceeded",
            headers=headers,
            domain="usageLimits",
        )
    if fault.status == 503:
        return google_error(
            503,
            "The service is currently unavailable.",
            "UNAVAILABLE",
            reason=fault.reason or "backendError",
            headers=headers,
        )
    return google_error(
        fault.status,
        "Backend Error",
        "INTERNAL",
        reason=fault.reason or "backendError",
        headers=headers,
    )


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    return b"".join(chunks)


async def _client_left(receive: Receive, delay: float) -> bool:
    """Wait `delay` seconds; True as soon as the client hangs up (its timeout fired)."""
    try:
        message = await asyncio.wait_for(receive(), timeout=delay)
    except TimeoutError:
        return False
    return message.get("type") == "http.disconnect"


async def _discard(message: MutableMapping[str, Any]) -> None:
    del message


async def _drop(send: Send) -> None:
    """Close the connection without a status line.

    uvicorn's `send` is a method of its per-request cycle, which holds the socket's transport:
    aborting it is what a crashed backend or a broken network path looks like to the client.
    Without it, start a response and fail mid-body (uvicorn then closes the connection).
    """
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is not None:
        transport.abort()
        await asyncio.sleep(0)
        return
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]}
    )
    await send({"type": "http.response.body", "body": b"{", "more_body": True})
    raise ConnectionAbortedError("fault: dropped connection")


def google_error(
    status: int,
    message: str,
    status_name: str,
    *,
    reason: str,
    domain: str = "global",
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """Google's JSON error body (`error.code/message/errors[]/status`)."""
    body = {
        "error": {
            "code": status,
            "message": message,
            "errors": [{"message": message, "domain": domain, "reason": reason}],
            "status": status_name,
        }
    }
    return JSONResponse(body, status_code=status, headers=headers)
