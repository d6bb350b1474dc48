"""The Gmail compose card opens on the suggestion service (app/suggestions), with the core's
canonical address rule: a `+tag` and case do not hide an interviewer, as in `/v1/suggest`."""

from __future__ import annotations

from tests.addons.gmail_harness import Harness, selected, texts
from tests.addons.test_gmail_compose import DANA, apis, h, open_compose

__all__ = ["apis", "h"]  # the fixtures, shared with test_gmail_compose.py


async def test_a_plus_addressed_interviewer_is_matched(h: Harness) -> None:
    local, domain = DANA.split("@")
    card = await open_compose(h, to=[f"{local}+hiring@{domain}".upper()])
    said = texts(card)
    assert "Dana Lee" in said and "No interview found" not in said
    assert selected(card, "scenario") == ["follow_up"]


async def test_the_same_person_twice_is_one_note(h: Harness) -> None:
    local, domain = DANA.split("@")
    card = await open_compose(h, to=[DANA, f"{local}+x@{domain}"])
    said = texts(card)
    assert "Dana Lee" in said
    # No "also on this email" line: both addresses are the same mailbox.
    assert "Also on this email" not in said
