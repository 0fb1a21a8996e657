"""The map's words and figures in the interface language: the labels handed to
``adapters.maps.page.build_page`` and the text of each case marker. The page builder knows no Qt;
this module translates its strings through the plain functions of ``adapters.i18n`` (the one
adapter that talks to Qt's translators and QLocale) and imports no Qt itself (import-linter)."""

from __future__ import annotations

from datetime import date

from fieldvisit.adapters.i18n import QT_TRANSLATE_NOOP, flag_text, money, promise_text, translate, window_text
from fieldvisit.domain.cases import Case

#: Popup, legend and menu labels (English sources; ``QT_TRANSLATE_NOOP`` marks them for lupdate).
LABELS = {"case": QT_TRANSLATE_NOOP("Map", "Case"), "balance": QT_TRANSLATE_NOOP("Map", "Balance"),
          "bucket": QT_TRANSLATE_NOOP("Map", "Bucket"), "days": QT_TRANSLATE_NOOP("Map", "days"),
          "window": QT_TRANSLATE_NOOP("Map", "Window"), "promise": QT_TRANSLATE_NOOP("Map", "Promise"),
          "eta": QT_TRANSLATE_NOOP("Map", "Arrival"), "waits": QT_TRANSLATE_NOOP("Map", "waits"),
          "address": QT_TRANSLATE_NOOP("Map", "Address"), "start": QT_TRANSLATE_NOOP("Map", "Start"),
          "state": QT_TRANSLATE_NOOP("Map", "State"), "done": QT_TRANSLATE_NOOP("Map", "Done"),
          "retry": QT_TRANSLATE_NOOP("Map", "Try again"), "todo": QT_TRANSLATE_NOOP("Map", "To do"),
          "outcome": QT_TRANSLATE_NOOP("Map", "Outcome"),
          "follow_up": QT_TRANSLATE_NOOP("Map", "Follow-up of a broken promise"),
          "start_here": QT_TRANSLATE_NOOP("Map", "Start my day here"), "stop": QT_TRANSLATE_NOOP("Map", "Stop"),
          "appointment": QT_TRANSLATE_NOOP("Map", "Appointment"),
          "local_time": QT_TRANSLATE_NOOP("Map", "({time} {zone} time)"),
          "unknown": QT_TRANSLATE_NOOP("Map", "unknown")}


def map_labels(outcomes: dict[str, str] | None = None, outcome_context: str = "VisitForm") -> dict:
    """The labels in the interface language; ``outcomes``: outcome code → untranslated label
    (translated under ``outcome_context``), shown in a visited stop's popup."""
    out: dict = {k: translate("Map", v) for k, v in LABELS.items()}
    out["outcomes"] = {k: translate(outcome_context, v) for k, v in (outcomes or {}).items()}
    return out


def case_marker(case: Case, as_of: date, promise: dict | None = None) -> dict:
    """One case for the map: ``id``, ``name``, ``lat``/``lon`` (degrees), ``bucket``, ``dpd``
    (days; None when unknown: no due date), and display texts (balance, next window, address, flags, promise)."""
    windows = sorted((w for w in case.windows if not w.inconvenient and (w.recurring or w.start.date() >= as_of)),
                     key=lambda w: (w.recurring, w.start or 0))
    return {"id": case.case_id, "name": case.name, "lat": case.lat, "lon": case.lon,
            "bucket": case.bucket(as_of).value, "dpd": case.days_past_due(as_of) if case.due_known else None,
            "balance": money(case.balance, case.currency) if case.balance_known else
            translate("Map", LABELS["unknown"]),
            "window": window_text(windows[0]) if windows else "", "address": case.address,
            "flags": [flag_text(f.value) for f in sorted(case.flags)], "blocked": bool(case.blocking_flags),
            "promise": promise_text(promise) if promise else ""}
