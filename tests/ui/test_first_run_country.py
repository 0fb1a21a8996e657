"""BRK14: the first-run wizard preselected China (country, CNY, Asia/Shanghai) on a UTC machine.
The country now comes from the computer's time zone, else its locale; else the user chooses."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ui


def _where_page(qtbot, app, monkeypatch, zone: str, locale: str):
    import fieldvisit.bootstrap as bootstrap
    from fieldvisit.ui.first_run import FirstRunWizard

    monkeypatch.setattr(bootstrap, "system_timezone", lambda: zone)
    monkeypatch.setattr(bootstrap, "system_locale", lambda: locale)
    wizard = FirstRunWizard(app)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.supervisor.setChecked(True)
    wizard.name.setText("Oficina")
    wizard.next()
    return wizard


def test_a_utc_machine_preselects_no_country(qtbot, sqlite_app, monkeypatch):
    wizard = _where_page(qtbot, sqlite_app, monkeypatch, "UTC", "")
    assert wizard.country.currentData() is None and wizard.currency.text() == ""
    assert wizard.timezone.currentText() != "Asia/Shanghai"
    assert not wizard.currentPage().isComplete()  # Finish waits for a choice
    wizard.country.setCurrentIndex(wizard.country.findData("CN"))
    assert wizard.currentPage().isComplete() and wizard.currency.text() == "CNY"
    assert wizard.timezone.currentText() == "Asia/Shanghai"


def test_the_computers_zone_or_locale_names_the_country(qtbot, sqlite_app, monkeypatch):
    wizard = _where_page(qtbot, sqlite_app, monkeypatch, "Atlantic/Canary", "")
    assert (wizard.country.currentData(), wizard.currency.text(), wizard.timezone.currentText()) == \
        ("ES", "EUR", "Atlantic/Canary")  # the islands keep their own zone
    assert wizard.currentPage().isComplete()
    mexico = _where_page(qtbot, sqlite_app, monkeypatch, "UTC", "es_MX.UTF-8")
    assert (mexico.country.currentData(), mexico.currency.text(), mexico.timezone.currentText()) == \
        ("MX", "MXN", "America/Mexico_City")  # no rule set of its own: offered with the default rules
