"""The IMAP mailbox against a real Dovecot (tests/support/dovecot.py): `rightnote run --imap`
puts one draft per interviewer into Drafts, once; a connection cut mid-APPEND, a missing drafts
folder, a wrong password, TLS (implicit and STARTTLS) and plain text to a non-loopback host."""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import _register
from app.cli import app as cli_app
from app.errors import BadRequest, ProviderError, ReauthRequired
from app.providers.base import OutgoingDraft
from app.providers.imap import ImapMailbox, parse_imap_url
from tests.support.dovecot import Dovecot, dovecot_server, free_port, non_loopback_address

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "calendar.ics"
NOW = "2026-11-24T20:00:00Z"

_register()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("RIGHTNOTE_DATABASE_URL", "RIGHTNOTE_LOCAL_USER_NAME", "RIGHTNOTE_TIMEZONE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RIGHTNOTE_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    with dovecot_server() as server:
        yield server


def run(imap: str, *extra: str, now: str = NOW):
    args = [
        "run",
        "--calendar",
        str(SAMPLE),
        "--me",
        "sam.okafor@example.com",
        "--imap",
        imap,
        "--now",
        now,
        "--timezone",
        "America/New_York",
        *extra,
    ]
    return CliRunner().invoke(cli_app, args)


def summary(result) -> dict:  # type: ignore[type-arg]
    assert result.exit_code == 0, result.output
    data: dict = json.loads(result.stdout)  # type: ignore[type-arg]
    return data


def keys(server: Dovecot) -> list[str]:
    return sorted(
        str(message_from_bytes(raw, policy=policy.default)["X-RightNote-Key"]).strip()
        for raw in server.messages("Drafts")
    )


def draft(key: str = "k-1") -> OutgoingDraft:
    return OutgoingDraft(
        subject="Thank you",
        text="Hi Dana,\n\nThank you.\n",
        html="<p>Hi Dana,</p><p>Thank you.</p>",
        idempotency_key=key,
        to_email="dana.whitfield@northwind.example",
        to_name="Dana Whitfield",
        from_email="sam.okafor@example.com",
    )


def plain_mailbox(server: Dovecot, port: int | None = None, password: str | None = None):
    account = parse_imap_url(f"imap://{server.user}@127.0.0.1:{port or server.port}")
    return ImapMailbox(account, password or server.password, read_timeout=10)


# --- the main command ------------------------------------------------------------------------


def test_run_puts_one_draft_per_interviewer_into_drafts_and_a_rerun_adds_none(
    env: Path, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RIGHTNOTE_IMAP_PASSWORD", dovecot.password)
    url = f"imap://{dovecot.user}@127.0.0.1:{dovecot.port}"
    first = summary(run(url, "--json"))
    assert (first["drafts_created"], first["already_there"], first["waiting"]) == (4, 0, 1)
    assert first["maildir"] == url
    files = dovecot.files("Drafts")
    assert len(files) == 4
    # Stored with \Draft (Maildir flag D) and \Seen (S).
    assert all({"D", "S"} <= set(path.name.rpartition(":2,")[2]) for path in files)
    messages = [message_from_bytes(raw, policy=policy.default) for raw in dovecot.messages()]
    to = sorted(m["To"].addresses[0].addr_spec for m in messages if m["To"] is not None)
    assert to == [
        "dana.whitfield@northwind.example",
        "marcus.chen@contoso.example",
        "priya.raman@northwind.example",
    ]
    assert len(set(keys(dovecot))) == 4
    assert dovecot.messages("INBOX") == []

    again = summary(run(url, "--json"))
    assert (again["drafts_created"], again["already_there"]) == (0, 4)
    assert len(dovecot.files("Drafts")) == 4

    # The table names the mailbox, never the password.
    table = run(url)
    assert table.exit_code == 0, table.output
    assert "127.0.0.1" in table.output and dovecot.password not in table.output


def test_a_draft_deleted_from_the_mailbox_by_the_user_is_not_written_again(
    env: Path, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RIGHTNOTE_IMAP_PASSWORD", dovecot.password)
    url = f"imap://{dovecot.user}@127.0.0.1:{dovecot.port}"
    summary(run(url, "--json"))
    dovecot.files("Drafts")[0].unlink()  # the user sent or discarded it
    again = summary(run(url, "--json"))
    assert (again["drafts_created"], again["already_there"]) == (0, 4)
    assert len(dovecot.files("Drafts")) == 3


KILLED_RUN = """
import asyncio, os, sys
from datetime import datetime

from app.autodraft.local_run import run_local
from app.providers.ics_source import IcsCalendarSource
from app.providers.imap import ImapMailbox, parse_imap_url
from app.settings import Settings
from app.store.db import open_database

made = 0

class DiesAfterTwoDrafts(ImapMailbox):
    async def create_draft(self, draft):
        global made
        created = await super().create_draft(draft)
        made += 1
        if made == 2:
            os._exit(9)  # killed after the APPEND, before the database records it
        return created

async def main():
    mailbox = DiesAfterTwoDrafts(parse_imap_url(sys.argv[2]), os.environ["IMAP_PW"])
    database = await open_database(Settings())
    await run_local(database, calendar=IcsCalendarSource(sys.argv[1]),
                    me=["sam.okafor@example.com"], imap=mailbox,
                    now=datetime.fromisoformat("2026-11-24T20:00:00+00:00"),
                    timezone="America/New_York")

asyncio.run(main())
"""


def test_a_run_killed_mid_delivery_is_completed_by_the_next_without_duplicates(
    env: Path, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import subprocess
    import sys

    url = f"imap://{dovecot.user}@127.0.0.1:{dovecot.port}"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_RUN, str(SAMPLE), url],
        env={
            **os.environ,
            "RIGHTNOTE_DATA_DIR": str(env / "data"),
            "IMAP_PW": dovecot.password,
            "PYTHONPATH": str(ROOT),
        },
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert killed.returncode == 9, killed.stderr
    assert len(dovecot.messages("Drafts")) == 2  # two appended, the second never recorded

    monkeypatch.setenv("RIGHTNOTE_IMAP_PASSWORD", dovecot.password)
    rerun = summary(run(url, "--json"))
    assert (rerun["drafts_created"], rerun["already_there"], rerun["failed"]) == (2, 2, 0)
    assert len(keys(dovecot)) == 4 and len(set(keys(dovecot))) == 4


# --- a connection cut mid-APPEND -------------------------------------------------------------


class CuttingProxy:
    """A TCP proxy to Dovecot that cuts the first `cuts` connections during an APPEND:
    `after=True` once the server has stored the message (its tagged OK never reaches the
    client), `after=False` as soon as the client sends the APPEND command."""

    def __init__(self, target: int, *, after: bool, cuts: int = 1) -> None:
        self.target, self.after, self.cuts_left, self.cut = target, after, cuts, 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self.listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            state = {"append": False}
            threading.Thread(
                target=self._pump, args=(client, upstream, state, True), daemon=True
            ).start()
            threading.Thread(
                target=self._pump, args=(upstream, client, state, False), daemon=True
            ).start()

    def _cut_now(self) -> bool:
        with self.lock:
            if self.cuts_left <= 0:
                return False
            self.cuts_left -= 1
            self.cut += 1
            return True

    def _pump(self, src: socket.socket, dst: socket.socket, state: dict, upward: bool) -> None:  # type: ignore[type-arg]
        try:
            while data := src.recv(65536):
                if upward and b" APPEND " in data.upper():
                    state["append"] = True
                    if not self.after and self._cut_now():
                        break
                if (
                    not upward
                    and self.after
                    and state["append"]
                    and b"APPENDUID" in data
                    and self._cut_now()
                ):
                    break
                dst.sendall(data)
        except OSError:
            pass
        for sock in (src, dst):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


@pytest.mark.parametrize("after", [True, False], ids=["after-the-server-stored-it", "before"])
async def test_a_connection_cut_mid_append_leaves_exactly_one_draft(
    dovecot: Dovecot, after: bool
) -> None:
    proxy = CuttingProxy(dovecot.port, after=after)
    mailbox = plain_mailbox(dovecot, port=proxy.port)
    try:
        created = await mailbox.create_draft(draft("cut-1"))
    finally:
        await mailbox.close()
        proxy.close()
    assert proxy.cut == 1  # the connection really was cut during the APPEND
    assert keys(dovecot) == ["cut-1"]
    assert created.draft_id == "rightnote-cut-1"
    assert created.link and ";UID=" in created.link


async def test_when_the_retry_is_cut_too_the_error_is_transient_and_a_later_try_writes_once(
    dovecot: Dovecot,
) -> None:
    from app.errors import ProviderUnavailable

    proxy = CuttingProxy(dovecot.port, after=False, cuts=2)
    mailbox = plain_mailbox(dovecot, port=proxy.port)
    try:
        with pytest.raises(ProviderUnavailable):
            await mailbox.create_draft(draft("cut-2"))
        assert proxy.cut == 2  # one reconnect, then the worker's backoff takes over
        assert await mailbox.find_draft("cut-2") is None
        # The next attempt, as the worker makes it: find, then create.
        await mailbox.create_draft(draft("cut-2"))
        await mailbox.create_draft(draft("cut-2"))
    finally:
        await mailbox.close()
        proxy.close()
    assert keys(dovecot) == ["cut-2"]


def test_a_run_whose_appends_are_cut_delivers_each_draft_once(
    env: Path, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = CuttingProxy(dovecot.port, after=True, cuts=3)
    monkeypatch.setenv("RIGHTNOTE_IMAP_PASSWORD", dovecot.password)
    try:
        url = f"imap://{dovecot.user}@127.0.0.1:{proxy.port}"
        first = summary(run(url, "--json"))
        # Three APPENDs stored but unanswered: each retry found its draft instead of a second.
        assert (first["drafts_created"], first["retrying"], first["failed"]) == (4, 0, 0)
        assert summary(run(url, "--json"))["already_there"] == 4
    finally:
        proxy.close()
    assert proxy.cut == 3
    assert len(keys(dovecot)) == 4 and len(set(keys(dovecot))) == 4


async def test_a_server_restart_between_drafts_is_a_transparent_reconnect(dovecot: Dovecot) -> None:
    mailbox = plain_mailbox(dovecot)
    try:
        await mailbox.create_draft(draft("before-restart"))
        dovecot.stop()  # the open connection dies with the server
        dovecot.start()
        await mailbox.create_draft(draft("after-restart"))
        assert await mailbox.find_draft("before-restart") is not None
    finally:
        await mailbox.close()
    assert keys(dovecot) == ["after-restart", "before-restart"]


async def test_a_server_that_never_answers_times_out() -> None:
    import time

    from app.errors import ProviderUnavailable

    # Accepts the connection (the kernel's backlog) but never sends a greeting.
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = int(silent.getsockname()[1])
        account = parse_imap_url(f"imap://sam@127.0.0.1:{port}")
        mailbox = ImapMailbox(account, "x", connect_timeout=1, read_timeout=1)
        started = time.monotonic()
        with pytest.raises(ProviderUnavailable, match="did not answer"):
            await mailbox.check()
        assert time.monotonic() - started < 10  # two tries of one second each, not a hang
        await mailbox.close()


# --- the drafts folder -----------------------------------------------------------------------


async def test_a_missing_drafts_folder_is_created() -> None:
    with dovecot_server(drafts_folder=False) as server:
        mailbox = plain_mailbox(server)
        try:
            assert await mailbox.check() == "Drafts"
            await mailbox.create_draft(draft("new-folder"))
            assert await mailbox.find_draft("new-folder") is not None
        finally:
            await mailbox.close()
        assert keys(server) == ["new-folder"]


async def test_delete_removes_only_that_draft_and_keys_match_exactly(dovecot: Dovecot) -> None:
    mailbox = plain_mailbox(dovecot)
    try:
        await mailbox.create_draft(draft("abc-10"))
        await mailbox.create_draft(draft("abc-1"))
        # HEADER search is a substring match: "abc-1" is in "abc-10", yet they are two drafts.
        assert keys(dovecot) == ["abc-1", "abc-10"]
        await mailbox.delete_draft("rightnote-abc-1")
        assert await mailbox.find_draft("abc-1") is None
        assert await mailbox.find_draft("abc-10") is not None
    finally:
        await mailbox.close()
    assert keys(dovecot) == ["abc-10"]


# --- credentials and transport ---------------------------------------------------------------


async def test_a_wrong_password_is_reauth_and_the_server_sees_one_attempt(
    dovecot: Dovecot,
) -> None:
    mailbox = plain_mailbox(dovecot, password="not the password")
    try:
        for call in (mailbox.check(), mailbox.find_draft("k"), mailbox.create_draft(draft())):
            with pytest.raises(ReauthRequired) as caught:
                await call
            assert "not the password" not in str(caught.value.detail)
    finally:
        await mailbox.close()
    assert dovecot.auth_failures() == 1
    assert dovecot.messages("Drafts") == []


def test_a_wrong_password_is_a_clear_cli_error_without_retries(
    env: Path, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RIGHTNOTE_IMAP_PASSWORD", "hunter2-wrong")
    result = run(f"imap://{dovecot.user}@127.0.0.1:{dovecot.port}", "--json")
    assert result.exit_code == 2, result.output
    assert "refused the login" in result.output and "RIGHTNOTE_IMAP_PASSWORD" in result.output
    assert "hunter2-wrong" not in result.output and "Traceback" not in result.output
    assert dovecot.auth_failures() == 1

    # With the right password the same account works.
    monkeypatch.setenv("RIGHTNOTE_IMAP_PASSWORD", dovecot.password)
    assert (
        summary(run(f"imap://{dovecot.user}@127.0.0.1:{dovecot.port}", "--json"))["drafts_created"]
        == 4
    )


async def test_a_password_refused_during_a_run_stops_the_run_after_one_attempt(
    env: Path, dovecot: Dovecot
) -> None:
    # The password changed after the run's check: the worker marks the mailbox needs_reauth
    # and the other drafts wait, unblamed, instead of each trying to log in.
    from datetime import datetime

    from sqlalchemy import select

    from app.autodraft.local_run import run_local
    from app.providers.ics_source import IcsCalendarSource
    from app.settings import Settings
    from app.store.connections import Connection, ConnectionStatus
    from app.store.db import open_database

    async def once(password: str):
        mailbox = plain_mailbox(dovecot, password=password)
        try:
            result = await run_local(
                database,
                calendar=IcsCalendarSource(str(SAMPLE)),
                me=["sam.okafor@example.com"],
                now=datetime.fromisoformat("2026-11-24T20:00:00+00:00"),
                timezone="America/New_York",
                imap=mailbox,
            )
        finally:
            await mailbox.close()
        async with database.sessions() as session:
            status = await session.scalar(
                select(Connection.status).where(Connection.provider == "imap")
            )
        return result, status

    database = await open_database(Settings())
    try:
        refused, status = await once("changed meanwhile")
        assert (refused.drafts_created, refused.failed) == (0, 0)
        assert status is ConnectionStatus.NEEDS_REAUTH
        assert dovecot.auth_failures() == 1
        assert dovecot.messages("Drafts") == []
        # The next run, with the right password, is a fresh attempt: everything is delivered.
        fixed, status = await once(dovecot.password)
        assert (fixed.drafts_created, fixed.failed) == (4, 0)
        assert status is ConnectionStatus.ACTIVE
    finally:
        await database.dispose()
    assert len(dovecot.messages("Drafts")) == 4


def test_implicit_tls_and_starttls_with_a_verified_certificate(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with dovecot_server(tls=True) as server:
        monkeypatch.setenv("RIGHTNOTE_IMAP_PASSWORD", server.password)
        # The self-signed certificate is not trusted by default: refused before the login.
        untrusted = run(f"imaps://{server.user}@127.0.0.1:{server.tls_port}", "--json")
        assert untrusted.exit_code == 2, untrusted.output
        assert "not trusted" in untrusted.output and "Traceback" not in untrusted.output
        assert "Login: user=<sam>" not in server.log()

        monkeypatch.setenv("SSL_CERT_FILE", str(server.cafile))
        implicit = summary(run(f"imaps://{server.user}@localhost:{server.tls_port}", "--json"))
        assert implicit["drafts_created"] == 4
        # imap:// to a server that offers STARTTLS upgrades before logging in.
        upgraded = summary(run(f"imap://{server.user}@127.0.0.1:{server.port}", "--json"))
        assert upgraded["drafts_created"] == 0  # the same drafts, found, not written again
        logins = [line for line in server.log().splitlines() if "Login: user=<sam>" in line]
        assert len(logins) >= 2 and all("TLS" in line for line in logins)
        assert len(server.messages("Drafts")) == 4


def test_plain_text_to_a_host_that_is_not_loopback_is_refused(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    address = non_loopback_address()
    if address is None:
        pytest.skip("this machine has no address but loopback")
    with dovecot_server(listen=address) as server:  # ssl = no: no STARTTLS offered
        monkeypatch.setenv("RIGHTNOTE_IMAP_PASSWORD", server.password)
        result = run(f"imap://{server.user}@{address}:{server.port}", "--json")
        assert result.exit_code == 2, result.output
        assert "offers no STARTTLS" in result.output and "plain text" in result.output
        # Dovecot logs the disconnect a moment after the client has gone.
        deadline = time.monotonic() + 15
        while "no auth attempts" not in server.log() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "Login: user=" not in server.log() and "no auth attempts" in server.log()
        assert server.auth_failures() == 0


def test_a_server_that_does_not_answer_is_a_clear_error(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RIGHTNOTE_IMAP_PASSWORD", "x")
    result = run(f"imap://sam@127.0.0.1:{free_port()}", "--json")  # nothing listens there
    assert result.exit_code == 2, result.output
    assert "did not answer" in result.output and "Traceback" not in result.output


# --- input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://sam@example.com", "imaps:// or imap://"),
        ("imaps://imap.example.com", "user name and a host"),
        ("imaps://sam:secret@imap.example.com", "must not hold the password"),
        ("imaps://sam@imap.example.com:99999", "not an IMAP address"),
        ("imaps://sam@imap.example.com/INBOX", "only the user, host and port"),
    ],
)
def test_bad_imap_addresses_are_clear_messages(
    env: Path, monkeypatch: pytest.MonkeyPatch, url: str, message: str
) -> None:
    monkeypatch.setenv("RIGHTNOTE_IMAP_PASSWORD", "x")
    with pytest.raises(BadRequest, match=message.replace("(", r"\(")):
        parse_imap_url(url)
    result = run(url)
    assert result.exit_code == 2 and message in result.output
    assert "Traceback" not in result.output and "secret" not in result.output


def test_addresses_parse_with_default_ports_and_at_signs_in_the_user() -> None:
    gmail = parse_imap_url("imaps://sam.okafor@gmail.com@imap.gmail.com")
    assert (gmail.username, gmail.host, gmail.port, gmail.security) == (
        "sam.okafor@gmail.com",
        "imap.gmail.com",
        993,
        "tls",
    )
    assert parse_imap_url("imap://sam@127.0.0.1").port == 143
    assert parse_imap_url("imap://sam@[::1]:1143").loopback
    assert not parse_imap_url("imap://sam@imap.example.com").loopback


def test_the_password_must_be_set_and_one_mailbox_given(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RIGHTNOTE_IMAP_PASSWORD", raising=False)
    result = run("imaps://sam@imap.example.com")
    assert result.exit_code == 2 and "RIGHTNOTE_IMAP_PASSWORD" in result.output
    both = run("imaps://sam@imap.example.com", "--maildir", str(env / "drafts"))
    assert both.exit_code == 2 and "--maildir DIR or --imap" in both.output


def test_the_password_never_appears_in_repr() -> None:
    mailbox = ImapMailbox(parse_imap_url("imaps://sam@imap.example.com"), "s3cret-pw")
    assert "s3cret-pw" not in repr(mailbox) and "s3cret-pw" not in repr(mailbox.account)
    assert isinstance(ssl.create_default_context(), ssl.SSLContext)
    assert issubclass(ReauthRequired, ProviderError)
