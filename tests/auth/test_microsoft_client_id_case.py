"""A client id configured in capitals. GUIDs are case-insensitive and Entra writes them in lower
case in every token (`aud`, `azp`/`appid`); the verifier already lower-cases the client id for
`azp` and for the derived app id URI, and compared `aud` with the setting as typed, so every v2
token (and every v1 token whose `aud` is the GUID) was refused as "not for this API". The
verifier (app/auth/microsoft.py) now compares a GUID audience without regard to case."""

from __future__ import annotations

import httpx
import pytest

from app.auth.jwks import JwksCache
from app.auth.microsoft import EntraTokenVerifier
from app.errors import Unauthorized
from app.settings import Settings
from tests.auth.test_microsoft_tokens import FakeClock
from tests.fakes.microsoft_identity import (
    API_CLIENT_ID,
    AUTHORITY_HOST,
    TENANT_ID,
    FakeMicrosoftIdentity,
)


@pytest.mark.parametrize("version", ["2.0", "1.0"])
async def test_a_client_id_typed_in_capitals_still_accepts_tokens(
    http: httpx.AsyncClient, fake: FakeMicrosoftIdentity, version: str
) -> None:
    settings = Settings(
        microsoft_client_id=API_CLIENT_ID.upper(),
        microsoft_authority_host=AUTHORITY_HOST,
        microsoft_allowed_tenants=[TENANT_ID],
        public_url="https://rightnote.example",
    )
    verifier = EntraTokenVerifier(
        settings, http, jwks=JwksCache(http, AUTHORITY_HOST, clock=FakeClock())
    )
    token = fake.access_token(version=version, overrides={"aud": API_CLIENT_ID})
    assert await verifier.verify(token) is not None


@pytest.mark.parametrize(
    "aud",
    [API_CLIENT_ID.upper(), "00000000-0000-0000-0000-0000000000ab", "https://graph.microsoft.com"],
)
async def test_the_audience_is_still_checked_and_a_guid_in_any_case_is_the_same_guid(
    http: httpx.AsyncClient, fake: FakeMicrosoftIdentity, aud: str
) -> None:
    settings = Settings(
        microsoft_client_id=API_CLIENT_ID,
        microsoft_authority_host=AUTHORITY_HOST,
        microsoft_allowed_tenants=[TENANT_ID],
        public_url="https://rightnote.example",
    )
    verifier = EntraTokenVerifier(
        settings, http, jwks=JwksCache(http, AUTHORITY_HOST, clock=FakeClock())
    )
    token = fake.access_token(version="2.0", overrides={"aud": aud})
    if aud == API_CLIENT_ID.upper():
        assert await verifier.verify(token) is not None
    else:
        with pytest.raises(Unauthorized):
            await verifier.verify(token)
