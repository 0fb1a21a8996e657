"""Screenshots for the README's user guide, from the demo workspace (offscreen, no network):

    QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox python3 scripts/screenshots.py [--lang en|es|zh_CN] [--out DIR]

Writes main window with a planned day on the map, the preparation sheet, the visit form, the
supervisor desk (review and dashboard) and the settings dialog.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "Europe/Helsinki")  # the demo's city
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", default="resources/screenshots")
    args = parser.parse_args()
    from fieldvisit.ui.map_view import register_scheme

    register_scheme()
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from fieldvisit.adapters.i18n import install
    from fieldvisit.bootstrap import open_app
    from fieldvisit.demo_office import build_demo_office
    from fieldvisit.services.demo import build_demo
    from fieldvisit.ui.main_window import MainWindow

    install(args.lang)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "en" else f"-{args.lang}"

    def wait(seconds: float, until=None) -> None:
        end = time.time() + seconds
        while time.time() < end and not (until and until()):
            app.processEvents()
            time.sleep(0.02)

    with tempfile.TemporaryDirectory() as tmp:
        # the demo's region pack (roads) in a data folder of its own, so the day follows the streets
        os.environ.setdefault("FIELDVISIT_HOME", str(Path(tmp) / "home"))
        from fieldvisit.bootstrap import region_folder
        from fieldvisit.services.demo import EXTRACT, REGION
        from fieldvisit.services.progress import run
        from fieldvisit.services.regions import build_region

        if not any(p.name == REGION for p in region_folder().packs()):
            run(build_region(region_folder(), EXTRACT, REGION))
        ws = open_app(f"sqlite:///{tmp}/demo.sqlite", demo=True)
        build_demo(ws.uow())
        build_demo_office(ws)
        w = MainWindow(ws)
        w.resize(1440, 860)
        w.show()
        wait(20, lambda: w.map.is_ready)
        day = date.today() + timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        from PySide6.QtCore import QDate

        w.planner.day.setDate(QDate(day.year, day.month, day.day))
        w.planner.collector.setCurrentText("Lucía Romero")
        w.planner.plan_day()
        wait(60, lambda: w.planner.plan is not None and w.planner.operation is None)
        wait(3)
        w.grab().save(str(out / f"main-window{suffix}.png"))
        stop = w.planner.plan.stops[0].case_id if w.planner.plan and w.planner.plan.stops else next(iter(w.cases))
        w.select_case(stop)
        prep = w.show_prep(stop)
        prep.resize(760, 820)
        wait(1)
        prep.grab().save(str(out / f"prep-sheet{suffix}.png"))
        prep.close()
        form = w.open_visit_form(stop)
        form.resize(640, 760)
        wait(1)
        form.grab().save(str(out / f"visit-form{suffix}.png"))
        form.reject()
        desk = w.open_desk()
        desk.resize(1360, 780)
        desk.date_from.setDate(desk.date_from.date().addDays(-7))
        wait(1)
        desk.grab().save(str(out / f"desk-review{suffix}.png"))
        desk.tabs.setCurrentIndex(1)
        wait(1)
        desk.grab().save(str(out / f"desk-dashboard{suffix}.png"))
        settings = w.open_settings()
        wait(1)
        settings.grab().save(str(out / f"settings{suffix}.png"))
        settings.reject()
        from fieldvisit.ui.map_view import shutdown_web

        desk.close()
        w.close()
        w.deleteLater()
        shutdown_web()
        ws.close()
    print(f"screenshots written to {out} ({args.lang})")


if __name__ == "__main__":
    main()
