"""The main window's menus and toolbar (File, Edit, Visits, Sync, Route, Region, View, Help),
a mixin of ``MainWindow``: each action with its shortcut and status tip; the slots live in the
action mixins (import, map, day, visits, sync, route, region, settings/help)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


class WindowMenus:
    def _make_actions(self) -> None:
        def action(text, slot, shortcut=None, tip=""):
            a = QAction(text, self, triggered=slot)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.setStatusTip(tip)
            return a

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = action(self.tr("&Import cases…"), lambda: self.import_with_preview(), QKeySequence.StandardKey.Open,
                                    self.tr("Import a CSV or XLSX case file"))
        self.tiles_action = action(self.tr("Import &tile pack…"), self.import_tile_pack, None,
                                   self.tr("Use an MBTiles file as the offline base map"))
        self.export_action = action(self.tr("&Export day map…"), self.export_map, QKeySequence("Ctrl+E"),
                                    self.tr("Write the planned day as one HTML file that opens offline"))
        self.geocode_action = action(self.tr("&Geocode addresses"), self.geocode, QKeySequence("Ctrl+G"),
                                     self.tr("Find coordinates for cases that only have an address"))
        self.pin_action = action(self.tr("&Pin selected case at map centre"), self.pin_selected, QKeySequence("Ctrl+Shift+M"),
                                 self.tr("Place a case without coordinates by hand; then drag it to the door"))
        self.visit_action = action(self.tr("&Record visit…"), self.record_visit, QKeySequence("Ctrl+R"),
                                   self.tr("Record what happened at the door for the selected case"))
        self.prep_action = action(self.tr("&Preparation sheet…"), self.show_prep, QKeySequence("Ctrl+I"),
                                  self.tr("Intent, ability, willingness and a repayment proposal for the selected case"))
        self.correct_action = action(self.tr("&Correct last visit…"), self.correct_last_visit, None,
                                     self.tr("A correction is a new version; the original is kept"))
        for a in (self.import_action, self._make_review_action(), self.geocode_action, self.pin_action,
                  self.tiles_action, self.export_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self._settings_action())
        file_menu.addAction(self._start_point_action())
        file_menu.addAction(self._passphrase_action())
        file_menu.addSeparator()
        self.quit_action = action(self.tr("&Quit"), self.quit_app, QKeySequence.StandardKey.Quit,
                                  self.tr("Close every window (drafts are saved) and end FieldVisit"))
        file_menu.addAction(self.quit_action)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        edit.addAction(action(self.tr("&Find"), lambda: (self.search.setFocus(), self.search.selectAll()),
                              QKeySequence.StandardKey.Find))
        visits_menu = self.menuBar().addMenu(self.tr("V&isits"))
        visits_menu.addAction(self.prep_action)
        visits_menu.addAction(self.visit_action)
        visits_menu.addAction(self.correct_action)
        self._make_sync_menu()
        self._make_route_menu()
        self._make_region_menu()
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(action(self.tr("&Refresh"), lambda: self.reload(redraw_map=True), QKeySequence.StandardKey.Refresh))
        view.addAction(action(self.tr("Plan &day"), self.planner.plan_day, QKeySequence("Ctrl+P")))
        view.addActions(self._day_view_actions())
        self._make_help_menu()
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.addAction(self.prep_action)
        toolbar.addAction(self.visit_action)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.export_action)

