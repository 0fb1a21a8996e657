"""Map adapters: the Leaflet page builder (embedded and standalone) and offline tile packs."""
