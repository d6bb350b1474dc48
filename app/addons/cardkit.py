"""Small builders for Google Workspace add-on JSON: Card v1 widgets and the response wrappers.

Pure functions returning plain dicts, named after the JSON they produce (camelCase keys as Google
expects). Tests check every card against `google.apps.card_v1.Card` and every wrapper against a
model of Google's documented RenderActions schema (tests/support/google_schema.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

Json = dict[str, Any]

SelectionType = Literal["DROPDOWN", "RADIO_BUTTON", "CHECK_BOX", "SWITCH"]
ImageType = Literal["CIRCLE", "SQUARE"]
# There is no plain "HTML": MUTABLE_HTML lets the user keep editing what we insert.
ContentType = Literal["TEXT", "MUTABLE_HTML", "IMMUTABLE_HTML"]
InsertType = Literal["IN_PLACE_INSERT", "INSERT_AT_START", "INSERT_AT_END", "REPLACE"]


def _drop_none(values: Mapping[str, Any]) -> Json:
    return {key: value for key, value in values.items() if value is not None}


# --- cards -------------------------------------------------------------------------------


def card(
    *sections: Json,
    header: Json | None = None,
    fixed_footer: Json | None = None,
    name: str | None = None,
) -> Json:
    if not sections:
        raise ValueError("a card needs at least one section")
    return _drop_none(
        {"header": header, "sections": list(sections), "fixedFooter": fixed_footer, "name": name}
    )


def card_header(
    title: str,
    subtitle: str | None = None,
    *,
    image_url: str | None = None,
    image_type: ImageType = "CIRCLE",
    image_alt_text: str | None = None,
) -> Json:
    values: Json = {"title": title, "subtitle": subtitle}
    if image_url is not None:
        values |= {"imageUrl": image_url, "imageType": image_type, "imageAltText": image_alt_text}
    return _drop_none(values)


def section(
    *widgets: Json,
    header: str | None = None,
    collapsible: bool = False,
    uncollapsible_widgets: int | None = None,
) -> Json:
    if not widgets:
        raise ValueError("a section needs at least one widget")
    values: Json = {"header": header, "widgets": list(widgets)}
    if collapsible:
        values |= {"collapsible": True, "uncollapsibleWidgetsCount": uncollapsible_widgets}
    return _drop_none(values)


def fixed_footer(primary: Json, secondary: Json | None = None) -> Json:
    """Buttons pinned to the bottom of the card (each from `button`)."""
    return _drop_none({"primaryButton": primary, "secondaryButton": secondary})


# --- widgets -----------------------------------------------------------------------------


def text_paragraph(text: str, *, max_lines: int | None = None) -> Json:
    return {"textParagraph": _drop_none({"text": text, "maxLines": max_lines})}


def decorated_text(
    text: str,
    *,
    top_label: str | None = None,
    bottom_label: str | None = None,
    wrap: bool = True,
    button: Json | None = None,
) -> Json:
    return {
        "decoratedText": _drop_none(
            {
                "topLabel": top_label,
                "text": text,
                "bottomLabel": bottom_label,
                "wrapText": wrap,
                "button": button,
            }
        )
    }


def text_input(
    name: str,
    label: str,
    *,
    value: str | None = None,
    hint: str | None = None,
    multiline: bool = False,
) -> Json:
    return {
        "textInput": _drop_none(
            {
                "name": name,
                "label": label,
                "hintText": hint,
                "value": value,
                "type": "MULTIPLE_LINE" if multiline else "SINGLE_LINE",
            }
        )
    }


def choice(text: str, value: str, *, selected: bool = False) -> Json:
    """One item of a `selection_input`."""
    return {"text": text, "value": value, "selected": selected}


def selection_input(
    name: str,
    label: str,
    items: Sequence[Json],
    *,
    kind: SelectionType = "DROPDOWN",
) -> Json:
    if not items:
        raise ValueError("a selection input needs at least one item")
    return {"selectionInput": {"name": name, "label": label, "type": kind, "items": list(items)}}


def action(
    function_url: str,
    parameters: Mapping[str, str] | None = None,
    *,
    persist_values: bool = True,
) -> Json:
    """An `onClick.action`: Google POSTs the event object to `function_url`.

    Parameter values must be strings: Google drops or rejects anything else.
    """
    params = []
    for key, value in (parameters or {}).items():
        if not isinstance(value, str):
            raise TypeError(
                f"action parameter {key!r} must be a string, not {type(value).__name__}"
            )
        params.append({"key": key, "value": value})
    return _drop_none(
        {
            "function": function_url,
            "parameters": params or None,
            "persistValues": persist_values or None,
        }
    )


# A filled button's colour (RightNote's accent, #1F5F6B). Button.type (FILLED, OUTLINED...) is
# for Chat apps only; add-ons fill a button by giving it a colour.
ACCENT_COLOR = {"red": 0x1F / 255, "green": 0x5F / 255, "blue": 0x6B / 255}


def button(text: str, on_click: Json, *, filled: bool = False, disabled: bool = False) -> Json:
    """A button running `on_click` (from `action`)."""
    return _drop_none(
        {
            "text": text,
            "onClick": {"action": on_click},
            "color": dict(ACCENT_COLOR) if filled else None,
            "disabled": disabled or None,
        }
    )


def link_button(text: str, url: str) -> Json:
    """A button opening `url` in a new tab (must match the deployment's openLinkUrlPrefixes)."""
    return {"text": text, "onClick": {"openLink": {"url": url}}}


def button_list(*buttons: Json) -> Json:
    if not buttons:
        raise ValueError("a button list needs at least one button")
    return {"buttonList": {"buttons": list(buttons)}}


def divider() -> Json:
    return {"divider": {}}


# --- responses ---------------------------------------------------------------------------


def trigger_response(pushed: Json) -> Json:
    """What a homepage, compose or event-open trigger returns: the card to show."""
    return {"action": {"navigations": [{"pushCard": pushed}]}}


def render_actions(
    *,
    push_card: Json | None = None,
    update_card: Json | None = None,
    notification: str | None = None,
) -> Json:
    """What a widget action returns: replace or push a card and/or show a notification."""
    if push_card is not None and update_card is not None:
        raise ValueError("push a card or update it, not both")
    navigations = []
    if push_card is not None:
        navigations.append({"pushCard": push_card})
    if update_card is not None:
        navigations.append({"updateCard": update_card})
    act = _drop_none(
        {
            "navigations": navigations or None,
            "notification": {"text": notification} if notification is not None else None,
        }
    )
    if not act:
        raise ValueError("render_actions needs a card or a notification")
    # No stateChanged: it is documented for Apps Script, not for HTTP add-on responses.
    return {"renderActions": {"action": act}}


def _recipients(field: str, emails: Sequence[str] | None) -> Json | None:
    if emails is None:
        return None
    return {field: [{"email": email} for email in emails]}


def update_draft_response(
    content: str,
    *,
    content_type: ContentType = "MUTABLE_HTML",
    insert_type: InsertType = "IN_PLACE_INSERT",
    subject: str | None = None,
    to: Sequence[str] | None = None,
    cc: Sequence[str] | None = None,
    bcc: Sequence[str] | None = None,
    notification: str | None = None,
) -> Json:
    """Insert `content` into the open compose window and optionally set subject and recipients.

    A recipients list given (even empty) replaces that list in the draft; None leaves it alone.
    """
    markup = _drop_none(
        {
            "updateBody": {
                "insertContents": [{"content": content, "contentType": content_type}],
                "type": insert_type,
            },
            "updateSubject": {"subject": subject} if subject is not None else None,
            "updateToRecipients": _recipients("toRecipients", to),
            "updateCcRecipients": _recipients("ccRecipients", cc),
            "updateBccRecipients": _recipients("bccRecipients", bcc),
        }
    )
    render: Json = {"hostAppAction": {"gmailAction": {"updateDraftActionMarkup": markup}}}
    if notification is not None:
        render["action"] = {"notification": {"text": notification}}
    return {"renderActions": render}


def open_created_draft_response(
    draft_id: str, thread_id: str, *, notification: str | None = None
) -> Json:
    """Open a draft created through the Gmail API in a compose window."""
    render: Json = {
        "hostAppAction": {
            "gmailAction": {
                "openCreatedDraftActionMarkup": {"draftId": draft_id, "draftThreadId": thread_id}
            }
        }
    }
    if notification is not None:
        render["action"] = {"notification": {"text": notification}}
    return {"renderActions": render}


def requesting_google_scopes(scopes: Sequence[str] | None = None) -> Json:
    """Ask the user to grant scopes they withheld under granular consent (all when None)."""
    if scopes is None:
        return {"requesting_google_scopes": {"all_scopes": True}}
    if not scopes:
        raise ValueError("name at least one scope, or None for all")
    return {"requesting_google_scopes": {"scopes": list(scopes)}}
