"""Refuse oversize request bodies with 413 before any route reads them."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.responses import dumps

_TOO_LARGE_HEADERS = [(b"content-type", b"application/json")]


def replay_body(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands out `body` (already read in full) once, then defers to `receive`."""
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


class BodySizeLimit:
    """Pure ASGI middleware. Buffers the body (bounded) and replays it to the app.

    Buffering keeps the check simple and exact for chunked uploads too; bodies here are small
    JSON documents and calendar files, capped by RIGHTNOTE_MAX_BODY_BYTES.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared > self.max_bytes:
                    await self._refuse(send)
                    return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                await self._refuse(send)
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        await self.app(scope, replay_body(b"".join(chunks), receive), send)

    async def _refuse(self, send: Send) -> None:
        body = dumps(
            {
                "error": "payload_too_large",
                "detail": f"the request body is larger than {self.max_bytes} bytes",
            }
        )
        headers = [*_TOO_LARGE_HEADERS, (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})
