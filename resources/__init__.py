"""Data files shipped with FieldVisit (rule sets; later icons, translations, templates)."""

from pathlib import Path

HERE = Path(__file__).resolve().parent
