"""A progress bar with a cancel button for the status bar (what Operation.with_progress drives)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class ProgressWidget(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setFixedWidth(180)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._cancel = None
        self.cancel_button.clicked.connect(lambda: self._cancel and self._cancel())
        self.hide()

    def begin(self, label: str, cancel) -> None:
        self.label.setText(label)
        self.bar.setRange(0, 0)  # busy until the first real figure arrives
        self._cancel = cancel
        self.show()

    def set_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if message:
            self.label.setText(message)

    def end(self) -> None:
        self._cancel = None
        self.hide()
