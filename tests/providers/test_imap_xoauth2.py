"""SASL XOAUTH2 against a real Dovecot whose `oauth2` passdb asks a local identity provider
(tests/fakes/oauth2_idp.py) to introspect each token: a live token logs in and a draft lands in
Drafts; an expired, revoked or unknown token is `ReauthRequired` after exactly one login attempt;
a refresh token is traded at the token endpoint for an access token that Dovecot accepts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import ReauthRequired
from app.providers.base import OutgoingDraft
from app.providers.imap import FixedToken, ImapMailbox, RefreshingToken, parse_imap_url
from tests.fakes.oauth2_idp import CLIENT_ID, Idp, oauth2_idp
from tests.support.dovecot import Dovecot, dovecot_server


@pytest.fixture
def idp() -> Iterator[Idp]:
    with oauth2_idp() as provider:
        yield provider


@pytest.fixture
def dovecot(idp: Idp) -> Iterator[Dovecot]:
    with dovecot_server(oauth2_introspection=idp.introspection_url) as server:
        yield server


def draft(key: str) -> OutgoingDraft:
    return OutgoingDraft(
        subject="Thank you",
        text="Hi Dana,\n\nThank you for the conversation.\n",
        html="<p>Hi Dana,</p><p>Thank you for the conversation.</p>",
        idempotency_key=key,
        to_email="dana.whitfield@northwind.example",
        to_name="Dana Whitfield",
        from_email="sam.okafor@example.com",
    )


def mailbox(server: Dovecot, source: object) -> ImapMailbox:
    account = parse_imap_url(f"imap://{server.user}@127.0.0.1:{server.port}")
    return ImapMailbox(account, oauth2=source, read_timeout=10)  # type: ignore[arg-type]


async def test_a_live_access_token_logs_in_with_xoauth2_and_appends_the_draft(
    dovecot: Dovecot, idp: Idp
) -> None:
    box = mailbox(dovecot, FixedToken(idp.issue(dovecot.user)))
    try:
        assert await box.check() == "Drafts"
        await box.create_draft(draft("xo-1"))
        await box.create_draft(draft("xo-1"))  # a retry finds it
    finally:
        await box.close()
    assert len(dovecot.messages("Drafts")) == 1
    assert idp.introspections >= 1  # Dovecot really asked the identity provider
    assert "method=XOAUTH2" in dovecot.log()
    assert box.auth == "xoauth2"


@pytest.mark.parametrize("kind", ["expired", "revoked", "unknown", "someone else's"])
async def test_a_refused_token_is_needs_reauth_after_one_attempt(
    dovecot: Dovecot, idp: Idp, kind: str
) -> None:
    if kind == "expired":
        token = idp.issue(dovecot.user, lifetime=-1)
    elif kind == "revoked":
        token = idp.issue(dovecot.user)
        idp.revoke(token)
    elif kind == "unknown":
        token = "not-a-token-anyone-issued"
    else:
        token = idp.issue("mallory")
    box = mailbox(dovecot, FixedToken(token))
    try:
        with pytest.raises(ReauthRequired) as caught:
            await box.check()
        # Latched: later calls fail without another login (no retry storm).
        with pytest.raises(ReauthRequired):
            await box.create_draft(draft("xo-2"))
        with pytest.raises(ReauthRequired):
            await box.find_draft("xo-2")
    finally:
        await box.close()
    assert "OAuth 2 access token was not accepted" in str(caught.value.detail)
    assert token not in str(caught.value.detail)
    assert box.refused is not None
    assert dovecot.log().count("method=XOAUTH2") == 1
    assert dovecot.messages("Drafts") == []


async def test_a_refresh_token_is_traded_for_an_access_token_that_dovecot_accepts(
    dovecot: Dovecot, idp: Idp
) -> None:
    source = RefreshingToken(idp.token_url, CLIENT_ID, idp.refresh_token(dovecot.user))
    box = mailbox(dovecot, source)
    try:
        await box.create_draft(draft("xo-3"))
        await box.close()  # a new connection reuses the token until it nears expiry
        await box.create_draft(draft("xo-4"))
    finally:
        await box.close()
    assert idp.refreshes == 1
    assert len(dovecot.messages("Drafts")) == 2


async def test_a_revoked_refresh_token_is_needs_reauth_without_contacting_the_imap_server(
    dovecot: Dovecot, idp: Idp
) -> None:
    refresh = idp.refresh_token(dovecot.user)
    idp.revoke(refresh)
    box = mailbox(dovecot, RefreshingToken(idp.token_url, CLIENT_ID, refresh))
    try:
        with pytest.raises(ReauthRequired) as caught:
            await box.check()
        with pytest.raises(ReauthRequired):
            await box.check()
    finally:
        await box.close()
    assert "invalid_grant" in str(caught.value.detail)
    assert idp.refreshes == 1
    assert "method=XOAUTH2" not in dovecot.log()


def test_the_token_endpoint_must_be_https_except_on_loopback() -> None:
    from app.errors import BadRequest

    with pytest.raises(BadRequest):
        RefreshingToken("http://login.example.com/token", CLIENT_ID, "r")
    RefreshingToken("http://127.0.0.1:9/token", CLIENT_ID, "r")
    assert "secret-value" not in repr(FixedToken("secret-value"))


def test_the_access_token_is_refreshed_near_its_expiry_and_a_rotated_refresh_token_kept(
    idp: Idp,
) -> None:
    now = [1000.0]
    refresh = idp.refresh_token("sam")
    source = RefreshingToken(idp.token_url, CLIENT_ID, refresh, clock=lambda: now[0])
    first = source.token()
    assert idp.introspect(first)["active"] is True
    now[0] += 3600 - 121  # still outside the two-minute margin
    assert source.token() == first and idp.refreshes == 1
    now[0] += 2  # inside it: a new token
    second = source.token()
    assert second != first and idp.refreshes == 2

    # A provider that rotates refresh tokens (Microsoft): the old one is revoked at each
    # refresh, so only a source that keeps the new one can refresh twice more.
    idp.rotate = True
    for _ in range(2):
        now[0] += 4000
        assert idp.introspect(source.token())["active"] is True
    assert idp.refreshes == 4
    assert refresh not in idp.refresh


def test_a_wrong_client_id_is_needs_reauth_and_the_secret_is_not_in_the_message(
    idp: Idp,
) -> None:
    refresh = idp.refresh_token("sam")
    source = RefreshingToken(idp.token_url, "someone-else", refresh)
    with pytest.raises(ReauthRequired) as caught:
        source.token()
    assert "invalid_client" in str(caught.value.detail)
    assert refresh not in str(caught.value.detail) and refresh not in repr(source)


def test_rightnote_run_logs_in_with_the_token_from_the_environment(
    dovecot: Dovecot, idp: Idp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from app.cli import _register
    from app.cli import app as cli_app

    _register()
    for name in ("RIGHTNOTE_DATABASE_URL", "RIGHTNOTE_IMAP_PASSWORD", "RIGHTNOTE_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("RIGHTNOTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    sample = Path(__file__).resolve().parents[2] / "examples" / "calendar.ics"
    args = [
        "run",
        "--calendar",
        str(sample),
        "--me",
        "sam.okafor@example.com",
        "--imap",
        f"imap://{dovecot.user}@127.0.0.1:{dovecot.port}",
        "--now",
        "2026-11-24T20:00:00Z",
        "--timezone",
        "America/New_York",
        "--json",
    ]
    monkeypatch.setenv("RIGHTNOTE_IMAP_OAUTH2_TOKEN", "expired-or-never-issued")
    refused = CliRunner().invoke(cli_app, args)
    assert refused.exit_code == 2
    assert "OAuth 2 access token was not accepted" in refused.output
    assert "expired-or-never-issued" not in refused.output

    monkeypatch.setenv("RIGHTNOTE_IMAP_OAUTH2_TOKEN", idp.issue(dovecot.user))
    result = CliRunner().invoke(cli_app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["drafts_created"] == 4
    assert len(dovecot.messages("Drafts")) == 4


def test_an_oversized_or_broken_token_answer_is_refused_cleanly() -> None:
    import httpx

    from app.errors import ProviderUnavailable

    sent: list[int] = []

    def stream() -> Iterator[bytes]:
        for _ in range(1000):  # 64 MB if read to the end
            sent.append(1)
            yield b"x" * 65536

    def handler(request: httpx.Request) -> httpx.Response:
        if b"big" in request.content:
            return httpx.Response(200, content=stream())
        if b"down" in request.content:
            return httpx.Response(503, json={"error": "temporarily_unavailable"})
        return httpx.Response(200, content=b"<html>not json</html>")

    def source(refresh: str) -> RefreshingToken:
        return RefreshingToken(
            "https://login.example.com/token",
            CLIENT_ID,
            refresh,
            transport=httpx.MockTransport(handler),
        )

    # Not a verdict on the token (a captive portal, a broken proxy): tried again later.
    with pytest.raises(ProviderUnavailable):
        source("big").token()
    assert len(sent) <= 2  # stopped reading just past the 64 KiB limit
    with pytest.raises(ProviderUnavailable):
        source("html").token()
    with pytest.raises(ProviderUnavailable):
        source("down").token()
