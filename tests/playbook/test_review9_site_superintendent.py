"""A bare "Superintendent" is most often a construction site's, a people manager who hires for the
site; only a school district's superintendent is an executive (review9 of 2026-12-08: a bare title
had become an executive, which turns a hiring manager's follow-up into a brief thank-you)."""

from __future__ import annotations

import pytest

from app.playbook.roles import Role, explain_title


@pytest.mark.parametrize(
    "title", ["Superintendent", "superintendent", "Project Superintendent", "Site Superintendent"]
)
def test_a_site_superintendent_manages_people(title: str) -> None:
    match = explain_title(title)
    assert match is not None and match.role is Role.DECISION_MAKER


@pytest.mark.parametrize(
    "title", ["Superintendent of Schools", "Schools Superintendent", "District Superintendent"]
)
def test_a_district_superintendent_runs_the_district(title: str) -> None:
    match = explain_title(title)
    assert match is not None and match.role is Role.EXECUTIVE
