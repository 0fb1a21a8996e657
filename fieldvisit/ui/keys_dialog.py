"""Key exchange in the window (what ``keys export`` and ``keys trust`` do): export this
workspace's public identity file, and trust an office's or a collector's file after comparing its
fingerprint with the one the other side reads out by phone or in person."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QLabel, QListWidget, QMessageBox, QPushButton,
    QVBoxLayout,
)

from fieldvisit.adapters import crypto
from fieldvisit.adapters.i18n import localize
from fieldvisit.services.errors import UserError
from fieldvisit.services.identities import (
    check_trust, identity_file_text, list_peers, read_identity_file, trust,
)
from fieldvisit.ui.writes import write


def _mono(label: QLabel) -> QLabel:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    return label


class KeyExchangeDialog(QDialog):
    """``export_identity(path)`` and ``trust_file(path, confirm)`` are the dialog's two actions;
    with no path they ask for one, and trusting always shows the fingerprint before storing."""

    def __init__(self, app, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("Keys and trust"))
        peers = list_peers(app.uow())
        me = peers["identity"]
        mine = QGroupBox(self.tr("This workspace"))
        form = QFormLayout(mine)
        self.export_button = QPushButton(self.tr("&Export my identity file…"))
        self.export_button.clicked.connect(lambda: self.export_identity())
        if me:
            role = self.tr("collector") if me["role"] == "collector" else self.tr("supervisor")
            form.addRow(self.tr("Name"), QLabel(f"{me['name']} ({role})"))
            self.fingerprint = _mono(QLabel(me["fingerprint"]))
            form.addRow(self.tr("Fingerprint"), self.fingerprint)
            other = self.tr("your office") if me["role"] == "collector" else self.tr("the collector")
            hint = QLabel(self.tr("Send this file to {other} and read the fingerprint to them by phone or in "
                                  "person; they compare it before trusting it.").format(other=other))
            hint.setWordWrap(True)
            form.addRow(hint)
            form.addRow(self.export_button)
        else:
            form.addRow(QLabel(self.tr("This workspace has no identity yet; create it in the first-run wizard or "
                                       "with 'fieldvisit keys init'.")))
            self.export_button.setEnabled(False)
        trusted = QGroupBox(self.tr("Trusted offices") if me and me["role"] == "collector"
                            else self.tr("Trusted collectors"))
        tbox = QVBoxLayout(trusted)
        self.peers = QListWidget()
        tbox.addWidget(self.peers)
        self.trust_button = QPushButton(self.tr("&Trust an identity file…"))
        self.trust_button.setEnabled(me is not None)
        self.trust_button.clicked.connect(lambda: self.trust_file())
        tbox.addWidget(self.trust_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(mine)
        layout.addWidget(trusted, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.trust_button.setShortcut(QKeySequence("Ctrl+T"))
        self._fill()
        self.resize(560, 460)

    def _fill(self) -> None:
        self.peers.clear()
        for p in list_peers(self.app.uow())["trusted"]:
            text = f"{p['name']} — {p['fingerprint']}"
            if p["revoked"]:
                text += " " + self.tr("(revoked)")
            self.peers.addItem(text)
        if not self.peers.count():
            self.peers.addItem(self.tr("Nobody yet."))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828" if error else "color: #2e7d32")
        self.message.setText(text)

    def export_identity(self, path: str | None = None) -> str | None:
        """Write this workspace's public identity file; returns the path written, or None."""
        try:
            text, doc = identity_file_text(self.app.uow(), crypto)
        except UserError as exc:
            self._say(localize(str(exc)), error=True)
            return None
        if not path:
            suggested = f"{doc['name'].replace(' ', '-')}-identity.json"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export my identity file"), suggested,
                                                  self.tr("FieldVisit identity (*.json);;All files (*)"))
        if not path:
            return None
        from fieldvisit.adapters.files.safe_write import write_bytes_atomic

        try:
            write_bytes_atomic(Path(path), text.encode("utf-8"), 0o644)  # public: no secret in it
        except UserError as exc:  # a device, a pipe, a link or a folder at that name
            self._say(localize(str(exc)), error=True)
            return None
        except OSError as exc:
            self._say(self.tr("Could not write {path}: {error}.").format(path=path, error=exc.strerror or exc), True)
            return None
        self._say(self.tr("Identity written to {path}. Fingerprint to read out: {fingerprint}").format(
            path=path, fingerprint=doc["fingerprint"]))
        return path

    def confirm(self, seen: dict) -> bool:
        """Ask the person to compare the fingerprint before trusting (Yes/No; No is the default)."""
        role = self.tr("an office (supervisor)") if seen["role"] == "supervisor" else self.tr("a collector")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Compare the fingerprint"),
                          self.tr("{name} is {role}. Ask them to read their fingerprint to you by phone or in person, "
                                  "and trust the file only if it is exactly:").format(name=seen["name"], role=role),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setInformativeText(f"<p style='font-family: monospace; font-size: 14pt'><b>{seen['fingerprint']}</b></p>")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("The same: trust"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Different: do not trust"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.confirm_box = box
        return box.exec() == QMessageBox.StandardButton.Yes

    def trust_file(self, path: str | None = None, confirm=None) -> dict | None:
        """Read an identity file, show its fingerprint (``confirm(seen) -> bool``, the dialog's
        question by default) and trust it when confirmed (saved in the background). Returns the
        pending write (its ``wait()`` gives what was trusted), or None when nothing is trusted."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Trust an identity file"), "",
                                                  self.tr("FieldVisit identity (*.json);;All files (*)"))
        if not path:
            return None
        try:
            from fieldvisit.adapters.files.safe_write import read_limited
            from fieldvisit.domain.limits import MAX_JSON_BYTES

            doc = read_identity_file(read_limited(Path(path), MAX_JSON_BYTES, "identity file", follow=True),
                                     Path(path).name)
            seen = check_trust(self.app.uow(), crypto, doc)
        except OSError as exc:
            self._say(self.tr("Could not read {path}: {error}.").format(path=path, error=exc.strerror or exc), True)
            return None
        except UserError as exc:
            self._say(localize(str(exc)), error=True)
            return None
        if not (confirm or self.confirm)(seen):
            self._say(self.tr("Not trusted. Nothing was changed."), error=True)
            return None
        def trusted(result) -> None:
            self._fill()
            self._say((self.tr("Trusted: {name}, fingerprint {fingerprint}.") if result["new"] else
                       self.tr("Already trusted: {name}, fingerprint {fingerprint}.")).format(**result))

        return write(self, trust, self.app.uow(), crypto, doc, done=trusted,
                     failed=lambda message: self._say(message, error=True))
