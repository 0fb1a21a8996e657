"""The main window's first start (BRK15 #12b): a good share of the screen, centred, the map beside
the table (not squeezed away); after that the window opens as the user left it."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

pytestmark = pytest.mark.ui


@pytest.fixture
def own_settings(tmp_path):
    """QSettings in a folder of the test's own (the user's window state is not touched)."""
    before = QSettings().fileName()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path))
    yield tmp_path
    folder = before.rsplit("/", 2)[0] if before.count("/") >= 2 else str(tmp_path)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


def _window(qtbot, app):
    from fieldvisit.ui.main_window import MainWindow

    w = MainWindow(app, load_map=False)
    qtbot.addWidget(w)
    w.show()
    return w


def test_the_first_start_takes_most_of_the_screen_with_the_map_shown(qtbot, sqlite_app, own_settings):
    from fieldvisit.ui.main_window import FIRST_SHARE

    assert QSettings().value("main/geometry") is None
    w = _window(qtbot, sqlite_app)
    area = (w.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    # (offscreen, the screen is small: the window's own minimum size wins over the share)
    width = min(area.width(), max(1024, int(area.width() * FIRST_SHARE)))
    height = min(area.height(), max(640, int(area.height() * FIRST_SHARE)))
    assert w.width() == max(width, w.minimumSizeHint().width())
    assert w.height() == max(height, w.minimumSizeHint().height())
    table, map_width = w.split.sizes()
    assert map_width > 0 and table > 0  # the map is there without resizing anything


def test_the_window_opens_again_as_it_was_left(qtbot, sqlite_app, own_settings):
    w = _window(qtbot, sqlite_app)
    w.resize(w.minimumSizeHint().width(), 600)  # (offscreen the screen is 800 wide: the height tells)
    w.split.setSizes([400, 300])
    w.close()  # saves the geometry
    assert QSettings().value("main/geometry") is not None
    again = _window(qtbot, sqlite_app)
    assert again.height() == 600


def test_a_map_squeezed_to_nothing_is_shown_again(qtbot, sqlite_app, own_settings):
    w = _window(qtbot, sqlite_app)
    w.split.setSizes([w.width(), 0])
    w.close()
    again = _window(qtbot, sqlite_app)
    assert min(again.split.sizes()) > 0
