"""The settings dialog and the Help menu (keyboard shortcuts, About) of the main window. A mixin
of ``MainWindow``: it uses the window's ``app``, ``map``, ``planner``, menus and status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from fieldvisit.adapters.i18n import localize
from fieldvisit.adapters.maps.tiles import TilePack
from fieldvisit.services.errors import UserError


class SettingsHelpActions:
    def _settings_action(self) -> QAction:
        self.settings_action = QAction(self.tr("&Settings…"), self, triggered=lambda *_: self.open_settings())
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setStatusTip(self.tr("Travel, visit time, shift, rules, time zone, tile pack, sync "
                                                  "folder, language"))
        return self.settings_action

    def _passphrase_action(self) -> QAction:
        """File → Change passphrase… (an encrypted workspace file, or the office's wrapped keys on
        PostgreSQL)."""
        action = QAction(self.tr("Change &passphrase…"), self, triggered=lambda *_: self.change_passphrase())
        if self.app.engine.dialect.name == "postgresql":  # the office's private keys are wrapped with it
            action.setStatusTip(self.tr("Choose a new office passphrase for the private keys in this database"))
        else:
            action.setStatusTip(self.tr("Choose a new passphrase for this computer's encrypted workspace"))
        action.setEnabled(self.app.engine.dialect.name in ("sqlite", "postgresql"))
        return action

    def change_passphrase(self):
        from fieldvisit.ui.passphrase_dialog import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.app, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("The workspace passphrase is changed."), 10000))
        dialog.open()
        self.passphrase_dialog = dialog
        return dialog

    def _make_help_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self, triggered=lambda *_: self.show_shortcuts())
        shortcuts.setShortcut(QKeySequence("F1"))
        menu.addAction(shortcuts)
        menu.addAction(QAction(self.tr("&About FieldVisit"), self, triggered=lambda *_: self.show_about()))

    def open_settings(self):
        from fieldvisit.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.app, self)
        dialog.accepted.connect(lambda: self._settings_saved(dialog))
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    def _settings_saved(self, dialog) -> None:
        values = dialog.values
        pack = values.get("tile_pack")
        if pack and Path(pack).is_file():
            try:
                self.map.set_tile_pack(TilePack(pack))
                self.redraw_map()
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Tile pack refused"), localize(str(exc)))
        self.planner.apply_settings(values)
        text = self.tr("Settings saved.")
        if dialog.language_changed:
            text += " " + self.tr("The new language applies when FieldVisit starts again.")
        self.statusBar().showMessage(text, 10000)

    def shortcuts(self) -> list[tuple[str, str]]:
        """(shortcut, what it does) for every action that has one, menus in order."""
        out = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            for a in (menu.actions() if menu else []):
                if not a.shortcut().isEmpty():
                    out.append((a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                                a.text().replace("&", "").rstrip("…")))
        out += [(self.tr("Double-click"), self.tr("Preparation sheet (table) / record the visit (timeline)")),
                ("L", self.tr("Lock the selected stop at its time")), ("Del", self.tr("Take the stop out of the day")),
                (self.tr("Drag"), self.tr("Reorder the timeline; move a marker on the map to the door")),
                ("Ctrl+Enter", self.tr("Approve the visit (supervisor desk) / finalize the visit form"))]
        return out

    def show_shortcuts(self) -> QMessageBox:
        rows = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{v}</td></tr>" for k, v in self.shortcuts())
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>", parent=self)
        box.open()
        self.shortcuts_box = box
        return box

    def show_about(self) -> None:
        from fieldvisit import __version__

        QMessageBox.about(self, self.tr("About FieldVisit"), self.tr(
            "FieldVisit {version}: offline day plans, preparation sheets and visit records for visiting "
            "collectors.\nWorkspace: {url}").format(version=__version__, url=self.app.url))
