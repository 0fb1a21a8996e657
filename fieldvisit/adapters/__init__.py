"""Adapters: storage, files, geocoding, routing, maps, bundles — the real parts behind services."""
