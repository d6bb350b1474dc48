"""The Maildir mailbox: valid RFC 5322 drafts, encoded names, no header injection, exactly once."""

from __future__ import annotations

import asyncio
import mailbox
import os
from email import message_from_bytes, policy
from email.parser import BytesHeaderParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ProviderError
from app.providers.base import OutgoingDraft
from app.providers.maildir import MaildirMailbox, build_message, message_id
from app.providers.mime import KEY_HEADER

KEY = "a" * 64
EXPECTED_HEADERS = {
    "From",
    "To",
    "Subject",
    "Date",
    "Message-ID",
    KEY_HEADER,
    "X-Unsent",
    "MIME-Version",
    "Content-Type",
}


def draft(key: str = KEY, **fields: object) -> OutgoingDraft:
    values: dict[str, object] = {
        "subject": "Thank you for your time",
        "text": "Hi Tomás,\n\nThank you.\n\nBest,\nSam\n",
        "html": "<p>Hi Tomás,</p><p>Thank you.</p>",
        "idempotency_key": key,
        "to_email": "tomas@northwind.example",
        "to_name": "Tomás Ibáñez",
        "from_email": "sam.okafor@example.com",
        "from_name": "Sam Okafor",
    }
    values.update(fields)
    return OutgoingDraft(**values)  # type: ignore[arg-type]


def files(root: Path) -> list[Path]:
    return sorted(p for sub in ("cur", "new") for p in (root / sub).glob("*"))


async def test_a_draft_is_a_flagged_rfc5322_file_any_maildir_reader_opens(tmp_path: Path) -> None:
    box = MaildirMailbox(tmp_path / "drafts")
    created = await box.create_draft(draft())

    (path,) = files(tmp_path / "drafts")
    assert path.parent.name == "cur" and path.name.endswith(":2,DS")
    assert created.link == str(path)
    assert os.stat(path).st_mode & 0o077 == 0  # private

    reader = mailbox.Maildir(tmp_path / "drafts", factory=None, create=False)
    (stored,) = list(reader)
    assert "D" in stored.get_flags()

    raw = path.read_bytes()
    assert raw.isascii()  # 7-bit headers; UTF-8 names travel as encoded words
    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["To"].addresses[0].display_name == "Tomás Ibáñez"
    assert parsed["To"].addresses[0].addr_spec == "tomas@northwind.example"
    assert parsed["From"].addresses[0].display_name == "Sam Okafor"
    assert parsed["Message-ID"] == message_id(KEY)
    assert parsed[KEY_HEADER].strip() == KEY  # folded: unfolding keeps one leading space
    assert parsed.get_content_type() == "multipart/alternative"
    parts = {part.get_content_type(): part.get_content() for part in parsed.iter_parts()}
    assert parts["text/plain"].startswith("Hi Tomás,")
    assert parts["text/html"].startswith("<p>Hi Tomás,</p>")


async def test_find_by_key_whatever_flags_a_mail_client_added(tmp_path: Path) -> None:
    root = tmp_path / "drafts"
    box = MaildirMailbox(root)
    assert await box.find_draft(KEY) is None
    await box.create_draft(draft())
    assert (await box.find_draft(KEY)) is not None
    (path,) = files(root)
    path.rename(path.with_name(path.name.replace(":2,DS", ":2,DFS")))
    found = await box.find_draft(KEY)
    assert found is not None and found.link is not None and found.link.endswith(":2,DFS")
    # Creating the same key again writes nothing new.
    await box.create_draft(draft(subject="another body"))
    assert len(files(root)) == 1
    assert await box.find_draft("b" * 64) is None


async def test_racing_writers_of_one_key_leave_one_file(tmp_path: Path) -> None:
    root = tmp_path / "drafts"
    boxes = [MaildirMailbox(root) for _ in range(8)]
    await asyncio.gather(*(box.create_draft(draft()) for box in boxes))
    assert len(files(root)) == 1
    assert list((root / "tmp").iterdir()) == []


async def test_no_address_means_no_to_line(tmp_path: Path) -> None:
    box = MaildirMailbox(tmp_path)
    await box.create_draft(draft(to_email=None, to_name="Tomás Ibáñez"))
    parsed = message_from_bytes(files(tmp_path)[0].read_bytes(), policy=policy.default)
    assert parsed["To"] is None
    assert "Hi Tomás" in parsed.get_body(("plain",)).get_content()  # type: ignore[union-attr]


NASTY = [
    "Ann\r\nBcc: evil@attacker.example",
    "Ann\nBcc: evil@attacker.example",
    "Ann\rBcc: evil@attacker.example",
    "Ann\u2028Bcc: evil@attacker.example",
    "Ann\x00\x0bBcc: evil@attacker.example",
    "=?utf-8?q?Ann=0D=0ABcc:_evil@attacker.example?=",
    "\r\n\r\nbody injection",
]


@pytest.mark.parametrize("nasty", NASTY)
async def test_no_input_adds_a_header(tmp_path: Path, nasty: str) -> None:
    box = MaildirMailbox(tmp_path)
    await box.create_draft(
        draft(
            subject=f"Thanks {nasty}",
            to_name=nasty,
            from_name=nasty,
            to_email=f"ann@acme.example{nasty}",
        )
    )
    raw = files(tmp_path)[0].read_bytes()
    headers = BytesHeaderParser(policy=policy.default).parsebytes(raw)
    assert set(headers.keys()) <= EXPECTED_HEADERS
    assert "Bcc" not in headers
    assert all("\r" not in str(v) and "\n" not in str(v) for v in headers.values())
    # The address carrying an injection attempt is not an address: the To line stays empty.
    assert headers["To"] is None


@settings(max_examples=150, deadline=None)
@given(name=st.text(max_size=80), subject=st.text(max_size=200), email=st.text(max_size=60))
def test_any_text_gives_exactly_the_expected_headers(name: str, subject: str, email: str) -> None:
    message = build_message(draft(subject=subject, to_name=name, from_name=name, to_email=email))
    raw = message.as_bytes(policy=policy.SMTP)
    head = raw.split(b"\r\n\r\n", 1)[0]
    names = {
        line.split(b":", 1)[0].decode()
        for line in head.split(b"\r\n")
        if line and not line[:1].isspace()
    }
    assert names <= EXPECTED_HEADERS
    parsed = message_from_bytes(raw, policy=policy.default)
    assert "\n" not in str(parsed["Subject"]) and "\r" not in str(parsed["Subject"])


async def test_delete_removes_the_draft_and_refuses_foreign_ids(tmp_path: Path) -> None:
    box = MaildirMailbox(tmp_path)
    created = await box.create_draft(draft())
    await box.delete_draft(created.draft_id)
    assert files(tmp_path) == []
    await box.delete_draft(created.draft_id)  # already gone: fine
    with pytest.raises(ProviderError):
        await box.delete_draft("../../etc/passwd")


async def test_unsafe_keys_are_refused(tmp_path: Path) -> None:
    box = MaildirMailbox(tmp_path)
    with pytest.raises(ProviderError):
        await box.create_draft(draft(key="../escape"))
    assert await box.find_draft("../escape") is None


async def test_an_unusable_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ProviderError, match="cannot use"):
        await MaildirMailbox(blocker).create_draft(draft())
