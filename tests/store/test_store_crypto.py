"""Token encryption: round trip, key rotation (library and `rightnote rotate-keys`), bad keys,
and the local key file."""

from __future__ import annotations

import asyncio
import os
import stat
import uuid
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from pydantic import SecretStr
from sqlalchemy import select
from typer.testing import CliRunner

import app.cli.db  # noqa: F401  (registers migrate and rotate-keys)
from app.auth.crypto import (
    CryptoConfigError,
    TokenCipher,
    TokenDecryptError,
    load_or_create_key_file,
)
from app.cli import app as cli_app
from app.settings import AuthMode, Settings
from app.store.connections import Connection
from app.store.db import Database
from app.store.migrations import run_migrations
from tests.store.conftest import add_user

TOKEN_SET = {
    "access_token": "ya29.a0-secret",
    "refresh_token": "1//0g-secret",
    "expires_at": "2025-03-10T16:00:00+00:00",
    "scope": ["https://www.googleapis.com/auth/gmail.compose"],
    "name": "Zoë",
}
KEY_A = Fernet.generate_key().decode()
KEY_B = Fernet.generate_key().decode()


def test_round_trip() -> None:
    cipher = TokenCipher([KEY_A])
    token = cipher.encrypt_json(TOKEN_SET)
    assert "secret" not in token
    assert cipher.decrypt_json(token) == TOKEN_SET


def test_newest_key_encrypts_and_older_keys_still_decrypt() -> None:
    old = TokenCipher([KEY_A]).encrypt_json(TOKEN_SET)
    both = TokenCipher([KEY_B, KEY_A])
    assert both.decrypt_json(old) == TOKEN_SET
    rotated = both.rotate(old)
    assert TokenCipher([KEY_B]).decrypt_json(rotated) == TOKEN_SET
    with pytest.raises(TokenDecryptError):
        TokenCipher([KEY_A]).decrypt_json(rotated)


def test_tampered_or_foreign_tokens_are_refused() -> None:
    token = TokenCipher([KEY_A]).encrypt_json(TOKEN_SET)
    tampered = token[:-6] + ("A" if token[-6] != "A" else "B") + token[-5:]
    for bad in (tampered, "not a token", "žluťoučký"):
        with pytest.raises(TokenDecryptError, match="could not be decrypted"):
            TokenCipher([KEY_A]).decrypt_json(bad)
    with pytest.raises(TokenDecryptError):
        TokenCipher([KEY_B]).rotate(token)


@pytest.mark.parametrize(
    "bad", ["short", KEY_A[:-2], "x" * 44, "a" * 64, "s3cr3t-but-not-base64!!"]
)
def test_a_malformed_key_gets_a_clear_message_without_the_key(bad: str) -> None:
    settings = Settings(encryption_keys=SecretStr(f"{KEY_B},{bad}"))
    with pytest.raises(CryptoConfigError) as caught:
        TokenCipher.from_settings(settings)
    message = str(caught.value)
    assert "RIGHTNOTE_ENCRYPTION_KEYS: key 2 of 2 is not a valid Fernet key" in message
    assert bad not in message
    assert KEY_B not in message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_keys_from_settings_win_over_the_key_file(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, encryption_keys=SecretStr(f" {KEY_B} , {KEY_A} "))
    cipher = TokenCipher.from_settings(settings)
    assert cipher.key_count == 2
    assert TokenCipher([KEY_B]).decrypt_json(cipher.encrypt_json(1)) == 1
    assert not (tmp_path / "secret.key").exists()


