"""An event object with half an emoji: a `\\ud83d` escape with no second half, in a guest's name
or in what the user typed into the card. Before, the add-on refused the whole request as "not
valid JSON" (orjson refuses lone surrogates), so one broken character in a third party's display
name cost the user the card. JSON's grammar allows the escape and the producers upstream write it
(JavaScript's JSON.stringify, where form inputs are typed; Calendar data, which the sync already
reads with the same repair): it is now read as U+FFFD. Raw invalid UTF-8 is still refused."""

from __future__ import annotations

import json
from pathlib import Path

from app.addons.google_request import without_lone_surrogates
from tests.addons.gmail_harness import PUBLIC_URL, harness, pushed_card, texts
from tests.fakes.google_api import FakeGoogleApis

HALF_EMOJI = json.loads('"\\ud83d"')  # what json.dumps writes back as the escape


async def test_a_guest_name_with_half_an_emoji_still_gets_its_card(tmp_path: Path) -> None:
    async with harness(tmp_path, FakeGoogleApis()) as h:
        calendar = {
            "calendarId": "primary",
            "id": "loop1",
            "attendees": [
                {"email": "alex.morgan@gmail.com", "self": True},
                {"email": "dana.lee@litware.example", "displayName": "Dana Lee " + HALF_EMOJI},
            ],
        }
        event = h.event("CALENDAR", calendar=calendar, oauth_token=None)
        assert b"\\ud83d" in json.dumps(event).encode()  # sent as the escape, as JSON allows
        answer = await h.call("/addons/calendar/event-open", event)
    assert "Dana Lee \ufffd" in texts(pushed_card(answer))


async def test_typed_input_with_half_an_emoji_is_read(tmp_path: Path) -> None:
    async with harness(tmp_path, FakeGoogleApis()) as h:
        inputs = {"note": {"stringInputs": {"value": ["Thanks for today " + HALF_EMOJI]}}}
        event = h.event(to=["dana.lee@litware.example"], inputs=inputs)
        response = await h.post("/addons/gmail/compose", event)
    assert response.status_code == 200, response.text


async def test_invalid_utf8_and_broken_json_are_still_refused(tmp_path: Path) -> None:
    async with harness(tmp_path, FakeGoogleApis()) as h:
        path = "/addons/gmail/compose"
        headers = {"authorization": f"Bearer {h.identity.system_token(PUBLIC_URL + path)}"}
        for body in (b'{"a": "\xed\xa0\xbd"}', b'{"a": "\\ud83d', b'{"a": "\\ud83d", NaN}'):
            response = await h.client.post(PUBLIC_URL + path, headers=headers, content=body)
            assert response.status_code == 400, (body, response.text)
            assert response.json()["error"]


def test_only_a_lone_half_is_replaced() -> None:
    assert without_lone_surrogates(rb'"x\ud83d"') == rb'"x\ufffd"'
    assert without_lone_surrogates(rb'"\udfff\ud800"') == rb'"\ufffd\ufffd"'
    assert without_lone_surrogates(rb'"\ud83d\ud83d\ude00"') == rb'"\ufffd\ud83d\ude00"'
    # A whole pair, and a backslash followed by the letters "ud83d", are left as they are.
    assert without_lone_surrogates(rb'"\ud83d\ude00"') == rb'"\ud83d\ude00"'
    assert without_lone_surrogates(rb'"\\ud83d"') == rb'"\\ud83d"'
    assert without_lone_surrogates(rb'"\\\ud83d"') == rb'"\\\ufffd"'
