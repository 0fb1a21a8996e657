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


def test_dates_on_the_sheet_and_in_the_table_follow_one_format(qtbot, sqlite_app):
    """The evidence's dates, the proposal's dates and the case table's promise date are all
    written the same way, in the interface language (here Spanish)."""
    from PySide6.QtCore import QLocale

    from fieldvisit.adapters.i18n import day_text, promise_text
    from fieldvisit.adapters.pdf import sheet_html
    from fieldvisit.domain.prep import build_sheet

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        today = date(2026, 11, 24)
        c = Case(case_id="U-2", name="Ana", balance=Decimal("900.00"), currency="EUR", due_date=today - timedelta(days=40),
                 last_payment_date=date(2026, 11, 2), last_payment_amount=Decimal("50"))
        sheet = build_sheet(c, today)
        html = sheet_html(sheet)
        assert day_text(date(2026, 11, 2)) == "lun 2 nov 2026"
        assert "lun 2 nov 2026" in html  # "Last payment …" evidence
        assert all(day_text(i.date) in html for i in sheet.proposal.installments)
        promise = promise_text({"status": "open", "amount": "50.00", "currency": "EUR", "date": "2026-12-01"})
        assert day_text(date(2026, 12, 1)) in promise
    finally:
        QLocale.setDefault(before)


def test_blocked_case_has_no_proposal_and_no_record_button(qtbot, sqlite_app):
    """BRK15b #1: the cease case leads with the block; no offer, no "Record visit with this
    proposal"; a supervisor's override brings the proposal back, with the override noted."""
    from fieldvisit.domain.cases import Flag
    from fieldvisit.services.audit import override
    from fieldvisit.ui.prep_dialog import PrepDialog

    today = date.today()
    cease = Case(case_id="E-2", name="Jorge Ruiz", balance=Decimal("800.00"), currency="EUR", country="ES",
                 due_date=today - timedelta(days=40), flags=frozenset({Flag.CEASE}))
    with sqlite_app.uow() as uow:
        uow.cases.add_many([cease], None)
        uow.commit()
    dialog = PrepDialog(sqlite_app, "E-2")
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.browser.toPlainText()
    assert dialog.record_button is None
    assert "Record visit with this proposal" not in [b.text() for b in dialog.findChildren(type(dialog.pdf_button))]
    assert text.index("Blocked: no repayment offer") < text.index("Intent")
    assert "Cease request" in text and "Offer:" not in text and "write the promise down" not in text
    if os.environ.get("FIELDVISIT_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["FIELDVISIT_SHOTS"], "prep_blocked.png"))
    override(sqlite_app.uow(), "E-2", by="Sara Sup", reason="The borrower asked for this visit in writing")
    again = PrepDialog(sqlite_app, "E-2")
    qtbot.addWidget(again)
    assert again.record_button is not None and "Override by Sara Sup" in again.browser.toPlainText()
