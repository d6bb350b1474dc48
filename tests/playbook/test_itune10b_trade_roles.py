"""Roles of titles in less common trades and languages (itune10b): the role table and the
family table place them so the right note goes to the right person."""

from __future__ import annotations

import pytest

from app.calendar.titles import role_of
from app.playbook.roles import Role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # Individual contributors of the vineyard, the climbing wall, the distillery, the zoo,
        # the airline's line training, the laboratory, the film crew, the workshop.
        ("Cellar Hand", Role.PEER),
        ("Route Setter", Role.PEER),
        ("Stillman, Nights", Role.PEER),
        ("Senior Keeper, Big Cats", Role.PEER),
        ("Senior Tea Taster", Role.PEER),
        ("Line Training Captain", Role.PEER),
        ("QS-Laborant, Schokoladenlabor", Role.PEER),
        ("Maschinist, Gipfelbahn", Role.PEER),
        ("Restauratrice", Role.PEER),
        ("Medical Science Liaison, Northeast", Role.PEER),
        ("2nd AC", Role.PEER),
        ("Servicetekniker, højspænding", Role.PEER),
        ("Truckförare", Role.PEER),
        ("Puuseppä", Role.PEER),
        ("高级评香员", Role.PEER),
        # A funeral director is a trade; one marked as the hiring manager decides.
        ("Funeral Director", Role.PEER),
        # People managers: a mine captain, a ship's master, a Dutch foreman, an executive
        # pastry chef, French heads named by their trade, a maître d'hôtel.
        ("Mine Captain, Nightfall Underground", Role.DECISION_MAKER),
        ("Master", Role.DECISION_MAKER),
        ("Voorman Oogst, Ploeg 2", Role.DECISION_MAKER),
        ("Executive Pastry Chef", Role.DECISION_MAKER),
        ("Cheffe patrouilleuse, Patrouille et secours", Role.DECISION_MAKER),
        ("Cheffe d'affinage", Role.DECISION_MAKER),
        ("Maître", Role.DECISION_MAKER),
        # Owners and the one who runs the firm.
        ("Directeur-eigenaar", Role.EXECUTIVE),
        ("Titolare", Role.EXECUTIVE),
        ("Amministratore Unico", Role.EXECUTIVE),
        ("Steuerberater und Kanzleiinhaber", Role.EXECUTIVE),
        ("总经理", Role.EXECUTIVE),
    ],
)
def test_trade_titles_get_their_role(title: str, role: Role) -> None:
    assert role_of(title) is role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # Unchanged neighbours: a cellar master and a master electrician work the trade; a head
        # keeper leads; a chef de rang and a chef de partie work a station; a funeral director
        # marked as the hiring manager decides; a lecturer ("maître de conférences") teaches.
        ("Cellar Master", Role.PEER),
        ("Master Electrician", Role.PEER),
        ("Head Keeper, Carnivores", Role.DECISION_MAKER),
        ("Chef de Rang", Role.PEER),
        ("Chef de Partie, Pastry", Role.PEER),
        ("Maître de conférences", Role.UNKNOWN),
        ("Director of Photography", Role.DECISION_MAKER),
    ],
)
def test_neighbours_keep_their_role(title: str, role: Role) -> None:
    assert role_of(title) is role


def test_a_marked_funeral_director_decides() -> None:
    assert role_of("Funeral Director", True) is Role.DECISION_MAKER
