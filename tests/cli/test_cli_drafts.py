"""`rightnote draft` as people use it (issue 15) and `rightnote gallery` (docs/drafts.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import _register, app
from app.cli.gallery import DEFAULT_PATH, cases, render

_register()
runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


def test_the_committed_gallery_is_up_to_date() -> None:
    committed = (ROOT / DEFAULT_PATH).read_text(encoding="utf-8")
    assert committed == render(), "docs/drafts.md is stale: run `rightnote gallery` and commit"


def test_gallery_check_fails_on_a_stale_file(tmp_path: Path) -> None:
    stale = tmp_path / "drafts.md"
    stale.write_text("# old\n")
    result = runner.invoke(app, ["gallery", "--check", "--output", str(stale)])
    assert result.exit_code == 1
    assert "stale" in result.output
    assert runner.invoke(app, ["gallery", "--output", str(stale)]).exit_code == 0
    assert runner.invoke(app, ["gallery", "--check", "--output", str(stale)]).exit_code == 0


def test_the_gallery_covers_every_scenario_and_kind() -> None:
    all_cases = cases()
    assert len(all_cases) >= 30
    assert {c.inp.scenario for c in all_cases} == {
        "recovery",
        "follow_up",
        "gratitude",
        "ask_recruiter",
    }
    assert {c.kind for c in all_cases} >= {"rich", "minimal", "hurried", "messy", "panel"}
    text = render()
    assert "??" not in text.replace("“i think I said we'd shard by user id??”", "").replace(
        "“who owns the rollback plan??”", ""
    )


@pytest.mark.parametrize("typed", ["follow-up", "Follow up", "FOLLOW_UP", " follow_up "])
def test_scenario_names_as_people_type_them(typed: str) -> None:
    result = runner.invoke(app, ["draft", "--scenario", typed, "--topic", "search", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["scenario"] == "follow_up"


def test_an_unknown_scenario_lists_the_names() -> None:
    result = runner.invoke(app, ["draft", "--scenario", "thanks"])
    assert result.exit_code == 2
    assert "--scenario: must be one of: recovery, follow_up" in result.output


def test_end_before_start_is_refused() -> None:
    result = runner.invoke(
        app,
        [
            "draft",
            "-s",
            "gratitude",
            "--start",
            "2026-11-24T15:00:00",
            "--end",
            "2026-11-24T14:00:00",
        ],
    )
    assert result.exit_code == 2
    assert "ends before it starts" in result.output
    assert "Value error" not in result.output


def test_a_bad_address_is_said_in_words_not_a_regex() -> None:
    result = runner.invoke(app, ["draft", "-s", "gratitude", "--email", "not an address"])
    assert result.exit_code == 2
    assert "--email: is not an email address" in result.output
    assert "^[" not in result.output and "pattern" not in result.output


def test_send_by_without_a_zone_says_utc() -> None:
    result = runner.invoke(
        app,
        [
            "draft",
            "-s",
            "gratitude",
            "--name",
            "Dana Lee",
            "--start",
            "2026-11-24T14:00:00",
            "--end",
            "2026-11-24T15:00:00",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "10:00 UTC" in result.output


def test_suggest_lists_editable_questions_and_ignored_fields_are_shown() -> None:
    result = runner.invoke(
        app,
        ["draft", "-s", "follow-up", "--topic", "Kubernetes", "--stumble", "I froze", "--suggest"],
    )
    assert result.exit_code == 0, result.output
    assert "[a question from our conversation]" in result.output
    assert "Questions you could ask" in result.output
    assert "For Kubernetes, how does the team decide what gets cut" in result.output
    assert "Not used: details.stumble" in result.output


def test_the_signature_comes_from_settings_when_no_candidate_is_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RIGHTNOTE_LOCAL_USER_NAME", "Sam Okafor")
    result = runner.invoke(app, ["draft", "-s", "gratitude", "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["text"].rstrip().endswith("Sam Okafor")
    assert "[your name]" not in body["placeholders"]
