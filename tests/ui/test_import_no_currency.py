"""BRK15 #8 in the import window: a file that gives no currency (nor country) in a workspace with
neither says so in red beside the preview's own boxes, with no command-line flag; typing the
currency in the Currency box stores the amounts with it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ui

C19 = ("客户编号,客户名称,地址,欠款金额,逾期天数,预约时间\n"
       "GB-1,𠮷田,上海市浦东新区1号,2.5万,40,周三下午2点到5点\n"
       "GB-2,龘龘,上海市黄浦区2号,1亿,400,周末\n")


@pytest.fixture
def window(qtbot, sqlite_app):
    from fieldvisit.ui.main_window import MainWindow

    w = MainWindow(sqlite_app, load_map=False)
    qtbot.addWidget(w)
    w.show()
    return w


def test_the_preview_says_no_currency_and_the_currency_box_settles_it(qtbot, window, tmp_path):
    path = tmp_path / "c19_gb18030.csv"
    path.write_bytes(C19.encode("gb18030"))
    dialog = window.import_with_preview(str(path))
    status = dialog.status.text()
    assert "neither the file nor the workspace gives a currency, so 2 amounts wait for review" in status
    assert "type one under Currency" in status and "type the country under Country" in status
    assert "--" not in status and "b71c1c" in dialog.status.styleSheet()
    dialog.currency.setText("CNY")
    dialog.currency.editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.get("no_currency") == 0, timeout=10_000)
    assert "gives a currency" not in dialog.status.text()
    dialog.reject()