def test_local_mode_generates_a_private_key_file_once(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", auth_mode=AuthMode.LOCAL)
    first = TokenCipher.from_settings(settings)
    key_file = tmp_path / "data" / "secret.key"
    assert key_file.exists()
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    token = first.encrypt_json(TOKEN_SET)
    # A second start (or the worker next to the API) reads the same key back.
    assert TokenCipher.from_settings(settings).decrypt_json(token) == TOKEN_SET
    assert [p.name for p in key_file.parent.iterdir()] == ["secret.key"]  # no temp files left


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_key_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    key_file = tmp_path / "secret.key"
    load_or_create_key_file(key_file)
    key_file.chmod(0o644)
    with pytest.raises(CryptoConfigError, match="chmod 600") as caught:
        load_or_create_key_file(key_file)
    assert key_file.read_text().strip() not in str(caught.value)


def test_a_broken_key_file_names_the_file_not_the_contents(tmp_path: Path) -> None:
    key_file = tmp_path / "secret.key"
    key_file.write_text("garbage-key-material\n")
    key_file.chmod(0o600)
    settings = Settings(data_dir=tmp_path)
    with pytest.raises(CryptoConfigError) as caught:
        TokenCipher.from_settings(settings)
    assert str(key_file) in str(caught.value)
    assert "garbage-key-material" not in str(caught.value)


async def _connections_with(url: str, tokens: list[str]) -> list[uuid.UUID]:
    await run_migrations(url)
    database = Database(url)
    try:
        async with database.sessions() as session:
            user = await add_user(session)
            rows = [
                Connection(
                    user_id=user.id,
                    provider="google",
                    account_subject=str(i),
                    token_ciphertext=token,
                )
                for i, token in enumerate(tokens)
            ]
            rows.append(Connection(user_id=user.id, provider="ics", account_subject="feed"))
            session.add_all(rows)
            await session.commit()
            return [row.id for row in rows[:-1]]
    finally:
        await database.dispose()


async def _stored(url: str) -> dict[uuid.UUID, tuple[str | None, int]]:
    database = Database(url)
    try:
        async with database.sessions() as session:
            rows = (
                await session.execute(
                    select(Connection.id, Connection.token_ciphertext, Connection.token_version)
                )
            ).all()
            return {row[0]: (row[1], row[2]) for row in rows}
    finally:
        await database.dispose()


async def test_rotate_keys_command(
    db: Database, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    under_a = TokenCipher([KEY_A])
    ids = await _connections_with(
        database_url, [under_a.encrypt_json({**TOKEN_SET, "n": i}) for i in range(3)]
    )
    monkeypatch.setenv("RIGHTNOTE_DATABASE_URL", database_url)
    monkeypatch.setenv("RIGHTNOTE_ENCRYPTION_KEYS", f"{KEY_B},{KEY_A}")
    # The CLI runs its own event loop, so it goes to a worker thread.
    result = await asyncio.to_thread(CliRunner().invoke, cli_app, ["rotate-keys"])
    assert result.exit_code == 0, result.output
    assert "re-encrypted 3 token set(s)" in result.output
    for secret in (KEY_A, KEY_B, "ya29", "refresh_token"):
        assert secret not in result.output

    stored = await _stored(database_url)
    only_b = TokenCipher([KEY_B])
    for n, connection_id in enumerate(ids):
        ciphertext, version = stored[connection_id]
        assert ciphertext is not None
        assert only_b.decrypt_json(ciphertext) == {**TOKEN_SET, "n": n}
        assert version == 1  # a rotation is a token write: parallel refreshes must reread
        with pytest.raises(TokenDecryptError):
            under_a.decrypt_json(ciphertext)


async def test_rotate_keys_stops_on_a_token_no_key_reads(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lost_key = Fernet.generate_key().decode()
    ids = await _connections_with(
        sqlite_url,
        [TokenCipher([KEY_A]).encrypt_json(TOKEN_SET), TokenCipher([lost_key]).encrypt_json(1)],
    )
    before = await _stored(sqlite_url)
    monkeypatch.setenv("RIGHTNOTE_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("RIGHTNOTE_ENCRYPTION_KEYS", f"{KEY_B},{KEY_A}")

    result = await asyncio.to_thread(CliRunner().invoke, cli_app, ["rotate-keys"])
    assert result.exit_code == 2
    output = " ".join(result.output.split())
    assert "1 token set(s) cannot be decrypted with any configured key" in output
    assert str(ids[1]) in output
    assert "Nothing was changed" in output
    for secret in (KEY_A, KEY_B, lost_key):
        assert secret not in result.output
    assert await _stored(sqlite_url) == before


def test_rotate_keys_with_a_bad_key_is_a_clear_error(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RIGHTNOTE_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("RIGHTNOTE_ENCRYPTION_KEYS", "definitely-not-a-key")

    result = CliRunner().invoke(cli_app, ["rotate-keys"])
    assert result.exit_code == 2
    assert "key 1 of 1 is not a valid Fernet key" in " ".join(result.output.split())
    assert "definitely-not-a-key" not in result.output
