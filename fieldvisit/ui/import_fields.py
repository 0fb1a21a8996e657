"""What the import preview offers to choose: the FieldVisit fields a column can map to (their
labels, marked for translation in the ``ImportDialog`` context), the condition columns, the
encodings and delimiters a user may force, and the colours of rejected, review and ignored
cells."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from fieldvisit.domain.cases import BLOCKING_FLAGS
from fieldvisit.domain.flag_columns import FREE_TEXT, PREFIX as FLAG_PREFIX, STATUS

FIELD_LABELS = {
    "case_id": QT_TRANSLATE_NOOP("ImportDialog", "Case id"), "name": QT_TRANSLATE_NOOP("ImportDialog", "Name"),
    "address": QT_TRANSLATE_NOOP("ImportDialog", "Home address"),
    "work_address": QT_TRANSLATE_NOOP("ImportDialog", "Work address"),
    "lat": QT_TRANSLATE_NOOP("ImportDialog", "Latitude"), "lon": QT_TRANSLATE_NOOP("ImportDialog", "Longitude"),
    "coordinates": QT_TRANSLATE_NOOP("ImportDialog", "Latitude, longitude (one column)"),
    "country": QT_TRANSLATE_NOOP("ImportDialog", "Country"), "timezone": QT_TRANSLATE_NOOP("ImportDialog", "Time zone"),
    "days_past_due": QT_TRANSLATE_NOOP("ImportDialog", "Days past due"),
    "due_date": QT_TRANSLATE_NOOP("ImportDialog", "Due date"), "balance": QT_TRANSLATE_NOOP("ImportDialog", "Balance"),
    "currency": QT_TRANSLATE_NOOP("ImportDialog", "Currency"),
    "last_payment_date": QT_TRANSLATE_NOOP("ImportDialog", "Last payment date"),
    "last_payment_amount": QT_TRANSLATE_NOOP("ImportDialog", "Last payment amount"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    "appointment": QT_TRANSLATE_NOOP("ImportDialog", "Appointment / best time to visit"),
    "inconvenient": QT_TRANSLATE_NOOP("ImportDialog", "Times not to visit"),
    "flags": QT_TRANSLATE_NOOP("ImportDialog", "Flags"), "collector": QT_TRANSLATE_NOOP("ImportDialog", "Collector"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
    "house_number": QT_TRANSLATE_NOOP("ImportDialog", "Address: house number"),
    "address_line2": QT_TRANSLATE_NOOP("ImportDialog", "Address: line 2"),
    "district": QT_TRANSLATE_NOOP("ImportDialog", "Address: district"),
    "city": QT_TRANSLATE_NOOP("ImportDialog", "Address: city"),
    "region": QT_TRANSLATE_NOOP("ImportDialog", "Address: state / province"),
    "postal_code": QT_TRANSLATE_NOOP("ImportDialog", "Address: postal code"),
    "surname": QT_TRANSLATE_NOOP("ImportDialog", "Surname"),
    "middle_name": QT_TRANSLATE_NOOP("ImportDialog", "Middle name"),
    "second_surname": QT_TRANSLATE_NOOP("ImportDialog", "Second surname"),
}
ENCODINGS = ("utf-8", "utf-16", "cp1252", "latin_1", "gb18030", "big5", "shift_jis", "cp949")
DELIMITERS = (",", ";", "tab", "|")
REJECTED = QColor("#ffcdd2")
REVIEW = QColor("#ffe0b2")
IGNORED = QColor("#9e9e9e")


#: The condition columns a user can choose (``flag:deceased``…, free text and an account status).
FLAG_TARGETS = (*(f"{FLAG_PREFIX}{f.value}" for f in sorted(BLOCKING_FLAGS)), FREE_TEXT, STATUS)
