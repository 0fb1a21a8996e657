"""One case-file row → a :class:`Case`, or the reasons it is rejected.

Rules (tested in ``tests/unit/test_case_rows.py``):
- ``case_id`` is required; a row without one is rejected.
- Typed columns that cannot be read (coordinates, amounts, country, time zone) reject the
  row: importing a wrong balance is worse than asking. A due date or last payment date that cannot
  be read (``4 Brumaire``), writes no year (``3/4``) or is a bare number written as text (``46085``,
  perhaps a spreadsheet serial day) keeps the case and goes to review, the field left unset (days
  past due unknown), as an unreadable appointment does; days past due, when the file has them,
  give the due date instead. A misspelt flag (``dispite``) holds the case
  (do not visit) and goes to review: dropping a restriction is worse still.
- An unreadable appointment keeps the row and is reported for review; so does a value whose
  reading the file's conventions leave open (``03/04/2026`` when the date order is undecided,
  ``1.234`` with no currency and no decimal mark known): that field is left unset, never guessed.
- Currency and amounts: :mod:`fieldvisit.domain.row_money` (``€ 2.500,-``, ``$`` with a currency
  column or ``--currency``, ``1.234`` KWD with its fils). Date cells and the flag reading made once
  per distinct flag cells: :mod:`fieldvisit.domain.row_fields`.
- Address parts (street, line 2, district, city, state, ZIP) combine into the address; a first
  name and a surname into the name.
- Spreadsheet serial numbers in date columns (number cells) are dates in the workbook's date system
  (1900/1904); the same digits as text (a CSV's ``46085``) go to review offering that reading.
- A cell longer than its field's limit (``domain/limits.py``) rejects the row.
- A phone cell meaning "none" (``n/a``, ``-``) is blank; ``34600111222.0`` loses its ``.0``; one in
  scientific notation (``6.00111E+08``, digits lost) is left blank and goes to review.
- On update, an empty cell means "no information": what is stored stays, for every field, flags
  included. A flags cell with a value is the case's whole list (``none`` clears it), save a flag
  whose own yes/no column the file also has, blank on that row (it says nothing: stored stays); a yes/no
  column naming a condition (``Deceased``, ``No visitar``) sets or clears that flag
  (:mod:`.flag_columns`; an unclear cell holds the case and goes to review, its stored appointment
  windows untouched).
"""

from __future__ import annotations

from itertools import compress
from operator import gt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fieldvisit.domain.cases import Case, GeoStatus
from fieldvisit.domain.flag_columns import FlagReading, hold_unread_times
from fieldvisit.domain.invisible import clean_case
from fieldvisit.domain.cells import cell_text, join_address, join_name
from fieldvisit.domain.cells import ambiguous_date as _ambiguous_date
from fieldvisit.domain.cells import position as _position_problem
from fieldvisit.domain.columns import PARTS
from fieldvisit.domain.conventions import US_STATE_ZONES
from fieldvisit.domain.date_order import country_dayfirst, past_sentence, plausible_order
from fieldvisit.domain.countries import CountryError
from fieldvisit.domain.dates import AmbiguousDate, DateError, from_serial
from fieldvisit.domain.field_review import due_disagreement
from fieldvisit.domain.case_places import NO_ZONE_GIVEN, case_zone, implausible_position, zone_note
from fieldvisit.domain.phones import clean_phone as _clean_phone
from fieldvisit.domain.rules import VisitingDays
from fieldvisit.domain.limits import cell_too_long as too_long
from fieldvisit.domain.row_cells import cell_limits, country_of_cell, days_and_due, windows_of
from fieldvisit.domain.row_fields import DUE_DATE_TOLERANCE_DAYS, FLAG_READINGS_KEPT  # noqa: F401 (importable here)
from fieldvisit.domain.row_fields import LINE_BREAKS as _LINE_BREAKS, US_STATE_ZIP as _US_STATE_ZIP
from fieldvisit.domain.row_fields import date_cell as _date, flag_reading as _flag_reading
from fieldvisit.domain.row_money import BALANCE_EMPTY, read_money  # noqa: F401 (BALANCE_EMPTY re-exported)
from fieldvisit.domain.window_parser import DEFAULT_LAWFUL, parse_windows

