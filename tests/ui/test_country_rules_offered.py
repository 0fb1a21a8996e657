"""BRK15b #2: the first-run wizard and Settings offer every country the holidays data knows, each
with the conduct rule set it gets (Germany: the EU's; Mexico: the default rules), not seven."""

from __future__ import annotations

import os

import pytest

pytestmark = pytest.mark.ui


def test_wizard_offers_every_country_with_its_rule_set(qtbot, sqlite_app, monkeypatch):
    import fieldvisit.bootstrap as bootstrap
    from fieldvisit.ui.first_run import FirstRunWizard

    monkeypatch.setattr(bootstrap, "system_timezone", lambda: "UTC")
    monkeypatch.setattr(bootstrap, "system_locale", lambda: "")
    wizard = FirstRunWizard(sqlite_app)
    qtbot.addWidget(wizard)
    labels = {wizard.country.itemData(i): wizard.country.itemText(i) for i in range(wizard.country.count())}
    assert len(labels) > 150
    assert "Germany" in labels["DE"] and "CCD2 art. 35" in labels["DE"] and "CCD2 art. 35" in labels["FR"]
    assert "Mexico" in labels["MX"] and "Default rules" in labels["MX"] and "Default rules" in labels["BR"]
    assert "Spain" in labels["ES"] and "FDCPA" in labels["US"] and labels[""] == "Other (default rules)"
    wizard.show()
    wizard.supervisor.setChecked(True)
    wizard.name.setText("Büro")
    wizard.next()
    wizard.country.setCurrentIndex(wizard.country.findData("DE"))
    assert wizard.currency.text() == "EUR"
    if os.environ.get("FIELDVISIT_SHOTS"):
        wizard.grab().save(os.path.join(os.environ["FIELDVISIT_SHOTS"], "wizard_countries.png"))


def test_settings_name_the_rule_set_of_the_country(qtbot, sqlite_app):
    from fieldvisit.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(sqlite_app)
    qtbot.addWidget(dialog)
    dialog.country.setText("de")
    assert "Germany" in dialog.country_rules.text() and "CCD2" in dialog.country_rules.text()
    dialog.country.setText("MX")
    assert "Mexico" in dialog.country_rules.text() and "Default rules" in dialog.country_rules.text()
    dialog.country.setText("QQ")
    assert "Not a country code" in dialog.country_rules.text()
    assert dialog.country.completer().model().rowCount() > 150
    if os.environ.get("FIELDVISIT_SHOTS"):
        dialog.country.setText("DE")
        dialog.grab().save(os.path.join(os.environ["FIELDVISIT_SHOTS"], "settings_country.png"))
