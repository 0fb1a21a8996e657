"""Map adapters: the Leaflet page builder (embedded and standalone) and offline tile packs."""

#: ``(points, mode) -> [(lat, lon), ...] | None``: the day's line along the streets, set by the
#: bootstrap before or after ``page`` is imported (``page.PATH_FINDER`` starts from it).
STREET_PATHS = None
