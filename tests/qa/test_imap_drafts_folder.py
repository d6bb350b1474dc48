"""IMAP drafts folder discovery as RFC 6154 allows servers to behave.

A server with the SPECIAL-USE capability "MAY" put `\\Drafts` on a plain LIST; some only show it
when asked (`LIST (SPECIAL-USE) "" "*"` or `RETURN (SPECIAL-USE)`). A localized drafts folder
(`[Gmail]/Brouillons`, `Entwürfe`) is then found only by asking; before, RightNote fell back to
the common English names, found none, and created a second "Drafts" folder that the user's mail
client does not show as drafts."""

from __future__ import annotations

from app.providers.imap import ImapMailbox, parse_imap_url
from tests.fakes.scripted_imap import scripted_imap

FOLDERS = [
    (("\\HasNoChildren",), "/", "INBOX"),
    (("\\HasChildren", "\\Noselect"), "/", "[Gmail]"),
    (("\\HasNoChildren",), "/", "[Gmail]/Brouillons"),
    (("\\HasNoChildren",), "/", "[Gmail]/Messages envoy&AOk-s"),
]


def _mailbox(port: int) -> ImapMailbox:
    return ImapMailbox(parse_imap_url(f"imap://sam@127.0.0.1:{port}"), "app password")


async def test_a_drafts_folder_marked_only_on_a_special_use_list_is_found() -> None:
    with scripted_imap(FOLDERS, {"[Gmail]/Brouillons": "\\Drafts"}) as server:
        mailbox = _mailbox(server.port)
        try:
            assert await mailbox.check() == "[Gmail]/Brouillons"
        finally:
            await mailbox.close()
    assert server.created == []


async def test_a_plain_list_that_marks_drafts_needs_no_second_list() -> None:
    with scripted_imap(FOLDERS, {"[Gmail]/Brouillons": "\\Drafts"}, plain_flags=True) as server:
        mailbox = _mailbox(server.port)
        try:
            assert await mailbox.check() == "[Gmail]/Brouillons"
        finally:
            await mailbox.close()
    lists = [c for c in server.commands if " LIST " in c.upper()]
    assert len(lists) == 1 and "SPECIAL-USE" not in lists[0].upper()


async def test_a_server_without_special_use_is_not_asked_and_falls_back_to_names() -> None:
    folders = [(("\\HasNoChildren",), "/", "INBOX"), (("\\HasNoChildren",), "/", "INBOX.Drafts")]
    with scripted_imap(folders, capabilities=("IMAP4rev1",)) as server:
        mailbox = _mailbox(server.port)
        try:
            assert await mailbox.check() == "INBOX.Drafts"
        finally:
            await mailbox.close()
    assert not any("SPECIAL-USE" in c.upper() for c in server.commands)
    assert server.created == []


async def test_a_special_use_server_with_no_drafts_folder_gets_one_created() -> None:
    with scripted_imap(FOLDERS[:1]) as server:
        mailbox = _mailbox(server.port)
        try:
            assert await mailbox.check() == "Drafts"
        finally:
            await mailbox.close()
    assert server.created == ["Drafts"]
