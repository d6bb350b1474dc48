"""Card kit output is what Google accepts: cards parse strictly as Card v1, wrappers match the
documented RenderActions schema. Also: the schema checks themselves refuse the known pitfalls."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from google.protobuf import json_format
from pydantic import ValidationError

from app.addons import cardkit as ck
from tests.support.google_schema import (
    assert_addon_response,
    assert_card,
    assert_render_actions,
    assert_scope_request,
    assert_trigger_response,
)

BASE = "https://rightnote.example.com"
EXAMPLES = Path(__file__).parent / "examples"  # copied from the research notes


def sample_card() -> dict[str, Any]:
    insert = ck.action(BASE + "/addons/gmail/actions/insert", {"suggestionId": "s2", "n": "3"})
    return ck.card(
        ck.section(
            ck.decorated_text(
                "Dana Lee <interviewer@company.example>",
                top_label="To",
                bottom_label="Engineering manager",
                button=ck.button("Change", ck.action(BASE + "/addons/gmail/actions/change")),
            ),
            ck.text_paragraph("A short, specific thank-you.", max_lines=3),
            ck.divider(),
            ck.text_input("notes", "Something you discussed", hint="One line", multiline=True),
            ck.text_input("topic", "Topic", value="system design"),
            ck.selection_input(
                "tone",
                "Tone",
                [ck.choice("Warm", "warm", selected=True), ck.choice("Formal", "formal")],
            ),
            ck.selection_input("send", "Send", [ck.choice("Today", "today")], kind="RADIO_BUTTON"),
            ck.selection_input("cc", "Cc", [ck.choice("Recruiter", "r")], kind="CHECK_BOX"),
            ck.button_list(
                ck.button("Insert into email", insert, filled=True),
                ck.link_button("Open RightNote", BASE + "/connect"),
                ck.button("Disabled", insert, disabled=True),
            ),
            header="Suggestion",
            collapsible=True,
            uncollapsible_widgets=2,
        ),
        ck.section(ck.text_paragraph("Second section")),
        header=ck.card_header(
            "RightNote", "After your interview", image_url=BASE + "/static/rightnote-logo-96.png"
        ),
        fixed_footer=ck.fixed_footer(
            ck.button("Insert", insert), ck.button("Skip", ck.action(BASE + "/skip"))
        ),
        name="suggestion",
    )


def test_a_filled_button_has_a_colour_not_the_chat_only_type() -> None:
    insert = ck.action(BASE + "/insert")
    filled = ck.button("Insert into email", insert, filled=True)
    assert "type" not in filled
    assert filled["color"] == {"red": 0x1F / 255, "green": 0x5F / 255, "blue": 0x6B / 255}
    assert_card(ck.card(ck.section(ck.button_list(filled))))
    # The Card proto (shared with Chat) parses Button.type; our check refuses it for add-ons.
    with pytest.raises(json_format.ParseError, match="Chat apps only"):
        assert_card(ck.card(ck.section(ck.button_list({**filled, "type": "FILLED"}))))


def test_a_full_card_parses_strictly_as_card_v1() -> None:
    card = sample_card()
    assert_card(card)
    widgets = card["sections"][0]["widgets"]
    params = widgets[-1]["buttonList"]["buttons"][0]["onClick"]["action"]["parameters"]
    assert params == [{"key": "suggestionId", "value": "s2"}, {"key": "n", "value": "3"}]
    assert widgets[3]["textInput"]["type"] == "MULTIPLE_LINE"
    assert widgets[5]["selectionInput"]["type"] == "DROPDOWN"
    assert widgets[6]["selectionInput"]["type"] == "RADIO_BUTTON"


@pytest.mark.parametrize(
    "widget",
    [
        ck.text_paragraph("x"),
        ck.decorated_text("x"),
        ck.text_input("a", "b"),
        ck.selection_input("a", "b", [ck.choice("x", "y")], kind="SWITCH"),
        ck.button_list(ck.button("x", ck.action(BASE + "/x"))),
        ck.divider(),
    ],
)
def test_each_widget_alone_is_valid(widget) -> None:
    assert_card(ck.card(ck.section(widget)))


def test_the_minimal_card_has_no_empty_keys() -> None:
    card = ck.card(ck.section(ck.text_paragraph("Hi")))
    assert card == {"sections": [{"widgets": [{"textParagraph": {"text": "Hi"}}]}]}


def test_parameter_values_must_be_strings() -> None:
    with pytest.raises(TypeError, match="'draft'"):
        ck.action(BASE + "/x", {"draft": True})  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        ck.action(BASE + "/x", {"count": 3})  # type: ignore[dict-item]


@pytest.mark.parametrize(
    "build",
    [
        lambda: ck.card(),
        lambda: ck.section(),
        lambda: ck.button_list(),
        lambda: ck.selection_input("a", "b", []),
        lambda: ck.render_actions(),
        lambda: ck.requesting_google_scopes([]),
    ],
)
def test_empty_containers_are_refused(build) -> None:
    with pytest.raises(ValueError):
        build()


# --- responses ----------------------------------------------------------------------------


def test_trigger_response_pushes_the_card() -> None:
    response = ck.trigger_response(sample_card())
    assert_trigger_response(response)
    assert response["action"]["navigations"][0]["pushCard"]["name"] == "suggestion"


def test_render_actions_update_card_with_notification() -> None:
    response = ck.render_actions(
        update_card=ck.card(ck.section(ck.text_paragraph("Updated."))),
        notification="Saved",
    )
    assert_render_actions(response)
    assert "stateChanged" not in response  # documented for Apps Script, not for HTTP add-ons
    assert response["renderActions"]["action"]["notification"] == {"text": "Saved"}


def test_render_actions_push_card_and_notification_only() -> None:
    assert_render_actions(ck.render_actions(push_card=sample_card()))
    assert_render_actions(ck.render_actions(notification="Done"))
    with pytest.raises(ValueError):
        ck.render_actions(push_card=sample_card(), update_card=sample_card())


def test_update_draft_inserts_mutable_html_in_place() -> None:
    response = ck.update_draft_response(
        "<p>Hi Dana,</p><p>Thank you for today.</p>",
        subject="Thank you - Software Engineer interview",
        to=["interviewer@company.example"],
        cc=[],
        notification="Inserted",
    )
    assert_render_actions(response)
    markup = response["renderActions"]["hostAppAction"]["gmailAction"]["updateDraftActionMarkup"]
    assert markup["updateBody"] == {
        "insertContents": [
            {"content": "<p>Hi Dana,</p><p>Thank you for today.</p>", "contentType": "MUTABLE_HTML"}
        ],
        "type": "IN_PLACE_INSERT",
    }
    assert markup["updateSubject"] == {"subject": "Thank you - Software Engineer interview"}
    assert markup["updateToRecipients"] == {
        "toRecipients": [{"email": "interviewer@company.example"}]
    }
    assert markup["updateCcRecipients"] == {"ccRecipients": []}
    assert "updateBccRecipients" not in markup


def test_update_draft_plain_text_at_the_end() -> None:
    response = ck.update_draft_response("Thanks!", content_type="TEXT", insert_type="INSERT_AT_END")
    assert_render_actions(response)
    assert set(response["renderActions"]) == {"hostAppAction"}


def test_open_created_draft() -> None:
    response = ck.open_created_draft_response("r-123", "18f0c0ffee", notification="Draft created")
    assert_render_actions(response)


def test_requesting_scopes() -> None:
    assert ck.requesting_google_scopes() == {"requesting_google_scopes": {"all_scopes": True}}
    scope = "https://www.googleapis.com/auth/calendar.events.owned.readonly"
    assert_scope_request(ck.requesting_google_scopes([scope]))


# --- the schema checks refuse what Google would refuse ----------------------------------


def update_draft() -> dict[str, Any]:
    return ck.update_draft_response("<p>x</p>", subject="s", to=["a@b.example"])


def _markup(response: dict[str, Any]) -> dict[str, Any]:
    markup: dict[str, Any] = response["renderActions"]["hostAppAction"]["gmailAction"][
        "updateDraftActionMarkup"
    ]
    return markup


@pytest.mark.parametrize(
    "spoil",
    [
        lambda r: _markup(r)["updateBody"]["insertContents"][0].update(contentType="HTML"),
        lambda r: _markup(r)["updateBody"].update(type="INSERT"),
        lambda r: _markup(r)["updateBody"].update(insertContents=[]),
        lambda r: _markup(r)["updateSubject"].update(subject=None),
        lambda r: _markup(r)["updateToRecipients"].update(toRecipients=["a@b.example"]),
        lambda r: _markup(r).update(updateBodyy={}),
        lambda r: r["renderActions"]["hostAppAction"]["gmailAction"].update(
            openCreatedDraftActionMarkup={"draftId": "d", "draftThreadId": "t"}
        ),
        lambda r: r["renderActions"]["hostAppAction"].update(calendarAction={}),
        lambda r: r["renderActions"].update(action={}),
        lambda r: r.update(stateChanged=True),
        lambda r: r.update(action={"notification": {"text": "x"}}),
    ],
)
def test_render_actions_model_refuses_pitfalls(spoil) -> None:
    response = update_draft()
    spoil(response)
    with pytest.raises(ValidationError):
        assert_render_actions(response)


def test_cards_inside_responses_are_checked_as_card_v1() -> None:
    card = sample_card()
    button = card["sections"][0]["widgets"][-1]["buttonList"]["buttons"][0]
    button["onClick"]["action"]["parameters"][0]["value"] = True  # a boolean parameter value
    with pytest.raises(json_format.ParseError):
        assert_card(card)
    with pytest.raises(ValidationError, match="Card v1"):
        assert_trigger_response(ck.trigger_response(card))
    with pytest.raises(ValidationError, match="Card v1"):
        assert_render_actions(
            {"renderActions": {"action": {"navigations": [{"updateCard": card}]}}}
        )


@pytest.mark.parametrize(
    "response",
    [
        {"action": {"navigations": [{"updateCard": {"sections": []}}]}},  # a trigger must push
        {"action": {"navigations": [{"pushCard": {}, "pop": True}]}},  # one navigation each
        {"renderActions": {"action": {"navigations": [{"pushCard": {"widgets": []}}]}}},
        {"requesting_google_scopes": {"all_scopes": True, "scopes": ["x"]}},
        {"requesting_google_scopes": {"scopes": ["calendar.readonly"]}},
        {"requesting_google_scopes": {"allScopes": True}},
    ],
)
def test_malformed_wrappers_are_refused(response) -> None:
    with pytest.raises(ValidationError):
        assert_addon_response(response)


def test_the_research_example_responses_pass() -> None:
    for path in sorted(EXAMPLES.glob("response_*.json")):
        response = json.loads(path.read_text())
        response.pop("_source", None)
        assert_addon_response(copy.deepcopy(response))
