"""Offline checks that our add-on JSON is what Google accepts.

- Cards: parsed strictly as `google.apps.card_v1.Card` (Google's published protobuf, PyPI
  `google-apps-card`): unknown fields, wrong enum values and wrong JSON types all fail.
- Response wrappers (trigger `action`, `renderActions`, `hostAppAction.gmailAction`,
  `requesting_google_scopes`) have no published proto. They are modelled here from Google's RPC
  reference for add-on responses (RenderActions, Action, Navigation, Notification, OpenLink,
  HostAppAction, GmailClientAction, UpdateDraftActionMarkup, OpenCreatedDraftActionMarkup) with
  `extra="forbid"`, strict types and the documented enums. Only the parts RightNote uses are
  modelled; anything else is refused on purpose, so a new kind of response gets a model first.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from google.apps.card_v1 import Card
from google.protobuf import json_format
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator


def assert_card(card: dict[str, Any]) -> dict[str, Any]:
    """Parse `card` strictly as a Card v1 message; raises ParseError naming the bad field."""
    assert isinstance(card, dict), f"a card is a JSON object, not {type(card).__name__}"
    json_format.ParseDict(card, Card.pb()(), ignore_unknown_fields=False)
    _no_chat_only_fields(card)
    return card


def _no_chat_only_fields(value: Any) -> None:
    """The Card proto is shared with Chat; fields Google marks "Chat apps only" parse but are not
    for add-ons. Button.type is one (a button is the object with `onClick` and `text`)."""
    if isinstance(value, dict):
        if "onClick" in value and "type" in value:
            raise json_format.ParseError("Button.type is for Google Chat apps only, not add-ons")
        for item in value.values():
            _no_chat_only_fields(item)
    elif isinstance(value, list):
        for item in value:
            _no_chat_only_fields(item)


def _card_field(card: dict[str, Any]) -> dict[str, Any]:
    try:
        return assert_card(card)
    except json_format.ParseError as exc:  # a ValueError lets pydantic report where the card sits
        raise ValueError(f"not a valid Card v1: {exc}") from exc


CardJson = Annotated[dict[str, Any], AfterValidator(_card_field)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


def _exactly_one(model: BaseModel, what: str) -> None:
    set_fields = [name for name in type(model).model_fields if getattr(model, name) is not None]
    if len(set_fields) != 1:
        raise ValueError(f"{what} must set exactly one of its fields, got {set_fields or 'none'}")


class Notification(_Strict):
    text: str = Field(min_length=1)


class OpenLink(_Strict):
    url: str = Field(pattern=r"^https://")
    openAs: Literal["FULL_SIZE", "OVERLAY"] | None = None
    onClose: Literal["NOTHING", "RELOAD"] | None = None


class Navigation(_Strict):
    popToRoot: Literal[True] | None = None
    pop: Literal[True] | None = None
    popToCard: str | None = None
    pushCard: CardJson | None = None
    updateCard: CardJson | None = None

    @model_validator(mode="after")
    def _one(self) -> Navigation:
        _exactly_one(self, "a navigation")
        return self


class Action(_Strict):
    navigations: list[Navigation] | None = Field(default=None, min_length=1)
    link: OpenLink | None = None
    notification: Notification | None = None

    @model_validator(mode="after")
    def _something(self) -> Action:
        if self.navigations is None and self.link is None and self.notification is None:
            raise ValueError("an action must navigate, open a link or notify")
        return self


class InsertContent(_Strict):
    content: str
    contentType: Literal["TEXT", "MUTABLE_HTML", "IMMUTABLE_HTML"]


class UpdateBody(_Strict):
    insertContents: list[InsertContent] = Field(min_length=1)
    type: Literal["IN_PLACE_INSERT", "INSERT_AT_START", "INSERT_AT_END", "REPLACE"]


class UpdateSubject(_Strict):
    subject: str


class Recipient(_Strict):
    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+$")


class UpdateToRecipients(_Strict):
    toRecipients: list[Recipient]


class UpdateCcRecipients(_Strict):
    ccRecipients: list[Recipient]


class UpdateBccRecipients(_Strict):
    bccRecipients: list[Recipient]


class UpdateDraftActionMarkup(_Strict):
    updateBody: UpdateBody | None = None
    updateSubject: UpdateSubject | None = None
    updateToRecipients: UpdateToRecipients | None = None
    updateCcRecipients: UpdateCcRecipients | None = None
    updateBccRecipients: UpdateBccRecipients | None = None

    @model_validator(mode="after")
    def _something(self) -> UpdateDraftActionMarkup:
        if all(getattr(self, name) is None for name in type(self).model_fields):
            raise ValueError("updateDraftActionMarkup must update something")
        return self


class OpenCreatedDraftActionMarkup(_Strict):
    draftId: str = Field(min_length=1)
    draftThreadId: str = Field(min_length=1)
    draftStorageId: str | None = None


class GmailAction(_Strict):
    updateDraftActionMarkup: UpdateDraftActionMarkup | None = None
    openCreatedDraftActionMarkup: OpenCreatedDraftActionMarkup | None = None

    @model_validator(mode="after")
    def _one(self) -> GmailAction:
        _exactly_one(self, "a gmailAction")
        return self


class HostAppAction(_Strict):
    gmailAction: GmailAction


class RenderActions(_Strict):
    action: Action | None = None
    hostAppAction: HostAppAction | None = None

    @model_validator(mode="after")
    def _something(self) -> RenderActions:
        if self.action is None and self.hostAppAction is None:
            raise ValueError("renderActions needs an action or a hostAppAction")
        return self


class ActionResponse(_Strict):
    """What a widget action endpoint returns."""

    # No top-level stateChanged: Google documents it for Apps Script's ActionResponse builder,
    # not for the HTTP runtime's response.
    renderActions: RenderActions


class TriggerResponse(_Strict):
    """What a homepage / compose / event-open trigger returns."""

    action: Action

    @model_validator(mode="after")
    def _pushes(self) -> TriggerResponse:
        navigations = self.action.navigations or []
        if not any(nav.pushCard is not None for nav in navigations):
            raise ValueError("a trigger response must push a card")
        return self


_SCOPE = r"^https://(www\.googleapis\.com/auth/\S+|mail\.google\.com/)$"


class RequestingGoogleScopes(_Strict):
    all_scopes: Literal[True] | None = None
    scopes: list[Annotated[str, Field(pattern=_SCOPE)]] | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _one(self) -> RequestingGoogleScopes:
        _exactly_one(self, "requesting_google_scopes")
        return self


class ScopeRequestResponse(_Strict):
    requesting_google_scopes: RequestingGoogleScopes


def assert_render_actions(response: dict[str, Any]) -> ActionResponse:
    return ActionResponse.model_validate(response)


def assert_trigger_response(response: dict[str, Any]) -> TriggerResponse:
    return TriggerResponse.model_validate(response)


def assert_scope_request(response: dict[str, Any]) -> ScopeRequestResponse:
    return ScopeRequestResponse.model_validate(response)


def assert_addon_response(response: dict[str, Any]) -> BaseModel:
    """Any response an add-on endpoint may return, checked by its shape."""
    if "requesting_google_scopes" in response:
        return assert_scope_request(response)
    if "renderActions" in response:
        return assert_render_actions(response)
    return assert_trigger_response(response)
