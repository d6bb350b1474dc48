"""Who is calling. Routes depend on `CurrentIdentity`; how it is proven depends on the auth mode.

In local mode there is one implicit user. In production mode every request carries a bearer token
that one of the registered verifiers (Microsoft Entra ID, Google) must accept; identity is never
read from a header or body field that is not cryptographically verified.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Protocol

from fastapi import Depends, Request

from app.errors import Unauthorized
from app.ops.ratelimit import limit_user
from app.settings import AuthMode

if TYPE_CHECKING:
    from app.state import State


@dataclass(frozen=True, slots=True)
class Identity:
    provider: str  # "local" | "google" | "microsoft"
    subject: str  # Google `sub`, Microsoft `oid`
    tenant: str | None = None  # Microsoft `tid`
    email: str | None = None
    name: str | None = None

    @property
    def key(self) -> str:
        """Stable user key: provider, tenant and subject (never the mutable email)."""
        return f"{self.provider}:{self.tenant or '-'}:{self.subject}"


LOCAL_IDENTITY = Identity(provider="local", subject="local")


class IdentityVerifier(Protocol):
    async def verify(self, token: str) -> Identity | None:
        """The identity the token proves; None if the token is not this verifier's kind.

        Raise `Unauthorized` for a token of this verifier's kind that fails a check.
        """


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


@functools.lru_cache(maxsize=8)  # one local user per process: built once, not per request
def _local_identity(email: str | None, name: str | None) -> Identity:
    return Identity(provider="local", subject="local", email=email, name=name)


async def current_identity(request: Request) -> Identity:
    state: State = request.app.state.rightnote
    settings = state.settings
    if settings.auth_mode is AuthMode.LOCAL:
        identity = _local_identity(settings.local_user_email, settings.local_user_name)
    else:
        identity = await _verified(bearer_token(request), state.verifiers)
    # The per-user limit, where an identity has just been proven; none before the lifespan ran.
    if state.opened is not None:
        await limit_user(identity, state.opened.rate_limits, state.opened.metrics)
    return identity


async def _verified(token: str | None, verifiers: list[IdentityVerifier]) -> Identity:
    if token is None:
        raise Unauthorized("a bearer token is required", headers={"WWW-Authenticate": "Bearer"})
    for verifier in verifiers:
        identity = await verifier.verify(token)
        if identity is not None:
            return identity
    raise Unauthorized("the token was not accepted", headers={"WWW-Authenticate": "Bearer"})


CurrentIdentity = Annotated[Identity, Depends(current_identity)]
