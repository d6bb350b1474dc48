"""The compose sidebar with event objects as Gmail sends them at the edges: a reply in a thread,
the user as the only recipient, a crowd of recipients, addresses in capitals."""

from __future__ import annotations

from typing import Any

from tests.addons.gmail_harness import Harness, button, pushed_card, texts
from tests.addons.gmail_harness import h as h  # the fixture, over this file's apis
from tests.addons.test_gmail_compose import COMPOSE, DANA
from tests.addons.test_gmail_compose import apis as apis  # the fixture
from tests.fakes.google_identity import USER_EMAIL


def markup_of(response: dict[str, Any]) -> dict[str, Any]:
    action = response["renderActions"]["hostAppAction"]["gmailAction"]
    markup: dict[str, Any] = action["updateDraftActionMarkup"]
    return markup


async def insert(h: Harness, event: dict[str, Any]) -> dict[str, Any]:
    card = pushed_card(await h.call(COMPOSE, event))
    return markup_of(await h.click(button(card, "Insert draft"), event))


async def test_a_reply_in_a_thread_keeps_its_subject(h: Harness) -> None:
    """Before: "Re: Your interview" became "Thank you, and two questions", which takes the reply
    out of its conversation in Gmail and in the interviewer's mail client."""
    reply = h.event(to=[DANA])
    reply["gmail"].update(threadId="18c2f0a1b2c3d4e5", messageId="18c2f0a1b2c3d4e6")
    markup = await insert(h, reply)
    assert "updateSubject" not in markup
    assert "Hi Dana," in markup["updateBody"]["insertContents"][0]["content"]

    # A new message (no thread) still gets the note's subject.
    assert "updateSubject" in await insert(h, h.event(to=[DANA]))


async def test_the_user_alone_on_the_to_line_is_asked_for_the_interviewer(h: Harness) -> None:
    card = pushed_card(await h.call(COMPOSE, h.event(to=[USER_EMAIL.upper()])))
    assert "Add the interviewer to the To line" in texts(card)


async def test_a_crowd_of_recipients_in_capitals_still_finds_the_interviewer(h: Harness) -> None:
    crowd = [f"guest{n}@example.com" for n in range(300)]
    event = h.event(to=[*crowd, DANA.upper()], cc=[USER_EMAIL])
    card = pushed_card(await h.call(COMPOSE, event))
    assert "Dana Lee" in texts(card)
