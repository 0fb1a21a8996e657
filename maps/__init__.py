"""The map layer's own assets: the page template, the Leaflet ↔ Qt bridge, styles, and the
offline tile-pack tool (``python -m maps.tilepack``). Leaflet itself comes from the xstatic
packages; nothing is ever loaded from a CDN."""

from pathlib import Path

HERE = Path(__file__).resolve().parent
