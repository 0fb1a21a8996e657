"""`fieldvisit --demo collector`: a collector's laptop with a real assignment pack from a demo
office, the office trusted, one reviewed visit, and the start point of the day set."""

from datetime import date

import pytest

from fieldvisit.demo_collector import COMMENT, OFFICE, build_demo_collector
from fieldvisit.services.collectors import list_collectors
from fieldvisit.services.demo import COLLECTORS
from fieldvisit.services.identities import list_peers

pytestmark = pytest.mark.ui


def test_collector_demo_is_a_laptop_with_a_pack_and_a_home(qtbot, sqlite_app):
    from fieldvisit.ui.main_window import MainWindow

    assert build_demo_collector(sqlite_app, date.today()) is True
    assert build_demo_collector(sqlite_app, date.today()) is False  # once
    peers = list_peers(sqlite_app.uow())
    assert peers["identity"]["role"] == "collector" and peers["identity"]["name"] == COLLECTORS[0].name
    assert [(p["name"], p["role"]) for p in peers["trusted"]] == [(OFFICE, "supervisor")]
    me = next(c for c in list_collectors(sqlite_app.uow()) if c.name == COLLECTORS[0].name)
    assert me.home == COLLECTORS[0].home
    window = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(window)
    assert window.model.rowCount() > 50
    assert {c.collector for c in window.cases.values()} == {COLLECTORS[0].name}  # only her pack
    assert [a.text() for a in window.sync_menu.actions()][0] == "&Import assignment pack…"
    reviews = window.office_reviews()
    assert len(reviews) == 1 and COMMENT in str(reviews[0])


def test_the_next_pack_waits_for_the_guides_first_step(qtbot, sqlite_app, tmp_path):
    from fieldvisit.ui.main_window import MainWindow

    assert build_demo_collector(sqlite_app, date.today(), files=tmp_path / "demo")
    window = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(window)
    assert window.office_reviews() == []
    got = window.import_pack(str(tmp_path / "demo" / "next-pack.fvpack")).wait()
    assert got["reviews"] == 1 and not got["again"]
    qtbot.addWidget(window.reviews_dialog)
    assert COMMENT in window.reviews_dialog.items.item(0).text()
    assert (tmp_path / "demo" / "office-identity.json").read_text(encoding="utf-8").count(OFFICE) == 1


def test_wizard_and_command_line_offer_the_collector_demo(qtbot, sqlite_app, monkeypatch, tmp_path):
    from fieldvisit.bootstrap import resolve_url
    from fieldvisit.cli.args import build_parser
    from fieldvisit.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(sqlite_app)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.demo_collector.setChecked(True)
    assert wizard.currentPage().isComplete() and wizard.validateCurrentPage()
    assert wizard.use_demo == "collector"
    assert build_parser().parse_args(["--demo", "collector"]).demo == "collector"
    assert build_parser().parse_args(["--demo"]).demo == "office"
    assert build_parser().parse_args([]).demo is None
    monkeypatch.setenv("FIELDVISIT_HOME", str(tmp_path))
    monkeypatch.delenv("FIELDVISIT_DB", raising=False)
    assert resolve_url(None, demo="collector").endswith("demo-collector.sqlite")
    assert resolve_url(None, demo="office").endswith("demo.sqlite")
