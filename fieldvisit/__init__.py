"""FieldVisit: offline day planning and visit records for visiting collectors."""

__version__ = "0.1.0"
