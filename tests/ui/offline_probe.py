"""Run as a script by test_desktop.py: load a map page that names remote assets (folium's own
default page, which loads Leaflet, jQuery and Bootstrap from CDNs, plus a remote tile) in a real
FieldVisit map view and print, as JSON, what the offline guard blocked."""

import json
import sys

from fieldvisit.ui.map_view import MapView, register_scheme

register_scheme()
from PySide6.QtCore import QEventLoop, QTimer, QUrl  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> None:
    app = QApplication(sys.argv[:1])
    view = MapView()
    view.show()
    import folium

    page = folium.Map(location=[40.4, -3.7], zoom_start=5).get_root().render()
    view.handler.page_html = page.replace("</body>", "<img src='http://tiles.example.org/1/0/0.png'></body>").encode()
    loop = QEventLoop()
    view.loadFinished.connect(lambda ok: QTimer.singleShot(1500, loop.quit))
    QTimer.singleShot(20000, loop.quit)
    view.load(QUrl("fvmap://app/page.html"))
    loop.exec()
    box = {}
    view.page().runJavaScript("typeof L", 0, lambda r: (box.setdefault("L", r), loop.quit()))
    loop.exec()
    print(json.dumps({"blocked": view.guard.blocked, "seen": view.guard.seen, "served": view.handler.served,
                      "leaflet_from_cdn": box.get("L") != "undefined"}), flush=True)
    del view
    app.quit()


if __name__ == "__main__":
    main()
