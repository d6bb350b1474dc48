"""A signature's "Kranichwerk Maschinenbau GmbH, Hannover": the town after the legal form is the
site's, not part of the firm's name (company._LEGAL_THEN_PLACE)."""

from __future__ import annotations

import pytest

from app.calendar.company import _clean_company


@pytest.mark.parametrize(
    ("written", "firm"),
    [
        ("Kranichwerk Maschinenbau GmbH, Hannover", "Kranichwerk Maschinenbau"),
        ("Norrvik Marin AB, Göteborg", "Norrvik Marin"),
        ("Tallowmere Ltd, New York", "Tallowmere"),
    ],
)
def test_the_town_after_the_legal_form_is_dropped(written: str, firm: str) -> None:
    assert _clean_company(written) == firm


def test_a_comma_in_the_name_itself_is_kept() -> None:
    # Guards: no legal form before the comma, or more than a town after it.
    assert _clean_company("Hollins, Vale & Sons") == "Hollins, Vale & Sons"
    assert _clean_company("Acme GmbH, Hannover and Berlin") == "Acme GmbH, Hannover and Berlin"
