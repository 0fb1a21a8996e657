"""A collector's own day from a fresh install, in the window only (no demo data, no command line):
first run as a collector (the wizard) → trust the office's identity (a file made by a real office
workspace) → import its pack → set where the day starts → Plan day → record a visit → quit and
reopen (the plan and the stop states are still there) → export the visit reports, which the
office imports under the collector's name."""

from __future__ import annotations

import csv
import json
import os
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QWizard

from fieldvisit.adapters import crypto
from fieldvisit.bootstrap import open_app
from fieldvisit.services.collectors import get_collector
from fieldvisit.services.identities import identity_file_text, init_identity, read_identity_file, trust
from fieldvisit.services.import_cases import import_cases
from fieldvisit.services.progress import run
from fieldvisit.services.sync import export_pack, import_bundles
from fieldvisit.services.visits import list_visits

pytestmark = pytest.mark.ui
WHO = "Lucía Romero"
HOME = (40.4168, -3.7038)  # Puerta del Sol
CASES = [("E-1", "Marta Vázquez", 40.4230, -3.6920), ("E-2", "Sergio García", 40.4110, -3.7100),
         ("E-3", "Isabel Gómez", 40.4300, -3.7020), ("E-4", "Daniel Álvarez", 40.4050, -3.6950),
         ("E-5", "Carmen Domínguez", 40.4190, -3.7150)]


def next_weekday(after: date) -> date:
    day = after + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


DAY = next_weekday(date.today())


def office_workspace(tmp_path):
    """A real office: its identity, and a case file imported and assigned to the collector."""
    office = open_app(f"sqlite:///{tmp_path / 'office.sqlite'}")
    init_identity(office.uow(), crypto, role="supervisor", name="Madrid office")
    path = tmp_path / "cases.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["case_id", "name", "address", "lat", "lon", "balance", "currency", "days_past_due", "collector",
                    "country", "timezone"])
        for case_id, name, lat, lon in CASES:
            w.writerow([case_id, name, "Madrid", lat, lon, "900.00", "EUR", 45, WHO, "ES", "Europe/Madrid"])
    summary = run(import_cases(office.uow(), office.read_table(str(path)), file_name=path.name, sha256="e2e",
                               as_of=date.today(), zones=office.zones, default_timezone="Europe/Madrid"))
    assert summary.imported == len(CASES)
    return office


def first_run(qtbot, app):
    from fieldvisit.ui.first_run import FirstRunWizard, needs_first_run

    assert needs_first_run(app)
    wizard = FirstRunWizard(app)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.collector.isChecked()  # a collector is the default
    wizard.name.setText(WHO)
    wizard.next()
    wizard.country.setCurrentIndex(wizard.country.findData("ES"))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.identity is not None or bool(wizard.error.text()), timeout=10000)
    assert wizard.error.text() == "" and wizard.identity["role"] == "collector"
    assert not needs_first_run(app)


def open_window(qtbot, app):
    from fieldvisit.ui.main_window import MainWindow

    window = MainWindow(app, load_map=False)
    qtbot.addWidget(window)
    window.show()
    return window


def pick_day(window) -> None:
    window.planner.collector.setCurrentText(WHO)
    window.planner.day.setDate(QDate(DAY.year, DAY.month, DAY.day))


