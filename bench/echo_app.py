"""The baseline for bench_http.py: a bare FastAPI JSON echo endpoint, served like RightNote."""

from typing import Any

from fastapi import Body, FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()


@app.post("/echo")
async def echo(body: dict[str, Any] = Body(...)) -> JSONResponse:
    return JSONResponse(body)
