"""Short-lived, signed and encrypted tokens for the connect flow: the link and the OAuth state.

A connect link (`/connect/google?t=...`) proves who asked to connect: it is minted server-side for
a verified user (the Gmail card's add-on user, the task pane's Entra user) and names their user
id, so `/connect/*` never takes a raw user id from the browser. The OAuth `state` names the
connect attempt row that holds the PKCE verifier. Both are Fernet tokens (AES-CBC + HMAC, with a
timestamp that `open` checks against a TTL) under keys derived with HKDF from
RIGHTNOTE_ENCRYPTION_KEYS, so they share no key with the stored token ciphertexts, and a key
rotation keeps recent links valid (every configured key opens; the newest seals).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.auth.crypto import CryptoConfigError, configured_keys
from app.settings import Settings

_INFO = b"rightnote/connect-tokens/v1"
# Tokens are small JSON; anything much larger was not made here and is refused unread.
MAX_TOKEN_CHARS = 4096


class BadToken(ValueError):
    """Tampered, expired, for another purpose, or not ours. The message names no detail."""


def _derive(key: str) -> bytes:
    try:
        raw = base64.urlsafe_b64decode(key.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raise CryptoConfigError("an encryption key is not url-safe base64") from None
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(raw)
    return base64.urlsafe_b64encode(derived)


class Sealer:
    def __init__(self, keys: Sequence[str]) -> None:
        if not keys:
            raise CryptoConfigError("no encryption key configured")
        self._fernet = MultiFernet([Fernet(_derive(key)) for key in keys])

    @classmethod
    def from_settings(cls, settings: Settings) -> Sealer:
        return cls(configured_keys(settings)[0])

    def seal(self, purpose: str, payload: dict[str, Any]) -> str:
        data = json.dumps({"p": purpose, **payload}, separators=(",", ":")).encode()
        return self._fernet.encrypt(data).decode("ascii")

    def open(self, purpose: str, token: str | None, *, ttl_seconds: int) -> dict[str, Any]:
        """The payload of a token sealed for `purpose` no more than `ttl_seconds` ago."""
        if not token or len(token) > MAX_TOKEN_CHARS:
            raise BadToken("missing or malformed")
        try:
            data = self._fernet.decrypt(token.encode("ascii"), ttl=ttl_seconds)
            value = json.loads(data)
        except (InvalidToken, UnicodeEncodeError, ValueError):
            raise BadToken("not valid, or expired") from None
        if not isinstance(value, dict) or value.get("p") != purpose:
            raise BadToken("made for something else")
        return value
