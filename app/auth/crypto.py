"""Encryption of stored OAuth token sets: Fernet, with MultiFernet for key rotation.

Keys come from RIGHTNOTE_ENCRYPTION_KEYS (comma-separated, newest first): the newest encrypts,
every listed key decrypts. In local mode without that variable, a key is generated once into
`data_dir/secret.key` (mode 0600). No message here ever contains a key or a plaintext.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from app.settings import AuthMode, Settings

KEY_FILE_NAME = "secret.key"
_GENERATE_HINT = (
    "generate one with: python -c "
    "'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'"
)


class CryptoConfigError(ValueError):
    """The configured keys cannot be used."""


class TokenDecryptError(ValueError):
    """A stored token is not readable with any configured key (or was tampered with)."""


def generate_key() -> str:
    return Fernet.generate_key().decode()


def parse_keys(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _fernet(key: str | bytes, position: int, count: int, origin: str) -> Fernet:
    try:
        return Fernet(key)
    except (ValueError, TypeError):
        # Fernet's own error can quote base64 details; ours names only the position.
        raise CryptoConfigError(
            f"{origin}: key {position} of {count} is not a valid Fernet key (expected 32 "
            f"url-safe base64-encoded bytes, 44 characters); {_GENERATE_HINT}"
        ) from None


def configured_keys(settings: Settings) -> tuple[list[str], str]:
    """The Fernet keys of this deployment, newest first, and where they came from: the
    environment, or in local mode the generated key file."""
    if settings.encryption_keys is not None:
        return parse_keys(settings.encryption_keys.get_secret_value()), "RIGHTNOTE_ENCRYPTION_KEYS"
    if settings.auth_mode is AuthMode.LOCAL:
        path = settings.data_dir / KEY_FILE_NAME
        return parse_keys(load_or_create_key_file(path)), str(path)
    raise CryptoConfigError(
        f"RIGHTNOTE_ENCRYPTION_KEYS is required in production; {_GENERATE_HINT}"
    )


class TokenCipher:
    """Encrypts JSON-able values under the newest key; decrypts under any configured key."""

    def __init__(self, keys: Sequence[str | bytes], *, origin: str = "encryption keys") -> None:
        if not keys:
            raise CryptoConfigError(f"{origin}: no key given; {_GENERATE_HINT}")
        fernets = [_fernet(key, i, len(keys), origin) for i, key in enumerate(keys, start=1)]
        self._fernet = MultiFernet(fernets)
        self.key_count = len(fernets)

    @classmethod
    def from_settings(cls, settings: Settings) -> TokenCipher:
        keys, origin = configured_keys(settings)
        return cls(keys, origin=origin)

    def encrypt_json(self, value: Any) -> str:
        data = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
        return self._fernet.encrypt(data).decode("ascii")

    def decrypt_json(self, token: str) -> Any:
        try:
            data = self._fernet.decrypt(token.encode("ascii"))
        except (InvalidToken, UnicodeEncodeError):
            raise TokenDecryptError(
                "a stored token could not be decrypted with any configured key"
            ) from None
        return json.loads(data)

    def rotate(self, token: str) -> str:
        """The same plaintext re-encrypted under the newest key."""
        try:
            return self._fernet.rotate(token.encode("ascii")).decode("ascii")
        except (InvalidToken, UnicodeEncodeError):
            raise TokenDecryptError(
                "a stored token could not be decrypted with any configured key"
            ) from None


def load_or_create_key_file(path: Path) -> str:
    """The key file's contents, generating the file (0600) on first use.

    Creation is race-free across processes (the API and the worker may start together): the key
    is written to a private temporary file, then hard-linked into place, which fails if another
    process got there first; then everyone reads the one file that won.
    """
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w") as handle:
                handle.write(generate_key() + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            with contextlib.suppress(FileExistsError):
                os.link(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
    if os.name == "posix":
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            raise CryptoConfigError(
                f"{path} is readable by other users (mode {mode:04o}); run: chmod 600 {path}"
            )
    value = path.read_text(encoding="utf-8").strip()
    if not value:
        raise CryptoConfigError(f"{path} is empty; delete it to generate a new key")
    return value