ZoneFor = Callable[[str, float | None, float | None], str | None]


@dataclass(slots=True)
class RowContext:
    """How to read the rows of one file. ``dayfirst``/``decimal_comma`` None: undecided (see
    :mod:`fieldvisit.domain.conventions`); ``default_country``/``default_currency``: the file's
    (else the workspace's) country and currency; ``header_symbols``: currency notes in headers
    (``{"balance": "$"}``); ``date_system``: 1900 or 1904 for spreadsheet serial dates."""

    as_of: date
    dayfirst: bool | None = True
    decimal_comma: bool | None = None
    default_timezone: str = "UTC"
    #: False when ``default_timezone`` is nobody's choice (the computer's zone, not the workspace's
    #: setting): a case with no country then sends its appointment times to review
    default_zone_given: bool = True
    default_country: str = ""
    default_currency: str = ""
    zone_for: ZoneFor | None = None
    columns: frozenset[str] = frozenset()
    header_symbols: dict[str, str] = field(default_factory=dict)
    date_system: int = 1900
    #: the lawful contact hours of a country's rule set (vague appointment times are clipped to them)
    lawful_for: Callable[[str], tuple[time, time]] | None = None
    #: the visiting days of a country's rule set (the planner's day rule; weekly windows keep to them)
    days_for: Callable[[str], VisitingDays] | None = None
    #: the flag columns of the file (``flags``, ``flag:deceased``…) → their headers; empty: none
    flag_labels: dict[str, str] = field(default_factory=dict)
    #: the flag readings of this file by their cells (files repeat "", "dispute", "N"); shared
    #: between rows, so a reading in it is never changed (see :func:`.row_fields.flag_reading`)
    flag_readings: dict[tuple[str, ...], FlagReading] = field(default_factory=dict)
    #: the sets of present columns seen (most rows of a file fill the same columns): one object each
    present_sets: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)
    #: a present set → the same with ``extra`` (a row with kept information columns): one object each
    extra_sets: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)
    #: the yes/no and free-text flag columns (``flag_labels`` but ``flags``), set from it
    flag_columns: tuple[str, ...] = ()
    #: the currency the user chose for the file (``--currency``); decides a shared symbol (``$``)
    chosen_currency: str = ""
    #: True when ``dayfirst`` came from no more than a country, a currency or the workspace (or is
    #: undecided): a row's own country column then decides its date order
    row_order: bool = False
    #: True when the user chose the file's country (``--country``): rows without their own country
    #: store it, and the zone it gives, on update too (correcting an import made without it)
    country_chosen: bool = False

    #: the cells a flag reading depends on (``flag_labels``' columns, else ``flags``), set from it
    flag_keys: tuple[str, ...] = ()
    #: whether the file has name or address parts (``surname``, ``city``…), set from ``columns``
    has_parts: bool = False

    def __post_init__(self) -> None:
        self.flag_columns = tuple(k for k in self.flag_labels if k != "flags")
        self.flag_keys = tuple(self.flag_labels) or ("flags",)
        self.has_parts = not self.columns.isdisjoint(PARTS)


@dataclass(slots=True)
class RowResult:
    case: Case | None
    present: frozenset[str] = frozenset()
    errors: list[tuple[str, str]] = field(default_factory=list)
    review: list[tuple[str, str]] = field(default_factory=list)
    #: what the row says about flags (None: the file has no flag column); see :mod:`.flag_columns`
    flag_reading: FlagReading | None = None
    #: notes that block nothing: ``[(column, sentence)]`` (an appointment clipped to the lawful hours)
    notes: list[tuple[str, str]] = field(default_factory=list)
    #: a rejected row's case id, with its ``flag_reading`` (its conditions are not lost when
    #: another row of the file imports the same case)
    rejected_id: str = ""


class StrippedCells(dict):
    """A row's cells (canonical column → text), every one a ``str`` already stripped, as the
    import's splitter gives a CSV's rows: :func:`read_row` reads them as they are."""

    __slots__ = ()


