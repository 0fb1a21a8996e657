"""BRK14: the first-run wizard preselected China (country, CNY, Asia/Shanghai) on a UTC machine —
the country now comes from the computer's time zone, else its locale, else the user chooses; and
the import preview dialog says one country and reads each row by its own."""

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


def test_the_preview_dialog_says_one_country_and_reads_each_row_by_its_own(qtbot, sqlite_app, tmp_path):
    """BRK14 #1 and the contradictory preview text, in the window: a CN workspace, a file whose
    country column names US, ES and MX."""
    from datetime import date

    from fieldvisit.services.settings import load_settings, save_settings
    from fieldvisit.ui.import_dialog import ImportPreviewDialog

    save_settings(sqlite_app.uow(), {**load_settings(sqlite_app.uow()), "country": "CN", "currency": "CNY",
                                     "timezone": "Asia/Shanghai"})
    path = tmp_path / "mixed.csv"
    path.write_text("case_id,name,address,lat,lon,balance,currency,country,appointment\n"
                    'MC-1,Ann,"5th Ave 1, New York",40.7411,-73.9897,"1,234.50",USD,US,12/01/2026 6pm-8pm\n'
                    'MC-2,Bob,"Calle Mayor 1, Madrid",40.4168,-3.7038,"1.234,50",EUR,ES,01/12/2026 18:00-20:00\n',
                    encoding="utf-8")
    dialog = ImportPreviewDialog(sqlite_app, str(path), as_of=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    text = dialog.detected.text()
    assert "country per row (ES, US)" in text and "country unknown" not in text
    assert "as written in the workspace's country" not in text
    shown = str(dialog.preview["sample"])  # both rows: 1 December (US month first, ES day first)
    assert shown.count("Tue 01 Dec 18:00–20:00") == 2 and "12 Jan" not in shown
