"""Geography adapters: time zones from coordinates and countries (geocoding comes later)."""
