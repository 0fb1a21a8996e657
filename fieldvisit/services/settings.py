"""Use case: the workspace's settings as one validated set — what the settings dialog shows and
saves, and what an office hands to its collectors as one file (export/import JSON)."""

from __future__ import annotations

import json
import re
from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fieldvisit.domain.text import msg
from fieldvisit.services.errors import UserError
from fieldvisit.services.ports import UnitOfWork
from fieldvisit.services.holidays import office_closures

MODES = ("walk", "bicycle", "motorbike", "car", "public_transport")
LANGUAGES = ("", "en", "es", "zh_CN")  # "" = follow the system
DEFAULTS = {"travel_mode": "car", "speeds": {}, "service_minutes": 20, "shift": "09:00-18:00", "country": "",
            "currency": "", "timezone": "", "rulesets": "", "tile_pack": "", "sync_folder": "", "language": "",
            "osrm_url": "", "holidays_region": "", "holidays": ""}
_SHIFT = re.compile(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$")
FORMAT = "fieldvisit-settings/1"


def load_settings(uow: UnitOfWork) -> dict:
    with uow:
        out = {}
        for key, default in DEFAULTS.items():
            raw = uow.settings.get(key)
            if raw in (None, ""):
                out[key] = default
            elif key == "speeds":
                out[key] = json.loads(raw)
            elif key == "service_minutes":
                out[key] = int(raw)
            else:
                out[key] = raw
    return out


def validate(values: dict) -> dict:
    """The settings cleaned, or UserError naming the first wrong one."""
    clean = {**DEFAULTS, **{k: v for k, v in values.items() if k in DEFAULTS}}
    if clean["travel_mode"] not in MODES:
        raise UserError(msg('The travel mode must be one of {join}.', join=', '.join(MODES)))
    speeds = {}
    for mode, kmh in (clean["speeds"] or {}).items():
        if mode not in MODES:
            raise UserError(msg('There is no travel mode {mode}; use one of {join}.',
                                mode=repr(mode), join=', '.join(MODES)))
        try:
            kmh = float(kmh)
        except (TypeError, ValueError):
            raise UserError(msg('The speed for {mode} must be a number of km/h.', mode=mode)) from None
        if not 1 <= kmh <= 150:
            raise UserError(msg('The speed for {mode} ({kmh} km/h) must be between 1 and 150 km/h.',
                                mode=mode, kmh=format(kmh, 'g')))
        speeds[mode] = kmh
    clean["speeds"] = speeds
    try:
        minutes = int(clean["service_minutes"])
    except (TypeError, ValueError):
        raise UserError(msg('The time per visit must be a whole number of minutes.')) from None
    if not 1 <= minutes <= 240:
        raise UserError(msg('The time per visit must be between 1 and 240 minutes.'))
    clean["service_minutes"] = minutes
    shift = str(clean["shift"]).replace(" ", "")
    if not _SHIFT.match(shift) or shift[:5] >= shift[6:]:
        raise UserError(msg('The shift {shift} must look like 09:00-18:00 and end after it starts.',
                            shift=repr(clean['shift'])))
    clean["shift"] = shift
    if clean["timezone"]:
        try:
            ZoneInfo(clean["timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            raise UserError(msg('{timezone} is not a time zone name such as Europe/Madrid.',
                                timezone=repr(clean['timezone']))) from None
    if clean["country"] and not re.fullmatch(r"[A-Z]{2}", str(clean["country"]).upper()):
        raise UserError(msg('The country must be a two-letter code such as ES, CN or MX.'))
    clean["country"] = str(clean["country"]).upper()
    if clean["currency"] and not re.fullmatch(r"[A-Z]{3}", str(clean["currency"]).upper()):
        raise UserError(msg('The currency must be a three-letter code such as EUR.'))
    clean["currency"] = str(clean["currency"]).upper()
    region = str(clean["holidays_region"] or "").strip().upper()
    if region and not re.fullmatch(r"[A-Z0-9]{1,4}", region):
        raise UserError(msg('The holidays region must be a subdivision code such as MD (Madrid) or CMX; '
                            'leave it empty for national holidays only.'))
    clean["holidays_region"] = region
    closures = office_closures(str(clean["holidays"] or ""))
    clean["holidays"] = ",".join(d.isoformat() for d in sorted(closures))
    if clean["language"] not in LANGUAGES:
        raise UserError(msg('The language must be English (en), Spanish (es) or Simplified Chinese (zh_CN).'))
    return clean


def save_settings(uow: UnitOfWork, values: dict) -> dict:
    clean = validate(values)
    with uow:
        if clean["holidays_region"]:
            try:  # a region the holiday data lacks: say which exist
                uow.calendar(clean["country"], clean["holidays_region"], [date.today().year])
            except ValueError as exc:
                raise UserError(msg('The holidays region is wrong: {exc}.', exc=exc)) from None
        for key, value in clean.items():
            uow.settings.set(key, json.dumps(value) if key == "speeds" else str(value))
        uow.audit.append("settings", "workspace", {k: v for k, v in clean.items()})
        uow.commit()
    return clean


#: Settings that describe this computer, not the office's way of working: not exported.
LOCAL = ("tile_pack", "sync_folder", "language")


def settings_document(values: dict, profiles: dict | None = None) -> dict:
    """The settings file an office hands out: the settings (not :data:`LOCAL` ones) and the saved
    import profiles (``{name: profile}``), so collectors' imports read lenders' files alike."""
    doc = {"format": FORMAT, **{k: v for k, v in validate(values).items() if k not in LOCAL}}
    if profiles:
        doc["import_profiles"] = profiles
    return doc


def profiles_in_document(doc) -> dict:
    """The import profiles a settings file carries (``{}`` when none); UserError for a damaged
    list."""
    profiles = doc.get("import_profiles") if isinstance(doc, dict) else None
    if profiles is None:
        return {}
    ok = isinstance(profiles, dict) and all(
        isinstance(p, dict) and isinstance(p.get("mapping"), dict) and isinstance(p.get("headers"), list)
        for p in profiles.values())
    if not ok:
        raise UserError(msg('The import profiles in that settings file are damaged; export them again.'))
    return {str(name): {**p, "name": str(name)} for name, p in profiles.items()}


def from_document(doc, current: dict) -> dict:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise UserError(msg('That file is not a FieldVisit settings file.'))
    return validate({**current, **{k: v for k, v in doc.items() if k in DEFAULTS and k not in LOCAL}})