def test_a_collectors_day_from_a_fresh_install(qtbot, tmp_path):
    office = office_workspace(tmp_path)
    url = f"sqlite:///{tmp_path / 'laptop.sqlite'}"
    laptop = open_app(url)
    try:
        first_run(qtbot, laptop)
        window = open_window(qtbot, laptop)
        assert window.model.rowCount() == 0
        assert "Keys and trust" in window.statusBar().currentMessage()  # what to do first

        # keys: my file to the office, the office's file trusted after comparing the fingerprint
        keys = window.show_keys()
        qtbot.addWidget(keys)
        mine = tmp_path / "lucia-identity.json"
        assert keys.export_identity(str(mine))
        trust(office.uow(), crypto, read_identity_file(mine.read_bytes()))
        text, office_doc = identity_file_text(office.uow(), crypto)
        office_file = tmp_path / "office-identity.json"
        office_file.write_text(text, encoding="utf-8")
        compared = []
        assert keys.trust_file(str(office_file), confirm=lambda seen: compared.append(seen["fingerprint"])
                               or seen["fingerprint"] == office_doc["fingerprint"]).wait()
        assert compared == [office_doc["fingerprint"]]
        keys.close()

        # the assignment pack
        pack = tmp_path / "lucia.fvpack"
        pack.write_bytes(export_pack(office.uow(), crypto, WHO)[0])
        assert window.import_pack(str(pack)).wait()["cases"] == len(CASES)
        assert window.model.rowCount() == len(CASES)

        # where the day starts
        pick_day(window)
        dialog = window.edit_start_point()
        qtbot.addWidget(dialog)
        dialog.start.setText(f"{HOME[0]},{HOME[1]}")
        dialog.accept()
        dialog.pending.wait()
        assert dialog.error.text() == "" and get_collector(laptop.uow(), WHO).home == HOME

        # Plan day
        window.planner.time_limit = 0.5
        window.planner.plan_day()
        qtbot.waitUntil(lambda: window.planner.operation is None, timeout=60000)
        stops = window.planner.data["stops"]
        assert {s["case_id"] for s in stops} == {c[0] for c in CASES}, window.planner.summary.text()
        first = stops[0]

        # record a visit at the first stop: pick it on the timeline, Visits → Record visit (Ctrl+R)
        window.planner.select_case(first["case_id"])
        window.visit_action.trigger()
        form = window.forms[-1]
        assert form.case.case_id == first["case_id"]
        start = QDateTime.fromString(first["start"][:16], "yyyy-MM-ddTHH:mm")
        form.arrived.setDateTime(start)
        form.left.setDateTime(start.addSecs(15 * 60))
        form.outcome.setCurrentIndex(form.outcome.findData("promise_to_pay"))
        form.promise_amount.setText("300.00")
        later = DAY + timedelta(days=3)
        form.promise_date.setDate(QDate(later.year, later.month, later.day))
        form.finalize()
        qtbot.waitUntil(lambda: not form.isVisible() or bool(form.error.text()), timeout=15000)
        assert form.error.text() == "", form.error.text()
        assert [v["case_id"] for v in list_visits(laptop.uow())] == [first["case_id"]]
        states = {s["case_id"]: s["state"] for s in window.planner.shown_day()["stops"]}
        assert states[first["case_id"]] == "done" and list(states.values()).count("todo") == len(CASES) - 1

        # quit and reopen: the plan and the stop states are still there
        planned = [s["case_id"] for s in stops]
        window.close()
        laptop.close()
        laptop = open_app(url)
        window = open_window(qtbot, laptop)
        pick_day(window)
        again = window.planner.shown_day()["stops"]
        assert [s["case_id"] for s in again] == planned
        assert {s["case_id"]: s["state"] for s in again} == states
        if os.environ.get("FIELDVISIT_SHOTS"):
            window.resize(1366, 768)
            qtbot.wait(50)
            window.grab().save(os.path.join(os.environ["FIELDVISIT_SHOTS"], "e2e_reopened.png"))

        # the evening: visit reports out, and the office reads them under the collector's name
        bundle = tmp_path / "visits.fvbundle"
        assert window.export_bundle(str(bundle)).wait()["visits"] == 1
        got = run(import_bundles(office.uow, crypto, [(bundle.name, bundle.read_bytes())]))
        assert got["imported"] == 1
        with office.uow() as uow:
            rows = uow.visits.list()
        assert [(r["case_id"], r["collector"]) for r in rows] == [(first["case_id"], WHO)]
        assert json.loads(json.dumps(rows[0]["data"]))["promise"]["amount"] == "300.00"
    finally:
        laptop.close()
        office.close()
