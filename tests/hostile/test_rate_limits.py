"""Rate limits end to end where tests/ops/test_ratelimit.py stops: the real add-on route limited
per verified Google user (not per Google's shared address), and the push-notification webhooks
exempt from the per-IP limit while the JSON API from the same address is refused with 429 and
Retry-After."""

from __future__ import annotations

import json
from pathlib import Path

from tests.hostile.support import local_settings, running, tally

HOME = "/addons/gmail/homepage"
VOICE = {"text": "Thank you for your time.", "scenario": "gratitude"}


async def test_the_addon_is_limited_per_google_user(tmp_path: Path) -> None:
    settings = local_settings(
        tmp_path, rate_limit_per_user_per_minute=2, rate_limit_per_ip_per_minute=1
    )
    async with running(settings) as app:

        async def open_homepage(sub: str) -> int:
            event = {"commonEventObject": {"hostApp": "GMAIL"}}
            response = await app.client.post(HOME, **app.signed(HOME, event, sub=sub))
            if response.status_code == 429:
                assert response.json()["error"] == "rate_limited"
                assert int(response.headers["retry-after"]) >= 1
            return response.status_code

        # Every request comes from one address (Google's); the IP limit of 1 does not apply.
        assert [await open_homepage("alice") for _ in range(3)] == [200, 200, 429]
        assert await open_homepage("bob") == 200
    tally("rate_limits", "cases", 4)


async def test_webhooks_skip_the_ip_limit_the_api_does_not(tmp_path: Path) -> None:
    settings = local_settings(
        tmp_path, rate_limit_per_ip_per_minute=2, rate_limit_per_user_per_minute=0
    )
    async with running(settings, client_ip="198.51.100.9") as app:
        for _ in range(10):
            google = await app.client.post(
                "/webhooks/google/calendar",
                headers={"x-goog-channel-id": "unknown", "x-goog-channel-token": "x"},
            )
            assert google.status_code == 403  # unknown channel, but never rate limited
            graph = await app.client.post(
                "/webhooks/microsoft/graph", content=json.dumps({"value": []})
            )
            assert graph.status_code == 202
        statuses = [
            (await app.client.post("/v1/voice/check", json=VOICE)).status_code for _ in range(3)
        ]
        assert statuses == [200, 200, 429]
        refused = await app.client.post("/v1/voice/check", json=VOICE)
        assert refused.json() == {
            "error": "rate_limited",
            "detail": "too many requests from this address",
        }
        assert int(refused.headers["retry-after"]) >= 1
    tally("rate_limits", "cases", 24)
