"""The Outlook pane sending half an emoji. A note in Outlook can hold a lone UTF-16 surrogate (an
emoji cut by a paste or a trim); the pane's JSON.stringify writes it as a "\\ud83d" escape, which
the JSON API refuses (422, "is not valid UTF-8 text"), so the whole note went unchecked and the
pane showed a refusal. The pane now sends every string well-formed (U+FFFD for a lone half);
the API's contract (tests/hostile/test_bodies.py: a lone surrogate on /v1 is a 4xx) is kept."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ROOT / "app" / "addons" / "outlook_static" / "api-client.js"

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="needs node")

NOTE = "Thank you for the conversation today. I enjoyed hearing how the team ships billing. \ud83d"


def _pane_json(body: object, *, native: bool) -> bytes:
    """What api-client.js sends for `body`, with or without the engine's toWellFormed."""
    script = (
        "globalThis.window = {location: {href: 'https://rightnote.example/pane/'}};\n"
        + ("" if native else "String.prototype.toWellFormed = undefined;\n")
        + f"const m = await import({json.dumps(CLIENT.as_uri())});\n"
        + f"process.stdout.write(m.jsonText(JSON.parse({json.dumps(json.dumps(body))})));\n"
    )
    done = subprocess.run(
        ["node", "--input-type=module", "-e", script],
        capture_output=True,
        timeout=30,
        check=True,
    )
    return done.stdout


@pytest.mark.parametrize("native", [True, False], ids=["toWellFormed", "fallback"])
async def test_the_pane_sends_a_note_with_half_an_emoji_so_it_is_checked(
    client: httpx.AsyncClient, native: bool
) -> None:
    sent = _pane_json({"text": NOTE, "scenario": "gratitude"}, native=native)
    assert b"\\ud83d" not in sent.lower()
    response = await client.post(
        "/v1/voice/check", content=sent, headers={"content-type": "application/json"}
    )
    assert response.status_code == 200, response.text
    assert response.json()["verdict"] == "send"


def test_pairs_and_other_values_are_sent_unchanged() -> None:
    body = {"a": ["\U0001f600 ok", 1, None, True], "b": {"c": "\udfff\ud800x"}}
    sent = json.loads(_pane_json(body, native=False))
    assert sent == {"a": ["\U0001f600 ok", 1, None, True], "b": {"c": "\ufffd\ufffdx"}}


async def test_the_api_still_refuses_the_raw_escape(client: httpx.AsyncClient) -> None:
    raw = json.dumps({"text": NOTE, "scenario": "gratitude"}).encode()  # "\ud83d" escaped
    response = await client.post(
        "/v1/voice/check", content=raw, headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
