"""The preparation sheet on screen when the record does not say whether the borrower can pay:
the quadrant reads "unknown — find out" with the questions to ask, never a guessed approach."""

import os
from datetime import date, timedelta
from decimal import Decimal

import pytest

from fieldvisit.domain.cases import Case

pytestmark = pytest.mark.ui


def test_unknown_ability_shows_find_out_not_a_firm_approach(qtbot, sqlite_app):
    from fieldvisit.ui.prep_dialog import PrepDialog

    today = date.today()
    silent = Case(case_id="U-1", name="Lucía Gómez", balance=Decimal("1500.00"), currency="EUR",
                  due_date=today - timedelta(days=300), last_payment_date=today - timedelta(days=330),
                  last_payment_amount=Decimal("50"))
    with sqlite_app.uow() as uow:
        uow.cases.add_many([silent], None)
        uow.commit()
    dialog = PrepDialog(sqlite_app, "U-1")
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.browser.toPlainText()
    assert "unknown — find out" in text
    assert "able / unwilling" not in text
    assert "Ask at the door" in text and "afford to pay each month" in text
    assert "state the lawful next steps" not in text
    if os.environ.get("FIELDVISIT_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["FIELDVISIT_SHOTS"], "prep_unknown.png"))
