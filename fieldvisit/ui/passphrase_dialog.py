"""Asking for the workspace passphrase in the window: when the workspace is new (choose one,
twice, at least 8 characters) or when neither the system keyring nor ``FIELDVISIT_PASSPHRASE``
has it. "Remember on this computer" stores it in the system keyring (when there is one).

:func:`dialog_source` returns the :class:`PassphraseSource` the window opens workspaces with;
:class:`ChangePassphraseDialog` re-keys the open workspace (File → Change passphrase…).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from fieldvisit.adapters.storage.passphrase import MIN_LENGTH, PassphraseSource
from fieldvisit.ui.writes import write


def _error_and_buttons(dialog: QDialog, box: QVBoxLayout) -> QLabel:
    """The red error line and OK/Cancel at the foot of a passphrase dialog; returns the line."""
    error = QLabel(wordWrap=True)
    error.setStyleSheet("color: #b00020")
    box.addWidget(error)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    box.addWidget(buttons)
    return error


class PassphraseDialog(QDialog):
    """One passphrase (existing workspace) or a new one typed twice."""

    def __init__(self, path: Path, *, new: bool, attempt: int = 0, parent=None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("Workspace passphrase"))
        box = QVBoxLayout(self)
        if new:
            text = self.tr("The workspace {path} is encrypted on this computer. Choose a passphrase of at least "
                           "{n} characters; without it nobody (you included) can open the workspace.")
        elif attempt:
            text = self.tr("That passphrase does not open {path}. Try again.")
        else:
            text = self.tr("Enter the passphrase of the workspace {path}.")
        intro = QLabel(text.format(path=path, n=MIN_LENGTH), wordWrap=True)
        box.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase"), self.first)
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        if new:
            form.addRow(self.tr("Again"), self.second)
        box.addLayout(form)
        self.remember = QCheckBox(self.tr("Remember on this computer (system keyring)"))
        box.addWidget(self.remember)
        self.error = _error_and_buttons(self, box)

    def accept(self) -> None:
        text = self.first.text()
        if self.new and len(text) < MIN_LENGTH:
            self.error.setText(self.tr("A passphrase needs at least {} characters.").format(MIN_LENGTH))
            return
        if self.new and self.second.text() != text:
            self.error.setText(self.tr("The two passphrases differ."))
            return
        if not text:
            return
        super().accept()

    def passphrase(self) -> str:
        return self.first.text()


def dialog_source(parent=None, *, demo: bool = False) -> PassphraseSource:
    """A passphrase source that asks with :class:`PassphraseDialog` (cancel: None, nothing opens)."""
    source = PassphraseSource(demo=demo)

    def ask(path: Path, *, new: bool, attempt: int) -> str | None:
        dialog = PassphraseDialog(path, new=new, attempt=attempt, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        source.remember = source.remember or dialog.remember.isChecked()
        return dialog.passphrase()

    source.prompt = ask
    return source


class ChangePassphraseDialog(QDialog):
    """Re-key the open workspace file with a new passphrase (on PostgreSQL: re-wrap the office's
    private keys with it)."""

    def __init__(self, app, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("Change passphrase"))
        box = QVBoxLayout(self)
        form = QFormLayout()
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        box.addLayout(form)
        self.error = _error_and_buttons(self, box)

    def accept(self) -> None:
        from fieldvisit.bootstrap import change_passphrase

        if self.first.text() != self.second.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        if self.app.engine.dialect.name == "postgresql":
            self.error.setText(self.tr("Re-wrapping the office's private keys…"))
        else:
            self.error.setText(self.tr("Re-encrypting the workspace…"))
        # on the write queue: after every queued write, never on the UI thread
        self.pending = write(self, change_passphrase, self.app, self.first.text(),
                             done=lambda _r: QDialog.accept(self), failed=self.error.setText)