def read_row(values: dict[str, Any], ctx: RowContext) -> RowResult:
    """Convert one row (canonical column → raw cell) into a case."""
    if type(values) is StrippedCells:
        text = values
    else:
        try:  # a CSV's cells are all text: strip them in one C-level pass
            text = dict(zip(values, map(str.strip, values.values())))
        except TypeError:  # a spreadsheet's numbers, dates, empty cells
            text = {k: (v.strip() if type(v) is str else cell_text(v)) for k, v in values.items()}
    if any(map(gt, map(len, text.values()), cell_limits(tuple(text)))):
        # the same limits on SQLite and PostgreSQL; the row is refused, never truncated
        return RowResult(None, errors=[(k, reason) for k, v in text.items() if (reason := too_long(k, v))])
    get = text.get
    case_id = get("case_id", "")
    if not case_id:
        return RowResult(None, errors=[("case_id", "case_id is empty")])
    errors: list[tuple[str, str]] = []
    review: list[tuple[str, str]] = []
    present = set(compress(text, text.values()))  # the columns with a value
    case = Case(case_id, get("name", ""), get("address", ""), get("work_address", ""))  # positional: faster
    if phone := get("phone"):
        case.phone = phone
    if notes := get("notes"):  # free text: kept as written (leading TAB, CR or spaces too)
        raw = values.get("notes")
        case.notes = raw if type(raw) is str and type(values) is not StrippedCells else notes
    if ctx.has_parts:
        if get("surname") or get("middle_name") or get("second_surname"):
            case.name = join_name(text)  # "José Martínez Ruiz", "张伟"
            present.add("name")
        if any(get(k) for k in ("house_number", "address_line2", "district", "city", "region", "postal_code")):
            case.address = join_address(text)
            present.add("address")
        present.difference_update(PARTS)
    if "\n" in case.address or "\r" in case.address:
        case.address = _LINE_BREAKS.sub(", ", case.address.strip())
    hidden = None  # bidi controls and zero-width characters (beyond ASCII), control characters
    if not (case_id.isascii() and case.name.isascii() and case.address.isascii() and case.work_address.isascii()
            and case_id.isprintable() and case.name.isprintable() and case.address.isprintable()
            and case.work_address.isprintable()):  # and control characters (ESC, BEL) hide in ASCII
        hidden = clean_case(case)
        case_id = case.case_id
        if not case_id:
            return RowResult(None, errors=[("case_id", "case_id holds only invisible characters")])
    case.collector = get("collector") or None
    if case.phone:
        case.phone, problem = _clean_phone(case.phone)
        if problem:
            review.append(("phone", problem))
        if not case.phone:
            present.discard("phone")

    row_country = ""
    try:
        row_country = country_of_cell(get("country", ""))
    except CountryError as exc:
        errors.append(("country", str(exc)))
    case.country = row_country or ctx.default_country
    dayfirst = ctx.dayfirst  # the file's order, else the row's own country's (US: month first)
    if ctx.row_order and row_country:
        dayfirst = country_dayfirst(row_country)

    lat_t, lon_t = get("lat", ""), get("lon", "")
    if lat_t and lon_t and not ctx.decimal_comma and "," not in lat_t and "," not in lon_t:
        try:  # the usual cells ("40.416775"); anything else is read and explained below
            lat, lon = float(lat_t), float(lon_t)
            if -90 <= lat <= 90 and -180 <= lon <= 180 and (lat or lon):
                case.lat, case.lon, case.geo_status = lat, lon, GeoStatus.FROM_FILE
                lat_t = lon_t = ""
        except ValueError:
            pass
    if lat_t or lon_t:
        problem = _position_problem(values, lat_t, lon_t, ctx.decimal_comma)
        if isinstance(problem, tuple) and isinstance(problem[0], float):
            case.lat, case.lon = problem
            case.geo_status = GeoStatus.FROM_FILE
        else:
            errors.append(problem)

    tz_text = get("timezone", "")
    if tz_text:
        try:
            ZoneInfo(tz_text)
            case.timezone = tz_text
        except (ZoneInfoNotFoundError, ValueError):
            errors.append(("timezone", f"{tz_text!r} is not an IANA time zone such as Asia/Shanghai"))
    if case.lat is not None and (problem := implausible_position(case.country, case.lat, case.lon)):
        review.append(("lat", problem))  # swapped or far away: not stored, the address is geocoded
        case.lat = case.lon = None
        case.geo_status = GeoStatus.PENDING
        present.difference_update(("lat", "lon"))
    region = get("region", "")
    if not case.timezone and case.lat is None and case.country == "US" and not region and \
            (m := _US_STATE_ZIP.search(case.address)) and (m.group(1) or m.group(2)) in US_STATE_ZONES:
        region = m.group(1) or m.group(2)  # "1 Elm St, Boston, MA 02108", "1 Main St, Austin, TX"
    zone_problem = clipped = zone_noted = zone = None
    if not case.timezone:
        if case.lat is not None and case.country and ctx.zone_for is not None:  # most rows: case_zone's
            zone = ctx.zone_for(case.country.upper(), case.lat, case.lon) or None  # first answer, asked here
        else:
            zone, zone_problem = case_zone(case.country, region, case.address, case.lat, case.lon, ctx.zone_for, None,
                                           default_given=ctx.default_zone_given)
        case.timezone = zone or ctx.default_timezone  # None: nothing told it; the workspace's zone
        if zone_problem is NO_ZONE_GIVEN and not (get("appointment") or get("inconvenient")):
            zone_problem = None  # no times to place (an update of flags, a case without appointment)
        if zone_problem:
            review.append(("timezone", zone_problem))
        elif zone and (region or case.lat is not None):  # the state or the coordinates tell: stored on update
            present.add("timezone")  # (the workspace's zone, a guess, never replaces a stored one)
        if not zone_problem and case.lat is None and (get("appointment") or get("inconvenient")):
            zone_noted = zone_note(case.country, region, case.address, case.lat, case.timezone)  # "TX": a note

    if ctx.country_chosen and not row_country and case.country:
        present.add("country")
        if not zone_problem and zone:  # the chosen country's zone (never the workspace's, a guess)
            present.add("timezone")

    written = due_note = None  # the due date the file writes, when it has one that reads
    if get("due_date"):
        try:
            written = _date(values["due_date"], ctx, dayfirst)
        except AmbiguousDate as exc:
            if not get("days_past_due"):
                review.append(("due_date", str(exc)))
                present.discard("due_date")
        except DateError as exc:
            if not get("days_past_due"):  # the case is kept; its days past due wait for the date
                review.append(("due_date", f"{exc}; the days past due stay unknown until you enter the due date"))
                present.discard("due_date")
            else:  # nothing to choose: the days past due give the date (a note, not a review item)
                due_note = f"{exc}; the days past due are used"
    if get("days_past_due"):
        try:
            days, derived = days_and_due(text["days_past_due"], ctx.as_of)
            case.due_date = written or derived
            present.add("due_date")
            if written is not None and abs((written - derived).days) > DUE_DATE_TOLERANCE_DAYS and \
                    not (days == 0 and written >= ctx.as_of):  # not yet due: no days past due
                review.append(("due_date", due_disagreement(written, days, derived)))  # kept; both offered
        except ValueError as exc:
            errors.append(("days_past_due", str(exc)))
    elif written is not None:
        case.due_date = written
    present.discard("days_past_due")

    read_money(case, text, values, ctx, row_country, errors, review, present)

    if get("last_payment_date"):
        try:
            case.last_payment_date = _date(values["last_payment_date"], ctx, dayfirst)
        except AmbiguousDate as exc:
            review.append(("last_payment_date", str(exc)))
            present.discard("last_payment_date")
        except DateError as exc:  # the case is kept; the date waits for review
            review.append(("last_payment_date", f"{exc}; enter the date of the last payment"))
            present.discard("last_payment_date")

    reading = _flag_reading(text, ctx) if ctx.flag_labels or "flags" in text else None
    if reading is not None:
        errors.extend(reading.errors)

    lawful = ctx.lawful_for(case.country) if ctx.lawful_for else DEFAULT_LAWFUL
    appointment = get("appointment", "")
    raw_appointment = values.get("appointment") if text is not values else None  # (a CSV's: text)
    if isinstance(raw_appointment, (int, float)) and not isinstance(raw_appointment, bool) \
            and 3653 < raw_appointment < 109574:  # a spreadsheet serial date-time (1910..2199)
        from datetime import timedelta

        day = from_serial(raw_appointment, ctx.date_system)
        minutes = round((raw_appointment % 1) * 1440)
        moment = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minutes)
        appointment = moment.strftime("%Y-%m-%d %H:%M") if minutes else day.isoformat()
    appointment_dayfirst = dayfirst is not False
    if appointment and not errors and dayfirst is None and _ambiguous_date(appointment):
        order = plausible_order(appointment, ctx.as_of)  # only one reading falls near today
        if order is None:
            review.append(("appointment", f"{appointment!r}: the date could be day first or month first and the "
                                          "file does not show which; enter the appointment by hand"))
            appointment = ""
        else:
            appointment_dayfirst = order
    if appointment and zone_problem:  # times in an unknown zone cannot be placed: a person decides
        review.append(("appointment", f"{appointment!r}: {zone_problem}"))
        appointment = ""
    if appointment and not errors:
        windows, problems, clipped, past = windows_of(appointment, case.timezone, appointment_dayfirst, ctx.as_of,
                                                    lawful, ctx.days_for(case.country) if ctx.days_for else None)
        if past is not None:  # stale or misread: a person decides
            review.append(("appointment", past_sentence(appointment, past, ctx.as_of, appointment_dayfirst)))
            windows, problems, clipped, appointment = (), (), (), ""
    if appointment and not errors:
        case.windows = list(windows)
        case.appointment_text = appointment
        if problems:
            review.extend(("appointment", message) for message in problems)
        present.add("windows")
        present.add("appointment_text")
    inconvenient = get("inconvenient", "")
    from_flag_column = not inconvenient and reading is not None and bool(reading.inconvenient)
    if from_flag_column:  # "No visitar: lunes por la mañana"
        inconvenient = reading.inconvenient
    if inconvenient and zone_problem and not from_flag_column:  # times in an unknown zone: a person decides
        review.append(("inconvenient", f"{inconvenient!r}: {zone_problem}"))
        inconvenient = ""
    if inconvenient and not errors and dayfirst is None and _ambiguous_date(inconvenient):
        review.append(("inconvenient", f"{inconvenient!r}: the date could be day first or month first"))
        inconvenient = ""
    if inconvenient and not errors:
        parsed = parse_windows(inconvenient, case.timezone, dayfirst=dayfirst is not False, today=ctx.as_of,
                               lawful=lawful)
        if from_flag_column and not parsed.windows:
            # neither yes, no nor a time: the case is held, its stored windows stay (BRK2 #1)
            hold_unread_times(reading, ctx.flag_labels.get("flag:do_not_visit", "do not visit"))
        else:
            case.windows = case.windows + [replace(w, inconvenient=True) for w in parsed.windows]
            review.extend(("inconvenient", message) for message in parsed.errors)
            present.add("windows")
    present.discard("appointment")
    present.discard("inconvenient")
    if reading is not None:
        case.flags = reading.flags
        review.extend(reading.review)
        present.difference_update(ctx.flag_columns)
        if reading.says_anything:
            present.add("flags")
        else:
            present.discard("flags")
    if case.lat is not None:
        present.add("geo_status")
    if errors:
        return RowResult(None, errors=errors, flag_reading=reading, rejected_id=case_id)
    present = frozenset(present)
    result = RowResult(case, ctx.present_sets.setdefault(present, present), [], review, reading)
    if appointment and clipped:
        result.notes = [("appointment", note) for note in clipped]
    if zone_noted:
        result.notes = [*result.notes, ("timezone", zone_noted)]
    if due_note:
        result.notes = [*result.notes, ("due_date", due_note)]
    if hidden:
        result.notes = [*result.notes, *hidden]
    return result
