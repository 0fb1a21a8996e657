"""The review queue's place in the main window: *File → Review imported values (N)…*
(Ctrl+Shift+A) and a status-bar button shown while any item waits, both opening the queue's
dialog (:class:`~fieldvisit.ui.window_review.WindowReviewDialog`). A mixin of ``MainWindow``."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from fieldvisit.services.window_review import review_count
from fieldvisit.ui.window_review import WindowReviewDialog


class WindowReviewActions:
    """Menu action and status-bar button of the queue, with its count."""

    def _make_review_action(self) -> QAction:
        self.review_action = QAction(self.tr("Review &imported values…"), self, triggered=lambda *_: self.review_windows())
        self.review_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.review_action.setStatusTip(self.tr("Appointment texts, amounts and dates an import could not read for sure"))
        self.review_button = QPushButton(self)
        self.review_button.setFlat(True)
        self.review_button.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.review_button.clicked.connect(lambda: self.review_windows())
        self.statusBar().addPermanentWidget(self.review_button)
        self.update_review_count()
        return self.review_action

    def update_review_count(self) -> int:
        if not hasattr(self, "review_action"):
            return 0
        n = review_count(self.app.uow())
        with QSignalBlocker(self.review_action):
            self.review_action.setText(self.tr("Review &imported values ({n})…").format(n=n))
        self.review_button.setText(self.tr("{n} imported values to review").format(n=n))
        self.review_button.setVisible(n > 0)
        return n

    def review_windows(self) -> WindowReviewDialog:
        dialog = WindowReviewDialog(self.app, self, today=getattr(self, "as_of", None))
        dialog.changed.connect(lambda: self.reload(redraw_map=False))
        dialog.open()
        return dialog
